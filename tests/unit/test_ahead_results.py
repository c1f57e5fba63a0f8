"""Drafts made ahead are waited for only when waiting beats drafting in-process."""

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


def test_a_finished_draft_is_taken_even_before_the_worker_is_ready() -> None:
    results = Results({1: _done("draft")}, ready=lambda: False, wait=1.0)
    assert results.pop(1, None) == "draft" and results.taken == 1


def test_an_unfinished_draft_is_not_waited_for_while_the_rules_still_load() -> None:
    pending: Future[Any] = Future()  # never finishes: a wait would take the full second
    results = Results({1: pending}, ready=lambda: False, wait=60.0)
    assert results.pop(1, None) is None and results.taken == 0


def test_a_draft_that_failed_or_hangs_is_drafted_here() -> None:
    failed: Future[Any] = Future()
    failed.set_exception(RuntimeError("worker died"))
    hangs: Future[Any] = Future()
    results = Results({1: failed, 2: hangs}, ready=lambda: True, wait=0.0)
    assert results.pop(1, None) is None and results.pop(2, None) is None
    assert results.pop(3, None) is None  # never handed over
    assert (results.handed, results.taken) == (2, 0)


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
