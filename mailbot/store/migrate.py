"""Apply Alembic migrations from inside the package (``mailbot db upgrade`` and start-up).

A lock keeps two instances starting at once from racing on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, text

from mailbot.errors import StoreError
from mailbot.store.db import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(db: Database, revision: str = "head") -> None:
    _migrate(db, lambda config: command.upgrade(config, revision))


def downgrade(db: Database, revision: str) -> None:
    """Back to ``revision`` (tests, and an operator undoing an upgrade by hand)."""
    _migrate(db, lambda config: command.downgrade(config, revision))


def _migrate(db: Database, run: Callable[[Config], None]) -> None:
    if db.engine.dialect.name == "sqlite":
        _migrate_sqlite(db, run)
        return
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(74201)"))
        run(alembic_config(connection))


def _migrate_sqlite(db: Database, run: Callable[[Config], None]) -> None:
    """SQLite's table-rebuild procedure: batch migrations copy a table and drop the old one,
    which foreign keys (on for every connection, see ``store.db``) refuse while other rows
    point at it. So they are off for the migration, outside its transaction (inside one the
    pragma does nothing), checked before the commit, and on again for the pool."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                run(alembic_config(connection))
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise StoreError(f"the migration would break foreign keys: {broken[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
