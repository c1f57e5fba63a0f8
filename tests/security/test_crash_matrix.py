"""Promise 3: exactly one effect per message, whatever crashes.

For each crash point (mailbot/faults.py) a real ``mailbot run --once`` process is killed
there (exit 86), then run again without the crash. Afterwards: exactly one escalation
(or one approve), the message in Processed and none left in INBOX, and each outgoing
Message-ID once in the recipient's mailbox. The exception is ``after_250``: the server
took the mail but we died before marking it sent, so the re-run delivers it again *with
the same Message-ID* (RFC 1047's window; recipients' clients collapse it).

Default run: the two points that matter most (inbound commit, outbound 250) for the
forward, on SQLite. ``-m slow``: every point, for the forward and for the approve reply,
on both backends.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from mailbot.faults import POINTS
from mailbot.store.tables import Escalation, Event
from tests.harness.servers import ROSTER
from tests.security.crashproc import (
    FORWARD,
    Worker,
    assert_crashed,
    subject_has,
    wait_past_lease,
)
from tests.support.mail import reply_to

pytestmark = pytest.mark.mail
DEFAULT_POINTS = ("after_commit", "after_250")


def _clear(servers: Any) -> None:
    for user in ROSTER:
        servers.clear(user)


@pytest.fixture
def worker(mail_servers: Any, database_url: str, tmp_path: Path) -> Worker:
    """Both backends: for the slow matrix."""
    _clear(mail_servers)
    return Worker(mail_servers, database_url, tmp_path / "data")


@pytest.fixture
def sqlite_worker(mail_servers: Any, sqlite_template: Path, tmp_path: Path) -> Worker:
    """SQLite only: the reduced default matrix stays within its time budget."""
    _clear(mail_servers)
    path = tmp_path / "crash.sqlite3"
    shutil.copy(sqlite_template, path)
    return Worker(mail_servers, f"sqlite:///{path}", tmp_path / "data")


def _crash_then_recover(worker: Worker, point: str) -> None:
    assert_crashed(worker.run(point), point)
    if point in ("after_claim", "after_250"):
        wait_past_lease()
    worker.run_ok()


def _assert_one_copy(worker: Worker, user: str, subject: str, point: str) -> None:
    ids = worker.mailbox(user, subject_has(subject))
    assert len(set(ids)) == 1, ids
    assert len(ids) == (2 if point == "after_250" else 1), ids


def _assert_inbox_drained(worker: Worker) -> None:
    assert worker.servers.fetch_all("escalations") == []
    assert len(worker.servers.fetch_all("escalations", "Processed")) >= 1


def _forward_once(worker: Worker, point: str) -> None:
    worker.send(FORWARD)
    _crash_then_recover(worker, point)
    assert worker.count(Escalation) == 1
    assert worker.count(Event, kind="created") == 1
    _assert_one_copy(worker, "jane", "Draft for approval", point)
    _assert_inbox_drained(worker)


@pytest.mark.parametrize("point", DEFAULT_POINTS)
def test_forward_survives_a_crash(sqlite_worker: Worker, point: str) -> None:
    _forward_once(sqlite_worker, point)


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_forward_survives_a_crash_full(worker: Worker, point: str) -> None:
    _forward_once(worker, point)


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_approve_survives_a_crash(worker: Worker, point: str) -> None:
    worker.send(FORWARD)
    worker.run_ok()
    request = worker.servers.fetch_all("jane")[-1]
    worker.send(reply_to(request, "jane@example.com", "approve"))
    _crash_then_recover(worker, point)
    assert worker.count(Event, kind="approve") == 1
    assert worker.count(Escalation, status="routed") == 1
    ids = worker.mailbox("eng", subject_has("ESC-2026-0001"))
    assert len(set(ids)) == 1, ids
    if point != "after_250":
        assert len(ids) == 1, ids
