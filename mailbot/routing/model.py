"""The routing file as pydantic models (SPEC §2).

Validation errors must name the key and the fix, so cross-references (a category naming a
team that does not exist, a CSM whose manager is unknown) are checked here too.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from mailbot.domain import Category, Sentiment, Severity
from mailbot.routing.durations import Duration

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ADDRESS = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")


def _duration(value: Any) -> Duration:
    if isinstance(value, Duration):
        return value
    if not isinstance(value, str):
        raise ValueError("a duration must be a string like '4h' or '5bd'")
    return Duration.parse(value)


DurationField = Annotated[Duration, BeforeValidator(_duration)]


def _address(value: str) -> str:
    if not _ADDRESS.match(value):
        raise ValueError(f"{value!r} is not an email address")
    return value.lower()


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Organisation(Strict):
    name: str = "Our company"
    domain: str
    escalation_address: str
    timezone: str = "UTC"
    business_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    business_hours: str = "09:00-17:00"
    holiday_country: str | None = None
    holiday_subdivision: str | None = None
    extra_holidays: tuple[date, ...] = ()
    authserv_id: str | None = None  # our border MTA: its Authentication-Results must say DMARC pass

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}; use e.g. 'Europe/London'") from exc
        return value

    @field_validator("business_days")
    @classmethod
    def _days(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [d for d in value if d.lower() not in _DAYS]
        if bad or not value:
            raise ValueError(f"days must be among {', '.join(_DAYS)}; got {bad or 'none'}")
        return tuple(d.lower() for d in value)

    @field_validator("business_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        match = re.fullmatch(r"(\d\d):(\d\d)-(\d\d):(\d\d)", value.strip())
        if not match:
            raise ValueError("use 'HH:MM-HH:MM', e.g. '09:00-17:30'")
        start = time(int(match.group(1)), int(match.group(2)))
        end = time(int(match.group(3)), int(match.group(4)))
        if start >= end:
            raise ValueError("the day must start before it ends")
        return value.strip()

    @field_validator("escalation_address")
    @classmethod
    def _esc(cls, value: str) -> str:
        return _address(value)

    @property
    def hours(self) -> tuple[time, time]:
        start, end = self.business_hours.split("-")
        return time.fromisoformat(start), time.fromisoformat(end)

    @property
    def weekdays(self) -> frozenset[int]:
        return frozenset(_DAYS.index(d) for d in self.business_days)


class Person(Strict):
    name: str = ""
    manager: str | None = None

    @field_validator("manager")
    @classmethod
    def _manager(cls, value: str | None) -> str | None:
        return None if value is None else _address(value)


class Team(Strict):
    name: str = ""
    address: str
    members: tuple[str, ...] = ()

    @field_validator("address")
    @classmethod
    def _addr(cls, value: str) -> str:
        return _address(value)

    @field_validator("members")
    @classmethod
    def _members(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        out = []
        for member in value:
            if member.startswith("@") and "." in member:
                out.append(member.lower())
            else:
                out.append(_address(member))
        return tuple(out)

    def has_member(self, address: str) -> bool:
        """Members act for the team, and so does the team's own address: a shared mailbox
        that sends as the team (SPEC §6) is the team speaking."""
        address = address.lower()
        domain = "@" + address.rpartition("@")[2]
        return address == self.address or address in self.members or domain in self.members


class CategoryRule(Strict):
    description: str = ""
    teams: tuple[str, ...] = Field(min_length=1)
    acknowledge: DurationField
    next_step: str = "resolution"
    resolution: DurationField | dict[Severity, DurationField]
    path: tuple[str, ...] = ()
    # The next step needs the CSM's manager (a strategy session): routing invites them,
    # with the deadline, instead of leaving a timer nobody sees.
    invite_manager: bool = False

    def resolution_for(self, severity: Severity) -> Duration:
        if isinstance(self.resolution, Duration):
            return self.resolution
        return self.resolution[severity]


class SeverityRules(Strict):
    cadence: dict[Severity, DurationField]

    @field_validator("cadence")
    @classmethod
    def _all(cls, value: dict[Severity, Duration]) -> dict[Severity, Duration]:
        missing = [s.value for s in Severity if s not in value]
        if missing:
            raise ValueError(f"missing cadence for {', '.join(missing)}")
        return value


class StallRules(Strict):
    critical: DurationField
    standard: DurationField


class DigestRules(Strict):
    recipients: tuple[str, ...] = Field(min_length=1)
    day: str = "monday"
    time: str = "08:00"

    @field_validator("recipients")
    @classmethod
    def _rcpts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_address(v) for v in value)

    @field_validator("day")
    @classmethod
    def _day(cls, value: str) -> str:
        full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        if value.lower() not in full:
            raise ValueError(f"use a weekday name, e.g. 'monday'; got {value!r}")
        return value.lower()

    @field_validator("time")
    @classmethod
    def _time(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            raise ValueError("use 'HH:MM' (24-hour), e.g. '08:00'")
        return value


class AccountRule(Strict):
    name: str
    strategic: bool | None = None
    min_arr: int | None = None
    tiers: tuple[str, ...] = ()
    severities: tuple[Severity, ...] = ()
    sentiments: tuple[Sentiment, ...] = ()
    add_teams: tuple[str, ...] = ()
    add_recipients: tuple[str, ...] = ()
    suggest_category: Category | None = None


class RoutingConfig(Strict):
    organisation: Organisation
    csms: dict[str, Person]
    managers: dict[str, Person] = Field(default_factory=dict)
    teams: dict[str, Team]
    categories: dict[Category, CategoryRule]
    severity: SeverityRules
    stall: StallRules
    digest: DigestRules
    account_rules: tuple[AccountRule, ...] = ()

    @model_validator(mode="after")
    def _cross_references(self) -> RoutingConfig:
        missing = [c.value for c in Category if c not in self.categories]
        if missing:
            raise ValueError(f"categories: missing {', '.join(missing)}")
        for key, rule in self.categories.items():
            for team in (*rule.teams, *rule.path):
                if team not in self.teams:
                    raise ValueError(f"categories.{key.value}: unknown team {team!r}")
            if isinstance(rule.resolution, dict):
                gaps = [s.value for s in Severity if s not in rule.resolution]
                if gaps:
                    raise ValueError(f"categories.{key.value}.resolution: missing {gaps}")
        for index, arule in enumerate(self.account_rules):
            for team in arule.add_teams:
                if team not in self.teams:
                    raise ValueError(f"account_rules[{index}]: unknown team {team!r}")
        for address in self.csms:
            _address(address)
        return self
