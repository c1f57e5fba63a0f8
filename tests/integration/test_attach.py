"""A new escalation inserted by one Core statement (mailbot/store/attach.py), both backends.

It must be the row the unit of work's flush would have written, and the object must be
what the flush leaves: persistent, every column loaded, nothing read back.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, select, text

from mailbot.store import attach, direct, repo
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob, Escalation
from tests.support.databases import statements

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def _new(ref: str) -> Escalation:
    """Some columns set, the others left to their defaults (as a forward does)."""
    return Escalation(
        ref=ref, status="draft", category="product_defect", severity="medium",
        sentiment="concerned", subject="API latency", csm="jane@example.com",
        draft_version=0, source_message_id="<fwd@example.com>", teams=[],
        forwarded_ids=["orig@acme.com"], created_at=NOW, updated_at=NOW,
    )  # fmt: skip


def _stored(db: Database) -> dict[str, dict[str, object]]:
    with db.session() as session:
        rows = session.scalars(select(Escalation)).all()
        return {
            row.ref: {c.key: getattr(row, c.key) for c in inspect(Escalation).column_attrs}
            for row in rows
        }


def test_the_row_is_the_one_a_flush_writes(db: Database) -> None:
    with db.session() as session:
        flushed = _new("ESC-2026-0001")
        session.add(flushed)
        session.flush()
        inserted = _new("ESC-2026-0002")
        attach.insert_object(session, inserted)
        assert inserted.id == flushed.id + 1

    stored = _stored(db)
    one, two = stored["ESC-2026-0001"], stored["ESC-2026-0002"]
    assert {k for k in one if one[k] != two[k]} == {"id", "ref"}
    assert two["owner"] == "" and two["customer_domains"] == [] and two["route_level"] == 0


def test_the_object_is_persistent_and_loaded(db: Database) -> None:
    with db.session() as session:
        esc = _new("ESC-2026-0001")
        with statements(db) as seen:
            attach.insert_object(session, esc)
            state = inspect(esc)
            assert state.persistent and not state.expired_attributes and not state.unloaded
            assert (esc.owner, esc.teams, esc.merged_into, esc.draft_version) == ("", [], "", 0)
            assert repo.get_escalation(session, "ESC-2026-0001") is esc  # the identity map
        assert len([s for s in seen if s.lstrip().upper().startswith("INSERT")]) <= 1
        assert not [s for s in seen if "FROM escalations" not in s and s.startswith("SELECT")]
        esc.status = "rejected"
    assert _stored(db)["ESC-2026-0001"]["status"] == "rejected"  # changes later flush as usual


def test_a_column_the_database_fills_goes_through_the_flush(db: Database) -> None:
    """``draft_jobs.claimed_by`` has a server default: the ordinary flush inserts it."""
    with db.session() as session:
        esc = _new("ESC-2026-0001")
        attach.insert_object(session, esc)
        job = DraftJob(
            escalation_id=esc.id, version=1, source_message_id="<f@x>", raw=b"x", created_at=NOW
        )
        attach.insert_object(session, job)
        assert job.id is not None and inspect(job).persistent
    with db.session() as session:
        stored = session.get(DraftJob, job.id)
        assert stored is not None and stored.purpose == "brief" and stored.claimed_by == ""


def _unnumbered() -> Escalation:
    esc = _new("")
    del esc.ref  # as a forward builds it: the ref comes with the INSERT
    return esc


def test_a_new_escalation_and_its_ref_in_one_statement_on_postgresql(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: the counter's upsert and the INSERT are one round trip; SQLite: two.
    Either way the refs follow the counter that ``next_ref`` uses, and the row is the one
    the two statements write."""
    ran: list[object] = []
    execute = direct.execute
    monkeypatch.setattr(direct, "execute", lambda c, s, v: ran.append(s) or execute(c, s, v))
    with db.session() as session:
        assert repo.next_ref(session, 2026) == "ESC-2026-0001"
        ran.clear()
        numbered = _unnumbered()
        repo.insert_escalation(session, numbered, 2026)
        assert len(ran) == (1 if db.engine.dialect.name == "postgresql" else 2)
        assert numbered.ref == "ESC-2026-0002"
        state = inspect(numbered)
        assert state.persistent and not state.expired_attributes and not state.unloaded
        assert repo.get_escalation(session, "ESC-2026-0002") is numbered
        assert repo.next_ref(session, 2026) == "ESC-2026-0003"
        repo.insert_escalation(session, _unnumbered(), 2027)
        plain = _new(repo.next_ref(session, 2026))
        attach.insert_object(session, plain)
        numbered.status = "rejected"  # later changes flush as usual

    stored = _stored(db)
    assert set(stored) == {"ESC-2026-0002", "ESC-2026-0004", "ESC-2027-0001"}
    one, two = stored["ESC-2026-0002"], stored["ESC-2026-0004"]
    assert {k for k in one if one[k] != two[k]} == {"id", "ref", "status"}
    assert one["status"] == "rejected"


def test_a_ref_past_9999_keeps_every_digit(db: Database) -> None:
    """``f"{n:04d}"`` pads to four digits and never cuts: so must the SQL."""
    with db.session() as session:
        session.execute(text("INSERT INTO counters (name, value) VALUES ('escalation-2026', 9998)"))
        first = _unnumbered()
        repo.insert_escalation(session, first, 2026)
        second = _unnumbered()
        repo.insert_escalation(session, second, 2026)
    assert (first.ref, second.ref) == ("ESC-2026-9999", "ESC-2026-10000")
    assert set(_stored(db)) == {"ESC-2026-9999", "ESC-2026-10000"}
