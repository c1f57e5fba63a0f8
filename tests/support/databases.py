"""Database fixtures: every test gets an empty, migrated store on SQLite and PostgreSQL.

PostgreSQL: one throw-away database per test run (created here, dropped at the end), with
the tables truncated between tests; unreachable, its tests are skipped with the reason,
unless ``CI=true`` (then they fail). SQLite: a migrated template file copied per test.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import pytest
from sqlalchemy import create_engine, event, make_url, text
from sqlalchemy.exc import OperationalError

from mailbot.store.db import Database
from mailbot.store.migrate import upgrade
from mailbot.store.tables import Base

PG_ADMIN_URL = os.environ.get(
    "MAILBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    with _pg_database("mailbot_test") as url:
        db = Database(url)
        upgrade(db)
        db.dispose()
        yield url


@contextmanager
def _pg_database(prefix: str) -> Iterator[str]:
    """A throw-away PostgreSQL database, dropped afterwards (skips the test without one)."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        _no_postgres(exc)
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _no_postgres(exc: Exception) -> NoReturn:
    """Skip the postgres tests on a developer machine without PostgreSQL, saying why.

    Under ``CI=true`` the same absence fails them: CI promises both backends, and a skipped
    half of the suite would look green while proving nothing.
    """
    where = make_url(PG_ADMIN_URL).render_as_string(hide_password=True)
    reason = f"PostgreSQL at {where} is needed for the postgres tests: {str(exc).strip()}"
    if os.environ.get("CI", "").lower() != "true" and isinstance(exc, OperationalError):
        pytest.skip(f"{reason.splitlines()[0]} (set CI=true to make this a failure)")
    pytest.fail(reason, pytrace=False)


def truncate_all(db: Database) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL, once per backend."""
    if request.param == "sqlite":
        path = tmp_path / "mailbot.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("pg_database_url")
    yield url
    db = Database(url)
    truncate_all(db)
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all, so a test can stop the migrations halfway."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    with _pg_database("mailbot_mig") as url:
        yield url


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


@contextmanager
def statements(db: Database, starting: str = "") -> Iterator[list[str]]:
    """The SQL statements the engine runs meanwhile (an ``executemany`` is one), optionally
    only those starting with ``starting`` (case-insensitive)."""
    seen: list[str] = []
    prefix = starting.upper()

    def note(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(prefix):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
