"""The offline drafter's transparent rules: category, severity, sentiment, facts, names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain import AccountFacts, Category, Sentiment, Severity
from mailbot.drafting.csm_level import explicit_severity
from mailbot.drafting.day_mentions import mentioned_dates
from mailbot.drafting.facts import (
    body_core,
    clean_text,
    extract_facts,
    sentences,
    shorten,
)
from mailbot.drafting.headline import customer_domain, customer_name, headline
from mailbot.drafting.rules import suggest_category, suggest_severity
from mailbot.drafting.sentiment import shouting, suggest_sentiment
from mailbot.inbound.message import ForwardedMessage, ForwardedThread

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("note", "customer", "expected"),
    [
        ("", "The dashboard crashes with an error whenever we filter by region.", "product_defect"),
        ("", "Seit dem Update stürzt der Import ab, Fehler 503.", "product_defect"),
        ("", "L'export ne fonctionne pas, nous avons une erreur à chaque fois.", "product_defect"),
        ("", "Your product does not support SAML groups. Is it on the roadmap?", "feature_gap"),
        (
            "",
            "Leider unterstützt die App keine Mehrsprachigkeit, die Funktion fehlt.",
            "feature_gap",
        ),
        ("", "We had no response from support for a week, far outside the SLA.", "service_failure"),
        ("", "Nous n'avons eu aucune réponse du support depuis 10 jours.", "service_failure"),
        ("", "The March invoice billed us twice; we want a refund.", "commercial_dispute"),
        ("", "Nous contestons la facture et demandons un remboursement.", "commercial_dispute"),
        ("", "Wir prüfen die Rechnung und erwarten eine Gutschrift.", "commercial_dispute"),
        (
            "Our champion is leaving; her successor prefers a competitor.",
            "",
            "relationship_at_risk",
        ),
        ("", "We are evaluating alternatives before the renewal.", "relationship_at_risk"),
        (
            "Their CEO wants a call with our CEO; it went to their board.",
            "",
            "executive_intervention",
        ),
        ("", "Unser Vorstand hat das Thema auf die Agenda gesetzt.", "executive_intervention"),
    ],
)
def test_category_keywords_in_three_languages(note: str, customer: str, expected: str) -> None:
    assert suggest_category(note, customer).value == Category(expected)


def test_category_rationale_quotes_its_evidence_and_where_it_was_found() -> None:
    picked = suggest_category("Billing is wrong again.", "We were charged twice.")
    assert picked.value is Category.COMMERCIAL_DISPUTE
    assert '"Billing" in the CSM note' in picked.rationale
    assert '"charged" in the customer\'s messages' in picked.rationale


def test_csm_note_outweighs_a_single_customer_word() -> None:
    # One defect word from the customer, two feature-gap cues from the CSM.
    picked = suggest_category("Missing feature, they ask about the roadmap.", "It gives an error.")
    assert picked.value is Category.FEATURE_GAP


def test_denied_cue_does_not_count() -> None:
    picked = suggest_category("This is not a bug: the export feature is missing.", "")
    assert picked.value is Category.FEATURE_GAP
    assert "bug" not in picked.rationale


def test_no_cue_falls_back_to_product_defect_and_says_so() -> None:
    picked = suggest_category("", "Hello, hope you are well.")
    assert picked.value is Category.PRODUCT_DEFECT
    assert "default" in picked.rationale


@pytest.mark.parametrize(
    ("note", "expected", "quoted"),
    [
        ("P1 please, they are down.", Severity.CRITICAL, '"P1"'),
        ("Treat as p2.", Severity.HIGH, '"p2"'),
        ("sev-3 in my view", Severity.MEDIUM, '"sev-3"'),
        ("Priority: low, no hurry.", Severity.LOW, '"Priority: low"'),
        ("High priority for us.", Severity.HIGH, '"High priority"'),
        ("Billing fails since 5.0.3.  Critical.", Severity.CRITICAL, "Critical."),
        ("Executive intervention, critical.", Severity.CRITICAL, ", critical."),
        ("Low urgency, they are friendly about it.", Severity.LOW, "Low urgency,"),
        ("High.", Severity.HIGH, '"High."'),
    ],
)
def test_explicit_severity_from_the_csm_note(note: str, expected: Severity, quoted: str) -> None:
    found = explicit_severity(note)
    assert found is not None
    assert found.value is expected
    assert quoted in found.rationale and "CSM" in found.rationale


@pytest.mark.parametrize(
    "note",
    ["A high number of users noticed it.", "Latency is high, low impact overall.", "Medium-sized"],
)
def test_a_level_word_inside_a_sentence_is_not_explicit(note: str) -> None:
    assert explicit_severity(note) is None


def test_explicit_severity_beats_wording_and_account_bump() -> None:
    account = AccountFacts(name="Acme", strategic=True)
    picked = suggest_severity(
        "P4", "Production is down, data loss!", Category.PRODUCT_DEFECT, account, TODAY
    )
    assert picked.value is Severity.LOW


@pytest.mark.parametrize(
    ("customer", "expected"),
    [
        ("Production is down since 9am.", Severity.CRITICAL),
        ("We lost data after the sync.", Severity.CRITICAL),
        ("Our 200 users are blocked.", Severity.HIGH),
        ("We cannot close the month.", Severity.HIGH),
        ("The logo is slightly off, purely cosmetic.", Severity.LOW),
        ("It is not blocking anyone, no rush.", Severity.LOW),
        ("Could you look at the report layout?", Severity.MEDIUM),
        ("Worried, but not blocked yet: we use the PDF export.", Severity.MEDIUM),
        ("Their go-live on March 16 is now at risk.", Severity.HIGH),
        ("They started a pilot with Zendara.", Severity.HIGH),
        ("Imports fail with Fehler 500.", Severity.HIGH),
    ],
)
def test_inferred_severity(customer: str, expected: Severity) -> None:
    picked = suggest_severity("", customer, Category.PRODUCT_DEFECT)
    assert picked.value is expected
    assert picked.rationale.startswith(f"Severity {expected.value}:")


def test_strategic_account_or_near_renewal_bumps_one_level() -> None:
    text = "Could you look at the report layout?"
    strategic = AccountFacts(name="Acme", strategic=True)
    near = AccountFacts(name="Acme", renewal_date=date(2026, 4, 24))
    far = AccountFacts(name="Acme", renewal_date=date(2026, 12, 1))
    bumped = suggest_severity("", text, Category.PRODUCT_DEFECT, strategic, TODAY)
    assert bumped.value is Severity.HIGH
    assert "strategic account" in bumped.rationale
    renewal = suggest_severity("", text, Category.PRODUCT_DEFECT, near, TODAY)
    assert renewal.value is Severity.HIGH
    assert "renewal in 45 days" in renewal.rationale
    assert suggest_severity("", text, Category.PRODUCT_DEFECT, far, TODAY).value is Severity.MEDIUM


def test_account_bump_never_makes_a_draft_critical() -> None:
    strategic = AccountFacts(name="Acme", strategic=True)
    picked = suggest_severity("", "Our 200 users are blocked.", Category.PRODUCT_DEFECT, strategic)
    assert picked.value is Severity.HIGH
    assert "raised" not in picked.rationale


def test_executive_intervention_is_at_least_high() -> None:
    picked = suggest_severity("", "Please call us.", Category.EXECUTIVE_INTERVENTION)
    assert picked.value is Severity.HIGH
    assert "executive_intervention" in picked.rationale


@pytest.mark.parametrize(
    ("customer", "expected"),
    [
        ("If this is not fixed we will not renew.", Sentiment.THREATENING_CHURN),
        ("Our lawyers are reviewing the contract.", Sentiment.THREATENING_CHURN),
        ("Wir werden den Vertrag kündigen.", Sentiment.THREATENING_CHURN),
        ("This is unacceptable!!", Sentiment.ANGRY),
        ("C'est inacceptable, franchement. Vraiment inacceptable !!", Sentiment.ANGRY),
        ("I am frustrated, this is the third time I ask.", Sentiment.FRUSTRATED),
        ("Wir sind enttäuscht, das ist schon wieder passiert.", Sentiment.FRUSTRATED),
        (
            "We are disappointed it broke again, but we appreciate your help.",
            Sentiment.FRUSTRATED_BUT_PATIENT,
        ),
        ("I'm worried this puts the rollout at risk.", Sentiment.CONCERNED),
        ("Quick question about the export format.", Sentiment.CALM),
    ],
)
def test_sentiment_ladder(customer: str, expected: Sentiment) -> None:
    picked = suggest_sentiment(customer)
    assert picked.value is expected
    assert picked.rationale.startswith(f"Sentiment {expected.value}:")


def test_a_single_weak_frustration_word_stays_calm() -> None:
    assert suggest_sentiment("We still use the old report.").value is Sentiment.CALM


def test_shouting_ignores_acronyms() -> None:
    assert shouting("Our SCIM and SAML setup with the API is fine.") == []
    assert shouting("Why is this STILL BROKEN") == ["STILL", "BROKEN"]
    assert shouting("It is STILL open") == []
    assert shouting("This is UNACCEPTABLE") == ["UNACCEPTABLE"]


def test_extract_facts_finds_amounts_versions_ids_and_counts() -> None:
    text = (
        "Since 4.2.1 the sync takes 12 seconds; ticket #48213 and quote Q-2026-118 are open. "
        "It costs EUR 4,000 a week, 14 200 EUR in total, 97.1% uptime, Error 500, "
        "and 40 finance users wait. Version 5.0 maybe."
    )
    facts = extract_facts(text)
    for expected in (
        "4.2.1",
        "12 seconds",
        "#48213",
        "Q-2026-118",
        "EUR 4,000",
        "14 200 EUR",
        "97.1%",
        "Error 500",
        "40 finance users",
        "Version 5.0",
    ):
        assert expected in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("due on March 16.", date(2026, 3, 16)),
        ("since 26 Feb", date(2026, 2, 26)),
        ("am 3. März 2026", date(2026, 3, 3)),
        ("avant le 1er avril", date(2026, 4, 1)),
        ("on 2026-01-05", date(2026, 1, 5)),
        ("back on December 28", date(2025, 12, 28)),  # nearest year to the reference date
    ],
)
def test_mentioned_dates(text: str, expected: date) -> None:
    assert mentioned_dates(text, date(2026, 1, 10)) == [expected]


def test_vague_dates_are_not_guessed() -> None:
    assert mentioned_dates("bis Ende März, next week, in May", TODAY) == []


def test_body_core_drops_greeting_signoff_signature_and_quotes() -> None:
    body = "Hi Jane,\n\nThe export fails.\n> old quoted text\n\nBest regards,\nBob\nAcme Corp"
    assert body_core(body) == "The export fails."
    assert body_core("Hallo Herr Haddad,\n\nDer Export fehlt.\n\nBob Smith\nCTO, Acme") == (
        "Der Export fehlt."
    )


def test_clean_text_removes_invisible_and_bidi_characters() -> None:
    assert clean_text("ig\u200bnore\u202e this\x07") == "ignore this"


def test_sentences_and_shorten() -> None:
    assert sentences("One is here. Two is there!\n\nThree") == [
        "One is here.",
        "Two is there!",
        "Three",
    ]
    cut = shorten("word " * 100, 50)
    assert len(cut) <= 50 and cut.endswith("…")


def _message(sender: str, body: str = "", name: str = "") -> ForwardedMessage:
    when = datetime(2026, 2, 26, 9, 0, tzinfo=UTC)
    return ForwardedMessage(sender, name, when, "", "Subject", body)


def test_customer_domain_skips_our_side_and_prefers_the_account() -> None:
    thread = ForwardedThread(
        note="",
        messages=(
            _message("jane@example.com"),
            _message("a@partner.example"),
            _message("b@acme.example"),
        ),
    )
    assert customer_domain(thread, frozenset({"example.com"})) == "partner.example"
    account = AccountFacts(name="Acme", domains=("acme.example",))
    assert customer_domain(thread, frozenset({"example.com"}), account) == "acme.example"


def test_customer_name_from_suffix_signature_or_domain() -> None:
    signed = ForwardedThread(
        note="", messages=(_message("n@massive.example", "Hi.\n\nEVP, Massive Dynamic"),)
    )
    assert customer_name(signed, "massive.example") == "Massive Dynamic"
    suffixed = ForwardedThread(note="Globex Corporation is blocked.", messages=())
    assert customer_name(suffixed, "globex.example") == "Globex Corporation"
    assert customer_name(ForwardedThread(note=""), "eu.hooli.co.uk") == "Hooli"
    assert customer_name(ForwardedThread(note=""), "gmail.com") == ""
    account = AccountFacts(name="ACME Inc.")
    assert customer_name(signed, "massive.example", account) == "ACME Inc."


def test_headline_in_the_seed_format() -> None:
    account = AccountFacts(
        name="Acme Corp", arr=85_000, currency="EUR", renewal_date=date(2026, 5, 16)
    )
    line = headline("API latency issue", "Acme Corp", Severity.CRITICAL, 12, account, TODAY)
    assert line == (
        "API latency issue affecting Acme Corp -- P1 open 12 days, EUR 85k ARR, renewal in 67 days"
    )
    assert headline("Export bug", "", Severity.LOW, None, None, None) == "Export bug -- P4"
    assert len(headline("x" * 500, "Acme", Severity.HIGH, 1, None, TODAY)) <= 200
