"""A batch's locked escalations are written together (mailbot/store/ahead.py), both backends.

The escalations a batch locked ahead (row locks on PostgreSQL, the write lock on SQLite)
wait in the session until the commit, where one ``executemany`` UPDATE writes them all,
even when their replies changed different columns; a forward in the batch flushes only
its new escalation (for its id). What must not change: each row ends with exactly what
its own replies left.
"""

from __future__ import annotations

from sqlalchemy import inspect

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.store.tables import Escalation
from mailbot.transactions import handle, handle_batch
from tests.support.databases import statements
from tests.support.flow import FORWARDS, escalation, event_kinds, last_mail, open_routed
from tests.support.mail import reply_to

DEFECTS = ("gmail_acme_api_latency.eml", "gmail_oscorp_data_loss.eml")


def _routed(app: App, fixture: str) -> tuple[str, bytes]:
    """An escalation routed to engineering (mike may act), and its brief."""
    ref = open_routed(app, fixture=fixture)
    return ref, last_mail(app, "routed_brief")


def _columns(esc: Escalation) -> dict[str, object]:
    return {c.key: getattr(esc, c.key) for c in inspect(Escalation).column_attrs}


def test_escalations_changed_in_different_columns_go_in_one_update(app: App) -> None:
    """An ack naming the owner (status, owner, owner name, acknowledged) and an update
    of an acknowledged escalation (status, progress) change different columns of two
    locked escalations: one ``executemany`` writes both, and each row gets only what its
    own reply changed (the columns only the other reply changed keep their values)."""
    acked_ref, acked_brief = _routed(app, DEFECTS[0])
    updated_ref, updated_brief = _routed(app, DEFECTS[1])
    handle(app, reply_to(updated_brief, "mike@example.com", "ack", when=app.clock.now()))
    before = {ref: _columns(escalation(app, ref)) for ref in (acked_ref, updated_ref)}
    raws = [
        reply_to(acked_brief, "mike@example.com", "ack\nowner: Mike Ross <mike@example.com>",
                 when=app.clock.now()),
        reply_to(updated_brief, "mike@example.com", "update: found it", when=app.clock.now()),
    ]  # fmt: skip

    with statements(app.db, "UPDATE escalations") as updates:
        contexts = handle_batch(app, [(raw, None) for raw in raws])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 2
    assert len(updates) == 1, updates
    acked, updated = _columns(escalation(app, acked_ref)), _columns(escalation(app, updated_ref))
    assert acked["owner_name"] == "Mike Ross" and acked["acknowledged_at"] is not None
    changed = {k for k, v in updated.items() if v != before[updated_ref][k]}
    assert changed <= {"status", "updated_at", "last_progress_at", "next_update_due"}, changed
    assert updated["status"] == "in_progress" and updated["owner_name"] == ""
    assert [event_kinds(app, ref)[-1] for ref in (acked_ref, updated_ref)] == ["ack", "update"]


def test_a_forward_in_the_batch_leaves_the_waiting_updates_waiting(app: App) -> None:
    """A new escalation is flushed alone for its id: the locked escalations' UPDATEs still
    go together at the commit, not one round trip at each forward."""
    first, first_brief = _routed(app, DEFECTS[0])
    second, second_brief = _routed(app, DEFECTS[1])
    forward = (FORWARDS / "gmail_initech_uptime_sla.eml").read_bytes()
    raws = [
        reply_to(first_brief, "mike@example.com", "ack", when=app.clock.now()),
        reply_to(second_brief, "mike@example.com", "in progress", when=app.clock.now()),
        forward,
        reply_to(first_brief, "mike@example.com", "update: on it", when=app.clock.now()),
    ]

    with statements(app.db, "UPDATE escalations") as updates:
        contexts = handle_batch(app, [(raw, None) for raw in raws])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 4, contexts
    assert len(updates) == 1, updates
    assert escalation(app, first).status == "in_progress"  # ack, then an update
    assert escalation(app, second).status == "in_progress"
    assert event_kinds(app, contexts[2].escalation_ref) == ["created"]
