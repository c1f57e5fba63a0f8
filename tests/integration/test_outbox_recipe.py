"""A queued mail waits as a recipe and is composed when first claimed (outbox/recipe.py):
against a real SMTP server, on both store backends."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from mailbot.app import App
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.outbox.compose import compose_raw
from mailbot.outbox.mail import OutgoingMail
from mailbot.outbox.queue import enqueue, loop_marker, new_message_id, queue_mail
from mailbot.outbox.recipe import compose_recipe, recipe_of, wire_bytes
from mailbot.outbox.sender import deliver_due
from mailbot.outbox.smtp import SmtpTransport
from mailbot.store import pending
from mailbot.store.tables import MessageRecord, OutboxItem
from tests.harness.smtp import FaultSmtp

AT = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)


def _mail(app: App, **fields: object) -> OutgoingMail:
    base: dict[str, object] = {
        "kind": "confirmation", "to": ("jane@example.com",), "subject": "Re: Ünïcode ✓ — done",
        "text": "Thanks.\n" + "a long line " * 20, "html": "<p>Thanks ☃</p>",
        "message_id": new_message_id(app.settings, "confirmation", "ESC-2026-0001"),
        "in_reply_to": "<parent@example.com>", "references": ("<root@example.com>",),
        "reply_to": ("escalations+tok@example.com",), "escalation_ref": "ESC-2026-0001",
    }  # fmt: skip
    return OutgoingMail(**{**base, **fields})  # type: ignore[arg-type]


def _queue(app: App, mail: OutgoingMail) -> int:
    with app.db.session() as session:
        item_id = enqueue(session, mail, settings=app.settings, now=AT, escalation_id=None)
    assert item_id is not None
    return item_id


def _row(app: App, item_id: int) -> tuple[OutboxItem, MessageRecord]:
    with app.db.session() as session:
        item = session.get(OutboxItem, item_id)
        assert item is not None
        record = session.scalar(
            select(MessageRecord).where(MessageRecord.message_id == item.message_id)
        )
        assert record is not None
        return item, record


def _send(app: App, smtp: FaultSmtp) -> tuple[int, int, int]:
    transport = SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{smtp.port}"), timeout=5)
    report = deliver_due(app.db, transport, app.settings, app.clock.now)
    return report.sent, report.retrying, report.failed


def test_the_recipe_composes_to_the_bytes_queueing_would_have_written(app: App) -> None:
    mail = _mail(app)
    sender = {"from_address": app.settings.address, "from_name": "mailbot"}
    marker = loop_marker(app.settings)
    recipe = recipe_of(mail, **sender, loop_marker=marker, date=AT)
    assert compose_recipe(recipe) == compose_raw(mail, **sender, loop_marker=marker, date=AT)
    assert compose_recipe(recipe) == compose_recipe(dict(recipe))  # the same every time


def test_a_mail_waits_as_a_recipe_and_is_composed_once_when_claimed(
    app: App, smtp: FaultSmtp
) -> None:
    item_id = _queue(app, _mail(app))
    item, record = _row(app, item_id)
    assert item.raw == b"" and item.recipe is not None
    assert (record.size, record.sha256) == (0, "")  # filled when composed
    expected = wire_bytes(item.raw, item.recipe)

    smtp.fail_next(1, "451")
    assert _send(app, smtp) == (0, 1, 0)
    item, record = _row(app, item_id)
    assert item.raw == expected and item.recipe is None  # stored with the first claim
    assert (record.size, record.sha256) == (len(expected), hashlib.sha256(expected).hexdigest())

    app.clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (1, 0, 0)
    first, second = smtp.attempts
    assert first.data == second.data  # the retry sends the stored bytes
    assert first.data.replace(b"\r\n", b"\n") == expected.replace(b"\r\n", b"\n")


def test_queueing_refuses_what_composing_would_refuse(app: App) -> None:
    with pytest.raises(ValueError, match="addr-spec"):
        _queue(app, _mail(app, to=("jane@example.com\r\nBcc: eve@attacker.example",)))
    with pytest.raises(ValueError, match="addr-spec"):
        _queue(app, _mail(app, reply_to=("not an address",)))
    with app.db.session() as session:
        assert session.scalar(select(OutboxItem.id)) is None


def test_a_recipe_that_does_not_compose_is_given_up_and_the_rest_is_sent(
    app: App, smtp: FaultSmtp
) -> None:
    broken = _queue(app, _mail(app))
    fine = _queue(app, _mail(app, message_id=new_message_id(app.settings, "confirmation", None)))
    with app.db.session() as session:  # as if the stored recipe had been altered
        item = session.get(OutboxItem, broken)
        assert item is not None and item.recipe is not None
        recipe = {**item.recipe, "to": ["bad address"]}
        session.execute(update(OutboxItem).where(OutboxItem.id == broken).values(recipe=recipe))

    assert _send(app, smtp) == (1, 0, 1)
    assert _row(app, broken)[0].status == "failed"
    assert _row(app, fine)[0].status == "sent"
    assert [m.rcpt_tos for m in smtp.received] == [("jane@example.com",)]


def test_recipes_of_a_backlog_batch_go_in_together_and_compose_when_sent(
    app: App, smtp: FaultSmtp
) -> None:
    """A batch's outbox rows wait for its commit and go in together (COPY on PostgreSQL,
    store/pending.py): their recipes must come back whole and compose when claimed."""
    mails = [
        _mail(app, message_id=new_message_id(app.settings, "confirmation", f"ESC-2026-{n:04d}"),
              text=f"reply {n}\tdone\\n" + "ünï " * n)
        for n in range(12)
    ]  # fmt: skip
    with app.db.session() as session:
        for mail in mails:
            assert queue_mail(session, mail, settings=app.settings, now=AT, escalation_id=None)
        assert pending.buffered(session)
    with app.db.session() as session:
        items = list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))
    expected = [wire_bytes(i.raw, i.recipe) for i in items]
    assert all(i.raw == b"" for i in items) and len(expected) == 12

    assert _send(app, smtp) == (12, 0, 0)
    sent = [m.data.replace(b"\r\n", b"\n") for m in smtp.received]
    assert sent == [raw.replace(b"\r\n", b"\n") for raw in expected]
