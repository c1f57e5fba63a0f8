"""Promise 2: no loops, no backscatter.

Nothing is ever queued in answer to automatic mail (auto-submitted, bulk or list mail,
bounces, out-of-office replies), to our own mail coming back, or to unknown senders; a
robot that answers everything *without* automatic headers is noticed and no longer answered
on that thread; and the daily per-recipient cap (``settings.daily_cap_per_recipient``), at
the one door all mail goes through, holds what is over it until the next day.
Each automatic variant is tried both as a fresh message and as a reply to our
approval request, on both database backends.
"""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

from sqlalchemy import select, update

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.observe import metrics
from mailbot.outbox.queue import loop_marker
from mailbot.store.tables import Audit, Escalation, Event, OutboxItem
from tests.security.support import (
    FORWARD,
    JANE,
    approval_request,
    draft_jobs,
    fresh_id,
    open_draft,
    outbox_items,
    rewrite,
    run,
    snapshot,
    status,
)
from tests.support.mail import reply_to, text_of

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
    assert ctx.outcome in (Disposition.PROCESSED, Disposition.QUARANTINED), label
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
    assert ctx.outcome is Disposition.PROCESSED and ctx.escalation_ref, ctx.reason


def test_list_headers_inside_a_forward_are_data(app: App) -> None:
    """Inner (forwarded) headers never control: a forwarded list mail is still escalated."""
    inner = rewrite(FORWARD, add=[("List-Id", "<x.lists.example>"), ("Precedence", "bulk")])
    msg = EmailMessage()
    msg["From"], msg["To"] = JANE, "escalations@example.com"
    msg["Subject"], msg["Message-ID"] = "Fwd: customer list mail", "<inner-fwd@example.com>"
    msg.set_content("Please escalate the attached thread, P2.")
    msg.add_attachment(inner, maintype="message", subtype="rfc822")
    ctx = run(app, msg.as_bytes())
    assert ctx.outcome is Disposition.PROCESSED and ctx.escalation_ref, ctx.reason


def test_ticket_trick_stranger_gets_nothing(app: App) -> None:
    raw = rewrite(FORWARD, drop=["From", "Subject"], add=[
        ("From", "Slack <no-reply@slack.example>"),
        ("Subject", "Your Slack verification code is 123456")])  # fmt: skip
    ctx = run(app, raw)
    assert ctx.outcome is Disposition.QUARANTINED
    assert not outbox_items(app)


def _robot_rounds(app: App, robot: str, text: str) -> int:
    """The robot answers every mail we send it (and the routed brief); bounded to 100."""
    answered: set[str] = set()
    for rounds in range(1, 101):
        new = [
            i for i in outbox_items(app) if robot in i.recipients and i.message_id not in answered
        ]
        new += [i for i in outbox_items(app, "routed_brief") if i.message_id not in answered]
        if not new:
            return rounds
        for item in new:
            answered.add(item.message_id)
            run(app, reply_to(item.raw, robot, text))
    return 100


def test_robot_without_auto_headers_is_stopped_on_its_thread(app: App) -> None:
    """Mike's mailbox has a robot with no auto headers: it answers every mail we send him.

    Each answer is a team update, which earns him a confirmation and Jane a notice. The
    daily cap (50) is far away: robot detection alone ends it, after at most 5 answers,
    with one event saying why and one notice to Jane. People are still heard after it.
    """
    robot = "mike@example.com"
    open_draft(app)
    assert run(app, reply_to(approval_request(app), JANE, "approve")).outcome is (
        Disposition.PROCESSED
    )
    holds_before = metrics.LOOP_HOLDS._value.get()
    rounds = _robot_rounds(app, robot, "Thank you for your message. We will reply soon.")
    assert rounds < 100, "the loop did not stop"
    assert metrics.LOOP_HOLDS._value.get() > holds_before  # /metrics shows the holds
    to_robot = [i for i in outbox_items(app) if robot in i.recipients]
    assert 0 < len(to_robot) <= 5
    with app.db.session() as session:
        esc = session.scalars(select(Escalation)).one()
        events = list(session.scalars(select(Event).where(Event.escalation_id == esc.id)))
        robot_audits = session.scalars(select(Audit).where(Audit.action == "robot")).all()
        capped = session.scalars(select(Audit).where(Audit.action == "daily_cap")).all()
    by_robot = [e.kind for e in events if e.actor == robot]
    assert 0 < len(by_robot) <= 5, by_robot
    stopped = [e for e in events if e.kind == "robot_stopped"]
    assert len(stopped) == 1 and robot in stopped[0].detail
    assert robot_audits and not capped
    told = outbox_items(app, "robot_stopped")
    assert [i.recipients for i in told] == [[JANE]]
    # The robot's text again, even much later, is still not answered ...
    app.clock.advance(timedelta(hours=3))  # type: ignore[attr-defined]
    before = snapshot(app)
    brief = outbox_items(app, "routed_brief")[-1].raw
    ctx = run(app, reply_to(brief, robot, "Thank you for your message. We will reply soon!"))
    assert "robot-like" in ctx.reason and snapshot(app) == before
    # ... but a person is: another sender, and Mike writing something else.
    ctx = run(app, reply_to(approval_request(app), JANE, "customer: told them on the call"))
    assert ctx.outcome is Disposition.PROCESSED and "customer" in ctx.reason, ctx.reason
    ctx = run(app, reply_to(brief, robot, "resolved fixed in 4.2.1"))
    assert "resolved" in ctx.reason and status(app) == "resolved", ctx.reason


def test_the_daily_cap_still_bounds_a_robot_on_many_threads(app: App) -> None:
    """Detection is per thread; across threads the cap holds the rest (never drops it)."""
    cap = 3
    app = App(
        settings=app.settings.model_copy(update={"daily_cap_per_recipient": cap}),
        routing=app.routing,
        db=app.db,
        clock=app.clock,
    )
    for n in range(3):
        open_draft(app, fresh_id(FORWARD, f"thread{n}"))
        assert run(app, reply_to(approval_request(app), JANE, "approve")).escalation_ref
    assert _robot_rounds(app, "mike@example.com", "Thanks, received.") < 100
    pending = [i for i in outbox_items(app) if i.status == "pending"]
    held = [i for i in outbox_items(app) if i.status == "held"]
    for who in ("mike@example.com", JANE):
        assert len([i for i in pending if who in i.recipients]) <= cap
    assert held and all(i.next_attempt_at > app.clock.now() for i in held)
    with app.db.session() as session:
        stops = session.scalars(select(Event).where(Event.kind == "robot_stopped")).all()
    assert len(stops) == 3  # one per thread


def test_x_auto_response_suppress_alone_is_a_person(app: App) -> None:
    """Outlook puts it on ordinary mail: it asks *us* not to auto-reply, nothing more."""
    ctx = run(app, rewrite(FORWARD, add=[("X-Auto-Response-Suppress", "OOF, AutoReply")]))
    assert ctx.outcome is Disposition.PROCESSED and ctx.escalation_ref, ctx.reason


def test_the_same_context_again_makes_no_new_draft(app: App) -> None:
    """A free-text reply repeating context already added cannot drive the revise loop."""
    open_draft(app)
    context = "The customer says the outage costs them 10k a day."
    assert run(app, reply_to(approval_request(app), JANE, context)).outcome is Disposition.PROCESSED
    assert draft_jobs(app) == 1  # v2, with the context
    requests = len(outbox_items(app, "approval_request"))
    again = "the customer says the outage  costs them 10k a day."  # case and spacing aside
    ctx = run(app, reply_to(approval_request(app), JANE, again))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert draft_jobs(app) == 0 and len(outbox_items(app, "approval_request")) == requests
    answer = text_of(outbox_items(app, "confirmation")[-1].raw)
    assert "already added to the draft; no new draft made" in answer
    assert status(app) == "draft"
    ctx = run(app, reply_to(approval_request(app), JANE, "They renew next month."))
    assert draft_jobs(app) == 1  # new context still revises
