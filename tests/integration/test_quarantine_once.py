"""Quarantine is idempotent: one row (and one audit line) per message, whatever happens.

A crash between the commit and the IMAP MOVE hands the same bytes over again; a sender may
send the same Message-ID twice; ``quarantine reprocess`` may fail again. Both backends,
and the migration that de-duplicates rows held twice before the unique key existed.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.quarantine import reprocess
from mailbot.store.db import Database
from mailbot.store.migrate import upgrade
from mailbot.store.tables import Audit, Quarantined
from mailbot.transactions import handle
from tests.security.support import HOSTILE


def _held(app: App) -> tuple[list[Quarantined], int]:
    with app.db.session() as session:
        rows = list(session.scalars(select(Quarantined).order_by(Quarantined.id)))
        audits = session.scalar(
            select(func.count()).select_from(Audit).where(Audit.action == "quarantined")
        )
    return rows, int(audits or 0)


def test_the_same_bytes_twice_are_held_once(app: App) -> None:
    raw = (HOSTILE / "empty.eml").read_bytes() + b"\r\n"  # unreadable, no Message-ID
    for _ in range(2):  # as after a crash between the commit and the IMAP MOVE
        assert handle(app, raw).outcome is Disposition.QUARANTINED
    rows, audits = _held(app)
    assert (len(rows), audits) == (1, 1)
    assert rows[0].message_key.startswith("sha256:")


def test_the_same_message_id_twice_is_held_once(app: App) -> None:
    first = (HOSTILE / "no_from.eml").read_bytes()
    second = first.replace(b"Our orders are delayed.", b"Our orders are still delayed.")
    assert handle(app, first).outcome is handle(app, second).outcome is Disposition.QUARANTINED
    rows, audits = _held(app)
    assert (len(rows), audits) == (1, 1)
    assert rows[0].message_key == "b6@hostile.test" and rows[0].raw == first


def test_a_reprocess_that_fails_again_holds_the_same_row_again(app: App) -> None:
    raw = (HOSTILE / "no_from.eml").read_bytes()
    assert handle(app, raw).outcome is Disposition.QUARANTINED
    (row,), _ = _held(app)
    assert reprocess(app, row.id).outcome is Disposition.QUARANTINED  # the cause is not fixed
    rows, audits = _held(app)
    assert [(r.id, r.status) for r in rows] == [(row.id, "held")]
    assert audits == 2  # held, retried, held again: the second hold is news
    assert reprocess(app, row.id).outcome is Disposition.QUARANTINED  # and may be retried again


def test_the_migration_keeps_the_newest_row_per_message(empty_url: str) -> None:
    db = Database(empty_url)
    upgrade(db, "0002")
    insert = text(
        "INSERT INTO quarantine (message_id, sender, subject, reason, raw, size, status,"
        " created_at) VALUES (:mid, '', '', :reason, :raw, 1, 'held', :at)"
    )
    at = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    rows = [("<a@x>", "first", b"a"), ("<a@x>", "second", b"a"), ("", "bytes 1", b"z"),
            ("<b@x>", "only", b"b"), ("", "bytes 2", b"z"), ("", "other bytes", b"y")]  # fmt: skip
    with db.engine.begin() as conn:
        for mid, reason, raw in rows:
            conn.execute(insert, {"mid": mid, "reason": reason, "raw": raw, "at": at})
    upgrade(db)
    with db.engine.connect() as conn:
        kept = conn.execute(text("SELECT reason FROM quarantine ORDER BY id")).scalars().all()
        with pytest.raises(IntegrityError):
            conn.execute(text("UPDATE quarantine SET message_key = '<b@x>'"))
    db.dispose()
    assert kept == ["second", "only", "bytes 2", "other bytes"]
