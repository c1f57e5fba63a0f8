"""The jobs handed to the drafting worker: waited for only when that beats drafting here."""

from __future__ import annotations

import os
from concurrent.futures import Future
from typing import Any

from mailbot.drafting.ahead_worker import NICE, AheadWorker
from mailbot.handlers.draft_ahead import Results


def _done(value: Any) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_result(value)
    return future


def _running() -> Future[Any]:
    future: Future[Any] = Future()
    assert future.set_running_or_notify_cancel()  # in the worker: cannot be taken back
    return future


def test_the_jobs_the_worker_stored_are_counted() -> None:
    results = Results({1: _done(1), 2: _done(0), 3: _done(1)}, ready=lambda: True, wait=1.0)
    assert results.wait() == 2 and (results.handed, results.taken) == (3, 2)
    assert results.wait() == 2  # asked again: nothing more to wait for


def test_before_the_worker_is_ready_the_jobs_it_has_not_begun_are_taken_back() -> None:
    waiting: Future[Any] = Future()  # queued, not begun: cancelled, its job drafted here
    begun = _running()
    begun.set_result(1)  # the worker finished the one it had begun
    results = Results({1: waiting, 2: begun}, ready=lambda: False, wait=60.0)
    assert results.wait() == 1 and waiting.cancelled()


def test_a_job_that_failed_or_hangs_in_the_worker_is_not_counted() -> None:
    failed = _running()
    failed.set_exception(RuntimeError("worker died"))
    hangs = _running()  # never finishes: the wait ends at its bound
    results = Results({1: failed, 2: hangs, 3: _done(1)}, ready=lambda: True, wait=0.2)
    assert results.wait() == 1 and (results.handed, results.taken) == (3, 1)


def _pid(_: object) -> int:
    return os.getpid()


def test_the_worker_starts_on_its_first_job_loads_the_rules_and_runs_niced() -> None:
    worker = AheadWorker()
    assert worker.ready() is False  # nothing handed over: no process
    try:
        future = worker.submit(_pid, None)
        assert future is not None
        pid = future.result(timeout=60)
        assert worker.ready() is True  # the rules were loaded before the job
        assert os.getpriority(os.PRIO_PROCESS, pid) == NICE
    finally:
        worker.close()
    assert worker.submit(_pid, None) is not None  # a closed worker starts again if asked
    worker.close()
