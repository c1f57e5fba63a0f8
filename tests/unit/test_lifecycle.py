"""The escalation state machine, as tables: SPEC §3 transitions, §5 commands, every refusal."""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from mailbot.domain import Category, CommandKind, ParsedCommand, Person, Severity, Status
from mailbot.inbound.command_args import command, parse_duration
from mailbot.lifecycle.machine import (
    MAX_SNOOZE,
    Actor,
    Decision,
    EffectKind,
    EscalationView,
    Refusal,
    Role,
    advance_view,
    decide,
    decide_reply,
)
from mailbot.lifecycle.rules import RULES
from mailbot.lifecycle.transitions import AUTHORITY, COMMAND_REASONS, TERMINAL, TRANSITIONS, WORKING

K, S, E = CommandKind, Status, EffectKind
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
CSM = Actor("carla@example.com", Role.CSM, "Carla Diaz")
MANAGER = Actor("boss@example.com", Role.MANAGER)
TEAM = Actor("mike@eng.example.com", Role.TEAM, "Mike Ross")
SYSTEM = Actor("scheduler", Role.SYSTEM)
OTHER = Actor("someone@elsewhere.test", Role.OTHER)
ACTORS = {"csm": CSM, "manager": MANAGER, "team": TEAM, "system": SYSTEM, "other": OTHER}
OWNER = "Mike Ross <mike@eng.example.com>"
# An argument that satisfies each command, so only role and status decide the outcome.
GOOD_ARG = {K.OVERRIDE: "severity=high", K.SNOOZE: "3d", K.UPDATE: "patch deployed"}
GOOD_ARG |= {K.NEED_INFO: "which region?", K.CUSTOMER: "told them Friday"}
GOOD_ARG |= {K.INFO_REPLY: "eu-west-1", K.CONTEXT: "they renew in May"}
GOOD_ARG |= {K.MERGE: "ESC-2026-0001"}


def view(status: Status, **fields: Any) -> EscalationView:
    """A view that meets every precondition (owner set, room to push, a question pending)."""
    owned = status not in {S.DRAFT, S.ROUTED, S.REJECTED}
    base = EscalationView(
        status=status,
        severity=Severity.MEDIUM,
        category=Category.PRODUCT_DEFECT,
        owner=Person.parse(OWNER) if owned else None,
        max_route_level=2,
        pending_question=True,
        duplicate_of="ESC-2026-0001",
    )
    return replace(base, **fields)


def cmd(kind: CommandKind, arg: str | None = None) -> ParsedCommand:
    """The command as the grammar builds it (its typed argument read from the text)."""
    return command(kind, GOOD_ARG.get(kind, "") if arg is None else arg)


def accepted(result: Decision | Refusal) -> Decision:
    assert isinstance(result, Decision), result
    return result


def refused(result: Decision | Refusal) -> Refusal:
    assert isinstance(result, Refusal), result
    return result


# --- the table is complete and consistent ------------------------------------------------


def test_every_command_has_authority_handler_and_reason() -> None:
    assert set(AUTHORITY) == set(CommandKind)
    assert set(RULES) == set(CommandKind)
    assert set(COMMAND_REASONS) == set(CommandKind)
    assert {kind for kind, _ in TRANSITIONS} == set(CommandKind)


def test_terminal_statuses_only_answer_status() -> None:
    rows = {(kind, status) for kind, status in TRANSITIONS if status in TERMINAL}
    assert rows == {(K.STATUS, S.CLOSED), (K.STATUS, S.REJECTED), (K.DRAFT_UPDATE, S.CLOSED)}


ALL_CASES = [
    pytest.param(status, kind, role, id=f"{status}-{kind}-{role}")
    for status in Status
    for kind in CommandKind
    for role in ACTORS
]


@pytest.mark.parametrize(("status", "kind", "role"), ALL_CASES)
def test_every_status_command_role(status: Status, kind: CommandKind, role: str) -> None:
    """Accepted exactly when the role may send it and the table has a row; events chain."""
    actor = ACTORS[role]
    result = decide(view(status), cmd(kind), actor, NOW)
    allowed = actor.role in AUTHORITY[kind] and (kind, status) in TRANSITIONS
    assert isinstance(result, Decision) is allowed, result
    if isinstance(result, Refusal):
        assert result.reason
        return
    assert result.new_status is TRANSITIONS[(kind, status)]
    assert result.events, "every accepted command is audited"
    assert result.events[0].from_status is status
    assert result.events[-1].to_status is result.new_status
    for before, after in zip(result.events, result.events[1:], strict=False):
        assert before.to_status is after.from_status


# --- SPEC §3 transitions and §5 commands --------------------------------------------------

# One row per SPEC §3 transition and §5 command: (status, command, actor, new status,
# effects, event kinds); arguments come from GOOD_ARG.
TRANSITION_ROWS = [
    (S.DRAFT, K.APPROVE, CSM, S.ROUTED, "route_brief notify_csm", "approve"),
    (S.DRAFT, K.APPROVE, MANAGER, S.ROUTED, "route_brief notify_csm", "approve"),
    (S.DRAFT, K.OVERRIDE, CSM, S.DRAFT, "revise_draft send_approval_request", "override"),
    (S.DRAFT, K.CONTEXT, CSM, S.DRAFT, "revise_draft send_approval_request", "context"),
    (S.DRAFT, K.REJECT, CSM, S.REJECTED, "notify_csm", "reject"),
    (S.DRAFT, K.CUSTOMER, CSM, S.DRAFT, "", "customer"),
    (S.ROUTED, K.ACK, TEAM, S.ACKNOWLEDGED, "notify_csm", "ack"),
    (S.ROUTED, K.UPDATE, TEAM, S.ACKNOWLEDGED, "notify_csm", "ack update"),
    (S.ROUTED, K.IN_PROGRESS, TEAM, S.IN_PROGRESS, "notify_csm", "ack in_progress"),
    (S.ROUTED, K.RESOLVED, TEAM, S.RESOLVED, "ask_csm_to_confirm", "ack resolved"),
    (S.ROUTED, K.NEED_INFO, TEAM, S.ROUTED, "relay_question_to_csm", "need_info"),
    (S.ROUTED, K.PUSH, CSM, S.ROUTED, "reescalate notify_csm", "push"),
    (S.ROUTED, K.STATUS, TEAM, S.ROUTED, "send_status_report", "status"),
    (S.ROUTED, K.ACK_WARNING, SYSTEM, S.ROUTED, "send_ack_warning", "ack_warning"),
    (S.ROUTED, K.ACK_BREACH, SYSTEM, S.ROUTED, "send_ack_breach", "ack_breach"),
    (S.ACKNOWLEDGED, K.IN_PROGRESS, TEAM, S.IN_PROGRESS, "notify_csm", "in_progress"),
    (S.ACKNOWLEDGED, K.UPDATE, TEAM, S.IN_PROGRESS, "notify_csm", "update"),
    (S.ACKNOWLEDGED, K.SNOOZE, CSM, S.ACKNOWLEDGED, "", "snooze"),
    (S.ACKNOWLEDGED, K.STALL, SYSTEM, S.STALLED, "send_stall_notice", "stall"),
    (S.IN_PROGRESS, K.UPDATE, TEAM, S.IN_PROGRESS, "notify_csm", "update"),
    (S.IN_PROGRESS, K.IN_PROGRESS, TEAM, S.IN_PROGRESS, "notify_csm", "in_progress"),
    (S.IN_PROGRESS, K.RESOLVED, TEAM, S.RESOLVED, "ask_csm_to_confirm", "resolved"),
    (S.IN_PROGRESS, K.CUSTOMER, CSM, S.IN_PROGRESS, "", "customer"),
    (S.IN_PROGRESS, K.INFO_REPLY, CSM, S.IN_PROGRESS, "relay_answer_to_team", "info_reply"),
    (S.IN_PROGRESS, K.STALL, SYSTEM, S.STALLED, "send_stall_notice", "stall"),
    (S.IN_PROGRESS, K.RESOLUTION_BREACH, SYSTEM, S.IN_PROGRESS, "send_resolution_breach", ""),
    (S.STALLED, K.UPDATE, TEAM, S.IN_PROGRESS, "notify_csm", "update"),
    (S.STALLED, K.ACK, TEAM, S.IN_PROGRESS, "notify_csm", "ack"),
    (S.STALLED, K.IN_PROGRESS, TEAM, S.IN_PROGRESS, "notify_csm", "in_progress"),
    (S.STALLED, K.NEED_INFO, TEAM, S.IN_PROGRESS, "relay_question_to_csm", "need_info"),
    (S.STALLED, K.RESOLVED, TEAM, S.RESOLVED, "ask_csm_to_confirm", "resolved"),
    (S.STALLED, K.SNOOZE, CSM, S.STALLED, "", "snooze"),
    (S.STALLED, K.PUSH, MANAGER, S.ROUTED, "reescalate notify_csm", "push"),
    (S.STALLED, K.STALL_REMINDER, SYSTEM, S.STALLED, "send_stall_reminder", "stall_reminder"),
    (S.STALLED, K.UPDATE_DUE, SYSTEM, S.STALLED, "send_update_due", "update_due"),
    (S.RESOLVED, K.UPDATE, TEAM, S.RESOLVED, "notify_csm", "update"),
    (S.RESOLVED, K.CLOSE, CSM, S.CLOSED, "notify_csm", "close"),
    (S.RESOLVED, K.CLOSE, MANAGER, S.CLOSED, "notify_csm", "close"),
    (S.RESOLVED, K.REOPEN, CSM, S.IN_PROGRESS, "notify_team notify_csm", "reopen"),
    (S.CLOSED, K.STATUS, CSM, S.CLOSED, "send_status_report", "status"),
]


@pytest.mark.parametrize(
    ("status", "kind", "actor", "new_status", "effects", "events"),
    [pytest.param(*row, id=f"{row[0]}-{row[1]}-{row[2].role}") for row in TRANSITION_ROWS],
)
def test_transition(
    status: Status, kind: CommandKind, actor: Actor, new_status: Status, effects: str, events: str
) -> None:
    decision = accepted(decide(view(status), cmd(kind), actor, NOW))
    assert decision.new_status is new_status
    assert decision.effect_kinds() == [EffectKind(name) for name in effects.split()]
    assert [event.kind for event in decision.events] == (events or kind.value).split()


SNOOZED = NOW + timedelta(hours=1)
NO_QUESTION = view(S.IN_PROGRESS, pending_question=False)
REFUSAL_ROWS = [
    # (id, view, command, arg, actor, words in the reason)
    ("other-sender", view(S.DRAFT), K.APPROVE, "", OTHER, "not a participant"),
    ("other-status", view(S.IN_PROGRESS), K.STATUS, "", OTHER, "not a participant"),
    ("team-cannot-approve", view(S.DRAFT), K.APPROVE, "", TEAM, "CSM"),
    ("team-cannot-close", view(S.RESOLVED), K.CLOSE, "", TEAM, "CSM"),
    ("csm-cannot-ack", view(S.ROUTED), K.ACK, "", CSM, "the team"),
    ("manager-cannot-resolve", view(S.IN_PROGRESS), K.RESOLVED, "", MANAGER, "the team"),
    ("csm-cannot-raise-stall", view(S.IN_PROGRESS), K.STALL, "", CSM, "scheduler"),
    ("system-cannot-approve", view(S.DRAFT), K.APPROVE, "", SYSTEM, "CSM"),
    ("closed-is-terminal", view(S.CLOSED), K.REOPEN, "", CSM, "closed"),
    ("closed-team-update", view(S.CLOSED), K.UPDATE, "x", TEAM, "closed"),
    ("rejected-is-terminal", view(S.REJECTED), K.APPROVE, "", CSM, "rejected"),
    ("close-before-resolved", view(S.IN_PROGRESS), K.CLOSE, "", CSM, "resolved"),
    ("reopen-not-resolved", view(S.STALLED), K.REOPEN, "", CSM, "only a resolved"),
    ("approve-twice", view(S.ROUTED), K.APPROVE, "", CSM, "already approved"),
    ("override-after-routing", view(S.ROUTED), K.OVERRIDE, "severity=low", CSM, "draft"),
    ("reject-after-routing", view(S.IN_PROGRESS), K.REJECT, "", CSM, "draft"),
    ("context-after-routing", view(S.ROUTED), K.CONTEXT, "more", CSM, "customer:"),
    ("team-on-draft", view(S.DRAFT), K.ACK, "", TEAM, "not been routed"),
    ("resolved-twice", view(S.RESOLVED), K.RESOLVED, "", TEAM, "already resolved"),
    ("ack-after-resolved", view(S.RESOLVED), K.ACK, "", TEAM, "already resolved"),
    ("need-info-after-resolved", view(S.RESOLVED), K.NEED_INFO, "?", TEAM, "open"),
    ("snooze-routed", view(S.ROUTED), K.SNOOZE, "3d", CSM, "push"),
    ("snooze-too-long", view(S.STALLED), K.SNOOZE, "31d", CSM, "30-day maximum"),
    ("snooze-5-weeks", view(S.STALLED), K.SNOOZE, "5w", CSM, "30-day maximum"),
    ("snooze-unreadable", view(S.STALLED), K.SNOOZE, "soon", CSM, "12h, 3d or 1w"),
    ("snooze-zero", view(S.STALLED), K.SNOOZE, "0d", CSM, "12h, 3d or 1w"),
    ("push-at-max", view(S.IN_PROGRESS, route_level=2), K.PUSH, "", CSM, "top of the"),
    ("push-no-path", view(S.ROUTED, max_route_level=0), K.PUSH, "", CSM, "already at"),
    ("push-draft", view(S.DRAFT), K.PUSH, "", CSM, "approved first"),
    ("push-resolved", view(S.RESOLVED), K.PUSH, "", CSM, "push"),
    ("override-bad-field", view(S.DRAFT), K.OVERRIDE, "owner=me", CSM, "use one of"),
    ("override-no-value", view(S.DRAFT), K.OVERRIDE, "severity=", CSM, "cannot read"),
    ("override-bad-severity", view(S.DRAFT), K.OVERRIDE, "severity=urgent", CSM, "unknown"),
    ("override-bad-category", view(S.DRAFT), K.OVERRIDE, "category=bug", CSM, "unknown"),
    ("override-bad-sentiment", view(S.DRAFT), K.OVERRIDE, "sentiment=meh", CSM, "unknown"),
    ("context-empty", view(S.DRAFT), K.CONTEXT, "  ", CSM, "no text"),
    ("update-empty", view(S.IN_PROGRESS), K.UPDATE, "", TEAM, "no text"),
    ("need-info-empty", view(S.IN_PROGRESS), K.NEED_INFO, "", TEAM, "needs the question"),
    ("customer-empty", view(S.IN_PROGRESS), K.CUSTOMER, "", CSM, "needs"),
    ("info-reply-no-question", NO_QUESTION, K.INFO_REPLY, "x", CSM, "no question"),
    ("info-reply-empty", view(S.IN_PROGRESS), K.INFO_REPLY, "", CSM, "no text"),
    ("stall-snoozed", view(S.IN_PROGRESS, snoozed_until=SNOOZED), K.STALL, "", SYSTEM, "snoozed"),
    (
        "reminder-snoozed",
        view(S.STALLED, snoozed_until=SNOOZED),
        K.STALL_REMINDER,
        "",
        SYSTEM,
        "snoozed",
    ),
    ("stall-from-draft", view(S.DRAFT), K.STALL, "", SYSTEM, "routed, acknowledged or in-progress"),
    ("stall-twice", view(S.STALLED), K.STALL, "", SYSTEM, "can stall"),
    ("reminder-not-stalled", view(S.IN_PROGRESS), K.STALL_REMINDER, "", SYSTEM, "only a stalled"),
    ("ack-warning-after-ack", view(S.ACKNOWLEDGED), K.ACK_WARNING, "", SYSTEM, "only while routed"),
    ("ack-breach-after-ack", view(S.IN_PROGRESS), K.ACK_BREACH, "", SYSTEM, "only while routed"),
    ("resolution-breach-resolved", view(S.RESOLVED), K.RESOLUTION_BREACH, "", SYSTEM, "owes work"),
    ("update-due-routed", view(S.ROUTED), K.UPDATE_DUE, "", SYSTEM, "acknowledged"),
]


@pytest.mark.parametrize(
    ("esc", "kind", "arg", "actor", "words"),
    [pytest.param(*row[1:], id=row[0]) for row in REFUSAL_ROWS],
)
def test_refusal(
    esc: EscalationView, kind: CommandKind, arg: str, actor: Actor, words: str
) -> None:
    assert words in refused(decide(esc, cmd(kind, arg), actor, NOW)).reason


# --- what each decision changes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("arg", "owner"),
    [
        pytest.param("", OWNER, id="sender-owns"),
        pytest.param("Ann <ann@x.io>", "Ann <ann@x.io>", id="owner-arg"),
    ],
)
def test_ack_sets_owner_and_starts_stall_clock(arg: str, owner: str) -> None:
    decision = accepted(decide(view(S.ROUTED), cmd(K.ACK, arg), TEAM, NOW))
    assert decision.changes.owner == Person.parse(owner)
    assert decision.changes.reset_stall_clock
    assert decision.events[0].detail == f"owner: {owner}"


def test_repeated_ack_changes_owner_without_changing_status() -> None:
    decision = accepted(decide(view(S.IN_PROGRESS), cmd(K.ACK, "Ann <ann@x.io>"), TEAM, NOW))
    assert decision.new_status is S.IN_PROGRESS
    assert [e.kind for e in decision.events] == ["owner_changed"]
    assert decision.changes.owner == Person.parse("Ann <ann@x.io>")


@pytest.mark.parametrize(
    "arg", ["", OWNER, "MIKE@eng.example.com"], ids=["no-owner", "same-owner", "same-address"]
)
def test_repeated_ack_without_new_owner_is_recorded_only(arg: str) -> None:
    decision = accepted(decide(view(S.ACKNOWLEDGED), cmd(K.ACK, arg), TEAM, NOW))
    assert decision.new_status is S.ACKNOWLEDGED
    assert decision.events[0].detail == "already acknowledged"
    assert decision.effects == ()
    assert decision.changes.owner is None


def test_first_free_text_on_routed_makes_sender_owner() -> None:
    decision = accepted(decide(view(S.ROUTED), cmd(K.UPDATE, "on it"), TEAM, NOW))
    ack, update = decision.events
    assert (ack.from_status, ack.to_status) == (S.ROUTED, S.ACKNOWLEDGED)
    assert (update.kind, update.detail) == ("update", "on it")
    assert decision.changes.owner == Person.parse(OWNER)


def test_team_progress_resets_stall_clock_and_ends_snooze() -> None:
    snoozed = view(S.STALLED, snoozed_until=NOW + timedelta(days=2))
    decision = accepted(decide(snoozed, cmd(K.UPDATE, "progress"), TEAM, NOW))
    assert decision.changes.reset_stall_clock
    assert decision.changes.clear_snooze
    assert decision.changes.owner is None  # already owned: not stolen by the replier
    assert advance_view(snoozed, decision).snoozed_until is None


def test_need_info_and_answer_toggle_pending_question() -> None:
    asked = accepted(
        decide(view(S.IN_PROGRESS, pending_question=False), cmd(K.NEED_INFO), TEAM, NOW)
    )
    assert asked.changes.pending_question is True
    assert asked.changes.reset_stall_clock
    answered = accepted(decide(view(S.IN_PROGRESS), cmd(K.INFO_REPLY, "EU only"), CSM, NOW))
    assert answered.changes.pending_question is False
    assert answered.effects[0].detail == "EU only"


@pytest.mark.parametrize(
    ("arg", "delta"),
    [
        ("3d", timedelta(days=3)),
        ("12h", timedelta(hours=12)),
        ("1w", timedelta(weeks=1)),
        ("30d", MAX_SNOOZE),
    ],
)
def test_snooze_sets_until_from_now(arg: str, delta: timedelta) -> None:
    decision = accepted(decide(view(S.STALLED), cmd(K.SNOOZE, arg), CSM, NOW))
    assert decision.changes.snoozed_until == NOW + delta
    assert decision.new_status is S.STALLED


@pytest.mark.parametrize("until", [NOW, NOW - timedelta(minutes=1)], ids=["ends-now", "ended"])
def test_stall_fires_once_snooze_is_over(until: datetime) -> None:
    decision = accepted(decide(view(S.IN_PROGRESS, snoozed_until=until), cmd(K.STALL), SYSTEM, NOW))
    assert decision.new_status is S.STALLED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3d", timedelta(days=3)),
        ("2 days", timedelta(days=2)),
        ("1W", timedelta(weeks=1)),
        ("48 hours", timedelta(hours=48)),
        ("5", timedelta(days=5)),
        ("", None),
        ("3x", None),
        ("-1d", None),
        ("0h", None),
    ],
)
def test_parse_duration(text: str, expected: timedelta | None) -> None:
    assert parse_duration(text) == expected


def test_push_moves_up_the_path_and_clears_owner() -> None:
    decision = accepted(decide(view(S.STALLED, route_level=1), cmd(K.PUSH), CSM, NOW))
    assert decision.new_status is S.ROUTED
    assert decision.changes.route_level == 2
    assert decision.changes.clear_owner
    assert decision.effects[0].detail == "re-escalated to level 2 of the product_defect path"


@pytest.mark.parametrize(
    ("arg", "field", "value"),
    [
        ("severity=P1", "severity", "critical"),
        ("Severity = High", "severity", "high"),
        ("category=Feature Gap", "category", "feature_gap"),
        ("sentiment=threatening-churn", "sentiment", "threatening_churn"),
        ("headline=API down at Acme = bad", "headline", "API down at Acme = bad"),
    ],
)
def test_override_normalises_values(arg: str, field: str, value: str) -> None:
    decision = accepted(decide(view(S.DRAFT, draft_version=3), cmd(K.OVERRIDE, arg), CSM, NOW))
    assert decision.changes.overrides == {field: value}
    assert decision.changes.draft_version == 4
    assert (decision.changes.severity or "") == (value if field == "severity" else "")
    assert (decision.changes.category or "") == (value if field == "category" else "")


def test_customer_status_is_recorded_only() -> None:
    decision = accepted(decide(view(S.STALLED), cmd(K.CUSTOMER, "told them Friday"), CSM, NOW))
    assert decision.changes.customer_communication == "told them Friday"
    assert decision.effects == ()
    assert decision.new_status is S.STALLED


# --- one reply, several commands ----------------------------------------------------------


def test_reply_applies_overrides_before_approve_without_new_draft() -> None:
    commands = [cmd(K.APPROVE), cmd(K.OVERRIDE, "severity=critical"), cmd(K.OVERRIDE, "ask=call")]
    outcomes = decide_reply(view(S.DRAFT), commands, CSM, NOW)
    assert [c.kind for c, _ in outcomes] == [K.OVERRIDE, K.OVERRIDE, K.APPROVE]
    decisions = [accepted(result) for _, result in outcomes]
    assert decisions[-1].new_status is S.ROUTED
    assert decisions[0].changes.severity is Severity.CRITICAL
    assert all(E.REVISE_DRAFT not in d.effect_kinds() for d in decisions)
    assert all(d.changes.draft_version is None for d in decisions)


def test_reply_with_refused_override_is_not_approved() -> None:
    commands = [cmd(K.OVERRIDE, "severity=urgent"), cmd(K.APPROVE)]
    outcomes = decide_reply(view(S.DRAFT), commands, CSM, NOW)
    assert "unknown severity" in refused(outcomes[0][1]).reason
    assert "not approved" in refused(outcomes[1][1]).reason


def test_reply_with_several_edits_revises_the_draft_once() -> None:
    commands = [
        cmd(K.OVERRIDE, "severity=high"),
        cmd(K.OVERRIDE, "bogus"),
        cmd(K.OVERRIDE, "ask=x"),
    ]
    outcomes = decide_reply(view(S.DRAFT, draft_version=2), commands, CSM, NOW)
    first, _, last = (result for _, result in outcomes)
    assert accepted(first).effect_kinds() == []
    assert accepted(first).changes.draft_version is None
    assert accepted(last).effect_kinds() == [E.REVISE_DRAFT, E.SEND_APPROVAL_REQUEST]
    assert accepted(last).changes.draft_version == 3


# --- whole lifecycle ----------------------------------------------------------------------


def test_happy_path_walk() -> None:
    steps: list[tuple[CommandKind, str, Actor, Status]] = [
        (K.OVERRIDE, "severity=critical", CSM, S.DRAFT),
        (K.APPROVE, "", CSM, S.ROUTED),
        (K.ACK_WARNING, "", SYSTEM, S.ROUTED),
        (K.ACK, "", TEAM, S.ACKNOWLEDGED),
        (K.IN_PROGRESS, "", TEAM, S.IN_PROGRESS),
        (K.STALL, "48h", SYSTEM, S.STALLED),
        (K.SNOOZE, "2d", CSM, S.STALLED),
        (K.UPDATE, "fix found", TEAM, S.IN_PROGRESS),
        (K.NEED_INFO, "which tenant?", TEAM, S.IN_PROGRESS),
        (K.INFO_REPLY, "acme-prod", CSM, S.IN_PROGRESS),
        (K.RESOLVED, "hotfix 4.2.1", TEAM, S.RESOLVED),
        (K.REOPEN, "still slow", CSM, S.IN_PROGRESS),
        (K.RESOLVED, "4.2.2", TEAM, S.RESOLVED),
        (K.CLOSE, "", CSM, S.CLOSED),
    ]
    esc = view(S.DRAFT, pending_question=False)
    for kind, arg, actor, expected in steps:
        decision = accepted(decide(esc, cmd(kind, arg), actor, NOW))
        esc = advance_view(esc, decision)
        assert esc.status is expected, kind
    assert (esc.severity, esc.owner, esc.draft_version) == (
        Severity.CRITICAL,
        Person.parse(OWNER),
        2,
    )
    assert not esc.pending_question
    assert esc.snoozed_until is None
    assert isinstance(decide(esc, cmd(K.REOPEN), CSM, NOW), Refusal)


SPEC_EDGES = {
    (S.DRAFT, S.ROUTED),
    (S.ROUTED, S.ACKNOWLEDGED),
    (S.ACKNOWLEDGED, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.STALLED),
    (S.ROUTED, S.STALLED),  # SPEC §3: counted from routing when the team never answered
    (S.STALLED, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),
    (S.DRAFT, S.REJECTED),
    (S.RESOLVED, S.IN_PROGRESS),
}
# Shortcuts SPEC §5 implies: implicit acknowledgement, resolving or stalling from any open
# status, and push sending the brief back to ``routed`` one level up.
EXTRA_EDGES = {
    (S.ROUTED, S.IN_PROGRESS),
    (S.ROUTED, S.RESOLVED),
    (S.ACKNOWLEDGED, S.RESOLVED),
    (S.ACKNOWLEDGED, S.STALLED),
    (S.STALLED, S.RESOLVED),
    (S.ACKNOWLEDGED, S.ROUTED),
    (S.IN_PROGRESS, S.ROUTED),
    (S.STALLED, S.ROUTED),
}
# Issue 19: a duplicate merged into another escalation ends, from any open status.
EXTRA_EDGES |= {(status, S.REJECTED) for status in WORKING | {S.RESOLVED}}


def test_reachable_statuses_and_edges_match_spec() -> None:
    """Explore from a fresh draft with every command and role, as the service could."""
    start = view(S.DRAFT, pending_question=False)
    seen, edges, queue = {start}, set(), deque([start])
    while queue:
        esc = queue.popleft()
        for kind in CommandKind:
            for actor in ACTORS.values():
                result = decide(esc, cmd(kind), actor, NOW)
                if not isinstance(result, Decision):
                    continue
                after = replace(advance_view(esc, result), draft_version=1, snoozed_until=None)
                if after.status is not esc.status:
                    edges.add((esc.status, after.status))
                if after not in seen:
                    seen.add(after)
                    queue.append(after)
    assert {esc.status for esc in seen} == set(Status)
    assert edges == SPEC_EDGES | EXTRA_EDGES
