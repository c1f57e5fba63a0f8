"""The migrated schema is the models' schema, and its CHECK constraints hold (migration 0006).

Both backends: a fresh database migrated to head matches ``store/tables.py`` (columns,
indexes, and the allowed words of every CHECK constraint); an existing database at 0005
with valid rows upgrades and keeps them; one with a word outside a set is refused, rows
named, nothing changed; and the database itself refuses a status the code does not know.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import CheckConstraint, Connection, Engine, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from mailbot.errors import StoreError
from mailbot.store.db import Database
from mailbot.store.migrate import current_revision, downgrade, upgrade
from mailbot.store.schema_head import head_revision
from mailbot.store.tables import (
    Base,
    DraftJob,
    Escalation,
    Event,
    MessageRecord,
    OutboxItem,
    Quarantined,
)

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _words(sql: str) -> frozenset[str]:
    """The quoted words of a ``col IN ('a', 'b')`` check, however the backend renders it."""
    return frozenset(re.findall(r"'([^']*)'", sql))


def _differences(conn: Connection) -> list[object]:
    """Models against the database. PostgreSQL's GIN index on the escalations' forwarded
    ids (``ddl_if``, migration 0010) exists there alone: SQLite's comparison skips it,
    saying so in a warning this filter expects."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", "autogenerate skipping metadata-specified expression-based index"
        )
        return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


def _model_checks() -> dict[tuple[str, str], frozenset[str]]:
    return {
        (table.name, str(c.name)): _words(str(c.sqltext))
        for table in Base.metadata.sorted_tables
        for c in table.constraints
        if isinstance(c, CheckConstraint)
    }


def _database_checks(engine: Engine) -> dict[tuple[str, str], frozenset[str]]:
    found = inspect(engine)
    return {
        (table, str(c["name"])): _words(c["sqltext"])
        for table in found.get_table_names()
        for c in found.get_check_constraints(table)
    }


def test_a_migrated_database_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        assert _differences(conn) == []
    checks = _model_checks()
    assert ("escalations", "ck_escalations_status") in checks
    assert ("outbox", "ck_outbox_status") in checks
    assert _database_checks(db.engine) == checks


@pytest.fixture
def old_db(empty_url: str) -> Iterator[Database]:
    """A database at 0005, before the CHECK constraints."""
    database = Database(empty_url)
    upgrade(database, "0005")
    yield database
    database.dispose()


def _rows(db: Database, **bad: str) -> None:
    """One row in every constrained table; ``bad`` overrides a column (``table__column``)."""

    def value(table: str, column: str, good: str) -> str:
        return bad.get(f"{table}__{column}", good)

    with db.session() as session:
        esc = session.execute(  # Core, so only 0005's columns are named (0009: customer_text)
            insert(Escalation.__table__)
            .values(
                ref="ESC-2026-0001",
                status=value("escalations", "status", "in_progress"),
                category=value("escalations", "category", "product_defect"),
                severity=value("escalations", "severity", "high"),
                sentiment=value("escalations", "sentiment", "frustrated"),
                csm="jane@example.com",
                created_at=NOW,
                updated_at=NOW,
            )
            .returning(Escalation.__table__.c.id)
        ).one()
        session.add_all(
            [
                Event(escalation_id=esc.id, at=NOW, actor="mailbot", kind="ack",
                      from_status="routed", to_status=value("events", "to_status", "acknowledged")),
                Event(escalation_id=esc.id, at=NOW, actor="mailbot", kind="bounced"),
                MessageRecord(message_id="<m@x>", direction=value("messages", "direction", "in"),
                              escalation_id=esc.id, created_at=NOW),
                DraftJob(escalation_id=esc.id, version=1, source_message_id="<m@x>", raw=b"x",
                         status=value("draft_jobs", "status", "done"),
                         purpose=value("draft_jobs", "purpose", "customer_update"),
                         created_at=NOW),
                Quarantined(message_id="<q@x>", message_key="<q@x>", reason="r", raw=b"q",
                            status=value("quarantine", "status", "reprocessed"), created_at=NOW),
            ]
        )  # fmt: skip
        session.execute(  # Core, so only 0005's columns are named (0007 added due_since)
            insert(OutboxItem.__table__).values(
                message_id="<o@x>", escalation_id=esc.id, kind="ack", mail_from="bot@x",
                recipients=["a@x"], raw=b"x", status=value("outbox", "status", "held"),
                next_attempt_at=NOW, created_at=NOW,
            )
        )  # fmt: skip


def _snapshot(db: Database) -> list[tuple[str, ...]]:
    with db.session() as session:
        labels = (Escalation.status, Escalation.category, Escalation.severity,
                  Escalation.sentiment)  # fmt: skip  # named: an older schema lacks later columns
        esc = session.execute(select(*labels)).one()
        job = session.scalars(select(DraftJob)).one()
        return [
            tuple(esc),
            tuple(e.to_status for e in session.scalars(select(Event).order_by(Event.id))),
            (session.scalars(select(MessageRecord.direction)).one(),),
            (session.scalars(select(OutboxItem.status)).one(), job.status, job.purpose),
            (session.scalars(select(Quarantined.status)).one(),),
        ]


def test_an_upgrade_from_0005_keeps_valid_rows_and_then_enforces(old_db: Database) -> None:
    _rows(old_db)
    before = _snapshot(old_db)
    upgrade(old_db)
    assert current_revision(old_db) == head_revision()
    assert _snapshot(old_db) == before
    with old_db.engine.connect() as conn:
        assert _differences(conn) == []
    assert _database_checks(old_db.engine) == _model_checks()
    with pytest.raises(IntegrityError), old_db.session() as session:
        session.scalars(select(Escalation)).one().status = "reopened"


def test_an_upgrade_refuses_rows_outside_the_sets_and_names_them(old_db: Database) -> None:
    _rows(old_db, escalations__status="open", outbox__status="queued")
    before = _snapshot(old_db)
    with pytest.raises(StoreError) as refused:
        upgrade(old_db)
    message = str(refused.value)
    assert "escalations.status in 1 row(s): id 1 'open'" in message
    assert "outbox.status in 1 row(s): id 1 'queued'" in message
    assert "before changing anything" in message
    assert current_revision(old_db) == "0005"
    assert _snapshot(old_db) == before
    assert _database_checks(old_db.engine) == {}


def test_a_downgrade_removes_the_constraints_and_keeps_the_rows(old_db: Database) -> None:
    _rows(old_db)
    upgrade(old_db)
    downgrade(old_db, "0005")
    assert current_revision(old_db) == "0005"
    assert _database_checks(old_db.engine) == {}
    assert _snapshot(old_db)[0] == ("in_progress", "product_defect", "high", "frustrated")


REFUSED = [
    ("escalations", "status", "open"),
    ("escalations", "category", "bug"),
    ("escalations", "severity", "P1"),
    ("escalations", "sentiment", "meh"),
    ("events", "to_status", "reopened"),
    ("messages", "direction", "up"),
    ("outbox", "status", "queued"),
    ("draft_jobs", "status", "running"),
    ("draft_jobs", "purpose", "poem"),
    ("quarantine", "status", "released"),
]


@pytest.mark.parametrize(
    ("table", "column", "word"), REFUSED, ids=[f"{t}.{c}" for t, c, _ in REFUSED]
)
def test_the_database_refuses_a_word_the_code_does_not_know(
    db: Database, table: str, column: str, word: str
) -> None:
    _rows(db)
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text(f"UPDATE {table} SET {column} = :word"), {"word": word})
