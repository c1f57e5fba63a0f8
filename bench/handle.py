"""The store work alone: ``transactions.handle_batch`` in-process, over a generated mailbox.

No IMAP, no parse worker, no start-up: the messages are parsed before the clock starts,
then handled 50 a transaction (``--batch``), as the runner does with a backlog. Steadier than
``ingest.py`` on a noisy VM, so it is the one to compare before and after a change to
the handler (run both versions alternately).

    PYTHONPATH=. python bench/gen_mailbox.py --n 2000 --out /tmp/box   # once
    PYTHONPATH=. python bench/handle.py --box /tmp/box [--statements]

On PostgreSQL the box keeps its own database (``gen_mailbox.py --backend postgres``),
which each run copies (``CREATE DATABASE … TEMPLATE``) and drops afterwards::

    PYTHONPATH=. python bench/gen_mailbox.py --n 2000 --backend postgres --out /tmp/pgbox
    PYTHONPATH=. python bench/handle.py --box /tmp/pgbox
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from bench.common import machine, postgres_database, settings_env
from mailbot.app import App
from mailbot.domain import DraftJobStatus
from mailbot.drafting.ahead import Ahead, AheadJob, draft_ahead
from mailbot.drafting.drafters import find_account, make_drafter
from mailbot.handlers.draft_jobs import DRAFTS_A_ROUND, run_draft_jobs
from mailbot.inbound.parse import parse_message
from mailbot.inbound.parse_pool import parse_one
from mailbot.pipeline import parse_inputs
from mailbot.settings import load_settings
from mailbot.store import direct
from mailbot.store.tables import DraftJob
from mailbot.transactions import handle_batch


@contextmanager
def fresh_copy(box: Path, work: Path) -> Iterator[str]:
    """A copy of the box's database (SQLite file or PostgreSQL database): the box is reusable."""
    url_file = box / "database.url"
    url = url_file.read_text().strip() if url_file.exists() else "sqlite:"
    if url.startswith("postgresql"):
        with postgres_database("mailbot_handle", template=url.rsplit("/", 1)[1]) as copy:
            yield copy
        return
    for db_file in box.glob("mailbot.sqlite3*"):
        shutil.copy(db_file, work / db_file.name)
    yield f"sqlite:///{work / 'mailbot.sqlite3'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--box", type=Path, required=True, help="gen_mailbox.py --out dir")
    parser.add_argument("--n", type=int, default=0, help="only the first N messages")
    parser.add_argument("--statements", action="store_true", help="count SQL statements")
    parser.add_argument("--cprofile", type=Path, help="write cProfile stats of the run here")
    parser.add_argument("--batch", type=int, default=50, help="messages a transaction (50)")
    parser.add_argument(
        "--drafts", action="store_true", help="then time the drafting round (drafts made ahead)"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mailbot-handle-"))
    with fresh_copy(args.box, work) as url:
        run(args, url, work)
    shutil.rmtree(work, ignore_errors=True)


def count_statements(app: App, statements: collections.Counter[str]) -> None:
    """Count every statement by its first 100 characters, the DBAPI fast path's too."""

    @event.listens_for(app.db.engine, "before_cursor_execute")
    def count(*call: Any) -> None:
        statements[" ".join(str(call[2]).split())[:100]] += 1

    fast = direct.execute  # the DBAPI fast path bypasses the engine's events

    def counted(connection: Any, stmt: Any, values: Any) -> Any:
        statements["(direct) " + " ".join(str(stmt).split())[:91]] += 1
        return fast(connection, stmt, values)

    direct.execute = counted  # type: ignore[assignment]
    fast_many = getattr(direct, "execute_many", None)

    def counted_many(connection: Any, stmt: Any, rows: Any) -> Any:
        statements["(many) " + " ".join(str(stmt).split())[:93]] += 1
        return fast_many(connection, stmt, rows)  # type: ignore[misc]

    if fast_many is not None:
        direct.execute_many = counted_many
    fast_all = getattr(direct, "execute_all", None)

    def counted_all(connection: Any, stmt: Any, values: Any) -> Any:
        statements["(all) " + " ".join(str(stmt).split())[:94]] += 1
        return fast_all(connection, stmt, values)  # type: ignore[misc]

    if fast_all is not None:
        direct.execute_all = counted_all


def _server_cpu(app: App, pids: list[int] | None = None) -> dict[int, float] | None:
    """CPU seconds of the PostgreSQL backends serving this database (the server is local):
    the machine-wide figure of ingest.py also counts other users of the server."""
    if app.db.engine.dialect.name != "postgresql":
        return None
    if pids is None:
        with app.db.engine.connect() as conn:  # the pool's connection, kept for the run
            query = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            pids = [int(pid) for pid in conn.exec_driver_sql(query).scalars()]
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    return found


def run(args: argparse.Namespace, url: str, work: Path) -> None:
    app = App.build(load_settings(settings_env(url, work)))
    raws = [p.read_bytes() for p in sorted(args.box.glob("*.eml"))]
    raws = raws[: args.n] if args.n else raws
    parsed = [parse_one(raw, *parse_inputs(app)) for raw in raws]
    statements: collections.Counter[str] = collections.Counter()
    if args.statements:
        count_statements(app, statements)

    server = _server_cpu(app)
    outcomes: collections.Counter[str] = collections.Counter()
    profile = cProfile.Profile(time.process_time) if args.cprofile else None  # CPU, not waits
    wall, cpu, times = time.perf_counter(), time.process_time(), os.times()
    if profile:
        profile.enable()
    size = args.batch
    for start in range(0, len(raws), size):
        batch = list(zip(raws[start : start + size], parsed[start : start + size], strict=True))
        outcomes.update(str(ctx.outcome) for ctx in handle_batch(app, batch))
    if profile:
        profile.disable()
        profile.dump_stats(args.cprofile)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    user, system = (os.times().user - times.user), (os.times().system - times.system)
    print(machine())
    print(f"{app.db.engine.dialect.name}: "
          f"{len(raws)} messages: {1000 * wall / len(raws):.3f} ms a message (wall), "
          f"{1000 * cpu / len(raws):.3f} ms (CPU: {1000 * user / len(raws):.3f} user, "
          f"{1000 * system / len(raws):.3f} system); {dict(outcomes)}")  # fmt: skip
    if server is not None:
        spent = _server_cpu(app, list(server)) or {}
        used = sum(spent.get(pid, start) - start for pid, start in server.items())
        print(f"PostgreSQL server CPU (its backends): {1000 * used / len(raws):.3f} ms a message")
    if statements:  # "(direct)": the DBAPI fast path (mailbot/store/direct.py)
        print(f"statements: {sum(statements.values()) / len(raws):.2f}/msg")
        for text, n in statements.most_common(40):
            print(f"{n:7d} {text}")
    if args.drafts:
        statements.clear()
        drafting_round(app, args.cprofile)
        if statements:
            print(f"drafting round statements: {sum(statements.values())}")
            for text, n in statements.most_common(40):
                print(f"{n:7d} {text}")
    print(f"rerun:\n  PYTHONPATH=. python bench/handle.py --box {args.box}")
    app.db.dispose()


def drafting_round(app: App, cprofile: Path | None) -> None:
    """What ``run --once`` does after its INBOX pass with every draft made ahead: claim
    each job, store its brief, check for duplicates, queue the approval request. The
    offline drafts are made here first (the drafting worker's part), outside the clock."""
    settings, now = app.settings, app.clock.now()
    with app.db.session() as session:
        jobs = session.scalars(
            select(DraftJob).where(DraftJob.status == DraftJobStatus.PENDING)
            .order_by(DraftJob.id).limit(DRAFTS_A_ROUND)
        ).all()  # fmt: skip
        made: dict[int, Ahead] = {}
        for job in jobs:
            message = parse_message(job.raw, own_addresses=frozenset({settings.address}))
            account = find_account(app.db, message.thread, settings.domain)
            work = AheadJob(job.raw, settings.address, settings.domain, account,
                            tuple(job.csm_context), now)  # fmt: skip
            made[job.id] = draft_ahead(work)
    drafter, handed = make_drafter(settings, app.routing), len(made)
    profile = cProfile.Profile(time.process_time) if cprofile else None
    if profile:
        profile.enable()
    wall, cpu = time.perf_counter(), time.process_time()
    done = run_draft_jobs(app.db, drafter, settings, app.routing, now, ahead=made)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profile:
        profile.disable()
        profile.dump_stats(f"{cprofile}.drafts")
    print(f"drafting round: {done} drafts stored ({handed - len(made)} of {handed} made ahead): "
          f"{1000 * wall / max(done, 1):.1f} ms a draft (wall), "
          f"{1000 * cpu / max(done, 1):.1f} ms (CPU)")  # fmt: skip


if __name__ == "__main__":
    main()
