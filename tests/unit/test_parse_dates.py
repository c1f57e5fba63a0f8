"""Every date leaving the parser is aware UTC, so drafting can compare it with the clock.

A forward dated ``-0000`` (what ``email.utils.formatdate()`` writes by default) or with no
zone used to come out naive and fail the draft job with a ``TypeError``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import formatdate

import pytest

from mailbot.drafting.drafters import draft_for
from mailbot.drafting.offline import OfflineDrafter
from mailbot.inbound.dates import parse_loose_date
from mailbot.inbound.parse import parse_message

WHEN = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
UNKNOWN_ZONE = formatdate(WHEN.timestamp())  # "Mon, 02 Mar 2026 10:00:00 -0000"
DATES = [UNKNOWN_ZONE, "Mon, 02 Mar 2026 10:00:00", "Mon, 02 Mar 2026 11:00:00 +0100"]


def _forward(date: str, inner_date: str, quote_date: str) -> bytes:
    return (
        f"From: Jane Doe <jane@example.com>\r\nTo: escalations@example.com\r\n"
        f"Subject: Fwd: outage\r\nDate: {date}\r\nMessage-ID: <fwd-1@example.com>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain\r\n\r\nP1 please, Acme is down.\r\n"
        "--B\r\nContent-Type: message/rfc822\r\n\r\n"
        f"From: Bob <bob@acme.example>\r\nDate: {inner_date}\r\nSubject: outage\r\n"
        "Content-Type: text/plain\r\n\r\nStill down.\r\n\r\n"
        f"On {quote_date}, Bob <bob@acme.example> wrote:\r\n> It is down since 9.\r\n"
        "--B--\r\n"
    ).encode()


def test_formatdate_writes_the_unknown_zone_this_test_relies_on() -> None:
    assert UNKNOWN_ZONE.endswith("-0000")


@pytest.mark.parametrize("date", DATES)
def test_header_dates_are_aware_utc(date: str) -> None:
    message = parse_message(_forward(date, date, "Mon, Mar 2, 2026 at 10:00 AM"))
    assert message.date == WHEN and message.date.utcoffset() == timedelta(0)
    dates = [m.date for m in message.thread.messages]
    assert len(dates) == 2 and all(d is not None and d.tzinfo is UTC for d in dates), dates
    assert WHEN in dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 mars 2026 à 10:00", datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
        ("Tue, Mar 3, 2026 at 10:00 AM GMT+1", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("Tue, 03 Mar 2026 10:00:00 -0000", datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
    ],
)
def test_loose_dates_are_aware_utc(text: str, expected: datetime) -> None:
    parsed = parse_loose_date(text)
    assert parsed == expected and parsed is not None and parsed.tzinfo is UTC


def test_an_overflowing_date_is_dropped_not_raised() -> None:
    assert parse_message(_forward("Fri, 31 Dec 9999 23:30:00 -0100", "", "x")).date is None


@pytest.mark.parametrize("date", DATES[:2])
def test_a_forward_without_a_known_zone_is_drafted(date: str) -> None:
    message = parse_message(_forward(date, date, "Mon, Mar 2, 2026 at 10:00 AM"))
    now = WHEN + timedelta(days=1)
    result = draft_for(OfflineDrafter(["example.com"]), message, account=None, now=now)
    assert result.brief.headline and result.drafter == "offline"
