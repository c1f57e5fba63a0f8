"""Persistence of inbound outcomes: the message record (dedupe), quarantine, attempts."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from mailbot.domain import Direction, Disposition, QuarantineStatus
from mailbot.store import repo
from mailbot.store.tables import InboundAttempt, MessageRecord, Quarantined

log = logging.getLogger(__name__)


class StoredMail(Protocol):
    """The parts of a parsed message the store keeps (``inbound.message.InboundMessage``
    has them); declared here so the store needs nothing from the layers above it."""

    @property
    def message_id(self) -> str: ...
    @property
    def sender(self) -> str: ...
    @property
    def recipients(self) -> tuple[str, ...]: ...
    @property
    def subject(self) -> str: ...
    @property
    def in_reply_to(self) -> tuple[str, ...]: ...
    @property
    def references(self) -> tuple[str, ...]: ...
    @property
    def size(self) -> int: ...
    @property
    def sha256(self) -> str: ...


@dataclass(frozen=True)
class InboundRecord:
    """What the pipeline decided for one message, as the store keeps it."""

    raw: bytes = field(repr=False)
    message: StoredMail | None
    disposition: Disposition
    reason: str
    escalation_id: int | None = None
    escalation_ref: str = ""
    duplicate: bool = False  # the dedupe step found its Message-ID: nothing new to keep


def seen(session: Session, message_id: str) -> bool:
    return repo.message_seen(session, message_id)


def look_ahead(session: Session, message_ids: Sequence[str]) -> None:
    """Look the batch's (likely) Message-IDs up at once; :func:`seen` answers from it."""
    repo.look_up_message_ids(session, message_ids)


def record(session: Session, ctx: InboundRecord, now: datetime) -> None:
    """Processed mail is remembered by Message-ID; quarantined mail is kept whole."""
    message = ctx.message
    if ctx.disposition is Disposition.QUARANTINED:
        _hold(session, ctx, now)
        return
    if message is None or ctx.disposition is not Disposition.PROCESSED or ctx.duplicate:
        return
    # No second `seen` check here: if another instance recorded this Message-ID since our
    # dedupe step, the unique index must fail this transaction (it is retried and then
    # deduplicated), or both instances would commit their effects.
    values: dict[str, object] = {
        "message_id": message.message_id, "direction": Direction.IN,
        "escalation_id": ctx.escalation_id, "kind": "inbound", "sender": message.sender,
        "recipients": list(message.recipients), "subject": message.subject[:1000],
        "in_reply_to": " ".join(message.in_reply_to),
        "references": " ".join(message.references)[:4000], "size": message.size,
        "sha256": message.sha256, "outcome": ctx.reason[:1000], "created_at": now,
    }  # fmt: skip
    repo.insert_row(session, MessageRecord, values)


def quarantine_key(message_id: str, raw: bytes) -> str:
    """What makes two quarantined copies the same message (migration 0004 uses the same)."""
    return message_id[:998] if message_id else "sha256:" + attempt_key(raw)


_HELD = text("SELECT id, status FROM quarantine WHERE message_key = :key")


def _hold(session: Session, ctx: InboundRecord, now: datetime) -> None:
    """Keep the message whole, once: a message held again (crash before the IMAP MOVE, the
    same Message-ID twice) adds no row and no audit line; one that failed again after
    ``quarantine reprocess`` is held again with the new reason (and audited)."""
    message = ctx.message
    message_id = message.message_id if message else ""
    key = quarantine_key(message_id, ctx.raw)
    reason = ctx.reason[:2000]
    found = session.execute(_HELD, {"key": key}).first()
    if found is not None and found.status == QuarantineStatus.HELD:
        log.info("message %s is already quarantined (row %d)", message_id or key, found.id)
        return
    if found is not None:
        row = session.get(Quarantined, found.id)
        assert row is not None
        row.status, row.reason, row.created_at = QuarantineStatus.HELD, reason, now
    else:
        values: dict[str, object] = {
            "message_id": message_id, "message_key": key,
            "sender": message.sender if message else "",
            "subject": message.subject[:500] if message else "", "reason": reason,
            "raw": ctx.raw, "size": len(ctx.raw), "created_at": now,
            "status": QuarantineStatus.HELD,
        }  # fmt: skip
        if repo.insert_returning_id(session, Quarantined, values, on_conflict_nothing=True) is None:
            return  # another instance held it a moment ago
    repo.add_audit(
        session,
        at=now,
        action="quarantined",
        reason=ctx.reason,
        message_id=message_id,
        sender=message.sender if message else "",
        escalation_ref=ctx.escalation_ref,
    )


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


def attempt_key(raw: bytes) -> str:
    """What a message's failed attempts are counted under: its bytes' hash, since a
    poison message's Message-ID may be missing, broken or shared with another."""
    return hashlib.sha256(raw).hexdigest()
