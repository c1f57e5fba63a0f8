"""Which of a ``run --once`` pass's drafting jobs the worker drafts and stores ahead.

The pass drafts at most ``limit`` jobs, the oldest pending first. After each committed
batch that opened an escalation, the next pending jobs in that order (until ``limit`` are
chosen) are handed at once to the worker (:mod:`mailbot.drafting.ahead_worker`, at nice
19), which drafts and stores each one there (:mod:`mailbot.handlers.ahead_store`): the
same lease, code and transaction as the drafting loop, so whichever of the worker and the
main process claims a job first does it, and the other skips it. After the INBOX pass the
main process drafts alongside the worker what it has not begun (:meth:`Results.finish`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import or_, select

from mailbot.domain import DraftJobStatus, DraftPurpose
from mailbot.handlers.ahead_store import StoreAhead, store_ahead
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob

log = logging.getLogger(__name__)
# Seconds, for all the jobs still in the worker at the end of the pass: a worker at the
# lowest priority on a machine that other work keeps busy may starve. A job it has not
# finished by then is drafted on a later pass (its lease is released at start-up).
_WAIT = 3.0
# Jobs the worker has not finished at the end of the pass from which the main process
# drafts too: its first draft imports the offline rules (0.2-0.5 s, holding the GIL, so
# sending stalls meanwhile), worth it only against a long queue (~40 ms a job).
HELP_FROM = 12
_In = TypeVar("_In")
_Out = TypeVar("_Out")


class Submit(Protocol):
    """:meth:`mailbot.drafting.ahead_worker.AheadWorker.submit`: ``work(arg)`` there."""

    def __call__(self, work: Callable[[_In], _Out], arg: _In, /) -> Future[_Out] | None: ...


class DraftsAhead:
    """The jobs a pass has handed to the worker, by job id."""

    def __init__(
        self, db: Database, settings: Settings, routing: Routing, submit: Submit, limit: int
    ) -> None:
        self._db, self._settings, self._routing, self._submit = db, settings, routing, submit
        self._left, self._after_id = limit, 0
        self._futures: dict[int, Future[int]] = {}

    def after_batch(self, opened: bool, now: datetime) -> None:
        """A batch committed; ``opened``: it opened an escalation (so a job may wait).

        Each chosen job goes to the worker at once: it works at the lowest priority
        (:mod:`mailbot.drafting.ahead_worker`), so nothing of the pass waits for it.
        """
        if self._left > 0 and opened:
            self._choose(now)

    def _choose(self, now: datetime) -> None:
        with self._db.session() as session:
            rows = session.execute(
                select(DraftJob.id, DraftJob.purpose)
                .where(
                    DraftJob.status == DraftJobStatus.PENDING,
                    or_(DraftJob.claimed_until.is_(None), DraftJob.claimed_until <= now),
                    DraftJob.id > self._after_id,
                )
                .order_by(DraftJob.id)
                .limit(self._left)
            ).all()
        for job_id, purpose in rows:
            self._left, self._after_id = self._left - 1, job_id
            if purpose == DraftPurpose.BRIEF.value:
                task = StoreAhead(job_id, self._settings, self._routing, now)
                future = self._submit(store_ahead, task)
                if future is not None:
                    self._futures[job_id] = future

    def results(self, ready: Callable[[], bool]) -> Results:
        """The jobs handed over (:class:`Results`); ``ready()``: the worker has its rules."""
        futures, self._futures = self._futures, {}
        return Results(futures, ready, _WAIT)


class Results:
    """The jobs handed to the worker; :meth:`finish` sees each of them done.

    After the INBOX pass the worker (at nice 19, so starved while a busy pass ran) may
    still have many of them (:data:`HELP_FROM` or more): the main process then drafts them
    too, from the newest back, while the worker goes on from the oldest, two cores instead
    of one; whichever claims a job first does it
    (:func:`mailbot.handlers.draft_jobs.draft_job`), the other skips it. So also before
    the worker has its rules (a short pass: it is still starting). Otherwise what is left
    is the worker's, and waited for.
    ``wait`` (seconds, for all of them together) only bounds a worker that hangs or
    starves in the middle of a job.
    """

    def __init__(
        self, futures: dict[int, Future[int]], ready: Callable[[], bool], wait: float
    ) -> None:
        self._futures, self._ready, self._wait = futures, ready, wait
        self.handed, self.taken, self.here, self.waited = len(futures), 0, 0, 0.0

    def finish(self, draft_here: Callable[[int], int | None]) -> int:
        """Drafts stored for the handed jobs, by the worker or by ``draft_here(job_id)``
        (None: it could not claim the job, the worker has it or had it)."""
        futures, self._futures = self._futures, {}
        held: list[tuple[int, Future[int]]] = []
        left = sum(not future.done() for future in futures.values())
        helping = left >= HELP_FROM or (left > 0 and not self._ready())
        for job_id in sorted(futures, reverse=True):
            future = futures[job_id]
            if future.done() or not helping:
                held.append((job_id, future))
                continue
            mine = draft_here(job_id)
            if mine is None:
                held.append((job_id, future))
            else:
                self.here += mine
        began = time.monotonic()
        for job_id, future in sorted(held):  # the worker's, finishing
            self.taken += _stored(job_id, future, max(0.0, began + self._wait - time.monotonic()))
        self.waited = time.monotonic() - began
        return self.taken + self.here


def _stored(job_id: int, future: Future[int], timeout: float) -> int:
    try:
        return future.result(timeout=timeout)
    except Exception as exc:  # a timeout, or the worker died: the job's lease runs out
        log.warning("drafting job %d not done by the worker: %r", job_id, exc)
        return 0
