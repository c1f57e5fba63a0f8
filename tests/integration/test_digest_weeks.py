"""The digest of a past week, and the weeks the scheduled digest covers, through the pipeline.

Replies move one escalation through two ISO weeks with the injected clock (W11: 9-15 March
2026, W12: 16-22 March; London is on GMT, so local and UTC times agree); the digest of W11,
built afterwards, must report W11 as it ended.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.handlers.scheduler import Scheduler, digest_job
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.digest import build_digest
from tests.support.flow import escalation, event_kinds, last_mail, open_routed, outbox, reply


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _row(app: App, week: str) -> dict[str, Any]:
    calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
    with app.db.session() as session:
        data = build_digest(
            session, routing=app.routing, calendar=calendar, week=week, now=app.clock.now()
        )
    (row,) = data["escalations"]
    return row


def test_a_past_week_reports_owner_and_next_update_as_they_were(
    app: App, clock: FrozenClock
) -> None:
    clock.set(at("2026-03-10T09:00"))  # Tuesday, W11
    ref = open_routed(app, "approve\nseverity: critical")  # update cadence 24 clock hours
    brief = last_mail(app, "routed_brief")
    reply(app, brief, "mike@example.com", "ack\nowner: Mike Ross <mike@example.com>")
    clock.set(at("2026-03-11T10:00"))
    reply(app, brief, "mike@example.com", "update: patch in test")  # next update: 12 March
    clock.set(at("2026-03-17T10:00"))  # Tuesday, W12: pushed up the path, a new owner
    reply(app, last_mail(app, "approval_request"), "jane@example.com", "push")
    assert escalation(app, ref).owner == ""
    assert "owner_changed" in event_kinds(app, ref)  # push's clearing is recorded
    clock.set(at("2026-03-17T11:00"))
    pushed = last_mail(app, "routed_brief", "support-leads@example.com")
    reply(app, pushed, "sam@example.com", "ack")
    assert escalation(app, ref).owner == "sam@example.com"

    w11 = _row(app, "2026-W11")
    assert (w11["status"], w11["owner"], w11["next_update_due"]) == (
        "in_progress",
        "Mike Ross (mike@example.com)",
        "2026-03-12",
    )
    clock.set(at("2026-03-17T11:05"))
    w12 = _row(app, "2026-W12")  # this week so far: as it stands now
    assert (w12["status"], w12["owner"], w12["next_update_due"]) == (
        "acknowledged",
        "sam@example.com",
        "2026-03-18",
    )


def test_the_first_start_sends_no_digest_for_a_week_before_it(app: App, clock: FrozenClock) -> None:
    calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
    clock.set(at("2026-03-16T09:00"))  # first start: Monday of W12, after the 08:00 send time
    Scheduler(app)
    assert digest_job(app, calendar) is False  # W11 was before mailbot existed
    assert outbox(app, "digest") == []
    clock.set(at("2026-03-23T09:00"))  # the next Monday: W12, the week of the first start
    assert digest_job(app, calendar) is True
    (mail,) = outbox(app, "digest")
    assert b"Weekly escalation digest 2026-03-23" in mail.raw


def test_a_store_older_than_the_first_start_mark_keeps_its_digest(
    app: App, clock: FrozenClock
) -> None:
    """An upgrade: escalations from W11, the service (re)started in W12 before 08:00."""
    calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
    open_routed(app)  # Tuesday 10 March, W11
    clock.set(at("2026-03-16T07:00"))
    Scheduler(app)
    assert digest_job(app, calendar) is False  # not due before 08:00
    clock.set(at("2026-03-16T08:00"))
    assert digest_job(app, calendar) is True
    assert len(outbox(app, "digest")) == 1
