"""The demo's story: one escalation from forward to close, one that stalls and is pushed."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mailbot import views
from mailbot.app import App
from mailbot.clock import OffsetClock
from mailbot.demo import threads
from mailbot.demo.play import Demo, DemoFailed
from mailbot.domain import Severity
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.digest import build_report, render_digest
from mailbot.render_text import render_detail
from mailbot.runner import Runner
from mailbot.sandbox import Sandbox
from mailbot.settings import load_settings
from mailbot.store import repo
from mailbot.store.migrate import upgrade


def happy_path(demo: Demo) -> str:
    demo.echo("1. Jane forwards Acme's thread to escalations@")
    demo.send("jane@example.com", threads.acme_forward(demo.clock.now()), "escalations@example.com")
    demo.run_pass()
    ref = demo.latest_ref()
    draft = demo.wait_mail("jane", "Draft for approval")
    demo.step(f"{ref} drafted; the approval request is in Jane's mailbox")
    demo.echo("2. Jane approves with a severity override")
    demo.reply("jane", draft, "approve\nseverity: critical")
    demo.run_pass()
    demo.expect(ref, "routed")
    brief = demo.wait_mail("eng", "P1")
    demo.step("the P1 brief reached eng@example.com")
    demo.echo("3. Mike acknowledges, updates and resolves")
    for body, status in (
        ("ack\nowner: Mike Ross <mike@example.com>", "acknowledged"),
        ("update: root cause found in the connection pool; fix in review", "in_progress"),
        ("resolved fixed in 4.2.2, deployed to Acme's region", "resolved"),
    ):
        demo.reply("mike", brief, body)
        demo.run_pass()
        demo.expect(ref, status)
        demo.step(f"{body.splitlines()[0]!r} -> {status}")
    confirm = demo.wait_mail("jane", "please confirm")
    demo.echo("4. Jane confirms with the customer and closes")
    demo.reply("jane", confirm, "close")
    demo.run_pass()
    demo.expect(ref, "closed")
    demo.step(f"{ref} closed")
    return ref


def stall_and_push(demo: Demo) -> str:
    demo.echo("5. Omar forwards Initech's SCIM request; Pat acknowledges for product")
    demo.send(
        "omar@example.com", threads.initech_forward(demo.clock.now()), "escalations@example.com"
    )
    demo.run_pass()
    ref = demo.latest_ref()
    demo.reply("omar", demo.wait_mail("omar", "Draft for approval"), "approve")
    demo.run_pass()
    demo.expect(ref, "routed")
    demo.reply("pat", demo.wait_mail("product", "SCIM"), "ack")
    demo.run_pass()
    demo.expect(ref, "acknowledged")
    fast_forward_past_stall(demo, ref)
    demo.run_pass()
    demo.expect(ref, "stalled")
    notice = demo.wait_mail("omar", "Stalled: no progress")
    demo.wait_mail("lisa", "Stalled: no progress")
    demo.step("stall notice sent to Omar and his manager Lisa")
    demo.echo("7. Omar pushes it one level up the path")
    demo.reply("omar", notice, "push")
    demo.run_pass()
    demo.expect(ref, "routed")
    demo.wait_mail("cs-leads", "SCIM")
    demo.step("re-escalated to CS leadership with the history")
    return ref


def fast_forward_past_stall(demo: Demo, ref: str) -> None:
    """Move the clock just past the stall deadline the organisation's calendar gives.

    A fixed number of days is wrong on some start dates: "5 business days" from a Friday
    evening, across a bank holiday or a Christmas week is longer than a week. Asking the
    calendar makes the demo pass whatever the date, and the dates it prints are real.
    """
    app = demo.app
    calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None and esc.last_progress_at is not None
        progress, severity = esc.last_progress_at, Severity(esc.severity)
    stall = app.routing.stall_after(severity)
    stall_at = calendar.deadline(progress, stall)
    target = stall_at + timedelta(hours=1)
    jump = target - demo.clock.now()
    demo.echo(
        f"6. No word from product: the stall clock ({stall.describe()} from the "
        f"acknowledgement on {_local(calendar, progress)}) runs out {_local(calendar, stall_at)}"
    )
    demo.clock.offset += jump
    demo.step(
        f"clock fast-forwarded {jump.total_seconds() / 86400:.1f} days to "
        f"{_local(calendar, demo.clock.now())}"
    )


def _local(calendar: BusinessCalendar, moment: datetime) -> str:
    return f"{calendar.local(moment):%a %d %b %Y %H:%M %Z}"


def report(demo: Demo, refs: list[str], week: str) -> None:
    app = demo.app
    with app.db.session() as session:
        for ref in refs:
            esc = repo.get_escalation(session, ref)
            assert esc is not None
            demo.echo("\n" + render_detail(views.detail(session, esc, app.clock.now())))
        calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
        data = build_report(
            session, routing=app.routing, calendar=calendar, week=week, now=app.clock.now()
        )
    demo.echo("\n" + render_digest(data, org=app.routing.config.organisation.name)[0])


def run_demo(
    echo: Callable[[str], None], data_dir: Path | None = None, start: datetime | None = None
) -> int:
    """Play the story; ``start`` sets the demo's clock (any moment: a Saturday, Christmas Eve).

    Returns the exit code: 0 when every step happened, 1 with the failed step printed.
    """
    started = time.monotonic()
    base = data_dir or Path(tempfile.mkdtemp(prefix="mailbot-demo."))
    sandbox = Sandbox(base / "sandbox")
    info = sandbox.start()
    try:
        settings = load_settings(
            {
                "MAILBOT_DATA_DIR": str(base),
                "MAILBOT_IMAP_URL": info.imap_url("escalations"),
                "MAILBOT_SMTP_URL": info.smtp_url(),
                "MAILBOT_POLL_INTERVAL": "0.5",
            }
        )
        clock = OffsetClock(start - datetime.now(UTC) if start else timedelta(0))
        app = App.build(settings, clock=clock)
        upgrade(app.db)
        demo = Demo(app, Runner(app), info, clock, echo)
        echo(
            f"mailbot demo: sandbox mail on 127.0.0.1 (IMAP {info.imap_port}, SMTP "
            f"{info.smtp_port}), data in {base}"
        )
        calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
        echo(f"demo clock starts {_local(calendar, clock.now())}")
        week = clock.now().isocalendar()
        refs = [happy_path(demo), stall_and_push(demo)]
        report(demo, refs, f"{week.year}-W{week.week:02d}")
    except DemoFailed as exc:
        echo(f"DEMO FAILED: {exc}")
        return 1
    finally:
        sandbox.stop()
    echo(
        f"\nDemo complete in {time.monotonic() - started:.1f} s. Start the service with "
        "`mailbot run` (no configuration needed: it starts this sandbox)."
    )
    return 0
