"""Queries the services use. No business rules here: only reads and writes.

Functions take the session of the caller's transaction, so a state change, its event row
and the mail it causes commit together or not at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from mailbot.domain import OutboxStatus
from mailbot.store import ahead, attach, direct, numbered, pending
from mailbot.store.listed import any_of
from mailbot.store.tables import (
    Audit,
    BriefVersion,
    DraftJob,
    Escalation,
    Event,
    MessageRecord,
    OutboxItem,
    Quarantined,
)

_Row = (
    type[Audit]
    | type[DraftJob]
    | type[Event]
    | type[MessageRecord]
    | type[OutboxItem]
    | type[Quarantined]
)


def insert_row(session: Session, table: _Row, values: Mapping[str, object]) -> None:
    """A Core INSERT on the session's connection: append-only rows skip the ORM's flush.

    Nothing reads these rows back as objects in the same transaction, and they have no
    relationships, so the identity map does not need them. Messages, events, outbox rows
    and drafting jobs wait for the commit (:mod:`mailbot.store.pending`), whose reads see them; the
    others, and every row of a session that does not buffer, go in at once.
    """
    if table.__tablename__ in _BUFFERED:
        assert isinstance(table.__table__, Table)
        if pending.add(session, table.__table__, values):
            return
    direct.execute(session.connection(), _plain_insert(table), values)


_BUFFERED = frozenset({"messages", "events", "outbox", "draft_jobs"})


def insert_returning_id(
    session: Session,
    table: _Row,
    values: Mapping[str, object],
    *,
    on_conflict_nothing: bool = False,
) -> int | None:
    """Like :func:`insert_row`, returning the new id; None when a unique key already exists
    and ``on_conflict_nothing`` is set (INSERT … ON CONFLICT DO NOTHING, both backends)."""
    dialect = session.get_bind().dialect.name if on_conflict_nothing else ""
    pending.write(session)  # ids in the order the rows were added
    row = direct.execute(session.connection(), _returning_insert(table, dialect), values)
    return int(row[0]) if row else None


@cache
def _plain_insert(table: _Row) -> Any:
    return insert(table)


@cache
def _returning_insert(table: _Row, dialect: str) -> Any:
    """Built once per table and dialect: constructing the statement cost more than running it."""
    if not dialect:
        return insert(table).returning(table.id)
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing().returning(table.id)


# Plain SQL, the same on SQLite and PostgreSQL: SQLAlchemy does not cache the dialect
# ON CONFLICT constructs, and this runs for every new escalation. One statement (one round
# trip) creates the counter at 1 or adds one to it.
_NEXT_VALUE = text(
    "INSERT INTO counters (name, value) VALUES (:name, 1) ON CONFLICT (name) "
    "DO UPDATE SET value = counters.value + 1 RETURNING value"
)


def next_ref(session: Session, year: int) -> str:
    """Allocate ESC-YYYY-NNNN. The upsert row-locks the counter, so concurrent writers on
    PostgreSQL queue behind each other instead of colliding; SQLite serialises writers."""
    row = direct.execute(session.connection(), _NEXT_VALUE, {"name": f"escalation-{year}"})
    assert row is not None
    return f"ESC-{year}-{int(row[0]):04d}"


def insert_escalation(
    session: Session,
    esc: Escalation,
    year: int,
    before: tuple[Executable, Mapping[str, object]] | None = None,
) -> list[direct.Row] | None:
    """INSERT a new escalation with the next ref of ``year`` (see :func:`next_ref`).

    In a PostgreSQL batch its id and ref come from a block and the row waits for the
    commit (:mod:`mailbot.store.numbered`); ``before`` is run on its own and its rows
    returned. Otherwise PostgreSQL allocates the ref and inserts the row in one statement,
    after ``before`` in the same round trip, and returns that one's rows; SQLite takes two
    statements, and returns None (``before`` was not run).
    """
    later = numbered.insert_later(session, esc, f"escalation-{year}", f"ESC-{year}-", before)
    if later is not None:
        return later.found
    if before is not None:  # a raw read: the batch's new ones (another year's) must be there
        pending.write_parents(session)
    found = attach.insert_numbered(
        session, esc, "ref", f"escalation-{year}", f"ESC-{year}-", before
    )
    if found is None:
        esc.ref = next_ref(session, year)
        attach.insert_object(session, esc)
    return found


# Built once: building ``select(...).where(...)`` and its cache key on every call cost
# more than running it (170 µs against 95 µs a lookup), and a reply looks one up.
_BY_REF = select(Escalation).where(Escalation.ref == bindparam("ref"))


def get_escalation(session: Session, ref: str) -> Escalation | None:
    """By ref; a batch's escalations come from what it locked ahead (:mod:`.ahead`)."""
    return ahead.locked(session, ref) or session.scalars(_BY_REF, {"ref": ref.upper()}).first()


def list_escalations(
    session: Session, statuses: Sequence[str] = (), limit: int = 200, csm: str | None = None
) -> list[Escalation]:
    stmt = select(Escalation).order_by(Escalation.id.desc()).limit(limit)
    if statuses:
        stmt = stmt.where(Escalation.status.in_(statuses))
    if csm:
        stmt = stmt.where(Escalation.csm == csm)
    return list(session.scalars(stmt))


def brief_hash(content: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def add_brief_version(session: Session, escalation: Escalation, **fields: object) -> BriefVersion:
    content = fields.pop("content")
    assert isinstance(content, dict)
    version = BriefVersion(
        escalation_id=escalation.id,
        version=escalation.draft_version,
        content=content,
        content_hash=brief_hash(content),
        **fields,
    )
    session.add(version)
    return version


def latest_brief(session: Session, escalation_id: int) -> BriefVersion | None:
    stmt = (
        select(BriefVersion)
        .where(BriefVersion.escalation_id == escalation_id)
        .order_by(BriefVersion.version.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def add_event(
    session: Session,
    escalation: Escalation,
    *,
    at: datetime,
    actor: str,
    kind: str,
    from_status: str = "",
    to_status: str = "",
    detail: str = "",
    message_id: str = "",
) -> None:
    assert escalation.id is not None, "flush the escalation before its first event"
    values: dict[str, object] = {
        "escalation_id": escalation.id, "at": at, "actor": actor, "kind": kind,
        "from_status": from_status, "to_status": to_status, "detail": detail[:4000],
        "message_id": message_id,
    }  # fmt: skip
    insert_row(session, Event, values)


def events_for(session: Session, escalation_id: int) -> list[Event]:
    stmt = select(Event).where(Event.escalation_id == escalation_id).order_by(Event.id)
    return list(session.scalars(stmt))


def forward_raw(session: Session, escalation_id: int) -> bytes | None:
    """The CSM's forward as it arrived: every drafting job of an escalation keeps it."""
    stmt = select(DraftJob.raw).where(DraftJob.escalation_id == escalation_id)
    return session.scalars(stmt.order_by(DraftJob.id.desc()).limit(1)).first()


def add_audit(session: Session, *, at: datetime, action: str, reason: str, **fields: str) -> None:
    insert_row(session, Audit, {"at": at, "action": action, "reason": reason[:4000], **fields})


# Plain SQL, the same on both backends, run by ``direct``: a ``select().limit()`` renders
# its limit as a parameter on SQLite, which that fast path leaves to SQLAlchemy.
_SEEN = text("SELECT id FROM messages WHERE message_id = :mid")


def message_seen(session: Session, message_id: str) -> bool:
    """Run on the DBAPI cursor (see ``direct``): it runs once per inbound message.

    The flush keeps autoflush semantics for callers with pending records (but for a
    batch's locked escalations, :func:`.ahead.flush_for_raw_reads`). Rows waiting for
    the commit count (:mod:`mailbot.store.pending`), and so do the answers of
    :func:`look_up_message_ids` earlier in the transaction.
    """
    ahead.flush_for_raw_reads(session)
    if pending.has_message_id(session, message_id):
        return True
    known = pending.recall(session, ("seen", message_id))
    if known is not None:
        return bool(known)
    return direct.execute(session.connection(), _SEEN, {"mid": message_id}) is not None


_SEEN_ANY = select(MessageRecord.message_id).where(any_of(MessageRecord.message_id, "ids"))


def look_up_message_ids(session: Session, message_ids: Sequence[str]) -> None:
    """Which of ``message_ids`` are stored, in one statement, for :func:`message_seen` to
    answer from for the rest of the transaction (a batch: one round trip, not one each).

    What another instance commits meanwhile is not seen, as it would not be between a
    message's own lookup and its commit: the unique index on the Message-ID fails that
    transaction, which is then retried and deduplicated.
    """
    wanted = [m for m in dict.fromkeys(message_ids) if m]
    if not wanted or not session.info.get(pending.ENABLED):
        return
    found = set(session.connection().execute(_SEEN_ANY, {"ids": wanted}).scalars())
    for message_id in wanted:
        pending.remember(session, ("seen", message_id), message_id in found)


def escalation_for_message_ids(session: Session, message_ids: Sequence[str]) -> Escalation | None:
    """The escalation a stored message (ours or theirs) belongs to, newest match first."""
    if not message_ids:
        return None
    stmt = (
        select(Escalation)
        .join(MessageRecord, MessageRecord.escalation_id == Escalation.id)
        .where(MessageRecord.message_id.in_(list(message_ids)))
        .order_by(MessageRecord.id.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def latest_message_id(session: Session, escalation_id: int, kind: str) -> str | None:
    """The Message-ID of the newest mail of ``kind`` we sent for an escalation."""
    stmt = (
        select(MessageRecord.message_id)
        .where(MessageRecord.escalation_id == escalation_id, MessageRecord.kind == kind)
        .order_by(MessageRecord.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def held_until(session: Session, escalation_ids: Sequence[int]) -> dict[int, datetime]:
    """When the daily cap lets each escalation's held mail go (the latest of its holds)."""
    if not escalation_ids:
        return {}
    stmt = (
        select(OutboxItem.escalation_id, func.max(OutboxItem.next_attempt_at))
        .where(
            OutboxItem.status == OutboxStatus.HELD,
            OutboxItem.escalation_id.in_(list(escalation_ids)),
        )
        .group_by(OutboxItem.escalation_id)
    )
    return {esc_id: until for esc_id, until in session.execute(stmt) if esc_id is not None}


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(Escalation.status, func.count()).group_by(Escalation.status))
    return dict(rows.tuples().all())
