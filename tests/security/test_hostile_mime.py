"""Promise 5: no single message takes the service down.

Every hostile fixture (tests/fixtures/hostile/) ends in exactly one outcome through the
pipeline, processed or quarantined with a reason, within a time bound. Over-limit mail
(nesting, part count, header count and size, total size) is quarantined with the limit
named; charset mislabels decode with replacement; an encoded CR/LF in a subject never
becomes a header in our mail; HTML-only and winmail.dat mail yield text or tell the CSM.
"""

from __future__ import annotations

import time
from email import message_from_bytes
from email.policy import default as default_policy

import pytest

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.inbound.parse import parse_message
from tests.security.support import (
    FORWARD,
    HOSTILE,
    JANE,
    approval_request,
    draft_jobs,
    fresh_id,
    outbox_items,
    rewrite,
    run,
)
from tests.support.mail import text_of

FIXTURES = sorted(HOSTILE.glob("*.eml"))
# Headers our composer may write; anything else in our mail would be smuggled.
OUR_HEADERS = {
    "from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references",
    "reply-to", "auto-submitted", "x-auto-response-suppress", "x-mailbot-loop", "precedence",
    "mime-version", "content-type", "content-transfer-encoding", "x-mailbot-ref",
}  # fmt: skip


def test_every_hostile_fixture_has_exactly_one_outcome(app: App) -> None:
    """One loop, not one test per fixture: each would pay a database reset."""
    assert len(FIXTURES) >= 20
    failures = []
    for path in FIXTURES:
        start = time.perf_counter()
        ctx = run(app, path.read_bytes())
        elapsed = time.perf_counter() - start
        if ctx.outcome not in (Disposition.PROCESSED, Disposition.QUARANTINED) or not ctx.reason:
            failures.append(f"{path.name}: {ctx.outcome} {ctx.reason}")
        if elapsed > 5:
            failures.append(f"{path.name}: {elapsed:.1f}s")
    assert not failures, "\n".join(failures)
    draft_jobs(app)  # drafting whatever they opened must not fail either


def _nested(depth: int) -> bytes:
    head = b"From: jane@example.com\r\nTo: escalations@example.com\r\nSubject: Fwd: deep\r\n"
    body = b"Content-Type: text/plain\r\n\r\nhello\r\n"
    for level in range(depth):
        b = f"b{level}".encode()
        body = (
            b'Content-Type: multipart/mixed; boundary="' + b + b'"\r\n\r\n--' + b + b"\r\n"
            + body + b"\r\n--" + b + b"--\r\n"
        )  # fmt: skip
    return head + body


def _many_parts(count: int) -> bytes:
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return (
        b"From: jane@example.com\r\nSubject: Fwd: parts\r\n"
        b'Content-Type: multipart/mixed; boundary="p"\r\n\r\n' + part * count + b"--p--\r\n"
    )


LIMITS = [
    ("nesting 3000", _nested(3000), "nest"),
    ("nesting 100", _nested(100), "nest"),
    ("10000 parts", _many_parts(10_000), "parts"),
    ("1000 header fields", b"X-A: 1\r\n" * 1000 + FORWARD, "header fields"),
    ("one 1 MB header", b"X-Big: " + b"a" * 1_000_000 + b"\r\n" + FORWARD, "header section"),
    ("100k To addresses", b"To: " + b"a@b.example, " * 100_000 + b"\r\n" + FORWARD, "header"),
    ("total size", FORWARD + b"x" * 300_000, "exceeds"),
]


def _capped(app: App, max_bytes: int) -> App:
    settings = app.settings.model_copy(update={"max_message_bytes": max_bytes})
    return App(settings=settings, routing=app.routing, db=app.db, clock=app.clock)


def test_limits_quarantine_with_the_reason(app: App) -> None:
    for label, raw, why in LIMITS:
        capped = _capped(app, 100_000 if label == "total size" else 2_000_000)
        start = time.perf_counter()
        ctx = run(capped, raw)
        assert time.perf_counter() - start < 5, label
        assert ctx.outcome is Disposition.QUARANTINED, (label, ctx.reason)
        assert why in ctx.reason, (label, ctx.reason)
    assert not outbox_items(app)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("charset_latin1_labelled_utf8", "retard"),
        ("charset_unknown_8bit", "caf"),
        ("charset_gb18030_labelled_gb2312", "\u8ba2\u5355"),
        ("charset_bogus_label", "failing"),
        ("no_content_type_8bit", "Gr"),
    ],
)
def test_charset_mislabels_decode_with_replacement(app: App, name: str, expected: str) -> None:
    raw = (HOSTILE / f"{name}.eml").read_bytes()
    message = parse_message(raw)
    assert expected in message.text
    message.text.encode("utf-8")  # valid text, U+FFFD where bytes made no sense
    ctx = run(app, raw)
    assert ctx.outcome is Disposition.PROCESSED and ctx.escalation_ref, ctx.reason
    assert draft_jobs(app) == 1


@pytest.mark.parametrize("name", ["crlf_subject_forward", "crlf_subject_raw_lf"])
def test_encoded_crlf_in_subject_never_becomes_our_header(app: App, name: str) -> None:
    ctx = run(app, (HOSTILE / f"{name}.eml").read_bytes())
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert draft_jobs(app) == 1
    request = approval_request(app)
    msg = message_from_bytes(request, policy=default_policy)
    assert msg["Bcc"] is None
    assert {k.lower() for k in msg} <= OUR_HEADERS, set(msg)
    assert "\n" not in str(msg["Subject"]) and "\r" not in str(msg["Subject"])
    for item in outbox_items(app):
        assert item.recipients == [JANE]
        assert b"\nBcc:" not in item.raw.split(b"\r\n\r\n", 1)[0]


def test_crlf_subject_in_a_reply_does_not_reach_the_confirmation(app: App) -> None:
    from tests.security.support import open_draft
    from tests.support.mail import reply_to

    open_draft(app)
    reply = reply_to(approval_request(app), JANE, "severity: high")
    hostile = rewrite(reply, drop=["Subject"], add=[("Subject", "=?utf-8?q?Re=0D=0ABcc:_evil@x?=")])
    assert run(app, fresh_id(hostile)).outcome is Disposition.PROCESSED
    for item in outbox_items(app):
        msg = message_from_bytes(item.raw, policy=default_policy)
        assert msg["Bcc"] is None and {k.lower() for k in msg} <= OUR_HEADERS


def test_html_only_mail_yields_text(app: App) -> None:
    raw = (HOSTILE / "html_only_forward.eml").read_bytes()
    message = parse_message(raw)
    assert "order sync fails" in message.text
    assert "Ignore previous instructions" not in message.text  # hidden text is not text
    assert "Ignore previous instructions" in message.hidden_text  # ... but is kept to flag
    assert "tracker.example" not in message.text
    assert run(app, raw).outcome is Disposition.PROCESSED
    assert draft_jobs(app) == 1


@pytest.mark.parametrize("name", ["winmail_only_forward", "html_only_empty"])
def test_unreadable_content_is_told_to_the_csm(app: App, name: str) -> None:
    raw = (HOSTILE / f"{name}.eml").read_bytes()
    assert parse_message(raw).unreadable
    ctx = run(app, raw)
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert draft_jobs(app) == 1
    text = text_of(approval_request(app)).lower()
    assert "could not be read" in text or "unreadable" in text or "no readable text" in text
