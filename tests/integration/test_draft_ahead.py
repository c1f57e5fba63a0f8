"""`run --once` has its forwards drafted and stored by a worker, and nothing else changes.

The worker runs the drafting loop's own code for each job it is handed (same lease, same
transaction), so the briefs, escalation columns and approval requests it stores must be
exactly what the main process stores when drafting after the pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from mailbot.drafting.brief import DraftRequest
from mailbot.drafting.drafters import draft
from mailbot.handlers import draft_ahead, draft_jobs
from mailbot.handlers.draft_leases import HOLDER
from mailbot.runner import Runner
from mailbot.store.accounts import import_accounts, parse_accounts_csv
from mailbot.store.db import Database
from mailbot.store.schema_base import Base
from mailbot.store.tables import BriefVersion, DraftJob, Escalation, OutboxItem
from tests.conftest import FIXTURES
from tests.integration.test_end_to_end import Loop
from tests.security.support import fresh_id
from tests.support.databases import truncate_all

FORWARDS = sorted((FIXTURES / "forwards").glob("*.eml"))
ACCOUNTS = (
    "name,domains,arr,currency,renewal_date,tier\n"
    "Acme Corp,acme.example,480000,USD,2026-06-30,gold\n"
)


def _backlog(loop: Loop, n: int) -> None:
    with loop.app.db.session() as session:
        import_accounts(session, parse_accounts_csv(ACCOUNTS))
    for i in range(n):  # every forward fixture, some twice: different briefs, one account
        raw = fresh_id(FORWARDS[i % len(FORWARDS)].read_bytes(), f"a{i}")
        loop.servers.append("escalations", "INBOX", raw)


def _leave_it_to_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """After the pass the main process drafts the handed jobs alongside the worker; here it
    does not, so the worker stores all of them, waited for long enough for a worker that a
    busy test machine starves (it runs at nice 19)."""
    monkeypatch.setattr(Runner, "_draft_job", lambda self, job_id: None)
    monkeypatch.setattr(draft_ahead, "_WAIT", 120.0)


def _stored(loop: Loop) -> list[tuple[Any, ...]]:
    """What drafting left, escalation by escalation: its columns, its brief version and
    the approval request queued for it (recipients, and the recipe's subject and body)."""
    with loop.app.db.session() as session:
        rows = []
        for esc in session.query(Escalation).order_by(Escalation.ref):
            brief = session.query(BriefVersion).filter_by(escalation_id=esc.id).one_or_none()
            mails = session.query(OutboxItem).filter_by(
                escalation_id=esc.id, kind="approval_request"
            )
            rows.append((
                esc.ref, esc.status, esc.category, esc.severity, esc.sentiment,
                esc.account_name, esc.duplicate_of, esc.duplicate_reason, list(esc.teams),
                brief and (brief.content, brief.flags, brief.drafter, brief.drafter_note),
                [(m.recipients, _readable(m)) for m in mails],
            ))  # fmt: skip
        return rows


def _readable(item: OutboxItem) -> Any:
    recipe = dict(item.recipe or {})
    recipe.pop("message_id", None)  # the one part made afresh for each mail
    return recipe


def _empty(db: Database) -> None:
    """Every table emptied, ids and counters starting again (refs are then the same)."""
    if db.engine.dialect.name == "postgresql":
        truncate_all(db)
        return
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


def test_the_worker_stores_the_passs_drafts_as_the_main_process_would(
    loop: Loop, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert loop.service._ahead_allowed  # the default (MAILBOT_DRAFT_AHEAD)
    _leave_it_to_the_worker(monkeypatch)
    in_process: list[DraftRequest] = []
    monkeypatch.setattr(draft_jobs, "draft", lambda d, r: in_process.append(r) or draft(d, r))
    _backlog(loop, 30)

    report = loop.service.run_once()

    assert report.inbound["processed"] == 30 and report.drafted == 20
    assert in_process == []  # none of the 20 drafted by the main process
    with loop.app.db.session() as session:
        jobs = session.query(DraftJob).order_by(DraftJob.id).all()
        done = [job for job in jobs if job.status == "done"]
        assert len(done) == 20 and all(job.status == "pending" for job in jobs[20:])
        assert {job.claimed_by for job in done} != {HOLDER}  # leased by the worker's pid
        assert all(job.attempts == 1 for job in done)
    by_worker = _stored(loop)
    assert sum(1 for row in by_worker if row[9] is not None and row[10]) == 20

    # The same backlog again, on an empty store, drafted by the main process after the pass.
    _empty(loop.app.db)
    loop.servers.clear("escalations")
    _backlog(loop, 30)
    report = _runner(loop, draft_ahead=False).run_once()
    assert report.drafted == 20 and len(in_process) == 20
    assert _stored(loop) == by_worker


def test_the_worker_and_the_main_process_split_the_jobs_each_done_once(loop: Loop) -> None:
    _backlog(loop, 30)
    report = loop.service.run_once()  # as it comes: whoever claims a job first drafts it
    assert report.drafted == 20
    with loop.app.db.session() as session:
        done = session.query(DraftJob).filter(DraftJob.status == "done").all()
        assert len(done) == 20 and all(job.attempts == 1 for job in done)
        assert session.query(BriefVersion).count() == 20
    by_both = _stored(loop)
    _empty(loop.app.db)
    loop.servers.clear("escalations")
    _backlog(loop, 30)
    assert _runner(loop, draft_ahead=False).run_once().drafted == 20
    assert _stored(loop) == by_both


def test_jobs_taken_by_someone_else_are_left_to_them(loop: Loop) -> None:
    """The worker claims a job as the drafting loop does: one leased or done is skipped."""
    from datetime import timedelta

    from mailbot.handlers.ahead_store import StoreAhead, store_ahead
    from mailbot.handlers.draft_leases import claim

    _backlog(loop, 2)
    loop.service.watcher.run_once()  # stores the forwards and their jobs, drafts nothing
    now, lease = loop.app.clock.now(), timedelta(minutes=10)
    held = claim(loop.app.db, now, lease)  # the main process holds the first
    assert held is not None
    settings, routing = loop.app.settings, loop.app.routing
    assert store_ahead(StoreAhead(held.id, settings, routing, now)) == 0
    other = held.id + 1
    assert store_ahead(StoreAhead(other, settings, routing, now)) == 1  # drafted and stored
    assert store_ahead(StoreAhead(other, settings, routing, now)) == 0  # done: not again
    with loop.app.db.session() as session:
        statuses = {job.id: job.status for job in session.query(DraftJob)}
        assert statuses == {held.id: "pending", other: "done"}
        assert session.query(BriefVersion).count() == 1


def _runner(loop: Loop, **settings: Any) -> Runner:
    """A runner over the loop's store with ``settings`` changed."""
    changed = loop.app.settings.model_copy(update=settings)
    app = type(loop.app)(settings=changed, routing=loop.app.routing, db=loop.app.db,
                         clock=loop.app.clock)  # fmt: skip
    return Runner(app)


def test_drafting_ahead_is_on_unless_turned_off_or_without_a_spare_core(loop: Loop) -> None:
    assert loop.app.settings.draft_ahead is True and loop.service._ahead_allowed is True
    assert _runner(loop, draft_ahead=False)._ahead_allowed is False
    assert _runner(loop, parse_processes=0)._ahead_allowed is False  # a one-core machine


def test_with_an_llm_configured_nothing_is_drafted_ahead(loop: Loop) -> None:
    llm = {"llm_base_url": "http://127.0.0.1:9/v1", "llm_model": "m"}
    runner = _runner(loop, draft_ahead=True, **llm)
    assert runner.app.settings.llm_configured
    assert runner._ahead_allowed is False
    assert _runner(loop, draft_ahead=True)._ahead_allowed is True


def test_the_rule_modules_loaded_step_by_step_are_the_offline_drafters() -> None:
    """Each step loads one module; together they are everything the drafter imports, so
    the draft itself imports nothing (no step larger than one module's compile)."""
    import subprocess
    import sys

    code = (
        "import sys; from mailbot.drafting import ahead\n"
        "for m in ahead.RULE_MODULES:\n"
        "    before = set(sys.modules); ahead.load_rules(m)\n"
        "    new = {x for x in set(sys.modules) - before if x.startswith('mailbot.drafting')}\n"
        "    assert new == {m}, (m, new)\n"
        "before = set(sys.modules); import mailbot.drafting.offline\n"
        "assert set(sys.modules) == before"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
