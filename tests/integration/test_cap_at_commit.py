"""Daily-cap counts added at commit (mailbot/store/cap_counts.py), on both backends: no
statement until the commit, one for all pairs then; a count that no longer fits there
writes nothing and the transaction is redone counting each pair at once, so every
decision is the one the per-pair upsert would have made.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store import cap_counts, direct, pending, repo
from mailbot.store.cap_counts import CapContended
from mailbot.store.db import Database
from mailbot.store.tables import MessageRecord, SendCount
from mailbot.transactions import handle, handle_batch
from tests.integration.test_write_behind import _record
from tests.security.support import FORWARD, draft_jobs, fresh_id
from tests.support.flow import last_mail, outbox
from tests.support.mail import reply_to

AT = datetime(2026, 11, 26, 11, 30, tzinfo=UTC)
DAY = AT.date()
JANE = "jane@example.com"


def _stored(db: Database, day: date = DAY) -> dict[str, int]:
    with db.session() as session:
        counts = session.scalars(select(SendCount).where(SendCount.day == day))
        return {c.recipient: c.count for c in counts}


def _calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements the fast path runs, by their first words."""
    seen: list[str] = []
    for name in ("execute", "execute_all", "execute_many"):
        real = getattr(direct, name)

        def spy(connection: Any, stmt: Any, values: Any, real: Any = real) -> Any:
            seen.append(" ".join(str(stmt).split()[:3]))
            return real(connection, stmt, values)

        monkeypatch.setattr(direct, name, spy)
    return seen


def test_counts_wait_for_the_commit_and_go_in_as_one_statement(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _calls(monkeypatch)
    with db.session() as session:
        cap_counts.count_at_commit(session)
        answers = [pending.count_send(session, r, DAY, 5) for r in ("c@x", "a@x", "b@x") * 2]
        assert answers == [True] * 6
        assert seen == []  # nothing read, nothing written yet
    assert seen == ["INSERT INTO send_counts"]
    assert _stored(db) == {"a@x": 2, "b@x": 2, "c@x": 2}


def test_at_commit_the_cap_decides_exactly_at_its_edge(db: Database) -> None:
    with db.session() as session:
        cap_counts.count_at_commit(session)
        answers = [pending.count_send(session, "ana@x", DAY, 3) for _ in range(5)]
    assert answers == [True, True, True, False, False]
    assert _stored(db) == {"ana@x": 3}


def test_a_count_that_no_longer_fits_writes_nothing(db: Database) -> None:
    with db.session() as session:
        assert pending.count_send(session, "bo@x", DAY, 3) is True  # stored: 1
    with pytest.raises(CapContended), db.session() as session:
        cap_counts.count_at_commit(session)
        repo.insert_row(session, MessageRecord, _record("<mine@x>"))
        assert pending.count_send(session, "bo@x", DAY, 3) is True
        assert pending.count_send(session, "al@x", DAY, 3) is True
        assert pending.count_send(session, "bo@x", DAY, 3) is True  # 1 + 2 fits, alone
        with db.session() as other:  # another instance takes a slot meanwhile
            assert pending.count_send(other, "bo@x", DAY, 3) is True  # stored: 2
    assert _stored(db) == {"bo@x": 2}  # ours would make 4: none of the transaction's rows
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(MessageRecord)) == 0


def test_a_swallowed_contention_still_fails_the_commit(db: Database) -> None:
    with db.session() as session:
        for _ in range(2):
            pending.count_send(session, "cy@x", DAY, 2)  # stored: 2, the cap
    with pytest.raises(CapContended), db.session() as session:
        cap_counts.count_at_commit(session)
        assert pending.count_send(session, "cy@x", DAY, 2) is True
        with pytest.raises(CapContended):
            pending.write(session)  # e.g. before a read of send_counts
    assert _stored(db) == {"cy@x": 2}


def test_a_batch_whose_count_does_not_fit_is_redone_and_holds_the_mail(
    settings: Settings,
    routing: Routing,
    clock: FrozenClock,
    db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    capped = settings.model_copy(update={"daily_cap_per_recipient": 2})
    app = App(settings=capped, routing=routing, db=db, clock=clock)
    assert handle(app, fresh_id(FORWARD, "capped")).outcome is Disposition.PROCESSED
    assert draft_jobs(app) == 1  # the approval request to Jane: her first mail today
    with db.session() as session:  # another mail to her: she is at the cap
        assert pending.count_send(session, JANE, clock.now().date(), 2) is True
    approve = reply_to(last_mail(app, "approval_request"), JANE, "approve", when=clock.now())
    with caplog.at_level(logging.INFO, logger="mailbot.transactions"):
        contexts = handle_batch(app, [(approve, None)])
    assert [c.outcome for c in contexts] == [Disposition.PROCESSED]
    assert [i.status for i in outbox(app, "confirmation", JANE)] == ["held"]
    assert _stored(db, clock.now().date())[JANE] == 2  # and one held for tomorrow
    assert "batch handled again, counted at once" in caplog.text
