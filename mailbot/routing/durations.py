"""Durations as the routing file writes them: ``4h``, ``5bd``, ``2d``, ``1w``, ``same_day``.

Business-day arithmetic lives in the calendar; this module only parses and prints, so a
typo in the routing file fails at start-up with the key that holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(h|bd|d|w)\s*$", re.IGNORECASE)


class Unit(StrEnum):
    HOURS = "h"
    BUSINESS_DAYS = "bd"
    DAYS = "d"
    WEEKS = "w"
    SAME_DAY = "same_day"


@dataclass(frozen=True)
class Duration:
    amount: float
    unit: Unit

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Parse a duration; ValueError says what forms are accepted."""
        if text.strip().lower() in {"same_day", "same day"}:
            return cls(0, Unit.SAME_DAY)
        match = _PATTERN.match(text)
        if not match or float(match.group(1)) <= 0:
            raise ValueError(
                f"{text!r} is not a duration; use e.g. '4h', '48h', '5bd' (business days), "
                "'2d', '1w' or 'same_day'"
            )
        return cls(float(match.group(1)), Unit(match.group(2).lower()))

    def __str__(self) -> str:
        if self.unit is Unit.SAME_DAY:
            return "same_day"
        amount = int(self.amount) if self.amount == int(self.amount) else self.amount
        return f"{amount}{self.unit.value}"

    def describe(self) -> str:
        """Human wording for mail and prompts ("4 hours", "5 business days")."""
        if self.unit is Unit.SAME_DAY:
            return "same business day"
        amount = int(self.amount) if self.amount == int(self.amount) else self.amount
        words = {
            Unit.HOURS: "hour",
            Unit.BUSINESS_DAYS: "business day",
            Unit.DAYS: "day",
            Unit.WEEKS: "week",
        }[self.unit]
        return f"{amount} {words}{'' if amount == 1 else 's'}"
