"""The whole lifecycle through the inbound pipeline and the outbox, in process.

Real store (SQLite and PostgreSQL), real parser, offline drafter; no mail servers (the
end-to-end test over Dovecot and SMTP covers transport).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.store import repo
from mailbot.store.tables import Audit, DraftJob, OutboxItem, Quarantined
from mailbot.transactions import handle
from tests.support.flow import readable
from tests.support.mail import parse, reply_to, text_of

FORWARD = (
    Path(__file__).resolve().parents[1] / "fixtures" / "forwards" / "gmail_acme_api_latency.eml"
)


def outbox(app: App, kind: str | None = None) -> list[OutboxItem]:
    with app.db.session() as session:
        stmt = select(OutboxItem).order_by(OutboxItem.id)
        items = list(session.scalars(stmt))
    return [i for i in readable(items) if kind is None or i.kind == kind]  # detached now


def last(app: App, kind: str, to: str | None = None) -> OutboxItem:
    items = [i for i in outbox(app, kind) if to is None or to in i.recipients]
    assert items, f"no {kind} mail to {to} in the outbox: {[i.kind for i in outbox(app)]}"
    return items[-1]


def status(app: App, ref: str) -> str:
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        return esc.status


def open_draft(app: App) -> str:
    ctx = handle(app, FORWARD.read_bytes())
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert (
        run_draft_jobs(
            app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now()
        )
        == 1
    )
    return ctx.escalation_ref


def test_forward_approve_and_team_lifecycle(app: App) -> None:
    ref = open_draft(app)
    assert ref == "ESC-2026-0001"
    request = last(app, "approval_request", "jane@example.com")
    text = text_of(request.raw)
    assert "approve" in text and "Suggestions".upper() in text.upper()
    headers = parse(request.raw)
    assert headers["Auto-Submitted"] == "auto-generated"
    assert headers["X-Auto-Response-Suppress"] == "All"
    assert "[ESC-2026-0001]" in str(headers["Subject"])
    assert str(headers["Reply-To"]).startswith("escalations+")

    ctx = handle(app, reply_to(request.raw, "jane@example.com", "approve\nseverity: critical"))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert status(app, ref) == "routed"
    brief = last(app, "routed_brief", "eng@example.com")
    assert "P1" in str(parse(brief.raw)["Subject"])
    confirmation = text_of(last(app, "confirmation", "jane@example.com").raw)
    assert "approve" in confirmation

    steps = [
        ("ack\nowner: Mike Ross <mike@example.com>", "acknowledged"),
        ("in progress", "in_progress"),
        ("update: root cause found in the connection pool", "in_progress"),
        ("resolved fixed in 4.2.1", "resolved"),
    ]
    for body, expected in steps:
        ctx = handle(app, reply_to(brief.raw, "mike@example.com", body))
        assert ctx.outcome is Disposition.PROCESSED, ctx.reason
        assert status(app, ref) == expected, body
    confirm = last(app, "confirm_resolution", "jane@example.com")
    ctx = handle(app, reply_to(confirm.raw, "jane@example.com", "close"))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert status(app, ref) == "closed"
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None and esc.owner == "mike@example.com"
        assert esc.severity == "critical"
        kinds = [e.kind for e in repo.events_for(session, esc.id)]
    assert kinds[0] == "created" and "drafted" in kinds
    for kind in ("approve", "ack", "in_progress", "update", "resolved", "close"):
        assert kind in kinds


def test_non_member_reply_changes_nothing(app: App) -> None:
    """A stranger's reply is quarantined and answered by nothing (no backscatter)."""
    ref = open_draft(app)
    request = last(app, "approval_request")
    handle(app, reply_to(request.raw, "jane@example.com", "approve"))
    brief = last(app, "routed_brief")
    before = len(outbox(app))
    ctx = handle(app, reply_to(brief.raw, "eve@attacker.example", "ack", use_reply_to=False))
    assert ctx.outcome is Disposition.QUARANTINED
    assert status(app, ref) == "routed"
    assert len(outbox(app)) == before  # no mail to a non-participant
    with app.db.session() as session:
        assert session.scalars(select(Quarantined)).first() is not None
        assert session.scalars(select(Audit)).first() is not None


def test_colleague_not_on_the_team_changes_nothing_and_is_told_who(app: App) -> None:
    """Pat (product) is on the roster but not on engineering: one line says who may act."""
    ref = open_draft(app)
    request = last(app, "approval_request")
    handle(app, reply_to(request.raw, "jane@example.com", "approve"))
    brief = last(app, "routed_brief")
    before = len(outbox(app))
    ctx = handle(app, reply_to(brief.raw, "pat@example.com", "ack", use_reply_to=False))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert status(app, ref) == "routed"
    (answer,) = outbox(app)[before:]
    assert (answer.kind, answer.recipients) == ("refusal", ["pat@example.com"])
    with app.db.session() as session:
        audit = session.scalars(select(Audit)).first()
        assert audit is not None and audit.action == "refused"


def test_reject_sends_nothing_to_a_team(app: App) -> None:
    ref = open_draft(app)
    request = last(app, "approval_request")
    handle(app, reply_to(request.raw, "jane@example.com", "reject not an escalation after all"))
    assert status(app, ref) == "rejected"
    assert not outbox(app, "routed_brief")


def test_free_text_on_a_draft_revises_it(app: App) -> None:
    ref = open_draft(app)
    request = last(app, "approval_request")
    handle(app, reply_to(request.raw, "jane@example.com", "They also lost data yesterday."))
    assert (
        run_draft_jobs(
            app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now()
        )
        == 1
    )
    revised = outbox(app, "approval_request")
    assert len(revised) == 2
    assert "(v2)" in str(parse(revised[-1].raw)["Subject"])
    # an approve on the old draft's token is stale and refused
    handle(app, reply_to(request.raw, "jane@example.com", "approve"))
    assert status(app, ref) == "draft"
    assert "v2 is current" in text_of(last(app, "confirmation").raw)


def test_unknown_sender_gets_no_reply(app: App) -> None:
    raw = FORWARD.read_bytes().replace(b"jane@example.com>", b"eve@attacker.example>", 1)
    ctx = handle(app, raw)
    assert ctx.outcome is Disposition.QUARANTINED
    assert "unknown sender" in ctx.reason
    assert not outbox(app)


def test_same_message_twice_has_one_effect(app: App) -> None:
    raw = FORWARD.read_bytes()
    first = handle(app, raw)
    second = handle(app, raw)
    assert first.outcome is second.outcome is Disposition.PROCESSED
    assert "duplicate" in second.reason
    with app.db.session() as session:
        assert len(repo.list_escalations(session)) == 1


def _approved_as(app: App, category: str) -> str:
    """A new escalation that Jane approves with ``category``; returns its ref."""
    ref = open_draft(app)
    approval = last(app, "approval_request").raw
    handle(app, reply_to(approval, "jane@example.com", f"approve\ncategory: {category}"))
    return ref


def test_second_team_of_a_multi_team_brief_may_reply(app: App) -> None:
    ref = _approved_as(app, "service_failure")
    brief = last(app, "routed_brief")
    assert set(brief.recipients) == {"cs-leads@example.com", "support-leads@example.com"}
    ctx = handle(app, reply_to(brief.raw, "sam@example.com", "ack"))  # support-leadership
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert status(app, ref) == "acknowledged"


def test_manager_on_the_routed_team_acts_as_the_team(app: App) -> None:
    ref = _approved_as(app, "relationship_at_risk")
    brief = last(app, "routed_brief", "cs-leads@example.com")
    ctx = handle(app, reply_to(brief.raw, "lisa@example.com", "ack\nworking on it"))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert status(app, ref) == "in_progress"
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None and esc.owner == "lisa@example.com"


def test_a_redraft_keeps_the_csms_overrides(app: App) -> None:
    ref = open_draft(app)
    handle(
        app,
        reply_to(
            last(app, "approval_request").raw, "jane@example.com", "severity: low\nsentiment: calm"
        ),
    )
    handle(
        app,
        reply_to(
            last(app, "approval_request").raw,
            "jane@example.com",
            "They also lost a day of orders yesterday.",
        ),
    )
    assert (
        run_draft_jobs(
            app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now()
        )
        == 1
    )
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        brief = repo.latest_brief(session, esc.id)
        assert brief is not None and brief.version == 3
        assert brief.content["severity"] == "low" and esc.severity == "low"
        assert brief.content["sentiment"] == "calm" and esc.sentiment == "calm"
        assert "P4" in brief.content["headline"]


def test_a_drafting_job_that_keeps_failing_is_parked(app: App) -> None:
    class Broken:
        name = "broken"

        def draft(self, request: object) -> object:
            raise RuntimeError("drafter bug")

    def job_status() -> str:
        with app.db.session() as session:
            return session.scalars(select(DraftJob.status)).one()

    ref = handle(app, FORWARD.read_bytes()).escalation_ref
    for minutes in range(3):  # each attempt waits for the previous lease to expire
        app.clock.advance(timedelta(minutes=11 * minutes))  # type: ignore[attr-defined]
        assert run_draft_jobs(app.db, Broken(), app.settings, app.routing, app.clock.now()) == 0
        # parked on the third failure (MAX_DRAFT_ATTEMPTS), not before: it was the second
        assert job_status() == ("failed" if minutes == 2 else "pending")
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        kinds = [e.kind for e in repo.events_for(session, esc.id)]
        job = session.scalars(select(DraftJob)).one()
    assert kinds.count("draft_failed") == 1 and job.status == "failed"
    notice = last(app, "draft_failed", "jane@example.com")
    assert "No draft could be made" in str(parse(notice.raw)["Subject"])
    handle(app, reply_to(notice.raw, "jane@example.com", "approve"))
    assert status(app, ref) == "draft"  # nothing to approve
    assert "no draft could be made" in text_of(last(app, "confirmation").raw)
    handle(app, reply_to(notice.raw, "jane@example.com", "reject giving up on this one"))
    assert status(app, ref) == "rejected"
