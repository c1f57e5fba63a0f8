"""Helpers for the trust-and-safety tests: hostile mail built from real replies, and a
snapshot of everything a message could change.

The invariant most of these tests assert is "this message moved nothing": the
escalations, their events, briefs and the outbox are identical before and after, and
exactly one audit row explains why. A snapshot compares rows as plain tuples so a
failure shows what changed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailbot import pipeline
from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.pipeline import Context
from mailbot.store.tables import Audit, BriefVersion, Escalation, Event, OutboxItem
from mailbot.transactions import handle
from tests.support.flow import readable

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FORWARD = (FIXTURES / "forwards" / "gmail_acme_api_latency.eml").read_bytes()
HOSTILE = FIXTURES / "hostile"
JANE = "jane@example.com"
ATTACKER = "evil@attacker.example"

Snapshot = tuple[tuple[tuple[object, ...], ...], ...]


def snapshot(app: App) -> Snapshot:
    """Escalations, events, brief versions and outbox rows, as comparable tuples."""
    with app.db.session() as session:
        escalations = tuple(
            (e.ref, e.status, e.severity, e.category, e.draft_version, e.owner, e.route_level)
            for e in session.scalars(select(Escalation).order_by(Escalation.id))
        )
        events = tuple(
            (e.escalation_id, e.kind, e.actor, e.from_status, e.to_status)
            for e in session.scalars(select(Event).order_by(Event.id))
        )
        briefs = tuple(
            (b.escalation_id, b.version, b.content_hash)
            for b in session.scalars(select(BriefVersion).order_by(BriefVersion.id))
        )
        outbox = tuple(
            (o.message_id, o.kind, tuple(o.recipients))
            for o in session.scalars(select(OutboxItem).order_by(OutboxItem.id))
        )
    return escalations, events, briefs, outbox


def audit_count(app: App) -> int:
    with app.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Audit)) or 0)


def outbox_items(app: App, kind: str | None = None) -> list[OutboxItem]:
    with app.db.session() as session:
        items = list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))
    return [i for i in readable(items) if kind is None or i.kind == kind]  # detached now


def status(app: App, ref: str = "ESC-2026-0001") -> str:
    with app.db.session() as session:
        esc = session.scalar(select(Escalation).where(Escalation.ref == ref))
        return esc.status if esc else "missing"


def draft_jobs(app: App) -> int:
    return run_draft_jobs(
        app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now()
    )


def open_draft(app: App, raw: bytes = FORWARD) -> str:
    """Jane forwards the Acme thread and the draft is made; returns the escalation ref."""
    ctx = handle(app, raw)
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert draft_jobs(app) == 1
    return ctx.escalation_ref


def approval_request(app: App) -> bytes:
    items = outbox_items(app, "approval_request")
    assert items, "no approval request queued"
    return items[-1].raw


def _split(raw: bytes) -> tuple[list[bytes], bytes, bytes]:
    match = re.search(rb"\r?\n\r?\n", raw)
    assert match, "message without a header/body separator"
    eol = b"\r\n" if b"\r\n" in match.group(0) else b"\n"
    head = raw[: match.start()]
    fields: list[bytes] = []
    for line in re.split(rb"\r?\n", head):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += eol + line
        else:
            fields.append(line)
    return fields, raw[match.start() :], eol


def rewrite(
    raw: bytes, *, drop: Iterable[str] = (), add: Iterable[tuple[str, str | bytes]] = ()
) -> bytes:
    """Drop every field named in ``drop`` and prepend ``add`` verbatim (bytes allowed).

    Working on bytes keeps hostile values (raw UTF-8, NULs, folds) exactly as an
    attacker would put them on the wire, which EmailMessage would refuse or re-encode.
    """
    names = {n.lower().encode() for n in drop}
    fields, rest, eol = _split(raw)
    kept = [f for f in fields if f.split(b":", 1)[0].strip().lower() not in names]
    new = [
        name.encode() + b": " + (value if isinstance(value, bytes) else value.encode())
        for name, value in add
    ]
    return eol.join(new + kept) + rest


def fresh_id(raw: bytes, tag: str = "t") -> bytes:
    """Give ``raw`` a new Message-ID, so dedupe never hides what a test wants to see."""
    return rewrite(raw, drop=["Message-ID"], add=[("Message-ID", f"<{tag}-{uuid.uuid4().hex}@x>")])


def poison_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make dispatch raise for any message whose subject contains POISON (a handler bug)."""
    real = pipeline.route_message

    def failing(app, session, ctx):  # type: ignore[no-untyped-def]
        if "POISON" in ctx.message.subject:
            raise RuntimeError("handler bug triggered by this message")
        return real(app, session, ctx)

    monkeypatch.setattr(pipeline, "route_message", failing)


def run(app: App, raw: bytes) -> Context:
    return handle(app, raw)
