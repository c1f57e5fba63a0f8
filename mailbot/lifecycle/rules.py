"""The per-command rules behind :func:`mailbot.lifecycle.machine.decide`.

By the time a rule runs, authority and the (command, status) row have been checked, so
each rule only adds what the table cannot say: arguments, owners, clocks, effects.
Pure functions of a :class:`RuleInput`; no I/O and no clock of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from mailbot.domain import (
    CHOICES,
    Category,
    ParsedCommand,
    Person,
    Severity,
    read_choice,
)
from mailbot.domain import CommandKind as K
from mailbot.domain import Status as S
from mailbot.lifecycle.transitions import (
    OWNER_CHANGED,
    Actor,
    Changes,
    Decision,
    Effect,
    EscalationView,
    EventSpec,
    Refusal,
)
from mailbot.lifecycle.transitions import EffectKind as E

# The one snooze limit: the grammar reads any duration, and a longer one is refused here,
# where the refusal can name the limit.
MAX_SNOOZE = timedelta(days=30)
OVERRIDE_FIELDS = frozenset({"account", "headline", "ask", *CHOICES})


@dataclass(frozen=True)
class RuleInput:
    view: EscalationView
    command: ParsedCommand
    actor: Actor
    now: datetime
    target: S

    @property
    def arg(self) -> str:
        return self.command.arg.strip()

    def event(self, detail: str = "", source: S | None = None) -> EventSpec:
        return EventSpec(self.command.kind.value, source or self.view.status, self.target, detail)

    def one(self, detail: str, *effects: Effect, changes: Changes | None = None) -> Decision:
        return Decision(self.target, (self.event(detail),), effects, changes or Changes())

    def progress(self, owner: Person | None = None, question: bool | None = None) -> Changes:
        """Team activity: resets the stall clock and ends a snooze (SPEC §3 stalled)."""
        claim = owner or (None if self.view.owner else self.actor.person)
        return Changes(
            owner=claim,
            reset_stall_clock=True,
            clear_snooze=self.view.snoozed_until is not None,
            pending_question=question,
        )


Rule = Callable[[RuleInput], "Decision | Refusal"]


# --- CSM on a draft -------------------------------------------------------------------


def _approve(c: RuleInput) -> Decision:
    detail = f"draft v{c.view.draft_version} approved"
    return c.one(detail, Effect(E.ROUTE_BRIEF), Effect(E.NOTIFY_CSM, detail))


def _override(c: RuleInput) -> Decision | Refusal:
    name, sep, raw = c.arg.partition("=")
    name, value = name.strip().lower(), raw.strip()
    if not sep or name not in OVERRIDE_FIELDS or not value:
        fields = ", ".join(sorted(OVERRIDE_FIELDS))
        return Refusal(f"cannot read override '{c.command.line or c.arg}': use one of {fields}")
    if name in CHOICES:
        choice = read_choice(name, value)
        if choice is None:
            allowed = ", ".join(CHOICES[name])
            return Refusal(f"unknown {name} '{raw.strip()}': use one of {allowed}")
        value = choice
    changes = Changes(
        overrides={name: value},
        severity=Severity(value) if name == "severity" else None,
        category=Category(value) if name == "category" else None,
        draft_version=c.view.draft_version + 1,
    )
    detail = f"{name}={value}"
    return c.one(detail, Effect(E.REVISE_DRAFT, detail), _APPROVAL_REQUEST, changes=changes)


def _context(c: RuleInput) -> Decision | Refusal:
    if not c.arg:
        return Refusal("there is no text to add to the draft")
    changes = Changes(draft_version=c.view.draft_version + 1)
    return c.one(c.arg, Effect(E.REVISE_DRAFT, c.arg), _APPROVAL_REQUEST, changes=changes)


def _reject(c: RuleInput) -> Decision:
    reason = c.arg or "no reason given"
    return c.one(reason, Effect(E.NOTIFY_CSM, f"rejected: {reason}"))


# --- team -----------------------------------------------------------------------------


def _ack(c: RuleInput) -> Decision:
    view, named = c.view, c.command.owner
    if view.status is S.ROUTED or view.owner is None:  # also a first answer to a silent stall
        first = named or c.actor.person
        note = Effect(E.NOTIFY_CSM, f"acknowledged; owner {first.label}")
        return c.one(f"owner: {first.label}", note, changes=c.progress(owner=first))
    owner = named if named and not named.same_as(view.owner) else None
    events = [c.event("progress after a stall")] if c.target is not view.status else []
    if owner:
        change = f"{view.owner.label or 'nobody'} -> {owner.label}"
        events.append(EventSpec(OWNER_CHANGED, c.target, c.target, change))
    if not events:
        return c.one("already acknowledged", changes=c.progress())
    note = Effect(E.NOTIFY_CSM, f"acknowledged again; owner {(owner or view.owner).label}")
    return Decision(c.target, tuple(events), (note,), c.progress(owner=owner))


def _team_events(c: RuleInput, detail: str) -> tuple[EventSpec, ...]:
    """From ``routed``, a first reply is also the acknowledgement (SPEC §5), audited as such."""
    if c.view.status is not S.ROUTED or c.target is S.ROUTED:
        return (c.event(detail),)
    implicit = f"first reply ({c.command.kind}) from {c.actor.label} counts as acknowledgement"
    ack = EventSpec(K.ACK.value, S.ROUTED, S.ACKNOWLEDGED, implicit)
    return (ack, c.event(detail, source=S.ACKNOWLEDGED))


def _team(c: RuleInput, detail: str, effect: Effect, question: bool | None = None) -> Decision:
    return Decision(c.target, _team_events(c, detail), (effect,), c.progress(question=question))


def _in_progress(c: RuleInput) -> Decision:
    detail = c.arg or "work in progress"
    return _team(c, detail, Effect(E.NOTIFY_CSM, detail))


def _update(c: RuleInput) -> Decision | Refusal:
    if not c.arg:
        return Refusal("the update has no text")
    return _team(c, c.arg, Effect(E.NOTIFY_CSM, c.arg))


def _need_info(c: RuleInput) -> Decision | Refusal:
    if not c.arg:
        return Refusal("'need info' needs the question, e.g. 'need info: which region?'")
    return _team(c, c.arg, Effect(E.RELAY_QUESTION_TO_CSM, c.arg), question=True)


def _resolved(c: RuleInput) -> Decision:
    summary = c.arg or "resolved"
    return _team(c, summary, Effect(E.ASK_CSM_TO_CONFIRM, summary))


# --- CSM after routing ----------------------------------------------------------------


def _close(c: RuleInput) -> Decision:
    detail = c.arg or "confirmed resolved"
    return c.one(detail, Effect(E.NOTIFY_CSM, f"closed: {detail}"))


def _reopen(c: RuleInput) -> Decision:
    reason = c.arg or "reopened by the CSM"
    changes = replace(c.progress(), owner=None)
    return c.one(
        reason, Effect(E.NOTIFY_TEAM, reason), Effect(E.NOTIFY_CSM, reason), changes=changes
    )


def _snooze(c: RuleInput) -> Decision | Refusal:
    delta = c.command.duration  # read by the grammar; only the limit is decided here
    if delta is None:
        return Refusal(f"cannot read snooze '{c.arg}': use a duration such as 12h, 3d or 1w")
    if delta > MAX_SNOOZE:
        return Refusal(f"snooze '{c.arg}' is longer than the {MAX_SNOOZE.days}-day maximum")
    until = c.now + delta
    return c.one(
        f"stall clock paused until {until.isoformat()}", changes=Changes(snoozed_until=until)
    )


def _push(c: RuleInput) -> Decision | Refusal:
    view = c.view
    if view.route_level >= view.max_route_level:
        where = f"the top of the {view.category} escalation path (level {view.route_level})"
        return Refusal(f"cannot push: already at {where}")
    level = view.route_level + 1
    detail = f"re-escalated to level {level} of the {view.category} path"
    changes = Changes(
        clear_owner=True,
        route_level=level,
        reset_stall_clock=True,
        clear_snooze=view.snoozed_until is not None,
    )
    effects = (Effect(E.REESCALATE, detail), Effect(E.NOTIFY_CSM, detail))
    return Decision(c.target, (c.event(detail),), effects, changes)


def _customer(c: RuleInput) -> Decision | Refusal:
    if not c.arg:
        return Refusal("'customer:' needs the customer-communication status")
    return c.one(c.arg, changes=Changes(customer_communication=c.arg))


def _info_reply(c: RuleInput) -> Decision | Refusal:
    if not c.view.pending_question:
        return Refusal("no question from the team is waiting for an answer")
    if not c.arg:
        return Refusal("the answer has no text")
    changes = Changes(pending_question=False)
    return c.one(c.arg, Effect(E.RELAY_ANSWER_TO_TEAM, c.arg), changes=changes)


def _status(c: RuleInput) -> Decision:
    return c.one(f"requested by {c.actor.label}", Effect(E.SEND_STATUS_REPORT))


# --- duplicates and customer updates (issue 19) --------------------------------------


def _merge(c: RuleInput) -> Decision | Refusal:
    """The target's existence and state are checked by the caller (they need the store)."""
    if not re.fullmatch(r"ESC-\d{4}-\d{4,8}", c.arg):
        return Refusal("'merge' needs the escalation to merge into, e.g. 'merge ESC-2026-0001'")
    detail = f"merged into {c.arg}"
    changes = Changes(merged_into=c.arg)
    return c.one(detail, Effect(E.MERGE_INTO, c.arg), changes=changes)


def _separate(c: RuleInput) -> Decision | Refusal:
    if not c.view.duplicate_of:
        return Refusal("this draft was not flagged as a possible duplicate")
    return c.one(f"kept separate from {c.view.duplicate_of}")


def _draft_update(c: RuleInput) -> Decision:
    detail = "customer update draft requested" + (f"; guidance: {c.arg}" if c.arg else "")
    return c.one(detail, Effect(E.SEND_CUSTOMER_UPDATE_DRAFT, c.arg))


# --- scheduler ------------------------------------------------------------------------


def _notice(kind: E, *, snoozable: bool = False) -> Rule:
    """A scheduler event: record it and send ``kind``; stall notices respect a snooze."""

    def handle(c: RuleInput) -> Decision | Refusal:
        until = c.view.snoozed_until
        if snoozable and until is not None and until > c.now:
            return Refusal(f"the stall clock is snoozed until {until.isoformat()}")
        return c.one(c.arg, Effect(kind, c.arg))

    return handle


_APPROVAL_REQUEST = Effect(E.SEND_APPROVAL_REQUEST)
RULES: dict[K, Rule] = {
    K.APPROVE: _approve,
    K.OVERRIDE: _override,
    K.REJECT: _reject,
    K.CONTEXT: _context,
    K.ACK: _ack,
    K.IN_PROGRESS: _in_progress,
    K.UPDATE: _update,
    K.NEED_INFO: _need_info,
    K.RESOLVED: _resolved,
    K.CLOSE: _close,
    K.REOPEN: _reopen,
    K.SNOOZE: _snooze,
    K.PUSH: _push,
    K.CUSTOMER: _customer,
    K.INFO_REPLY: _info_reply,
    K.STATUS: _status,
    K.MERGE: _merge,
    K.SEPARATE: _separate,
    K.DRAFT_UPDATE: _draft_update,
    K.STALL: _notice(E.SEND_STALL_NOTICE, snoozable=True),
    K.STALL_REMINDER: _notice(E.SEND_STALL_REMINDER, snoozable=True),
    K.ACK_WARNING: _notice(E.SEND_ACK_WARNING),
    K.ACK_BREACH: _notice(E.SEND_ACK_BREACH),
    K.RESOLUTION_BREACH: _notice(E.SEND_RESOLUTION_BREACH),
    K.UPDATE_DUE: _notice(E.SEND_UPDATE_DUE),
}
