"""The store work alone: ``transactions.handle_batch`` in-process, over a generated mailbox.

No IMAP, no parse worker, no start-up: the messages are parsed before the clock starts,
then handled 20 a transaction, as the watcher does with a backlog. Steadier than
``ingest.py`` on a noisy VM, so it is the one to compare before and after a change to
the handler (run both versions alternately).

    PYTHONPATH=. python bench/gen_mailbox.py --n 2000 --out /tmp/box   # once
    PYTHONPATH=. python bench/handle.py --box /tmp/box [--statements]
"""

from __future__ import annotations

import argparse
import collections
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.common import machine, settings_env
from mailbot.app import App
from mailbot.inbound.parse_pool import parse_one
from mailbot.pipeline import parse_inputs
from mailbot.settings import load_settings
from mailbot.transactions import handle_batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--box", type=Path, required=True, help="gen_mailbox.py --out dir")
    parser.add_argument("--n", type=int, default=0, help="only the first N messages")
    parser.add_argument("--statements", action="store_true", help="count SQL statements")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mailbot-handle-"))
    for db_file in args.box.glob("mailbot.sqlite3*"):  # a fresh copy: the box is reusable
        shutil.copy(db_file, work / db_file.name)
    app = App.build(load_settings(settings_env(f"sqlite:///{work / 'mailbot.sqlite3'}", work)))
    raws = [p.read_bytes() for p in sorted(args.box.glob("*.eml"))]
    raws = raws[: args.n] if args.n else raws
    parsed = [parse_one(raw, *parse_inputs(app)) for raw in raws]
    statements: collections.Counter[str] = collections.Counter()
    if args.statements:

        @event.listens_for(app.db.engine, "before_cursor_execute")
        def count(*call: Any) -> None:
            statements[" ".join(str(call[2]).split())[:100]] += 1

    outcomes: collections.Counter[str] = collections.Counter()
    wall, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(raws), 20):
        batch = list(zip(raws[start : start + 20], parsed[start : start + 20], strict=True))
        outcomes.update(str(ctx.outcome) for ctx in handle_batch(app, batch))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(machine())
    print(f"{len(raws)} messages: {1000 * wall / len(raws):.3f} ms a message (wall), "
          f"{1000 * cpu / len(raws):.3f} ms (CPU); {dict(outcomes)}")  # fmt: skip
    if statements:  # statements on the DBAPI fast path (mailbot/store/direct.py) are not seen
        print(f"SQLAlchemy-executed statements: {sum(statements.values()) / len(raws):.2f}/msg")
        for text, n in statements.most_common(20):
            print(f"{n:7d} {text}")
    print(f"rerun:\n  PYTHONPATH=. python bench/handle.py --box {args.box}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
