"""What a handler did with one message, as one typed value the pipeline and store read.

The reason is for people (the log, the audit table, ``mailbot list``); nothing parses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.domain import Disposition
from mailbot.store.tables import Escalation


@dataclass(frozen=True)
class Handled:
    disposition: Disposition
    reason: str
    escalation: Escalation | None = None  # the escalation acted on, if any

    @classmethod
    def processed(cls, reason: str, escalation: Escalation | None = None) -> Handled:
        return cls(Disposition.PROCESSED, reason, escalation)

    @classmethod
    def quarantined(cls, reason: str, escalation: Escalation | None = None) -> Handled:
        return cls(Disposition.QUARANTINED, reason, escalation)


@dataclass
class ReplyReport:
    """Results / Not understood / Ignored for one reply (Mailman's command runner)."""

    results: list[str] = field(default_factory=list)
    unprocessed: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
