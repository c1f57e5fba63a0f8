"""Storing a draft asks the store for each thing once (issue 20).

Storing a made draft was 27 statements on PostgreSQL, a round trip each: the CSM's
overrides, the CSM's headline and ``separate`` (twice) each read the events; the brief
just stored was read back twice; the claimed job (with its raw forward) was read again
to mark it done; and each read flushed the writes before it, so the escalation was
UPDATEd three times. These counts hold the reads to one each, on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from mailbot.app import App
from mailbot.domain import Disposition, Status
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.store import repo
from mailbot.transactions import handle
from tests.support.flow import ACME, FORWARDS, outbox


@contextmanager
def statements(app: App) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(app.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(app.db.engine, "before_cursor_execute", record)


def _reads(seen: list[str], text: str) -> int:
    return sum(1 for s in seen if s.startswith("SELECT") and text in s)


def test_a_draft_is_stored_with_one_read_of_each_thing(app: App) -> None:
    assert handle(app, (FORWARDS / ACME).read_bytes()).outcome is Disposition.PROCESSED
    drafter = make_drafter(app.settings)
    with statements(app) as seen:
        assert run_draft_jobs(app.db, drafter, app.settings, app.routing, app.clock.now()) == 1
    assert _reads(seen, "FROM events") == 1  # overrides and `separate` together
    assert _reads(seen, "FROM brief_versions") == 0  # the brief just stored is not read back
    assert _reads(seen, "draft_jobs.raw") == 1  # the attachments' plan; not the claim's list
    assert sum(1 for s in seen if s.startswith("UPDATE escalations")) == 1  # one flush
    with app.db.session() as session:
        esc = repo.get_escalation(session, "ESC-2026-0001")
        assert esc is not None and esc.status == Status.DRAFT
        assert esc.draft_version == 1 and repo.latest_brief(session, esc.id) is not None
    assert outbox(app, kind="approval_request")
