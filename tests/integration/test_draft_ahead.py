"""`run --once` drafts its forwards ahead in a worker, and nothing else changes.

The worker's drafts are taken only for the request the drafting job builds itself, and
must be what drafting in-process would give for it: the same brief, flags and note, so
the stored brief version and the approval request mailed from it are the same bytes.
"""

from __future__ import annotations

from typing import Any

import pytest

from mailbot.drafting.ahead_worker import AheadWorker
from mailbot.drafting.brief import DraftRequest, DraftResult
from mailbot.drafting.drafters import draft
from mailbot.drafting.offline import OfflineDrafter
from mailbot.handlers import draft_ahead, draft_jobs
from mailbot.handlers.draft_ahead import DraftsAhead
from mailbot.runner import Runner
from mailbot.store.accounts import import_accounts, parse_accounts_csv
from mailbot.store.tables import BriefVersion, DraftJob
from tests.conftest import FIXTURES
from tests.integration.test_end_to_end import Loop
from tests.security.support import fresh_id

FORWARDS = sorted((FIXTURES / "forwards").glob("*.eml"))
ACCOUNTS = (
    "name,domains,arr,currency,renewal_date,tier\n"
    "Acme Corp,acme.example,480000,USD,2026-06-30,gold\n"
)


def _backlog(loop: Loop, n: int) -> None:
    for i in range(n):  # every forward fixture, some twice: different briefs, one account
        raw = fresh_id(FORWARDS[i % len(FORWARDS)].read_bytes(), f"a{i}")
        loop.servers.append("escalations", "INBOX", raw)


def _wait_for_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 30-mail pass ends before the worker has its rules, and its jobs would then be
    drafted here (not worth waiting for): here the pass waits, as a backlog's would, and
    long enough for a worker that a busy test machine starves (it runs at nice 19)."""
    monkeypatch.setattr(AheadWorker, "ready", lambda self: True)
    monkeypatch.setattr(draft_ahead, "_WAIT", 120.0)


def test_a_pass_takes_the_workers_drafts_and_they_are_the_in_process_ones(
    loop: Loop, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert loop.service._ahead_allowed  # the default (MAILBOT_DRAFT_AHEAD)
    _wait_for_the_worker(monkeypatch)
    with loop.app.db.session() as session:
        import_accounts(session, parse_accounts_csv(ACCOUNTS))
    _backlog(loop, 30)
    taken: list[tuple[DraftRequest, DraftResult | None]] = []
    real_take = draft_jobs.take

    def spy(ahead: Any, request: DraftRequest) -> DraftResult | None:
        taken.append((request, real_take(ahead, request)))
        return taken[-1][1]

    monkeypatch.setattr(draft_jobs, "take", spy)
    in_process: list[DraftRequest] = []
    monkeypatch.setattr(draft_jobs, "draft", lambda d, r: in_process.append(r) or draft(d, r))

    report = loop.service.run_once()

    assert report.inbound["processed"] == 30 and report.drafted == 20
    assert len(taken) == 20 and in_process == []  # each of the 20 drafted ahead, none here
    offline = OfflineDrafter(own_domains=[loop.app.settings.domain])
    for request, result in taken:
        assert result == draft(offline, request)  # what drafting here gives, flags and all
    assert any(request.account is not None for request, _ in taken)  # facts read for it
    with loop.app.db.session() as session:
        stored = session.query(BriefVersion).count()
        pending = session.query(DraftJob).filter(DraftJob.status == "pending").count()
    assert (stored, pending) == (20, 10)


def test_a_changed_request_is_drafted_afresh(loop: Loop, monkeypatch: pytest.MonkeyPatch) -> None:
    """Facts that change between the worker's draft and the job's (here: an account
    imported meanwhile) make the job draft in-process, from what it reads now."""
    _wait_for_the_worker(monkeypatch)
    _backlog(loop, 20)
    results = DraftsAhead.results

    def import_then_results(self: DraftsAhead, ready: Any) -> Any:
        done = results(self, ready)
        with loop.app.db.session() as session:
            import_accounts(session, parse_accounts_csv(ACCOUNTS))
        return done

    monkeypatch.setattr(DraftsAhead, "results", import_then_results)
    in_process: list[DraftRequest] = []
    monkeypatch.setattr(draft_jobs, "draft", lambda d, r: in_process.append(r) or draft(d, r))

    report = loop.service.run_once()

    assert report.drafted == 20
    # only the forwards from the account's domain; the others' drafts were still right
    assert in_process and all(r.account is not None for r in in_process)


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
