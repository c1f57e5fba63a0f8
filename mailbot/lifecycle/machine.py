"""The escalation lifecycle as a pure function: (view, command, actor, now) → decision or refusal.

No I/O, no database, no clock: the caller loads an :class:`EscalationView`, resolves the
sender's :class:`Role` from routing, passes ``now``, then stores the events, applies the
changes and performs the effects. Keeping the rules free of side effects is what lets every
(status × command × role) combination be tested as a table. Which (command, status) pairs
are legal lives in :mod:`mailbot.lifecycle.transitions`, the per-command details in
:mod:`mailbot.lifecycle.rules`; this module is the entry point and re-exports the types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from mailbot.domain import CommandKind as K
from mailbot.domain import ParsedCommand
from mailbot.domain import Status as S
from mailbot.lifecycle.rules import MAX_SNOOZE, OVERRIDE_FIELDS, RULES, RuleInput
from mailbot.lifecycle.transitions import (
    AUTHORITY,
    TERMINAL,
    TRANSITIONS,
    Actor,
    Changes,
    Decision,
    Effect,
    EffectKind,
    EscalationView,
    EventSpec,
    Refusal,
    Role,
    refusal_reason,
)

__all__ = [
    "MAX_SNOOZE",
    "OVERRIDE_FIELDS",
    "Actor",
    "Changes",
    "Decision",
    "Effect",
    "EffectKind",
    "EscalationView",
    "EventSpec",
    "Refusal",
    "Role",
    "advance_view",
    "decide",
    "decide_reply",
]


def decide(
    view: EscalationView, command: ParsedCommand, actor: Actor, now: datetime
) -> Decision | Refusal:
    """Decide what one command does to one escalation; never raises for a user mistake."""
    refusal = _authority_refusal(command.kind, actor) or _status_refusal(command.kind, view.status)
    if refusal is not None:
        return refusal
    target = TRANSITIONS[(command.kind, view.status)]
    return RULES[command.kind](RuleInput(view, command, actor, now, target))


def _authority_refusal(kind: K, actor: Actor) -> Refusal | None:
    if actor.role is Role.OTHER:
        return Refusal("you are not a participant in this escalation")
    if actor.role in AUTHORITY[kind]:
        return None
    words = {Role.CSM: "the CSM", Role.MANAGER: "the CSM's manager", Role.TEAM: "the team"}
    who = " or ".join(words.get(role, "the scheduler") for role in sorted(AUTHORITY[kind]))
    return Refusal(f"'{kind}' can only come from {who}", authority=AUTHORITY[kind])


def _status_refusal(kind: K, status: S) -> Refusal | None:
    if (kind, status) in TRANSITIONS:
        return None
    if status in TERMINAL:
        return Refusal(f"this escalation is {status}: nothing more can change it")
    return Refusal(
        f"cannot '{kind}' while the escalation is {status}: {refusal_reason(kind, status)}"
    )


_DRAFT_EDITS = frozenset({K.OVERRIDE, K.CONTEXT})
_REVISION = frozenset({EffectKind.REVISE_DRAFT, EffectKind.SEND_APPROVAL_REQUEST})
Ruling = tuple[ParsedCommand, Decision | Refusal]  # a command and what was decided of it


def decide_reply(
    view: EscalationView, commands: Sequence[ParsedCommand], actor: Actor, now: datetime
) -> tuple[Ruling, ...]:
    """Decide every command of one reply, each seeing the effect of the ones before.

    Draft edits go first so an approve in the same reply routes the edited brief (SPEC §5);
    one reply yields at most one revised draft, none when it approves; and an approve is
    refused if any edit beside it was, so a mistyped severity never reaches a team.
    """
    ordered = [c for c in commands if c.kind in _DRAFT_EDITS]
    ordered += [c for c in commands if c.kind not in _DRAFT_EDITS]
    start, rulings = view, list[Ruling]()
    edit_refused = False
    for command in ordered:
        result: Decision | Refusal
        if command.kind is K.APPROVE and edit_refused:
            result = Refusal("not approved: an edit in the same reply was refused; fix it first")
        else:
            result = decide(view, command, actor, now)
        if isinstance(result, Decision):
            view = advance_view(view, result)
        edit_refused |= isinstance(result, Refusal) and command.kind in _DRAFT_EDITS
        rulings.append((command, result))
    revised = start.draft_version + 1 if view.status is S.DRAFT else None
    return tuple(_one_revision(rulings, revised))


def _one_revision(outcomes: list[Ruling], revised: int | None) -> list[Ruling]:
    """Keep the revision on the last accepted edit only (none if the draft left ``draft``)."""
    edits = [i for i, (c, r) in enumerate(outcomes) if c.kind in _DRAFT_EDITS and _ok(r)]
    for i in edits:
        command, decision = outcomes[i]
        assert isinstance(decision, Decision)
        if revised is not None and i == edits[-1]:
            changes = replace(decision.changes, draft_version=revised)
            outcomes[i] = (command, replace(decision, changes=changes))
        else:
            effects = tuple(e for e in decision.effects if e.kind not in _REVISION)
            changes = replace(decision.changes, draft_version=None)
            outcomes[i] = (command, replace(decision, effects=effects, changes=changes))
    return outcomes


def _ok(result: Decision | Refusal) -> bool:
    return isinstance(result, Decision)


def advance_view(view: EscalationView, decision: Decision) -> EscalationView:
    """The view after ``decision``: what the store will hold once it applies the changes."""
    ch = decision.changes
    snoozed = None if ch.clear_snooze else (ch.snoozed_until or view.snoozed_until)
    return replace(
        view,
        status=decision.new_status,
        severity=ch.severity or view.severity,
        category=ch.category or view.category,
        draft_version=view.draft_version if ch.draft_version is None else ch.draft_version,
        owner=None if ch.clear_owner else (ch.owner or view.owner),
        snoozed_until=snoozed,
        route_level=view.route_level if ch.route_level is None else ch.route_level,
        pending_question=(
            view.pending_question if ch.pending_question is None else ch.pending_question
        ),
    )
