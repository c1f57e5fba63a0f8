"""The hot-path writes on the DBAPI cursor (mailbot/store/direct.py), on both backends.

They must store exactly what ``Connection.execute`` stores and raise what it raises:
rows are compared column by column with rows written the slow way, and errors must
arrive as SQLAlchemy's wrapped exceptions, which :meth:`Database.session` turns into
a StoreError (a RETRY, not a crash).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from mailbot.errors import StoreError
from mailbot.store import direct, repo
from mailbot.store.db import Database
from mailbot.store.pending import COUNT_SEND
from mailbot.store.tables import MessageRecord, OutboxItem

# an aware time that is not UTC: the column's processor must normalise it
AT = datetime(2026, 11, 26, 11, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))


def _record(message_id: str, **extra: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "message_id": message_id, "direction": "out", "escalation_id": None,
        "kind": "notice", "sender": "escalations@example.com",
        "recipients": ["ana@example.com", "Bo <bo@example.com>"], "subject": "Re: ünïcode",
        "in_reply_to": "<a@x>", "references": "<a@x> <b@x>", "size": 1234,
        "sha256": "ab" * 32, "created_at": AT, "outcome": "",
    }  # fmt: skip
    values.update(extra)
    return values


def _columns(row: MessageRecord) -> dict[str, Any]:
    return {c: getattr(row, c) for c in _record("x") if c != "message_id"}


def test_a_row_written_directly_reads_back_like_one_written_by_sqlalchemy(db: Database) -> None:
    with db.session() as session:
        repo.insert_row(session, MessageRecord, _record("<direct@x>"))
        session.connection().execute(insert(MessageRecord), _record("<core@x>"))
    with db.session() as session:
        rows = {r.message_id: r for r in session.scalars(select(MessageRecord))}
    assert _columns(rows["<direct@x>"]) == _columns(rows["<core@x>"])
    assert rows["<direct@x>"].created_at == AT.astimezone(UTC)
    assert rows["<direct@x>"].recipients == ["ana@example.com", "Bo <bo@example.com>"]


def test_a_lookup_sees_rows_written_earlier_in_the_same_transaction(db: Database) -> None:
    with db.session() as session:
        assert not repo.message_seen(session, "<later@x>")
        repo.insert_row(session, MessageRecord, _record("<later@x>"))
        assert repo.message_seen(session, "<later@x>")
        assert not repo.message_seen(session, "<other@x>")


def test_a_shape_with_defaults_to_fill_takes_sqlalchemys_path(db: Database) -> None:
    values = _record("<short@x>")
    del values["outcome"], values["subject"]  # Python-side defaults: ""
    with db.session() as session:
        repo.insert_row(session, MessageRecord, values)
    with db.session() as session:
        row = session.scalars(select(MessageRecord)).one()
    assert (row.outcome, row.subject, row.size) == ("", "", 1234)


def test_returning_ids_and_a_dedupe_key_that_exists(db: Database) -> None:
    def item(n: int, key: str | None) -> dict[str, Any]:
        return {
            "message_id": f"m{n}@x", "dedupe_key": key, "escalation_id": None,
            "kind": "notice", "mail_from": "escalations@example.com",
            "recipients": ["ana@example.com"], "raw": b"raw\r\n", "status": "pending",
            "attempts": 0, "next_attempt_at": AT, "created_at": AT, "last_error": "",
        }  # fmt: skip

    with db.session() as session:
        first = repo.insert_returning_id(session, OutboxItem, item(1, None))
        second = repo.insert_returning_id(
            session, OutboxItem, item(2, "k"), on_conflict_nothing=True
        )
        again = repo.insert_returning_id(
            session, OutboxItem, item(3, "k"), on_conflict_nothing=True
        )
    assert first is not None and second is not None and second > first
    assert again is None
    with db.session() as session:
        raws = [r.raw for r in session.scalars(select(OutboxItem).order_by(OutboxItem.id))]
    assert raws == [b"raw\r\n", b"raw\r\n"]


def test_the_daily_count_returns_a_row_only_under_the_cap(db: Database) -> None:
    values = {"recipient": "ana@example.com", "day": AT.date(), "cap": 2}
    with db.session() as session:
        connection = session.connection()
        answers = [direct.execute(connection, COUNT_SEND, values) for _ in range(3)]
    assert answers == [(1,), (2,), None]


def test_a_duplicate_message_id_raises_sqlalchemys_integrity_error(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        repo.insert_row(session, MessageRecord, _record("<twice@x>"))
        repo.insert_row(session, MessageRecord, _record("<twice@x>"))
    with db.session() as session:  # rolled back as a whole, and the session still works
        assert session.scalars(select(MessageRecord)).all() == []


def test_an_operational_error_becomes_a_store_error(tmp_path: Any) -> None:
    db = Database(f"sqlite:///{tmp_path / 'broken.sqlite3'}")
    try:
        with db.session() as session:
            session.execute(text("CREATE TABLE send_counts (recipient TEXT)"))  # no such columns
        with pytest.raises(OperationalError), db.engine.begin() as connection:
            direct.execute(connection, COUNT_SEND, {"recipient": "a", "day": AT.date(), "cap": 1})
        with pytest.raises(StoreError, match="database unavailable"), db.session() as session:
            values = {"recipient": "a", "day": AT.date(), "cap": 1}
            direct.execute(session.connection(), COUNT_SEND, values)
    finally:
        db.dispose()


def test_outside_a_transaction_it_begins_one_as_sqlalchemy_would(db: Database) -> None:
    with db.engine.connect() as connection:  # no begin(): SQLAlchemy autobegins
        direct.execute(connection, repo._plain_insert(MessageRecord), _record("<auto@x>"))
        connection.commit()
    with db.session() as session:
        assert repo.message_seen(session, "<auto@x>")
