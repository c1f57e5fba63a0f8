"""Persistence of inbound outcomes: the message record (dedupe), quarantine, attempts."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.store import repo
from mailbot.store.tables import InboundAttempt, MessageRecord, Quarantined

if TYPE_CHECKING:
    from mailbot.pipeline import Context


DUPLICATE = "duplicate Message-ID"  # the pipeline's dedupe step starts its reason so


def seen(session: Session, message_id: str) -> bool:
    return repo.message_seen(session, message_id)


def record(session: Session, ctx: Context, now: datetime) -> None:
    """Processed mail is remembered by Message-ID; quarantined mail is kept whole."""
    message = ctx.message
    outcome = str(ctx.outcome)
    if outcome == "quarantined":
        session.add(
            Quarantined(
                message_id=message.message_id if message else "",
                sender=message.sender if message else "",
                subject=message.subject[:500] if message else "",
                reason=ctx.reason[:2000],
                raw=ctx.raw,
                size=len(ctx.raw),
                status="held",
                created_at=now,
            )
        )
        repo.add_audit(
            session,
            at=now,
            action="quarantined",
            reason=ctx.reason,
            message_id=message.message_id if message else "",
            sender=message.sender if message else "",
            escalation_ref=ctx.escalation_ref,
        )
        return
    if message is None or outcome != "processed" or ctx.reason.startswith(DUPLICATE):
        return
    # No second `seen` check here: if another instance recorded this Message-ID since our
    # dedupe step, the unique index must fail this transaction (it is retried and then
    # deduplicated), or both instances would commit their effects.
    values: dict[str, object] = {
        "message_id": message.message_id, "direction": "in",
        "escalation_id": ctx.escalation_id, "kind": "inbound", "sender": message.sender,
        "recipients": list(message.recipients), "subject": message.subject[:1000],
        "in_reply_to": " ".join(message.in_reply_to),
        "references": " ".join(message.references)[:4000], "size": message.size,
        "sha256": message.sha256, "outcome": ctx.reason[:1000], "created_at": now,
    }  # fmt: skip
    repo.insert_row(session, MessageRecord, values)


def count_attempt(session: Session, key: str, error: str) -> int:
    row = session.get(InboundAttempt, key)
    if row is None:
        row = InboundAttempt(message_key=key, attempts=0)
        session.add(row)
    row.attempts += 1
    row.last_error = error[:2000]
    session.flush()
    return row.attempts


def list_quarantine(session: Session, limit: int = 100) -> list[Quarantined]:
    stmt = select(Quarantined).order_by(Quarantined.id.desc()).limit(limit)
    return list(session.scalars(stmt))


def raw_sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()
