"""A batch reads its escalations ahead (mailbot/store/ahead.py), on both backends.

What it buys: one statement for the batch's escalations, one for their reply tracks and
one for their thread roots, instead of one of each per reply. What must not change: the
outcomes, the tracks and the threading headers are those of one message at a time, the
escalations read ahead are locked until the batch commits (PostgreSQL), and every other
object is still read afresh by the next message.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email import message_from_bytes
from typing import Any

import pytest
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError

from mailbot.app import App
from mailbot.domain import Disposition, Track
from mailbot.inbound.header_hints import token_hints
from mailbot.signing.tokens import genuine_ref, issue_token
from mailbot.store import ahead, direct, reply_tracks, repo, thread_roots
from mailbot.store.db import driver_url
from mailbot.store.tables import Escalation
from mailbot.transactions import handle, handle_batch
from tests.support.databases import statements
from tests.support.flow import escalation, event_kinds, last_mail, open_routed, outbox
from tests.support.mail import reply_to

SECRET = b"0123456789abcdef0123456789abcdef"


@contextmanager
def _statements(app: App) -> Iterator[collections.Counter[str]]:
    """Every statement the batch runs, by the table it reads first (the DBAPI fast path of
    store/direct.py included)."""
    seen: collections.Counter[str] = collections.Counter()

    def note(sql: str) -> None:
        words = " ".join(sql.split()).lower()
        if words.startswith("select") and " from " in words:
            seen[words.split(" from ", 1)[1].split()[0]] += 1

    def on_execute(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        note(statement)

    real = direct.execute

    def counted(connection: Any, stmt: Any, values: Any) -> Any:
        note(str(stmt))
        return real(connection, stmt, values)

    event.listen(app.db.engine, "before_cursor_execute", on_execute)
    direct.execute = counted  # type: ignore[assignment]
    try:
        yield seen
    finally:
        direct.execute = real  # type: ignore[assignment]
        event.remove(app.db.engine, "before_cursor_execute", on_execute)


DEFECTS = ("gmail_acme_api_latency.eml", "gmail_oscorp_data_loss.eml",
           "gmail_vehement_calendar_nonote.eml")  # fmt: skip


def _routed(app: App, fixture: str) -> tuple[str, bytes]:
    """An escalation routed to engineering (mike may act), and its brief."""
    ref = open_routed(app, fixture=fixture)
    return ref, last_mail(app, "routed_brief")


def test_replies_to_three_escalations_read_each_table_once(app: App) -> None:
    raws: list[bytes] = []
    refs = []
    for n, fixture in enumerate(DEFECTS):
        ref, brief = _routed(app, fixture)
        refs.append(ref)
        raws += [reply_to(brief, "mike@example.com", w, when=app.clock.now()) for w in
                 ("ack", f"update: looked at logs {n}")]  # fmt: skip

    with _statements(app) as seen:
        contexts = handle_batch(app, [(raw, None) for raw in raws])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 6
    assert {c.escalation_ref for c in contexts} == set(refs)
    for ref in refs:
        assert event_kinds(app, ref)[-2:] == ["ack", "update"]
    assert seen["escalations"] == 1, seen  # one per reply without the look-ahead
    assert seen["reply_tracks"] == 1, seen
    assert seen["messages"] <= 2, seen  # the Message-ID look-up and the thread roots


def test_threading_headers_are_those_of_one_message_at_a_time(app: App) -> None:
    one, brief_one = _routed(app, DEFECTS[0])
    two, brief_two = _routed(app, DEFECTS[1])
    ack_one = reply_to(brief_one, "mike@example.com", "ack", when=app.clock.now())
    handle(app, ack_one)  # alone: roots read the usual way
    alone = _headers(app, one)
    ack_two = reply_to(brief_two, "mike@example.com", "ack", when=app.clock.now())

    handle_batch(app, [(ack_two, None)])

    batched = _headers(app, two)
    assert alone and batched
    assert [len(h["References"].split()) for h in alone] == [
        len(h["References"].split()) for h in batched
    ]
    assert all(h["In-Reply-To"] in h["References"] for h in batched)


def _headers(app: App, ref: str) -> list[Any]:
    esc = escalation(app, ref)
    mails = [message_from_bytes(item.raw) for item in outbox(app) if item.escalation_id == esc.id]
    return [m for m in mails if m["In-Reply-To"]][-1:]


def test_the_escalations_read_ahead_stay_locked_until_the_commit(app: App) -> None:
    """PostgreSQL locks their rows; SQLite, which has no row locks, the whole database
    (``BEGIN IMMEDIATE``): either way nobody else can change them until the commit."""
    ref, _ = _routed(app, DEFECTS[0])
    other_engine = create_engine(driver_url(app.db.url), connect_args=_no_wait(app))
    try:
        with app.db.session() as session:
            ahead.look_ahead(session, [ref])
            assert ahead.locked(session, ref) is not None
            with other_engine.connect() as other, pytest.raises(OperationalError):
                _change(other, ref)
        with app.db.session() as session:  # the commit ended the lock and the look-ahead
            assert ahead.locked(session, ref) is None
            with other_engine.connect() as other:
                _change(other, ref)
    finally:
        other_engine.dispose()


def _no_wait(app: App) -> dict[str, Any]:
    return {"timeout": 0} if app.db.engine.dialect.name == "sqlite" else {}


def _change(other: Any, ref: str) -> None:
    """Lock (PostgreSQL, NOWAIT) or write (SQLite, no busy wait) the escalation ``ref``."""
    if other.dialect.name == "postgresql":
        found = other.execute(
            text("SELECT id FROM escalations WHERE ref = :r FOR UPDATE NOWAIT"), {"r": ref}
        ).scalar()
    else:
        found = other.execute(
            text("UPDATE escalations SET subject = subject WHERE ref = :r"), {"r": ref}
        ).rowcount
        other.commit()
    assert found


def test_only_the_locked_escalations_survive_between_messages(app: App) -> None:
    kept_ref, _ = _routed(app, DEFECTS[0])
    other_ref, _ = _routed(app, DEFECTS[1])
    with app.db.session() as session:
        ahead.look_ahead(session, [kept_ref])
        kept = repo.get_escalation(session, kept_ref)
        other = repo.get_escalation(session, other_ref)
        assert kept is not None and other is not None
        assert kept is ahead.locked(session, kept_ref)
        ahead.keep_fresh(session)
        assert not inspect(kept).expired_attributes
        assert "status" in inspect(other).expired_attributes


def test_a_hint_is_only_a_genuine_token_in_the_header_bytes() -> None:
    token = issue_token(SECRET, ref="ESC-2026-0042", purpose="reply", version=1,
                        recipient="mike@example.com",
                        expires_at=datetime(2027, 1, 1, tzinfo=UTC))  # fmt: skip
    forged = ("a" if token[0] != "a" else "b") + token[1:]
    raw = (
        f"To: Escalations <escalations+{token}@example.com>\r\n"
        f"Cc: escalations+{forged}@example.com, escalations+{token}@other.example\r\n"
        f"Subject: Re: x\r\n\r\nbody escalations+{token}@example.com\r\n"
    ).encode()

    hints = token_hints(raw, "escalations@example.com")

    assert hints == [token, forged]  # the body and another domain are not looked at
    assert [genuine_ref(SECRET, t) for t in hints] == ["ESC-2026-0042", None]
    assert genuine_ref(SECRET, "not-a-token") is None
    assert genuine_ref(b"another secret of 32 bytes......", token) is None


def test_a_batch_with_a_stale_hint_still_decides_by_the_parse(app: App) -> None:
    """A token names one escalation in the headers; the batch locks it; the reply still
    acts on what its own verification says, and an unknown ref locks nothing."""
    ref, brief = _routed(app, DEFECTS[0])
    raws = [reply_to(brief, "mike@example.com", "ack", when=app.clock.now())]
    with app.db.session() as session:
        ahead.look_ahead(session, ["ESC-2099-9999"])
        assert ahead.locked(session, "ESC-2099-9999") is None

    contexts = handle_batch(app, [(raw, None) for raw in raws])

    assert [c.escalation_ref for c in contexts] == [ref]
    assert isinstance(escalation(app, ref), Escalation)
    assert escalation(app, ref).status == "acknowledged"


def test_the_locked_escalations_updates_wait_and_go_together(app: App) -> None:
    """Three replies to one escalation in a batch: its state goes in once, at the commit,
    and says what the last reply left."""
    ref, brief = _routed(app, DEFECTS[0])
    raws = [reply_to(brief, "mike@example.com", w, when=app.clock.now())
            for w in ("ack", "update: found the slow query", "in progress")]  # fmt: skip
    with statements(app.db, "UPDATE escalations") as updates:
        contexts = handle_batch(app, [(raw, None) for raw in raws])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 3
    assert len(updates) == 1, updates
    assert escalation(app, ref).status == "in_progress"
    assert event_kinds(app, ref)[-3:] == ["ack", "update", "in_progress"]


def test_a_query_later_in_the_batch_sees_the_waiting_state(app: App) -> None:
    """An ORM query (the CSM's status report) after an ack in the same batch reads the
    acknowledged state: the waiting UPDATE goes first (autoflush)."""
    ref, brief = _routed(app, DEFECTS[0])
    ack = reply_to(brief, "mike@example.com", "ack\nowner: Mike Ross <mike@example.com>",
                   when=app.clock.now())  # fmt: skip
    status = (
        b"From: jane@example.com\r\nTo: escalations@example.com\r\nSubject: status\r\n"
        b"Message-ID: <status-ahead@example.com>\r\n\r\n\r\n"
    )

    contexts = handle_batch(app, [(ack, None), (status, None)])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 2, contexts[1].reason
    report = last_mail(app, "status_report", "jane@example.com").decode()
    assert ref in report
    assert "Status: Acknowledged" in report and "Mike Ross" in report


def test_a_stored_track_and_root_are_read_ahead_and_answered_from_memory(app: App) -> None:
    """What the robot check and the notices read comes from the look-ahead, stored or
    absent alike, with no statement of their own."""
    ref, _ = _routed(app, DEFECTS[0])
    esc_id = escalation(app, ref).id
    track = Track(last_text="same again", last_at=app.clock.now(), streak=3, robot_text="")
    with app.db.session() as session:
        reply_tracks.load(session, esc_id, "mike@example.com")
        reply_tracks.save(session, esc_id, "mike@example.com", track, None)
    with app.db.session() as session:
        ahead.look_ahead(session, [ref])
        with _statements(app) as seen:
            stored = reply_tracks.load(session, esc_id, "mike@example.com")
            absent = reply_tracks.load(session, esc_id, "lisa@example.com")
            root = thread_roots.thread_root(session, esc_id, "routed_brief", lambda: "<db>")
            none = thread_roots.thread_root(session, esc_id, "no_such_kind", lambda: "<db>")
    assert stored == (track, False)
    assert absent == (None, False)
    assert root is not None and root != "<db>" and none is None
    assert not seen, seen
