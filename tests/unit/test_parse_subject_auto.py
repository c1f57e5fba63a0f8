"""Subject clean-up and machine-mail detection (loop safety, SPEC §6)."""

from __future__ import annotations

import pytest

from mailbot.inbound.parse import parse_message
from mailbot.inbound.subject import clean_subject, decode_header_text, strip_subject_tags


@pytest.mark.parametrize(
    ("subject", "clean"),
    [
        ("Re: Hello", "Hello"),
        ("RE: AW: Fwd: FW: Hello", "Hello"),
        ("WG: SV: VS: TR: RV: Antw: Doorst: Hello", "Hello"),
        ("Réf: Hello", "Hello"),
        ("Re[2]: Hello", "Hello"),
        ("RE(3): Hello", "Hello"),
        ("[EXTERNAL] Re: Hello", "Hello"),
        ("Re: [EXTERNAL] RE: [ESC-2026-0001] Hello", "[ESC-2026-0001] Hello"),
        ("re:re:Hello", "Hello"),
        ("Regarding the invoice", "Regarding the invoice"),
        ("Return policy", "Return policy"),
    ],
)
def test_clean_subject(subject: str, clean: str) -> None:
    assert clean_subject(subject) == clean


def test_strip_subject_tags() -> None:
    assert strip_subject_tags("Re: [ESC-2026-0001] approve") == "approve"
    assert strip_subject_tags("AW: [EXTERNAL] [ESC-2026-0001] ack") == "ack"


def test_encoded_subject_with_newline_is_flattened() -> None:
    raw = b"From: a@example.com\nSubject: =?UTF-8?Q?Hello=0ABcc:_x@evil.test?=\n\nhi\n"
    message = parse_message(raw)
    assert "\n" not in message.subject and "\r" not in message.subject
    assert message.subject == "Hello Bcc: x@evil.test"


def test_encoded_subject_with_unknown_charset_does_not_raise() -> None:
    assert decode_header_text("=?x-unknown?Q?caf=C3=A9?=") == "café"


def test_raw_8bit_latin1_subject() -> None:
    raw = b"From: a@example.com\nSubject: Gr\xfc\xdfe\n\nhi\n"
    assert parse_message(raw).subject == "Grüße"


def _auto(extra: str, sender: str = "jane@example.com", subject: str = "Hello") -> str:
    raw = f"From: {sender}\nSubject: {subject}\n{extra}\nhello\n".encode()
    verdict = parse_message(raw, own_addresses=frozenset({"escalations@example.com"})).auto
    return verdict.reason if verdict.automatic else ""


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ("Auto-Submitted: auto-replied\n", "Auto-Submitted: auto-replied"),
        ("Auto-Submitted: auto-generated; owner-email=x@y\n", "Auto-Submitted: auto-generated"),
        ("Precedence: bulk\n", "Precedence: bulk"),
        ("Precedence: junk\n", "Precedence: junk"),
        ("Precedence: list\n", "Precedence: list"),
        ("Precedence: auto_reply\n", "Precedence: auto_reply"),
        ("List-Id: <cs.lists.example.com>\n", "List-Id present"),
        ("List-Unsubscribe: <mailto:x@example.com>\n", "List-Unsubscribe present"),
        ("List-Post: <mailto:x@example.com>\n", "List-Post present"),
        ("X-Autoreply: yes\n", "X-Autoreply present"),
        ("X-Autorespond: yes\n", "X-Autorespond present"),
        ("X-Mailbot-Loop: esc-1\n", "X-Mailbot-Loop present"),
        ("Return-Path: <>\n", "empty Return-Path"),
    ],
)
def test_auto_headers(extra: str, reason: str) -> None:
    assert reason in _auto(extra)


def test_human_mail_is_not_automatic() -> None:
    assert _auto("Auto-Submitted: no\nX-Auto-Response-Suppress: All\n") == ""
    assert _auto("Precedence: first-class\n") == ""


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Re: [ESC-2026-0001] Escalation",
        "Automatic reply: [ESC-2026-0001] Escalation",
        "Abwesenheitsnotiz: [ESC-2026-0001]",
        "Automatische Antwort: Re: Hallo",
        "Réponse automatique : absence",
        "Absence du bureau",
        "Respuesta automática: Re: hola",
        "Afwezig: tot maandag",
        "Autosvar: Re: hej",
        "[EXTERNAL] Out of office until Monday",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    assert "auto-reply subject" in _auto("", subject=subject)


def test_ooo_words_later_in_a_human_subject_do_not_count() -> None:
    assert _auto("", subject="Fwd: customer says our auto-reply is broken") == ""


def test_daemon_senders_and_own_mail() -> None:
    assert "mailer-daemon" in _auto("", sender="MAILER-DAEMON@mx.example.com")
    assert "postmaster" in _auto("", sender="postmaster@example.com")
    assert "our own address" in _auto("", sender="mailbot <Escalations@example.com>")


def test_multipart_report_is_a_dsn() -> None:
    raw = (
        b"From: someone@example.com\nSubject: hi\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain\n\nfailed\n--b\n"
        b"Content-Type: message/delivery-status\n\nAction: failed\n\n--b--\n"
    )
    assert "delivery report" in parse_message(raw).auto.reason
