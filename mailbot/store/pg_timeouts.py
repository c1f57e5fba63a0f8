"""PostgreSQL timeouts: a frozen database costs one bounded wait and a log line, not a hang.

Without them a database that stops answering (a stuck server, a dead link, a frozen
proxy) blocks every thread that touches the store, silently. Three layers, because each
catches what the others miss:

* ``connect_timeout`` (libpq): opening a connection gives up after
  ``MAILBOT_DB_CONNECT_TIMEOUT`` seconds; TCP keepalives find a dead peer on idle
  connections.
* ``statement_timeout`` (server side): a statement the server is slow to finish (a lock
  wait) is cancelled by the server after ``MAILBOT_DB_STATEMENT_TIMEOUT``.
* A client-side deadline on every wait for the server (statements, fetches, commit, the
  pool's ping): a server that does not answer at all cannot cancel anything, and its
  kernel still acknowledges our packets, so keepalives stay quiet. The connection is then
  closed (its state is unknown) and the caller gets an ``OperationalError``, which the
  store turns into a retry.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

_MARGIN = 2.0  # seconds the client waits past the server's own statement timeout
_KEEPALIVE = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10}


def connect_args(connect_timeout: float, statement_timeout: float) -> dict[str, Any]:
    """libpq parameters: connect timeout, keepalives, the server-side statement timeout."""
    return {
        "connect_timeout": max(1, round(connect_timeout)),
        **_KEEPALIVE,
        "keepalives_count": 3,
        "options": f"-c statement_timeout={round(statement_timeout * 1000)}",
    }


class _DeadlineConnection(psycopg.Connection[Any]):
    """A psycopg connection whose every wait for the server ends at a deadline."""

    deadline: float = 30.0 + _MARGIN

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        limit = self.deadline if timeout is None else min(timeout, self.deadline)
        try:
            return super().wait(gen, interval=interval, timeout=limit)
        except pg_errors._WaitTimeout:
            statement = self.deadline - _MARGIN
            log.warning(
                "database stalled: no answer within MAILBOT_DB_STATEMENT_TIMEOUT=%gs "
                "(+%gs); connection closed, the work will be retried",
                statement,
                _MARGIN,
            )
            self.pgconn.finish()  # mid-protocol: never reuse it
            raise pg_errors.OperationalError(
                f"database stalled: no answer within MAILBOT_DB_STATEMENT_TIMEOUT={statement:g}s"
            ) from None


def install(engine: Engine, connect_timeout: float, statement_timeout: float) -> None:
    """Open the engine's PostgreSQL connections as deadline connections, and say when
    opening one timed out (libpq's own message does not name the setting)."""

    class _Configured(_DeadlineConnection):
        deadline = statement_timeout + _MARGIN

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, record: Any, cargs: Any, cparams: Any) -> Any:
        started = time.monotonic()
        try:
            return _Configured.connect(*cargs, **cparams)
        except psycopg.OperationalError:
            if time.monotonic() - started >= connect_timeout - 0.5:
                log.warning(
                    "database stalled: no connection within MAILBOT_DB_CONNECT_TIMEOUT=%gs",
                    connect_timeout,
                )
            raise
