"""SLA clocks, stalls, reminders and the digest job with a frozen, steppable clock.

Organisation calendar: Europe/London, Mon-Fri 09:00-17:30, GB/ENG holidays. In 2026 the
clocks go forward on Sunday 29 March; Good Friday is 3 April and Easter Monday 6 April.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.handlers import reminders
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.routing import Routing, load_routing
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.transactions import handle
from tests.support.flow import escalation, event_kinds, last_mail, open_routed, outbox, reply
from tests.support.mail import parse, text_of

ROUTING = Path(__file__).resolve().parents[2] / "routing" / "routing.toml"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def scan(app: App) -> int:
    return reminders.scan(app, BusinessCalendar.from_routing(app.routing.config.organisation))


def step_to(app: App, when: str) -> int:
    assert isinstance(app.clock, FrozenClock)
    app.clock.set(at(when))
    return scan(app)


def test_ack_warning_at_75_percent_and_breach_at_100(app: App) -> None:
    ref = open_routed(app, "approve")  # critical product defect routed Tue 10 Mar 09:00 UTC
    assert step_to(app, "2026-03-10T11:59") == 0
    assert step_to(app, "2026-03-10T12:00") == 1  # 75 % of 4 h
    assert "ack_warning" in event_kinds(app, ref)
    assert outbox(app, "send_ack_warning", "eng@example.com")
    assert step_to(app, "2026-03-10T12:30") == 0  # never twice
    assert step_to(app, "2026-03-10T13:00") == 1
    breach = outbox(app, "send_ack_breach")
    # a critical breach also goes to the CSM's manager (Lisa), not only the team and the CSM
    recipients = {"eng@example.com", "jane@example.com", "lisa@example.com"}
    assert len(breach) == 1 and set(breach[0].recipients) == recipients


def test_high_ack_breach_is_not_sent_to_the_manager(app: App) -> None:
    open_routed(app, "approve\nseverity: high")
    step_to(app, "2026-03-10T13:00")
    breach = outbox(app, "send_ack_breach")
    assert len(breach) == 1 and set(breach[0].recipients) == {"eng@example.com", "jane@example.com"}


def test_critical_escalation_nobody_answers_stalls_after_48h_and_is_chased(app: App) -> None:
    ref = open_routed(app, "approve")  # critical, routed Tue 10 Mar 09:00 UTC; eng never answers
    step_to(app, "2026-03-12T08:59")
    assert escalation(app, ref).status == "routed"
    step_to(app, "2026-03-12T09:00")  # 48 h after routing with no word: stalled
    assert escalation(app, ref).status == "stalled"
    notice = outbox(app, "send_stall_notice")
    assert len(notice) == 1
    assert set(notice[0].recipients) == {"jane@example.com", "lisa@example.com"}
    text = text_of(notice[0].raw)
    assert "no answer from the team since it was routed" in text and "History:" in text
    for day in range(13, 25):  # not silence for ever: a reminder every day it stays stalled
        step_to(app, f"2026-03-{day}T09:30")
    assert len(outbox(app, "send_stall_reminder")) >= 10
    # the team's first word from stalled is progress and sets the owner
    reply(app, last_mail(app, "routed_brief"), "mike@example.com", "ack")
    esc = escalation(app, ref)
    assert esc.status == "in_progress" and "mike@example.com" in esc.owner
    assert "acknowledged; owner mike@example.com" in text_of(last_mail(app, "status_notice"))


def test_standard_escalation_nobody_answers_stalls_after_5_business_days(app: App) -> None:
    clock = app.clock
    assert isinstance(clock, FrozenClock)
    clock.set(at("2026-03-27T16:00"))  # Friday 16:00 GMT, before the DST change and Easter
    ref = open_routed(app, "approve\nseverity: medium")
    # Mon 30, Tue 31, Wed 1, Thu 2 Apr, (Good Friday, weekend, Easter Monday), Tue 7 Apr
    step_to(app, "2026-04-07T14:59")  # 16:00 BST is 15:00 UTC
    assert escalation(app, ref).status == "routed"
    step_to(app, "2026-04-07T15:00")
    assert escalation(app, ref).status == "stalled"
    assert {"stall"} <= set(event_kinds(app, ref))


def test_relationship_at_risk_invites_the_manager_with_the_deadline(app: App) -> None:
    ref = open_routed(app, "approve\ncategory: relationship_at_risk")  # Tue 10 Mar 09:00 UTC
    invitation = outbox(app, "manager_invitation")
    assert len(invitation) == 1 and invitation[0].recipients[0] == "lisa@example.com"
    text = text_of(invitation[0].raw)
    assert "strategy session" in text and "Thursday 12 March 2026, 09:00 GMT" in text
    assert escalation(app, ref).status == "routed"


def test_business_day_ack_sla_across_a_weekend(
    settings: Settings, clock: FrozenClock, db: Database, tmp_path: Path
) -> None:
    text = ROUTING.read_text().replace('acknowledge = "4h"', 'acknowledge = "1bd"', 1)
    (tmp_path / "routing.toml").write_text(text)
    app = App(
        settings=settings, routing=load_routing(tmp_path / "routing.toml"), db=db, clock=clock
    )
    clock.set(at("2026-03-13T16:00"))  # Friday 16:00 GMT
    # high, not critical: a critical one nobody answers stalls 48 h after routing (Sunday)
    ref = open_routed(app, "approve\nseverity: high")

    def acks() -> list[str]:
        return [k for k in event_kinds(app, ref) if k.startswith("ack_")]

    step_to(app, "2026-03-15T23:00")  # Sunday night: no business time has passed
    assert acks() == []
    step_to(app, "2026-03-16T13:52")
    assert acks() == []
    # 75 % of an 8.5 h business day is 6 h 22.5 min: 1.5 h on Friday, the rest from 09:00 Monday
    step_to(app, "2026-03-16T13:53")
    assert acks() == ["ack_warning"]
    step_to(app, "2026-03-16T15:59")
    assert acks() == ["ack_warning"]
    step_to(app, "2026-03-16T16:00")  # breach: Monday 16:00, one business day later
    assert acks() == ["ack_warning", "ack_breach"]


def test_standard_stall_across_weekend_and_dst(app: App) -> None:
    clock = app.clock
    assert isinstance(clock, FrozenClock)
    clock.set(at("2026-03-26T10:00"))  # Thursday 10:00 GMT
    ref = open_routed(app, "approve\nseverity: high")
    reply(app, last_mail(app, "routed_brief"), "mike@example.com", "ack")
    # 5 business days from Thu 10:00 GMT: Fri, Mon, Tue, Wed, Thu -> Thu 2 Apr 10:00 BST
    step_to(app, "2026-04-02T08:59")
    assert escalation(app, ref).status == "acknowledged"
    step_to(app, "2026-04-02T09:00")  # 10:00 BST is 09:00 UTC after the DST change
    assert escalation(app, ref).status == "stalled"
    notice = outbox(app, "send_stall_notice")
    assert len(notice) == 1
    assert set(notice[0].recipients) == {"jane@example.com", "lisa@example.com"}
    assert "History:" in text_of(notice[0].raw)


def test_stall_clock_skips_easter_holidays(app: App) -> None:
    assert isinstance(app.clock, FrozenClock)
    app.clock.set(at("2026-04-01T09:00"))  # Wed 10:00 BST
    ref = open_routed(app, "approve\nseverity: medium")
    reply(app, last_mail(app, "routed_brief"), "mike@example.com", "in progress")
    # Thu 2 (1), Good Friday, weekend, Easter Monday skipped, Tue 7 (2) ... Fri 10 (5)
    step_to(app, "2026-04-10T08:59")
    assert escalation(app, ref).status == "in_progress"
    step_to(app, "2026-04-10T09:00")
    assert escalation(app, ref).status == "stalled"


def test_critical_stall_then_push_reaches_the_next_team(app: App) -> None:
    ref = open_routed(app, "approve")
    reply(app, last_mail(app, "routed_brief"), "mike@example.com", "ack")
    step_to(app, "2026-03-12T09:00")  # 48 h later
    assert escalation(app, ref).status == "stalled"
    reply(app, last_mail(app, "send_stall_notice"), "jane@example.com", "push")
    esc = escalation(app, ref)
    assert esc.status == "routed" and esc.teams == ["support-leadership"] and esc.route_level == 1
    pushed = last_mail(app, "routed_brief", "support-leads@example.com")
    assert "RE-ESCALATED" in text_of(pushed) and "stall" in text_of(pushed)
    assert esc.routed_at == app.clock.now()  # a new acknowledgement clock
    reply(app, pushed, "sam@example.com", "ack")  # the new team may act; the old one may not
    assert escalation(app, ref).status == "acknowledged"


def test_snooze_pauses_reminders_then_they_resume(app: App) -> None:
    ref = open_routed(app, "approve")
    reply(app, last_mail(app, "routed_brief"), "mike@example.com", "ack")
    step_to(app, "2026-03-12T09:00")
    assert escalation(app, ref).status == "stalled"
    reply(app, last_mail(app, "send_stall_notice"), "jane@example.com", "snooze 3d")
    for day in ("2026-03-13T09:00", "2026-03-14T09:00", "2026-03-15T08:59"):
        step_to(app, day)
    assert not outbox(app, "send_stall_reminder")
    step_to(app, "2026-03-16T09:00")  # snooze over: one reminder per missed day from then
    assert len(outbox(app, "send_stall_reminder")) == 1


def test_restart_after_two_days_sends_each_missed_reminder_once(app: App) -> None:
    ref = open_routed(app, "approve")  # critical: update cadence 24 h, stall after 48 h
    reply(app, last_mail(app, "routed_brief"), "mike@example.com", "in progress")
    # down for two days: 2 update-due reminders, the stall and the 24 h resolution breach
    assert step_to(app, "2026-03-12T10:00") == 4
    kinds = event_kinds(app, ref)
    assert kinds.count("update_due") == 2 and kinds.count("stall") == 1
    assert kinds.count("resolution_breach") == 1
    assert len(outbox(app, "send_update_due")) == 2
    assert escalation(app, ref).status == "stalled"
    assert step_to(app, "2026-03-12T11:00") == 0


@pytest.mark.postgres
def test_two_instances_send_one_reminder_and_one_digest_per_slot(
    settings: Settings, routing: Routing, pg_database_url: str
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from mailbot.handlers.scheduler import digest_job
    from tests.support.databases import truncate_all

    clock = FrozenClock(at("2026-03-10T09:00"))
    wired = settings.model_copy(update={"database_url": pg_database_url})
    apps = [
        App(settings=wired, routing=routing, db=Database(pg_database_url), clock=clock)
        for _ in range(2)
    ]
    try:
        ref = open_routed(apps[0], "approve")
        clock.set(at("2026-03-16T09:00"))  # Monday after: ack SLA long breached, digest due
        calendar = BusinessCalendar.from_routing(routing.config.organisation)
        with ThreadPoolExecutor(max_workers=4) as pool:
            scans = list(pool.map(lambda a: reminders.scan(a, calendar), apps * 2))
            digests = list(pool.map(lambda a: digest_job(a, calendar), apps * 2))
        # ack warning, ack breach, resolution breach and the stall (no answer in 48 h): once each
        assert sum(scans) == 4
        assert event_kinds(apps[0], ref).count("ack_warning") == 1
        assert event_kinds(apps[0], ref).count("stall") == 1
        assert len(outbox(apps[0], "send_ack_breach")) == 1
        assert digests.count(True) == 1 and len(outbox(apps[0], "digest")) == 1
    finally:
        truncate_all(apps[0].db)
        for app in apps:
            app.db.dispose()


def test_status_by_mail_lists_open_escalations(app: App) -> None:
    """One block of labelled lines per escalation in the text (it survives a proportional
    font), a table in the HTML; unknown fields left out or said, never "-"."""
    open_routed(app, "approve")  # 0001: routed, nobody owns it yet, no update owed
    open_routed(
        app, "approve\nseverity: critical\ncategory: product_defect", "gmail_initech_uptime_sla.eml"
    )
    reply(
        app,
        last_mail(app, "routed_brief"),
        "mike@example.com",
        "ack\nowner: Mike Ross <mike@example.com>",
    )
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "jane@example.com"
    msg["To"] = "escalations@example.com"
    msg["Subject"] = "status"
    msg["Message-ID"] = "<status-1@example.com>"
    msg.set_content("")
    ctx = handle(app, msg.as_bytes())
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    raw = last_mail(app, "status_report", "jane@example.com")
    report = text_of(raw).replace("\r\n", "\n")
    first, second = report.split("\n\n")[1:3]
    assert first.splitlines()[0].startswith("ESC-2026-0001 -- ")
    assert first.splitlines()[1:] == [
        "  Status: Routed", "  Severity: critical (P1)", "  Owner: no owner yet",
        "  Open for: 0 days",
    ]  # fmt: skip
    assert second.splitlines()[1:] == [
        "  Status: Acknowledged", "  Severity: critical (P1)",
        "  Owner: Mike Ross <mike@example.com>", "  Open for: 0 days",
        "  Next update due: Wed 11 Mar 2026, 09:00",  # critical: 24 h after the ack
    ]  # fmt: skip
    assert " -." not in report and "Owner: -" not in report and "Status: -" not in report
    html = parse(raw).get_body(("html",))
    assert html is not None
    page = html.get_content()
    assert '<th align="left" style="border-bottom:1px solid #dfe1e6;">Owner</th>' in page
    assert (
        page.count('<b style="white-space:nowrap;">ESC-2026-') == 2
        and "no owner yet" in page
        and "Mike Ross &lt;mike@" in page
    )
