"""The shared retry-delay policy (mailbot/backoff.py) and the three schedules built on it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from mailbot import backoff
from mailbot.outbox.sender import backoff as outbox_backoff


@pytest.mark.parametrize(
    ("retry", "expected"),
    [(0, 30.0), (1, 30.0), (2, 60.0), (7, 1920.0), (8, 3600.0), (10**6, 3600.0)],
)
def test_exponential_doubles_from_the_first_wait_up_to_the_cap(retry: int, expected: float) -> None:
    assert backoff.exponential(retry, first=30, cap=3600) == expected


def test_jitter_stays_inside_its_band() -> None:
    picks = [backoff.jitter(10.0, 0.5, 1.0) for _ in range(500)]
    assert min(picks) >= 5.0 and max(picks) <= 10.0 and len(set(picks)) > 1


def test_outbox_waits_30s_to_an_hour_within_twenty_percent() -> None:
    assert timedelta(seconds=24) <= outbox_backoff(1) <= timedelta(seconds=36)
    assert timedelta(seconds=2880) <= outbox_backoff(50) <= timedelta(seconds=4320)


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert backoff.retry_after("7") == 7.0
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    asked = backoff.retry_after(later)
    assert asked is not None and 100 < asked <= 120
    assert backoff.retry_after("soon") is None
    assert backoff.retry_after(None) is None and backoff.retry_after("") is None
