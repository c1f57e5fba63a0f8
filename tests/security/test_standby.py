"""Two `mailbot run` instances: one leads, the other waits and takes over (issue 17 §4).

Real processes on the loopback Dovecot: the leader is killed with SIGKILL, as a power cut
would, and the standby must lead within 30 s with nothing processed twice or lost.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from mailbot.store.tables import Escalation, OutboxItem
from tests.harness.servers import ROSTER
from tests.security.crashproc import FORWARD, Worker, subject_has
from tests.security.support import fresh_id
from tests.support.databases import truncate_all

pytestmark = pytest.mark.mail
TAKEOVER_LIMIT = 30.0


class Instance:
    """A `mailbot run` process whose output lines can be waited for."""

    def __init__(self, worker: Worker) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailbot", "run"],
            env=worker.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        with self.proc.stdout:  # closed at EOF, else a ResourceWarning (warnings are errors)
            for line in self.proc.stdout:
                self.lines.put(line)

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self.lines.empty():
                    break
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} within {timeout} s; output:\n{''.join(self.seen)}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _wait_drafts(worker: Worker, count: int, timeout: float = 60.0) -> list[str]:
    deadline = time.monotonic() + timeout
    ids: list[str] = []
    while time.monotonic() < deadline:
        ids = worker.mailbox("jane", subject_has("Draft for approval"))
        if len(ids) >= count:
            return ids
        time.sleep(0.3)
    raise AssertionError(f"{len(ids)} drafts reached Jane, expected {count}")


def _wait_sent(worker: Worker, kind: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while worker.count(OutboxItem, kind=kind, status="sent") < 1:
        if time.monotonic() > deadline:
            raise AssertionError(f"no {kind} marked sent within {timeout} s")
        time.sleep(0.2)


@pytest.mark.postgres
def test_standby_takes_over_within_30s_after_kill_9(
    mail_servers: Any, pg_database_url: str, tmp_path: Path
) -> None:
    for user in ROSTER:
        mail_servers.clear(user)
    workers = [Worker(mail_servers, pg_database_url, tmp_path / n) for n in ("a", "b")]
    leader = Instance(workers[0])
    standby: Instance | None = None
    try:
        leader.wait_for("leader:")
        standby = Instance(workers[1])
        standby.wait_for("standby:")
        workers[0].send(fresh_id(FORWARD, "before-failover"))
        _wait_drafts(workers[0], 1)
        # Killed between SMTP 250 and the row's "sent", the leader's draft would go out again
        # (same bytes and Message-ID: the outbox is at least once by design, its crash points
        # are tested in test_crash_matrix); this test is about the mail processed once.
        _wait_sent(workers[0], "approval_request")
        os.kill(leader.proc.pid, signal.SIGKILL)
        killed = time.monotonic()
        standby.wait_for("leader:", timeout=TAKEOVER_LIMIT + 30)
        took = time.monotonic() - killed
        print(f"\nstandby took over {took:.1f} s after kill -9 of the leader")
        assert took < TAKEOVER_LIMIT
        workers[1].send(fresh_id(FORWARD, "after-failover"))
        ids = _wait_drafts(workers[1], 2)
        time.sleep(2)  # anything processed twice would show up as a third draft by now
        ids = workers[1].mailbox("jane", subject_has("Draft for approval"))
        assert len(ids) == len(set(ids)) == 2, ids
        assert workers[1].count(Escalation) == 2
        assert mail_servers.fetch_all("escalations") == []  # nothing left unprocessed
    finally:
        leader.stop()
        if standby is not None:
            standby.stop()
        from mailbot.store.db import Database

        db = Database(pg_database_url)
        truncate_all(db)
        db.dispose()


def test_second_instance_on_sqlite_refuses_with_one_line(
    mail_servers: Any, sqlite_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    shutil.copy(sqlite_template, path)
    workers = [Worker(mail_servers, f"sqlite:///{path}", tmp_path / n) for n in ("a", "b")]
    first = Instance(workers[0])
    try:
        first.wait_for("leader:")
        second = subprocess.run(
            [sys.executable, "-m", "mailbot", "run"],
            env=workers[1].env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 1
        errors = [line for line in second.stderr.splitlines() if line.strip()]
        assert len(errors) == 1 and "SQLite cannot have a standby" in errors[0], second.stderr
        assert f"pid {first.proc.pid}" in errors[0]
    finally:
        first.stop()
    # the lock dies with its holder: a new instance leads at once
    third = Instance(workers[1])
    try:
        third.wait_for("leader:")
    finally:
        third.stop()
