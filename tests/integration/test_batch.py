"""A backlog is stored many messages per transaction (transactions.handle_batch).

What must not change: each message sees the store as if the one before had committed,
every message gets its own outcome and reason, and one bad message costs only itself.
Both backends.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.store.tables import Escalation, MessageRecord, Quarantined
from mailbot.transactions import handle_batch
from tests.security.support import FORWARD, HOSTILE, fresh_id, poison_dispatch, rewrite
from tests.support.flow import escalation, event_kinds, last_mail, open_routed
from tests.support.mail import reply_to


def _escalations(app: App) -> int:
    with app.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Escalation)) or 0)


def test_each_message_of_a_batch_gets_its_own_outcome(app: App) -> None:
    first = fresh_id(FORWARD, "a")
    automatic = rewrite(fresh_id(FORWARD, "auto"), add=[("Auto-Submitted", "auto-replied")])
    raws = [first, first, (HOSTILE / "empty.eml").read_bytes(), automatic, fresh_id(FORWARD)]

    contexts = handle_batch(app, ((raw, None) for raw in raws))

    assert [c.outcome for c in contexts] == [
        Disposition.PROCESSED, Disposition.PROCESSED, Disposition.QUARANTINED,
        Disposition.PROCESSED, Disposition.PROCESSED,
    ]  # fmt: skip
    assert "opened" in contexts[0].reason and contexts[0].escalation_ref
    assert contexts[1].reason == "duplicate Message-ID: already handled"  # saw message 1
    assert contexts[2].reason.startswith("unreadable")
    assert contexts[3].reason.startswith("automatic mail ignored")
    assert contexts[4].escalation_ref not in ("", contexts[0].escalation_ref)
    assert _escalations(app) == 2
    with app.db.session() as session:
        inbound = session.scalar(
            select(func.count()).select_from(MessageRecord).where(MessageRecord.direction == "in")
        )
        held = session.scalar(select(func.count()).select_from(Quarantined))
    assert (inbound, held) == (3, 1)  # the duplicate is not recorded twice


def test_a_later_message_sees_the_state_an_earlier_one_left(app: App) -> None:
    ref = open_routed(app)
    brief = last_mail(app, "routed_brief")
    ack = reply_to(brief, "mike@example.com", "ack", when=app.clock.now())
    resolved = reply_to(brief, "mike@example.com", "resolved", when=app.clock.now())

    contexts = handle_batch(app, [(ack, None), (resolved, None)])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED, Disposition.PROCESSED]
    assert escalation(app, ref).status == "resolved"
    assert event_kinds(app, ref)[-2:] == ["ack", "resolved"]


def test_one_poison_message_costs_only_itself(
    app: App, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    poison_dispatch(monkeypatch)
    poison = rewrite(fresh_id(FORWARD, "p"), drop=["Subject"], add=[("Subject", "Fwd: POISON")])
    raws = [fresh_id(FORWARD, "g1"), poison, fresh_id(FORWARD, "g2")]

    contexts = handle_batch(app, ((raw, None) for raw in raws))

    assert [c.outcome for c in contexts] == [
        Disposition.PROCESSED,
        Disposition.RETRY,
        Disposition.PROCESSED,
    ]
    assert "handler bug" in contexts[1].reason
    assert _escalations(app) == 2  # the first good one was rolled back once, stored once
    assert "batch of 3 rolled back after 1" in caplog.text


def test_a_batch_given_as_a_list_hands_each_message_on_once(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    poison_dispatch(monkeypatch)
    poison = rewrite(fresh_id(FORWARD, "p"), drop=["Subject"], add=[("Subject", "Fwd: POISON")])
    raws = [fresh_id(FORWARD, "l1"), poison, fresh_id(FORWARD, "l2")]

    contexts = handle_batch(app, [(raw, None) for raw in raws])  # a list, as bench/handle.py

    assert [c.outcome for c in contexts] == [
        Disposition.PROCESSED,
        Disposition.RETRY,
        Disposition.PROCESSED,
    ]  # not six: the list is not handed on again after the messages already taken


def test_a_database_outage_costs_the_batch_and_one_message_not_one_timeout_each(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mailbot import transactions
    from mailbot.errors import StoreError

    calls: list[int] = []

    def down(*args: object) -> None:
        calls.append(1)
        raise StoreError("database unavailable: locked")

    monkeypatch.setattr(transactions.store_inbound, "record", down)
    raws = [fresh_id(FORWARD, f"o{i}") for i in range(3)]

    contexts = handle_batch(app, ((raw, None) for raw in raws))

    assert [c.outcome for c in contexts] == [Disposition.RETRY] * 3
    assert all("locked" in c.reason for c in contexts)
    assert len(calls) == 1 + 1  # the batch, then the first message alone: down, stop there
    assert _escalations(app) == 0  # rolled back: nothing half-stored


def test_a_connection_that_keeps_resetting_still_commits_messages_one_by_one(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failure injection: every third transaction (the batch's among them) fails on commit.

    Retried as a whole, a batch would never commit; one message per transaction
    after the failed batch, most of them do, each exactly once.
    """
    from collections.abc import Iterator
    from contextlib import contextmanager
    from itertools import count

    from sqlalchemy.orm import Session

    from mailbot.errors import StoreError

    real, numbers = app.db.session, count()

    @contextmanager
    def resetting() -> Iterator[Session]:
        failing = next(numbers) % 3 == 0
        with real() as session:
            yield session
            if failing:
                raise StoreError("database unavailable: connection reset by peer")

    monkeypatch.setattr(app.db, "session", resetting)
    raws = [fresh_id(FORWARD, f"r{i}") for i in range(20)]

    contexts = handle_batch(app, ((raw, None) for raw in raws))

    done = [c for c in contexts if c.outcome is Disposition.PROCESSED]
    assert len(done) >= 12, [c.reason for c in contexts]
    rest = [c for c in contexts if c not in done]
    assert all(c.outcome is Disposition.RETRY and "reset" in c.reason for c in rest)
    monkeypatch.undo()
    assert _escalations(app) == len(done)  # every committed message once, nothing half-stored
