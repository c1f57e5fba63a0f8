"""`mailbot demo` must pass (not merely run), and `mailbot run` must work with no config."""

from __future__ import annotations

import json
import os
import re
import smtplib
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from imap_tools import MailBoxUnencrypted

from mailbot.demo.scenario import run_demo
from mailbot.demo.threads import acme_forward

ROOT = Path(__file__).resolve().parents[2]
LONDON = ZoneInfo("Europe/London")


# Start moments that broke a demo fast-forwarding a fixed 8 calendar days: a Saturday, a
# Friday after closing (London), Christmas Eve (two bank holidays ahead), and the Friday
# before the clocks go forward. The wall clock of the machine never matters.
DEMO_STARTS = {
    "saturday": datetime(2026, 12, 5, 10, 0, tzinfo=UTC),
    "friday-18:30": datetime(2026, 11, 27, 18, 30, tzinfo=UTC),
    "christmas-eve": datetime(2026, 12, 24, 15, 0, tzinfo=UTC),
    "dst-change": datetime(2026, 3, 27, 16, 0, tzinfo=UTC),
}


@pytest.mark.parametrize("start", DEMO_STARTS.values(), ids=DEMO_STARTS.keys())
def test_demo_plays_the_whole_lifecycle(tmp_path: Path, start: datetime) -> None:
    lines: list[str] = []
    assert run_demo(lines.append, tmp_path, start) == 0, "\n".join(lines)
    text = "\n".join(lines)
    assert f"demo clock starts {start.astimezone(LONDON):%a %d %b %Y}" in text
    for expected in (
        "the P1 brief reached eng@example.com",
        "-> ESC-2026-0001 closed",
        "stall notice sent to Omar and his manager Lisa",
        "re-escalated to CS leadership with the history",
        "Demo complete",
    ):
        assert expected in text
    assert "[closed]" in text and "[routed]" in text  # `show` of both escalations
    assert "ACTIVE BY CATEGORY" in text  # the weekly digest
    assert "clock fast-forwarded" in text


def test_demo_on_the_machines_own_clock(tmp_path: Path) -> None:
    """`mailbot demo` as a user runs it: whatever today is, it passes."""
    lines: list[str] = []
    assert run_demo(lines.append, tmp_path) == 0, "\n".join(lines)
    assert "Demo complete" in "\n".join(lines)


def _banner_ports(proc: subprocess.Popen[str], timeout: float = 30) -> tuple[int, int]:
    deadline = time.monotonic() + timeout
    seen = ""
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        seen += line
        if "watching" in line:
            smtp = re.search(r"SMTP\s+127\.0\.0\.1:(\d+)", seen)
            imap = re.search(r"IMAP\s+127\.0\.0\.1:(\d+)", seen)
            assert smtp and imap, seen
            return int(imap.group(1)), int(smtp.group(1))
    raise AssertionError(f"mailbot run did not start:\n{seen}")


def test_zero_config_run_drafts_a_forward_into_janes_sandbox_mailbox(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAILBOT_", "OPENAI_"))}
    env.update(
        {
            "MAILBOT_DATA_DIR": str(tmp_path),
            "HOME": str(tmp_path),
            "PYTHONPATH": str(ROOT),
            "MAILBOT_POLL_INTERVAL": "1",
        }
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailbot", "run"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        imap_port, smtp_port = _banner_ports(proc)
        forward = acme_forward(datetime.now(UTC))
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=10) as smtp:
            smtp.send_message(forward)
        passwords = json.loads((tmp_path / "sandbox" / "passwords.json").read_text())
        subjects: list[str] = []
        deadline = time.monotonic() + 60  # generous: a loaded 2-core CI machine
        while time.monotonic() < deadline and not subjects:
            with MailBoxUnencrypted("127.0.0.1", imap_port).login(
                "jane@example.com", passwords["jane@example.com"]
            ) as box:
                subjects = [m.subject for m in box.fetch(mark_seen=False)]
            time.sleep(0.5)
    finally:
        proc.terminate()
        rest, _ = proc.communicate(timeout=20)  # drains the pipe, so the output shows below
    assert any("Draft for approval" in s for s in subjects), f"{subjects}\n{rest[-4000:]}"
    assert proc.returncode == 0
