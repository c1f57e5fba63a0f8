"""The duplicate check reads its candidates in batches: the same keys as one at a time.

``find_match`` reads every related open escalation's latest brief and first forward with
two statements for all of them (``_candidate_keys``) instead of two per escalation
(``keys_of``). These tests hold the two readings equal where they could drift: several
brief versions (the highest counts) and several brief jobs (the first forward counts).
"""

from __future__ import annotations

from sqlalchemy import select

from mailbot.app import App
from mailbot.domain import Disposition, DraftPurpose
from mailbot.handlers.dedupe import _candidate_keys, _Open, keys_of, others
from mailbot.store.tables import BriefVersion, DraftJob, Escalation
from mailbot.transactions import handle
from tests.integration.test_duplicates import HOOLI, forward
from tests.support.flow import ACME, FORWARDS

INITECH = "apple_initech_scim_feature.eml"


def _later_versions(app: App, ref: str) -> None:
    """A second brief version with another headline, and a later brief job of another mail."""
    with app.db.session() as session:
        esc = session.scalars(select(Escalation).where(Escalation.ref == ref)).one()
        top = session.scalars(
            select(BriefVersion)
            .where(BriefVersion.escalation_id == esc.id)
            .order_by(BriefVersion.version.desc())
        ).first()
        assert top is not None
        content = {**top.content, "headline": "A later headline", "customer_impact": "Worse"}
        session.add(
            BriefVersion(
                escalation_id=esc.id, version=top.version + 1, content=content,
                content_hash="x", drafter="test", created_at=app.clock.now(),
            )
        )  # fmt: skip
        session.add(
            DraftJob(
                escalation_id=esc.id, version=top.version + 1, source_message_id="<later@x>",
                raw=(FORWARDS / INITECH).read_bytes(), purpose=DraftPurpose.BRIEF,
                status="done", created_at=app.clock.now(),
            )
        )  # fmt: skip


def test_batched_keys_equal_the_keys_read_one_at_a_time(app: App) -> None:
    acme = forward(app, ACME)
    forward(app, HOOLI)
    newest = forward(app, INITECH, "omar@example.com")
    _later_versions(app, acme)
    domain = app.settings.domain
    with app.db.session() as session:
        esc = session.scalars(select(Escalation).where(Escalation.ref == newest)).one()
        columns = (getattr(Escalation, name) for name in _Open._fields)
        rows = [_Open(*row) for row in session.execute(others(select(*columns), esc))]
        batched = _candidate_keys(session, rows, domain)
        one_by_one = [keys_of(session, session.get_one(Escalation, r.id), domain) for r in rows]
    assert len(batched) == 2
    assert batched == one_by_one
    by_ref = {keys.ref: keys for keys in batched}
    assert (by_ref[acme].headline, by_ref[acme].impact) == ("A later headline", "Worse")
    assert "initech" not in by_ref[acme].customer_text.lower()  # the first forward's text
    assert by_ref[acme].customer_text


def test_no_candidates_reads_nothing(app: App) -> None:
    with app.db.session() as session:
        assert _candidate_keys(session, [], app.settings.domain) == []


def test_a_row_from_before_the_kept_text_reads_its_forward(app: App) -> None:
    """Escalations opened before migration 0009 have no customer text on the row: the check
    parses their first forward and finds the same text the row would hold."""
    acme = forward(app, ACME)
    newest = forward(app, INITECH, "omar@example.com")
    domain = app.settings.domain
    with app.db.session() as session:
        esc = session.scalars(select(Escalation).where(Escalation.ref == newest)).one()
        columns = [getattr(Escalation, name) for name in _Open._fields]
        kept = [_Open(*row) for row in session.execute(others(select(*columns), esc))]
        older = [row._replace(customer_text=None) for row in kept]
        from_rows = _candidate_keys(session, kept, domain)
        from_forwards = _candidate_keys(session, older, domain)
    assert [k.ref for k in from_rows] == [acme]
    assert from_rows[0].customer_text and from_rows == from_forwards


def test_a_forward_keeps_its_customer_text_on_the_row(app: App) -> None:
    ref = forward(app, ACME)
    with app.db.session() as session:
        text = session.scalars(select(Escalation.customer_text).where(Escalation.ref == ref)).one()
    assert text is not None and "12 seconds instead of under 1 second" in text
    assert "P1 please" not in text  # the CSM's note is not the customer's text


def test_a_nul_in_the_customers_text_does_not_stop_the_opening(app: App) -> None:
    """PostgreSQL's text columns refuse NUL: a forward whose body ended in one failed to
    open and was retried forever (found by test_pipeline_property under faketime)."""
    raw = (FORWARDS / ACME).read_bytes().rstrip(b"\n") + b"\x00\n"
    ctx = handle(app, raw)
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    with app.db.session() as session:
        text = session.scalars(select(Escalation.customer_text)).one()
    assert text and "\x00" not in text
