"""A forward that certainly duplicates its CSM's open escalation is merged at opening.

Certain: the forward cites a customer message (its Message-ID) that an open escalation of
the same CSM was forwarded with. The check runs for every forward, so it is narrow: SQL
reads only the escalations whose stored list of forwarded ids contains one of the
forward's, and on PostgreSQL it goes in the round trip of the forward's own INSERT.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Text, bindparam, cast, or_, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from mailbot.domain import OPEN_STATUSES
from mailbot.handlers import dedupe, merge
from mailbot.outbox.mailer import Mailer
from mailbot.store import cited
from mailbot.store.tables import Escalation

# PostgreSQL: the check below as one statement of fixed shape, run in the round trip of
# the new escalation's INSERT (before it, so it never finds that row): one round trip a
# forward fewer. The forward's ids are looked up as elements of the stored list (``?|``),
# through its GIN index (migration 0010): as ``LIKE`` on the list's text this read every
# open escalation of the CSM, per forward.
_CITING = text(
    "SELECT id, forwarded_ids FROM escalations WHERE csm = :csm AND merged_into = '' "
    f"AND status IN ({', '.join(repr(s.value) for s in OPEN_STATUSES)}) "
    "AND CAST(forwarded_ids AS JSONB) ?| :ids "
    f"ORDER BY id DESC LIMIT {dedupe.MAX_CANDIDATES}"
).bindparams(bindparam("csm", type_=Text), bindparam("ids", type_=ARRAY(Text)))


def cites_none(session: Session, esc: Escalation) -> bool:
    """Whether the batch's read ahead (:mod:`mailbot.store.cited`) already shows that no
    escalation lists any of the forward's ids: then there is nothing to read or merge."""
    return bool(esc.forwarded_ids) and cited.ruled_out(session, esc.forwarded_ids)


def note_opened(session: Session, esc: Escalation) -> None:
    """A later forward of the batch citing this one's ids must read, and find it."""
    cited.note(session, esc.forwarded_ids or ())


def citing_before_insert(
    session: Session, esc: Escalation
) -> tuple[Executable, dict[str, Any]] | None:
    """The statement (and values) :func:`merge_if_certain` reads, to run with the INSERT of
    ``esc`` on PostgreSQL; None elsewhere, or when the forward cites no customer mail.

    The session is flushed first, as the ORM query's autoflush would: an escalation this
    batch closed or merged must not be merged into.
    """
    if not esc.forwarded_ids or session.get_bind().dialect.name != "postgresql":
        return None
    session.flush()
    return _CITING, {"csm": esc.csm, "ids": sorted(set(esc.forwarded_ids))}


def merge_if_certain(
    mailer: Mailer, esc: Escalation, found: Sequence[Sequence[Any]] | None = None
) -> Escalation | None:
    """A certain duplicate of the same CSM's open escalation is merged without asking.

    Only that CSM's open escalations whose stored list of forwarded Message-IDs contains
    one of this forward's (as JSON text: a narrowing the set test below confirms) are read,
    the newest 200 of those, and only their ids and forwarded Message-IDs: the one merged
    into is then loaded whole. Reading all of the CSM's open escalations and decoding each
    list was a tenth of storing a backlog on PostgreSQL (bench/handle.py, py-spy), and
    nearly every forward shares nothing. ``found``: those rows, read already
    (:func:`citing_before_insert`)."""
    if not esc.forwarded_ids:
        return None
    mine = set(esc.forwarded_ids)
    if found is None:
        listed = cast(Escalation.forwarded_ids, Text)
        cites = or_(*(listed.contains(json.dumps(i), autoescape=True) for i in sorted(mine)))
        stmt = select(Escalation.id, Escalation.forwarded_ids)
        found = mailer.session.execute(
            dedupe.others(stmt.where(Escalation.csm == esc.csm, cites), esc)
        ).all()
    for other_id, forwarded in found:
        shared = set(forwarded or ()) & mine
        if shared:
            other = mailer.session.get(Escalation, other_id)
            assert other is not None
            reason = f"the same forwarded customer message ({len(shared)}), from the same CSM"
            merge.merge_automatically(mailer, esc, other, reason)
            return other
    return None
