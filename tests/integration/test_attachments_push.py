"""Issue 19 §2 in process: a re-escalation carries the files too; a zero cap sends none."""

from __future__ import annotations

from typing import Any

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.transactions import handle
from tests.support.attachments import BIG_CSV, PDF, PNG, attachments, forward_with_files
from tests.support.flow import last_mail, reply
from tests.support.mail import text_of


def _routed(app: App) -> None:
    ctx = handle(app, forward_with_files())
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now())
    reply(app, last_mail(app, "approval_request"), "jane@example.com", "approve")


def _app(settings: Settings, routing: Routing, clock: FrozenClock, db: Database, **kw: Any) -> App:
    return App(settings=settings.model_copy(update=kw), routing=routing, db=db, clock=clock)


def test_a_push_sends_the_files_to_the_next_level(
    settings: Settings, routing: Routing, clock: FrozenClock, db: Database
) -> None:
    app = _app(settings, routing, clock, db)
    _routed(app)
    expected = [("latency-report.pdf", PDF), ("latency.csv", BIG_CSV), ("screenshot.png", PNG)]
    assert attachments(last_mail(app, "routed_brief", "eng@example.com")) == expected
    reply(app, last_mail(app, "approval_request"), "jane@example.com", "push")
    pushed = last_mail(app, "routed_brief", "support-leads@example.com")
    assert "pushed by" in text_of(pushed)
    assert attachments(pushed) == expected


def test_a_zero_cap_lists_every_file_and_sends_none(
    settings: Settings, routing: Routing, clock: FrozenClock, db: Database
) -> None:
    app = _app(settings, routing, clock, db, attachment_cap_bytes=0)
    _routed(app)
    brief = last_mail(app, "routed_brief", "eng@example.com")
    assert attachments(brief) == []
    line = "latency-report.pdf (application/pdf, 3.0 KB), from the forward itself: not attached"
    assert f"{line}: over the cap" in text_of(brief)
