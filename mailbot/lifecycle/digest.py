"""The weekly leadership digest (SPEC §7): figures for one ISO week, from the event log.

Figures are rebuilt from the event rows (every status change is one, SPEC §3), not read from
the escalations' current status, so a digest sent late, or asked for a past week with
``mailbot digest --week 2026-W10``, reports the week as it ended: status, owner and next
update due as they stood at its end (see :mod:`mailbot.lifecycle.digest_history`; ARR,
sentiment, severity and category are fixed once an escalation is routed).

Definitions (the JSON fields are exactly the seed's):

- The week is an ISO week, Monday 00:00 to the next Monday 00:00 in the organisation's time
  zone. With no week given it is the last complete week, so the Monday-morning digest
  covers the seven days before it. ``report_date`` is the Monday after the covered week (the
  day the digest is due), so the same week always yields the same report.
- ``active_escalations``: escalations whose status at the end of the week was routed,
  acknowledged, in_progress, stalled or resolved (SPEC §7); the ``escalations`` list is
  those, most severe first, then longest open.
- ``new_this_week``: escalations first routed to a team during the week. Drafts and
  rejected drafts never reached a team; counting the first routing (not creation) counts
  every escalation exactly once across digests, including drafts approved after a weekend.
- ``resolved_this_week``: distinct escalations that entered ``resolved`` during the week
  (one resolved twice counts once). ``stalled``: status ``stalled`` at the end of the week.
- ``average_resolution_time_days``: over those resolved this week, the mean time from the
  first routing (when the team got the brief; resolution SLAs start there) to the week's
  last resolution, in days with one decimal; 0.0 if none.
- ``days_open``: whole days from creation to the end of the week.
- ``owner``: ``Name (address)``, or whichever of the two is known, or "".
- ``arr_at_risk``: the escalation's account ARR, in the account's currency (the email says
  which, and totals ARR per currency counting each account once).
- ``trends.most_common_category``: among escalations first routed in the four weeks ending
  with this one (one week is too few to show a trend); ties go to the category listed first
  in SPEC §2; "n/a" if none.
- ``trends.avg_time_to_acknowledge``: mean clock hours from the latest routing to each
  acknowledgement made during the week ("3.1 hours"), "n/a" if none.
- ``trends.stall_rate``: of the escalations active at any time during the week, the share
  that spent any part of it stalled, as a whole percentage ("14%").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from statistics import fmean
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import ACTIVE_STATUSES, Category, Severity, Status
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.digest_history import History, load_histories
from mailbot.lifecycle.digest_render import DigestReport, render_digest
from mailbot.routing import Routing
from mailbot.store.tables import BriefVersion, Escalation

__all__ = ["DigestReport", "build_digest", "build_report", "iso_week_bounds", "render_digest"]

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
_ACTIVE = frozenset(s.value for s in ACTIVE_STATUSES)
_TREND_WEEKS = 4


def iso_week_bounds(
    week: str | None, now: datetime, tz: ZoneInfo
) -> tuple[datetime, datetime, str]:
    """``("2026-W10")`` → (Monday 00:00 local, next Monday 00:00 local, "2026-W10"), in UTC.

    ``None`` means the last complete week before ``now``.
    """
    if week is None:
        today = now.astimezone(tz).date()
        monday = today - timedelta(days=today.weekday() + 7)
    else:
        match = _WEEK.match(week)
        try:
            if not match:
                raise ValueError(week)
            monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            raise ValueError(f"{week!r} is not an ISO week; use e.g. '2026-W10'") from None
    iso = monday.isocalendar()
    label = f"{iso.year}-W{iso.week:02d}"
    return _midnight(monday, tz), _midnight(monday + timedelta(days=7), tz), label


def _midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def _in(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment < end


def _resolution_days(hist: History, start: datetime, end: datetime) -> float:
    resolved = hist.entries(Status.RESOLVED.value, start, end)[-1]
    began = hist.first_routed() or hist.esc.created_at
    return (resolved - began).total_seconds() / 86400


def _ack_hours(histories: Iterable[History], start: datetime, end: datetime) -> list[float]:
    hours = []
    for hist in histories:
        for acked in hist.entries(Status.ACKNOWLEDGED.value, start, end):
            routed = hist.last_routed_before(acked)
            if routed is not None:
                hours.append((acked - routed).total_seconds() / 3600)
    return hours


def _most_common(histories: Iterable[History], start: datetime, end: datetime) -> str:
    counts = Counter(h.esc.category for h in histories if _in(h.first_routed(), start, end))
    if not counts:
        return "n/a"
    order = {c.value: i for i, c in enumerate(Category)}
    return min(counts, key=lambda c: (-counts[c], order.get(c, len(order)), c))


def _trends(
    histories: list[History], start: datetime, end: datetime, since: datetime
) -> dict[str, str]:
    hours = _ack_hours(histories, start, end)
    active = [h for h in histories if h.was_in(_ACTIVE, start, end)]
    stalled = [h for h in active if h.was_in(frozenset({Status.STALLED.value}), start, end)]
    rate = round(100 * len(stalled) / len(active)) if active else 0
    return {
        "most_common_category": _most_common(histories, since, end),
        "avg_time_to_acknowledge": f"{fmean(hours):.1f} hours" if hours else "n/a",
        "stall_rate": f"{rate}%",
    }


def _owner(address: str, name: str, routing: Routing) -> str:
    address, name = address.strip(), name.strip()
    if address and not name and routing.display_name(address) != address.lower():
        name = routing.display_name(address)
    if name and address and name.lower() != address.lower():
        return f"{name} ({address})"
    return name or address


def _row(
    hist: History, status: str, as_of: datetime, routing: Routing, calendar: BusinessCalendar
) -> dict[str, Any]:
    esc = hist.esc
    due = hist.update_due_at(as_of, routing)
    return {
        "id": esc.ref,
        "account": esc.account_name,
        "category": esc.category,
        "severity": esc.severity,
        "status": status,
        "days_open": max(0, (as_of - esc.created_at).days),
        "owner": _owner(*hist.owner_at(as_of), routing),
        "arr_at_risk": esc.arr or 0,
        "customer_sentiment": esc.sentiment,
        "next_update_due": calendar.local(due).date().isoformat() if due else None,
    }


def _severity_rank(severity: str) -> int:
    try:
        return Severity(severity).rank
    except ValueError:  # an unknown value in an old row sorts last rather than failing
        return len(Severity)


def _account_key(esc: Escalation) -> str:
    """One account, however many escalations: its domain, else its name, else the ref."""
    return esc.account_domain.lower() or esc.account_name.strip().lower() or esc.ref


def _headlines(session: Session, ids: list[int]) -> dict[int, str]:
    """The headline of each escalation's latest brief version."""
    stmt = (
        select(BriefVersion.escalation_id, BriefVersion.content)
        .where(BriefVersion.escalation_id.in_(ids))
        .order_by(BriefVersion.escalation_id, BriefVersion.version)
    )
    return {eid: str(content.get("headline", "")) for eid, content in session.execute(stmt)}


def _resolved(session: Session, resolved: list[History]) -> list[dict[str, str]]:
    headlines = _headlines(session, [h.esc.id for h in resolved])
    return [
        {
            "id": h.esc.ref,
            "account": h.esc.account_name,
            "headline": headlines.get(h.esc.id) or h.esc.subject,
        }
        for h in sorted(resolved, key=lambda h: h.esc.ref)
    ]


def build_report(
    session: Session,
    *,
    routing: Routing,
    calendar: BusinessCalendar,
    week: str | None,
    now: datetime,
) -> DigestReport:
    """The digest JSON for ``week`` (``None``: the last complete week), exactly SPEC §7,
    with what only the email shows (currencies, accounts, the resolved escalations)."""
    start, end, label = iso_week_bounds(week, now, calendar.zone)
    if now < start:
        raise ValueError(f"{label} has not started yet; the latest full week is the default")
    as_of = min(end, now)  # the current week, asked for mid-week, is reported so far
    local_start = calendar.local(start).date()
    since = _midnight(local_start - timedelta(weeks=_TREND_WEEKS - 1), calendar.zone)
    histories = load_histories(session, since, as_of)
    active = [(h, status) for h in histories if (status := h.status_before(as_of) or "") in _ACTIVE]
    rows = [_row(h, status, as_of, routing, calendar) for h, status in active]
    rows.sort(key=lambda r: (_severity_rank(r["severity"]), -r["days_open"], r["id"]))
    resolved = [h for h in histories if h.entries(Status.RESOLVED.value, start, as_of)]
    durations = [_resolution_days(h, start, as_of) for h in resolved]
    data = {
        "report_date": calendar.local(end).date().isoformat(),
        "active_escalations": len(rows),
        "new_this_week": sum(_in(h.first_routed(), start, as_of) for h in histories),
        "resolved_this_week": len(resolved),
        "stalled": sum(r["status"] == Status.STALLED.value for r in rows),
        "average_resolution_time_days": round(fmean(durations), 1) if durations else 0.0,
        "escalations": rows,
        "trends": _trends(histories, start, as_of, since),
    }
    return DigestReport(
        data=data,
        currencies={h.esc.ref: h.esc.currency for h, _ in active},
        accounts={h.esc.ref: _account_key(h.esc) for h, _ in active},
        resolved=_resolved(session, resolved),
    )


def build_digest(
    session: Session,
    *,
    routing: Routing,
    calendar: BusinessCalendar,
    week: str | None,
    now: datetime,
) -> dict[str, Any]:
    """The digest JSON alone (``mailbot digest --json``)."""
    report = build_report(session, routing=routing, calendar=calendar, week=week, now=now)
    return report.data
