"""The queue of drafting jobs: a job per brief version, with the CSM's context so far.

The inbound pass stores a job in the same transaction as what caused it (a forward, a
CSM's context); the worker in :mod:`mailbot.handlers.draft_jobs` drafts it later.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import DraftJobStatus, DraftPurpose
from mailbot.store import repo
from mailbot.store.tables import DraftJob, Escalation

BRIEF = DraftPurpose.BRIEF


def queue_draft(
    session: Session,
    esc: Escalation,
    raw: bytes,
    source_id: str,
    *,
    now: datetime,
    context: list[str],
    version: int,
) -> None:
    """Queue the brief's drafting job in the caller's transaction.

    A Core row, not an ORM object: nothing in the transaction reads it back as an object,
    so it waits for the commit with the batch's other rows (one ``executemany``), where
    an ORM object cost a flush of its own per forward (``store.pending`` writes it first
    when a later statement of the transaction reads ``draft_jobs``).
    """
    assert esc.id is not None, "flush the escalation before its drafting job"
    repo.insert_row(
        session,
        DraftJob,
        {
            "escalation_id": esc.id, "version": version, "source_message_id": source_id,
            "raw": raw, "csm_context": context, "status": DraftJobStatus.PENDING.value,
            "attempts": 0, "claimed_until": None, "claimed_by": "", "last_error": "",
            "purpose": BRIEF.value, "created_at": now,
        },
    )  # fmt: skip


def requeue_with_context(session: Session, esc: Escalation, text: str, now: datetime) -> None:
    """A CSM's free text on a draft: re-draft with every context line so far."""
    previous = session.scalars(
        select(DraftJob)
        .where(DraftJob.escalation_id == esc.id, DraftJob.purpose == BRIEF)
        .order_by(DraftJob.id.desc())
    ).first()
    if previous is None:
        raise LookupError(f"{esc.ref} has no source forward")
    context = [*previous.csm_context, text]
    queue_draft(
        session,
        esc,
        previous.raw,
        previous.source_message_id,
        now=now,
        context=context,
        version=esc.draft_version,
    )


def context_added(session: Session, esc: Escalation, text: str) -> bool:
    """Whether ``text`` (spacing and case aside) is already context of the latest draft.

    The same context again cannot change the brief; re-drafting for it only sends the CSM
    another identical approval request (a loop when a robot repeats itself).
    """
    previous = session.scalars(
        select(DraftJob.csm_context)
        .where(DraftJob.escalation_id == esc.id, DraftJob.purpose == BRIEF)
        .order_by(DraftJob.id.desc())
        .limit(1)
    ).first()
    key = " ".join(text.split()).casefold()
    return any(" ".join(c.split()).casefold() == key for c in previous or [])


def has_pending_draft(session: Session, esc: Escalation) -> bool:
    stmt = select(DraftJob.id).where(
        DraftJob.escalation_id == esc.id,
        DraftJob.status == DraftJobStatus.PENDING,
        DraftJob.purpose == BRIEF,
    )
    return session.scalar(stmt.limit(1)) is not None
