"""The SPEC §5 reply-command grammar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mailbot.domain import Category, CommandKind, Person, Severity, Status
from mailbot.inbound.command_args import parse_override
from mailbot.inbound.commands import parse_commands
from mailbot.lifecycle.machine import MAX_SNOOZE, Actor, EscalationView, Refusal, Role, decide

K = CommandKind


def kinds(text: str, subject: str = "") -> list[tuple[CommandKind, str]]:
    return [(c.kind, c.arg) for c in parse_commands(text, subject).commands]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Approve", (K.APPROVE, "")),
        ("APPROVED.", (K.APPROVE, "")),
        ("approve!", (K.APPROVE, "")),
        ("approved, looks good", (K.APPROVE, "")),
        ("Ack - on it", (K.ACK, "")),
        ("ack", (K.ACK, "")),
        ("Acknowledged", (K.ACK, "")),
        ("ACK, owner: Mike Ross <mike@example.com>", (K.ACK, "Mike Ross <mike@example.com>")),
        ("in progress", (K.IN_PROGRESS, "")),
        ("In-progress.", (K.IN_PROGRESS, "")),
        ("working on it", (K.IN_PROGRESS, "")),
        ("On it!", (K.IN_PROGRESS, "")),
        ("update: hotfix deployed to staging.", (K.UPDATE, "hotfix deployed to staging.")),
        ("Update - rollback done", (K.UPDATE, "rollback done")),
        ("need info: which tenant?", (K.NEED_INFO, "which tenant?")),
        ("resolved", (K.RESOLVED, "")),
        ("resolved fixed in 4.2.1", (K.RESOLVED, "fixed in 4.2.1")),
        ("Resolved: fixed in 4.2.1", (K.RESOLVED, "fixed in 4.2.1")),
        ("close", (K.CLOSE, "")),
        ("Closed.", (K.CLOSE, "")),
        ("confirmed", (K.CLOSE, "")),
        ("reopen customer still sees errors", (K.REOPEN, "customer still sees errors")),
        ("Reopen", (K.REOPEN, "")),
        ("snooze 3d", (K.SNOOZE, "3d")),
        ("snooze 2 days", (K.SNOOZE, "2d")),
        ("Snooze: 1w", (K.SNOOZE, "1w")),
        ("snooze for 1 week", (K.SNOOZE, "1w")),
        ("push", (K.PUSH, "")),
        ("Push!", (K.PUSH, "")),
        ("customer: informed by phone", (K.CUSTOMER, "informed by phone")),
        ("reject", (K.REJECT, "")),
        ("reject - duplicate of ESC-2026-0002", (K.REJECT, "duplicate of ESC-2026-0002")),
        ("severity: high", (K.OVERRIDE, "severity=high")),
        ("Severity: P1", (K.OVERRIDE, "severity=critical")),
        ("priority: p4", (K.OVERRIDE, "severity=low")),
        ("severity high", (K.OVERRIDE, "severity=high")),
        ("category: feature_gap", (K.OVERRIDE, "category=feature_gap")),
        ("Category: Feature Gap", (K.OVERRIDE, "category=feature_gap")),
        ("category: service-failure", (K.OVERRIDE, "category=service_failure")),
        ("account: Acme Corp", (K.OVERRIDE, "account=Acme Corp")),
        ("headline: Checkout down for Acme", (K.OVERRIDE, "headline=Checkout down for Acme")),
        ("ask: restore service by Friday", (K.OVERRIDE, "ask=restore service by Friday")),
        ("sentiment: threatening churn", (K.OVERRIDE, "sentiment=threatening_churn")),
        ("- approve", (K.APPROVE, "")),
    ],
)
def test_single_commands(line: str, expected: tuple[CommandKind, str]) -> None:
    assert kinds(line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "not resolved yet",
        "is this resolved?",
        "resolved?",
        "resolved yet?",
        "unresolved",
        "I will approve it tomorrow",
        "Don't approve this",
        "Approve requests for exceptions by Friday",
        "Close to a fix now",
        "Push the fix to production",
        "on its way",
        "Acknowledging the delay, we are short-staffed",
        "Updated the ticket with logs",
    ],
)
def test_free_text_is_not_a_command(line: str) -> None:
    parsed = parse_commands(line)
    assert parsed.commands == ()
    assert parsed.free_text == line


@pytest.mark.parametrize(
    "line",
    ["severity: urgentish", "category: bugs", "sentiment: meh", "snooze forever", "snooze 400d",
     "update:", "customer:", "severity: p9"],
)  # fmt: skip
def test_malformed_commands_are_unrecognised(line: str) -> None:
    parsed = parse_commands(line)
    assert parsed.commands == ()
    assert parsed.unrecognised == (line,)


def test_several_commands_greetings_and_duplicates() -> None:
    parsed = parse_commands("Hi team,\n\nApprove\nseverity: P2\napprove\n\nThanks,\nJane Doe")
    assert [(c.kind, c.arg) for c in parsed.commands] == [
        (K.APPROVE, ""),
        (K.OVERRIDE, "severity=high"),
    ]
    assert parsed.ignored == ("Hi team,", "approve", "Thanks,", "Jane Doe")
    assert parsed.free_text == ""


def test_owner_line_completes_ack() -> None:
    assert kinds("ack\nowner: Mike Ross <mike@example.com>") == [
        (K.ACK, "Mike Ross <mike@example.com>")
    ]
    assert kinds("owner: Mike Ross <mike@example.com>") == [(K.ACK, "Mike Ross <mike@example.com>")]


def test_free_text_is_returned_beside_commands() -> None:
    parsed = parse_commands("update: patched\nWe will monitor overnight.\nMore tomorrow.")
    assert [c.kind for c in parsed.commands] == [K.UPDATE]
    assert parsed.free_text == "We will monitor overnight.\nMore tomorrow."


def test_commands_after_twenty_lines_are_ignored() -> None:
    text = "\n".join(f"context line {i}" for i in range(20)) + "\napprove"
    parsed = parse_commands(text)
    assert parsed.commands == ()
    assert parsed.free_text.endswith("approve")


def test_subject_command_when_body_empty() -> None:
    assert kinds("", "Re: [ESC-2026-0001] approve") == [(K.APPROVE, "")]
    assert kinds("", "AW: [EXTERNAL] [ESC-2026-0001] ack") == [(K.ACK, "")]
    assert kinds("Thanks,\nJane", "Re: [ESC-2026-0001] approve") == [(K.APPROVE, "")]
    assert kinds("we should talk first", "Re: [ESC-2026-0001] approve") == []


def test_subject_status() -> None:
    assert kinds("", "status") == [(K.STATUS, "")]
    assert kinds("", "Status") == [(K.STATUS, "")]
    assert kinds("", "status of ESC-2026-0001") == []


def test_parse_override_validates_enums() -> None:
    assert parse_override("severity", "Critical (P1)") == "severity=critical"
    assert parse_override("category", "executive intervention") == (
        "category=executive_intervention"
    )
    assert parse_override("severity", "urgent") is None
    assert parse_override("account", "x" * 500) is None


def test_the_grammar_reads_typed_arguments_once() -> None:
    """The snooze duration and the named owner are values on the command, not text to re-read."""
    (snooze,) = parse_commands("snooze for 2 days").commands
    assert (snooze.arg, snooze.duration) == ("2d", timedelta(days=2))
    (ack,) = parse_commands("ack, owner: Mike Ross <MIKE@example.com>").commands
    assert ack.owner == Person("mike@example.com", "Mike Ross")
    assert parse_commands("ack").commands[0].owner is None


def test_a_readable_snooze_over_the_limit_is_refused_by_the_machine_naming_it() -> None:
    """One limit, where the refusal is made: the grammar reads 60 days, the machine says no."""
    (snooze,) = parse_commands("snooze 60d").commands
    assert snooze.duration == timedelta(days=60)
    view = EscalationView(
        status=Status.STALLED, severity=Severity.HIGH, category=Category.FEATURE_GAP
    )
    actor = Actor("csm@example.com", Role.CSM)
    refusal = decide(view, snooze, actor, datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    assert isinstance(refusal, Refusal)
    assert refusal.reason == f"snooze '60d' is longer than the {MAX_SNOOZE.days}-day maximum"
