"""A process of its own, at the lowest CPU priority, for the offline drafts made ahead.

A ``run --once`` pass drafts up to 20 forwards after its INBOX pass: importing the offline
rules (their cue tables compile: ~0.5 s) and ~20 ms of regex a draft, all on the main
process, ~1.1 s of a 5-8 s pass while the second core idled. Session 18 drafted them in
the parse worker, one step a batch, and the watcher then waited for its parsed groups
(PostgreSQL's inbound phase slowed). This worker is a second process at nice 19: it takes
only the CPU that the watcher, the parse worker and the database leave idle during the
pass, so the rules load and the drafts are made while the pass stores mail, and nobody
waits for it until the pass is over.

Like the parse worker it is spawned (the service has threads), exits once the watcher's
process is gone, and is killed, not joined, when the pass no longer needs it. It only
runs pure work (:mod:`mailbot.drafting.ahead`); nothing here reads the store.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from mailbot.drafting.ahead import RULE_MODULES, load_rules
from mailbot.inbound.parse_pool import kill_pool, leave_with_parent

log = logging.getLogger(__name__)
_In = TypeVar("_In")
_Out = TypeVar("_Out")
NICE = 19  # the lowest priority: the pass's own processes always come first


def _start(parent: int) -> None:
    """Worker initializer: lowest priority (the parent set it already; this makes sure),
    and exit with the parent."""
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, 0, NICE)
    leave_with_parent(parent)


def load_all_rules(_: object) -> int:
    """Runs in the worker: every offline rule module imported; how many there are."""
    for module in RULE_MODULES:
        load_rules(module)
    return len(RULE_MODULES)


class AheadWorker:
    """One spawned process for drafts made ahead, started by the first work handed to it
    (a pass without forwards spawns none); it loads the rules before anything else."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self._rules: Future[int] | None = None
        self._broken = False

    def submit(self, work: Callable[[_In], _Out], arg: _In) -> Future[_Out] | None:
        """``work(arg)`` on the worker, behind the rules and what it was given before;
        None if it cannot start or broke (the job is then drafted in-process)."""
        try:
            if self._executor is None and not self._start():
                return None
            assert self._executor is not None
            return self._executor.submit(work, arg)
        except Exception as exc:  # the worker died: its jobs are drafted in-process
            log.debug("no draft handed to the drafting worker: %s", exc)
            return None

    def ready(self) -> bool:
        """The rules are loaded: what the worker still has is worth waiting for, since
        drafting here would first import them (~0.5 s). Before that it is not."""
        rules = self._rules
        return rules is not None and rules.done() and rules.exception() is None

    def _start(self) -> bool:
        if self._broken:
            return False
        try:
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(
                1, mp_context=context, initializer=_start, initargs=(os.getpid(),)
            )
            self._rules = self._executor.submit(load_all_rules, None)
            self._lower_priority()
        except Exception as exc:  # EAGAIN, no /dev/shm: the pass drafts in-process
            log.debug("no worker for drafting ahead: %s", exc)
            self.close()
            self._broken = True
            return False
        return True

    def _lower_priority(self) -> None:
        """At once, from here: the worker's own start-up (its imports) is niced too."""
        processes = getattr(self._executor, "_processes", None) or {}  # no public API on 3.11
        for process in list(processes.values()):
            with contextlib.suppress(OSError, TypeError):
                os.setpriority(os.PRIO_PROCESS, process.pid, NICE)

    def close(self) -> None:
        """Kill the worker: nobody waits for its answers any more (as the parse pool)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            kill_pool(executor)
