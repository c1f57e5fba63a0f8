"""Drafting leases: ``MAILBOT_DRAFT_LEASE`` long, and a crashed run's taken back at start.

A draft interrupted by a crash used to wait a fixed, undocumented ten minutes. Now the
lease is a setting, and ``mailbot run`` releases at start-up the leases its dead
predecessor on this host left, so the draft resumes at once. Both backends.
"""

from __future__ import annotations

import os
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.drafting.brief import DraftRequest, DraftResult
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.handlers.draft_leases import HOLDER, release_interrupted
from mailbot.routing import Routing
from mailbot.runner import Runner
from mailbot.settings import Settings, load_settings
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob
from mailbot.transactions import handle
from tests.support.flow import ACME, FORWARDS, outbox

HOST = HOLDER.rsplit(":", 1)[0]


class Crashing:
    """A drafter that dies mid-draft (as far as the job can tell)."""

    name = "crashing"

    def draft(self, request: DraftRequest) -> DraftResult:
        raise RuntimeError("power cut")


@pytest.fixture
def app(settings: Settings, routing: Routing, clock: FrozenClock, db: Database) -> App:
    leased = settings.model_copy(update={"draft_lease_seconds": 90.0})
    return App(settings=leased, routing=routing, db=db, clock=clock)


def _forward(app: App) -> None:
    assert handle(app, (FORWARDS / ACME).read_bytes()).outcome is Disposition.PROCESSED


def _draft(app: App, drafter: Any = None, after: float = 0) -> int:
    drafter = drafter or make_drafter(app.settings)
    now = app.clock.now() + timedelta(seconds=after)
    return run_draft_jobs(app.db, drafter, app.settings, app.routing, now)


def _hold(app: App, holder: str) -> None:
    """The job is leased far ahead by ``holder``, as a process that died mid-draft left it."""
    until = app.clock.now() + timedelta(hours=1)
    with app.db.session() as session:
        session.execute(update(DraftJob).values(claimed_until=until, claimed_by=holder))


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_the_lease_is_the_configured_length(app: App) -> None:
    _forward(app)
    assert _draft(app, Crashing()) == 0
    with app.db.session() as session:
        job = session.scalars(select(DraftJob)).one()
        assert job.claimed_until == app.clock.now() + timedelta(seconds=90)
        assert job.claimed_by == HOLDER
    assert _draft(app, after=89) == 0  # still leased to the crashed worker
    assert _draft(app, after=91) == 1


def test_settings_read_the_lease(tmp_path: Path) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_SECRET_KEY": "k" * 20}
    assert load_settings(env).draft_lease_seconds == 600.0
    assert load_settings({**env, "MAILBOT_DRAFT_LEASE": "45"}).draft_lease_seconds == 45.0


@pytest.mark.parametrize(
    ("holder", "released"),
    [
        (f"{HOST}:{{dead}}", True),  # this host's predecessor: gone
        (f"{HOST}:{os.getppid()}", False),  # a live process here: may still be drafting
        ("other-host.example:1", False),  # another host's: its lease runs out on its own
    ],
)
def test_start_up_takes_back_only_a_dead_predecessors_leases(
    app: App, holder: str, released: bool
) -> None:
    _forward(app)
    _hold(app, holder.replace("{dead}", str(_dead_pid())))
    assert release_interrupted(app.db, app.clock.now()) == int(released)
    assert _draft(app) == int(released)


@pytest.mark.mail
def test_mailbot_run_resumes_an_interrupted_draft_at_once(app: App, mail_servers: Any) -> None:
    wired = app.settings.model_copy(
        update={
            "imap_url": mail_servers.imap_url("escalations"),
            "smtp_url": f"smtp://127.0.0.1:{mail_servers.smtp_port}",
        }
    )
    app = App(settings=wired, routing=app.routing, db=app.db, clock=app.clock)
    _forward(app)
    _hold(app, f"{HOST}:{_dead_pid()}")
    Runner(app).run_once()
    assert outbox(app, "approval_request"), "the interrupted draft waited for its lease"
