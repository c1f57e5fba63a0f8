"""Which of a ``run --once`` pass's drafting jobs the parse worker drafts ahead.

The pass drafts at most ``limit`` jobs after the INBOX pass, the oldest pending first
(:func:`mailbot.handlers.draft_leases.claim`). After each committed batch that opened an
escalation, the next pending jobs in that order (until ``limit`` are chosen) are looked
up with their account facts, here on the main process since that reads the store, and
handed to the worker with :func:`mailbot.drafting.ahead.draft_ahead`. Nothing is
written: a job is still claimed, drafted and stored by the drafting worker, which takes a
result made ahead only for an equal request (:func:`mailbot.drafting.ahead.take`).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import or_, select

from mailbot.domain import DraftJobStatus, DraftPurpose
from mailbot.drafting.ahead import RULE_MODULES, Ahead, AheadJob, draft_ahead, load_rules
from mailbot.drafting.drafters import find_account
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.parse import parse_message
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob

log = logging.getLogger(__name__)
_WAIT = 10.0  # seconds, for all the drafts still in the worker at the end of the pass
_In = TypeVar("_In")
_Out = TypeVar("_Out")


class Submit(Protocol):
    """:meth:`mailbot.inbound.parse_pool.ParsePool.submit`: ``work(arg)`` on the worker."""

    def __call__(self, work: Callable[[_In], _Out], arg: _In, /) -> Future[_Out] | None: ...


class DraftsAhead:
    """The drafts a pass has handed to the worker, by job id."""

    def __init__(self, db: Database, settings: Settings, submit: Submit, limit: int) -> None:
        self._db, self._settings, self._submit = db, settings, submit
        self._left, self._after_id = limit, 0
        self._futures: dict[int, Future[Ahead]] = {}
        self._steps: deque[str | tuple[int, AheadJob]] = deque()  # modules, then drafts
        self._loading = False

    def after_batch(self, forwards: Mapping[bytes, InboundMessage], now: datetime) -> None:
        """A batch committed; ``forwards`` are its forwards (raw → parsed) that opened one.

        The worker gets one step a batch (a rule module to load, or one draft: at most
        about 30 ms), so it never holds up the parsing the watcher waits for.
        """
        if self._left > 0 and forwards:
            self._choose(forwards, now)
        if self._steps:
            self._submit_step()

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
        if not self._loading:
            self._loading = True
            self._steps.extend(RULE_MODULES)
        self._steps.append((job_id, job))

    def _submit_step(self) -> None:
        step = self._steps.popleft()
        if isinstance(step, str):
            self._submit(load_rules, step)
            return
        job_id, job = step
        future = self._submit(draft_ahead, job)
        if future is not None:
            self._futures[job_id] = future

    def results(self, wait: float = _WAIT) -> dict[int, Ahead]:
        """The drafts made, waiting at most ``wait`` seconds in all for the last ones.

        Waiting for the worker is never slower than drafting here, which would first
        import the rules the worker has loaded; ``wait`` only bounds a worker that hangs.
        A draft that failed or is not ready by then is left out: its job is drafted here.
        """
        while self._steps:  # the pass is over: the worker has nothing else to do
            self._submit_step()
        deadline, done = time.monotonic() + wait, {}
        for job_id, future in self._futures.items():
            try:
                done[job_id] = future.result(timeout=max(0.0, deadline - time.monotonic()))
            except Exception as exc:  # a timeout, or the worker died: draft it in-process
                log.debug("draft of job %d not made ahead: %s", job_id, exc)
        log.info("%d of %d drafts made ahead", len(done), len(self._futures))
        self._futures.clear()
        return done
