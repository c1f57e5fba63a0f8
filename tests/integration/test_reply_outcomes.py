"""What a CSM's reply on a draft does to the brief, and what the confirmation says of it.

A ``category:`` override must re-say the headline (a feature gap must not reach product@
headed "Product defect: …"), unless the CSM wrote the headline; free text on a draft is
context for a revised draft, and the confirmation says so (SPEC §5).
"""

from __future__ import annotations

from mailbot.app import App
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.store import repo
from tests.support.flow import last_mail, open_routed, outbox, reply
from tests.support.mail import parse, text_of

JANE = "jane@example.com"


def _headline(app: App, ref: str) -> str:
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        brief = repo.latest_brief(session, esc.id)
        assert brief is not None
        return str(brief.content["headline"])


def _redraft(app: App) -> None:
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now())


def test_category_override_rederives_the_headline(app: App) -> None:
    ref = open_routed(app, "approve\ncategory: feature_gap\nseverity: high")
    routed = outbox(app, "routed_brief")
    assert routed and all("product@example.com" in i.recipients for i in routed)
    subject = str(parse(routed[-1].raw)["Subject"])
    assert "Feature gap: API response times" in subject, subject
    assert "Product defect" not in subject and "P1" not in subject
    assert _headline(app, ref).startswith("Feature gap: ") and "-- P2" in _headline(app, ref)


def test_a_redraft_rederives_the_headline_from_recorded_overrides(app: App) -> None:
    ref = open_routed(app, "category: feature_gap")
    reply(app, last_mail(app, "approval_request"), JANE, "They lost a day of orders too.")
    _redraft(app)
    assert _headline(app, ref).startswith("Feature gap: "), _headline(app, ref)


def test_the_csms_own_headline_is_kept_through_a_category_override(app: App) -> None:
    ref = open_routed(app, "headline: Product defect: Acme sync is slow")
    reply(app, last_mail(app, "approval_request"), JANE, "category: feature_gap")
    assert _headline(app, ref) == "Product defect: Acme sync is slow"


def test_free_text_on_a_draft_is_confirmed_as_added_context(app: App) -> None:
    open_routed(app, "Hi,\nTheir CFO is watching this closely.\nThanks\nJane")
    confirmation = text_of(last_mail(app, "confirmation", JANE))
    results = confirmation.split("RESULTS", 1)[1].split("IGNORED", 1)[0]
    assert "added as context" in results and "Their CFO is watching" in results
    assert "CFO" not in confirmation.split("IGNORED", 1)[1]


def test_free_text_beside_reject_is_not_taken_as_context(app: App) -> None:
    open_routed(app, "reject\nwrong customer")
    confirmation = text_of(last_mail(app, "confirmation", JANE))
    assert "added as context" not in confirmation
    assert "wrong customer" in confirmation.split("IGNORED", 1)[1]
