"""`mailbot run` as an operator runs it: metrics, health endpoints and JSON log lines.

A real ``python -m mailbot run`` process against the loopback Dovecot + SMTP harness,
with ``MAILBOT_METRICS_ADDRESS`` on a free port and ``MAILBOT_LOG_FORMAT=json``: mail is
processed for real, then /metrics is scraped and every stderr line parsed as JSON.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.harness.mailclient import MailServers
from tests.harness.ports import free_port
from tests.harness.servers import ROSTER
from tests.harness.watching import raw_message

ROOT = Path(__file__).resolve().parents[2]
FORWARD = ROOT / "tests" / "fixtures" / "forwards" / "gmail_acme_api_latency.eml"
pytestmark = pytest.mark.mail


def _get(port: int, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def _scrape(port: int) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    code, body = _get(port, "/metrics")
    assert code == 200
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(body.decode())
        for s in family.samples
    }


def _value(samples: dict[Any, float], name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def _until(check: Callable[[], bool], what: str, timeout: float = 40.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"not within {timeout}s: {what}"
        time.sleep(0.2)


def test_run_serves_metrics_health_and_json_logs(
    mail_servers: MailServers, database_url: str, tmp_path: Path
) -> None:
    for user in ROSTER:
        mail_servers.clear(user)
    port = free_port()
    env = {
        **os.environ,
        "MAILBOT_DATA_DIR": str(tmp_path / "data"),
        "MAILBOT_DATABASE_URL": database_url,
        "MAILBOT_SECRET_KEY": "test-secret-key-0123456789",
        "MAILBOT_ROUTING_FILE": str(ROOT / "routing" / "routing.toml"),
        "MAILBOT_IMAP_URL": mail_servers.imap_url("escalations"),
        "MAILBOT_SMTP_URL": f"smtp://127.0.0.1:{mail_servers.smtp_port}",
        "MAILBOT_METRICS_ADDRESS": f"127.0.0.1:{port}",
        "MAILBOT_LOG_FORMAT": "json",
        "MAILBOT_PARSE_PROCESSES": "0",
        "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path]),
    }
    env.pop("OPENAI_API_KEY", None)
    stderr = (tmp_path / "stderr.log").open("w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailbot", "run"], env=env, stdout=subprocess.DEVNULL, stderr=stderr
    )
    try:
        _until(lambda: _get(port, "/readyz")[0] == 200, "/readyz answers 200")
        assert _get(port, "/healthz") == (200, b'{"status": "alive"}')
        assert _value(_scrape(port), "mailbot_imap_connected") == 1
        crlf = re.sub(rb"(?<!\r)\n", b"\r\n", FORWARD.read_bytes())
        mail_servers.send(crlf, "jane@example.com", ["escalations@example.com"])
        no_from = raw_message("who sent this?").replace(b"From: csm@example.com\r\n", b"")
        mail_servers.send(no_from, "nobody@example.com", ["escalations@example.com"])

        def moved() -> bool:
            s = _scrape(port)
            return (
                _value(s, "mailbot_drafts_total", drafter="offline") == 1
                and _value(s, "mailbot_outbox_items", status="sent") >= 1
                and _value(
                    s, "mailbot_inbound_messages_total", outcome="quarantined", reason="sender"
                )
                == 1
            )

        _until(moved, "the forward drafted and sent, the From-less mail quarantined")
        samples = _scrape(port)
        assert (
            _value(
                samples, "mailbot_inbound_messages_total", outcome="processed", reason="dispatch"
            )
            == 1
        )
        assert _value(samples, "mailbot_drafts_total", drafter="offline") == 1
        assert _value(samples, "mailbot_escalations", status="draft") == 1
        assert _value(samples, "mailbot_outbox_deliveries_total", result="sent") >= 1
        assert _value(samples, "mailbot_imap_seconds_since_last_pass") < 60
        assert _value(samples, "mailbot_imap_last_pass_timestamp_seconds") > 1.7e9
        mail_servers.wait_for("jane", lambda msgs: len(msgs) == 1)
    finally:
        proc.send_signal(signal.SIGTERM)
        returncode = proc.wait(timeout=20)
    assert returncode == 0
    assert _get(port, "/healthz")[0] == 0  # the endpoint went away with the service
    stderr.seek(0)
    with stderr:  # closed once read, else a ResourceWarning (pytest runs with warnings as errors)
        logged = stderr.read()
    lines = [json.loads(line) for line in logged.splitlines() if line.strip()]
    outcomes = {(e.get("outcome"), e.get("step")): e for e in lines if "message_id" in e}
    forward = outcomes[("processed", "dispatch")]
    assert re.fullmatch(r"ESC-\d{4}-0001", forward["escalation_id"])
    sent_id = re.search(rb"^Message-ID:\s*<([^>]+)>", FORWARD.read_bytes(), re.M | re.I)
    assert sent_id is not None and forward["message_id"] == sent_id[1].decode()
    assert forward["level"] == "INFO" and forward["logger"] == "mailbot.pipeline"
    assert outcomes[("quarantined", "sender")]["escalation_id"] is None
