"""Queries at scale: list, show, the stall/SLA scan and the weekly digest on a big store.

    PYTHONPATH=. python bench/scale.py                          # PostgreSQL, then SQLite
    PYTHONPATH=. python bench/scale.py --backends postgres --escalations 20000   # quicker

The store (bench/scale_data.py: 100,000 escalations, 1,000,000 messages, 2,000,000
events, ~5 % active) is bulk-loaded into a fresh database migrated to head. Then:

* ``mailbot list`` and ``mailbot show REF`` as the user runs them (child process: wall
  includes interpreter start-up, which is printed apart as ``mailbot --version``);
* ``reminders.scan`` twice: the first performs the catch-up of whatever is due, the
  second is the steady state every scheduler tick pays;
* ``build_digest`` for the last complete week;
* the EXPLAIN plan of every distinct statement the scan and the digest executed.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from bench.common import (
    banner,
    child_env,
    mailbot_argv,
    postgres_database,
    run_timed,
    settings_env,
)
from bench.scale_data import load, ref_of
from mailbot.app import App
from mailbot.handlers.reminders import scan
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.digest import build_digest
from mailbot.settings import load_settings
from mailbot.store.migrate import upgrade

Statements = dict[str, Any]


@contextmanager
def captured(app: App) -> Iterator[Statements]:
    """Record each distinct SELECT (first parameters seen) executed inside the block."""
    seen: Statements = {}

    def listener(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.setdefault(statement, params)

    event.listen(app.db.engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(app.db.engine, "before_cursor_execute", listener)


def explain(app: App, statements: Statements, title: str) -> None:
    print(f"  EXPLAIN ({title}):")
    sqlite = app.db.engine.dialect.name == "sqlite"
    prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
    raw = app.db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, params in statements.items():
            print("    -- " + " ".join(statement.split())[:150])
            cursor.execute(prefix + statement, params)
            for row in cursor.fetchall():
                print("       " + (str(row[-1]) if sqlite else str(row[0])))
    finally:
        raw.close()


def timed(label: str, work: Callable[[], object]) -> object:
    start = time.perf_counter()
    result = work()
    print(f"  {label}: {time.perf_counter() - start:.3f} s", flush=True)
    return result


def cli(env: dict[str, str], *args: str) -> None:
    run = run_timed(mailbot_argv(*args), {**env, **child_env()})
    if run.returncode:
        raise RuntimeError(f"mailbot {' '.join(args)} failed: {run.stderr[-1500:]}")
    print(
        f"  mailbot {' '.join(args)}: {run.wall_s:.3f} s wall, {run.peak_rss_mb:.0f} MB, "
        f"{len(run.stdout.splitlines())} lines out"
    )


def in_process_views(app: App, ref: str) -> None:
    """The queries behind `list` and `show` without the CLI's start-up."""
    from mailbot import views
    from mailbot.store import repo

    now = app.clock.now()
    with app.db.session() as session:
        timed(
            "list query + summaries (in-process)",
            lambda: [views.summary(e, now) for e in repo.list_escalations(session)],
        )
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        timed("show query + detail (in-process)", lambda: views.detail(session, esc, now))


def bench(url: str, backend: str, n: int) -> None:
    workdir = Path(tempfile.mkdtemp(prefix=f"mailbot-scale-{backend}."))
    env = settings_env(url, workdir / "data")
    app = App.build(load_settings(env))
    upgrade(app.db)
    start = time.perf_counter()
    load(app.db.engine, n)
    with app.db.engine.connect() as conn:
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("escalations", "messages", "events")
        }
    print(f"[{backend}] loaded {counts} in {time.perf_counter() - start:.0f} s", flush=True)
    cli(env, "check")  # start-up + settings + one query: the fixed cost in the figures below
    cli(env, "list")
    cli(env, "list", "--status", "stalled", "--json")
    cli(env, "show", ref_of(n // 2), "--json")
    in_process_views(app, ref_of(n // 2))
    calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
    performed = timed("scan #1 (catch-up)", lambda: scan(app, calendar))
    print(f"    performed {performed} due actions")
    with captured(app) as scan_sql:
        timed("scan #2 (steady state)", lambda: scan(app, calendar))
    with captured(app) as digest_sql, app.db.session() as session:
        digest: Any = timed(
            "build_digest (last full week)",
            lambda: build_digest(
                session, routing=app.routing, calendar=calendar, week=None, now=app.clock.now()
            ),
        )
    print(
        f"    active {digest['active_escalations']}, new {digest['new_this_week']}, "
        f"resolved {digest['resolved_this_week']}"
    )
    scan_first = dict(list(scan_sql.items())[:3])  # the per-escalation statements repeat
    explain(app, scan_first, "scan, first distinct statements")
    explain(app, digest_sql, "digest")
    app.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description="queries at scale (see the module docstring)")
    parser.add_argument("--escalations", type=int, default=100_000)
    parser.add_argument("--backends", default="postgres,sqlite")
    args = parser.parse_args()
    banner(f"scale: {args.escalations} escalations, x10 messages, x20 events")
    for backend in args.backends.split(","):
        if backend == "postgres":
            with postgres_database() as url:
                bench(url, backend, args.escalations)
        else:
            path = Path(tempfile.mkdtemp(prefix="mailbot-scale-db.")) / "scale.sqlite3"
            bench(f"sqlite:///{path}", backend, args.escalations)
            path.unlink()
    print(
        f"\nrerun:\n  PYTHONPATH=. python bench/scale.py --escalations {args.escalations} "
        f"--backends {args.backends}"
    )


if __name__ == "__main__":
    main()
