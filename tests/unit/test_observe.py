"""The metrics server's endpoints, readiness, and the JSON log formatter.

The server runs for real on a free loopback port; an unreachable database is a real
PostgreSQL URL on a port where nothing listens (connection refused, no fake).
"""

from __future__ import annotations

import io
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from mailbot.metrics_server import MetricsServer
from mailbot.observe import metrics
from mailbot.observe.logs import JsonFormatter, use_log_format
from mailbot.observe.metrics import WatchStatus
from mailbot.store.db import Database
from mailbot.store.migrate import upgrade
from tests.harness.ports import free_port


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def get(port: int, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(db)
    yield db
    db.dispose()


def serve(db: Database, status: WatchStatus) -> MetricsServer:
    return MetricsServer(f"127.0.0.1:{free_port()}", db, status).start()


def test_ready_after_a_pass_and_unready_when_the_pass_is_stale(sqlite_db: Database) -> None:
    clock = FakeMonotonic()
    status = WatchStatus(monotonic=clock)
    server = serve(sqlite_db, status)
    try:
        code, body = get(server.port, "/readyz")
        assert code == 503 and json.loads(body)["imap"]["problem"] == "no IMAP pass yet"
        status.connected(stale_after=60.0)
        status.passed()
        clock.now += 30
        code, body = get(server.port, "/readyz")
        ready = json.loads(body)
        assert code == 200, ready
        assert ready["status"] == "ready" and ready["database"] == "ok"
        assert ready["imap"] == {
            "connected": True,
            "seconds_since_last_pass": 30.0,
            "problem": None,
        }
        clock.now += 31
        code, body = get(server.port, "/readyz")
        assert code == 503 and "last IMAP pass 61s ago" in json.loads(body)["imap"]["problem"]
        assert get(server.port, "/healthz") == (200, b'{"status": "alive"}')
        assert get(server.port, "/nope")[0] == 404
    finally:
        server.stop()


def test_unready_when_the_database_is_unreachable_while_metrics_still_answer() -> None:
    db = Database(f"postgresql://nobody@127.0.0.1:{free_port()}/missing")
    status = WatchStatus()
    status.connected(stale_after=60.0)
    status.passed()
    before = _value(metrics.DB_ERRORS.collect(), "mailbot_database_errors_total")
    server = serve(db, status)
    try:
        code, body = get(server.port, "/readyz")
        answer = json.loads(body)
        assert code == 503
        assert answer["database"].startswith("unreachable: OperationalError")
        assert answer["imap"]["problem"] is None
        code, text = get(server.port, "/metrics")
        names = {f.name for f in text_string_to_metric_families(text.decode())}
        assert code == 200 and "mailbot_inbound_messages" in names
        assert "mailbot_escalations" not in names  # no made-up zeroes when the store is down
        with pytest.raises(Exception, match="database unavailable"), db.session() as session:
            session.execute(metrics_probe())
        assert _value(metrics.DB_ERRORS.collect(), "mailbot_database_errors_total") == before + 1
    finally:
        server.stop()
        db.dispose()


def metrics_probe() -> Any:
    from sqlalchemy import text

    return text("SELECT 1")


def _value(families: Any, sample_name: str, **labels: str) -> float:
    for family in families:
        for sample in family.samples:
            if sample.name == sample_name and all(
                sample.labels.get(k) == v for k, v in labels.items()
            ):
                return float(sample.value)
    return 0.0


def test_scrape_time_gauges_on_an_empty_store(sqlite_db: Database) -> None:
    server = serve(sqlite_db, WatchStatus())
    try:
        code, text_body = get(server.port, "/metrics")
        families = {f.name: f for f in text_string_to_metric_families(text_body.decode())}
        assert code == 200
        assert families["mailbot_escalations"].samples == []  # empty store: no statuses yet
        assert "mailbot_imap_seconds_since_last_pass" not in families  # no pass yet
    finally:
        server.stop()


def test_json_lines_carry_the_extra_fields() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("tests.observe.json")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logger.info(
            "message %s: %s", "<a@b>", "processed",
            extra={"message_id": "<a@b>", "outcome": "processed", "escalation_id": "ESC-2026-0001"},
        )  # fmt: skip
        try:
            raise ValueError("boom")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["message"] == "message <a@b>: processed"
    assert first["level"] == "INFO" and first["logger"] == "tests.observe.json"
    assert (first["message_id"], first["outcome"], first["escalation_id"]) == (
        "<a@b>", "processed", "ESC-2026-0001",
    )  # fmt: skip
    assert first["time"].endswith("+00:00")
    assert "ValueError: boom" in second["exception"]


def test_use_log_format_switches_root_handlers_only_for_json() -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler(io.StringIO())
    root.addHandler(handler)
    try:
        use_log_format("text")
        assert not isinstance(handler.formatter, JsonFormatter)
        use_log_format("json")
        assert isinstance(handler.formatter, JsonFormatter)
    finally:
        root.removeHandler(handler)
