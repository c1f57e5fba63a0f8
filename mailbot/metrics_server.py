"""The metrics endpoint of `mailbot run`: /metrics, /healthz and /readyz on one address.

A plain ``http.server`` thread: three GET paths do not justify a web framework, and it
keeps working while the service threads are busy. /readyz answers 503 with the reason
when the database does not answer or the watcher has not passed recently, so an
orchestrator stops routing to (or restarts) an instance that cannot do its job.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from sqlalchemy import func, select, text

from mailbot.observe import metrics
from mailbot.observe.metrics import WatchStatus
from mailbot.store.db import Database
from mailbot.store.tables import Escalation, OutboxItem

log = logging.getLogger(__name__)
_PATHS = ("/metrics", "/healthz", "/readyz")


class StoreCollector:
    """Gauges computed at scrape time: one GROUP BY each, no bookkeeping to drift."""

    def __init__(self, db: Database, status: WatchStatus) -> None:
        self.db, self.status = db, status

    def collect(self) -> Iterator[Metric]:
        since = self.status.seconds_since_pass()
        if since is not None:
            yield GaugeMetricFamily(
                "mailbot_imap_seconds_since_last_pass",
                "Seconds since the watcher last completed a pass.",
                value=since,
            )
        try:
            with self.db.engine.connect() as conn:
                families = [
                    self._by_status(conn, Escalation.status, "mailbot_escalations", "Escalations"),
                    self._by_status(conn, OutboxItem.status, "mailbot_outbox_items", "Outbox mail"),
                ]
        except Exception as exc:  # the scrape still answers; /readyz says what is wrong
            log.warning("metrics: database query failed: %s", exc)
            return
        yield from families

    @staticmethod
    def _by_status(conn: Any, column: Any, name: str, what: str) -> GaugeMetricFamily:
        family = GaugeMetricFamily(name, f"{what} by status.", labels=["status"])
        for status, count in conn.execute(select(column, func.count()).group_by(column)):
            family.add_metric([str(status)], count)
        return family


def readiness(db: Database, status: WatchStatus) -> tuple[bool, dict[str, Any]]:
    """Ready when the database answers ``SELECT 1`` and the watcher passed recently."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        database = "ok"
    except Exception as exc:
        database = f"unreachable: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    imap_problem = status.problem()
    ready = database == "ok" and imap_problem is None
    since = status.seconds_since_pass()
    return ready, {
        "status": "ready" if ready else "unready",
        "database": database,
        "imap": {
            "connected": status.is_connected,
            "seconds_since_last_pass": None if since is None else round(since, 1),
            "problem": imap_problem,
        },
    }


class MetricsServer:
    """Serves the endpoints on ``host:port`` from a daemon thread until :meth:`stop`."""

    def __init__(self, address: str, db: Database, status: WatchStatus) -> None:
        host, _, port = address.rpartition(":")
        host = host.strip("[]")
        self.registry = CollectorRegistry(auto_describe=True)
        for collector in (*metrics.ALL, StoreCollector(db, status)):
            self.registry.register(collector)
        handler = _handler(self.registry, db, status)
        server_class = _V6Server if ":" in host else ThreadingHTTPServer
        self.httpd = server_class((host, int(port)), handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, name="metrics", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def start(self) -> MetricsServer:
        self._thread.start()
        log.info("metrics on http://%s:%d/metrics", self.httpd.server_address[0], self.port)
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


class _V6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def _handler(
    registry: CollectorRegistry, db: Database, status: WatchStatus
) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                self._send(200, CONTENT_TYPE_LATEST, generate_latest(registry))
            elif path == "/healthz":
                self._json(200, {"status": "alive"})
            elif path == "/readyz":
                ready, body = readiness(db, status)
                self._json(200 if ready else 503, body)
            else:
                self._json(
                    404, {"error": "not found", "paths": ["/metrics", "/healthz", "/readyz"]}
                )

        def _json(self, code: int, body: dict[str, Any]) -> None:
            self._send(code, "application/json", json.dumps(body).encode())

        def _send(self, code: int, content_type: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("metrics request: " + format, *args)

    return Handler
