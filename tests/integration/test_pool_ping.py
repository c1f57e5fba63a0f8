"""A pooled PostgreSQL connection is pinged before use only after it sat idle.

Real PostgreSQL: a connection killed while idle (as a restart or failover would) is
replaced on the next checkout, and one checked in a moment ago is used without a ping.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from mailbot.store import db as db_module
from mailbot.store.db import Database, driver_url

pytestmark = pytest.mark.postgres


@pytest.fixture
def database(pg_database_url: str) -> Iterator[Database]:
    db = Database(pg_database_url)
    yield db
    db.dispose()


def _backend_pid(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _pings(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    real = db.engine.dialect.do_ping

    def counted(dbapi_conn: Any) -> bool:
        seen.append(dbapi_conn)
        return real(dbapi_conn)

    monkeypatch.setattr(db.engine.dialect, "do_ping", counted)
    return seen


def test_a_connection_back_a_moment_ago_is_not_pinged(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _backend_pid(database)
    pings = _pings(database, monkeypatch)
    assert _backend_pid(database) == first  # the same pooled connection
    assert pings == []


def test_a_connection_idle_past_the_limit_is_pinged(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _backend_pid(database)
    pings = _pings(database, monkeypatch)
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 0.0)
    assert _backend_pid(database) == first
    assert len(pings) == 1


def test_a_connection_killed_while_idle_is_replaced(
    database: Database, pg_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = _backend_pid(database)
    admin = create_engine(driver_url(pg_database_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": stale})
            deadline = time.monotonic() + 10
            alive = text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid")
            while conn.execute(alive, {"pid": stale}).scalar_one() and time.monotonic() < deadline:
                time.sleep(0.05)
    finally:
        admin.dispose()
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 0.0)
    fresh = _backend_pid(database)  # no OperationalError: the ping found it dead
    assert fresh != stale
