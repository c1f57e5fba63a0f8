"""The reply splitter: what the sender wrote now, across clients and languages."""

from __future__ import annotations

import time

import pytest

from mailbot.inbound.quotes import quote_header_span, reply_text

QUOTED = "\n> old text\n> more old text\n"


@pytest.mark.parametrize(
    "header",
    [
        "On Tue, Mar 3, 2026 at 10:00 AM Jane Doe <jane@example.com> wrote:",
        "On Tue, Mar 3, 2026 at 10:00 AM Jane Doe <\njane@example.com> wrote:",
        "On 3 Mar 2026, at 10:00, Jane Doe <jane@example.com> wrote:",
        "On 03/03/2026 10:00, Jane Doe wrote:",
        "Am Di., 3. März 2026 um 10:00 Uhr schrieb Jane Doe <jane@example.com>:",
        "Le mar. 3 mars 2026 à 10:00, Jane Doe <jane@example.com> a écrit :",
        "El mar, 3 mar 2026 a las 10:00, Jane Doe (<jane@example.com>)\nescribió:",
        "Op di 3 mrt. 2026 om 10:00 schreef Jane Doe <jane@example.com>:",
        "Den tis 3 mars 2026 kl 10:00 skrev Jane Doe <jane@example.com>:",
        "W dniu 3.03.2026 o 10:00, Jane Doe <jane@example.com> napisał:",
        "tir. 3. mar. 2026 kl. 10:00 skrev Jane Doe <jane@example.com>:",
        "2026-03-03 10:00 GMT+01:00 Jane Doe <jane@example.com>:",
    ],
)
def test_quote_headers_in_many_languages(header: str) -> None:
    assert reply_text(f"Approve\n\n{header}\n{QUOTED}") == "Approve"


@pytest.mark.parametrize(
    "block",
    [
        "-----Original Message-----\nFrom: Bot <b@x.test>\nSent: Tuesday\nTo: j@x.test\nSubject: s",
        "________________________________\nFrom: Bot <b@x.test>\nSent: Tuesday\nTo: j@x.test",
        "From: Bot <b@x.test>\nSent: Tuesday\nTo: j@x.test\nSubject: s",
        "*From:* Bot <b@x.test>\n*Sent:* Tuesday\n*To:* j@x.test\n*Subject:* s",
        "Von: Bot <b@x.test>\nGesendet: Dienstag\nAn: j@x.test\nBetreff: s",
        "De : Bot <b@x.test>\nEnvoyé : mardi\nÀ : j@x.test\nObjet : s",
        "De: Bot <b@x.test>\nEnviado: martes\nPara: j@x.test\nAsunto: s",
        "Van: Bot <b@x.test>\nVerzonden: dinsdag\nAan: j@x.test\nOnderwerp: s",
        "-----Ursprüngliche Nachricht-----\nVon: Bot",
        "---------- Forwarded message ---------\nFrom: Bot <b@x.test>",
        "Begin forwarded message:\n\nFrom: Bot <b@x.test>",
    ],
)
def test_outlook_blocks_and_forwards_end_the_reply(block: str) -> None:
    assert reply_text(f"ack\n\n{block}\n\nold text") == "ack"


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nJane",
        "--\nJane",
        "Sent from my iPhone",
        "Sent from my Verizon Wireless BlackBerry",
        "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Get Outlook for Android",
        "Von meinem iPhone gesendet",
        "Envoyé de mon iPhone",
        "Enviado desde mi iPhone",
        "Verzonden vanaf mijn iPhone",
    ],
)
def test_signatures_are_dropped(signature: str) -> None:
    assert reply_text(f"resolved\n\n{signature}") == "resolved"


def test_bottom_posted_reply_keeps_text_below_the_quote() -> None:
    text = "On 03/03/2026 10:00, Bot wrote:\n> brief\n> more\n\nack\n\n-- \nMike"
    assert reply_text(text) == "ack"


def test_inline_answers_are_kept_without_the_questions() -> None:
    text = "> Which version?\n4.2.1\n> Which region?\nEU"
    assert reply_text(text) == "4.2.1\n\nEU"


def test_sentences_that_look_like_markers_are_kept() -> None:
    text = (
        "On your remote host you can run:\n\n  telnet 127.0.0.1 52698\n\n"
        "Sent from my desk, is much easier than my mobile phone.\n"
        "From: the customer's point of view this is urgent."
    )
    assert reply_text(text) == text


def test_header_without_quoted_lines_below_still_ends_reply() -> None:
    assert reply_text("ok\n\nOn Tue, Mar 3, 2026 at 10:00 AM Bot wrote:\n\nold") == "ok"


def test_quote_header_span_counts_wrapped_lines() -> None:
    lines = ["On Tue, Mar 3, 2026 at 10:00 AM Jane <", "jane@example.com> wrote:", "> x"]
    assert quote_header_span(lines, 0) == 2
    assert quote_header_span(["On the other hand we wrote nothing"], 0) == 0


def test_pathological_input_is_fast() -> None:
    text = ("On " + "a" * 300 + "\n") * 200 + ("> " + "1 " * 300 + "\n") * 500
    text += "On " + "1:" * 150 + "\n" + "x wrote " * 40
    start = time.perf_counter()
    reply_text(text)
    assert time.perf_counter() - start < 1.0
