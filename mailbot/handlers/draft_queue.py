"""The queue of drafting jobs: a job per brief version, with the CSM's context so far.

The inbound pass stores a job in the same transaction as what caused it (a forward, a
CSM's context); the worker in :mod:`mailbot.handlers.draft_jobs` drafts it later.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import DraftJobStatus, DraftPurpose
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
) -> DraftJob:
    job = DraftJob(
        escalation_id=esc.id,
        version=version,
        source_message_id=source_id,
        raw=raw,
        csm_context=context,
        status=DraftJobStatus.PENDING,
        attempts=0,
        created_at=now,
    )
    session.add(job)
    return job


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
