"""A batch's new escalations on PostgreSQL: ids and refs taken in blocks, rows at commit.

A forward's escalation needs its id and ref at once (its event, its drafting job and the
log line name them), so its INSERT, the counter's upsert inside it, was a round trip of
its own: 376 of the 820 a 2,000-message backlog made (``bench/handle.py --statements``).
Here the batch's first forward reserves as many refs as the batch may open (one upsert
adding that many to the year's counter) and as many ids from the table's sequence, in
one statement; each forward then takes the next pair, and its row waits in the
transaction's buffer (:mod:`mailbot.store.pending`) with its event and drafting job.

What keeps the refs exactly what one upsert per forward gave:

* **Locked, then given back.** The upsert row-locks the counter until the transaction
  ends, as each forward's own upsert did, so nobody else takes a number meanwhile. At
  commit the numbers not taken are given back (the counter goes down by that many), so
  refs stay gapless and in order. A rollback undoes the reservation with the rest.
* **One source at a time.** While a block has numbers left, every new escalation of the
  transaction takes them; the one-statement path (:func:`mailbot.store.attach.insert_numbered`)
  adds one to the counter past the block only when no block has any left.
* **Not inside a savepoint.** No block is reserved inside one, and none may be opened
  while a block has numbers left (SQLAlchemy runs the commit and rollback hooks for a
  savepoint too, so its rollback would forget numbers the counter still counts).
* **Ids** come from the table's sequence; those a block does not use are a gap in ids,
  as any rolled-back INSERT leaves, and nothing reads meaning into an id.

SQLite has no round trip to save, and a lone message (a live forward) reserves nothing:
both keep the one-statement path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import Integer, Text, bindparam, event, text
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.sql import Executable

from mailbot.store import attach, direct, pending
from mailbot.store.tables import Escalation

_EXPECTED = "mailbot.numbered_expected"  # how many rows the batch may still open
_BLOCKS = "mailbot.numbered_blocks"  # {counter: _Block}
_LEAST = 4  # a further block, when the batch opens more than it expected

_RESERVE = text(
    "WITH n AS (INSERT INTO counters (name, value) VALUES (:counter, :size) "
    "ON CONFLICT (name) DO UPDATE SET value = counters.value + :size RETURNING value) "
    "SELECT n.value, nextval(pg_get_serial_sequence(:table, 'id')) "
    "FROM n, generate_series(1, :size)"
).bindparams(
    bindparam("counter", type_=Text),
    bindparam("size", type_=Integer),
    bindparam("table", type_=Text),
)
_GIVE_BACK = text("UPDATE counters SET value = value - :unused WHERE name = :counter")


@dataclass
class _Block:
    next_number: int
    top: int
    ids: list[int] = field(default_factory=list)

    @property
    def left(self) -> int:
        return self.top - self.next_number + 1


@dataclass(frozen=True)
class Taken:
    id: int
    number: int


def expect(session: Session, count: int) -> None:
    """The batch may open up to ``count`` new rows (its messages without a reply token)."""
    session.info[_EXPECTED] = count


def take(session: Session, counter: str, table: str) -> Taken | None:
    """The next id of ``table`` and number of ``counter`` from a block; None when the
    caller takes the one-statement path (see the module doc)."""
    blocks: dict[str, _Block] = session.info.setdefault(_BLOCKS, {})
    block = blocks.get(counter)
    if block is None or not block.left:
        size = int(session.info.get(_EXPECTED, 0))
        if block is not None:
            size = max(size, _LEAST)
        if size < 2 or not _may_reserve(session):
            return None
        block = blocks[counter] = _reserve(session, counter, table, size)
    taken = Taken(block.ids.pop(0), block.next_number)
    block.next_number += 1
    session.info[_EXPECTED] = max(0, int(session.info.get(_EXPECTED, 0)) - 1)
    return taken


class Later(NamedTuple):
    found: list[direct.Row] | None  # the rows of the statement run before, if any


def insert_later(
    session: Session,
    obj: Escalation,
    counter: str,
    prefix: str,
    before: tuple[Executable, Mapping[str, object]] | None = None,
) -> Later | None:
    """``obj`` numbered from a block, its row waiting for the commit, after ``before`` (a
    read) is run; None when there is no block to take from (see :func:`take`)."""
    taken = take(session, counter, "escalations")
    if taken is None:
        return None
    found = None
    if before is not None:
        pending.write_parents(session)  # a raw read: the batch's new ones must be there
        found = direct.execute_all(session.connection(), *before)
    obj.ref = f"{prefix}{taken.number:04d}"
    attach.insert_later(session, obj, taken.id)
    return Later(found)


def _may_reserve(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql" and not session.in_nested_transaction()


def _reserve(session: Session, counter: str, table: str, size: int) -> _Block:
    values = {"counter": counter, "size": size, "table": table}
    rows = direct.execute_all(session.connection(), _RESERVE, values)
    top = int(rows[0][0])
    return _Block(next_number=top - size + 1, top=top, ids=sorted(int(r[1]) for r in rows))


def _give_back(session: Session) -> None:
    blocks = session.info.get(_BLOCKS)
    if not blocks:
        return
    for counter, block in blocks.items():
        if block.left:
            values = {"unused": block.left, "counter": counter}
            direct.execute(session.connection(), _GIVE_BACK, values)
            block.top = block.next_number - 1


def _forget(session: Session) -> None:
    session.info.pop(_BLOCKS, None)
    session.info.pop(_EXPECTED, None)


def _no_savepoint(session: Session, transaction: SessionTransaction) -> None:
    """A savepoint's rollback would undo no reservation but forget the block (SQLAlchemy
    ends the session's hooks for a savepoint as for the transaction): refused while a
    block has numbers left. mailbot opens none in a batch."""
    blocks = session.info.get(_BLOCKS) or {}
    if transaction.nested and any(block.left for block in blocks.values()):
        raise RuntimeError("a savepoint inside a transaction holding unused escalation refs")


def install(sessions: sessionmaker[Session]) -> None:
    """Unused numbers go back before commit; what was reserved ends with the transaction."""
    event.listen(sessions, "before_commit", _give_back)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)
    event.listen(sessions, "after_transaction_create", _no_savepoint)
