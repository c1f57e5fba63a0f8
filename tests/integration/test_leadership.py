"""The leader lock itself, in-process on the real PostgreSQL: a standby waits, a lost lock
is noticed (the service then stops so that the standby leads)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from mailbot.store.db import driver_url
from mailbot.store.leadership import PostgresLeadership, lock_key

pytestmark = pytest.mark.postgres
ADDRESS = "escalations@example.com"


def test_a_standby_waits_until_the_leader_releases(pg_database_url: str) -> None:
    leader = PostgresLeadership(pg_database_url, ADDRESS, poll=0.1, check=0.2)
    standby = PostgresLeadership(pg_database_url, ADDRESS, poll=0.1, check=0.2)
    stop, said = threading.Event(), []
    try:
        assert leader.acquire(stop, said.append)
        got: list[bool] = []
        waiter = threading.Thread(target=lambda: got.append(standby.acquire(stop, said.append)))
        waiter.start()
        time.sleep(0.5)
        assert got == [] and said == [
            "standby: another mailbot instance leads on this database; waiting"
        ]
        leader.release()
        waiter.join(10)
        assert got == [True]
    finally:
        stop.set()
        leader.release()
        standby.release()


def test_a_leader_whose_lock_connection_dies_knows_it(pg_database_url: str) -> None:
    leader = PostgresLeadership(pg_database_url, ADDRESS, poll=0.1, check=0.2)
    admin = create_engine(driver_url(pg_database_url))
    try:
        assert leader.acquire(threading.Event(), lambda _line: None)
        with admin.connect() as conn:  # as a DBA, a failover or a network cut would
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_locks "
                    "WHERE locktype = 'advisory' AND objid = (:k & 4294967295)"
                ),
                {"k": lock_key(ADDRESS)},
            )
        assert leader.lost.wait(10), "the leader did not notice it lost its lock"
    finally:
        leader.release()
        admin.dispose()


def test_a_release_during_the_lock_check_is_not_a_lost_lock(
    pg_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check that fails because ``release`` closed the connection under it is a normal
    stop, not a lost lock (which would make ``mailbot run`` exit 1 on every Ctrl-C)."""
    leader = PostgresLeadership(pg_database_url, ADDRESS, poll=0.1, check=0.05)
    assert leader.acquire(threading.Event(), lambda _line: None)
    conn = leader._conn
    assert conn is not None
    checked = threading.Event()

    def released_meanwhile(*_args: object, **_kwargs: object) -> None:
        leader._done.set()  # what release() does first, just as the check runs
        checked.set()
        raise OperationalError("SELECT 1", {}, Exception("connection closed"))

    monkeypatch.setattr(conn, "execute", released_meanwhile)
    assert checked.wait(5)
    time.sleep(0.2)
    assert not leader.lost.is_set()
    monkeypatch.undo()
    leader.release()
