"""The application container: settings, routing, database and clock, built once.

Everything below the CLI receives this (or parts of it) instead of reading globals, so tests
build an App from a dict of settings and a frozen clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.clock import Clock, SystemClock
from mailbot.routing import Routing, load_routing
from mailbot.settings import Settings
from mailbot.store.db import Database


@dataclass
class App:
    settings: Settings
    routing: Routing
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    @classmethod
    def build(cls, settings: Settings, clock: Clock | None = None) -> App:
        routing = load_routing(settings.routing_file)
        return cls(settings, routing, database(settings), clock or SystemClock())

    @property
    def secret(self) -> bytes:
        return self.settings.secret_key.encode()


def database(settings: Settings) -> Database:
    """The store, with the configured PostgreSQL timeouts."""
    return Database(
        settings.database_url,
        connect_timeout=settings.db_connect_timeout,
        statement_timeout=settings.db_statement_timeout,
    )
