"""Daily-cap counts written at commit, each one verified to fit, in one statement.

A buffered transaction counts a (recipient, day) pair's first mail with an upsert that
returns the count (:func:`mailbot.store.pending.count_send`): one round trip per pair,
about a quarter of a backlog batch's statements on PostgreSQL, and from then on the
pair's row stays locked until the commit. A transaction that opts in with
:func:`count_at_commit` (the inbound batches) instead reads nothing: it counts each
mail here and adds the counts at commit in one upsert over all its pairs,

    INSERT … VALUES (r1, d1, n1), (r2, d2, n2) … ON CONFLICT DO UPDATE
    SET count = count + n WHERE count + n <= cap RETURNING …

so the rows are locked only from that statement to the commit, in one sorted order.

Why the decisions stay exact: a mail is counted here while its pair's own count in the
transaction is under the cap; the commit then checks, under the row's lock, that the
stored count plus ours still fits. Counts only ever grow between transactions (a
transaction that gives a slot back took it itself), so a fit at commit means counting
each mail then, one after the other, would have decided every one of them the same way,
and a mail held because the transaction's own count reached the cap was held rightly
(its count fits only if nobody else had any). When a pair does not fit, nothing is
written: :class:`CapContended` rolls the transaction back, and the caller redoes it with
the exact per-pair upsert (the transaction then decides as it always did).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import Connection, Date, bindparam, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from mailbot.store import direct

AT_COMMIT = "mailbot.cap_at_commit"
CONTENDED = "mailbot.cap_contended"
# Pairs per statement: a batch mails a handful of people; larger sets take several
# statements (still in sorted order), and the statement shapes stay few.
_CHUNK = 16


class CapContended(Exception):
    """A count added at commit no longer fits under the cap: another transaction counted
    the same recipient meanwhile. Redo the transaction counting each pair at once."""


@dataclass
class Count:
    """A (recipient, day) pair's count in one transaction."""

    count: int | None  # the row's count, ours included; None: not read, added at commit
    delta: int = 0  # counted here, not yet written
    cap: int = 0  # the cap it was counted under (for a count added at commit)

    def take(self, cap: int) -> bool:
        """Count one more mail if the pair is under ``cap``: a read row's count decides;
        unread, the transaction's own count does (the commit checks the row: module doc)."""
        if self.count is None:
            if self.delta >= min(cap, self.cap):
                return False  # over the cap whatever the row holds
        elif self.count >= cap:
            return False
        else:
            self.count += 1
        self.delta += 1
        return True


def count_at_commit(session: Session) -> None:
    """Let ``session``'s transaction count daily-cap mail without reading (module doc);
    its caller must redo it exactly when the commit raises :class:`CapContended`."""
    session.info[AT_COMMIT] = True


def counts_at_commit(session: Session) -> bool:
    return bool(session.info.get(AT_COMMIT)) and not session.in_nested_transaction()


def check(session: Session) -> None:
    """Raise again at commit if a handler swallowed a :class:`CapContended`."""
    if session.info.get(CONTENDED):
        raise CapContended("a daily-cap count no longer fits (see the log)")


def add_unread(
    session: Session, connection: Connection, counts: dict[tuple[str, date], Count]
) -> None:
    """Add the counts of pairs not read in this transaction, each only if it fits under its
    cap, in (recipient, day) order (two transactions lock their rows in the same order)."""
    unread = sorted((k, c) for k, c in counts.items() if c.count is None and c.delta)
    for cap in sorted({c.cap for _, c in unread}):
        pairs = [(k, c.delta) for k, c in unread if c.cap == cap]
        for start in range(0, len(pairs), _CHUNK):
            chunk = pairs[start : start + _CHUNK]
            if _added(connection, chunk, cap) < len(chunk):
                session.info[CONTENDED] = True
                raise CapContended(f"daily cap {cap}: a count no longer fits")


def _added(connection: Connection, pairs: Sequence[tuple[tuple[str, date], int]], cap: int) -> int:
    values: dict[str, object] = {"cap": cap}
    for i, ((recipient, day), delta) in enumerate(pairs):
        values.update({f"recipient_{i}": recipient, f"day_{i}": day, f"count_{i}": delta})
    return len(direct.execute_all(connection, _statement(len(pairs)), values))


@lru_cache(maxsize=_CHUNK)
def _statement(n: int) -> TextClause:
    """The upsert of ``n`` pairs: a row for each pair added (one that did not fit is left
    as it was and returns none)."""
    rows = ", ".join(f"(:recipient_{i}, :day_{i}, :count_{i})" for i in range(n))
    upsert = (
        f"INSERT INTO send_counts (recipient, day, count) VALUES {rows} "
        "ON CONFLICT (recipient, day) DO UPDATE SET count = send_counts.count + excluded.count "
        "WHERE send_counts.count + excluded.count <= :cap RETURNING 1"
    )
    days = [bindparam(f"day_{i}", type_=Date) for i in range(n)]
    return text(upsert).bindparams(*days)
