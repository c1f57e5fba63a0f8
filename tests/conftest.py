"""Shared fixtures: databases on both backends, settings from a dict, a frozen clock."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.clock import FrozenClock
from mailbot.routing import Routing, load_routing
from mailbot.settings import Settings, load_settings

pytest_plugins = ["tests.support.databases", "tests.harness.plugin"]

ROOT = Path(__file__).resolve().parents[1]
ROUTING_FILE = ROOT / "routing" / "routing.toml"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def routing() -> Routing:
    return load_routing(ROUTING_FILE)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return load_settings(
        {
            "MAILBOT_DATA_DIR": str(tmp_path / "data"),
            "MAILBOT_DATABASE_URL": database_url,
            "MAILBOT_SECRET_KEY": "test-secret-key-0123456789",
            "MAILBOT_ROUTING_FILE": str(ROUTING_FILE),
        }
    )
