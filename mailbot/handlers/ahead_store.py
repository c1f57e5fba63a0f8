"""Runs in the drafting worker: a forward's drafting job, drafted and stored there.

A ``run --once`` pass drafts up to 20 forwards. Drafting the brief was already done
ahead in the worker (session 18-20), but storing it was left to the main process after
the INBOX pass: ~37 ms a job (its claim, account facts, the brief version, the duplicate
check, the approval request, about 17 round trips), ~0.75 s of a 5 s pass while the
second core idled. Here the worker does the whole job, as the drafting loop would, on its
own connection and at nice 19, during the pass; the main process only waits for it at
the end, and drafts what the worker did not take.

Exactly what :func:`mailbot.handlers.draft_jobs.run_draft_jobs` does for one job: the same
lease (so the worker and the main process never both take a job), the same
:func:`~mailbot.handlers.draft_jobs.draft_job` (a failure is logged, counted and
parked after the third), one transaction for the brief and its approval request. Only the
offline drafter is used here: an LLM's drafts are never made ahead.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from mailbot.app import database
from mailbot.drafting.brief import Drafter
from mailbot.handlers.draft_jobs import draft_job
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreAhead:
    """One job for the worker: which, with the pass's settings, routing and the time to
    draft at (when it was handed over: a job drafted in the pass is drafted at its time)."""

    job_id: int
    settings: Settings
    routing: Routing
    now: datetime


@dataclass(frozen=True)
class _Context:
    settings: Settings
    db: Database
    routing: Routing
    drafter: Drafter


_context: _Context | None = None  # the worker's store and routing, opened by its first job


def store_ahead(task: StoreAhead) -> int:
    """1 if the job's brief was stored and its approval request queued here; 0 if the job
    was taken already (done, or leased by someone else), superseded, or failed."""
    context = _context_for(task.settings, task.routing)
    settings, db = task.settings, context.db
    return draft_job(db, context.drafter, settings, context.routing, task.now, task.job_id) or 0


def _context_for(settings: Settings, routing: Routing) -> _Context:
    global _context
    if _context is None or (_context.settings, _context.routing) != (settings, routing):
        if _context is not None:
            _context.db.dispose()
        from mailbot.drafting.offline import OfflineDrafter  # here: the main process, which
        # imports this module, loads the rules only if it drafts (LazyDrafter)

        drafter = OfflineDrafter(own_domains=[settings.domain])
        _context = _Context(settings, database(settings), routing, drafter)
    return _context
