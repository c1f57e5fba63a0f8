"""A list parameter (mailbot/store/listed.py, issue 20): the same rows as an IN list on both
backends, and on PostgreSQL one statement text for every length, which psycopg prepares.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text

from mailbot.domain import Direction
from mailbot.store.db import Database
from mailbot.store.listed import any_of
from mailbot.store.tables import MessageRecord
from tests.support.databases import statements

_IDS = select(MessageRecord.message_id).where(any_of(MessageRecord.message_id, "ids"))
_ROWS = select(MessageRecord.id).where(any_of(MessageRecord.id, "ids"))


def _store(db: Database, *message_ids: str) -> list[int]:
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with db.session() as session:
        rows = [
            MessageRecord(message_id=m, direction=Direction.IN, created_at=now) for m in message_ids
        ]
        session.add_all(rows)
        session.flush()
        ids = [row.id for row in rows]
        session.commit()
    return ids


def test_the_listed_rows_and_nothing_else_on_both_backends(db: Database) -> None:
    ids = _store(db, "<a@x>", "<b@x>", "<c@x>")
    with db.session() as session:

        def found(wanted: list[str]) -> set[str]:
            return set(session.scalars(_IDS, {"ids": wanted}))

        assert found(["<a@x>"]) == {"<a@x>"}
        assert found(["<c@x>", "<zz@x>", "<a@x>"]) == {"<a@x>", "<c@x>"}
        assert found(["<zz@x>"]) == set()
        assert found([]) == set()
        assert set(session.scalars(_ROWS, {"ids": [ids[1], 10_000]})) == {ids[1]}


def test_postgres_sends_one_text_for_every_length_and_prepares_it(db: Database) -> None:
    _store(db, "<a@x>", "<b@x>")
    postgres = db.engine.dialect.name == "postgresql"
    with statements(db, "SELECT messages.message_id") as seen, db.session() as session:
        for n in range(1, 8):
            session.scalars(_IDS, {"ids": [f"<{i}@x>" for i in range(n)]}).all()
        prepared = (
            list(session.scalars(text("SELECT statement FROM pg_prepared_statements")))
            if postgres
            else []
        )
    if not postgres:  # SQLite: the expanding IN, one placeholder an item
        assert len(set(seen)) == 7 and all(" IN (" in s for s in seen)
        return
    assert len(set(seen)) == 1 and "= ANY (" in seen[0]
    assert any("= ANY (" in s and "messages.message_id" in s for s in prepared), prepared


def test_an_item_longer_than_the_column_matches_nothing(db: Database) -> None:
    """PostgreSQL casts the array to the column's type; a ``varchar(998)[]`` cast would cut
    a longer item to its first 998 characters, which then matched the stored id."""
    longest = "<" + "a" * 996 + ">"  # messages.message_id is String(998)
    _store(db, longest)
    with db.session() as session:
        assert set(session.scalars(_IDS, {"ids": [longest + "zz"]})) == set()
        assert set(session.scalars(_IDS, {"ids": [longest]})) == {longest}
