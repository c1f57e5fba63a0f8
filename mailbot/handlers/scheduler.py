"""Scheduled jobs inside `mailbot run`, driven by ``schedule``.

Jobs are thin: each calls a service that reads the injected clock and writes an idempotency
key, so the timing of ``schedule`` itself never decides what is sent, only how often we
look.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import schedule
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mailbot.app import App
from mailbot.handlers import reminders
from mailbot.lifecycle.calendar import BusinessCalendar, calendar_for
from mailbot.lifecycle.digest import DigestReport, build_report, iso_week_bounds, render_digest
from mailbot.outbox.mail import OutgoingMail
from mailbot.outbox.queue import enqueue, new_message_id
from mailbot.store.tables import Escalation, ScheduledRun

log = logging.getLogger(__name__)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def digest_send_time(app: App, calendar: BusinessCalendar, now: datetime) -> tuple[datetime, str]:
    """This ISO week's send moment (organisation time) and the week's label."""
    rules = app.routing.config.digest
    local = calendar.local(now)
    monday = local.date() - timedelta(days=local.weekday())
    day = monday + timedelta(days=_WEEKDAYS.index(rules.day))
    hour, minute = (int(x) for x in rules.time.split(":"))
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=calendar.zone)
    iso = day.isocalendar()
    return moment, f"{iso.year}-W{iso.week:02d}"


def send_digest(
    app: App,
    calendar: BusinessCalendar,
    week: str | None,
    *,
    key: str | None,
    digest: DigestReport | None = None,
) -> bool:
    """Queue the digest mail (built here unless given); with a key, once per key anywhere."""
    now = app.clock.now()
    try:
        with app.db.session() as session:
            if key is not None:
                if session.get(ScheduledRun, key) is not None:
                    return False
                session.add(ScheduledRun(key=key, at=now))
                session.flush()
            if digest is None:
                digest = build_report(
                    session, routing=app.routing, calendar=calendar, week=week, now=now
                )
            org = app.routing.config.organisation.name
            text, html = render_digest(digest, org=org)
            mail = OutgoingMail(
                kind="digest",
                to=app.routing.config.digest.recipients,
                subject=f"Weekly escalation digest {digest.data['report_date']}",
                text=text,
                html=html,
                message_id=new_message_id(app.settings, "digest", None),
            )
            enqueue(
                session, mail, settings=app.settings, now=now, escalation_id=None, dedupe_key=key
            )
    except IntegrityError:
        return False
    return True


FIRST_START = "service:first-start"


def note_first_start(app: App) -> None:
    """Remember when `mailbot run` first ran against this database (kept, never moved)."""
    try:
        with app.db.session() as session:
            if session.get(ScheduledRun, FIRST_START) is None:
                session.add(ScheduledRun(key=FIRST_START, at=app.clock.now()))
    except IntegrityError:
        pass  # another instance wrote it first; its moment is as good


def service_seen_before(app: App, moment: datetime) -> bool:
    """Did the service exist before ``moment``: first started, or an escalation created?

    The earliest escalation counts too, so a database from before the first-start mark
    (an upgrade) keeps its digests.
    """
    with app.db.session() as session:
        started = session.get(ScheduledRun, FIRST_START)
        if started is not None and started.at < moment:
            return True
        stmt = select(Escalation.id).where(Escalation.created_at < moment).limit(1)
        return session.scalars(stmt).first() is not None


def digest_job(app: App, calendar: BusinessCalendar) -> bool:
    """Send last week's digest once it is due, if the service existed during that week.

    A first start must not mail leadership an all-zero digest of a week before mailbot
    ran: the first digest covers the week of the first start (or first escalation).
    """
    now = app.clock.now()
    moment, week = digest_send_time(app, calendar, now)
    if now < moment:
        return False
    _, covered_end, _ = iso_week_bounds(None, now, calendar.zone)
    if not service_seen_before(app, covered_end):
        return False
    return send_digest(app, calendar, None, key=f"digest:{week}")


class Scheduler:
    """The jobs of `mailbot run`; ``tick`` runs what is due, ``run_all`` runs everything."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.calendar = calendar_for(app.routing.config.organisation)
        self.jobs = schedule.Scheduler()
        self.performed = 0
        note_first_start(app)
        self.jobs.every(1).minutes.do(self._scan)
        self.jobs.every(1).minutes.do(self._digest)

    def _scan(self) -> None:
        # A job that raises is never rescheduled by `schedule`, so jobs must not raise.
        try:
            self.performed += reminders.scan(self.app, self.calendar)
        except Exception:
            log.exception("reminder scan failed; it runs again at the next tick")

    def _digest(self) -> None:
        try:
            self.performed += int(digest_job(self.app, self.calendar))
        except Exception:
            log.exception("digest job failed; it runs again at the next tick")

    def tick(self) -> int:
        before = self.performed
        self.jobs.run_pending()
        return self.performed - before

    def run_all(self) -> int:
        before = self.performed
        self.jobs.run_all()
        return self.performed - before
