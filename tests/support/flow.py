"""Drive escalations through the in-process pipeline, as people replying by mail would."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.outbox.recipe import wire_bytes
from mailbot.store import repo
from mailbot.store.tables import Escalation, Event, OutboxItem
from mailbot.transactions import handle
from tests.support.mail import reply_to

FORWARDS = Path(__file__).resolve().parents[1] / "fixtures" / "forwards"


def outbox(app: App, kind: str | None = None, to: str | None = None) -> list[OutboxItem]:
    with app.db.session() as session:
        items = list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))
    return [
        i
        for i in readable(items)
        if (kind is None or i.kind == kind) and (to is None or to in i.recipients)
    ]


def readable(items: list[OutboxItem]) -> list[OutboxItem]:
    """Detached outbox rows with ``raw`` filled: the bytes each is (or will be) sent as,
    composed from its recipe when not yet claimed. Call it after the session closed, or
    the commit would store those bytes (the sender would then skip composing)."""
    for item in items:
        item.raw = wire_bytes(item.raw, item.recipe)
    return items


def last_mail(app: App, kind: str, to: str | None = None) -> bytes:
    items = outbox(app, kind, to)
    assert items, f"no {kind} to {to}: {[(i.kind, i.recipients) for i in outbox(app)]}"
    return items[-1].raw


def reply(app: App, original: bytes, sender: str, body: str) -> None:
    ctx = handle(app, reply_to(original, sender, body, when=app.clock.now()))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason


ACME = "gmail_acme_api_latency.eml"


def open_routed(app: App, body: str = "approve", fixture: str = ACME) -> str:
    """Jane forwards, the draft is made, Jane replies ``body`` (approve + overrides)."""
    ctx = handle(app, (FORWARDS / fixture).read_bytes())
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now())
    reply(app, last_mail(app, "approval_request"), "jane@example.com", body)
    return ctx.escalation_ref


def escalation(app: App, ref: str) -> Escalation:
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        return esc


def event_kinds(app: App, ref: str) -> list[str]:
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        return [
            e.kind
            for e in session.scalars(
                select(Event).where(Event.escalation_id == esc.id).order_by(Event.id)
            )
        ]
