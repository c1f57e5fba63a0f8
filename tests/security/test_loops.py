"""Promise 2: no loops, no backscatter.

Nothing is ever queued in answer to automatic mail (auto-submitted, bulk or list mail,
bounces, out-of-office replies), to our own mail coming back, or to unknown senders; and
a robot that answers everything *without* automatic headers is stopped by the daily
per-recipient cap (``settings.daily_cap_per_recipient``), the one door all mail goes
through. Each automatic variant is tried both as a fresh message and as a reply to our
approval request, on both database backends.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from sqlalchemy import select, update

from mailbot.app import App
from mailbot.outbox.queue import loop_marker
from mailbot.pipeline import Outcome
from mailbot.store.tables import Audit, OutboxItem
from tests.security.support import (
    FORWARD,
    JANE,
    approval_request,
    fresh_id,
    open_draft,
    outbox_items,
    rewrite,
    run,
    snapshot,
    status,
)
from tests.support.mail import reply_to

Fields = list[tuple[str, str]]
AUTOMATIC: list[tuple[str, Fields]] = [
    ("auto-replied", [("Auto-Submitted", "auto-replied")]),
    ("auto-generated", [("Auto-Submitted", "auto-generated")]),
    ("auto-notified", [("Auto-Submitted", "auto-notified")]),
    ("upper case", [("Auto-Submitted", "AUTO-REPLIED")]),
    ("with parameters", [("Auto-Submitted", 'auto-replied; owner-email="jane@example.com"')]),
    ("zimbra vacation", [("Auto-Submitted", "auto-replied (vacation)")]),
    ("precedence bulk", [("Precedence", "bulk")]),
    ("precedence junk", [("Precedence", "junk")]),
    ("precedence list", [("Precedence", "list")]),
    ("precedence auto_reply", [("Precedence", "auto_reply")]),
    ("x-precedence", [("X-Precedence", "bulk")]),
    ("list-id", [("List-Id", "<csm.lists.example.com>")]),
    ("list-unsubscribe", [("List-Unsubscribe", "<mailto:leave@lists.example.com>")]),
    ("list-post", [("List-Post", "<mailto:csm@lists.example.com>")]),
    ("exchange oof", [("X-Auto-Response-Suppress", "All"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", JANE)]),
    ("x-autoreply", [("X-Autoreply", "yes")]),
    ("x-autorespond", [("X-Autorespond", "Out of office")]),
    ("null return path", [("Return-Path", "<>")]),
    ("x-failed-recipients", [("X-Failed-Recipients", "nobody@example.com")]),
]  # fmt: skip
SENDERS: list[tuple[str, str]] = [
    ("mailer-daemon", "MAILER-DAEMON@example.com"),
    ("postmaster", "postmaster@example.com"),
    ("ourselves", "escalations@example.com"),
    ("our reply address", "escalations+abc@example.com"),
]


def _assert_silent(app: App, raw: bytes, label: str) -> None:
    before = snapshot(app)
    ctx = run(app, fresh_id(raw, "auto"))
    assert ctx.outcome in (Outcome.PROCESSED, Outcome.QUARANTINED), label
    assert snapshot(app) == before, f"{label}: {ctx.reason}"


def _dsn(original: bytes) -> bytes:
    """A Postfix-style delivery status notification carrying ``original``."""
    head, _, _ = original.partition(b"\r\n\r\n" if b"\r\n\r\n" in original else b"\n\n")
    return (
        b"From: Mail Delivery System <MAILER-DAEMON@example.com>\r\n"
        b"To: escalations@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;"
        b' boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n'
        b"I'm sorry to have to inform you that your message could not be delivered.\r\n"
        b"--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; eng@example.com"
        b"\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        b"--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n" + head + b"\r\n--b1--\r\n"
    )


def test_automatic_forwards_open_nothing(app: App) -> None:
    for label, fields in AUTOMATIC:
        _assert_silent(app, rewrite(FORWARD, add=fields), label)
    for label, sender in SENDERS:
        _assert_silent(app, rewrite(FORWARD, drop=["From"], add=[("From", sender)]), label)
    _assert_silent(app, _dsn(FORWARD), "delivery status notification")
    assert status(app) == "missing" and not outbox_items(app)


def test_automatic_replies_to_our_mail_move_nothing(app: App) -> None:
    """Out-of-office replies quote "reply approve": they must never approve or be answered."""
    open_draft(app)
    request = approval_request(app)
    approve = reply_to(request, JANE, "approve")
    for label, fields in AUTOMATIC:
        _assert_silent(app, rewrite(approve, add=fields), label)
    for subject in ("Automatic reply: Draft", "Abwesenheitsnotiz: Draft", "Out of Office: x"):
        oof = rewrite(approve, drop=["Subject"], add=[("Subject", subject)])
        _assert_silent(app, oof, subject)
    _assert_silent(app, rewrite(request, drop=["Message-ID"]), "our own request came back")
    marked = rewrite(approve, add=[("X-Mailbot-Loop", loop_marker(app.settings))])
    _assert_silent(app, marked, "loop marker")
    queued = len(outbox_items(app))
    with app.db.session() as session:  # only mail that was actually sent can bounce
        session.execute(
            update(OutboxItem).where(OutboxItem.kind == "approval_request").values(status="sent")
        )
    ctx = run(app, _dsn(request))  # recorded against the escalation, never answered
    assert "bounce of our approval_request recorded" in ctx.reason
    assert len(outbox_items(app)) == queued
    assert status(app) == "draft"


def test_auto_submitted_no_is_a_person(app: App) -> None:
    ctx = run(app, rewrite(FORWARD, add=[("Auto-Submitted", "No")]))
    assert ctx.outcome is Outcome.PROCESSED and ctx.escalation_ref, ctx.reason


def test_list_headers_inside_a_forward_are_data(app: App) -> None:
    """Inner (forwarded) headers never control: a forwarded list mail is still escalated."""
    inner = rewrite(FORWARD, add=[("List-Id", "<x.lists.example>"), ("Precedence", "bulk")])
    msg = EmailMessage()
    msg["From"], msg["To"] = JANE, "escalations@example.com"
    msg["Subject"], msg["Message-ID"] = "Fwd: customer list mail", "<inner-fwd@example.com>"
    msg.set_content("Please escalate the attached thread, P2.")
    msg.add_attachment(inner, maintype="message", subtype="rfc822")
    ctx = run(app, msg.as_bytes())
    assert ctx.outcome is Outcome.PROCESSED and ctx.escalation_ref, ctx.reason


def test_ticket_trick_stranger_gets_nothing(app: App) -> None:
    raw = rewrite(FORWARD, drop=["From", "Subject"], add=[
        ("From", "Slack <no-reply@slack.example>"),
        ("Subject", "Your Slack verification code is 123456")])  # fmt: skip
    ctx = run(app, raw)
    assert ctx.outcome is Outcome.QUARANTINED
    assert not outbox_items(app)


@pytest.mark.parametrize("cap", [5])
def test_robot_that_answers_everything_is_capped(app: App, cap: int) -> None:
    """Mike's mailbox has a robot with no auto headers: it answers every mail we send him.

    Each of his answers is a team update, which earns him a confirmation and Jane a
    notice; without the cap this never ends. Bounded to 100 rounds.
    """
    robot = "mike@example.com"
    app = App(
        settings=app.settings.model_copy(update={"daily_cap_per_recipient": cap}),
        routing=app.routing,
        db=app.db,
        clock=app.clock,
    )
    open_draft(app)
    assert run(app, reply_to(approval_request(app), JANE, "approve")).outcome is (Outcome.PROCESSED)
    answered: set[str] = set()
    rounds = 0
    for rounds in range(1, 101):  # noqa: B007 - the count is asserted below
        new = [
            i for i in outbox_items(app) if robot in i.recipients and i.message_id not in answered
        ]
        new += [i for i in outbox_items(app, "routed_brief") if i.message_id not in answered]
        if not new:
            break
        for item in new:
            answered.add(item.message_id)
            run(app, reply_to(item.raw, robot, "Thank you for your message. We will reply soon."))
    to_robot = [i for i in outbox_items(app) if robot in i.recipients]
    to_jane = [i for i in outbox_items(app) if JANE in i.recipients]
    assert rounds < 100, "the loop did not stop"
    assert len(to_robot) <= cap
    assert len(to_jane) <= cap
    with app.db.session() as session:
        capped = list(session.scalars(select(Audit).where(Audit.action == "daily_cap")))
    assert capped, "the cap was never hit, so this test proved nothing"


def test_x_auto_response_suppress_alone_is_a_person(app: App) -> None:
    """Outlook puts it on ordinary mail: it asks *us* not to auto-reply, nothing more."""
    ctx = run(app, rewrite(FORWARD, add=[("X-Auto-Response-Suppress", "OOF, AutoReply")]))
    assert ctx.outcome is Outcome.PROCESSED and ctx.escalation_ref, ctx.reason
