"""Ingest throughput: `mailbot run --once` on an N-message mailbox, beside the bare limit.

One command from a fresh clone (after ``scripts/install-test-deps.sh`` for Dovecot)::

    PYTHONPATH=. python bench/ingest.py                       # N=2000, SQLite + PostgreSQL + peer
    PYTHONPATH=. python bench/ingest.py --n 10000 --no-peer   # the memory target

Per backend: a throw-away Dovecot + SMTP bridge (tests/harness), a fresh database, the
mailbox of bench/gen_mailbox.py APPENDed to escalations/INBOX, then

1. the bare limit: imap-tools fetches the whole INBOX in one bulk FETCH (PEEK) and
   ``email`` parses each message with policy.default, nothing else (in-process, timed
   from connect to the last parse, like the inbound phase below);
2. ``python -m mailbot run --once`` as a child (wall, CPU and peak RSS from wait4);
   its INFO log gives the inbound phase (connect → end of the INBOX pass) apart from the
   drafting, scheduling and SMTP sending the same pass does afterwards;
3. accounting: the folders (INBOX must be empty, Processed + Quarantine = N) and the new
   rows (messages in + quarantine = N), with outcomes counted by their reason.

With ``--peer`` (default) django-helpdesk's ``get_email`` ingests the same messages
(bench/peer.py) and its rate is compared with ours.
"""

from __future__ import annotations

import argparse
import email
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from email import policy
from pathlib import Path

from imap_tools import MailBoxUnencrypted
from imap_tools.message import MailMessage
from sqlalchemy import func, select

from bench.common import (
    ChildRun,
    banner,
    child_env,
    mailbot_argv,
    postgres_database,
    run_timed,
    server_cpu,
    settings_env,
)
from bench.gen_mailbox import build
from mailbot.app import App
from mailbot.settings import load_settings
from mailbot.store.migrate import upgrade
from mailbot.store.tables import Audit, Event, MessageRecord, Quarantined
from tests.harness.launch import running_mail_servers
from tests.harness.mailclient import MailServers

USER = "escalations"
_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ")


class _RawOnly(MailMessage):
    """imap-tools without its own compat32 parse: the raw bytes, parsed once by us."""

    def __init__(self, fetch_data: list[object]) -> None:
        parts = self._get_message_data_parts(fetch_data)
        self.raw_bytes: bytes = parts[0]
        self._raw_uid_data, self._raw_flag_data = parts[1], parts[2]


def append_all(servers: MailServers, mails: list[bytes], folder: str = "INBOX") -> None:
    """APPEND every message over one connection (the harness helper reconnects per mail)."""
    with servers.imap(USER) as conn:
        for raw in mails:
            typ, data = conn.append(folder, None, None, raw)
            if typ != "OK":
                raise RuntimeError(f"APPEND failed: {data!r}")


def bare_limit(servers: MailServers, expect: int) -> float:
    """Seconds for connect + bulk fetch (PEEK) + policy.default parse of every message."""
    start = time.perf_counter()
    count = 0
    box = MailBoxUnencrypted(servers.imap_host, servers.imap_port)
    with box.login(servers.address(USER), servers.password(USER), "INBOX") as mailbox:
        mailbox.email_message_class = _RawOnly
        for message in mailbox.fetch(mark_seen=False, bulk=True):
            raw = message.raw_bytes if isinstance(message, _RawOnly) else message.obj.as_bytes()
            parsed = email.message_from_bytes(raw, policy=policy.default)
            body = parsed.get_body(preferencelist=("plain",))
            if body is not None:
                body.get_content()
            count += 1
    elapsed = time.perf_counter() - start
    if count != expect:
        raise RuntimeError(f"bare limit fetched {count} messages, expected {expect}")
    return elapsed


def folder_counts(servers: MailServers) -> dict[str, int]:
    counts = {}
    with servers.imap(USER) as conn:
        for folder in ("INBOX", "Processed", "Quarantine"):
            typ, data = conn.status(folder, "(MESSAGES)")
            found = re.search(rb"MESSAGES (\d+)", data[0] or b"") if typ == "OK" else None
            counts[folder] = int(found.group(1)) if found else 0
    return counts


def _high_water(app: App) -> dict[str, int]:
    with app.db.session() as session:
        marks = {
            t.__name__: session.scalar(select(func.coalesce(func.max(t.id), 0))) or 0
            for t in (MessageRecord, Quarantined, Audit, Event)
        }
        inbound = select(func.count()).where(MessageRecord.direction == "in")
        marks["inbound"] = session.scalar(inbound) or 0
        return marks


def _kind(reason: str) -> str:
    """The reason up to its first ':' or '(' with escalation refs blanked out."""
    return re.sub(r"ESC-\d+-\d+", "ESC-…", re.split(r"[:(]", reason)[0].strip())


def outcomes(app: App, since: dict[str, int]) -> tuple[Counter[str], dict[str, int]]:
    """Outcome reasons (up to the first ':' or '(') and new rows per table since ``since``."""
    now = _high_water(app)
    reasons: Counter[str] = Counter()
    with app.db.session() as session:
        new_in = select(MessageRecord.outcome).where(
            MessageRecord.id > since["MessageRecord"], MessageRecord.direction == "in"
        )
        for reason in session.scalars(new_in):
            reasons["processed: " + _kind(reason)] += 1
        held = select(Quarantined.reason).where(Quarantined.id > since["Quarantined"])
        for reason in session.scalars(held):
            reasons["quarantined: " + _kind(reason)] += 1
    return reasons, {name: now[name] - since[name] for name in now}


def _marks(stderr: str) -> tuple[datetime | None, datetime | None]:
    """When the child's watcher connected and when it finished the INBOX pass (INFO log)."""
    start = end = None
    for line in stderr.splitlines():
        stamp = _STAMP.match(line)
        if not stamp:
            continue
        moment = datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S,%f")
        if start is None and "IMAP watcher connected" in line:
            start = moment
        if "pass over INBOX" in line:
            end = moment
    return start, end


def phases(stderr: str, began: datetime, ended: datetime) -> tuple[float, float, float] | None:
    """Start-up (process start → IMAP connected), the inbound phase, and the rest (drafting,
    scheduling, sending, exit), in seconds, from the child's INFO log and our clock."""
    start, end = _marks(stderr)
    if not start or not end:
        return None
    return (
        (start - began).total_seconds(),
        (end - start).total_seconds(),
        (ended - end).total_seconds(),
    )


def inbound_phase(stderr: str) -> float | None:
    """Seconds from the watcher's connect to the end of its INBOX pass, from the INFO log."""
    start, end = _marks(stderr)
    return (end - start).total_seconds() if start and end else None


@contextmanager
def database(backend: str, workdir: Path) -> Iterator[str]:
    if backend == "postgres":
        with postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{workdir / 'mailbot.sqlite3'}"


def mailbot_app(servers: MailServers, url: str, workdir: Path) -> tuple[dict[str, str], App]:
    """The child's settings for these servers and store, and an App on the migrated store."""
    env = settings_env(
        url,
        workdir / "data",
        MAILBOT_IMAP_URL=servers.imap_url(USER),
        MAILBOT_SMTP_URL=f"smtp://127.0.0.1:{servers.smtp_port}",
    )
    app = App.build(load_settings(env))
    upgrade(app.db)
    return env, app


def _report(n: int, run: ChildRun, phase: float | None, limit: float) -> tuple[float, float]:
    rate = n / run.wall_s
    print(
        f"  mailbot run --once: {n} msgs, wall {run.wall_s:.2f} s = {rate:.0f} msg/s, "
        f"CPU {run.cpu_s:.2f} s (with the parse worker), peak RSS {run.peak_rss_mb:.0f} MB "
        f"(largest process; {run.tree_rss_mb:.0f} MB with each process's peak summed), "
        f"exit {run.returncode}"
    )
    print(
        f"  memory held at once (polled every 50 ms): {run.held_rss_mb:.0f} MB RSS, "
        f"{run.held_pss_mb:.0f} MB PSS (a page shared by the processes counted once)"
    )
    if run.cpu_by_process:  # main, then its workers (parse, drafting ahead) by pid
        each = " + ".join(f"{seconds:.2f}" for seconds in run.cpu_by_process)
        print(f"  CPU by process (main first, polled every 50 ms): {each} s")
    print(f"  bare limit (imap-tools bulk fetch + parse): {limit:.2f} s = {n / limit:.0f} msg/s")
    if phase:
        print(
            f"  inbound phase (connect → INBOX pass done): {phase:.2f} s = {n / phase:.0f} "
            f"msg/s = {limit / phase:.0%} of the bare limit"
        )
    print(f"  whole pass (start-up, inbound, drafting, sending) = {limit / run.wall_s:.0%} of it")
    return rate, (n / phase if phase else rate)


def _cpu_bound(n: int, run: ChildRun, before: dict[str, float], after: dict[str, float]) -> None:
    """What the run cost the machine in CPU, servers included: with every core busy, the
    whole pass could take no less than that over the cores (a floor, not a forecast)."""
    used = {name: after.get(name, 0.0) - before.get(name, 0.0) for name in after}
    total = run.cpu_s + sum(used.values())
    cores = os.cpu_count() or 1
    servers = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in sorted(used.items()))
    print(
        f"  CPU of the run, servers included: ours {run.cpu_s:.2f} s, {servers}; "
        f"{total:.2f} s = {1000 * total / n:.2f} ms a message; on {cores} cores the whole "
        f"pass cannot beat {total / cores:.2f} s = {n * cores / total:.0f} msg/s"
    )


def bench_backend(
    servers: MailServers, backend: str, n: int, seed: int
) -> tuple[list[bytes], tuple[float, float]]:
    """Set up, APPEND, time the bare limit and our run; print; return the mailbox."""
    workdir = Path(tempfile.mkdtemp(prefix=f"mailbot-ingest-{backend}."))
    with database(backend, workdir) as url:
        env, app = mailbot_app(servers, url, workdir)
        start = time.perf_counter()
        mails = [raw for _, raw in build(app, n, seed)]
        print(
            f"[{backend}] setup: escalations + {n} messages in "
            f"{time.perf_counter() - start:.1f} s; {sum(map(len, mails)) / 1e6:.1f} MB"
        )
        servers.clear(USER)
        append_all(servers, mails)
        limit = bare_limit(servers, n)
        before = _high_water(app)
        began, servers_before = datetime.now(), server_cpu()
        run = run_timed(mailbot_argv("run", "--once"), {**env, **child_env()})
        ended, servers_after = datetime.now(), server_cpu()
        if os.environ.get("MAILBOT_BENCH_LOGS"):  # the child's log, to read its phases
            Path(os.environ["MAILBOT_BENCH_LOGS"], f"{backend}.log").write_text(run.stderr)
        if run.returncode:
            sys.exit(f"mailbot failed:\n{run.stderr[-3000:]}")
        rates = _report(n, run, inbound_phase(run.stderr), limit)
        _cpu_bound(n, run, servers_before, servers_after)
        split = phases(run.stderr, began, ended)
        if split:
            print(
                f"  whole pass split: start-up {split[0]:.2f} s, inbound {split[1]:.2f} s, "
                f"after the INBOX pass (drafting, scheduling, sending, exit) {split[2]:.2f} s"
            )
        print(f"  stdout: {run.stdout.strip()}")
        reasons, rows = outcomes(app, before)
        folders = folder_counts(servers)
        accounted = rows["inbound"] + rows["Quarantined"]
        print(f"  folders {folders}; new rows {rows}; accounted {accounted}/{n}")
        for reason, count in reasons.most_common():
            print(f"    {count:6d}  {reason}")
        app.db.dispose()
    return mails, rates


def main() -> None:
    parser = argparse.ArgumentParser(description="ingest throughput (see the module docstring)")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--peer", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    banner(f"ingest N={args.n} seed={args.seed}")
    with running_mail_servers() as servers:
        mails: list[bytes] = []
        ours: dict[str, tuple[float, float]] = {}
        for backend in args.backends.split(","):
            mails, ours[backend] = bench_backend(servers, backend, args.n, args.seed)
        if args.peer:
            from bench.peer import bench_peer

            peer = bench_peer(servers, mails)
            for backend, (whole, inbound) in ours.items():
                print(
                    f"  ours/peer on {backend}: whole pass {whole / peer:.1f}x, "
                    f"inbound phase {inbound / peer:.1f}x"
                )
    print("\nrerun:")
    print(
        f"  PYTHONPATH=. python bench/ingest.py --n {args.n} --seed {args.seed} "
        f"--backends {args.backends}{'' if args.peer else ' --no-peer'}"
    )


if __name__ == "__main__":
    main()
