"""Fixtures shared by the integration tests: the app over the test database, the fault-
injecting SMTP sink, and the whole service driven over real mail."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.routing import Routing
from mailbot.runner import Runner
from mailbot.settings import Settings
from mailbot.store.db import Database
from tests.harness.servers import ROSTER
from tests.harness.smtp import FaultSmtp
from tests.integration.test_end_to_end import Loop


@pytest.fixture
def app(settings: Settings, routing: Routing, clock: FrozenClock, db: Database) -> App:
    return App(settings=settings, routing=routing, db=db, clock=clock)


@pytest.fixture
def smtp(fault_smtp: FaultSmtp) -> FaultSmtp:
    return fault_smtp  # the harness's own sink (tests/harness/plugin.py)


@pytest.fixture
def loop(
    mail_servers: Any, settings: Settings, routing: Any, clock: FrozenClock, db: Database
) -> Iterator[Loop]:
    for user in ROSTER:
        mail_servers.clear(user)
    wired = settings.model_copy(
        update={
            "imap_url": mail_servers.imap_url("escalations"),
            "smtp_url": f"smtp://127.0.0.1:{mail_servers.smtp_port}",
        }
    )
    app = App(settings=wired, routing=routing, db=db, clock=clock)
    yield Loop(mail_servers, Runner(app), app)
