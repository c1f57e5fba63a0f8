"""A backlog batch's escalations, loaded and locked once, ahead of its messages.

Most of a backlog is replies, and a reply's first reads are per escalation: the escalation
by its token's ref, the sender's reply track (the robot check) and the thread roots its
notices answer under. One message at a time that is three round trips each; a batch
names its escalations in its messages' header bytes, so they are read here in three
statements for the whole batch.

What keeps this exactly what the per-message reads were:

* **Locked, so not stale.** The escalations are read ``FOR UPDATE`` (PostgreSQL), so no
  other transaction (the scheduler, a draft job, another instance) can change them until
  the batch commits, and the batch may keep these objects between its messages instead of
  expiring them. SQLite has no row locks, and pysqlite begins a transaction only at its
  first write, so there the batch takes the database's write lock first (``BEGIN
  IMMEDIATE``): no other connection can commit until the batch does, which is what the
  row locks give on PostgreSQL, for the whole file. A batch writes its first reply's
  state soon after anyway (and its rows at commit); readers are not blocked (WAL).
* **Every other object is still written and expired per message** (:func:`keep_fresh`),
  as the batch did before: only the locked escalations are kept, and their UPDATEs wait
  for the next ORM query (autoflush) or the commit, where they go as one ``executemany``
  (:func:`_one_update`). Nothing reads or writes ``escalations`` bypassing the ORM (a new
  one's INSERT aside, :mod:`mailbot.store.attach`), so no read misses them and no
  in-memory value is stale.
* **Reply tracks and thread roots** go into the transaction's buffer
  (:mod:`mailbot.store.pending`), whose reads already answer from it; an absent track or
  root is known absent only for the escalations looked up here, and only while that
  buffer lives (any write of it mid-batch ends what it knows, and the reads go back to the
  database).
* **Hints only.** Which escalation a message acts on is still decided by its parse and
  its token's verification; a hint that names nothing useful costs one row read.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified, set_committed_value
from sqlalchemy.orm.base import NO_VALUE

from mailbot.store import pending, reply_tracks, thread_roots
from mailbot.store.listed import any_of
from mailbot.store.tables import Escalation

_LOCKED = "mailbot.ahead_locked"  # {ref: Escalation} locked by this transaction
_KEPT = "mailbot.ahead_kept"  # their id()s, asked for at every mail and message

_ESCALATIONS = select(Escalation).where(any_of(Escalation.ref, "refs")).with_for_update()


def look_ahead(session: Session, refs: Iterable[str]) -> None:
    """Lock and load the escalations ``refs`` name, their reply tracks and thread roots."""
    wanted = sorted({ref.upper() for ref in refs})
    if not wanted or pending.buffered(session):
        return  # nothing named, or not at a batch's start: the per-message reads do it
    if session.get_bind().dialect.name == "sqlite":  # no row locks: see the module doc
        _write_lock(session)
    locked = {esc.ref: esc for esc in session.scalars(_ESCALATIONS, {"refs": wanted})}
    session.info[_LOCKED] = locked
    session.info[_KEPT] = frozenset(id(esc) for esc in locked.values())
    ids = sorted(esc.id for esc in locked.values())
    if not ids:
        return
    reply_tracks.read_ahead(session, ids)
    thread_roots.read_ahead(session, ids)


def _write_lock(session: Session) -> None:
    """SQLite: take the write lock now, unless this transaction wrote (so holds it) already.

    pysqlite (legacy transaction control) has begun no transaction before a first write,
    so ``BEGIN IMMEDIATE`` here starts the one its commit ends, snapshot and lock at once.
    """
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def locked(session: Session, ref: str) -> Escalation | None:
    """The escalation ``ref`` if this transaction locked it ahead."""
    found = session.info.get(_LOCKED)
    return found.get(ref.upper()) if isinstance(found, dict) else None


def flush_for_raw_reads(session: Session) -> None:
    """Flush what a raw read (``messages``, ``reply_tracks``: never ``escalations``) may
    need to see: everything, unless the only changes waiting are the locked escalations'
    own. Those wait for the next ORM query's autoflush or the commit, where the unit of
    work sends them together (``executemany``), not one UPDATE round trip a message."""
    if session.new or session.deleted or _dirty_beyond(session, _kept(session)):
        session.flush()


def keep_fresh(session: Session) -> None:
    """After a message: write its changes and expire what the next one must read again,
    which is everything but the escalations this transaction holds locked (see the
    module doc); their own updates may wait (:func:`flush_for_raw_reads`)."""
    keep = _kept(session)
    if not keep:
        session.flush()
        session.expire_all()
        return
    flush_for_raw_reads(session)
    for obj in list(session.identity_map.values()):
        if id(obj) not in keep:
            session.expire(obj)


def _kept(session: Session) -> frozenset[int]:
    found = session.info.get(_KEPT)
    return found if isinstance(found, frozenset) else frozenset()


def _dirty_beyond(session: Session, keep: frozenset[int]) -> bool:
    return any(id(obj) not in keep for obj in session.dirty)


def _one_update(session: Session, _context: object, objects: object) -> None:
    """Give the locked escalations that changed one set of columns, so the flush writes
    them with one ``executemany`` UPDATE, not one statement (round trip) each.

    The unit of work batches only consecutive rows whose UPDATEs set the same columns, and
    a batch's replies change different ones (an ``ack`` the owner, an update the progress
    time). Each row gets the union of what changed in any of them: a column that did not
    change is written with its own value, which is safe only because the row is locked
    by this transaction (nobody else can have changed it since it was read). A flush of
    chosen objects (a new escalation's, for its id) leaves them alone.
    """
    found = session.info.get(_LOCKED)
    if objects is not None or not isinstance(found, dict) or len(found) < 2:
        return
    states = [inspect(esc) for esc in found.values()]
    changed = [state for state in states if state.committed_state and not state.expired_attributes]
    if len(changed) < 2:
        return
    names = set().union(*(state.committed_state for state in changed))
    for state in changed:
        esc, before = state.obj(), state.committed_state
        for name in names:
            if name not in before:
                flag_modified(esc, name)
            elif before[name] is not NO_VALUE and before[name] == state.dict.get(name):
                set_committed_value(esc, name, before[name])  # set to its own value:
                flag_modified(esc, name)  # written anyway, like the others


def install(sessions: sessionmaker[Session]) -> None:
    """The locks end with the transaction, and so does what was loaded under them."""
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)
    event.listen(sessions, "before_flush", _one_update)


def _forget(session: Session) -> None:
    session.info.pop(_LOCKED, None)
    session.info.pop(_KEPT, None)
