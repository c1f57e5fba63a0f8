"""Promise 3, the other faults: the database away, the mailbox recreated, two workers.

Each uses real ``mailbot run --once`` processes on the loopback Dovecot; the outbox's own
SMTP faults (4xx retried with the same Message-ID, 5xx failed with one alert, a
connection dropped after DATA) are proven in tests/integration/test_outbox.py, and the
IDLE session kicked by ``doveadm kick`` in tests/integration/test_watch_loop.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from mailbot.store.db import Database
from mailbot.store.tables import Escalation
from tests.harness.servers import ROSTER
from tests.security.crashproc import FORWARD, Worker, subject_has
from tests.security.support import fresh_id
from tests.support.databases import truncate_all

pytestmark = pytest.mark.mail


@pytest.fixture
def sqlite_worker(mail_servers: Any, sqlite_template: Path, tmp_path: Path) -> Worker:
    for user in ROSTER:
        mail_servers.clear(user)
    path = tmp_path / "store.sqlite3"
    shutil.copy(sqlite_template, path)
    return Worker(mail_servers, f"sqlite:///{path}", tmp_path / "data")


@pytest.mark.parametrize(
    "where", ["postgres port with nothing listening", "unopenable sqlite file"]
)
def test_database_unavailable_loses_nothing(
    sqlite_worker: Worker, tmp_path: Path, where: str
) -> None:
    worker = sqlite_worker
    for n in range(3):
        worker.send(fresh_id(FORWARD, f"dbdown{n}"))
    if where == "unopenable sqlite file":
        blocked = tmp_path / "blocked.sqlite3"
        blocked.mkdir()  # a directory where the file should be: root ignores a read-only mode
        url = f"sqlite:///{blocked}"
    else:
        url = "postgresql+psycopg://postgres@127.0.0.1:9/nothing"  # discard port: refused
    down = worker.run(MAILBOT_DATABASE_URL=url)
    assert down.returncode not in (0, 86), down.stdout
    assert len(worker.servers.fetch_all("escalations")) == 3, "mail left where it was"
    worker.run_ok()
    assert worker.count(Escalation) == 3
    assert worker.servers.fetch_all("escalations") == []
    assert len(set(worker.mailbox("jane", subject_has("Draft for approval")))) == 3


def test_uidvalidity_change_reprocesses_nothing(sqlite_worker: Worker) -> None:
    """A restored mailbox: same mail back in INBOX under new UIDs; dedupe by Message-ID."""
    worker = sqlite_worker
    worker.send(FORWARD)
    worker.run_ok()
    assert worker.count(Escalation) == 1
    worker.servers.append("escalations", "INBOX", FORWARD.replace(b"\n", b"\r\n"))
    worker.servers.set_uidvalidity("escalations", "INBOX", 4_000_000_001)
    worker.run_ok()
    assert worker.count(Escalation) == 1
    assert worker.servers.fetch_all("escalations") == []
    assert len(worker.mailbox("jane", subject_has("Draft for approval"))) == 1


@pytest.mark.postgres
def test_two_workers_at_once_one_effect_each(
    mail_servers: Any, pg_database_url: str, tmp_path: Path
) -> None:
    """Two ``run --once`` processes on one mailbox and one PostgreSQL store."""
    for user in ROSTER:
        mail_servers.clear(user)
    _truncate(pg_database_url)
    try:
        # The production lease (300 s), not the crash tests' 1 s: with a 1 s lease a slow
        # send lets the other instance claim the same item again, which is the documented
        # resend-after-lease behaviour, not a duplicate effect.
        worker = Worker(
            mail_servers, pg_database_url, tmp_path / "data", MAILBOT_OUTBOX_LEASE="300"
        )
        _two_workers(worker)
    finally:
        _truncate(pg_database_url)  # the session database is shared with the other tests


def _truncate(url: str) -> None:
    db = Database(url)
    truncate_all(db)
    db.dispose()


def _two_workers(worker: Worker) -> None:
    for n in range(6):
        worker.send(fresh_id(FORWARD, f"pair{n}"))
    procs = [worker.start(), worker.start()]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
    worker.run_ok()  # whatever either left half-done
    assert worker.count(Escalation) == 6
    ids = worker.mailbox("jane", subject_has("Draft for approval"))
    assert len(ids) == len(set(ids)) == 6, ids
    assert worker.servers.fetch_all("escalations") == []
