"""Outgoing MIME: signed Message-IDs, required headers, and no header injection."""

from __future__ import annotations

import base64
import dataclasses
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.outbox import wire
from mailbot.outbox.compose import (
    OutgoingMail,
    check_address,
    clean_header_text,
    compose,
)
from mailbot.signing.message_ids import is_our_message_id, make_message_id, new_nonce

SECRET = b"test-secret-0123456789"
DOMAIN = "example.com"
WHEN = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
BASE_HEADERS = [
    "message-id",
    "date",
    "from",
    "to",
    "subject",
    "auto-submitted",
    "x-auto-response-suppress",
    "x-mailbot-loop",
    "content-type",
    "content-transfer-encoding",
    "mime-version",
]


def _mail(**changes: object) -> OutgoingMail:
    mail = OutgoingMail(
        kind="approval_request",
        to=("csm@example.com",),
        subject="Draft brief: API latency",
        text="Reply approve to route it.\n",
        message_id=make_message_id(
            DOMAIN, SECRET, kind="approval_request", ref="ESC-2026-0001", nonce="n1"
        ),
    )
    return dataclasses.replace(mail, **changes)  # type: ignore[arg-type]


def _compose(mail: OutgoingMail, **kwargs: str) -> EmailMessage:
    options = {"from_address": "escalations@example.com", "loop_marker": "inst-1"} | kwargs
    return compose(mail, date=WHEN, **options)


def _reparse(msg: EmailMessage) -> EmailMessage:
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


# --- signed Message-IDs ---------------------------------------------------------------


def test_message_id_round_trips_to_its_ref() -> None:
    mid = make_message_id(DOMAIN, SECRET, kind="routed_brief", ref="ESC-2026-0342", nonce="ab12")
    assert mid.startswith("routed_brief.ESC-2026-0342.ab12.")
    assert mid.endswith("@example.com")
    assert is_our_message_id(mid, DOMAIN, SECRET) == "ESC-2026-0342"
    assert is_our_message_id(f" <{mid}> ", "EXAMPLE.COM", SECRET) == "ESC-2026-0342"


def test_forged_message_ids_are_rejected() -> None:
    mid = make_message_id(DOMAIN, SECRET, kind="routed_brief", ref="ESC-2026-0342", nonce="ab12")
    kind, ref, nonce, _sig = mid.split(".", 3)
    assert is_our_message_id(mid.replace("0342", "0343"), DOMAIN, SECRET) is None
    assert is_our_message_id(mid.replace("ab12", "ab13"), DOMAIN, SECRET) is None
    assert is_our_message_id(mid, "example.org", SECRET) is None
    assert is_our_message_id(mid, DOMAIN, b"another-secret-0123456") is None
    assert is_our_message_id(f"{kind}.{ref}.{nonce}@example.com", DOMAIN, SECRET) is None
    assert is_our_message_id(f"x.{mid}", DOMAIN, SECRET) is None
    assert is_our_message_id("", DOMAIN, SECRET) is None
    assert is_our_message_id("no-at-sign", DOMAIN, SECRET) is None


@pytest.mark.parametrize(
    ("kind", "ref", "nonce"), [("a.b", "ESC-1", "n"), ("k", "", "n"), ("k", "r", "n\n")]
)
def test_message_id_parts_that_would_not_verify_are_refused(
    kind: str, ref: str, nonce: str
) -> None:
    with pytest.raises(ValueError):
        make_message_id(DOMAIN, SECRET, kind=kind, ref=ref, nonce=nonce)


def test_message_id_needs_a_real_secret_and_domain() -> None:
    with pytest.raises(ValueError):
        make_message_id(DOMAIN, b"short", kind="k", ref="r", nonce="n")
    with pytest.raises(ValueError):
        make_message_id("bad domain", SECRET, kind="k", ref="r", nonce="n")


def test_new_nonces_are_unique_and_dot_free() -> None:
    nonces = {new_nonce() for _ in range(1000)}
    assert len(nonces) == 1000
    assert not any("." in n for n in nonces)


# --- required headers -----------------------------------------------------------------


def test_plain_message_has_exactly_the_expected_headers() -> None:
    mail = _mail(escalation_ref="ESC-2026-0001")
    parsed = _reparse(_compose(mail, from_name="Escalations Bot"))
    assert [k.lower() for k in parsed] == BASE_HEADERS
    # Long ids are folded onto a continuation line (legal CFWS before "<").
    assert parsed["Message-ID"].strip() == f"<{mail.message_id}>"
    assert is_our_message_id(parsed["Message-ID"], DOMAIN, SECRET) == "ESC-2026-0001"
    assert parsed["Date"].datetime == WHEN
    assert parsed["From"].addresses[0].display_name == "Escalations Bot"
    assert parsed["From"].addresses[0].addr_spec == "escalations@example.com"
    assert parsed["Subject"] == "[ESC-2026-0001] Draft brief: API latency"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["X-Auto-Response-Suppress"] == "All"
    assert parsed["X-Mailbot-Loop"] == "inst-1"
    assert "Precedence" not in parsed
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content() == "Reply approve to route it.\r\n"  # CRLF on the wire


def test_threading_and_reply_headers() -> None:
    mail = _mail(
        cc=("lead@example.com",),
        reply_to=("escalations+abc@example.com", "escalations+def@example.com"),
        in_reply_to="<parent@mx.example.com>",
        references=("root@mx.example.com", "<not an id>", "<parent@mx.example.com>"),
    )
    parsed = _reparse(_compose(mail))
    assert parsed["Cc"] == "lead@example.com"
    # one reply address per recipient who may act, all in one Reply-To (SPEC §6)
    reply_to = [a.addr_spec for a in parsed["Reply-To"].addresses]
    assert reply_to == ["escalations+abc@example.com", "escalations+def@example.com"]
    assert parsed["In-Reply-To"] == "<parent@mx.example.com>"
    assert parsed["References"] == "<root@mx.example.com> <parent@mx.example.com>"


def test_long_reference_chains_keep_root_and_newest() -> None:
    refs = tuple(f"m{i}@example.com" for i in range(50))
    ids = _reparse(_compose(_mail(references=refs)))["References"].split()
    assert len(ids) == 20
    assert ids[0] == "<m0@example.com>"
    assert ids[-1] == "<m49@example.com>"
    assert "<m31@example.com>" in ids and "<m30@example.com>" not in ids


@pytest.mark.parametrize(
    "subject",
    ["[ESC-2026-0001] Draft", "Re: [esc-2026-0001] Draft", "Draft [ESC-2026-0001]"],
)
def test_subject_tag_is_not_duplicated(subject: str) -> None:
    parsed = _reparse(_compose(_mail(subject=subject, escalation_ref="ESC-2026-0001")))
    assert parsed["Subject"].lower().count("[esc-2026-0001]") == 1
    assert parsed["Subject"] == subject


def test_html_alternative_and_non_ascii_survive_seven_bit_transport() -> None:
    mail = _mail(subject="Grüße aus Zürich — 日本", text="Prüfung ✓\n", html="<p>Prüfung ✓</p>")
    msg = _compose(mail, from_name="Müller Bot")
    raw = msg.as_bytes()
    assert max(raw) < 128
    parsed = _reparse(msg)
    assert parsed.get_content_type() == "multipart/alternative"
    plain = parsed.get_body(("plain",))
    html = parsed.get_body(("html",))
    # Bytes on the wire use CRLF; quoted-printable decoding keeps it.
    assert plain is not None and plain.get_content().splitlines() == ["Prüfung ✓"]
    assert html is not None and html.get_content().splitlines() == ["<p>Prüfung ✓</p>"]
    assert parsed["Subject"] == "Grüße aus Zürich — 日本"
    assert parsed["From"].addresses[0].display_name == "Müller Bot"


def test_overlong_subject_is_truncated() -> None:
    parsed = _reparse(_compose(_mail(subject="x" * 5000)))
    assert len(parsed["Subject"]) == 250
    assert parsed["Subject"].endswith("…")


# --- header injection -----------------------------------------------------------------

_EVIL_Q = "=?UTF-8?Q?hi=0D=0ABcc:_x@evil.example?="
_EVIL_B = "=?UTF-8?B?" + base64.b64encode(b"hi\r\nBcc: x@evil.example").decode() + "?="
_NESTED = "=?UTF-8?Q?=3D=3FUTF-8=3FQ=3F=0D=0ABcc:=5Fx@evil.example=3F=3D?="
INJECTIONS = [
    "hi\r\nBcc: x@evil.example",
    "hi\nBcc: x@evil.example",
    "hi\rBcc: x@evil.example",
    "hi\u2028Bcc: x@evil.example",
    "hi\x00\x1b\x7f\x85Bcc: x@evil.example",
    _EVIL_Q,
    _EVIL_B,
    f"Re: {_EVIL_Q} more",
    _NESTED,
]


def _assert_clean(msg: EmailMessage) -> EmailMessage:
    parsed = _reparse(msg)
    assert "bcc" not in [k.lower() for k in parsed]
    assert [k.lower() for k in parsed] == [k.lower() for k in msg]
    for name, value in parsed.items():
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in str(value)), name
    assert b"\nBcc:" not in msg.as_bytes()
    return parsed


@pytest.mark.parametrize("evil", INJECTIONS)
def test_injected_subject_never_adds_a_header(evil: str) -> None:
    parsed = _assert_clean(_compose(_mail(subject=evil)))
    assert "Bcc: x@evil.example" in parsed["Subject"]  # kept as visible text, on one line


@pytest.mark.parametrize("evil", INJECTIONS)
def test_injected_names_refs_and_markers_never_add_a_header(evil: str) -> None:
    _assert_clean(_compose(_mail(escalation_ref=evil), from_name=evil, loop_marker=evil))


@settings(max_examples=300, deadline=None)
@given(subject=st.text(), name=st.text(max_size=80))
def test_arbitrary_text_never_adds_a_header(subject: str, name: str) -> None:
    _assert_clean(_compose(_mail(subject=subject), from_name=name))


def test_clean_header_text_flattens_controls_and_encoded_words() -> None:
    assert clean_header_text(" a\r\n\tb\x00c ") == "a b c"
    assert clean_header_text(_EVIL_Q) == "hi Bcc: x@evil.example"


# --- address validation ---------------------------------------------------------------

BAD_ADDRESSES = [
    "",
    "a@",
    "@b.com",
    "a@b.com, c@d.com",
    "Name <a@b.com>",
    '"quoted"@b.com',
    "a@b.com\r\nBcc: x@evil.example",
    "a b@c.com",
    "a..b@c.com",
    "a@-b.com",
    "a@[127.0.0.1]",
    "ü@b.com",
    "x" * 65 + "@b.com",
]


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_invalid_addresses_are_refused_everywhere(address: str) -> None:
    with pytest.raises(ValueError):
        check_address(address)
    with pytest.raises(ValueError):
        _compose(_mail(to=(address,)))
    with pytest.raises(ValueError):
        _compose(_mail(cc=(address,)))
    with pytest.raises(ValueError):
        _compose(_mail(reply_to=("escalations@example.com", address)))
    with pytest.raises(ValueError):
        _compose(_mail(), from_address=address)


@pytest.mark.parametrize("address", ["a@b.com", "first.last+tag@mail.example.co.uk", "r@host"])
def test_valid_addresses_pass(address: str) -> None:
    assert check_address(address) == address


@pytest.mark.parametrize(
    "change",
    [{"to": ()}, {"message_id": "no angle <id>"}, {"message_id": "missing-at"}],
)
def test_unsendable_mail_is_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _compose(_mail(**change))


def test_naive_date_and_empty_loop_marker_are_refused() -> None:
    with pytest.raises(ValueError):
        compose(
            _mail(),
            from_address="escalations@example.com",
            loop_marker="m",
            date=datetime(2026, 3, 10),
        )
    with pytest.raises(ValueError):
        _compose(_mail(), loop_marker="\r\n")


@pytest.mark.parametrize(
    "name", [".0 00\xa0¡\xa0¡𐀀𐀀𐀀", 'Müller, "Bot" ' * 4, "Jane (CS) \\ Ops", "a" * 70]
)
def test_header_lines_stay_within_78_columns_and_round_trip(name: str) -> None:
    """Found by hypothesis: an encoded name on the From line made it 83 columns, and
    Python's refolding of that line then produced an unparseable phrase."""
    msg = _compose(_mail(subject="Grüße " * 30), from_name=name)
    raw = msg.as_bytes(policy=policy.SMTP)
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    parsed = _assert_clean(msg)
    shown, expected = parsed["From"].addresses[0].display_name, clean_header_text(name)
    assert shown == expected or (shown.endswith("…") and expected.startswith(shown[:-1]))
    assert len(shown) >= min(len(expected), 20)


def test_the_boundary_comes_from_the_message_id_and_avoids_the_text() -> None:
    """Composing is a pure function of the mail (outbox/recipe.py recomposes it when it is
    claimed), and text that happens to contain the derived boundary gets the next one."""
    first = wire._boundary("abc@example.com", "plain", "html")
    assert first == wire._boundary("abc@example.com", "other text")  # same id, same boundary
    assert first != wire._boundary("abd@example.com", "plain")
    avoided = wire._boundary("abc@example.com", f"quoted {first} here")
    assert avoided != first and avoided.startswith("=_mailbot_")
    mail = OutgoingMail(
        kind="notice", to=("a@example.com",), subject="s", text="t", html="<p>t</p>",
        message_id=make_message_id(DOMAIN, SECRET, kind="notice", ref="ESC-1", nonce=new_nonce()),
    )  # fmt: skip
    once = compose(mail, from_address="bot@example.com", loop_marker="m", date=WHEN)
    again = compose(mail, from_address="bot@example.com", loop_marker="m", date=WHEN)
    assert once.as_bytes() == again.as_bytes()
