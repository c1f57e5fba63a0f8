"""The business calendar on the shipped routing file: Europe/London, Mon–Fri 09:00–17:30,
GB/ENG public holidays. 2026 dates used below: Easter is Sunday 5 April (Good Friday 3 April,
Easter Monday 6 April); clocks spring forward on Sunday 29 March and fall back on Sunday
25 October; Christmas is a Friday, so Boxing Day is observed on Monday 28 December.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailbot.errors import ConfigError
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.routing import Routing
from mailbot.routing.durations import Duration
from mailbot.routing.model import Organisation

LONDON = ZoneInfo("Europe/London")


def london(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def d(text: str) -> Duration:
    return Duration.parse(text)


@pytest.fixture(scope="module")
def cal(routing: Routing) -> BusinessCalendar:
    return BusinessCalendar.from_routing(routing.config.organisation)


def test_weekends_and_gb_public_holidays_are_not_business_days(cal: BusinessCalendar) -> None:
    assert cal.is_business_day(date(2026, 3, 13))  # an ordinary Friday
    assert not cal.is_business_day(date(2026, 3, 14))  # Saturday
    assert not cal.is_business_day(date(2026, 3, 15))  # Sunday
    assert not cal.is_business_day(date(2026, 4, 3))  # Good Friday
    assert not cal.is_business_day(date(2026, 4, 6))  # Easter Monday
    assert not cal.is_business_day(date(2026, 12, 25))  # Christmas Day
    assert not cal.is_business_day(date(2026, 12, 28))  # Boxing Day, observed
    assert cal.is_business_day(date(2026, 3, 17))  # St Patrick's Day is not an ENG holiday


def test_extra_holidays_and_a_calendar_without_a_country() -> None:
    org = Organisation(
        domain="example.com",
        escalation_address="esc@example.com",
        extra_holidays=(date(2026, 3, 18),),
    )
    cal = BusinessCalendar.from_routing(org)
    assert not cal.is_business_day(date(2026, 3, 18))
    assert cal.is_business_day(date(2026, 4, 6))  # no country: Easter Monday is a workday
    assert cal.deadline(utc(2026, 3, 17, 10), d("1bd")) == utc(2026, 3, 19, 10)


def test_an_unknown_holiday_country_names_the_key() -> None:
    org = Organisation(
        domain="example.com", escalation_address="esc@example.com", holiday_country="XX"
    )
    with pytest.raises(ConfigError) as err:
        BusinessCalendar.from_routing(org)
    assert err.value.key == "organisation.holiday_country"


def test_business_days_skip_the_weekend_keeping_the_time_of_day(cal: BusinessCalendar) -> None:
    # Thursday 12 March 14:00 + 2bd: Friday, (weekend), Monday -> Monday 16 March 14:00.
    assert cal.deadline(london(2026, 3, 12, 14), d("2bd")) == london(2026, 3, 16, 14)
    # The stall clock: 5 business days from Wednesday 11:00 is next Wednesday 11:00.
    assert cal.deadline(london(2026, 3, 11, 11), d("5bd")) == london(2026, 3, 18, 11)


def test_business_days_skip_easter(cal: BusinessCalendar) -> None:
    # Thursday 2 April 10:00 + 1bd: Good Friday and Easter Monday are holidays -> Tuesday 7th.
    assert cal.deadline(london(2026, 4, 2, 10), d("1bd")) == london(2026, 4, 7, 10)
    # Christmas Eve (Thursday) + 1bd: 25th, weekend and the observed Boxing Day are skipped.
    assert cal.deadline(london(2026, 12, 24, 15), d("1bd")) == london(2026, 12, 29, 15)


def test_a_start_outside_business_hours_begins_at_the_next_opening(
    cal: BusinessCalendar,
) -> None:
    # Saturday afternoon counts from Monday 09:00.
    assert cal.deadline(london(2026, 3, 14, 15), d("1bd")) == london(2026, 3, 17, 9)
    # 07:00 on a Tuesday counts from that Tuesday's opening.
    assert cal.deadline(london(2026, 3, 17, 7), d("1bd")) == london(2026, 3, 18, 9)
    # 17:30 is closing time: already outside business hours -> Wednesday 09:00 + 1bd.
    assert cal.deadline(london(2026, 3, 17, 17, 30), d("1bd")) == london(2026, 3, 19, 9)


def test_a_fractional_business_day_adds_that_share_of_the_working_day(
    cal: BusinessCalendar,
) -> None:
    # 0.5bd = 4h15 of the 8h30 day: from Friday 15:00, 2h30 on Friday and 1h45 on Monday.
    assert cal.deadline(london(2026, 3, 13, 15), d("0.5bd")) == london(2026, 3, 16, 10, 45)


def test_business_days_across_spring_forward_keep_local_time(cal: BusinessCalendar) -> None:
    start = london(2026, 3, 27, 9)  # Friday before the clocks go forward, 09:00 GMT
    due = cal.deadline(start, d("2bd"))
    assert due == london(2026, 3, 31, 9)  # Tuesday 09:00 local, now BST
    assert due == utc(2026, 3, 31, 8)
    assert due - start == timedelta(hours=95)  # the lost hour is real time, not work time


def test_business_days_across_fall_back_keep_local_time(cal: BusinessCalendar) -> None:
    start = london(2026, 10, 23, 10)  # Friday 10:00 BST = 09:00 UTC
    assert cal.deadline(start, d("1bd")) == utc(2026, 10, 26, 10)  # Monday 10:00 GMT


def test_hours_are_elapsed_clock_time_around_the_clock(cal: BusinessCalendar) -> None:
    # A 4h acknowledgement from Friday 16:00 ends at 20:00 the same evening.
    assert cal.deadline(london(2026, 3, 13, 16), d("4h")) == london(2026, 3, 13, 20)
    # 48h across spring-forward is 48 real hours: 09:00 GMT Friday -> 10:00 BST Sunday.
    assert cal.deadline(london(2026, 3, 27, 9), d("48h")) == london(2026, 3, 29, 10)


def test_days_and_weeks_follow_the_local_wall_clock(cal: BusinessCalendar) -> None:
    assert cal.deadline(london(2026, 3, 27, 9), d("2d")) == london(2026, 3, 29, 9)
    assert cal.deadline(london(2026, 3, 27, 9), d("2d")) == utc(2026, 3, 29, 8)
    assert cal.deadline(london(2026, 10, 20, 12), d("1w")) == utc(2026, 10, 27, 12)


def test_same_day_before_during_and_after_hours(cal: BusinessCalendar) -> None:
    same_day = d("same_day")
    assert cal.deadline(london(2026, 3, 17, 7), same_day) == london(2026, 3, 17, 17, 30)
    assert cal.deadline(london(2026, 3, 17, 11), same_day) == london(2026, 3, 17, 17, 30)
    assert cal.deadline(london(2026, 3, 17, 18), same_day) == london(2026, 3, 18, 17, 30)
    assert cal.deadline(london(2026, 3, 14, 11), same_day) == london(2026, 3, 16, 17, 30)
    assert cal.deadline(london(2026, 4, 2, 19), same_day) == london(2026, 4, 7, 17, 30)


def test_business_time_between_counts_only_working_hours(cal: BusinessCalendar) -> None:
    # Friday 16:00 -> Monday 10:00: 1h30 on Friday + 1h on Monday.
    friday, monday = london(2026, 3, 13, 16), london(2026, 3, 16, 10)
    assert cal.business_time_between(friday, monday) == timedelta(hours=2, minutes=30)
    assert cal.business_time_between(monday, friday) == timedelta(0)
    # A whole working week is 5 x 8h30.
    week = cal.business_time_between(london(2026, 3, 16), london(2026, 3, 23))
    assert week == timedelta(hours=42, minutes=30)
    # Across the fall-back weekend: Friday 16:30 BST -> Monday 10:00 GMT = 1h + 1h.
    fall = cal.business_time_between(london(2026, 10, 23, 16, 30), london(2026, 10, 26, 10))
    assert fall == timedelta(hours=2)


def test_next_business_day_start(cal: BusinessCalendar) -> None:
    assert cal.next_business_day_start(london(2026, 3, 17, 7)) == london(2026, 3, 17, 9)
    assert cal.next_business_day_start(london(2026, 3, 17, 9)) == london(2026, 3, 18, 9)
    assert cal.next_business_day_start(london(2026, 3, 20, 12)) == london(2026, 3, 23, 9)
    # Across the spring-forward weekend the opening is 09:00 BST, i.e. 08:00 UTC.
    assert cal.next_business_day_start(london(2026, 3, 27, 12)) == utc(2026, 3, 30, 8)


def test_local_converts_and_refuses_naive_datetimes(cal: BusinessCalendar) -> None:
    moment = cal.local(utc(2026, 7, 1, 12))
    assert (moment.hour, moment.utcoffset()) == (13, timedelta(hours=1))
    with pytest.raises(ValueError, match="naive"):
        cal.local(datetime(2026, 7, 1, 12))
    with pytest.raises(ValueError, match="naive"):
        cal.deadline(datetime(2026, 7, 1, 12), d("4h"))


def test_results_are_utc(cal: BusinessCalendar) -> None:
    for text in ("4h", "5bd", "2d", "1w", "same_day"):
        assert cal.deadline(london(2026, 6, 2, 11), d(text)).tzinfo is UTC


def test_fraction_point_for_the_75_percent_warning(cal: BusinessCalendar) -> None:
    # Clock hours: 75 % of a 4h window from 10:00 is 13:00.
    assert cal.fraction_point(london(2026, 3, 17, 10), d("4h"), 0.75) == london(2026, 3, 17, 13)
    # same_day from 09:30: 8h of business time left, 75 % = 6h -> 15:30.
    point = cal.fraction_point(london(2026, 3, 17, 9, 30), d("same_day"), 0.75)
    assert point == london(2026, 3, 17, 15, 30)
    # 2bd from Friday 13:00 to Tuesday 13:00 = 4h30 + 8h30 + 4h = 17h of business time;
    # 75 % = 12h45: Friday's 4h30, then 8h15 of Monday -> Monday 17:15.
    point = cal.fraction_point(london(2026, 3, 13, 13), d("2bd"), 0.75)
    assert point == london(2026, 3, 16, 17, 15)
    assert cal.fraction_point(london(2026, 3, 13, 13), d("2bd"), 1) == london(2026, 3, 17, 13)
    assert cal.fraction_point(london(2026, 3, 13, 13), d("2bd"), 0) == london(2026, 3, 13, 13)
    with pytest.raises(ValueError):
        cal.fraction_point(london(2026, 3, 13, 13), d("2bd"), 1.5)


def test_add_business_time_walks_over_nights_and_weekends(cal: BusinessCalendar) -> None:
    start = london(2026, 3, 13, 17)  # Friday, 30 minutes before closing
    assert cal.add_business_time(start, timedelta(hours=1)) == london(2026, 3, 16, 9, 30)
    assert cal.add_business_time(start, timedelta(minutes=30)) == london(2026, 3, 13, 17, 30)


def test_a_custom_calendar_with_weekend_workdays() -> None:
    # A Sunday-to-Thursday organisation in Dubai (no DST).
    cal = BusinessCalendar(ZoneInfo("Asia/Dubai"), frozenset({6, 0, 1, 2, 3}), time(8), time(16))
    assert cal.is_business_day(date(2026, 3, 15))  # Sunday
    assert not cal.is_business_day(date(2026, 3, 13))  # Friday
    thursday = datetime(2026, 3, 12, 12, tzinfo=ZoneInfo("Asia/Dubai"))
    assert cal.deadline(thursday, d("1bd")) == datetime(2026, 3, 15, 8, tzinfo=UTC)
    with pytest.raises(ValueError):
        BusinessCalendar(ZoneInfo("UTC"), frozenset(), time(8), time(16))
