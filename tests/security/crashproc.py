"""Run ``mailbot run --once`` as a separate process against the loopback mail servers.

The exactly-once tests kill the real process at a named crash point (mailbot/faults.py)
and start it again, as a power cut and a restart would; nothing is shared with the test
process but the database and the mailboxes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from email import message_from_bytes
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from mailbot.faults import CRASH_EXIT_CODE
from mailbot.store.db import Database
from mailbot.store.tables import Escalation, Event, OutboxItem

ROOT = Path(__file__).resolve().parents[2]
FORWARD = (ROOT / "tests" / "fixtures" / "forwards" / "gmail_acme_api_latency.eml").read_bytes()


class Worker:
    """One mailbot installation: data dir, database and mail URLs, run as subprocesses."""

    def __init__(self, servers: Any, database_url: str, data_dir: Path, **extra: str) -> None:
        self.servers, self.database_url = servers, database_url
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MAILBOT_", "OPENAI_"))}
        env.update(
            {
                "PYTHONPATH": str(ROOT),
                "MAILBOT_DATA_DIR": str(data_dir),
                "MAILBOT_DATABASE_URL": database_url,
                "MAILBOT_IMAP_URL": servers.imap_url("escalations"),
                "MAILBOT_SMTP_URL": f"smtp://127.0.0.1:{servers.smtp_port}",
                "MAILBOT_SECRET_KEY": "crash-test-secret-0123456789",
                "MAILBOT_ROUTING_FILE": str(ROOT / "routing" / "routing.toml"),
                "MAILBOT_TESTING": "1",
                "MAILBOT_OUTBOX_LEASE": "1",
                "MAILBOT_POLL_INTERVAL": "1",
                **extra,
            }
        )
        self.env = env

    def start(self, crash_at: str | None = None, **extra: str) -> subprocess.Popen[str]:
        env = {**self.env, **extra}
        if crash_at:
            env["MAILBOT_CRASH_AT"] = crash_at
        return subprocess.Popen(
            [sys.executable, "-m", "mailbot", "run", "--once"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, crash_at: str | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
        proc = self.start(crash_at, **extra)
        out, err = proc.communicate(timeout=120)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)

    def run_ok(self) -> None:
        result = self.run()
        assert result.returncode == 0, result.stderr[-2000:]

    def send(self, raw: bytes, sender: str = "jane@example.com") -> None:
        crlf = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        before = len(self.servers.fetch_all("escalations"))
        self.servers.send(crlf, sender, ["escalations@example.com"])
        self.servers.wait_for("escalations", lambda msgs: len(msgs) > before)

    def count(self, table: type[Escalation] | type[Event] | type[OutboxItem], **where: str) -> int:
        db = Database(self.database_url)
        try:
            with db.session() as session:
                stmt = select(func.count()).select_from(table)
                for name, value in where.items():
                    stmt = stmt.where(getattr(table, name) == value)
                return int(session.scalar(stmt) or 0)
        finally:
            db.dispose()

    def mailbox(self, user: str, keep: Callable[[bytes], bool] = lambda _m: True) -> list[str]:
        """Message-IDs in ``user``'s INBOX (duplicates kept), oldest first."""
        return [
            str(message_from_bytes(m)["Message-ID"])
            for m in self.servers.fetch_all(user)
            if keep(m)
        ]


def subject_has(text: str) -> Callable[[bytes], bool]:
    return lambda raw: text.lower() in str(message_from_bytes(raw)["Subject"]).lower()


def wait_past_lease() -> None:
    """MAILBOT_OUTBOX_LEASE=1: a claimed-but-unconfirmed item is due again after a second."""
    time.sleep(1.2)


def assert_crashed(result: subprocess.CompletedProcess[str], point: str) -> None:
    assert result.returncode == CRASH_EXIT_CODE, (point, result.returncode, result.stderr[-2000:])
    assert f"simulated crash at {point}" in result.stderr
