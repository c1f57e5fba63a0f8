"""The outbox against a real (fault-injecting) SMTP server, on both store backends."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from mailbot.app import App
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.handlers.alerts import alert_failed_delivery
from mailbot.outbox.mail import OutgoingMail
from mailbot.outbox.queue import enqueue, new_message_id
from mailbot.outbox.sender import deliver_due
from mailbot.outbox.smtp import SmtpTransport
from mailbot.settings import Settings
from mailbot.store import repo
from mailbot.store.tables import Escalation, OutboxItem
from tests.harness.smtp import FaultSmtp


def _queue(app: App, to: str = "eng@example.com", kind: str = "routed_brief") -> int:
    now = app.clock.now()
    with app.db.session() as session:
        esc = Escalation(
            ref="ESC-2026-0001",
            status="routed",
            category="product_defect",
            severity="high",
            sentiment="calm",
            csm="jane@example.com",
            created_at=now,
            updated_at=now,
        )
        if repo.get_escalation(session, esc.ref) is None:
            session.add(esc)
            session.flush()
        esc_row = repo.get_escalation(session, "ESC-2026-0001")
        assert esc_row is not None
        mail = OutgoingMail(
            kind=kind,
            to=(to,),
            subject="brief",
            text="hello",
            message_id=new_message_id(app.settings, kind, esc_row.ref),
            escalation_ref=esc_row.ref,
        )
        item_id = enqueue(session, mail, settings=app.settings, now=now, escalation_id=esc_row.id)
        assert item_id is not None
        return item_id


def _item(app: App, item_id: int) -> OutboxItem:
    with app.db.session() as session:
        item = session.get(OutboxItem, item_id)
        assert item is not None
        return item


def _send(app: App, smtp: FaultSmtp) -> tuple[int, int, int]:
    transport = SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{smtp.port}"), timeout=5)
    report = deliver_due(
        app.db,
        transport,
        app.settings,
        app.clock.now,
        on_failed=lambda i, r: alert_failed_delivery(app, i, r),
    )
    return report.sent, report.retrying, report.failed


def test_451_is_retried_with_backoff_and_same_message_id(app: App, smtp: FaultSmtp) -> None:
    item_id = _queue(app)
    smtp.fail_next(1, "451")
    assert _send(app, smtp) == (0, 1, 0)
    item = _item(app, item_id)
    assert item.status == "pending" and item.attempts == 1
    assert item.next_attempt_at > app.clock.now()
    assert _send(app, smtp) == (0, 0, 0)  # not due yet
    app.clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (1, 0, 0)
    first, second = smtp.attempts
    assert first.data == second.data  # byte-identical resend, same Message-ID
    assert _item(app, item_id).status == "sent"


def test_drop_after_data_is_transient(app: App, smtp: FaultSmtp) -> None:
    item_id = _queue(app)
    smtp.drop_next(1)
    assert _send(app, smtp) == (0, 1, 0)
    app.clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (1, 0, 0)
    assert _item(app, item_id).status == "sent"


def test_550_fails_once_and_alerts_the_csm(app: App, smtp: FaultSmtp) -> None:
    item_id = _queue(app)
    smtp.fail_next(1, "550")
    assert _send(app, smtp) == (0, 0, 1)
    assert _item(app, item_id).status == "failed"
    with app.db.session() as session:
        alerts = list(
            session.scalars(select(OutboxItem).where(OutboxItem.kind == "delivery_failed"))
        )
    assert len(alerts) == 1 and alerts[0].recipients == ["jane@example.com"]
    alert_failed_delivery(app, item_id, "again")  # a second call never alerts twice
    assert _send(app, smtp) == (1, 0, 0)  # the alert itself goes out
    (alert,) = smtp.received
    assert alert.rcpt_tos == ("jane@example.com",)
    assert b"could not be delivered" in alert.data


def test_gives_up_after_the_configured_days(app: App, smtp: FaultSmtp) -> None:
    item_id = _queue(app)
    smtp.fail_next(100, "451")
    _send(app, smtp)
    app.clock.advance(timedelta(days=6))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (0, 0, 1)
    assert _item(app, item_id).status == "dead"


def test_a_mail_held_for_days_gets_its_full_days_of_retries(app: App, smtp: FaultSmtp) -> None:
    """The give-up clock starts when the mail may go (the daily cap's hold ended), not
    when it was queued: held three days, it still retries five days after that."""
    item_id = _queue(app)
    start = app.clock.now()
    with app.db.session() as session:  # as the daily cap holds it: it may go in 3 days
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item_id)
            .values(status="held", next_attempt_at=start + timedelta(days=3))
        )
    smtp.fail_next(1000, "451")
    app.clock.advance(timedelta(days=3))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (0, 1, 0)
    assert _item(app, item_id).due_since == start + timedelta(days=3)
    app.clock.advance(timedelta(days=3))  # type: ignore[attr-defined]  # 6 days queued
    assert _send(app, smtp) == (0, 1, 0)  # 3 days due: still retrying
    assert _item(app, item_id).due_since == start + timedelta(days=3)  # kept, not the lease
    app.clock.advance(timedelta(days=2, hours=1))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (0, 0, 1)  # 5 days and an hour due: given up
    assert _item(app, item_id).status == "dead"


def test_crash_between_claim_and_250_resends_after_the_lease(app: App, smtp: FaultSmtp) -> None:
    item_id = _queue(app)
    with app.db.session() as session:  # as if a sender claimed it and died
        item = session.get(OutboxItem, item_id)
        assert item is not None
        item.status, item.next_attempt_at = "sending", app.clock.now() + timedelta(minutes=5)
    assert _send(app, smtp) == (0, 0, 0)  # leased: a second instance does not touch it
    app.clock.advance(timedelta(minutes=6))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (1, 0, 0)
    assert len(smtp.received) == 1


def test_daily_cap_per_recipient(app: App, settings: Settings) -> None:
    capped = settings.model_copy(update={"daily_cap_per_recipient": 3})
    capped_app = App(settings=capped, routing=app.routing, db=app.db, clock=app.clock)
    for _ in range(3):
        assert _item(app, _queue(capped_app, to="robot@example.com", kind="confirmation")).status
    fourth = _item(app, _queue(capped_app, to="robot@example.com", kind="confirmation"))
    assert fourth.status == "held"  # over the cap: delayed to the next window, not dropped
    assert fourth.next_attempt_at.date() == (app.clock.now() + timedelta(days=1)).date()
    app.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    fifth = _item(app, _queue(capped_app, to="robot@example.com", kind="confirmation"))
    assert fifth.status == "pending"  # a new day (the held one took one of its slots)
