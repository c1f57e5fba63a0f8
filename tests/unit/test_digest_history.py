"""What the digest's past-week rebuild (lifecycle.digest_history) assumes of the rules.

A past week's next update due is rebuilt from the rows that restart the stall clock, and
severity, sentiment, category, account and ARR are read as they are now because they
cannot change once an escalation is routed. These tests break when a rule changes either.
"""

from __future__ import annotations

from datetime import UTC, datetime

from mailbot.domain import Category, CommandKind, Person, Severity, Status
from mailbot.inbound.command_args import command as parse_as_grammar
from mailbot.lifecycle.digest_history import PROGRESS_KINDS
from mailbot.lifecycle.machine import Actor, Decision, EscalationView, decide
from mailbot.lifecycle.transitions import AUTHORITY, TRANSITIONS

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
ARGS = {"snooze": "3d", "update": "x", "need_info": "x?", "customer": "x", "info_reply": "x"}
ARGS |= {"override": "severity=high", "context": "x"}


def _actor(kind: CommandKind) -> Actor:
    role = sorted(AUTHORITY[kind])[0]
    return Actor("a@example.com", role, "A")


def test_progress_kinds_are_the_commands_that_restart_the_stall_clock() -> None:
    restarting = set()
    for kind, status in TRANSITIONS:
        view = EscalationView(
            status=status,
            severity=Severity.HIGH,
            category=Category.PRODUCT_DEFECT,
            owner=Person.parse("Mike <mike@example.com>"),
            max_route_level=2,
            pending_question=True,
        )
        command = parse_as_grammar(kind, ARGS.get(kind.value, ""))
        result = decide(view, command, _actor(kind), NOW)
        if isinstance(result, Decision) and result.changes.reset_stall_clock:
            restarting.add(kind.value)
    assert restarting == PROGRESS_KINDS


def test_fields_read_as_they_are_now_change_only_on_a_draft() -> None:
    """Overrides (severity, sentiment, category, account and with it ARR) are drafts only."""
    statuses = {s for (k, s) in TRANSITIONS if k is CommandKind.OVERRIDE}
    statuses |= {s for (k, s) in TRANSITIONS if k is CommandKind.CONTEXT}  # a re-draft
    assert statuses == {Status.DRAFT}


def test_an_owner_label_reads_back_as_the_stored_columns() -> None:
    for address, name in [
        ("mike@example.com", "Mike Ross"),
        ("r@example.com", "Ross, Mike"),
        ("q@example.com", 'Mike "the fixer" Ross'),
        ("z@example.com", "Zoë"),
        ("mike@example.com", ""),
        ("Mike", "Mike"),
    ]:
        assert Person.parse(Person(address, name).label) == Person(address, name or "")
