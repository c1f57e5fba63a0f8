"""Drafting leases: who is drafting a job, until when, and what a restart takes back.

A job is leased for ``MAILBOT_DRAFT_LEASE`` seconds when a worker starts drafting it; a
worker that dies mid-draft leaves the lease to run out, then another takes the job. The
holder (``host:pid``) lets a restarted ``mailbot run`` take back at once what its own
crashed predecessor held, without touching a live process's work.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from mailbot.domain import DraftJobStatus
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob

log = logging.getLogger(__name__)
HOLDER = f"{socket.gethostname()[:150]}:{os.getpid()}"


def claim(db: Database, now: datetime, lease: timedelta) -> DraftJob | None:
    """Lease the next pending job for ``lease`` (``MAILBOT_DRAFT_LEASE``): if this process
    dies while drafting, another may take the job over when the lease runs out.

    The candidates are read by id and the one won comes back from its UPDATE (RETURNING):
    the forward, which may be megabytes, is read once, and only for the job taken."""
    free = or_(DraftJob.claimed_until.is_(None), DraftJob.claimed_until <= now)
    with db.session() as session:
        pending = select(DraftJob.id).where(DraftJob.status == DraftJobStatus.PENDING, free)
        for job_id in session.scalars(pending.order_by(DraftJob.id).limit(5)).all():
            won = session.scalars(
                update(DraftJob)
                .where(DraftJob.id == job_id, DraftJob.status == DraftJobStatus.PENDING)
                .where(free)
                .values(
                    claimed_until=now + lease,
                    claimed_by=HOLDER,
                    attempts=DraftJob.attempts + 1,
                )
                .returning(DraftJob)
                .execution_options(synchronize_session=False)  # the row comes back whole
            ).first()
            if won is not None:
                return won
    return None


def release_interrupted(db: Database, now: datetime) -> int:
    """At start-up: leases held by a process of this host that no longer runs (its
    predecessor, crashed or killed mid-draft) are released, so the draft resumes now rather
    than when the lease runs out. Another live process's leases, here or on another
    host, are left alone: it may still be drafting."""
    host = HOLDER.rsplit(":", 1)[0] + ":"
    released = 0
    with db.session() as session:
        stmt = select(DraftJob).where(
            DraftJob.status == DraftJobStatus.PENDING,
            DraftJob.claimed_until > now,
            DraftJob.claimed_by.startswith(host, autoescape=True),
        )
        for job in session.scalars(stmt):
            pid = job.claimed_by.removeprefix(host)
            if job.claimed_by != HOLDER and not _alive(pid):
                job.claimed_until, job.claimed_by = None, ""
                released += 1
    if released:
        log.info("resuming %d draft(s) interrupted by the previous run", released)
    return released


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True
