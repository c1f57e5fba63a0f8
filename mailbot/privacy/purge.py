"""``mailbot purge``: drop the message bodies of escalations closed long ago.

What goes: the raw forward and the CSM's context notes kept for re-drafting (draft jobs),
the customer's text kept on the escalation for duplicate checks, the raw bytes of mail
already sent or given up (outbox) and the last reply text kept to spot robots (reply
tracks). What stays: the escalation row, its events, its brief versions
and the message log (sender, subject, size, hash) - everything the digest and the metrics
count - so history and numbers do not change. Mail still waiting to go is never touched.
Running it twice purges nothing the second time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import OUTBOX_WAITING, DraftJobStatus, Status
from mailbot.store import repo
from mailbot.store.tables import DraftJob, Escalation, OutboxItem, ReplyTrack

_WAITING = OUTBOX_WAITING  # the outbox sender still needs these bytes


@dataclass
class Purged:
    """What one escalation loses (or would lose, on a dry run)."""

    ref: str
    closed_at: datetime
    draft_jobs: int = 0
    outbox: int = 0
    reply_texts: int = 0
    customer_texts: int = 0
    bytes: int = 0

    @property
    def items(self) -> int:
        return self.draft_jobs + self.outbox + self.reply_texts + self.customer_texts


def purge_closed(
    session: Session, before: date, *, now: datetime, apply: bool, actor: str = "cli"
) -> list[Purged]:
    """Per escalation closed before ``before`` (UTC midnight), the bodies removed.

    With ``apply`` False nothing changes (the dry run); with True the bodies are emptied and
    one audit row records the cut-off and the totals.
    """
    cutoff = datetime.combine(before, time(0), tzinfo=UTC)
    closed = session.scalars(
        select(Escalation)
        .where(Escalation.status == Status.CLOSED, Escalation.closed_at < cutoff)
        .order_by(Escalation.closed_at, Escalation.id)
    ).all()
    report = []
    for esc in closed:
        assert esc.closed_at is not None  # the query asks for it
        found = Purged(esc.ref, esc.closed_at)
        _jobs(session, esc.id, found, apply)
        _outbox(session, esc.id, found, apply)
        _tracks(session, esc.id, found, apply)
        _customer_text(esc, found, apply)
        if found.items:
            report.append(found)
    if apply:
        total = sum(p.items for p in report)
        size = sum(p.bytes for p in report)
        repo.add_audit(
            session,
            at=now,
            action="purge",
            sender=actor,
            reason=f"closed before {before.isoformat()}: {len(report)} escalation(s), "
            f"{total} stored bod(ies) and text(s), {size} bytes removed",
        )
    return report


def _jobs(session: Session, esc_id: int, found: Purged, apply: bool) -> None:
    for job in session.scalars(select(DraftJob).where(DraftJob.escalation_id == esc_id)):
        if job.status == DraftJobStatus.PENDING or not (job.raw or job.csm_context):
            continue
        found.draft_jobs += 1
        found.bytes += len(job.raw) + sum(len(c.encode()) for c in job.csm_context)
        if apply:
            job.raw, job.csm_context = b"", []


def _outbox(session: Session, esc_id: int, found: Purged, apply: bool) -> None:
    for item in session.scalars(select(OutboxItem).where(OutboxItem.escalation_id == esc_id)):
        if item.status in _WAITING or not (item.raw or item.recipe):
            continue
        found.outbox += 1  # a mail given up before it was composed keeps its recipe
        found.bytes += len(item.raw) + (len(json.dumps(item.recipe)) if item.recipe else 0)
        if apply:
            item.raw, item.recipe = b"", None


def _tracks(session: Session, esc_id: int, found: Purged, apply: bool) -> None:
    for track in session.scalars(select(ReplyTrack).where(ReplyTrack.escalation_id == esc_id)):
        if not (track.last_text or track.robot_text):
            continue
        found.reply_texts += 1
        found.bytes += len(track.last_text.encode()) + len(track.robot_text.encode())
        if apply:
            track.last_text, track.robot_text = "", ""


def _customer_text(esc: Escalation, found: Purged, apply: bool) -> None:
    """The text kept for duplicate checks: a closed escalation is never a candidate."""
    if not esc.customer_text:
        return
    found.customer_texts += 1
    found.bytes += len(esc.customer_text.encode())
    if apply:
        esc.customer_text = ""
