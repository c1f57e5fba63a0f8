"""The daily per-recipient cap delays, it never drops (issue 14 §4), on both backends.

Mail over the cap stays in the outbox ``held`` and the outbox sender delivers it, byte for
byte with its Message-ID, over a real SMTP server once the injected clock reaches the next
window; the CSM's manager (or the admin) is told once per recipient and window; the
command line says which escalation's mail is held.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.outbox.mailer import Mailer
from mailbot.outbox.sender import deliver_due
from mailbot.outbox.smtp import SmtpTransport
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.store.tables import Audit, SendCount
from mailbot.transactions import handle
from tests.harness.smtp import FaultSmtp
from tests.integration.test_cli import mailbot
from tests.security.support import FORWARD, draft_jobs, fresh_id
from tests.support.flow import last_mail, outbox, reply

JANE, LISA = "jane@example.com", "lisa@example.com"
NEXT_WINDOW = datetime(2026, 3, 11, 0, 0, tzinfo=UTC)  # the clock fixture starts 10 March


def _app(
    settings: Settings, routing: Routing, clock: FrozenClock, db: Database, **kw: object
) -> App:
    capped = settings.model_copy(update={"daily_cap_per_recipient": 2, **kw})
    return App(settings=capped, routing=routing, db=db, clock=clock)


def _forward(app: App, tag: str) -> str:
    ctx = handle(app, fresh_id(FORWARD, tag))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert draft_jobs(app) == 1
    return ctx.escalation_ref


def _deliver(app: App, smtp: FaultSmtp) -> int:
    transport = SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{smtp.port}"), timeout=5)
    return deliver_due(app.db, transport, app.settings, app.clock.now).sent


def _message_ids(smtp: FaultSmtp) -> list[str]:
    folded = (str(message_from_bytes(r.data)["Message-ID"]) for r in smtp.received)
    return ["".join(mid.split()).strip("<>") for mid in folded]


def test_capped_mail_is_held_told_once_and_sent_when_the_window_opens(
    settings: Settings,
    routing: Routing,
    clock: FrozenClock,
    db: Database,
    smtp: FaultSmtp,
    tmp_path: Path,
    database_url: str,
) -> None:
    app = _app(settings, routing, clock, db)
    _forward(app, "one")  # approval request 1 to Jane
    reply(app, last_mail(app, "approval_request"), JANE, "approve")  # her confirmation: 2
    second, third = _forward(app, "two"), _forward(app, "three")
    held = [i for i in outbox(app, "approval_request") if i.status == "held"]
    assert [i.next_attempt_at for i in held] == [NEXT_WINDOW, NEXT_WINDOW]
    told = outbox(app, "mail_held")
    assert len(told) == 1 and told[0].recipients == [LISA]  # once, not once per held mail
    assert told[0].status == "pending"  # the notice itself is never held
    with app.db.session() as session:
        audits = list(session.scalars(select(Audit).where(Audit.action == "daily_cap")))
    assert len(audits) == 2 and all("held until 2026-03-11 00:00 UTC" in a.reason for a in audits)

    listed = mailbot(tmp_path, "list", db_url=database_url).stdout
    marked = [line for line in listed.splitlines() if "mail held until" in line]
    assert sorted(line.split()[0] for line in marked) == sorted([second, third])
    assert "mail held until 2026-03-11 00:00 UTC" in marked[0]
    shown = mailbot(tmp_path, "show", second, db_url=database_url).stdout
    assert "mail held until 2026-03-11 00:00 UTC" in shown
    data = json.loads(mailbot(tmp_path, "show", second, "--json", db_url=database_url).stdout)
    assert data["mail_held_until"] == NEXT_WINDOW.isoformat()

    assert _deliver(app, smtp) == 4  # two to Jane, the brief, the notice to Lisa
    held_ids = {i.message_id for i in held}
    assert not held_ids & set(_message_ids(smtp))  # nothing held went out today
    clock.set(NEXT_WINDOW - timedelta(seconds=1))
    assert _deliver(app, smtp) == 0
    clock.set(NEXT_WINDOW)
    assert _deliver(app, smtp) == 2  # the outbox sender releases them on its own
    sent = {r.data for r in smtp.received}
    assert {i.raw for i in held} <= sent  # byte for byte: same Message-ID, same text
    assert held_ids <= set(_message_ids(smtp))
    assert {i.status for i in outbox(app, "approval_request")} == {"sent"}
    assert "mail held" not in mailbot(tmp_path, "list", db_url=database_url).stdout


def test_held_mail_counts_in_the_window_it_goes_in(
    settings: Settings, routing: Routing, clock: FrozenClock, db: Database
) -> None:
    """Released mail is still capped: the next window's slots are taken when it is held."""
    app = _app(settings, routing, clock, db)
    for tag in ("a", "b", "c", "d", "e"):
        _forward(app, tag)
    due = [i.next_attempt_at for i in outbox(app, "approval_request")]
    assert due == [clock.now()] * 2 + [NEXT_WINDOW] * 2 + [NEXT_WINDOW + timedelta(days=1)]
    with app.db.session() as session:
        counts = {c.day.isoformat(): c.count for c in session.scalars(select(SendCount))}
    assert counts == {"2026-03-10": 2, "2026-03-11": 2, "2026-03-12": 1}
    assert len(outbox(app, "mail_held")) == 1  # one window was hit: one notice


def test_the_admin_is_told_when_no_manager_can_be(
    settings: Settings, routing: Routing, clock: FrozenClock, db: Database
) -> None:
    """Mail to Lisa (a manager) is held: she cannot be told, the admin is, once."""
    app = _app(settings, routing, clock, db, admin_address="ops@example.com")
    with app.db.session() as session:  # the admin is over the cap too: still told
        session.add(SendCount(recipient="ops@example.com", day=clock.now().date(), count=9))
    for n in range(4):
        with app.db.session() as session:
            mailer = Mailer(session, app.settings, app.routing, clock.now())
            mailer.send(
                None,
                kind="status_report",
                template="mail_held",
                to=(LISA,),
                subject=f"report {n}",
                context={"headline": "h", "body": "b"},
            )
    assert [i.status for i in outbox(app, "status_report")] == ["pending"] * 2 + ["held"] * 2
    told = outbox(app, "mail_held")
    assert [(i.recipients, i.status) for i in told] == [(["ops@example.com"], "pending")]
    assert b"lisa@example.com" in told[0].raw and b"held until" in told[0].raw


def test_without_manager_or_admin_the_hold_is_logged_and_audited(
    settings: Settings,
    routing: Routing,
    clock: FrozenClock,
    db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = _app(settings, routing, clock, db)
    for n in range(3):
        with app.db.session() as session:
            Mailer(session, app.settings, app.routing, clock.now()).send(
                None,
                kind="status_report",
                template="mail_held",
                to=(LISA,),
                subject=f"report {n}",
                context={"headline": "h", "body": "b"},
            )
    assert [i.status for i in outbox(app, "status_report")] == ["pending", "pending", "held"]
    assert not outbox(app, "mail_held")
    assert "nobody to tell (set MAILBOT_ADMIN_ADDRESS)" in caplog.text
    with app.db.session() as session:
        assert session.scalar(select(Audit.sender).where(Audit.action == "daily_cap")) == LISA
