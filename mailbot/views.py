"""JSON views of escalations for `mailbot list/show --json` (documented in the README).

Kept apart from the CLI so the status-by-mail reply and the digest can reuse them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mailbot.domain import Status
from mailbot.outbox.thread_files import attachment_plan
from mailbot.store import repo
from mailbot.store.tables import Escalation


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def summary(esc: Escalation, now: datetime, held_until: datetime | None = None) -> dict[str, Any]:
    """``held_until``: when mail about it that the daily cap holds will go (None: none held)."""
    return {
        "id": esc.ref,
        "status": esc.status,
        "category": esc.category,
        "severity": esc.severity,
        "sentiment": esc.sentiment,
        "account": esc.account_name,
        "subject": esc.subject,
        "csm": esc.csm,
        "owner": esc.owner_name or esc.owner,
        "teams": list(esc.teams),
        "days_open": max(0, (now - esc.created_at).days),
        "created_at": _iso(esc.created_at),
        "updated_at": _iso(esc.updated_at),
        "next_update_due": _iso(esc.next_update_due),
        "mail_held_until": _iso(held_until),
    }


def summaries(
    session: Session, escalations: list[Escalation], now: datetime
) -> list[dict[str, Any]]:
    held = repo.held_until(session, [e.id for e in escalations])
    return [summary(e, now, held.get(e.id)) for e in escalations]


def detail(
    session: Session, esc: Escalation, now: datetime, cap_bytes: int | None = None
) -> dict[str, Any]:
    """Everything `show` prints; with ``cap_bytes`` also the thread's files and their fate."""
    data = summary(esc, now, repo.held_until(session, [esc.id]).get(esc.id))
    brief = repo.latest_brief(session, esc.id)
    data["draft_version"] = esc.draft_version
    data["route_level"] = esc.route_level
    data["customer_communication"] = esc.customer_communication
    data["arr"] = esc.arr
    data["currency"] = esc.currency
    data["timestamps"] = {
        "routed_at": _iso(esc.routed_at),
        "acknowledged_at": _iso(esc.acknowledged_at),
        "resolved_at": _iso(esc.resolved_at),
        "closed_at": _iso(esc.closed_at),
        "last_progress_at": _iso(esc.last_progress_at),
        "snoozed_until": _iso(esc.snoozed_until),
    }
    data["links"] = links(session, esc)
    if cap_bytes is not None:
        data["attachments"] = attachments(session, esc, cap_bytes)
    data["brief"] = brief.content if brief else None
    data["drafting"] = (
        {
            "version": brief.version,
            "drafter": brief.drafter,
            "note": brief.drafter_note,
            "prompt_version": brief.prompt_version,
            "input_tokens": brief.input_tokens,
            "output_tokens": brief.output_tokens,
            "latency_ms": brief.latency_ms,
            "cost_usd": brief.cost_usd,
            "content_hash": brief.content_hash,
            "flags": list(brief.flags),
        }
        if brief
        else None
    )
    data["events"] = [
        {
            "at": _iso(ev.at),
            "actor": ev.actor,
            "kind": ev.kind,
            "from": ev.from_status,
            "to": ev.to_status,
            "detail": ev.detail,
            "message_id": ev.message_id,
        }
        for ev in repo.events_for(session, esc.id)
    ]
    return data


def links(session: Session, esc: Escalation) -> dict[str, Any]:
    """Duplicates (issue 19): what this one was merged into or flagged against, and back."""
    others = session.scalars(
        select(Escalation)
        .where(or_(Escalation.merged_into == esc.ref, Escalation.duplicate_of == esc.ref))
        .order_by(Escalation.id)
    )
    merged_from: list[str] = []
    flagged: list[str] = []
    for other in others:
        (merged_from if other.merged_into == esc.ref else flagged).append(other.ref)
    return {
        "merged_into": esc.merged_into or None,
        "possible_duplicate_of": esc.duplicate_of or None,
        "duplicate_reason": esc.duplicate_reason or None,
        "merged_from": merged_from,
        "possible_duplicates": flagged,
    }


def attachments(session: Session, esc: Escalation, cap_bytes: int) -> list[dict[str, Any]]:
    """The files of the forwarded thread as the brief lists them: sent, blocked or over the
    cap (or "will be attached" before approval, "not sent" once rejected)."""
    plan = attachment_plan(session, esc, cap_bytes)
    if esc.status == Status.REJECTED:
        return plan.context(approved=False, unsent="not sent: the draft was rejected")
    return plan.context(approved=esc.routed_at is not None)
