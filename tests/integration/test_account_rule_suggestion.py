"""SPEC §2: an account rule of the routing file may suggest a category. The approval request
shows it beside the drafter's suggestion, for the CSM to take or leave; nothing applies it.

The shipped routing file's rule: strategic accounts threatening churn suggest executive
intervention."""

from __future__ import annotations

from mailbot.app import App
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.store.accounts import import_accounts, parse_accounts_csv
from mailbot.transactions import handle
from tests.integration.test_duplicates import forward
from tests.support.flow import ACME, FORWARDS, escalation, last_mail, reply
from tests.support.mail import parse, text_of

ACCOUNTS = (
    "name,domains,arr,currency,renewal_date,tier,strategic,csm\n"
    "Acme Corp,acme.example,85000,EUR,2027-05-16,Enterprise,{strategic},jane@example.com\n"
)
RULE = "Strategic accounts threatening churn suggest executive intervention"
CHURN = b"If this is not fixed this week we will cancel our contract and move to another vendor."


def _accounts(app: App, strategic: bool) -> None:
    with app.db.session() as session:
        import_accounts(session, parse_accounts_csv(ACCOUNTS.format(strategic=strategic)))


def _churning_acme(app: App) -> str:
    """The Acme thread with the customer threatening to leave in their own words."""
    raw = (FORWARDS / ACME).read_bytes()
    raw = raw.replace(b"Best regards,\nBob Smith", CHURN + b"\n\nBest regards,\nBob Smith", 1)
    raw = raw.replace(b"Message-ID: <", b"Message-ID: <churn-", 1)
    ctx = handle(app, raw)
    assert ctx.escalation_ref, ctx.reason
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now())
    return ctx.escalation_ref


def test_a_strategic_account_threatening_churn_gets_the_rules_suggestion(app: App) -> None:
    _accounts(app, strategic=True)
    ref = _churning_acme(app)

    esc = escalation(app, ref)
    assert esc.sentiment == "threatening_churn" and esc.category != "executive_intervention"
    draft = text_of(last_mail(app, "approval_request", "jane@example.com"))
    assert f'account rule "{RULE}" suggests executive_intervention' in draft
    assert 'reply "category: executive_intervention" to take it' in draft
    html = parse(last_mail(app, "approval_request", "jane@example.com")).get_body(("html",))
    assert html is not None and "suggests <b>executive_intervention</b>" in html.get_content()

    reply(app, last_mail(app, "approval_request", "jane@example.com"), "jane@example.com",
          "category: executive_intervention\napprove")  # fmt: skip
    assert escalation(app, ref).category == "executive_intervention"  # the CSM decided


def test_no_suggestion_when_no_rule_matches(app: App) -> None:
    _accounts(app, strategic=False)
    _churning_acme(app)
    draft = text_of(last_mail(app, "approval_request", "jane@example.com"))
    assert "account rule" not in draft


def test_no_suggestion_without_the_churn_threat(app: App) -> None:
    _accounts(app, strategic=True)
    forward(app, ACME)
    draft = text_of(last_mail(app, "approval_request", "jane@example.com"))
    assert "suggests executive_intervention" not in draft
