"""Promise 1(d): the reply-token matrix, through the whole pipeline.

Cells: a forged MAC, a malformed token, an expired one, Jane's token presented by another
CSM and by a team member (wrong recipient), a replayed approval, and approvals of a stale
draft (by token and by Message-ID). Only the valid cell moves the escalation. Every other
cell leaves escalations, events and briefs unchanged, queues nothing to anyone but the
authenticated sender, and writes exactly one audit row.

"Replayed" in our design: tokens are not single-use by themselves (a CSM may reply twice
to one draft, e.g. "severity: high" and later "approve"). What must not happen twice is
the *effect*: the same approve reply delivered again with a new Message-ID after the
draft was routed (a resend, a second copy through another relay) must change nothing. The
identical Message-ID is caught earlier by dedupe (test_same_bytes_twice_is_one_effect).
The stale cells: a token carries the draft version; once v2 exists, an approve of v1 is
refused and Jane is told which version is current. The same holds when her client
dropped the token and the reply is threaded only by the v1 request's Message-ID.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.outbox.mailer import CSM_TOKEN_DAYS
from tests.security.support import (
    JANE,
    Snapshot,
    approval_request,
    audit_count,
    draft_jobs,
    fresh_id,
    open_draft,
    outbox_items,
    run,
    snapshot,
    status,
)
from tests.support.mail import reply_to, text_of

_TOKEN = re.compile(rb"escalations\+([a-z2-7]+)@")


def _swap_token(raw: bytes, new: bytes) -> bytes:
    return _TOKEN.sub(b"escalations+" + new + b"@", raw)


def _flip(raw: bytes) -> bytes:
    token = _TOKEN.search(raw)
    assert token
    value = token.group(1)
    return _swap_token(raw, value[:-1] + (b"a" if value[-1:] != b"a" else b"b"))


def _core(snap: Snapshot) -> Snapshot:
    """Escalations, events and briefs: what an effect would change (outbox apart)."""
    return snap[:3]


def _assert_no_effect(app: App, raw: bytes, *, outcome: Disposition, sender: str = JANE) -> None:
    before, audits, queued = snapshot(app), audit_count(app), len(outbox_items(app))
    ctx = run(app, fresh_id(raw, "cell"))
    assert ctx.outcome is outcome, ctx.reason
    assert _core(snapshot(app)) == _core(before)
    new_mail = outbox_items(app)[queued:]
    assert all(item.recipients == [sender] for item in new_mail), new_mail
    assert len(new_mail) <= 1
    assert audit_count(app) == audits + 1, "exactly one audit row per refused message"


@pytest.fixture
def draft(app: App) -> bytes:
    open_draft(app)
    return approval_request(app)


def test_valid_token_approves(app: App, draft: bytes) -> None:
    audits = audit_count(app)
    assert run(app, reply_to(draft, JANE, "approve")).outcome is Disposition.PROCESSED
    assert status(app) == "routed"
    assert audit_count(app) == audits


@pytest.mark.parametrize(
    ("cell", "make"),
    [
        ("forged MAC", lambda r: _flip(reply_to(r, JANE, "approve"))),
        ("malformed", lambda r: _swap_token(reply_to(r, JANE, "approve"), b"abc")),
        ("random", lambda r: _swap_token(reply_to(r, JANE, "approve"), b"a" * 52)),
    ],
)
def test_bad_token_cells(app: App, draft: bytes, cell: str, make: object) -> None:
    assert callable(make)
    _assert_no_effect(app, make(draft), outcome=Disposition.QUARANTINED)
    assert status(app) == "draft", cell
    assert not outbox_items(app, "confirmation"), "no mail answers a refused token"
    assert not outbox_items(app, "refusal"), "a token that is not genuine gets no answer"


@pytest.mark.parametrize(
    "sender", ["omar@example.com", "lisa@example.com", "mike@example.com"]
)  # another CSM, the manager, a team member
def test_someone_elses_token_from_a_colleague(app: App, draft: bytes, sender: str) -> None:
    """Jane's genuine approve token from a roster person: nothing moves, and they are told
    in one line who may approve (SPEC §6: roster people are not backscatter)."""
    _assert_no_effect(
        app, reply_to(draft, sender, "approve"), outcome=Disposition.PROCESSED, sender=sender
    )
    assert status(app) == "draft"
    assert not outbox_items(app, "confirmation")
    (answer,) = outbox_items(app, "refusal")
    assert answer.recipients == [sender]
    text = text_of(answer.raw)
    assert "You replied to someone else's copy" in text
    # the manager may act on ESC-2026-0001, just not with Jane's copy: she is told how
    assert ("Reply to your own copy" in text) is (sender == "lisa@example.com")
    assert (
        "'approve' on ESC-2026-0001 can only come from the CSM Jane Doe <jane@example.com>" in text
    )


def test_someone_elses_token_from_a_stranger_gets_nothing(app: App, draft: bytes) -> None:
    _assert_no_effect(
        app,
        reply_to(draft, "evil@attacker.example", "approve"),
        outcome=Disposition.QUARANTINED,
        sender="-",
    )
    assert not outbox_items(app, "refusal")


def test_expired_token(app: App, draft: bytes, clock: FrozenClock) -> None:
    clock.advance(timedelta(days=CSM_TOKEN_DAYS, seconds=1))
    _assert_no_effect(app, reply_to(draft, JANE, "approve"), outcome=Disposition.QUARANTINED)
    assert status(app) == "draft"


def test_replayed_approval(app: App, draft: bytes) -> None:
    approve = reply_to(draft, JANE, "approve")
    assert run(app, approve).outcome is Disposition.PROCESSED
    assert status(app) == "routed"
    briefs = len(outbox_items(app, "routed_brief"))
    _assert_no_effect(app, approve, outcome=Disposition.PROCESSED)
    assert status(app) == "routed"
    assert len(outbox_items(app, "routed_brief")) == briefs, "the team got the brief once"


def test_same_bytes_twice_is_one_effect(app: App, draft: bytes) -> None:
    approve = reply_to(draft, JANE, "approve")
    assert run(app, approve).outcome is Disposition.PROCESSED
    before = snapshot(app)
    ctx = run(app, approve)
    assert ctx.outcome is Disposition.PROCESSED and "duplicate" in ctx.reason
    assert snapshot(app) == before


@pytest.mark.parametrize("threading", ["token", "message-id"])
def test_stale_draft_approval(app: App, draft: bytes, threading: str) -> None:
    assert run(app, reply_to(draft, JANE, "They also lost data yesterday.")).outcome is (
        Disposition.PROCESSED
    )
    assert draft_jobs(app) == 1  # v2 is drafted and a new request sent
    stale = reply_to(draft, JANE, "approve", use_reply_to=threading == "token")
    _assert_no_effect(app, stale, outcome=Disposition.PROCESSED)
    assert status(app) == "draft"
    assert "v2 is current" in outbox_items(app, "confirmation")[-1].raw.decode(errors="replace")
    # the current request still works
    assert run(app, reply_to(approval_request(app), JANE, "approve")).outcome is (
        Disposition.PROCESSED
    )
    assert status(app) == "routed"


def test_token_alone_threads_a_reply_without_threading_headers(app: App, draft: bytes) -> None:
    """Outlook/iOS drop In-Reply-To; relays rewrite Message-IDs: the token still decides."""
    from tests.security.support import rewrite

    bare = rewrite(reply_to(draft, JANE, "approve"), drop=["In-Reply-To", "References"])
    bare = rewrite(bare, drop=["Subject"], add=[("Subject", "approve")])
    assert run(app, bare).outcome is Disposition.PROCESSED
    assert status(app) == "routed"


def test_inner_headers_of_a_forward_are_data(app: App, draft: bytes) -> None:
    """A forwarded message naming ESC-2026-0001 (subject tag, our Message-ID) opens a new one."""
    from email.message import EmailMessage

    from tests.support.mail import parse

    inner = parse(reply_to(draft, JANE, "approve"))
    msg = EmailMessage()
    msg["From"], msg["To"] = JANE, "escalations@example.com"
    msg["Subject"], msg["Message-ID"] = "Fwd: customer complaint", "<outer-fwd@example.com>"
    msg.set_content("New escalation please, P3.")
    msg.add_attachment(inner)
    before = snapshot(app)[0]
    ctx = run(app, msg.as_bytes())
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert ctx.escalation_ref == "ESC-2026-0002"
    assert snapshot(app)[0][0] == before[0], "ESC-2026-0001 untouched"
    assert status(app) == "draft"
