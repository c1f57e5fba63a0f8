"""A process of its own, at the lowest CPU priority, for the offline drafts made ahead.

A ``run --once`` pass drafts up to 20 forwards after its INBOX pass: importing the offline
rules (their cue tables compile: ~0.5 s) and ~20 ms of regex a draft, all on the main
process, ~1.1 s of a 5-8 s pass while the second core idled. Session 18 drafted them in
the parse worker, one step a batch, and the watcher then waited for its parsed groups
(PostgreSQL's inbound phase slowed). This worker is a second process at nice 19: it takes
only the CPU that the watcher, the parse worker and the database leave idle during the
pass, so the rules load and the drafts are made while the pass stores mail, and nobody
waits for it until the pass is over.

Since session 23 it also stores what it drafts (:mod:`mailbot.handlers.ahead_store`, on
its own connection): storing took the main process ~37 ms a draft after the pass.

Like the parse worker it is spawned (the service has threads), exits once the watcher's
process is gone, and is killed, not joined, when the pass no longer needs it. It runs the
work it is handed; this module itself never reads the store.
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
from mailbot.observe.logs import log_like_the_service

log = logging.getLogger(__name__)
_In = TypeVar("_In")
_Out = TypeVar("_Out")
NICE = 19  # the lowest priority: the pass's own processes always come first


def _start(parent: int, log: tuple[str, str] | None) -> None:
    """Worker initializer: lowest priority (the parent set it already; this makes sure),
    exit with the parent, and log as it does (``log``: level and format)."""
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, 0, NICE)
    leave_with_parent(parent)
    if log is not None:
        log_like_the_service(*log)


def load_all_rules(preload: tuple[str, ...]) -> int:
    """Runs in the worker: every offline rule module imported, then ``preload``; how many."""
    for module in (*RULE_MODULES, *preload):
        load_rules(module)
    return len(RULE_MODULES) + len(preload)


class AheadWorker:
    """One spawned process for drafts made ahead, started by the first work handed to it
    (a pass without forwards spawns none); it loads the rules before anything else."""

    def __init__(self, preload: tuple[str, ...] = (), log: tuple[str, str] | None = None) -> None:
        self._preload = preload  # modules its work needs, imported with the rules
        self._log = log  # the service's log level and format, for the worker's records
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
        """The rules (and the preloaded modules) are loaded: what the worker still has is
        then worth waiting for, since drafting here would first import them."""
        rules = self._rules
        return rules is not None and rules.done() and rules.exception() is None

    def _start(self) -> bool:
        if self._broken:
            return False
        try:
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(
                1, mp_context=context, initializer=_start, initargs=(os.getpid(), self._log)
            )
            self._rules = self._executor.submit(load_all_rules, self._preload)
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
