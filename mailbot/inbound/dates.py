"""Dates as mail clients write them in quote headers and forwarded blocks.

RFC 5322 dates parse with the stdlib; the rest ("Tue, Mar 3, 2026 at 10:00 AM",
"3 mars 2026 à 10:00", "Dienstag, 3. März 2026 um 10:00") go through a small
month-name table and one tolerant pattern. Every result is timezone-aware UTC: a date
with no zone, or RFC 5322's ``-0000`` ("zone unknown"), is taken as UTC, because callers
compare with an aware clock and a naive datetime there is a ``TypeError`` that would fail
the draft (callers keep ``date_text`` for what the writer meant).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "jan january januar janvier janv enero ene januari januari stycznia styczeń gennaio",
        "feb february februar février févr fevrier febrero februari lutego luty febbraio",
        "mar march märz maerz mars marzo maart marca marzec mrt",
        "apr april avril abril kwietnia kwiecień aprile",
        "may mai mayo mei maj maja maggio",
        "jun june juni juin junio czerwca czerwiec giugno",
        "jul july juli juillet juil julio lipca lipiec luglio",
        "aug august août aout agosto augustus sierpnia sierpień ago",
        "sep sept september septembre septiembre septembre września wrzesień settembre",
        "oct october oktober octobre octubre okt października październik ottobre",
        "nov november novembre noviembre listopada listopad",
        "dec december dezember décembre decembre diciembre dic grudnia grudzień dicembre dez",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_NAMED = re.compile(
    r"(?:(?P<d1>\d{1,2})\.?\s*(?:de\s+)?(?P<m1>[^\W\d_]{3,12})\.?,?\s*(?:de\s+)?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2}),?\s*)(?P<y>\d{4})"
)
_NUMERIC = re.compile(r"(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2,4})")
_TIME = re.compile(
    r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?", re.IGNORECASE
)
_ZONE = re.compile(
    r"(?:GMT|UTC)?\s*(?P<sign>[+-])(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?\b"
    r"|\b(?P<name>GMT|UTC|Z|WET|WEST|CET|CEST|MEZ|MESZ|EET|EEST|BST|EST|EDT|CST|CDT|MST|MDT"
    r"|PST|PDT|IST|JST)\b"
)
_ZONE_HOURS = {"WEST": 1, "CET": 1, "MEZ": 1, "BST": 1, "CEST": 2, "MESZ": 2, "EET": 2,
               "EEST": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
               "PST": -8, "PDT": -7, "IST": 5.5, "JST": 9}  # fmt: skip
_RFC5322 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")


def parse_loose_date(text: str) -> datetime | None:
    """Best-effort date from a header line; ``None`` rather than a wrong guess."""
    text = text.strip()
    if not text or len(text) > 200:
        return None
    if _RFC5322.match(text):  # parsedate is too lenient for anything else
        try:
            return as_utc(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    try:
        words = _parse_words(text)
        return as_utc(words) if words else None
    except (ValueError, OverflowError):
        return None


def as_utc(value: datetime) -> datetime:
    """``value`` in UTC; naive (no zone or ``-0000``) is read as UTC. May raise OverflowError."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _parse_words(text: str) -> datetime | None:
    day_month_year = _date_part(text)
    if day_month_year is None:
        return None
    year, month, day = day_month_year
    hour = minute = second = 0
    rest = text
    time_match = _TIME.search(text, _date_end(text))
    if time_match:
        hour, minute = int(time_match["h"]), int(time_match["mi"])
        second = int(time_match["s"] or 0)
        marker = (time_match["ap"] or "").replace(".", "").lower()
        if marker == "pm" and hour < 12:
            hour += 12
        elif marker == "am" and hour == 12:
            hour = 0
        rest = text[time_match.end() :]
    return datetime(year, month, day, hour, minute, second, tzinfo=_zone(rest))


def _date_end(text: str) -> int:
    match = _NAMED.search(text) or _NUMERIC.search(text)
    return match.end() if match else 0


def _date_part(text: str) -> tuple[int, int, int] | None:
    for match in _NAMED.finditer(text):
        name = (match["m1"] or match["m2"]).lower()
        month = _MONTHS.get(name) or _MONTHS.get(name[:3])
        if month:
            return int(match["y"]), month, int(match["d1"] or match["d2"])
    numeric = _NUMERIC.search(text)
    if not numeric:
        return None
    a, b, c = int(numeric["a"]), int(numeric["b"]), int(numeric["c"])
    if len(numeric["a"]) == 4:
        return a, b, c
    year = c + 2000 if c < 100 else c
    if "/" in numeric.group(0) and b > 12:
        return year, a, b  # US month/day
    return year, b, a  # day.month.year, the European default


def _zone(rest: str) -> timezone | None:
    match = _ZONE.search(rest)
    if not match:
        return None
    if not match["sign"]:
        return timezone(timedelta(hours=_ZONE_HOURS.get(match["name"].upper(), 0)))
    offset = timedelta(hours=int(match["zh"]), minutes=int(match["zm"] or 0))
    return timezone(-offset if match["sign"] == "-" else offset)
