"""The jobs handed to the drafting worker: waited for only when that beats drafting here."""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from typing import Any

from mailbot.drafting.ahead_worker import NICE, AheadWorker
from mailbot.handlers.draft_ahead import HELP_FROM, Results


def _done(value: Any) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_result(value)
    return future


def _running() -> Future[Any]:
    future: Future[Any] = Future()
    assert future.set_running_or_notify_cancel()
    return future


def _ready() -> bool:
    return True


def _not_ready() -> bool:
    return False


def test_before_the_worker_is_ready_what_it_has_not_finished_is_drafted_here_newest_first() -> None:
    asked: list[int] = []
    results = Results({1: _done(1), 2: Future(), 3: _done(0), 4: Future()}, _not_ready, 1.0)
    assert results.finish(lambda job_id: asked.append(job_id) or 1) == 3
    assert asked == [4, 2]  # the worker's finished ones are not asked for
    assert (results.handed, results.taken, results.here) == (4, 1, 2)


def test_a_job_the_worker_holds_is_waited_for() -> None:
    holds = _running()
    holds.set_result(1)  # finishes: counted as the worker's
    results = Results({7: holds}, _ready, 60.0)
    assert results.finish(lambda job_id: None) == 1 and (results.taken, results.here) == (1, 0)


def test_a_ready_worker_keeps_a_short_queue_and_a_long_one_is_shared() -> None:
    asked: list[int] = []
    short: dict[int, Future[Any]] = {n: _done(1) for n in range(20 - HELP_FROM + 1)}
    left = {n: _running() for n in range(len(short), 20)}  # one fewer than HELP_FROM
    timer = threading.Timer(0.2, lambda: [f.set_result(1) for f in left.values()])
    timer.start()  # the worker finishes them while the main process waits
    results = Results({**short, **left}, _ready, 30.0)
    assert results.finish(lambda n: asked.append(n) or 1) == 20
    assert asked == [] and results.waited > 0.1
    long = {n: Future() for n in range(HELP_FROM)}
    results = Results(long, _ready, 1.0)
    assert results.finish(lambda n: asked.append(n) or 1) == HELP_FROM
    assert asked == sorted(long, reverse=True) and results.here == HELP_FROM


def test_a_job_that_failed_or_hangs_in_the_worker_is_not_counted() -> None:
    failed = _running()
    failed.set_exception(RuntimeError("worker died"))
    hangs = _running()  # never finishes: the wait ends at its bound
    results = Results({1: failed, 2: hangs, 3: _done(1)}, _ready, 0.2)
    assert results.finish(lambda job_id: None) == 1 and results.taken == 1


def _pid_and_rules(_: object) -> tuple[int, bool]:  # in the worker
    import sys

    return os.getpid(), "mailbot.drafting.offline" in sys.modules


def test_the_worker_starts_on_its_first_job_loads_the_rules_and_runs_niced() -> None:
    worker = AheadWorker()
    assert worker.ready() is False  # nothing handed over: no process
    try:
        future = worker.submit(_pid_and_rules, None)
        assert future is not None
        pid, rules = future.result(timeout=60)
        assert rules and worker.ready()  # loaded before the job
        assert pid != os.getpid() and os.getpriority(os.PRIO_PROCESS, pid) == NICE
    finally:
        worker.close()
    assert worker.submit(_pid_and_rules, None) is not None  # a closed worker starts again
    worker.close()
