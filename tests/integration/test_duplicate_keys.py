"""The duplicate check reads its candidates in batches: the same keys as one at a time.

``find_match`` reads every related open escalation's latest brief and first forward with
two statements for all of them (``_candidate_keys``) instead of two per escalation
(``keys_of``). These tests hold the two readings equal where they could drift: several
brief versions (the highest counts) and several brief jobs (the first forward counts).
"""

from __future__ import annotations

from sqlalchemy import select

from mailbot.app import App
from mailbot.domain import DraftPurpose
from mailbot.handlers.dedupe import _candidate_keys, _open_rows, keys_of
from mailbot.store.tables import BriefVersion, DraftJob, Escalation
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
        rows = _open_rows(session, esc)
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
