"""Thread roots: the first mail of a kind (the brief, the approval request…) for an
escalation, which every later notice of that kind answers under (In-Reply-To/References).

Most inbound messages cause a notice, so the root is asked for all the time; it never
changes once stored (message rows are never deleted). So a process looks each one up
once, and caches it per database once the transaction that saw it commits. Within a
transaction the write-behind buffer (:mod:`mailbot.store.pending`) keeps what was looked
up, what a batch read ahead (:mod:`mailbot.store.ahead`), and the first buffered mail of
each kind, which is newer than any stored one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.store import pending
from mailbot.store.listed import any_of
from mailbot.store.tables import MessageRecord

_CACHE = "mailbot.thread_roots"  # the database's RootCache
_FOUND = "mailbot.thread_roots_found"  # looked up in this transaction, cached at commit


class RootCache:
    """Thread roots seen committed, per database. Bounded; shared by threads."""

    def __init__(self, size: int = 20_000) -> None:
        self.size, self.found, self.lock = size, dict[tuple[int, str], str](), threading.Lock()

    def get(self, key: tuple[int, str]) -> str | None:
        return self.found.get(key)

    def add(self, found: Mapping[tuple[int, str], str]) -> None:
        with self.lock:
            for key, root in found.items():
                if len(self.found) >= self.size:
                    del self.found[next(iter(self.found))]
                self.found[key] = root


def session_info() -> dict[str, object]:
    """Copied into each session's ``info``: the cache object is the database's, shared."""
    return {_CACHE: RootCache()}


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_commit", _committed)
    event.listen(sessions, "after_rollback", _forget)


def thread_root(
    session: Session, escalation_id: int, kind: str, lookup: Callable[[], str | None]
) -> str | None:
    """The first message of ``kind`` for the escalation: the stored one (``lookup`` runs
    once per pair, per process once it is committed), else the first buffered one (always
    newer than any stored)."""
    key = (escalation_id, kind)
    cache = session.info.get(_CACHE)
    if isinstance(cache, RootCache) and (known := cache.get(key)) is not None:
        return known
    buffered = pending.buffer(session)
    if buffered is None:
        pending.write(session)
        return lookup()
    if key not in buffered.stored_roots:
        ahead = escalation_id in buffered.roots_ahead  # read ahead: absent means none
        buffered.stored_roots[key] = stored = None if ahead else lookup()
        if stored is not None:
            _found(session, {key: stored})
    return buffered.stored_roots[key] or buffered.roots.get(key)


_FIRSTS = (
    select(func.min(MessageRecord.id))
    .where(any_of(MessageRecord.escalation_id, "ids"))
    .group_by(MessageRecord.escalation_id, MessageRecord.kind)
)
_AHEAD = select(MessageRecord.escalation_id, MessageRecord.kind, MessageRecord.message_id).where(
    MessageRecord.id.in_(_FIRSTS.scalar_subquery())
)


def read_ahead(session: Session, escalation_ids: list[int]) -> None:
    """Every stored root of ``escalation_ids`` in one statement (a batch's,
    :mod:`.ahead`): a pair absent here has none, for as long as the transaction's buffer
    lives."""
    buffered = pending.buffer(session)
    if buffered is None:
        return
    found = session.connection().execute(_AHEAD, {"ids": escalation_ids})
    roots = {(row[0], row[1]): row[2] for row in found}
    buffered.stored_roots.update(roots)
    buffered.roots_ahead.update(escalation_ids)
    _found(session, roots)


def _found(session: Session, roots: Mapping[tuple[int, str], str]) -> None:
    if roots and isinstance(session.info.get(_CACHE), RootCache):  # cached once committed
        session.info.setdefault(_FOUND, {}).update(roots)


def _committed(session: Session) -> None:
    found, cache = session.info.pop(_FOUND, None), session.info.get(_CACHE)
    if found and isinstance(cache, RootCache):
        cache.add(found)


def _forget(session: Session) -> None:
    session.info.pop(_FOUND, None)
