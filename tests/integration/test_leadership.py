"""The leader lock itself, in-process on the real PostgreSQL: a standby waits, a lost lock
is noticed (the service then stops so that the standby leads)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, text

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
    admin = create_engine(pg_database_url.replace("postgresql://", "postgresql+psycopg://", 1))
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


def test_a_normal_release_is_not_a_lost_lock(pg_database_url: str) -> None:
    leader = PostgresLeadership(pg_database_url, ADDRESS, poll=0.1, check=0.05)
    assert leader.acquire(threading.Event(), lambda _line: None)
    time.sleep(0.2)
    leader.release()
    time.sleep(0.3)
    assert not leader.lost.is_set()
