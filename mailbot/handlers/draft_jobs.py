"""The drafting worker: the jobs that write an escalation's brief and ask for approval.

Drafting is a job, not a step of reply processing: the inbound pass stores the forward and
a job in one transaction, and a separate worker drafts (possibly slowly, with an LLM) and
mails the approval request. Team replies never wait behind a draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import update
from sqlalchemy.orm import Session

from mailbot.domain import (
    AccountFacts,
    Category,
    DraftJobStatus,
    Sentiment,
    Severity,
    Status,
)
from mailbot.drafting.ahead import Ahead, take
from mailbot.drafting.brief import Brief, Drafter, DraftResult
from mailbot.drafting.drafters import draft, draft_request, find_account
from mailbot.handlers import dedupe, update_job
from mailbot.handlers.draft_leases import claim
from mailbot.handlers.overrides import Decided, apply_overrides, recorded_decisions
from mailbot.inbound.parse import parse_message
from mailbot.observe import metrics
from mailbot.outbox import notices
from mailbot.outbox.mailer import Mailer
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store import repo
from mailbot.store.accounts import account_of
from mailbot.store.db import Database
from mailbot.store.tables import BriefVersion, DraftJob, Escalation

log = logging.getLogger(__name__)
MAX_DRAFT_ATTEMPTS = 3
DRAFTS_A_ROUND = 20  # jobs one call drafts at most (so a `run --once` pass)


class AheadByJob(Protocol):
    """Drafts made ahead by job id: a dict, or :class:`mailbot.handlers.draft_ahead.Results`
    (which waits for each when it is asked for)."""

    def pop(self, job_id: int, default: None, /) -> Ahead | None: ...


def run_draft_jobs(
    db: Database,
    drafter: Drafter,
    settings: Settings,
    routing: Routing,
    now: datetime,
    limit: int = DRAFTS_A_ROUND,
    should_stop: Callable[[], bool] = lambda: False,
    clock: Callable[[], datetime] | None = None,
    ahead: AheadByJob | None = None,
) -> int:
    """Draft pending jobs; returns how many approval requests were queued.

    ``should_stop`` is checked between drafts, so a shutdown waits for at most the one
    draft in flight, not the whole batch of slow LLM calls. With ``clock``, each job reads
    the time afresh, so a lease taken after several slow drafts is still a full lease.
    ``ahead``: offline drafts made ahead by job id (:mod:`mailbot.handlers.draft_ahead`),
    each taken only for the very request the job builds.
    """
    ahead = ahead if ahead is not None else {}
    done = 0
    for _ in range(limit):
        if should_stop():
            break
        now = clock() if clock else now
        job = claim(db, now, timedelta(seconds=settings.draft_lease_seconds))
        if job is None:
            break
        try:
            done += _draft_one(db, drafter, settings, routing, now, job, ahead.pop(job.id, None))
        except Exception as exc:  # a job that keeps failing is parked, never retried forever
            metrics.DRAFT_FAILURES.inc()
            log.exception("drafting job %d failed (attempt %d)", job.id, job.attempts)
            if job.attempts >= MAX_DRAFT_ATTEMPTS:  # the claim's UPDATE counted this one
                _park(db, job.id, f"{type(exc).__name__}: {exc}", settings, routing, now)
    return done


def _draft_one(
    db: Database,
    drafter: Drafter,
    settings: Settings,
    routing: Routing,
    now: datetime,
    job: DraftJob,
    ahead: Ahead | None = None,
) -> int:
    if job.purpose == update_job.PURPOSE:
        update_job.run(db, settings, routing, now, job)
        return 0
    message = parse_message(job.raw, own_addresses=frozenset({settings.address}))
    account = find_account(db, message.thread, settings.domain)
    request = draft_request(message, account=account, now=now, csm_context=tuple(job.csm_context))
    result = take(ahead, request) or draft(drafter, request)
    if message.unreadable:  # the CSM must know the brief may miss what could not be read
        result.flags.append(f"part of the mail could not be read: {message.unreadable}")
    with db.session() as session:
        stored = _store_draft(session, job, result, account, settings, routing, now)
        if stored is not None:  # the duplicate check compares the brief just stored
            esc, version, decided = stored
            mailer = Mailer(session, settings, routing, now)
            match = dedupe.flag_possible_duplicate(
                session, esc, settings.domain, message.thread, now,
                kept_separate=decided.kept_separate, content=version.content,
            )  # fmt: skip
            duplicate = None if match is None else dedupe.note_of(mailer, match, match.reason)
            _ask_approval(mailer, esc, version, _trusted(session, esc, account), duplicate)
    metrics.drafted(result.drafter)
    return int(stored is not None)


def _park(
    db: Database, job_id: int, error: str, settings: Settings, routing: Routing, now: datetime
) -> None:
    """Give up on a job: record it, and tell the CSM, who may forward again or reject."""
    with db.session() as session:
        job = session.get(DraftJob, job_id)
        esc = session.get(Escalation, job.escalation_id) if job else None
        if job is None or esc is None:
            return
        job.status, job.last_error = DraftJobStatus.FAILED, error[:2000]
        repo.add_event(
            session, esc, at=now, actor="mailbot", kind="draft_failed",
            from_status=esc.status, to_status=esc.status, detail=error[:500],
        )  # fmt: skip
        mailer = Mailer(session, settings, routing, now)
        notices.notice(
            mailer, esc, kind="draft_failed", to=(esc.csm,),
            headline="No draft could be made for this forward",
            body=f"mailbot tried {MAX_DRAFT_ATTEMPTS} times and gave up: {error[:300]}",
            footer="Forward the thread again, or reply 'reject' to drop this escalation.",
        )  # fmt: skip


def _store_draft(
    session: Session,
    job: DraftJob,
    result: DraftResult,
    account: AccountFacts | None,
    settings: Settings,
    routing: Routing,
    now: datetime,
) -> tuple[Escalation, BriefVersion, Decided] | None:
    """Store the draft as the escalation's next brief version; None if it is stale.

    The escalation row is locked so that a concurrent re-draft or decision cannot
    interleave; the job is done either way, since a superseded draft is never retried.
    ``job`` is the claimed row (its raw forward is not read again to mark it done).
    """
    esc = session.get(Escalation, job.escalation_id, with_for_update=True)
    assert esc is not None
    session.execute(
        update(DraftJob).where(DraftJob.id == job.id).values(status=DraftJobStatus.DONE)
    )
    if esc.status != Status.DRAFT or esc.draft_version > job.version:
        log.info("%s: draft v%d superseded; not sent", esc.ref, job.version)
        return None
    decided = recorded_decisions(session, esc)  # a re-draft never undoes the CSM's choices
    esc.draft_version = job.version
    _copy_brief_facts(esc, result.brief, account, now)
    brief = result.brief.model_dump(mode="json")
    content = apply_overrides(session, esc, brief, decided.overrides, every_override=True)
    esc.teams = list(routing.teams_at_level(Category(esc.category), 0))
    return esc, _record_draft(session, esc, job.version, result, content, now), decided


def _copy_brief_facts(
    esc: Escalation, brief: Brief, account: AccountFacts | None, now: datetime
) -> None:
    """The escalation's columns follow the draft; looked-up account facts beat the LLM's."""
    esc.category, esc.severity = brief.category.value, brief.severity.value
    esc.sentiment = brief.sentiment.value
    if account is not None:
        esc.account_name, esc.arr, esc.currency = account.name, account.arr, account.currency
        esc.account_domain = account.domains[0] if account.domains else ""
    elif brief.account:
        esc.account_name = brief.account[:200]
    esc.updated_at = now


def _record_draft(
    session: Session,
    esc: Escalation,
    version: int,
    result: DraftResult,
    content: dict[str, Any],
    now: datetime,
) -> BriefVersion:
    """The brief version with its drafting cost, and a ``drafted`` event for the history."""
    stored = repo.add_brief_version(
        session,
        esc,
        content=content,
        drafter=result.drafter,
        drafter_note=result.note,
        prompt_version=result.prompt_version,
        input_tokens=result.input_tokens,
        output_tokens=result.output_tokens,
        latency_ms=result.latency_ms,
        cost_usd=result.cost_usd,
        flags=list(result.flags),
        created_at=now,
    )
    repo.add_event(
        session,
        esc,
        at=now,
        actor=result.drafter,
        kind="drafted",
        from_status=esc.status,
        to_status=esc.status,
        detail=f"v{version} by {result.drafter}" + (f": {result.note}" if result.note else ""),
    )
    return stored


def send_approval_request(mailer: Mailer, esc: Escalation) -> None:
    """The draft with the route it would take now: the same account facts as routing uses."""
    version = repo.latest_brief(mailer.session, esc.id)
    assert version is not None
    account = account_of(mailer.session, esc)
    _ask_approval(mailer, esc, version, account, dedupe.duplicate_note(mailer, esc))


def _ask_approval(
    mailer: Mailer,
    esc: Escalation,
    version: BriefVersion,
    account: AccountFacts | None,
    duplicate: dict[str, str] | None,
) -> None:
    route = mailer.routing.route(
        Category(esc.category), Severity(esc.severity), account, Sentiment(esc.sentiment)
    )
    drafting = {"drafter": version.drafter, "note": version.drafter_note}
    notices.approval_request(
        mailer,
        esc,
        dict(version.content),
        drafting,
        list(version.flags),
        route.to,
        route.reasons,
        duplicate=duplicate,
        account_rule=_account_rule(mailer, esc, account),
    )


def _trusted(session: Session, esc: Escalation, found: AccountFacts | None) -> AccountFacts | None:
    """:func:`account_of` for an escalation just drafted: the account the draft looked up
    is the same row unless the CSM's ``account:`` override moved it elsewhere."""
    if not esc.account_domain:
        return None
    if found is not None and found.domains and found.domains[0] == esc.account_domain:
        return found
    return account_of(session, esc)


def _account_rule(
    mailer: Mailer, esc: Escalation, account: AccountFacts | None
) -> dict[str, str] | None:
    """An account rule of the routing file that suggests another category (SPEC §2), for
    the CSM to take or leave: shown beside the drafter's suggestion, never applied."""
    found = mailer.routing.suggested_category(
        account, Severity(esc.severity), Sentiment(esc.sentiment)
    )
    if found is None or found[0].value == esc.category:
        return None
    category, rule = found
    return {"category": category.value, "rule": rule}
