"""One escalation's past, rebuilt from its event rows, so a digest reports a week as it ended.

Every change is an event row (SPEC §3). The status comes from the rows that change it. The
owner and the next update due are read *backwards*: when nothing touched them after the
moment asked for, the stored value is the value then (exact, whatever the configuration
was); otherwise the first later row says what they were.

- Owner: an ``owner_changed`` row says ``old -> new``, so the owner at a moment is the
  ``old`` of the first such row after it. Routed work has no owner (a first routing has
  none and push clears it), so the acknowledgement that ends ``routed`` says "nobody"
  before it. Rows written before owner changes by push were recorded (this release) lack
  that clearing row: for those weeks the owner after the push is shown.
- Next update due: SPEC §2's cadence from the last progress before the moment; progress is
  what restarts the stall clock (:data:`PROGRESS_KINDS`, and every routing).
- Severity, category, sentiment, account and ARR change only while the escalation is a
  draft (overrides and drafting are refused after approval), and a digest lists only
  escalations routed by then, so their stored values are the values of any week listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from mailbot.domain import CommandKind as K
from mailbot.domain import Person, Status
from mailbot.lifecycle.cadence import update_due
from mailbot.lifecycle.transitions import OWNER_CHANGED
from mailbot.routing import Routing
from mailbot.store.tables import Escalation, Event

# The commands whose decisions restart the stall clock (rules.RuleInput.progress and push);
# approving routes, and every routing restarts it too. A unit test keeps this in step.
PROGRESS_KINDS = frozenset(
    k.value for k in (K.ACK, K.IN_PROGRESS, K.UPDATE, K.NEED_INFO, K.RESOLVED, K.REOPEN, K.PUSH)
)
_MARKS = PROGRESS_KINDS | {OWNER_CHANGED}


@dataclass
class History:
    """One escalation, its status changes and its owner/progress rows, oldest first.

    Notes, reminders and "routed_to" rows repeat the current status and say nothing about
    when it changed, so ``changes`` holds only rows that change it.
    """

    esc: Escalation
    changes: list[Event] = field(default_factory=list)
    marks: list[Event] = field(default_factory=list)

    def status_before(self, moment: datetime) -> str | None:
        """Status once every change before ``moment`` happened; None if not yet created."""
        if self.esc.created_at >= moment:
            return None
        if not self.changes:
            return self.esc.status
        status = self.changes[0].from_status or Status.DRAFT.value
        for change in self.changes:
            if change.at >= moment:
                break
            status = change.to_status
        return status

    def entries(self, status: str, start: datetime, end: datetime) -> list[datetime]:
        """When it entered ``status`` within [start, end)."""
        return [c.at for c in self.changes if c.to_status == status and start <= c.at < end]

    def first_routed(self) -> datetime | None:
        routed = [c.at for c in self.changes if c.to_status == Status.ROUTED.value]
        return routed[0] if routed else self.esc.routed_at

    def last_routed_before(self, moment: datetime) -> datetime | None:
        routed = [
            c.at for c in self.changes if c.to_status == Status.ROUTED.value and c.at <= moment
        ]
        return routed[-1] if routed else None

    def was_in(self, statuses: frozenset[str], start: datetime, end: datetime) -> bool:
        """In one of ``statuses`` at any time during [start, end)."""
        if self.status_before(start) in statuses:
            return True
        return any(start <= c.at < end and c.to_status in statuses for c in self.changes)

    def owner_at(self, moment: datetime) -> tuple[str, str]:
        """(address, name) of the owner at ``moment``."""
        for row in self.marks:
            if row.at < moment:
                continue
            if row.kind == OWNER_CHANGED:
                old = row.detail.partition(" -> ")[0].strip()
                if old in ("", "nobody"):
                    return "", ""
                person = Person.parse(old)
                return person.address, person.name
            if row.kind == K.ACK.value and row.from_status == Status.ROUTED.value:
                return "", ""
        return self.esc.owner, self.esc.owner_name

    def update_due_at(self, moment: datetime, routing: Routing) -> datetime | None:
        """When the next update was due, as it stood at ``moment``."""
        rows = self.changes + self.marks
        if not any(row.at >= moment for row in rows):
            return self.esc.next_update_due
        restarts = [
            row.at
            for row in rows
            if row.at < moment
            and (row.kind in PROGRESS_KINDS or row.to_status == Status.ROUTED.value)
        ]
        status = self.status_before(moment) or ""
        return update_due(status, max(restarts, default=None), self.esc.severity, routing)


def load_histories(session: Session, since: datetime, until: datetime) -> list[History]:
    """Escalations that can matter for a report window ending at ``until``.

    Closed is terminal and rejected drafts never reached a team, so an escalation closed
    before ``since`` or rejected cannot be active, new or resolved in the window.
    """
    relevant = (
        select(Escalation)
        .where(Escalation.created_at < until)
        .where(Escalation.status != Status.REJECTED.value)
        .where(or_(Escalation.closed_at.is_(None), Escalation.closed_at >= since))
    )
    histories = {e.id: History(e) for e in session.scalars(relevant.order_by(Escalation.id))}
    changes = and_(Event.to_status != "", Event.from_status != Event.to_status)
    events = (
        select(Event)
        .where(Event.escalation_id.in_(relevant.with_only_columns(Escalation.id)))
        .where(or_(Event.kind.in_(sorted(_MARKS)), changes))
        .order_by(Event.escalation_id, Event.at, Event.id)
    )
    for event in session.scalars(events):
        hist = histories[event.escalation_id]
        if event.to_status and event.from_status != event.to_status:
            hist.changes.append(event)
        if event.kind in _MARKS:
            hist.marks.append(event)
    return list(histories.values())
