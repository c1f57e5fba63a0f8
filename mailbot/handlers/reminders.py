"""The follow-through scan: SLA warnings and breaches, stalls, stall reminders, update-due.

Every action has a key (escalation, kind, due slot). The key is written to
``scheduled_runs`` in the same transaction as the event and the mail, so a restart, a
second instance or a catch-up after downtime performs each slot exactly once, never twice
and never skipped.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain import Category, CommandKind, ParsedCommand, Severity, Status
from mailbot.handlers import effects
from mailbot.handlers.transition import record_decision, view_of
from mailbot.lifecycle.cadence import next_update_due
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.machine import Actor, Decision, Role, decide
from mailbot.observe import metrics
from mailbot.outbox.mailer import Mailer
from mailbot.routing import Routing
from mailbot.routing.durations import Duration, Unit
from mailbot.store.tables import Escalation, ScheduledRun

log = logging.getLogger(__name__)
SYSTEM = Actor(address="mailbot", role=Role.SYSTEM, name="mailbot")
WATCHED = (Status.ROUTED, Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.STALLED)
MAX_CATCH_UP = 14  # newest slots per kind per escalation caught up after downtime
MAX_SLOTS_WALKED = 800  # over two years of daily reminders


@dataclass(frozen=True)
class Due:
    kind: CommandKind
    slot: datetime
    detail: str

    def key(self, ref: str) -> str:
        return f"{ref}:{self.kind.value}:{self.slot.isoformat()}"


def _times(
    calendar: BusinessCalendar, start: datetime, step: Duration, now: datetime
) -> Iterator[datetime]:
    """The newest slots start+k·step up to now, at most MAX_CATCH_UP of them.

    Newest, not first: a reminder that is chased for months keeps coming; only a very
    long outage loses the oldest slots, which would all be sent at once anyway.
    """
    moments: deque[datetime] = deque(maxlen=MAX_CATCH_UP)
    moment = start
    for _ in range(MAX_SLOTS_WALKED):
        moment = calendar.deadline(moment, step)
        if moment > now:
            break
        moments.append(moment)
    yield from moments


def _stamp(calendar: BusinessCalendar, moment: datetime) -> str:
    return f"{calendar.local(moment):%a %d %b %H:%M}"


def _ack_dues(esc: Escalation, routing: Routing, cal: BusinessCalendar, now: datetime) -> list[Due]:
    assert esc.routed_at is not None
    ack = routing.acknowledge_sla(Category(esc.category))
    warn = cal.fraction_point(esc.routed_at, ack, 0.75)
    breach = cal.deadline(esc.routed_at, ack)
    out = []
    if now >= warn:
        out.append(Due(CommandKind.ACK_WARNING, warn, f"acknowledgement due {_stamp(cal, breach)}"))
    if now >= breach:
        detail = f"not acknowledged within {ack.describe()} (SLA breached)"
        out.append(Due(CommandKind.ACK_BREACH, breach, detail))
    return out


def _resolution_dues(
    esc: Escalation, routing: Routing, cal: BusinessCalendar, now: datetime
) -> list[Due]:
    assert esc.routed_at is not None
    category = Category(esc.category)
    resolution = routing.resolution_sla(category, Severity(esc.severity))
    due = cal.deadline(esc.routed_at, resolution)
    if now < due:
        return []
    step = routing.config.categories[category].next_step
    detail = f"{step} was due within {resolution.describe()} (SLA breached)"
    return [Due(CommandKind.RESOLUTION_BREACH, due, detail)]


def _stall_at(esc: Escalation, routing: Routing, cal: BusinessCalendar) -> datetime:
    """When silence becomes a stall: the threshold after the team's last progress, or after
    routing when the team never answered (SPEC §3: no answer is no progress)."""
    assert esc.routed_at is not None
    progress = esc.last_progress_at or esc.routed_at
    stall_at = cal.deadline(progress, routing.stall_after(Severity(esc.severity)))
    if esc.snoozed_until and esc.snoozed_until > stall_at:
        stall_at = esc.snoozed_until  # a snooze pauses the stall clock that long
    return stall_at


def _stall_dues(
    esc: Escalation, routing: Routing, cal: BusinessCalendar, now: datetime
) -> list[Due]:
    """The stall itself, for routed, acknowledged and in-progress work."""
    assert esc.routed_at is not None
    stall_at = _stall_at(esc, routing, cal)
    if now < stall_at:
        return []
    since = _stamp(cal, esc.last_progress_at or esc.routed_at)
    if esc.status == Status.ROUTED:  # routing (or a push) also sets last_progress_at
        detail = f"no answer from the team since it was routed {since}"
    else:
        detail = f"no progress from the team since {since}"
    return [Due(CommandKind.STALL, stall_at, detail)]


def _progress_dues(
    esc: Escalation, routing: Routing, cal: BusinessCalendar, now: datetime
) -> list[Due]:
    """Stall, stall reminders and update-due, all measured from the team's last progress."""
    assert esc.routed_at is not None
    status, severity = Status(esc.status), Severity(esc.severity)
    progress = esc.last_progress_at or esc.routed_at
    stall_at = _stall_at(esc, routing, cal)
    out = []
    if status in (Status.ACKNOWLEDGED, Status.IN_PROGRESS):
        out += _stall_dues(esc, routing, cal, now)
    if status is Status.STALLED:
        daily = Duration(24, Unit.HOURS)
        for slot in _times(cal, stall_at, daily, now):
            detail = "still stalled: no progress from the team"
            out.append(Due(CommandKind.STALL_REMINDER, slot, detail))
    for slot in _times(cal, progress, routing.cadence(severity), now):
        detail = f"a {severity.value} status update was due {_stamp(cal, slot)}"
        out.append(Due(CommandKind.UPDATE_DUE, slot, detail))
    return out


def due_actions(
    esc: Escalation, routing: Routing, calendar: BusinessCalendar, now: datetime
) -> list[Due]:
    """What is due for one escalation now (pure: no writes)."""
    if esc.routed_at is None:
        return []
    out = _resolution_dues(esc, routing, calendar, now)
    if esc.status == Status.ROUTED:
        return (
            _ack_dues(esc, routing, calendar, now) + out + _stall_dues(esc, routing, calendar, now)
        )
    return out + _progress_dues(esc, routing, calendar, now)


class _Skip(Exception):
    """The machine refused the action: roll back, so the slot stays open for later."""


def _perform(app: App, session: Session, esc: Escalation, due: Due, now: datetime) -> bool:
    command = ParsedCommand(kind=due.kind, arg=due.detail, line=due.kind.value)
    result = decide(view_of(esc, app.routing), command, SYSTEM, now)
    if not isinstance(result, Decision):
        log.info("%s %s skipped: %s", esc.ref, due.kind, result.reason)
        raise _Skip(result.reason)
    record_decision(session, esc, result, routing=app.routing, actor="mailbot", now=now)
    mailer = Mailer(session, app.settings, app.routing, now)
    effects.perform(mailer, esc, result, SYSTEM, skip_notify_csm=False)
    return True


def scan(app: App, calendar: BusinessCalendar) -> int:
    """Run every due action once; returns how many were performed now.

    One read of all watched escalations and of the slots already done; a transaction only
    for a slot that is actually due and new, so a quiet scan over thousands of open
    escalations costs two queries (and one write of any changed ``next_update_due``).
    """
    now = app.clock.now()
    pending: list[tuple[int, Due, str]] = []
    with app.db.session() as session:
        watched = select(Escalation).where(Escalation.status.in_([s.value for s in WATCHED]))
        for esc in session.scalars(watched):
            try:
                due_at = next_update_due(esc, app.routing)
                dues = due_actions(esc, app.routing, calendar, now)
            except Exception:  # e.g. a category or team since removed from the routing file
                log.exception("%s: cannot compute its clocks; skipped this scan", esc.ref)
                continue
            if esc.next_update_due != due_at:
                esc.next_update_due = due_at
            pending += [(esc.id, d, d.key(esc.ref)) for d in dues]
        done = _done_keys(session, [key for _, _, key in pending])
    performed = 0
    for esc_id, due, key in pending:
        if key not in done:
            performed += _perform_slot(app, esc_id, due, key, now)
    return performed


def _done_keys(session: Session, keys: list[str]) -> set[str]:
    done: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        done.update(session.scalars(select(ScheduledRun.key).where(ScheduledRun.key.in_(chunk))))
    return done


def _perform_slot(app: App, esc_id: int, due: Due, key: str, now: datetime) -> int:
    """One slot in its own transaction; the key row makes it exactly once across instances."""
    try:
        with app.db.session() as session:
            esc = session.get(Escalation, esc_id, with_for_update=True)
            assert esc is not None
            if session.get(ScheduledRun, key) is not None:
                return 0
            session.add(ScheduledRun(key=key, at=now))
            session.flush()  # a second instance racing on the same slot fails here
            _perform(app, session, esc, due, now)
    except _Skip:
        return 0
    except IntegrityError:
        log.info("slot %s already taken by another instance", key)
        return 0
    except Exception:  # one broken escalation must not stop the others' reminders
        log.exception("slot %s failed; it is retried at the next scan", key)
        return 0
    metrics.scheduled(due.kind.value)  # counted once committed
    return 1
