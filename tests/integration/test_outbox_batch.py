"""A batch of the outbox shares one SMTP connection, and no failure loses or repeats mail.

Against the fault-injecting SMTP server (which counts connections) on both store
backends: reuse itself, a drop after DATA mid-batch, a relay that closed the reused
connection before the next MAIL FROM, a reconnect that fails, and replies of every kind
inside one batch. Every test ends with each mail received exactly once, byte for byte.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from mailbot.app import App
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.outbox.mail import OutgoingMail
from mailbot.outbox.queue import enqueue, new_message_id
from mailbot.outbox.sender import deliver_due
from mailbot.outbox.smtp import SmtpTransport
from mailbot.store.tables import Escalation, OutboxItem
from tests.harness.smtp import FaultSmtp


def _queue(app: App, count: int) -> list[int]:
    """``count`` mails to distinct recipients (the daily cap never holds one)."""
    now = app.clock.now()
    with app.db.session() as session:
        esc = Escalation(
            ref="ESC-2026-0007", status="routed", category="product_defect", severity="high",
            sentiment="calm", csm="jane@example.com", created_at=now, updated_at=now,
        )  # fmt: skip
        session.add(esc)
        session.flush()
        ids = []
        for n in range(count):
            mail = OutgoingMail(
                kind="routed_brief", to=(f"team{n}@example.com",), subject=f"brief {n}",
                text=f"hello {n}", message_id=new_message_id(app.settings, "brief", esc.ref),
                escalation_ref=esc.ref,
            )  # fmt: skip
            item_id = enqueue(session, mail, settings=app.settings, now=now, escalation_id=esc.id)
            assert item_id is not None
            ids.append(item_id)
        return ids


def _send(app: App, smtp: FaultSmtp) -> tuple[int, int, int]:
    transport = SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{smtp.port}"), timeout=5)
    report = deliver_due(app.db, transport, app.settings, app.clock.now)
    return report.sent, report.retrying, report.failed


def _later(app: App) -> None:
    app.clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]  # past the backoff


def _all_sent_once(app: App, smtp: FaultSmtp, ids: list[int]) -> None:
    with app.db.session() as session:
        items = list(session.scalars(select(OutboxItem).where(OutboxItem.id.in_(ids))))
    assert {item.status for item in items} == {"sent"}
    received = Counter(r.data for r in smtp.received)
    assert received == Counter(item.raw for item in items)  # each once, the stored bytes


def test_a_batch_of_50_mails_uses_one_connection(app: App, smtp: FaultSmtp) -> None:
    ids = _queue(app, 50)
    assert _send(app, smtp) == (50, 0, 0)
    assert smtp.connections == 1
    _all_sent_once(app, smtp, ids)
    assert [r.rcpt_tos for r in smtp.received] == [(f"team{n}@example.com",) for n in range(50)]


def test_nothing_due_opens_no_connection(app: App, smtp: FaultSmtp) -> None:
    assert _send(app, smtp) == (0, 0, 0)
    assert smtp.connections == 0


def test_a_drop_after_data_mid_batch_loses_nothing_and_sends_nothing_twice(
    app: App, smtp: FaultSmtp
) -> None:
    ids = _queue(app, 5)
    smtp.pass_next(2)
    smtp.drop_next(1)  # the third mail's connection vanishes after its DATA
    assert _send(app, smtp) == (4, 1, 0)
    assert smtp.connections == 2  # the fourth and fifth went on over a new connection
    assert len(smtp.received) == 4  # not resent at once: the relay may have taken it
    _later(app)
    assert _send(app, smtp) == (1, 0, 0)
    _all_sent_once(app, smtp, ids)
    assert [a.outcome for a in smtp.attempts] == ["250", "250", "drop", "250", "250", "250"]
    assert smtp.attempts[2].data == smtp.attempts[5].data  # the same bytes, later


def test_a_connection_the_relay_closed_before_mail_from_is_replaced_once(
    app: App, smtp: FaultSmtp
) -> None:
    ids = _queue(app, 3)
    smtp.close_at_mail(2)  # between the first and second mail, as an idle timeout would
    assert _send(app, smtp) == (3, 0, 0)  # the second is sent at once, on a new connection
    assert smtp.connections == 2
    _all_sent_once(app, smtp, ids)
    assert len(smtp.attempts) == 3  # the closed connection never reached DATA


def test_closed_again_after_the_reconnect_is_transient(app: App, smtp: FaultSmtp) -> None:
    ids = _queue(app, 2)
    smtp.close_at_mail(2)
    smtp.close_at_mail(3)  # the replacement connection is closed too: no third try
    assert _send(app, smtp) == (1, 1, 0)
    assert smtp.connections == 2
    _later(app)
    assert _send(app, smtp) == (1, 0, 0)
    _all_sent_once(app, smtp, ids)


def test_when_the_reconnect_fails_the_rest_wait_untried(app: App, smtp: FaultSmtp) -> None:
    ids = _queue(app, 4)
    smtp.pass_next(1)
    smtp.drop_next(1)
    smtp.refuse_connections(after=1)  # and the relay takes no new connection
    assert _send(app, smtp) == (1, 3, 0)
    assert len(smtp.attempts) == 2  # the third and fourth never reached the relay
    assert smtp.refused_connections == 1  # one reconnect, not one per remaining mail
    with app.db.session() as session:
        waiting = list(session.scalars(select(OutboxItem).where(OutboxItem.id.in_(ids[1:]))))
    assert {(i.status, i.attempts) for i in waiting} == {("pending", 1)}
    assert all("SMTP" in i.last_error for i in waiting)
    smtp.refuse_connections(after=10)
    _later(app)
    assert _send(app, smtp) == (3, 0, 0)
    _all_sent_once(app, smtp, ids)


def test_replies_inside_a_batch_keep_their_meaning(app: App, smtp: FaultSmtp) -> None:
    ids = _queue(app, 5)
    smtp.pass_next(1)
    smtp.fail_next(1, "451")
    smtp.fail_next(1, "550")
    assert _send(app, smtp) == (3, 1, 1)
    with app.db.session() as session:
        statuses = dict(session.execute(select(OutboxItem.id, OutboxItem.status)).tuples().all())
    assert [statuses[i] for i in ids] == ["sent", "pending", "failed", "sent", "sent"]
    assert smtp.connections == 3  # a new connection after each failure
    _later(app)
    assert _send(app, smtp) == (1, 0, 0)
    assert Counter(a.outcome for a in smtp.attempts) == Counter({"250": 4, "451": 1, "550": 1})
    assert len({r.data for r in smtp.received}) == len(smtp.received) == 4


def _send_lanes(app: App, smtp: FaultSmtp, connections: int) -> tuple[int, int, int]:
    transport = SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{smtp.port}"), timeout=5)
    report = deliver_due(app.db, transport, app.settings, app.clock.now, connections=connections)
    return report.sent, report.retrying, report.failed


def test_a_large_batch_goes_over_several_connections_each_mail_once(
    app: App, smtp: FaultSmtp
) -> None:
    ids = _queue(app, 50)
    assert _send_lanes(app, smtp, 3) == (50, 0, 0)
    assert smtp.connections == 3
    _all_sent_once(app, smtp, ids)


def test_mails_to_one_person_go_over_one_connection_in_the_order_queued(
    app: App, smtp: FaultSmtp
) -> None:
    ids = _queue(app, 30)
    now = app.clock.now()
    with app.db.session() as session:  # five more for team3, after the first one
        for n in range(5):
            mail = OutgoingMail(
                kind="routed_brief", to=("TEAM3@example.com",), subject=f"more {n}",
                text=f"more {n}", message_id=new_message_id(app.settings, "brief", "ESC-2026-0007"),
                escalation_ref="ESC-2026-0007",
            )  # fmt: skip
            item = enqueue(session, mail, settings=app.settings, now=now, escalation_id=None)
            assert item is not None
            ids.append(item)
    assert _send_lanes(app, smtp, 3) == (35, 0, 0)
    assert smtp.connections == 3
    _all_sent_once(app, smtp, ids)
    to_team3 = [r.data for r in smtp.received if r.rcpt_tos[0].lower() == "team3@example.com"]
    subjects = [
        line for raw in to_team3 for line in raw.split(b"\r\n") if line.startswith(b"Subject:")
    ]
    expected = ["brief 3", *(f"more {n}" for n in range(5))]
    assert subjects == [f"Subject: [ESC-2026-0007] {s}".encode() for s in expected]


def test_a_failure_in_one_lane_leaves_the_others_and_is_retried_once(
    app: App, smtp: FaultSmtp
) -> None:
    ids = _queue(app, 40)
    smtp.fail_next(1, "451")
    assert _send_lanes(app, smtp, 3) == (39, 1, 0)
    _later(app)
    assert _send_lanes(app, smtp, 3) == (1, 0, 0)
    _all_sent_once(app, smtp, ids)
