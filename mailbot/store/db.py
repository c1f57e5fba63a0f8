"""Engine and session handling: one place that knows SQLite from PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.exc import DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mailbot.errors import ConfigError, StoreError
from mailbot.observe import metrics
from mailbot.store import ahead, numbered, pending, pending_events, thread_roots

PING_AFTER_IDLE = 1.0  # seconds a pooled connection may sit idle and be used unpinged


def driver_url(url: str) -> str:
    """A bare ``postgresql://`` URL means psycopg 3, the driver of the postgres extra."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def make_engine(url: str, connect_timeout: float = 10.0, statement_timeout: float = 30.0) -> Engine:
    """Create the engine; SQLite gets WAL and a busy timeout so two processes can share it,
    PostgreSQL bounded waits (pg_timeouts) so a frozen server cannot hang a thread."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    url = driver_url(url)
    try:  # psycopg comes with the postgres extra; SQLite users never import it
        from mailbot.store import pg_timeouts
    except ImportError as exc:
        raise ConfigError(
            "MAILBOT_DATABASE_URL",
            f"{exc}: install the postgres extra (pip install 'mailbot[postgres]')",
        ) from exc
    args = pg_timeouts.connect_args(connect_timeout, statement_timeout)
    try:
        engine = create_engine(url, connect_args=args)
    except Exception as exc:  # bad URL or missing driver: a config problem, say which
        raise ConfigError("MAILBOT_DATABASE_URL", str(exc)) from exc
    if engine.dialect.driver == "psycopg":
        pg_timeouts.install(engine, connect_timeout, statement_timeout)
    _ping_after_idle(engine)
    return engine


def _ping_after_idle(engine: Engine) -> None:
    """Ping a pooled connection before use only when it sat idle (``PING_AFTER_IDLE``).

    A connection goes stale while idle (a server restart, a failover, an idle timeout);
    one checked in a moment ago has just answered. ``pool_pre_ping`` pinged on every
    checkout: 178 in `run --once` over 2,000 messages, each a round trip that waits for a busy
    server process. A failed ping raises ``DisconnectionError``, on which the pool
    replaces the connection and tries again, as with ``pool_pre_ping``.
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return  # new, or back a moment ago
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(f"stale pooled connection: {exc}") from exc


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """Owns the engine and hands out transactional sessions."""

    def __init__(
        self, url: str, *, connect_timeout: float = 10.0, statement_timeout: float = 30.0
    ) -> None:
        self.url = url
        self.engine = make_engine(url, connect_timeout, statement_timeout)
        # Its sessions buffer append-only rows until commit (mailbot.store.pending).
        self._sessions = sessionmaker(
            self.engine,
            expire_on_commit=False,
            info={**pending.session_info(), **thread_roots.session_info()},
        )
        pending_events.install(self._sessions)
        numbered.install(self._sessions)
        ahead.install(self._sessions)
        thread_roots.install(self._sessions)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            metrics.database_error()
            raise StoreError(f"database unavailable: {exc.orig}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def rowcount(result: Result[Any]) -> int:
    """Rows matched by an UPDATE/DELETE (``Session.execute`` is typed as a plain Result)."""
    return result.rowcount if isinstance(result, CursorResult) else 0
