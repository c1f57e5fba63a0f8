"""The write-behind of a transaction's append-only rows (mailbot/store/pending.py), on both
backends: rows wait for the commit, but every read in the transaction sees them, a
rollback takes them away, and the daily cap counts exactly as one statement per mail did.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.domain import Track
from mailbot.handlers.draft_queue import queue_draft
from mailbot.store import direct, pending, reply_tracks, repo, thread_roots
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob, Escalation, MessageRecord, SendCount

AT = datetime(2026, 11, 26, 11, 30, tzinfo=UTC)


def _record(message_id: str, escalation_id: int | None = None, kind: str = "notice") -> Any:
    return {
        "message_id": message_id, "direction": "out", "escalation_id": escalation_id,
        "kind": kind, "sender": "escalations@example.com", "recipients": ["a@example.com"],
        "subject": "s", "in_reply_to": "", "references": "", "size": 1, "sha256": "0" * 64,
        "created_at": AT, "outcome": "",
    }  # fmt: skip


def _count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(MessageRecord)) or 0


def test_rows_wait_for_the_commit_yet_every_read_sees_them(db: Database) -> None:
    with db.session() as session:
        repo.insert_row(session, MessageRecord, _record("<a@x>"))
        assert pending.buffered(session)  # not written yet
        assert repo.message_seen(session, "<a@x>")  # answered from the buffer
        # any other statement on the table writes the buffer first
        assert session.scalar(select(func.count()).select_from(MessageRecord)) == 1
        assert not pending.buffered(session)
    assert _count(db) == 1


def test_a_rollback_takes_the_buffered_rows_with_it(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        repo.insert_row(session, MessageRecord, _record("<gone@x>"))
        raise RuntimeError("the message failed")
    assert _count(db) == 0
    with pytest.raises(IntegrityError), db.session() as session:  # fails at the commit
        repo.insert_row(session, MessageRecord, _record("<twice@x>"))
        repo.insert_row(session, MessageRecord, _record("<twice@x>"))
    assert _count(db) == 0


def test_the_thread_root_is_the_stored_one_else_the_first_buffered(db: Database) -> None:
    with db.session() as session:
        esc = Escalation(ref="ESC-2026-0001", status="routed", category="product_defect",
                         severity="high", sentiment="calm", csm="c@example.com",
                         created_at=AT, updated_at=AT)  # fmt: skip
        session.add(esc)
        session.flush()
        esc_id = esc.id

        def stored() -> str | None:
            return session.scalar(
                select(MessageRecord.message_id)
                .where(MessageRecord.escalation_id == esc_id, MessageRecord.kind == "brief")
                .order_by(MessageRecord.id)
                .limit(1)
            )

        assert thread_roots.thread_root(session, esc_id, "brief", stored) is None
        repo.insert_row(session, MessageRecord, _record("<first@x>", esc_id, "brief"))
        repo.insert_row(session, MessageRecord, _record("<second@x>", esc_id, "brief"))
        assert thread_roots.thread_root(session, esc_id, "brief", stored) == "<first@x>"
    with db.session() as session:  # committed: the same answer from the store
        assert thread_roots.thread_root(session, esc_id, "brief", stored) == "<first@x>"


def test_the_daily_cap_counts_exactly_at_its_edge(db: Database) -> None:
    day = AT.date()
    with db.session() as session:
        answers = [pending.count_send(session, "ana@example.com", day, 3) for _ in range(5)]
    assert answers == [True, True, True, False, False]
    with db.session() as session:
        stored = session.get(SendCount, ("ana@example.com", day))
        assert stored is not None and stored.count == 3
        assert pending.count_send(session, "ana@example.com", day, 4) is True
        assert pending.count_send(session, "ana@example.com", day, 4) is False
        session.expire_all()
        row = session.get(SendCount, ("ana@example.com", day))  # a read writes the count first
        assert row is not None and row.count == 4


def test_a_second_reply_in_the_transaction_reads_what_the_first_saved(db: Database) -> None:
    with db.session() as session:
        esc = Escalation(ref="ESC-2026-0002", status="routed", category="product_defect",
                         severity="high", sentiment="calm", csm="c@example.com",
                         created_at=AT, updated_at=AT)  # fmt: skip
        session.add(esc)
        session.flush()
        assert reply_tracks.load(session, esc.id, "bo@example.com") == (None, False)
        track = Track(last_text="ok", last_at=AT, streak=2, robot_text="")
        reply_tracks.save(session, esc.id, "bo@example.com", track, AT)
        assert reply_tracks.load(session, esc.id, "bo@example.com") == (track, True)
        esc_id = esc.id
    with db.session() as session:
        loaded, stopped = reply_tracks.load(session, esc_id, "bo@example.com")
    assert loaded is not None and loaded.streak == 2 and stopped


def test_inside_a_savepoint_each_count_is_its_own_statement_at_the_cap(db: Database) -> None:
    day = AT.date()
    with db.session() as session, session.begin_nested():
        answers = [pending.count_send(session, "bo@example.com", day, 2) for _ in range(3)]
        stored = session.scalar(
            select(SendCount.count).where(SendCount.recipient == "bo@example.com")
        )
    assert answers == [True, True, False]
    assert stored == 2  # written at once: read back inside the savepoint


def test_a_drafting_job_waits_too_and_is_written_alone_before_a_statement_on_its_table(
    db: Database,
) -> None:
    """A forward's job waits for the commit; a merge's UPDATE of ``draft_jobs`` writes only
    the jobs, so what the batch knows of the other buffered rows stays known."""
    with db.session() as session:
        esc = Escalation(ref="ESC-2026-0002", status="draft", category="product_defect",
                         severity="medium", sentiment="calm", csm="c@example.com",
                         created_at=AT, updated_at=AT)  # fmt: skip
        session.add(esc)
        session.flush()
        repo.insert_row(session, MessageRecord, _record("<kept@x>", esc.id))
        queue_draft(session, esc, b"raw", "<fwd@x>", now=AT, context=["c"], version=1)
        assert pending.buffered(session)
        done = session.execute(
            update(DraftJob)
            .where(DraftJob.escalation_id == esc.id, DraftJob.status == "pending")
            .values(status="done")
        )
        assert done.rowcount == 1  # the buffered job was written first
        assert pending.has_message_id(session, "<kept@x>")  # the record still waits
        assert pending.buffered(session)
        esc_id = esc.id
    with db.session() as session:
        job = session.scalars(select(DraftJob).where(DraftJob.escalation_id == esc_id)).one()
        assert (job.status, job.raw, job.csm_context, job.version) == (
            "done",
            b"raw",
            ["c"],
            1,
        )
        assert (job.attempts, job.claimed_until, job.claimed_by, job.purpose) == (
            0,
            None,
            "",
            "brief",
        )
        assert job.created_at == AT
    assert _count(db) == 1


_AWKWARD = ["tab\there", "new\nline", "back\\slash", "quote'\"", "", "naïve ☃ 雪", "\\N", "end\r"]


def test_a_batch_of_rows_goes_in_whole_with_every_value_as_given(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enough rows of one shape take PostgreSQL's COPY (pending._COPY_FROM): text with tabs,
    line breaks, backslashes and ``\\N``, JSON lists, NULLs and timestamps must come back
    exactly as they would from INSERTs, on both backends."""
    copied: list[bool] = []
    real_copy = direct.copy_rows
    monkeypatch.setattr(direct, "copy_rows", lambda *a: copied.append(real_copy(*a)) or copied[-1])
    rows = []
    for i, word in enumerate(_AWKWARD * 3):
        row = _record(f"<copy-{i}@x>")
        row.update(subject=word, recipients=[word, f"r{i}@example.com"], references=word)
        rows.append(row)
    assert len(rows) >= pending._COPY_FROM
    with db.session() as session:
        for row in rows:
            repo.insert_row(session, MessageRecord, row)
        assert pending.buffered(session)
    with db.session() as session:
        stored = session.scalars(select(MessageRecord).order_by(MessageRecord.id)).all()
        assert [(m.message_id, m.subject, m.recipients, m.references) for m in stored] == [
            (r["message_id"], r["subject"], r["recipients"], r["references"]) for r in rows
        ]
        assert all(m.created_at == AT and m.escalation_id is None for m in stored)
    assert copied == [db.engine.dialect.name == "postgresql"]  # COPY on PostgreSQL only


def test_a_duplicate_inside_a_large_batch_fails_the_whole_commit(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        for i in range(pending._COPY_FROM + 2):
            repo.insert_row(session, MessageRecord, _record(f"<many-{i % 9}@x>"))
    assert _count(db) == 0
