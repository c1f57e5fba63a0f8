"""The escalation lifecycle as data: its vocabulary, who may send what, and where it leads.

Kept apart from the decision code so the whole graph of SPEC §3 and the authority rules of
SPEC §5/§6 can be read (and tested) in one screen: changing a rule means changing a row,
not control flow. A (command, status) pair missing from :data:`TRANSITIONS` is refused.
The value types live here too, so the rules and the entry points can share them without
importing each other; import them from :mod:`mailbot.lifecycle.machine`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType

from mailbot.domain import Category, Person, Severity
from mailbot.domain import CommandKind as K
from mailbot.domain import Status as S


class Role(StrEnum):
    """What the sender is for *this* escalation, resolved by the caller from the From address."""

    CSM = "csm"
    MANAGER = "manager"
    TEAM = "team"
    SYSTEM = "system"  # the scheduler; never a mail sender
    OTHER = "other"


class EffectKind(StrEnum):
    """Side effects the caller performs after storing a decision (mail, drafting)."""

    SEND_APPROVAL_REQUEST = "send_approval_request"
    REVISE_DRAFT = "revise_draft"
    ROUTE_BRIEF = "route_brief"
    NOTIFY_CSM = "notify_csm"
    NOTIFY_TEAM = "notify_team"
    RELAY_QUESTION_TO_CSM = "relay_question_to_csm"
    RELAY_ANSWER_TO_TEAM = "relay_answer_to_team"
    ASK_CSM_TO_CONFIRM = "ask_csm_to_confirm"
    REESCALATE = "reescalate"  # push: send the brief and history one level up the path
    SEND_STALL_NOTICE = "send_stall_notice"  # to the CSM and their manager
    SEND_STALL_REMINDER = "send_stall_reminder"
    SEND_ACK_WARNING = "send_ack_warning"  # to the team
    SEND_ACK_BREACH = "send_ack_breach"  # to the team and the CSM
    SEND_RESOLUTION_BREACH = "send_resolution_breach"
    SEND_UPDATE_DUE = "send_update_due"
    SEND_STATUS_REPORT = "send_status_report"
    MERGE_INTO = "merge_into"  # detail: the ESC-… that takes this thread in (issue 19)
    SEND_CUSTOMER_UPDATE_DRAFT = "send_customer_update_draft"  # detail: the CSM's guidance


@dataclass(frozen=True)
class Actor:
    """Who sent the command; ``role`` is resolved by the caller, by From address only."""

    address: str
    role: Role
    name: str = ""

    @property
    def label(self) -> str:
        """``Name <addr>`` as the sender wrote it, for the audit trail's words."""
        return f"{self.name} <{self.address}>" if self.name else self.address

    @property
    def person(self) -> Person:
        """The sender as an owner (the address in lower case, as an owner is stored)."""
        return Person(self.address.lower(), self.name)


@dataclass(frozen=True)
class EscalationView:
    """Just what the rules need to know about one escalation."""

    status: S
    severity: Severity
    category: Category
    draft_version: int = 1
    owner: Person | None = None
    snoozed_until: datetime | None = None
    route_level: int = 0  # position on the category's re-escalation path
    max_route_level: int = 0
    pending_question: bool = False  # a need-info question awaits the CSM
    duplicate_of: str = ""  # the ESC-… this draft was flagged as a possible duplicate of


OWNER_CHANGED = (
    "owner_changed"  # an event kind; detail "old -> new", each a Person label or "nobody"
)


@dataclass(frozen=True)
class EventSpec:
    """One audit row to store (who and when come from the caller)."""

    kind: str
    from_status: S
    to_status: S
    detail: str = ""


@dataclass(frozen=True)
class Effect:
    kind: EffectKind
    detail: str = ""


@dataclass(frozen=True)
class Changes:
    """Field updates; ``None`` means unchanged; ``clear_owner`` leaves nobody owning it."""

    owner: Person | None = None
    clear_owner: bool = False
    severity: Severity | None = None
    category: Category | None = None
    snoozed_until: datetime | None = None
    clear_snooze: bool = False
    route_level: int | None = None
    draft_version: int | None = None
    customer_communication: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)
    reset_stall_clock: bool = False
    pending_question: bool | None = None
    merged_into: str | None = None


@dataclass(frozen=True)
class Decision:
    """An accepted command; ``events`` is never empty, so every acceptance is audited."""

    new_status: S
    events: tuple[EventSpec, ...]
    effects: tuple[Effect, ...] = ()
    changes: Changes = field(default_factory=Changes)

    def effect_kinds(self) -> list[EffectKind]:
        return [effect.kind for effect in self.effects]


@dataclass(frozen=True)
class Refusal:
    """A refused command; ``reason`` is written for the sender's confirmation mail.

    ``authority`` names the roles that could have sent it when the sender's role could
    not, so the caller can say who they are by name (the rules know no addresses)."""

    reason: str
    authority: frozenset[Role] = frozenset()


CSM_ROLES = frozenset({Role.CSM, Role.MANAGER})  # SPEC §1: the manager may act as the CSM

CSM_COMMANDS = frozenset(
    {K.APPROVE, K.OVERRIDE, K.REJECT, K.CONTEXT, K.CLOSE, K.REOPEN, K.SNOOZE, K.PUSH}
    | {K.CUSTOMER, K.INFO_REPLY, K.MERGE, K.SEPARATE, K.DRAFT_UPDATE}
)
TEAM_COMMANDS = frozenset({K.ACK, K.IN_PROGRESS, K.UPDATE, K.NEED_INFO, K.RESOLVED})
SCHEDULER_EVENTS = frozenset(
    {K.STALL, K.STALL_REMINDER, K.ACK_WARNING, K.ACK_BREACH, K.RESOLUTION_BREACH, K.UPDATE_DUE}
)

AUTHORITY: Mapping[K, frozenset[Role]] = MappingProxyType(
    dict.fromkeys(CSM_COMMANDS, CSM_ROLES)
    | {kind: frozenset({Role.TEAM}) for kind in TEAM_COMMANDS}
    | {kind: frozenset({Role.SYSTEM}) for kind in SCHEDULER_EVENTS}
    | {K.STATUS: frozenset(Role) - {Role.OTHER}}
)

TERMINAL = frozenset({S.CLOSED, S.REJECTED})
WORKING = frozenset({S.ROUTED, S.ACKNOWLEDGED, S.IN_PROGRESS, S.STALLED})  # the team owes work
OWNED = frozenset({S.ACKNOWLEDGED, S.IN_PROGRESS, S.STALLED})  # someone on the team owns it
OPEN = WORKING | {S.DRAFT, S.RESOLVED}


def _stay(kind: K, statuses: Iterable[S]) -> dict[tuple[K, S], S]:
    """Rows for a command that is accepted in ``statuses`` without changing the status."""
    return {(kind, status): status for status in statuses}


def _move(kind: K, sources: Iterable[S], target: S) -> dict[tuple[K, S], S]:
    return {(kind, status): target for status in sources}


TRANSITIONS: Mapping[tuple[K, S], S] = MappingProxyType(
    # CSM on a draft
    _move(K.APPROVE, [S.DRAFT], S.ROUTED)
    | _stay(K.OVERRIDE, [S.DRAFT])
    | _stay(K.CONTEXT, [S.DRAFT])
    | _move(K.REJECT, [S.DRAFT], S.REJECTED)
    # team; from routed, the first reply is also the acknowledgement
    | _move(K.ACK, [S.ROUTED], S.ACKNOWLEDGED)
    | _stay(K.ACK, [S.ACKNOWLEDGED, S.IN_PROGRESS])
    | _move(K.ACK, [S.STALLED], S.IN_PROGRESS)
    | _move(K.IN_PROGRESS, WORKING, S.IN_PROGRESS)
    | _move(K.UPDATE, [S.ROUTED], S.ACKNOWLEDGED)
    | _move(K.UPDATE, OWNED, S.IN_PROGRESS)
    | _stay(K.UPDATE, [S.RESOLVED])  # a note after the fact; only the CSM reopens
    | _stay(K.NEED_INFO, [S.ROUTED, S.ACKNOWLEDGED, S.IN_PROGRESS])
    | _move(K.NEED_INFO, [S.STALLED], S.IN_PROGRESS)  # asking is progress (SPEC §3 stalled)
    | _move(K.RESOLVED, WORKING, S.RESOLVED)
    # CSM after routing
    | _move(K.CLOSE, [S.RESOLVED], S.CLOSED)
    | _move(K.REOPEN, [S.RESOLVED], S.IN_PROGRESS)
    | _stay(K.SNOOZE, OWNED)
    | _move(K.PUSH, WORKING, S.ROUTED)  # a new team, a new acknowledgement clock
    | _stay(K.CUSTOMER, OPEN)
    | _stay(K.INFO_REPLY, WORKING | {S.RESOLVED})
    | _stay(K.STATUS, S)  # read-only, so even terminal escalations answer it
    # duplicates and customer updates (issue 19)
    | _move(K.MERGE, OPEN, S.REJECTED)  # the other one carries on; counted once
    | _stay(K.SEPARATE, [S.DRAFT])
    | _stay(K.DRAFT_UPDATE, OPEN | {S.CLOSED})  # nothing reaches the customer from mailbot
    # scheduler
    | _move(K.STALL, [S.ROUTED, S.ACKNOWLEDGED, S.IN_PROGRESS], S.STALLED)  # silence stalls too
    | _stay(K.STALL_REMINDER, [S.STALLED])
    | _stay(K.ACK_WARNING, [S.ROUTED])
    | _stay(K.ACK_BREACH, [S.ROUTED])
    | _stay(K.RESOLUTION_BREACH, WORKING)
    | _stay(K.UPDATE_DUE, OWNED)
)

# Why a command is refused in a status it has no row for; specific pairs first.
SPECIFIC_REASONS: Mapping[tuple[K, S], str] = MappingProxyType(
    {
        (K.RESOLVED, S.RESOLVED): "it is already resolved and waits for the CSM to confirm",
        (K.ACK, S.RESOLVED): "it is already resolved; the CSM can reopen it",
        (K.IN_PROGRESS, S.RESOLVED): "it is already resolved; the CSM can reopen it",
        (K.APPROVE, S.ROUTED): "it was already approved and routed",
        (K.SNOOZE, S.ROUTED): "the team has not acknowledged it yet; use push to re-escalate",
    }
)
COMMAND_REASONS: Mapping[K, str] = MappingProxyType(
    {
        K.APPROVE: "only a draft awaiting approval can be approved",
        K.OVERRIDE: "fields can only be overridden on a draft awaiting approval",
        K.REJECT: "only a draft awaiting approval can be rejected",
        K.CONTEXT: "free text is read as context only on a draft; use 'customer: …' "
        "to record what the customer was told",
        K.ACK: "the brief has not been routed to the team",
        K.IN_PROGRESS: "work is reported between routing and resolution",
        K.UPDATE: "the brief has not been routed to the team",
        K.NEED_INFO: "questions are relayed only while the work is open",
        K.RESOLVED: "only routed or open work can be resolved",
        K.CLOSE: "close it after the team has marked it resolved",
        K.REOPEN: "only a resolved escalation can be reopened",
        K.SNOOZE: "snooze pauses the stall clock of acknowledged, in-progress or stalled work",
        K.PUSH: "push re-escalates routed or open work; a draft must be approved first",
        K.CUSTOMER: "the customer-communication status is kept only on open escalations",
        K.INFO_REPLY: "there is no open team question to answer",
        K.STATUS: "status is always answered",
        K.MERGE: "only an open escalation can be merged into another one",
        K.SEPARATE: "only a draft flagged as a possible duplicate can be kept separate",
        K.DRAFT_UPDATE: "a customer update is drafted only for a live or closed escalation",
        K.STALL: "only routed, acknowledged or in-progress work can stall",
        K.STALL_REMINDER: "only a stalled escalation gets stall reminders",
        K.ACK_WARNING: "the acknowledgement clock runs only while routed",
        K.ACK_BREACH: "the acknowledgement clock runs only while routed",
        K.RESOLUTION_BREACH: "the resolution clock runs only while the team owes work",
        K.UPDATE_DUE: "updates are due only on acknowledged work",
    }
)


def refusal_reason(kind: K, status: S) -> str:
    """Why ``kind`` has no row for ``status``, in words for the sender."""
    return SPECIFIC_REASONS.get((kind, status), COMMAND_REASONS[kind])
