"""The deterministic checks on a model's brief: CSM severity wins, lost figures come back."""

from __future__ import annotations

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.brief import Brief, DraftRequest
from mailbot.drafting.offline import OfflineDrafter
from mailbot.drafting.reconcile import (
    add_customer_words,
    add_missing_figures,
    csm_severity,
    missing_figures,
)
from mailbot.inbound.message import ForwardedMessage, ForwardedThread


def _brief(**changes: object) -> Brief:
    base: dict[str, object] = {
        "headline": "Exports fail for Vertex since 5.0.3",
        "customer_impact": "Billing runs fail.",
        "specific_ask": "Engineering to fix.",
        "customer_communication": "Waiting.",
        "category": Category.PRODUCT_DEFECT,
        "category_rationale": "errors",
        "severity": Severity.HIGH,
        "severity_rationale": "function broken",
        "sentiment": Sentiment.ANGRY,
        "sentiment_rationale": "unacceptable",
    }
    return Brief.model_validate(base | changes)


def test_the_csm_level_replaces_the_model_level_and_says_so() -> None:
    fixed = csm_severity(_brief(), "Three weeks now, their CFO is angry. Critical.")
    assert fixed.severity is Severity.CRITICAL
    assert "the CSM wrote" in fixed.severity_rationale
    assert "the model suggested high" in fixed.severity_rationale


def test_without_an_explicit_level_the_model_choice_stands() -> None:
    brief = _brief()
    assert csm_severity(brief, "Please look at this one.") is brief
    assert csm_severity(brief, "P2 please") is brief  # same level: untouched


def test_lost_figures_are_appended_to_the_impact() -> None:
    figures = ["5.0.3", "#12077", "USD 18,400", "three weeks"]
    assert missing_figures(_brief(), figures) == ["#12077", "USD 18,400", "three weeks"]
    fixed = add_missing_figures(_brief(), figures)
    assert fixed.customer_impact == (
        "Billing runs fail. Also quoted in the thread: #12077; USD 18,400; three weeks."
    )
    assert add_missing_figures(fixed, figures) == fixed  # nothing left to add


def test_appended_figures_respect_the_length_limit() -> None:
    long_impact = "x" * 760
    fixed = add_missing_figures(_brief(customer_impact=long_impact), ["#1", "a much longer id"])
    assert fixed.customer_impact == long_impact + " Also quoted in the thread: #1."
    assert len(fixed.customer_impact) <= 800
    full = add_missing_figures(_brief(customer_impact="y" * 799), ["#1"])
    assert full.customer_impact == "y" * 799


def test_the_customer_sentence_is_quoted_once_when_the_model_paraphrased_it() -> None:
    words = "Nous évaluons un concurrent avant le renouvellement en juin."
    fixed = add_customer_words(_brief(), words)
    assert fixed.customer_impact == f'Billing runs fail. In the customer\'s words: "{words}"'
    assert add_customer_words(fixed, words) == fixed
    assert add_customer_words(_brief(), "") == _brief()
    crowded = _brief(customer_impact="z" * 790)
    assert add_customer_words(crowded, words) == crowded  # no room: left out, not cut


def _said(sender: str, body: str) -> ForwardedMessage:
    return ForwardedMessage(
        sender=sender, sender_name="", date=None, date_text="", subject="Exports", body=body
    )


def test_offline_customer_words_pick_the_heaviest_customer_sentence() -> None:
    customer = _said(
        "ops@acme.example",
        "Hello there, hope you are well.\n\nOur 40 users cannot export invoices since 5.0.3 "
        "and month-end close is blocked.\n\nThanks",
    )
    ours = _said(
        "support@example.com", "We cannot reproduce the 500 errors in 5.0.4 for 300 users."
    )
    drafter = OfflineDrafter(["example.com"])
    thread = ForwardedThread(note="Please help", messages=(customer, ours))
    assert drafter.customer_words(DraftRequest(thread)) == (
        "Our 40 users cannot export invoices since 5.0.3 and month-end close is blocked."
    )
    chatty = ForwardedThread(note="", messages=(_said("ops@acme.example", "Hello, all well?"),))
    assert drafter.customer_words(DraftRequest(chatty)) == ""
