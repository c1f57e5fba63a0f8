"""A command's argument read into a typed value, once: a snooze's duration, an ack's
owner, an override's field and value. The lifecycle rules take these values and never
read the text again (issue 16).
"""

from __future__ import annotations

import re
from datetime import timedelta

from mailbot.domain import CommandKind, ParsedCommand, Person, read_choice

_HOURS = {"h": 1, "hr": 1, "hrs": 1, "hour": 1, "hours": 1, "d": 24, "day": 24, "days": 24}
_HOURS |= {"w": 168, "wk": 168, "wks": 168, "week": 168, "weeks": 168}
_DURATION = re.compile(r"^\s*(\d{1,4})\s*([a-z]*)\s*$", re.IGNORECASE)
# The reader's range, not a policy: a pause of more than a year is a typo, not a duration.
# How long a snooze may be is the state machine's rule (lifecycle.rules.MAX_SNOOZE), so a
# readable but too long snooze is refused there, with the limit named.
LONGEST_DURATION = timedelta(days=365)


def parse_duration(text: str) -> timedelta | None:
    """``12h``, ``3d``, ``2 days``, ``1w``; a bare number means days. ``None`` if unreadable."""
    match = _DURATION.match(text)
    if not match or match.group(2).lower() not in _HOURS | {"": 24}:
        return None
    hours = int(match.group(1)) * _HOURS.get(match.group(2).lower(), 24)
    return timedelta(hours=hours) if 0 < hours <= LONGEST_DURATION / timedelta(hours=1) else None


def command(kind: CommandKind, arg: str = "", line: str = "") -> ParsedCommand:
    """A command with its typed argument read from ``arg``, the one place text becomes a value:
    a ``snooze`` duration, an ``ack`` owner. An unreadable duration stays ``None``."""
    duration = parse_duration(arg) if kind is CommandKind.SNOOZE else None
    owner = Person.parse(arg.strip()) if kind is CommandKind.ACK and arg.strip() else None
    return ParsedCommand(kind=kind, arg=arg, line=line, duration=duration, owner=owner)


_TEXT_LIMITS = {"account": 120, "headline": 200, "ask": 500}


def parse_override(field: str, value: str) -> str | None:
    """``"severity=high"`` for a valid override line, ``None`` when the value is invalid."""
    field = field.lower()
    field = "severity" if field in ("priority", "prio") else field
    value = value.strip()
    if field in _TEXT_LIMITS:
        return f"{field}={value}" if 0 < len(value) <= _TEXT_LIMITS[field] else None
    word = read_choice(field, value)
    return f"{field}={word}" if word is not None else None
