"""The metrics mailbot records, and the one-line helpers the instrumented code calls.

The metric objects are module-level and registered in no registry: the metrics server
builds its own registry from :data:`ALL` plus a scrape-time collector, so tests and a
second service in one process never clash over duplicate names. Counting happens after
the work is committed (or sent), so a rolled-back transaction is not counted.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from prometheus_client import Counter, Gauge, Histogram
from prometheus_client.registry import Collector

INBOUND = Counter(
    "mailbot_inbound_messages",
    "Inbound messages by outcome and the pipeline step (or reason) that decided it.",
    ["outcome", "reason"],
    registry=None,
)
OUTBOX = Counter(
    "mailbot_outbox_deliveries",
    "Outbox delivery attempts by result: sent, deferred (transient, retried) or failed.",
    ["result"],
    registry=None,
)
DRAFTS = Counter("mailbot_drafts", "Briefs drafted, by drafter.", ["drafter"], registry=None)
DRAFT_FAILURES = Counter("mailbot_draft_failures", "Drafting jobs that raised.", registry=None)
LLM_SECONDS = Histogram(
    "mailbot_llm_request_seconds",
    "LLM request latency by result (ok or error).",
    ["result"],
    buckets=(0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120),
    registry=None,
)
LLM_TOKENS = Counter("mailbot_llm_tokens", "LLM tokens by direction.", ["direction"], registry=None)
LLM_COST = Counter("mailbot_llm_cost_usd", "Estimated LLM cost in US dollars.", registry=None)
SCHEDULED = Counter(
    "mailbot_scheduled_actions",
    "Scheduled actions performed, by kind (ack_warning is the SLA warning, *_breach the "
    "breaches, stall and reminders the rest).",
    ["kind"],
    registry=None,
)
LOOP_HOLDS = Counter(
    "mailbot_loop_breaker_holds", "Replies withheld because the sender answers like a robot.",
    registry=None,
)  # fmt: skip
DB_ERRORS = Counter("mailbot_database_errors", "Database unavailable errors.", registry=None)
IMAP_CONNECTED = Gauge("mailbot_imap_connected", "1 while the watcher is connected.", registry=None)
IMAP_LAST_PASS = Gauge(
    "mailbot_imap_last_pass_timestamp_seconds",
    "Unix time of the last complete pass over the watched folder.",
    registry=None,
)

ALL: tuple[Collector, ...] = (
    INBOUND, OUTBOX, DRAFTS, DRAFT_FAILURES, LLM_SECONDS, LLM_TOKENS, LLM_COST, SCHEDULED,
    LOOP_HOLDS, DB_ERRORS, IMAP_CONNECTED, IMAP_LAST_PASS,
)  # fmt: skip


def inbound(outcome: str, reason: str) -> None:
    INBOUND.labels(outcome=outcome, reason=reason).inc()


def delivery(result: str) -> None:
    OUTBOX.labels(result=result).inc()


def drafted(drafter: str) -> None:
    DRAFTS.labels(drafter=drafter).inc()


def llm_request(seconds: float, ok: bool, tokens_in: int, tokens_out: int, cost: float) -> None:
    LLM_SECONDS.labels(result="ok" if ok else "error").observe(seconds)
    LLM_TOKENS.labels(direction="input").inc(tokens_in)
    LLM_TOKENS.labels(direction="output").inc(tokens_out)
    LLM_COST.inc(cost)


def scheduled(kind: str) -> None:
    SCHEDULED.labels(kind=kind).inc()


def loop_breaker_hold() -> None:
    """For the robot detector: one reply withheld from a sender that answers like a robot."""
    LOOP_HOLDS.inc()


def database_error() -> None:
    DB_ERRORS.inc()


class WatchStatus:
    """What the IMAP watcher last did; read by /readyz and mirrored into the gauges.

    ``stale_after`` comes from the watcher when it connects: the longest it will wait
    between passes (IDLE re-issue or poll interval) plus time for a slow pass.
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self.is_connected = False
        self.last_pass: float | None = None  # monotonic
        self.stale_after = 0.0

    def connected(self, stale_after: float) -> None:
        with self._lock:
            self.is_connected, self.stale_after = True, stale_after
        IMAP_CONNECTED.set(1)

    def disconnected(self) -> None:
        with self._lock:
            self.is_connected = False
        IMAP_CONNECTED.set(0)

    def passed(self) -> None:
        with self._lock:
            self.last_pass = self._monotonic()
        IMAP_LAST_PASS.set(time.time())

    def seconds_since_pass(self) -> float | None:
        last = self.last_pass
        return None if last is None else max(0.0, self._monotonic() - last)

    def problem(self) -> str | None:
        """None when the watcher passed recently enough; else why not."""
        since = self.seconds_since_pass()
        if since is None:
            return "no IMAP pass yet"
        if since > self.stale_after:
            return f"last IMAP pass {since:.0f}s ago (limit {self.stale_after:.0f}s)"
        return None
