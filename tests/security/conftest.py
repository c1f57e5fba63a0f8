"""Fixtures for the trust-and-safety tests: the in-process app, plain and with a border
MTA (``authserv_id``) configured so Authentication-Results are enforced."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.routing import Routing, load_routing
from mailbot.settings import Settings
from mailbot.store.db import Database

ROUTING_FILE = Path(__file__).resolve().parents[2] / "routing" / "routing.toml"
AUTHSERV_ID = "mx.example.com"


@pytest.fixture
def app(settings: Settings, routing: Routing, clock: FrozenClock, db: Database) -> App:
    return App(settings=settings, routing=routing, db=db, clock=clock)


@pytest.fixture(scope="session")
def dmarc_routing(tmp_path_factory: pytest.TempPathFactory) -> Routing:
    """The shipped roster with ``organisation.authserv_id`` set: DMARC must pass."""
    text = ROUTING_FILE.read_text()
    assert "[organisation]\n" in text
    text = text.replace("[organisation]\n", f'[organisation]\nauthserv_id = "{AUTHSERV_ID}"\n', 1)
    path = tmp_path_factory.mktemp("routing") / "routing.toml"
    path.write_text(text)
    routing = load_routing(path)
    assert routing.config.organisation.authserv_id == AUTHSERV_ID
    return routing


@pytest.fixture
def dmarc_app(settings: Settings, dmarc_routing: Routing, clock: FrozenClock, db: Database) -> App:
    return App(settings=settings, routing=dmarc_routing, db=db, clock=clock)
