"""When the write-behind's buffer (:mod:`mailbot.store.pending`) must be written early:
the session events that keep every read and write of the transaction seeing its rows.

* A statement run through ``Session.execute`` that may touch a buffered table writes the
  buffer first (only the new escalations and drafting jobs, when it touches only those,
  so the rest keeps what the batch knows of it); any other write writes the new
  escalations first, since it may refer to one.
* An ORM flush that adds or deletes objects of a buffered table writes it all; one that
  adds any object, or changes a buffered new escalation, writes the new escalations.
* The commit writes everything; a rollback drops it. A savepoint may not open while
  anything waits.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker
from sqlalchemy.sql import Select

from mailbot.store import cap_counts, pending
from mailbot.store.pending import APART, BUFFERED, PARENTS
from mailbot.store.touches import tables_of


def install(sessions: sessionmaker[Session]) -> None:
    """Buffer in the sessions ``sessions`` makes (their ``info`` says so), and keep them
    consistent: write before commit, drop on rollback, write before reads that need it."""
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_rollback", pending.forget)
    event.listen(sessions, "do_orm_execute", _before_execute)
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_transaction_create", _no_savepoint)


def _no_savepoint(session: Session, transaction: SessionTransaction) -> None:
    """Rows waiting when a savepoint opens would be written inside it (by its first
    statement on their tables) and lost with its rollback, or forgotten by that rollback's
    hook: refused. Write them first (:func:`mailbot.store.pending.write`); mailbot's own
    batches open none."""
    if transaction.nested and pending.buffered(session):
        raise RuntimeError("a savepoint inside a transaction whose rows wait for its commit")


def _before_execute(state: ORMExecuteState) -> None:
    # Also with nothing buffered: a statement on send_counts ends what is known of them.
    if pending.state(state.session) is None:
        return
    names = tables_of(state.statement)
    touched = BUFFERED if names is None else BUFFERED & names
    if touched and touched <= APART | PARENTS:
        pending.write_apart(state.session, touched)
    elif touched:
        pending.write(state.session)
    elif not isinstance(state.statement, Select):  # a write elsewhere may refer to one
        pending.write_apart(state.session, PARENTS)


def _before_flush(session: Session, *_: object) -> None:
    if pending.state(session) is None:
        return
    # A delete may be of a row a buffered one refers to; a new object of a buffered table
    # must get its id after the rows buffered before it.
    new = (getattr(type(obj), "__tablename__", "") in BUFFERED for obj in session.new)
    if session.deleted or any(new):
        pending.write(session)
    elif _parents_changed(session):
        pending.write_apart(session, PARENTS)


def _parents_changed(session: Session) -> bool:
    """A new row may refer to a buffered escalation, or a change be to one."""
    buffered = pending.state(session)
    if buffered is None or not buffered.parents:
        return False
    if session.new:
        return True
    dirty = (obj for obj in session.dirty if getattr(type(obj), "__tablename__", "") in PARENTS)
    return any(getattr(obj, "id", None) in buffered.parents for obj in dirty)


def _before_commit(session: Session) -> None:
    pending.write(session)
    cap_counts.check(session)
