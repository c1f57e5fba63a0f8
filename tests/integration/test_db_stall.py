"""A frozen PostgreSQL costs a bounded wait and a warning naming the timeout, not a hang.

Failure injection: a loopback TCP proxy in front of the real PostgreSQL that stops
forwarding on request (its kernel still acknowledges packets, as a stuck server's does, so
only timeouts can tell). PostgreSQL only: SQLite has no network to freeze.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from mailbot.errors import StoreError
from mailbot.settings import load_settings
from mailbot.store.db import Database


class FreezingProxy:
    """Forwards 127.0.0.1:<port> to PostgreSQL until ``frozen`` is set."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.frozen = threading.Event()
        self.closed = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self.sockets += [client, server]
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        src.settimeout(0.05)
        while not self.closed.is_set():
            if self.frozen.is_set():  # hold the bytes: neither read nor forward
                time.sleep(0.05)
                continue
            try:
                data = src.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            try:
                dst.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        self.closed.set()
        for sock in self.sockets:
            sock.close()


@pytest.fixture
def proxied(pg_database_url: str) -> Iterator[tuple[FreezingProxy, str]]:
    url = make_url(pg_database_url)
    proxy = FreezingProxy((url.host or "127.0.0.1", url.port or 5432))
    yield proxy, url.set(host="127.0.0.1", port=proxy.port).render_as_string(False)
    proxy.close()


def _within(seconds: float, work: Callable[[], None]) -> BaseException | None:
    """Run ``work`` in a thread; fail the test if it is still blocked after ``seconds``."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            work()
            outcome.append(None)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"the database call was still blocked after {seconds}s"
    return outcome[0]


def test_settings_name_the_timeouts(tmp_path: Path) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_SECRET_KEY": "k" * 20,
           "MAILBOT_DB_CONNECT_TIMEOUT": "3", "MAILBOT_DB_STATEMENT_TIMEOUT": "7.5"}  # fmt: skip
    settings = load_settings(env)
    assert (settings.db_connect_timeout, settings.db_statement_timeout) == (3.0, 7.5)


@pytest.mark.postgres
def test_a_frozen_server_mid_transaction_ends_in_a_retry_and_a_warning(
    proxied: tuple[FreezingProxy, str], caplog: pytest.LogCaptureFixture
) -> None:
    proxy, url = proxied
    db = Database(url, connect_timeout=1, statement_timeout=1)

    def stalled() -> None:
        with db.session() as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
            proxy.frozen.set()
            session.execute(text("SELECT 2"))

    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        error = _within(15, stalled)
    assert isinstance(error, StoreError) and "stalled" in str(error), error
    assert time.monotonic() - started < 10
    assert "MAILBOT_DB_STATEMENT_TIMEOUT=1s" in caplog.text
    db.dispose()


@pytest.mark.postgres
def test_a_frozen_server_at_connect_ends_in_a_retry_and_a_warning(
    proxied: tuple[FreezingProxy, str], caplog: pytest.LogCaptureFixture
) -> None:
    proxy, url = proxied
    proxy.frozen.set()
    db = Database(url, connect_timeout=1, statement_timeout=1)

    def connect() -> None:
        with db.session() as session:
            session.execute(text("SELECT 1"))

    with caplog.at_level(logging.WARNING):
        error = _within(15, connect)
    assert isinstance(error, StoreError), error
    assert "MAILBOT_DB_CONNECT_TIMEOUT=1s" in caplog.text
    db.dispose()


@pytest.mark.postgres
def test_a_slow_statement_is_cancelled_by_the_server(pg_database_url: str) -> None:
    db = Database(pg_database_url, statement_timeout=0.5)

    def slow() -> None:
        with db.session() as session:
            session.execute(text("SELECT pg_sleep(5)"))

    error = _within(4, slow)
    assert isinstance(error, StoreError) and "statement timeout" in str(error), error
    db.dispose()
