"""The organisation's business calendar: when SLA, stall and cadence clocks run out.

Pure arithmetic over the routing file's ``[organisation]`` table; no I/O and no clock of its
own. Every input must be timezone-aware; every result is aware UTC, as the store keeps them.
All calendar reasoning happens in the organisation's time zone (``zoneinfo``), so a clock
that crosses a daylight-saving change keeps its local meaning.

What each duration unit means (SPEC §2, §3):

``h``
    Elapsed clock hours, around the clock and across weekends: "acknowledge within 4
    hours" and "stalled after 48 hours (critical)" are promises about real time, which is
    what a P1 customer experiences. Across a DST change "48h" is still 48 real hours.
``bd``
    Business days on the organisation calendar (business weekdays minus public holidays of
    ``holiday_country``/``holiday_subdivision`` and ``extra_holidays``). N business days from
    a moment is the same local time of day N business days later. A start outside business
    hours first moves to the next business-day opening, so work mailed on Saturday gets the
    same allowance as work mailed at Monday's opening. Fractions (``0.5bd``) add that share
    of a business day's hours after the whole days.
``d`` / ``w``
    Calendar days / weeks of 7 days on the local wall clock: "2d" from 09:00 Friday is 09:00
    local on Sunday even if the clocks changed in between.
``same_day``
    The closing time of the start's business day; if the start is on a non-business day or
    at or after closing, the closing time of the next business day.

:meth:`BusinessCalendar.fraction_point` places a warning inside a window (the 75 %
acknowledgement warning): elapsed time for ``h``/``d``/``w``, business time for ``bd`` and
``same_day`` (75 % of a same-day window is 75 % of the remaining business hours).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from mailbot.errors import ConfigError
from mailbot.lifecycle.public_holidays import country_holidays
from mailbot.routing.durations import Duration, Unit
from mailbot.routing.model import Organisation

# Ten years without a single business day means a misconfigured calendar, not a long wait.
_MAX_SEARCH_DAYS = 3660
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class _Holidays:
    """Public holidays (loaded lazily per year by ``holidays``) plus the company's own."""

    public: Container[date] | None
    extra: frozenset[date]

    def __contains__(self, day: object) -> bool:
        if day in self.extra:
            return True
        return self.public is not None and day in self.public


def _holidays_for(org: Organisation) -> _Holidays:
    public: Container[date] | None = None
    if org.holiday_country:
        try:
            public = country_holidays(org.holiday_country, subdiv=org.holiday_subdivision)
        except NotImplementedError as exc:  # the package's "unknown country/subdivision"
            raise ConfigError(
                "organisation.holiday_country",
                f"{exc}; use an ISO 3166 code such as 'GB' (and e.g. 'ENG' as subdivision)",
            ) from exc
    return _Holidays(public, frozenset(org.extra_holidays))


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: the calendar needs timezone-aware input")
    return moment


class BusinessCalendar:
    """Business days, hours and deadlines in one organisation's time zone."""

    def __init__(
        self,
        zone: ZoneInfo,
        weekdays: frozenset[int],
        opens: time,
        closes: time,
        holiday_days: Container[date] = frozenset(),
    ) -> None:
        if not weekdays or opens >= closes:
            raise ValueError("a calendar needs business weekdays and opening before closing")
        self.zone = zone
        self.weekdays = weekdays
        self.opens = opens
        self.closes = closes
        self.holidays = holiday_days

    @classmethod
    def from_routing(cls, org: Organisation) -> BusinessCalendar:
        opens, closes = org.hours
        return cls(ZoneInfo(org.timezone), org.weekdays, opens, closes, _holidays_for(org))

    # --- days --------------------------------------------------------------------------
    def is_business_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and day not in self.holidays

    def next_business_day(self, day: date) -> date:
        """The first business day strictly after ``day``."""
        for _ in range(_MAX_SEARCH_DAYS):
            day += _ONE_DAY
            if self.is_business_day(day):
                return day
        raise ValueError(f"no business day within {_MAX_SEARCH_DAYS} days after {day}")

    def local(self, moment: datetime) -> datetime:
        return _aware(moment).astimezone(self.zone)

    def opening(self, day: date) -> datetime:
        return datetime.combine(day, self.opens, tzinfo=self.zone).astimezone(UTC)

    def closing(self, day: date) -> datetime:
        return datetime.combine(day, self.closes, tzinfo=self.zone).astimezone(UTC)

    @property
    def day_length(self) -> timedelta:
        return datetime.combine(date.min, self.closes) - datetime.combine(date.min, self.opens)

    def is_business_time(self, moment: datetime) -> bool:
        day = self.local(moment).date()
        return self.is_business_day(day) and self.opening(day) <= moment < self.closing(day)

    def next_business_day_start(self, after: datetime) -> datetime:
        """The first business-day opening strictly later than ``after``."""
        day = self.local(after).date()
        if self.is_business_day(day) and after < self.opening(day):
            return self.opening(day)
        return self.opening(self.next_business_day(day))

    def _clamp(self, start: datetime) -> datetime:
        """Business clocks only start running inside business hours."""
        if self.is_business_time(start):
            return start.astimezone(UTC)
        return self.next_business_day_start(start)

    # --- deadlines ---------------------------------------------------------------------
    def deadline(self, start: datetime, duration: Duration) -> datetime:
        _aware(start)
        if duration.unit is Unit.HOURS:
            return start.astimezone(UTC) + timedelta(hours=duration.amount)
        if duration.unit is Unit.DAYS:
            return self._wall_clock_add(start, timedelta(days=duration.amount))
        if duration.unit is Unit.WEEKS:
            return self._wall_clock_add(start, timedelta(weeks=duration.amount))
        if duration.unit is Unit.SAME_DAY:
            return self._same_day_close(start)
        return self._add_business_days(start, duration.amount)

    def _wall_clock_add(self, start: datetime, delta: timedelta) -> datetime:
        naive = self.local(start).replace(tzinfo=None) + delta
        return naive.replace(tzinfo=self.zone).astimezone(UTC)

    def _same_day_close(self, start: datetime) -> datetime:
        day = self.local(start).date()
        if self.is_business_day(day) and start < self.closing(day):
            return self.closing(day)
        return self.closing(self.next_business_day(day))

    def _add_business_days(self, start: datetime, amount: float) -> datetime:
        begin = self.local(self._clamp(start))
        whole = int(amount)
        day = begin.date()
        for _ in range(whole):
            day = self.next_business_day(day)
        landed = datetime.combine(day, begin.time(), tzinfo=self.zone).astimezone(UTC)
        if amount > whole:
            landed = self.add_business_time(landed, self.day_length * (amount - whole))
        return landed

    def add_business_time(self, start: datetime, amount: timedelta) -> datetime:
        """Walk ``amount`` of business hours forward from ``start``."""
        moment = self._clamp(start)
        remaining = amount
        while True:
            available = self.closing(self.local(moment).date()) - moment
            if remaining <= available:
                return moment + remaining
            remaining -= available
            moment = self.next_business_day_start(moment)

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Time inside business hours between two moments (zero if ``end`` is earlier)."""
        if _aware(end) <= _aware(start):
            return timedelta(0)
        total = timedelta(0)
        day, last = self.local(start).date(), self.local(end).date()
        while day <= last:
            if self.is_business_day(day):
                low, high = max(start, self.opening(day)), min(end, self.closing(day))
                if high > low:
                    total += high - low
            day += _ONE_DAY
        return total

    def fraction_point(self, start: datetime, duration: Duration, fraction: float) -> datetime:
        """The moment ``fraction`` of the way through the window (e.g. 0.75 for a warning)."""
        if not 0 <= fraction <= 1:
            raise ValueError(f"fraction must be between 0 and 1, got {fraction}")
        end = self.deadline(start, duration)
        if fraction == 1:
            return end
        if duration.unit in (Unit.BUSINESS_DAYS, Unit.SAME_DAY):
            begin = self._clamp(start)
            return self.add_business_time(begin, self.business_time_between(begin, end) * fraction)
        return start.astimezone(UTC) + (end - start) * fraction


@cache
def calendar_for(org: Organisation) -> BusinessCalendar:
    """One calendar per organisation block: building the holiday table is not free."""
    return BusinessCalendar.from_routing(org)
