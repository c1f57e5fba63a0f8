"""Write-behind for a transaction's append-only rows and daily-cap counts.

A backlog batch writes, per message, its own record, the record and outbox row of each
mail it causes, an event and a daily-cap count: six or more statements, each a round
trip on PostgreSQL. Nothing in the transaction reads most of them back, so they wait
here and go in at commit, one ``executemany`` per table and set of columns (psycopg
sends those in pipeline mode: one round trip for the lot; sqlite3 loops in C), or on
PostgreSQL, from :data:`_COPY_FROM` rows, one ``COPY`` (the server's cheapest way in).

What keeps this exactly what the immediate inserts were:

* **Same transaction.** The rows are written by the session's ``before_commit``, inside
  the transaction they belong to; a rollback drops them (``after_rollback``). A unique
  index that fails (another instance recorded the same Message-ID) fails the commit, so
  the whole transaction rolls back as it did when the insert failed earlier.
* **Reads see them.** The two hot reads of ``messages`` consult the buffer first (a
  Message-ID seen; the thread root, whose database row, if any, is older than any row
  here). Every other statement the session runs through ``Session.execute`` that touches
  a buffered table (found from the statement's tables) writes the buffer first, as the
  ORM's autoflush does for objects; so does an ORM flush that adds or deletes objects of
  those tables (:mod:`mailbot.store.pending_events`).
* **New escalations** (a PostgreSQL batch's: :mod:`mailbot.store.numbered`) go in first,
  since the other rows refer to them, and on their own before any statement or flush that
  may read or change one, or add a row that may refer to one.
* **Savepoints.** Inside one, nothing is buffered (a savepoint's rollback must take its
  rows with it), and none may open while rows wait; the session's own hot path opens none.
* **Daily-cap counts.** The first count of a (recipient, day) in the transaction is the
  usual ``INSERT … ON CONFLICT DO UPDATE … WHERE count < cap RETURNING count``; from then
  on the transaction holds that row's lock (PostgreSQL) or the database's write lock
  (SQLite) until it ends, so nobody else can change the count meanwhile and later counts
  of the same pair are decided here and written as one ``UPDATE`` at commit. The inbound
  batches read none and add them at commit instead (:mod:`mailbot.store.cap_counts`).

Only sessions of :class:`~mailbot.store.db.Database` (``info[ENABLED]``) buffer; any other
session writes at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Date, bindparam, insert, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable, Insert, TableClause
from sqlalchemy.sql.elements import TextClause

from mailbot.store import cap_counts, direct
from mailbot.store.cap_counts import Count

ENABLED = "mailbot.write_behind"
_KEY = "mailbot.pending"

# Same text on SQLite (3.35+) and PostgreSQL; RETURNING the count lets later counts of
# the pair in this transaction be decided without a statement (see the module doc).
COUNT_SEND = text(
    "INSERT INTO send_counts (recipient, day, count) VALUES (:recipient, :day, 1) "
    "ON CONFLICT (recipient, day) DO UPDATE SET count = send_counts.count + 1 "
    "WHERE send_counts.count < :cap RETURNING count"
).bindparams(bindparam("day", type_=Date))
_ADD_SENDS = text(
    "UPDATE send_counts SET count = count + :delta WHERE recipient = :recipient AND day = :day"
).bindparams(bindparam("day", type_=Date))
BUFFERED = frozenset(
    {"escalations", "messages", "events", "outbox", "send_counts", "reply_tracks", "draft_jobs"}
)
# A batch's new escalations (:mod:`mailbot.store.numbered`), which other rows refer to:
# written first, and on their own before anything may read, change or refer to them.
PARENTS = frozenset({"escalations"})
# Buffered tables that no other buffered row refers to and no read answers from the
# buffer for: a statement touching only these (a merge cancelling a new escalation's
# drafting job) writes only their rows, and the rest keeps what the batch knows of it.
APART = frozenset({"draft_jobs"})
# From this many rows of one shape, PostgreSQL takes them by COPY: two round trips (start,
# end) instead of pipelined INSERTs' one, but about a fifth less of the server's CPU for a
# backlog batch (bench/handle.py, BENCHMARKS.md session 22). A live message's few rows
# stay INSERTs.
_COPY_FROM = 8


@dataclass
class Pending:
    """One transaction's buffered rows, in the order they were added."""

    rows: dict[Executable, list[Mapping[str, object]]] = field(default_factory=dict)
    memo: dict[object, object] = field(default_factory=dict)  # what reads may answer from
    message_ids: set[str] = field(default_factory=set)  # of the buffered ``messages`` rows
    parents: set[object] = field(default_factory=set)  # ids of the buffered escalations
    roots: dict[tuple[int, str], str] = field(default_factory=dict)  # first by (esc, kind)
    stored_roots: dict[tuple[int, str], str | None] = field(default_factory=dict)  # looked up
    roots_ahead: set[int] = field(default_factory=set)  # escalations whose roots are all known
    counts: dict[tuple[str, date], Count] = field(default_factory=dict)

    def __bool__(self) -> bool:  # something to write
        return bool(self.rows) or any(c.delta for c in self.counts.values())


def buffer(session: Session) -> Pending | None:
    """The session's buffer, or None when it writes at once (not ours, or a savepoint)."""
    if not session.info.get(ENABLED) or session.in_nested_transaction():
        return None
    found = session.info.get(_KEY)
    if found is None:
        found = session.info[_KEY] = Pending()
    assert isinstance(found, Pending)
    return found


def session_info() -> dict[str, object]:
    """The ``info`` of a :class:`~mailbot.store.db.Database`'s sessions: they buffer."""
    return {ENABLED: True}


def add(session: Session, table: TableClause, values: Mapping[str, object]) -> bool:
    """Buffer an INSERT of ``values`` into ``table``; False when the session writes at once."""
    pending = buffer(session)
    if pending is None:
        write(session)  # none wait here (no savepoint opens while any do): a safeguard
        return False
    pending.rows.setdefault(plain_insert(table), []).append(values)
    if getattr(table, "name", None) in PARENTS:
        pending.parents.add(values.get("id"))
    if getattr(table, "name", None) == "messages":
        message_id = values.get("message_id")
        if isinstance(message_id, str):
            pending.message_ids.add(message_id)
        key = (values.get("escalation_id"), values.get("kind"))
        if isinstance(key[0], int) and isinstance(key[1], str) and isinstance(message_id, str):
            pending.roots.setdefault((key[0], key[1]), message_id)
    return True


def defer(
    session: Session, stmt: TextClause, values: Mapping[str, object], memo: tuple[object, object]
) -> bool:
    """Buffer ``stmt`` (an upsert of a buffered table) with ``values``, and remember
    ``memo`` (key, value) for :func:`recall`; False when the session writes at once."""
    pending = buffer(session)
    if pending is None:
        write(session)
        return False
    pending.rows.setdefault(stmt, []).append(values)
    pending.memo[memo[0]] = memo[1]
    return True


def recall(session: Session, key: object) -> object | None:
    """What :func:`defer` or :func:`remember` noted under ``key`` in this transaction."""
    pending = session.info.get(_KEY)
    return pending.memo.get(key) if isinstance(pending, Pending) else None


def remember_all(session: Session, values: Mapping[Any, object], present: list[Any]) -> None:
    """:func:`remember` each of ``values``, and True under each key of ``present``."""
    found = buffer(session)
    if found is not None:
        found.memo.update(values)
        found.memo.update(dict.fromkeys(present, True))


def remember(session: Session, key: object, value: object) -> None:
    pending = buffer(session)
    if pending is not None:
        pending.memo[key] = value


def buffered(session: Session) -> bool:
    """Whether anything waits for the commit."""
    pending = session.info.get(_KEY)
    return isinstance(pending, Pending) and bool(pending)


def has_message_id(session: Session, message_id: str) -> bool:
    pending = session.info.get(_KEY)
    return isinstance(pending, Pending) and message_id in pending.message_ids


def count_send(session: Session, recipient: str, day: date, cap: int) -> bool:
    """Count one mail to ``recipient`` in ``day`` if under ``cap``: whether it was counted.

    ``INSERT … ON CONFLICT DO UPDATE … WHERE count < cap RETURNING`` returns no row for a
    capped recipient; two instances counting at once are serialised by the row on both
    backends, with no read-then-write window. A session that writes at once runs it for
    every count; one that buffers, for the pair's first (see the module doc)."""
    params = {"recipient": recipient, "day": day, "cap": cap}
    pending = buffer(session)
    if pending is None:
        write(session)
        return direct.execute(session.connection(), COUNT_SEND, params) is not None
    known = pending.counts.get((recipient, day))
    if known is None and cap_counts.counts_at_commit(session):
        known = pending.counts[(recipient, day)] = Count(None, cap=cap)
    if known is not None:
        return known.take(cap)
    row = direct.execute(session.connection(), COUNT_SEND, params)
    # The row is ours until the transaction ends (see the module doc). No row: the count
    # is at the cap (or over it, if the cap was lowered), and stays there for us.
    pending.counts[(recipient, day)] = Count(int(row[0]) if row else cap)
    return row is not None


def write(session: Session) -> None:
    """Write everything buffered, in order, and forget what was known of the counts."""
    pending = session.info.pop(_KEY, None)
    if not isinstance(pending, Pending) or not pending:
        return
    connection = session.connection()
    for stmt, rows in sorted(pending.rows.items(), key=_children_last):
        _write_rows(connection, stmt, rows)
    deltas = [
        {"recipient": r, "day": d, "delta": c.delta}
        for (r, d), c in pending.counts.items()
        if c.delta and c.count is not None
    ]
    if deltas:
        direct.execute_many(connection, _ADD_SENDS, deltas)
    cap_counts.add_unread(session, connection, pending.counts)  # last: locked the shortest


def write_parents(session: Session) -> None:
    """Write the buffered new escalations (before a raw read of ``escalations``)."""
    write_apart(session, PARENTS)


def _children_last(item: tuple[Executable, object]) -> bool:
    return _name(item[0]) not in PARENTS


def _name(stmt: Executable) -> str:
    return str(getattr(getattr(stmt, "table", None), "name", ""))


def write_apart(session: Session, names: frozenset[str]) -> None:
    """Write only the rows of ``names`` (tables of :data:`APART`), and the new
    escalations they may refer to, first; the rest stays buffered, with all that is known
    of it."""
    pending = session.info.get(_KEY)
    if not isinstance(pending, Pending):
        return
    names |= PARENTS if pending.parents else frozenset()
    chosen = [(s, rows) for s, rows in pending.rows.items() if _name(s) in names]
    for stmt, rows in sorted(chosen, key=_children_last):
        del pending.rows[stmt]
        _write_rows(session.connection(), stmt, rows)
    if names >= PARENTS:
        pending.parents.clear()


def _write_rows(connection: Connection, stmt: Executable, rows: list[Mapping[str, object]]) -> None:
    start = 0
    for end in range(1, len(rows) + 1):  # runs of one set of columns, in order
        if end == len(rows) or rows[end].keys() != rows[start].keys():
            run = rows[start:end]
            if len(run) < _COPY_FROM or not direct.copy_rows(connection, stmt, run):
                direct.execute_many(connection, stmt, run)
            start = end


_inserts: dict[TableClause, Insert] = {}


def plain_insert(table: TableClause) -> Insert:
    """No RETURNING (no id is needed): one ``executemany`` per table and set of columns."""
    stmt = _inserts.get(table)
    if stmt is None:
        stmt = _inserts[table] = insert(table).inline()
    return stmt


def state(session: Session) -> Pending | None:
    """The session's buffer as it is (None: nothing buffered yet, or not ours)."""
    found = session.info.get(_KEY)
    return found if isinstance(found, Pending) else None


def forget(session: Session) -> None:
    session.info.pop(_KEY, None)
    session.info.pop(cap_counts.CONTENDED, None)
