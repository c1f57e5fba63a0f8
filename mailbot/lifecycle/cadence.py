"""When the team owes its next status update (SPEC §2: critical daily, high every two
business days, medium and low weekly), for the scheduler and for the digest's past weeks."""

from __future__ import annotations

from datetime import datetime

from mailbot.domain import Severity, Status
from mailbot.lifecycle.calendar import calendar_for
from mailbot.routing import Routing
from mailbot.store.tables import Escalation


def next_update_due(esc: Escalation, routing: Routing) -> datetime | None:
    """When the team owes the next status update (SPEC §2 cadence), from its last progress."""
    base = esc.last_progress_at or esc.acknowledged_at or esc.routed_at
    return update_due(esc.status, base, esc.severity, routing)


def update_due(
    status: str, last_progress: datetime | None, severity: str, routing: Routing
) -> datetime | None:
    """The rule behind ``next_update_due``, apart so the digest can apply it to a past state."""
    if status not in (Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.STALLED):
        return None
    if last_progress is None:
        return None
    calendar = calendar_for(routing.config.organisation)
    return calendar.deadline(last_progress, routing.cadence(Severity(severity)))
