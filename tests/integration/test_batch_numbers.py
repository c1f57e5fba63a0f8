"""A backlog batch's new escalations (issue 20): on PostgreSQL their ids and refs come from
one block (mailbot/store/numbered.py), their rows wait for the commit, and a forward whose
Message-IDs no escalation lists skips its own duplicate read (mailbot/store/cited.py).
Refs stay gapless and in order, and every read in the batch still sees the new rows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.handlers import certain
from mailbot.store import cited, direct, numbered, pending, repo
from mailbot.store.db import Database
from mailbot.store.tables import Counter, Escalation, Event
from mailbot.transactions import handle, handle_batch
from tests.support.databases import truncate_all
from tests.support.flow import ACME, FORWARDS, escalation

FIXTURES = (ACME, "outlook_globex_export_crash.eml", "apple_initech_scim_feature.eml")
HOOLI = "rfc822_hooli_no_response.eml"
AUTO = (
    b"From: Mailer <noreply@vendor.example>\r\nTo: escalations@example.com\r\n"
    b"Subject: Out of office\r\nMessage-ID: <auto-%d@vendor.example>\r\n"
    b"Auto-Submitted: auto-replied\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\nAway.\r\n"
)


@contextmanager
def direct_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The statements run on the DBAPI fast path (which engine events do not see), and
    the rows taken by COPY, as ``"COPY " + statement``."""
    seen: list[str] = []
    for name in ("execute", "execute_all", "execute_many", "execute_together", "copy_rows"):
        original = getattr(direct, name)

        def spy(connection: Any, *args: Any, _original: Any = original, _name: str = name) -> Any:
            first = args[0][0] if isinstance(args[0], tuple) else args[0]
            done = _original(connection, *args)
            if _name != "copy_rows" or done:
                copied = "COPY " if _name == "copy_rows" else ""
                seen.append(copied + " ".join(str(first).split()))
            return done

        monkeypatch.setattr(direct, name, spy)
    yield seen


@pytest.fixture
def pg_db(pg_database_url: str) -> Iterator[Database]:
    """PostgreSQL alone: SQLite reserves no blocks (no round trip to save)."""
    db = Database(pg_database_url)
    yield db
    truncate_all(db)
    db.dispose()


def _counter(db: Database) -> int | None:
    with db.session() as session:
        return session.scalar(select(Counter.value).where(Counter.name == "escalation-2026"))


def _postgres(app: App) -> bool:
    return app.db.engine.dialect.name == "postgresql"


def test_a_batch_opens_its_escalations_in_order_and_gives_back_what_it_reserved(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three forwards and two robots' mails (no reply token, so the block is five): the
    refs run 0001-0003, the counter ends at 3, and the next forward is 0004."""
    raws = [(FORWARDS / name).read_bytes() for name in FIXTURES] + [AUTO % 1, AUTO % 2]
    with direct_calls(monkeypatch) as seen:
        contexts = handle_batch(app, [(raw, None) for raw in raws])
    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 5
    assert [c.escalation_ref for c in contexts[:3]] == [f"ESC-2026-000{n}" for n in (1, 2, 3)]
    assert _counter(app.db) == 3
    if _postgres(app):
        reserved = [s for s in seen if s.startswith("WITH n AS (INSERT INTO counters")]
        assert len(reserved) == 1 and "generate_series" in reserved[0]  # one block, not three
        assert sum(s.startswith("INSERT INTO escalations") for s in seen) == 1  # at commit
        assert sum(s.startswith("UPDATE counters") for s in seen) == 1  # two given back
    later = handle(app, (FORWARDS / HOOLI).read_bytes())  # alone: the one-statement path
    assert later.escalation_ref == "ESC-2026-0004"
    assert _counter(app.db) == 4


def test_a_batch_that_opens_nothing_reserves_and_reads_nothing(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Robots' mails carry no reply token, so the batch may open two; it opens none, and
    neither reserves refs nor reads what escalations list (the read waits for a forward)."""
    with direct_calls(monkeypatch) as seen:
        contexts = handle_batch(app, [(AUTO % 1, None), (AUTO % 2, None)])
    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 2
    assert not [s for s in seen if "counters" in s or "forwarded_ids" in s]
    assert _counter(app.db) is None


def test_a_forward_citing_one_opened_earlier_in_the_batch_is_merged_into_it(app: App) -> None:
    """The batch's read ahead found nothing for the customer mail; the first forward's
    escalation (still waiting for the commit) lists it, and the second finds it."""
    first = (FORWARDS / HOOLI).read_bytes()
    again = first.replace(b"Message-ID: <", b"Message-ID: <again-", 1)
    contexts = handle_batch(app, [(first, None), (again, None)])
    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 2
    assert escalation(app, contexts[1].escalation_ref).merged_into == contexts[0].escalation_ref


def test_a_forward_citing_a_stored_escalation_still_reads_and_merges(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = handle(app, (FORWARDS / HOOLI).read_bytes()).escalation_ref
    again = (FORWARDS / HOOLI).read_bytes().replace(b"Message-ID: <", b"Message-ID: <again-", 1)
    other = (FORWARDS / ACME).read_bytes()
    with direct_calls(monkeypatch) as seen:
        contexts = handle_batch(app, [(other, None), (again, None)])
    assert escalation(app, contexts[1].escalation_ref).merged_into == ref
    assert escalation(app, contexts[0].escalation_ref).merged_into == ""
    if _postgres(app):  # the one citing a stored escalation reads; ACME's forward does not
        assert sum(s.startswith("SELECT id, forwarded_ids") for s in seen) == 1


@pytest.mark.postgres
def test_a_rollback_returns_the_block_with_everything_else(pg_db: Database) -> None:
    db = pg_db
    with pytest.raises(RuntimeError), db.session() as session:
        numbered.expect(session, 3)
        repo.insert_escalation(session, _new(), 2026)
        raise RuntimeError("the batch failed")
    assert _counter(db) is None
    with db.session() as session:
        esc = _opened(session, 3)
        assert esc.ref == "ESC-2026-0001"


def _stored_one(db: Database) -> Escalation:
    with db.session() as session:
        old = _opened(session, 2)
    return old


@pytest.mark.postgres
def test_the_new_rows_go_in_before_the_rows_that_refer_to_them(pg_db: Database) -> None:
    """An event buffered earlier (for a stored escalation) puts the events first in the
    buffer; the new escalation's row still goes in before its own event."""
    old = _stored_one(pg_db)
    with pg_db.session() as session:
        numbered.expect(session, 2)
        kept = session.get(Escalation, old.id)
        assert kept is not None
        repo.add_event(session, kept, at=kept.created_at, actor="a", kind="note")
        esc = _new()
        repo.insert_escalation(session, esc, 2026)
        repo.add_event(session, esc, at=esc.created_at, actor="a", kind="created")
    with pg_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 2


@pytest.mark.postgres
def test_a_query_sees_a_new_row_and_the_other_rows_keep_waiting(pg_db: Database) -> None:
    with pg_db.session() as session:
        esc = _opened(session, 2)
        repo.add_event(session, esc, at=esc.created_at, actor="a", kind="created")
        assert session.scalar(select(func.count()).select_from(Escalation)) == 1
        assert pending.buffered(session)  # its event still waits for the commit


@pytest.mark.postgres
def test_a_change_to_a_new_row_is_written_after_its_insert(pg_db: Database) -> None:
    with pg_db.session() as session:
        esc = _opened(session, 2)
        esc.subject = "changed before the commit"
        session.flush()
    with pg_db.session() as session:
        stored = repo.get_escalation(session, "ESC-2026-0001")
        assert stored is not None and stored.subject == "changed before the commit"


@pytest.mark.postgres
def test_another_writer_waits_for_the_block_and_takes_the_next_ref(pg_db: Database) -> None:
    """The block holds the counter's row lock, as one upsert per forward did: a second
    instance opening an escalation meanwhile waits, then takes the ref after those used."""
    db = pg_db
    refs: list[str] = []

    def other_instance() -> None:
        with db.session() as session:
            esc = _new()
            repo.insert_escalation(session, esc, 2026)  # alone: the one-statement path
            refs.append(esc.ref)

    with db.session() as session:
        mine = _opened(session, 10)
        waiting = threading.Thread(target=other_instance)
        waiting.start()
        _until_waiting_on_a_lock(db)
        assert not refs
    waiting.join(timeout=10)
    assert (mine.ref, refs) == ("ESC-2026-0001", ["ESC-2026-0002"])
    assert _counter(db) == 2


def _until_waiting_on_a_lock(db: Database) -> None:
    wanted = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO counters%'"
    )
    for _ in range(200):
        with db.engine.connect() as conn:
            if conn.scalar(wanted):
                return
        time.sleep(0.025)
    raise AssertionError("the other writer never waited on the counter")


@pytest.mark.postgres
def test_a_forward_of_another_year_still_finds_one_waiting_for_the_commit(
    pg_db: Database,
) -> None:
    """Midnight on New Year's Eve, mid-batch: the 2027 forward has no block and takes the
    one-statement path, whose duplicate read must still see the 2026 row that waits."""
    with pg_db.session() as session:
        numbered.expect(session, 2)
        first = _new(cites=["customer@x.example"])
        repo.insert_escalation(session, first, 2026)
        citing = certain.citing_before_insert(session, _new(cites=["customer@x.example"]))
        assert citing is not None
        found = repo.insert_escalation(session, _new(), 2027, citing)
        assert found is not None and [row[0] for row in found] == [first.id]


@pytest.mark.postgres
def test_no_savepoint_opens_while_rows_or_refs_wait(pg_db: Database) -> None:
    """A savepoint's rollback would lose what waits, or forget refs the counter counts:
    the transaction fails instead, and takes everything with it."""
    with pytest.raises(RuntimeError, match="unused escalation refs"), pg_db.session() as session:
        _opened(session, 3)
        pending.write(session)  # the rows go in; the block still has two refs left
        session.begin_nested()
    assert _counter(pg_db) is None
    old = _stored_one(pg_db)
    with pytest.raises(RuntimeError, match="rows wait"), pg_db.session() as session:
        repo.add_event(session, old, at=old.created_at, actor="a", kind="note")
        session.begin_nested()
    with pg_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0
        assert session.scalar(select(func.count()).select_from(Escalation)) == 1


@pytest.mark.postgres
def test_many_new_rows_go_in_together_with_every_value_as_given(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten new escalations (PostgreSQL takes eight or more by COPY): lists, tabs and
    accents arrive as given, and a row expired meanwhile is read back whole."""
    with direct_calls(monkeypatch) as seen, pg_db.session() as session:
        numbered.expect(session, 10)
        made = []
        for n in range(10):
            esc = _new(cites=[f"m{n}@x.example", "tab\there@x"])
            esc.subject = f"Café\tcrash {n}\nline two"
            repo.insert_escalation(session, esc, 2026)
            made.append(esc)
        session.expire(made[3])
        assert made[3].subject == "Café\tcrash 3\nline two"  # loaded: its row went in first
    with pg_db.session() as session:
        rows = session.scalars(select(Escalation).order_by(Escalation.id)).all()
        assert [r.ref for r in rows] == [f"ESC-2026-{n:04d}" for n in range(1, 11)]
        assert rows[9].forwarded_ids == ["m9@x.example", "tab\there@x"]
        assert rows[9].subject == "Café\tcrash 9\nline two"
    assert any(s.startswith("COPY INSERT INTO escalations") for s in seen)  # not INSERTs


def test_the_ids_a_batch_asks_about_come_from_its_headers() -> None:
    raw = (
        b"Message-ID: <Fwd-1@csm.example>\r\nReferences: <a@x.example>\r\n <B@x.example>\r\n"
        b"Subject: Fwd\r\n\r\nsee Message-ID: <not-a-header@x.example>\r\n--b\r\n"
        b"Content-Type: message/rfc822\r\n\r\nMessage-Id: <Customer@cust.example>\r\n"
    )
    assert cited.header_ids([raw]) == {
        "fwd-1@csm.example", "a@x.example", "b@x.example", "customer@cust.example",
    }  # fmt: skip


@pytest.mark.postgres
def test_only_ids_asked_about_and_listed_by_none_rule_a_forward_out(pg_db: Database) -> None:
    with pg_db.session() as session:
        esc = _new()
        esc.forwarded_ids = ["listed@x.example"]
        repo.insert_escalation(session, esc, 2026)
    raw = b"References: <listed@x.example> <free@x.example>\r\n\r\n"
    with pg_db.session() as session:
        cited.look_ahead(session, [raw])
        assert cited.ruled_out(session, ["free@x.example"])
        assert not cited.ruled_out(session, ["listed@x.example"])
        assert not cited.ruled_out(session, ["never-asked@x.example"])
        cited.note(session, ["free@x.example"])  # a forward of this batch now lists it
        assert not cited.ruled_out(session, ["free@x.example"])


def _opened(session: Session, expected: int) -> Escalation:
    """A new escalation, in a batch that expects ``expected`` (a block on PostgreSQL)."""
    numbered.expect(session, expected)
    esc = _new()
    repo.insert_escalation(session, esc, 2026)
    return esc


def _new(cites: list[str] | None = None) -> Escalation:
    now = datetime(2026, 11, 26, 10, tzinfo=UTC)
    return Escalation(
        status="draft", category="product_defect", severity="medium", sentiment="calm",
        csm="jane@example.com", teams=[], created_at=now, updated_at=now,
        forwarded_ids=cites or [],
    )  # fmt: skip
