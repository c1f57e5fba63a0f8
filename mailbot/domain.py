"""The shared vocabulary of mailbot: categories, severities, sentiments and statuses.

Kept in one small module so every stage (parsing, drafting, routing, lifecycle, store)
speaks the same words, and the LLM's output can be validated against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parseaddr
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

_PRIORITY = re.compile(r"^(?:p|prio|sev)\s*([1-4])\b")


def choice_word(text: str) -> str:
    """How a person writes a choice, as its value: ``Feature Gap`` → ``feature_gap``,
    ``service-failure`` → ``service_failure``; a remark in brackets is dropped."""
    word = text.lower().strip(" .!").split("(")[0].strip()
    return re.sub(r"[\s\-]+", "_", word)


def read_choice(field: str, text: str) -> str | None:
    """The value of a severity, category or sentiment as written in a reply or override
    (``P1`` and ``sev 1`` mean critical), or None when it names none of them."""
    word = text.lower().strip(" .!")
    priority = _PRIORITY.match(word)
    if field == "severity" and priority:
        return ("critical", "high", "medium", "low")[int(priority.group(1)) - 1]
    value = choice_word(word)
    return value if value in CHOICES[field] else None


class Category(StrEnum):
    PRODUCT_DEFECT = "product_defect"
    FEATURE_GAP = "feature_gap"
    SERVICE_FAILURE = "service_failure"
    COMMERCIAL_DISPUTE = "commercial_dispute"
    RELATIONSHIP_AT_RISK = "relationship_at_risk"
    EXECUTIVE_INTERVENTION = "executive_intervention"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def priority(self) -> str:
        """The P-label CSMs use ("P1" for critical)."""
        return {"critical": "P1", "high": "P2", "medium": "P3", "low": "P4"}[self.value]

    @property
    def rank(self) -> int:
        return {"critical": 0, "high": 1, "medium": 2, "low": 3}[self.value]


class Sentiment(StrEnum):
    CALM = "calm"
    CONCERNED = "concerned"
    FRUSTRATED_BUT_PATIENT = "frustrated_but_patient"
    FRUSTRATED = "frustrated"
    ANGRY = "angry"
    THREATENING_CHURN = "threatening_churn"


class Disposition(StrEnum):
    """What becomes of one inbound message: decided by the pipeline, carried out by the
    watcher (which moves the mail) and kept by the store. One enum end to end, so no layer
    converts another's outcome."""

    PROCESSED = "processed"  # stored: move to Processed
    QUARANTINED = "quarantined"  # unwanted or poison: kept whole, moved to Quarantine
    RETRY = "retry"  # could not decide now (e.g. database down): leave it in the folder


class Status(StrEnum):
    DRAFT = "draft"
    REJECTED = "rejected"
    ROUTED = "routed"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    STALLED = "stalled"
    RESOLVED = "resolved"
    CLOSED = "closed"


CHOICES: dict[str, tuple[str, ...]] = {
    "severity": tuple(s.value for s in Severity),
    "category": tuple(c.value for c in Category),
    "sentiment": tuple(s.value for s in Sentiment),
}

ACTIVE_STATUSES = frozenset(
    {Status.ROUTED, Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.STALLED, Status.RESOLVED}
)
OPEN_STATUSES = ACTIVE_STATUSES | {Status.DRAFT}


# --- the stored statuses of the store's work queues ----------------------------------------
# Each table's ``status`` column holds one of these; migration 0006 and ``store/tables.py``
# build their CHECK constraints from the same enums, so code and database cannot drift.


class OutboxStatus(StrEnum):
    """An outbox item: waiting (``pending``, ``held`` by the daily cap, ``sending`` under a
    lease) or done (``sent``, ``failed``, ``dead`` after the give-up time, ``bounced``)."""

    PENDING = "pending"
    SENDING = "sending"
    HELD = "held"
    SENT = "sent"
    FAILED = "failed"
    DEAD = "dead"
    BOUNCED = "bounced"
    ERASED = "erased"  # its bytes were erased (privacy) before it went out


OUTBOX_WAITING = frozenset({OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.HELD})


class DraftJobStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    ERASED = "erased"  # its forward was erased (privacy) before it was drafted


class DraftPurpose(StrEnum):
    """What a drafting job writes: the escalation's brief, or a customer update (issue 19)."""

    BRIEF = "brief"
    CUSTOMER_UPDATE = "customer_update"


class QuarantineStatus(StrEnum):
    HELD = "held"
    RETRIED = "retried"  # a reprocess began (and, if still so, never finished)
    REPROCESSED = "reprocessed"
    ERASED = "erased"  # its bytes were erased (privacy)


class Direction(StrEnum):
    """A message record: mail that came in, or mail we sent."""

    IN = "in"
    OUT = "out"


class AccountFacts(BaseModel):
    """Trusted account data from the accounts table (never from customer text)."""

    model_config = ConfigDict(frozen=True)

    name: str
    domains: tuple[str, ...] = ()
    arr: int | None = None
    currency: str = "USD"
    renewal_date: date | None = None
    tier: str | None = None
    strategic: bool = False
    csm: str | None = None

    def arr_label(self) -> str | None:
        """``EUR 85k ARR`` style, as in the seed's headline example."""
        if self.arr is None:
            return None
        if self.arr >= 1_000_000:
            amount = f"{self.arr / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
        elif self.arr >= 1000:
            amount = f"{self.arr // 1000}k"
        else:
            amount = str(self.arr)
        return f"{self.currency} {amount} ARR"


class CommandKind(StrEnum):
    """Every email command of SPEC §5, plus the events the scheduler raises.

    Mail commands are parsed from a reply's new text; scheduler events never come from mail.
    """

    # CSM on a draft
    APPROVE = "approve"
    # OVERRIDE's arg is "field=value": severity, category, account, headline, ask, sentiment
    OVERRIDE = "override"
    REJECT = "reject"
    CONTEXT = "context"  # free text on a draft: revise the draft
    # team
    ACK = "ack"  # arg: optional "Name <addr>" owner
    IN_PROGRESS = "in_progress"
    UPDATE = "update"  # arg: the note (explicit "update:" or free text)
    NEED_INFO = "need_info"
    RESOLVED = "resolved"
    # CSM after routing
    CLOSE = "close"
    REOPEN = "reopen"
    SNOOZE = "snooze"  # arg: duration text, e.g. "3d"
    PUSH = "push"
    CUSTOMER = "customer"  # arg: customer-communication status
    INFO_REPLY = "info_reply"  # CSM free text answering a need-info question
    STATUS = "status"  # subject "status" to the escalation address
    MERGE = "merge"  # arg: the ESC-… this draft duplicates (issue 19)
    SEPARATE = "separate"  # a flagged possible duplicate is kept apart
    DRAFT_UPDATE = "draft_update"  # arg: optional guidance for a customer-update draft
    # scheduler (never from mail)
    STALL = "stall"
    STALL_REMINDER = "stall_reminder"
    ACK_WARNING = "ack_warning"
    ACK_BREACH = "ack_breach"
    RESOLUTION_BREACH = "resolution_breach"
    UPDATE_DUE = "update_due"


@dataclass(frozen=True)
class Person:
    """Someone named in mail: an escalation's owner, as stored (address and name columns).

    :meth:`parse` reads ``Name <addr>`` (or a bare address or name) once, where the text
    arrives; :attr:`label` is the one way a person is shown, and parses back to the same value.
    """

    address: str
    name: str = ""

    @classmethod
    def parse(cls, text: str) -> Person:
        """``Name <addr>`` → the address (lower case) and name; a bare name fills both."""
        name, address = parseaddr(text)
        if "@" in address:
            return cls(address.lower(), name)
        return cls(text, text)

    @property
    def label(self) -> str:
        """``Name <addr>`` (or the one that is known; "" for nobody), quoted when needed."""
        name, address = self.name, self.address
        if name and address and name != address:
            if any(c in name for c in ',;:<>@()[]"\\'):  # quoted, so parse reads it back
                name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
            return f"{name} <{address}>"
        return address or name

    def same_as(self, other: Person) -> bool:
        """The address decides when both have one; otherwise the whole label."""
        if "@" in self.address and "@" in other.address:
            return self.address.lower() == other.address.lower()
        return self.label == other.label


class ParsedCommand(BaseModel):
    """One command line read from a reply (``line`` is the text as written).

    ``arg`` is the argument as text (free text, or the normalised form, e.g. ``3d``); the
    grammar (:func:`mailbot.inbound.command_args.command`) also reads the typed value once:
    ``duration`` for ``snooze``, ``owner`` for ``ack``. The rules use those, never ``arg``.
    """

    model_config = ConfigDict(frozen=True)

    kind: CommandKind
    arg: str = ""
    line: str = ""
    duration: timedelta | None = None  # snooze: how long, as read (the limit is the machine's)
    owner: Person | None = None  # ack: the owner named (None: the sender, or unchanged)


@dataclass(frozen=True)
class Track:
    """What is remembered per (escalation, sender): the last reply and the streak.

    Here rather than in the robot rule because the store keeps it (``store/reply_tracks``)
    and the pure rule (``lifecycle/robot``) judges it: both sides share the value.
    """

    last_text: str  # normalised
    last_at: datetime
    streak: int  # near-same quick replies in a row, this one included
    robot_text: str = ""  # normalised text judged robotic; "" while none was
