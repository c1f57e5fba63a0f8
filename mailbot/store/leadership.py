"""Who may run the service: one leader per database, a hot standby on PostgreSQL.

Exactly-once does not depend on this (the store's keys make two instances safe, and
``run --once`` takes no lock); leadership keeps a second ``mailbot run`` from doubling the
IMAP sessions, the SMTP traffic and the scheduler's work, and lets it wait to take over.

PostgreSQL: a session advisory lock, held on a connection of its own. The server drops it
the moment the leader's connection closes (a crash, ``kill -9``, a reboot: TCP keepalives
end a connection to a vanished host within about 25 s), so a standby that polls every few
seconds leads within 30 s. SQLite has no server to hold a lock for a standby: a second
instance on the same file is refused with a one-line reason (an OS file lock, which the
kernel releases when the process dies, however it dies).
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from mailbot.errors import MailbotError
from mailbot.store.db import driver_url

log = logging.getLogger(__name__)
Echo = Callable[[str], None]
# End a lock connection to a vanished server/leader host quickly: idle 10 s, 3 probes 5 s apart.
_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5}
_KEEPALIVES |= {"keepalives_count": 3, "connect_timeout": 10}


class AnotherInstanceError(MailbotError):
    """A second ``mailbot run`` on a SQLite database, which cannot have a standby."""


class Leadership(Protocol):
    lost: threading.Event  # set when a leader can no longer be sure it leads

    def acquire(self, stop: threading.Event, echo: Echo) -> bool:
        """Block until this instance leads (True) or ``stop`` is set (False)."""
        ...

    def release(self) -> None: ...


def lock_key(address: str) -> int:
    """A stable signed 64-bit advisory-lock key per escalation mailbox."""
    digest = hashlib.sha256(f"mailbot-leader:{address.lower()}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class PostgresLeadership:
    def __init__(self, url: str, address: str, *, poll: float = 3.0, check: float = 5.0) -> None:
        self._engine = create_engine(
            driver_url(url),
            poolclass=NullPool,
            isolation_level="AUTOCOMMIT",
            connect_args=_KEEPALIVES,
        )
        self._key, self._poll, self._check = lock_key(address), poll, check
        self._conn: Connection | None = None
        self._done = threading.Event()
        self.lost = threading.Event()

    def acquire(self, stop: threading.Event, echo: Echo) -> bool:
        said = False
        while not stop.is_set():
            try:
                if self._try():
                    threading.Thread(target=self._watch, name="leader-watch", daemon=True).start()
                    return True
            except Exception as exc:  # database down: keep waiting, say so once a round
                log.warning("leader lock: database unavailable (%s); retrying", exc)
            if not said:
                echo("standby: another mailbot instance leads on this database; waiting")
                said = True
            stop.wait(self._poll)
        return False

    def _try(self) -> bool:
        conn = self._engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self._key}).scalar()
        if got:
            self._conn = conn
            return True
        conn.close()
        return False

    def _watch(self) -> None:
        """A leader whose lock connection broke may no longer lead: say so, the caller stops."""
        while not self._done.wait(self._check):
            try:
                assert self._conn is not None
                self._conn.execute(text("SELECT 1"))
            except Exception as exc:
                if self._done.is_set():  # released while checking: a normal stop
                    return
                log.error("leader lock lost (%s): stopping so that a standby takes over", exc)
                self.lost.set()
                return

    def release(self) -> None:
        self._done.set()
        if self._conn is not None:
            try:
                self._conn.close()  # closing the session releases the advisory lock
            except Exception:  # already broken: the server has released it
                log.debug("leader lock connection already closed", exc_info=True)
            self._conn = None
        self._engine.dispose()


class SqliteLeadership:
    def __init__(self, database_path: Path) -> None:
        self._path = database_path.with_name(database_path.name + ".run-lock")
        self._file: IO[str] | None = None
        self.lost = threading.Event()  # a file lock is never lost while the process lives

    def acquire(self, stop: threading.Event, echo: Echo) -> bool:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle = self._path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise AnotherInstanceError(
                f"another mailbot run (pid {holder}) is using {self._path.with_suffix('')}; "
                "SQLite cannot have a standby: stop it first, or use PostgreSQL for two instances"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the flock
            self._file = None


class NoLeadership:
    """An in-memory SQLite database is private to its process: nothing to share."""

    def __init__(self) -> None:
        self.lost = threading.Event()

    def acquire(self, stop: threading.Event, echo: Echo) -> bool:
        return True

    def release(self) -> None:
        return None


def leadership_for(database_url: str, address: str) -> Leadership:
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        return PostgresLeadership(database_url, address)
    if url.database and url.database != ":memory:":
        return SqliteLeadership(Path(url.database).resolve())
    return NoLeadership()
