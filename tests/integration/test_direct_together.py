"""Two statements in one round trip (``store.direct.execute_together``), on both backends.

On PostgreSQL they go in psycopg's pipeline mode; the second sees what the first did not,
and an error in either is raised as the store raises any other, leaving the transaction
to be rolled back. SQLite runs them one after the other.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from mailbot.store import direct
from mailbot.store.db import Database
from mailbot.store.tables import Counter

_READ = select(Counter.name, Counter.value).where(Counter.name == bindparam("name"))
_ADD = insert(Counter).returning(Counter.name)


def test_the_second_runs_after_the_first_and_each_gives_its_rows(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipelines: list[Any] = []
    real = psycopg.Connection.pipeline
    monkeypatch.setattr(
        psycopg.Connection, "pipeline", lambda self: pipelines.append(self) or real(self)
    )
    with db.session() as session:
        connection = session.connection()
        first, then = direct.execute_together(
            connection, (_READ, {"name": "n"}), (_ADD, {"name": "n", "value": 7})
        )
        assert (first, then) == ([], [("n",)])  # the read ran before the insert
        again, _ = direct.execute_together(
            connection, (_READ, {"name": "n"}), (_READ, {"name": "m"})
        )
        assert again == [("n", 7)]
    assert len(pipelines) == (2 if db.engine.dialect.name == "postgresql" else 0)


def test_an_error_in_either_is_raised_as_the_store_raises_it(db: Database) -> None:
    with db.session() as session:
        session.add(Counter(name="taken", value=1))
    with pytest.raises(IntegrityError), db.session() as session:
        direct.execute_together(
            session.connection(), (_READ, {"name": "x"}), (_ADD, {"name": "taken", "value": 2})
        )
    with db.session() as session:  # the failed transaction was rolled back, the store works
        assert session.scalars(select(Counter.value).where(Counter.name == "taken")).all() == [1]
