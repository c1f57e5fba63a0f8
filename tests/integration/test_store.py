"""The store on SQLite and PostgreSQL (each test runs once per backend)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mailbot.store import repo
from mailbot.store.db import Database
from mailbot.store.tables import Escalation, MessageRecord

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _escalation(session: object, ref: str) -> Escalation:
    esc = Escalation(
        ref=ref,
        status="draft",
        category="product_defect",
        severity="high",
        sentiment="concerned",
        csm="jane@example.com",
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(esc)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return esc


def test_refs_are_sequential_per_year(db: Database) -> None:
    with db.session() as session:
        refs = [repo.next_ref(session, 2026) for _ in range(3)]
        other = repo.next_ref(session, 2027)
    assert refs == ["ESC-2026-0001", "ESC-2026-0002", "ESC-2026-0003"]
    assert other == "ESC-2027-0001"


def test_refs_never_collide_under_concurrent_writers(db: Database) -> None:
    def allocate(_: int) -> str:
        with db.session() as session:
            ref = repo.next_ref(session, 2026)
            _escalation(session, ref)
            return ref

    with ThreadPoolExecutor(max_workers=8) as pool:
        refs = list(pool.map(allocate, range(40)))
    assert len(set(refs)) == 40
    assert sorted(refs)[-1] == "ESC-2026-0040"


def test_brief_versions_with_hash_and_timeline(db: Database) -> None:
    with db.session() as session:
        esc = _escalation(session, "ESC-2026-0001")
        repo.add_brief_version(
            session, esc, content={"headline": "a"}, drafter="offline", created_at=NOW
        )
        esc.draft_version = 2
        repo.add_brief_version(
            session, esc, content={"headline": "b"}, drafter="offline", created_at=NOW
        )
        repo.add_event(
            session, esc, at=NOW, actor="jane@example.com", kind="created", to_status="draft"
        )
        repo.add_event(
            session,
            esc,
            at=NOW,
            actor="jane@example.com",
            kind="approve",
            from_status="draft",
            to_status="routed",
        )
    with db.session() as session:
        found = repo.get_escalation(session, "esc-2026-0001")
        assert found is not None
        latest = repo.latest_brief(session, found.id)
        assert latest is not None and latest.version == 2
        assert latest.content_hash == repo.brief_hash({"headline": "b"})
        assert [e.kind for e in repo.events_for(session, found.id)] == ["created", "approve"]
        assert found.created_at == NOW  # aware UTC round trip on both backends


def test_duplicate_brief_version_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        esc = _escalation(session, "ESC-2026-0001")
        for _ in range(2):
            repo.add_brief_version(session, esc, content={}, drafter="x", created_at=NOW)
            session.flush()


def test_message_id_is_unique_and_threads(db: Database) -> None:
    with db.session() as session:
        esc = _escalation(session, "ESC-2026-0001")
        session.add(
            MessageRecord(message_id="a@x", direction="out", escalation_id=esc.id, created_at=NOW)
        )
    with db.session() as session:
        assert repo.message_seen(session, "a@x")
        assert not repo.message_seen(session, "b@x")
        found = repo.escalation_for_message_ids(session, ["zzz@x", "a@x"])
        assert found is not None and found.ref == "ESC-2026-0001"
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(MessageRecord(message_id="a@x", direction="in", created_at=NOW))


def test_naive_datetimes_are_refused(db: Database) -> None:
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="naive"), db.session() as session:
        esc = _escalation(session, "ESC-2026-0001")
        esc.updated_at = datetime(2026, 1, 1)
        session.flush()


def test_list_filters_by_status(db: Database) -> None:
    with db.session() as session:
        _escalation(session, "ESC-2026-0001")
        second = _escalation(session, "ESC-2026-0002")
        second.status = "routed"
    with db.session() as session:
        assert [e.ref for e in repo.list_escalations(session, ["routed"])] == ["ESC-2026-0002"]
        assert len(repo.list_escalations(session)) == 2
        assert repo.count_by_status(session) == {"draft": 1, "routed": 1}
        assert session.scalar(select(Escalation.ref).where(Escalation.id == second.id))


def test_cursor_upsert_tolerates_a_concurrent_first_write(db: Database) -> None:
    from mailbot.store.cursors import StoreCursors

    first, second = StoreCursors(db, "esc:"), StoreCursors(db, "esc:")
    assert first.load_cursor("INBOX") is None
    first.save_cursor("INBOX", 7, 63)
    second.save_cursor("INBOX", 7, 64)  # a second instance's "first" write: no duplicate key
    assert first.load_cursor("INBOX") == (7, 64)
    assert StoreCursors(db, "other:").load_cursor("INBOX") is None
