"""Which of a ``run --once`` pass's drafting jobs the worker drafts ahead.

The pass drafts at most ``limit`` jobs after the INBOX pass, the oldest pending first
(:func:`mailbot.handlers.draft_leases.claim`). After each committed batch that opened an
escalation, the next pending jobs in that order (until ``limit`` are chosen) are looked
up with their account facts, here on the main process since that reads the store, and
handed at once to the worker (:mod:`mailbot.drafting.ahead_worker`, at nice 19) with
:func:`mailbot.drafting.ahead.draft_ahead`. Nothing is
written: a job is still claimed, drafted and stored by the drafting worker, which takes a
result made ahead only for an equal request (:func:`mailbot.drafting.ahead.take`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import or_, select

from mailbot.domain import DraftJobStatus, DraftPurpose
from mailbot.drafting.ahead import Ahead, AheadJob, draft_ahead
from mailbot.drafting.drafters import find_account
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.parse import parse_message
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob

log = logging.getLogger(__name__)
# Seconds, for all the drafts still in the worker at the end of the pass: a worker at the
# lowest priority on a machine that other work keeps busy may starve; its jobs are then
# drafted here, ~0.4 s of rules and ~35 ms a draft, as without it.
_WAIT = 3.0
_In = TypeVar("_In")
_Out = TypeVar("_Out")


class Submit(Protocol):
    """:meth:`mailbot.drafting.ahead_worker.AheadWorker.submit`: ``work(arg)`` there."""

    def __call__(self, work: Callable[[_In], _Out], arg: _In, /) -> Future[_Out] | None: ...


class DraftsAhead:
    """The drafts a pass has handed to the worker, by job id."""

    def __init__(self, db: Database, settings: Settings, submit: Submit, limit: int) -> None:
        self._db, self._settings, self._submit = db, settings, submit
        self._left, self._after_id = limit, 0
        self._futures: dict[int, Future[Ahead]] = {}

    def after_batch(self, forwards: Mapping[bytes, InboundMessage], now: datetime) -> None:
        """A batch committed; ``forwards`` are its forwards (raw → parsed) that opened one.

        Each chosen job goes to the worker at once: it works at the lowest priority
        (:mod:`mailbot.drafting.ahead_worker`), so nothing of the pass waits for it.
        """
        if self._left > 0 and forwards:
            self._choose(forwards, now)

    def _choose(self, forwards: Mapping[bytes, InboundMessage], now: datetime) -> None:
        with self._db.session() as session:
            rows = session.execute(
                select(DraftJob.id, DraftJob.raw, DraftJob.csm_context, DraftJob.purpose)
                .where(
                    DraftJob.status == DraftJobStatus.PENDING,
                    or_(DraftJob.claimed_until.is_(None), DraftJob.claimed_until <= now),
                    DraftJob.id > self._after_id,
                )
                .order_by(DraftJob.id)
                .limit(self._left)
            ).all()
        for job_id, raw, context, purpose in rows:
            self._left, self._after_id = self._left - 1, job_id
            if purpose == DraftPurpose.BRIEF.value:
                self._hand_over(job_id, raw, tuple(context), forwards.get(raw), now)

    def _hand_over(
        self,
        job_id: int,
        raw: bytes,
        context: tuple[str, ...],
        message: InboundMessage | None,
        now: datetime,
    ) -> None:
        settings = self._settings
        if message is None:  # an older job: parsed here for its customer's domains
            message = parse_message(raw, own_addresses=frozenset({settings.address}))
        account = find_account(self._db, message.thread, settings.domain)
        job = AheadJob(raw, settings.address, settings.domain, account, context, now)
        future = self._submit(draft_ahead, job)
        if future is not None:
            self._futures[job_id] = future

    def results(self, ready: Callable[[], bool]) -> Results:
        """The drafts handed over, each waited for when its job asks (:class:`Results`)
        once ``ready()`` (the worker has its rules loaded)."""
        futures, self._futures = self._futures, {}
        return Results(futures, ready, _WAIT)


class Results:
    """Drafts made ahead by job id; :meth:`pop` waits for the one its job needs.

    So the drafting job stores the first drafts while the worker still makes the last.
    Once the worker has its rules, waiting for it is never slower than drafting here,
    which would first import them; before that (a short pass: the worker is still
    starting) the job is drafted here at once. ``wait`` (seconds, for all of them
    together) only bounds a worker that hangs or starves. A draft that failed or is not
    ready by then is left out: its job is drafted in-process.
    """

    def __init__(
        self, futures: dict[int, Future[Ahead]], ready: Callable[[], bool], wait: float
    ) -> None:
        self._futures, self._ready, self._wait = futures, ready, wait
        self._deadline: float | None = None
        self.handed, self.taken = len(futures), 0

    def pop(self, job_id: int, default: Ahead | None = None, /) -> Ahead | None:
        future = self._futures.pop(job_id, None)
        if future is None or not (future.done() or self._ready()):
            return default
        if self._deadline is None:
            self._deadline = time.monotonic() + self._wait
        try:
            ahead = future.result(timeout=max(0.0, self._deadline - time.monotonic()))
        except Exception as exc:  # a timeout, or the worker died: drafted in-process
            log.debug("draft of job %d not made ahead: %s", job_id, exc)
            return default
        self.taken += 1
        return ahead
