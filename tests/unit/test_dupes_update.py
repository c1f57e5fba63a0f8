"""Issue 19: the grammar of merge/separate/draft update, duplicate scoring, update text."""

from __future__ import annotations

from datetime import UTC, datetime

from mailbot.domain import Category, CommandKind, ParsedCommand, Severity
from mailbot.domain import Status as S
from mailbot.inbound.commands import parse_commands
from mailbot.lifecycle.duplicates import ThreadKeys, best_match, compare
from mailbot.lifecycle.machine import Actor, Decision, EscalationView, Refusal, Role, decide
from mailbot.outbox.update_text import Step, compose_update, detect_language, redact, scrub

NOW = datetime(2026, 3, 10, 9, tzinfo=UTC)
CSM = Actor("jane@example.com", Role.CSM)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind.value, c.arg) for c in parse_commands(text).commands]


def test_grammar() -> None:
    assert kinds("merge ESC-2026-0001") == [("merge", "ESC-2026-0001")]
    assert kinds("Merge into [esc-2026-0001].") == [("merge", "ESC-2026-0001")]
    assert parse_commands("merge").unrecognised == ("merge",)
    assert kinds("separate") == [("separate", "")]
    assert kinds("Separate issues are at play here") == []
    assert kinds("draft update: stress the ETA") == [("draft_update", "stress the ETA")]


def view(status: S, duplicate_of: str = "") -> EscalationView:
    return EscalationView(status, Severity.HIGH, Category.PRODUCT_DEFECT, duplicate_of=duplicate_of)


def cmd(kind: CommandKind, arg: str = "") -> ParsedCommand:
    return ParsedCommand(kind=kind, arg=arg)


def test_rules() -> None:
    merged = decide(view(S.DRAFT), cmd(CommandKind.MERGE, "ESC-2026-0001"), CSM, NOW)
    assert isinstance(merged, Decision) and merged.new_status is S.REJECTED
    assert merged.events[0].detail == "merged into ESC-2026-0001"
    routed = decide(view(S.ROUTED), cmd(CommandKind.MERGE, "ESC-2026-0001"), CSM, NOW)
    assert isinstance(routed, Decision) and routed.new_status is S.REJECTED
    closed = decide(view(S.CLOSED), cmd(CommandKind.MERGE, "ESC-2026-0001"), CSM, NOW)
    assert isinstance(closed, Refusal)
    assert isinstance(decide(view(S.DRAFT), cmd(CommandKind.MERGE, "ESC-1"), CSM, NOW), Refusal)
    team = Actor("mike@example.com", Role.TEAM)
    assert isinstance(decide(view(S.ROUTED), cmd(CommandKind.DRAFT_UPDATE), team, NOW), Refusal)
    assert isinstance(decide(view(S.CLOSED), cmd(CommandKind.DRAFT_UPDATE), CSM, NOW), Decision)
    assert isinstance(decide(view(S.DRAFT), cmd(CommandKind.SEPARATE), CSM, NOW), Refusal)
    kept = decide(view(S.DRAFT, "ESC-2026-0001"), cmd(CommandKind.SEPARATE), CSM, NOW)
    assert isinstance(kept, Decision) and kept.new_status is S.DRAFT


def test_duplicate_scoring() -> None:
    text = "Since the upgrade our order sync calls take 12 seconds; 300 orders a day are late."
    old = ThreadKeys("ESC-2026-0001", domains=frozenset({"acme.example"}), customer_text=text,
                     headline="Acme API latency after 4.2.1")  # fmt: skip
    new = ThreadKeys("ESC-2026-0002", domains=frozenset({"acme.example"}), customer_text=text,
                     headline="API latency at Acme since 4.2.1")  # fmt: skip
    match = compare(new, old)
    assert match is not None and not match.certain and "acme.example" in match.reason
    other = ThreadKeys("ESC-2026-0003", domains=frozenset({"globex.example"}), customer_text=text)
    assert compare(new, other) is None  # another customer, however similar
    invoice = "Please send the invoice for March to finance."
    acme = frozenset({"acme.example"})
    unrelated = ThreadKeys("ESC-2026-0004", domains=acme, customer_text=invoice)
    assert compare(new, unrelated) is None
    same_mail = ThreadKeys("ESC-2026-0005", message_ids=frozenset({"a@b"}))
    certain = best_match(
        ThreadKeys("ESC-2026-0006", message_ids=frozenset({"a@b"})), [old, same_mail]
    )
    assert certain is not None and certain.certain and certain.ref == "ESC-2026-0005"


def test_update_text() -> None:
    assert detect_language("Wir haben das Problem und die Daten sind nicht da") == "de"
    assert detect_language("Nous avons un problème et les données ne sont pas là") == "fr"
    assert detect_language("") == "en"
    cleaned = scrub("internal: blame Mike\nMike fixed the sync in build (JIRA-12)", ["Mike"])
    assert "Mike" not in cleaned and "JIRA" not in cleaned and "blame" not in cleaned
    assert cleaned == "Fixed the sync in build"
    text = compose_update(
        language="de", status="in_progress", topic="Export kaputt", customer_name="Eva Braun",
        steps=[Step("2026-03-10", "approve"), Step("2026-03-11", "update", "Mike: fix is in QA")],
        internal_names=["Mike"], signature="Omar Haddad",
    )  # fmt: skip
    assert text.startswith("Hallo Eva,") and "Mike" not in text
    assert "- 2026-03-11: Fix is in QA" in text
    assert text.endswith("Mit freundlichen Grüßen\nOmar Haddad")


def test_scrub_mends_what_it_removes() -> None:
    note = "Mike found the slow query (JIRA-4411, ticket #48213); a fix ships Monday"
    assert scrub(note, ["Mike"]) == "Found the slow query; a fix ships Monday"
    assert scrub("ESC-2026-0001 see https://jira.internal/x mike@example.com", []) == ""


def test_redact_keeps_the_models_lines() -> None:
    text = "Hello Bob,\n\nMike (JIRA-4411) is testing a fix.\n\nKind regards,\nJane Doe"
    out = redact(text, ["Mike"])
    assert out == "Hello Bob,\n\nis testing a fix.\n\nKind regards,\nJane Doe"
