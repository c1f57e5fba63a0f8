"""Promise 1(b): with ``organisation.authserv_id`` set, DMARC must pass at our border MTA.

Only the top-most ``Authentication-Results`` can have been written by our MTA (RFC 8601
§5: it prepends); anything below came with the message and may be forged. A forward or
an approval that is not DMARC-pass by that header is quarantined for review: no state
change, no mail, one audit row.
"""

from __future__ import annotations

from mailbot.app import App
from mailbot.domain import Disposition
from tests.security.conftest import AUTHSERV_ID
from tests.security.support import (
    FORWARD,
    JANE,
    approval_request,
    audit_count,
    draft_jobs,
    fresh_id,
    outbox_items,
    rewrite,
    run,
    snapshot,
    status,
)
from tests.support.mail import reply_to

OURS_PASS = f"{AUTHSERV_ID}; spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com"
OURS_FAIL = f"{AUTHSERV_ID}; spf=fail smtp.mailfrom=example.com; dmarc=fail header.from=example.com"
FORGED_PASS = f"{AUTHSERV_ID}; dmarc=pass header.from=example.com"
AR = "Authentication-Results"

REFUSED: list[tuple[str, list[str]]] = [
    ("no Authentication-Results", []),
    ("ours says fail", [OURS_FAIL]),
    ("ours says fail, forged pass below", [OURS_FAIL, FORGED_PASS]),
    ("ours says none", [f"{AUTHSERV_ID}; dmarc=none header.from=example.com"]),
    ("ours says temperror", [f"{AUTHSERV_ID}; dmarc=temperror header.from=example.com"]),
    ("ours has no dmarc", [f"{AUTHSERV_ID}; spf=pass smtp.mailfrom=example.com"]),
    ("top is a foreign authserv-id", ["mx.attacker.example; dmarc=pass", OURS_PASS]),
    ("top is a look-alike authserv-id", [f"{AUTHSERV_ID}.attacker.example; dmarc=pass"]),
    ("only a forged pass below a foreign one", ["relay.example.net; none", FORGED_PASS]),
    ("unparseable top header", ["; ; dmarc==pass ((", OURS_PASS]),
]


def _with_ar(raw: bytes, values: list[str]) -> bytes:
    return fresh_id(rewrite(raw, drop=[AR], add=[(AR, v) for v in values]), "ar")


def test_forward_without_dmarc_pass_is_held(dmarc_app: App) -> None:
    for label, values in REFUSED:
        before, audits = snapshot(dmarc_app), audit_count(dmarc_app)
        ctx = run(dmarc_app, _with_ar(FORWARD, values))
        assert ctx.outcome is Disposition.QUARANTINED, label
        assert ctx.reason.startswith("held for review"), (label, ctx.reason)
        assert snapshot(dmarc_app) == before, label
        assert audit_count(dmarc_app) == audits + 1, label


def _draft(app: App) -> bytes:
    assert run(app, _with_ar(FORWARD, [OURS_PASS])).outcome is Disposition.PROCESSED
    assert draft_jobs(app) == 1
    return reply_to(approval_request(app), JANE, "approve")


def test_approval_without_dmarc_pass_moves_nothing(dmarc_app: App) -> None:
    approve = _draft(dmarc_app)
    for label, values in REFUSED:
        before, audits = snapshot(dmarc_app), audit_count(dmarc_app)
        ctx = run(dmarc_app, _with_ar(approve, values))
        assert ctx.outcome is Disposition.QUARANTINED, label
        assert snapshot(dmarc_app) == before, label
        assert audit_count(dmarc_app) == audits + 1, label
    assert status(dmarc_app) == "draft"


def test_top_pass_wins_over_forged_fail_below(dmarc_app: App) -> None:
    """Lower headers are ignored both ways: a forged fail cannot block Jane either."""
    approve = _draft(dmarc_app)
    ctx = run(dmarc_app, _with_ar(approve, [OURS_PASS, OURS_FAIL, "evil.example; dmarc=fail"]))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert status(dmarc_app) == "routed"
    assert any(i.kind == "routed_brief" for i in outbox_items(dmarc_app))


def test_without_authserv_id_headers_are_not_consulted(app: App) -> None:
    """No border MTA configured: From-based authority alone, a forged fail changes nothing."""
    ctx = run(app, _with_ar(FORWARD, [OURS_FAIL]))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
