"""Reply latency: SMTP 250 → the event committed in the store, with `mailbot run` on IDLE.

    PYTHONPATH=. python bench/latency.py                 # 300 replies at 5/s, twice
    PYTHONPATH=. python bench/latency.py --replies 100 --rate 10 --backend postgres

Phase 1: ``python -m mailbot run`` (a child; the watcher waits in IMAP IDLE) and team
replies (``update: …`` on routed briefs, through their Reply-To tokens) submitted over
SMTP at a steady rate. A poller reads new rows of ``events`` every 10 ms and matches
them to the replies by Message-ID. Phase 2 repeats it with the LLM drafter pointed at a
scripted OpenAI-compatible server on 127.0.0.1 that sleeps 20 s per completion, after 10
new forwards have queued drafts, so drafting is busy for the whole phase. Drafting runs
in its own thread: the figures of both phases should match.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import smtplib
import subprocess
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.common import banner, child_env, mailbot_argv, percentiles
from bench.gen_mailbox import FORWARDS, Thread, forward, setup_escalations
from bench.ingest import database, mailbot_app
from mailbot.app import App
from mailbot.demo.mua import reply_to
from mailbot.store.tables import Event
from tests.harness.mailclient import MailServers
from tests.harness.servers import wait_for_port

BRIEF = {
    "headline": "API latency issue affecting Acme Corp", "account": "Acme Corp",
    "customer_impact": "Order sync takes 12 s instead of 1 s; 300 orders a day are delayed.",
    "timeline": [{"date": "2026-02-27", "event": "Customer reports slow sync"}],
    "resolution_attempts": ["Support ticket #48213"], "specific_ask": "Assign an owner today.",
    "customer_communication": "Customer told we are escalating.", "commercial_context": "",
    "category_rationale": "A product bug.", "category": "product_defect",
    "severity_rationale": "Blocks shipments.", "severity": "high",
    "sentiment_rationale": "Patient but worried.", "sentiment": "concerned",
}  # fmt: skip


class SlowLLM(BaseHTTPRequestHandler):
    """/v1/chat/completions that takes ``delay`` seconds and returns a valid brief."""

    delay = 20.0
    requests = 0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).requests += 1
        time.sleep(self.delay)
        body = json.dumps(
            {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": "slow-bench",
                "usage": {"prompt_tokens": 900, "completion_tokens": 200, "total_tokens": 1100},
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": json.dumps(BRIEF)},
                    }
                ],
            }
        ).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client was stopped while we slept
            return

    def log_message(self, *args: Any) -> None:
        return


class EventWatch(threading.Thread):
    """Polls ``events`` for new rows; remembers when each Message-ID first appeared."""

    def __init__(self, app: App) -> None:
        super().__init__(daemon=True)
        self.app, self.seen, self.stop = app, dict[str, float](), threading.Event()
        with app.db.session() as session:
            self.last = session.scalar(select(Event.id).order_by(Event.id.desc()).limit(1)) or 0

    def run(self) -> None:
        while not self.stop.wait(0.01):
            with self.app.db.session() as session:
                rows = session.execute(
                    select(Event.id, Event.message_id).where(Event.id > self.last)
                ).all()
            now = time.perf_counter()
            for event_id, message_id in rows:
                self.last = max(self.last, event_id)
                self.seen.setdefault(message_id.strip("<>"), now)


_WORDS = [
    "cache",
    "index",
    "replica",
    "rollout",
    "patch",
    "config",
    "shard",
    "queue",
    "token",
    "region",
    "export",
    "import",
    "billing",
    "invoice",
    "login",
    "session",
    "webhook",
    "retry",
    "timeout",
    "backup",
    "restore",
    "vendor",
    "audit",
    "sandbox",
    "tenant",
    "quota",
    "metric",
    "alert",
    "dashboard",
    "schema",
    "cluster",
    "gateway",
]


def _probe_text(i: int) -> str:
    """A different status line per probe: texts alike but for a number look like an
    auto-responder to the loop breaker (handlers/robots), which stops answering them."""
    words = [_WORDS[(i * 7 + k * 11) % len(_WORDS)] for k in range(5)]
    return f"latency probe {i}: checked {' '.join(words)}, next step {_WORDS[i % len(_WORDS)]}"


def send_replies(
    servers: MailServers, threads: list[Thread], count: int, rate: float
) -> dict[str, float]:
    """Submit ``count`` team updates at ``rate``/s; return {Message-ID: time of the 250}."""
    sent: dict[str, float] = {}
    start = time.perf_counter()
    with smtplib.SMTP(servers.smtp_host, servers.smtp_port, timeout=30) as smtp:
        for i in range(count):
            thread = threads[i % len(threads)]
            raw = reply_to(thread.brief, thread.member, f"update: {_probe_text(i)}")
            message_id = raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()
            time.sleep(max(0.0, start + i / rate - time.perf_counter()))
            smtp.sendmail(thread.member, ["escalations@example.com"], raw)
            sent[message_id.strip("<>")] = time.perf_counter()
    return sent


def stop(proc: subprocess.Popen[bytes], grace: float = 30.0) -> None:
    """SIGTERM, then SIGKILL after ``grace`` seconds (a draft batch in flight delays exit)."""
    start = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
        print(f"    mailbot run stopped {time.monotonic() - start:.1f} s after SIGTERM")
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        print(f"    mailbot run still busy {grace:.0f} s after SIGTERM (drafting): killed")


def phase(
    title: str,
    servers: MailServers,
    app: App,
    env: dict[str, str],
    threads: list[Thread],
    args: argparse.Namespace,
    forwards: int = 0,
) -> None:
    log = Path(tempfile.mkstemp(prefix="mailbot-latency.", suffix=".log")[1])
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            mailbot_argv("run"),
            env={**os.environ, **env, **child_env()},
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        while b"mailbot watching" not in log.read_bytes():
            if proc.poll() is not None:
                raise RuntimeError(f"mailbot run exited: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        for i in range(forwards):
            fixture = sorted(FORWARDS.glob("*.eml"))[i]
            raw = forward(fixture, f"lat-{time.time_ns()}-{i}", datetime.now(UTC))
            servers.send(raw, "jane@example.com", "escalations@example.com")
        deadline = time.monotonic() + 30
        while forwards and SlowLLM.requests == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        watch = EventWatch(app)
        watch.start()
        sent = send_replies(servers, threads, args.replies, args.rate)
        deadline = time.monotonic() + 30
        while set(sent) - set(watch.seen) and time.monotonic() < deadline:
            time.sleep(0.05)
        watch.stop.set()
        watch.join()
    finally:
        stop(proc)
    waits = [watch.seen[m] - t for m, t in sent.items() if m in watch.seen]
    cut = percentiles(waits)
    print(
        f"  {title}: {len(waits)}/{len(sent)} replies committed; SMTP 250 → event: "
        f"p50 {cut['p50'] * 1000:.0f} ms, p95 {cut['p95'] * 1000:.0f} ms, "
        f"p99 {cut['p99'] * 1000:.0f} ms, max {cut['max'] * 1000:.0f} ms",
        flush=True,
    )
    if forwards:
        print(f"    LLM server: {SlowLLM.requests} completion request(s) received during the phase")


def main() -> None:
    from tests.harness.launch import running_mail_servers

    parser = argparse.ArgumentParser(description="reply latency (see the module docstring)")
    parser.add_argument("--replies", type=int, default=300)
    parser.add_argument("--rate", type=float, default=5.0, help="replies per second")
    parser.add_argument("--backend", default="sqlite", choices=("sqlite", "postgres"))
    args = parser.parse_args()
    banner(f"latency: {args.replies} replies at {args.rate}/s on {args.backend}")
    llm = ThreadingHTTPServer(("127.0.0.1", 0), SlowLLM)
    threading.Thread(target=llm.serve_forever, daemon=True).start()
    workdir = Path(tempfile.mkdtemp(prefix="mailbot-latency."))
    with running_mail_servers() as servers, database(args.backend, workdir) as url:
        env, app = mailbot_app(servers, url, workdir)
        threads = setup_escalations(app, 40, seed=1)
        wait_for_port(servers.smtp_port, 5)
        phase("offline drafter, idle", servers, app, env, threads, args)
        llm_env = {**env, "MAILBOT_LLM_BASE_URL": f"http://127.0.0.1:{llm.server_port}/v1",
                   "MAILBOT_LLM_MODEL": "slow-bench", "OPENAI_API_KEY": "bench"}  # fmt: skip
        phase("10 LLM drafts queued (20 s each)", servers, app, llm_env, threads, args, 10)
        app.db.dispose()
    llm.shutdown()
    print(
        f"\nrerun:\n  PYTHONPATH=. python bench/latency.py --replies {args.replies} "
        f"--rate {args.rate} --backend {args.backend}"
    )


if __name__ == "__main__":
    main()
