"""Store a lifecycle decision: status, fields, timestamps and one event row per change.

The machine decides; this module only writes what it decided, in the caller's transaction,
so the event rows and the mail they cause commit together.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.domain import Category, Person, Severity, Status
from mailbot.lifecycle.cadence import next_update_due
from mailbot.lifecycle.machine import Changes, Decision, EscalationView, EventSpec
from mailbot.lifecycle.transitions import OWNER_CHANGED
from mailbot.routing import Routing
from mailbot.store import repo
from mailbot.store.tables import Escalation

_STAMPS = {
    Status.ROUTED: "routed_at",
    Status.ACKNOWLEDGED: "acknowledged_at",
    Status.RESOLVED: "resolved_at",
    Status.CLOSED: "closed_at",
}


def owner_of(esc: Escalation) -> Person | None:
    """The stored owner columns as a person; ``None`` when nobody owns the escalation."""
    return Person(esc.owner, esc.owner_name) if esc.owner or esc.owner_name else None


def view_of(esc: Escalation, routing: Routing) -> EscalationView:
    category = Category(esc.category)
    return EscalationView(
        status=Status(esc.status),
        severity=Severity(esc.severity),
        category=category,
        draft_version=esc.draft_version,
        owner=owner_of(esc),
        snoozed_until=esc.snoozed_until,
        route_level=esc.route_level,
        max_route_level=routing.max_level(category),
        pending_question=esc.pending_question,
        duplicate_of=esc.duplicate_of,
    )


def _apply_changes(esc: Escalation, ch: Changes, routing: Routing, now: datetime) -> None:
    if ch.clear_owner:
        esc.owner, esc.owner_name = "", ""
    elif ch.owner is not None:
        esc.owner, esc.owner_name = ch.owner.address, ch.owner.name
    if ch.severity is not None:
        esc.severity = ch.severity.value
    if ch.category is not None:
        esc.category = ch.category.value
        if esc.status == Status.DRAFT:
            esc.teams = list(routing.teams_at_level(ch.category, 0))
    if ch.clear_snooze:
        esc.snoozed_until = None
    if ch.snoozed_until is not None:
        esc.snoozed_until = ch.snoozed_until
    if ch.route_level is not None:
        esc.route_level = ch.route_level
        esc.teams = list(routing.teams_at_level(Category(esc.category), ch.route_level))
    if ch.draft_version is not None:
        esc.draft_version = ch.draft_version
    if ch.customer_communication is not None:
        esc.customer_communication = ch.customer_communication
    if ch.reset_stall_clock:
        esc.last_progress_at = now
    _apply_flags(esc, ch)


def _apply_flags(esc: Escalation, ch: Changes) -> None:
    if ch.pending_question is not None:
        esc.pending_question = ch.pending_question
    if ch.merged_into is not None:
        esc.merged_into = ch.merged_into


def _records_owner(spec: EventSpec) -> bool:
    """An owner change this row already records: ``owner_changed``, or the acknowledgement
    that ends ``routed`` (nobody owns routed work; the ack row names the first owner)."""
    return spec.kind == OWNER_CHANGED or (spec.kind == "ack" and spec.from_status is Status.ROUTED)


def record_decision(
    session: Session,
    esc: Escalation,
    decision: Decision,
    *,
    routing: Routing,
    actor: str,
    now: datetime,
    message_id: str = "",
) -> None:
    before = Person(esc.owner, esc.owner_name).label
    _apply_changes(esc, decision.changes, routing, now)
    events = list(decision.events)
    after = Person(esc.owner, esc.owner_name).label
    if after != before and not any(_records_owner(e) for e in events):
        # Every owner change is an event row (SPEC §3), so a past week's digest can name
        # the owner of the time (push clearing it included).
        change = f"{before or 'nobody'} -> {after or 'nobody'}"
        events.append(EventSpec(OWNER_CHANGED, decision.new_status, decision.new_status, change))
    new = decision.new_status
    if new.value != esc.status:
        stamp = _STAMPS.get(new)
        if stamp:
            setattr(esc, stamp, now)
        if new is Status.ROUTED:  # a new acknowledgement clock (approve or push)
            esc.last_progress_at = now
            esc.acknowledged_at = None
        esc.status = new.value
    esc.updated_at = now
    esc.next_update_due = next_update_due(esc, routing)
    for spec in events:
        repo.add_event(
            session,
            esc,
            at=now,
            actor=actor,
            kind=spec.kind,
            from_status=spec.from_status.value,
            to_status=spec.to_status.value,
            detail=spec.detail,
            message_id=message_id,
        )
