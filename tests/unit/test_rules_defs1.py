"""Category, severity and key-fact rules added for routing/definitions.md (defs-1).

The sentences are the kinds of wording the second evaluation set (bench/eval_set_b/)
showed the rules missing: people who did not turn up, an outage that is over, work
stopped for everyone, small admin requests, and figures that are not money or versions.
"""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting import sections
from mailbot.drafting.facts import extract_facts
from mailbot.drafting.rules import suggest_category, suggest_severity
from mailbot.drafting.sentiment import suggest_sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Your trainer did not join our onboarding session on Tuesday at 10:00.",
        "Votre consultant ne s'est pas présenté aux deux derniers ateliers.",
        "Abrimos el ticket #90455 hace una semana y nadie nos ha contestado.",
    ],
)
def test_people_who_did_not_turn_up_or_answer_are_a_service_failure(text: str) -> None:
    assert suggest_category("", text).value is Category.SERVICE_FAILURE


def test_a_product_that_only_allows_two_is_a_feature_gap() -> None:
    text = "The audio guide only allows two languages per stop. Is a third planned?"
    assert suggest_category("", text).value is Category.FEATURE_GAP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since 06:00 every member opening the app gets an error and cannot check in.",
         Severity.CRITICAL),
        ("Seit 7 Uhr steht die Kommissionierung still.", Severity.CRITICAL),
        ("We have switched off the payslip portal for all 2,600 staff.", Severity.CRITICAL),
        ("The platform had an outage of 3 hours on the 12th. It has worked fine since.",
         Severity.MEDIUM),
        ("The maritime audit is on 14 May and the export misses entries.", Severity.HIGH),
        ("Laut Vertrag gilt eine Reaktionszeit von 4 Stunden, seit 10 Tagen nichts.",
         Severity.HIGH),
        ("Abrimos el ticket hace una semana y nadie nos ha contestado.", Severity.MEDIUM),
        ("Under our SLA that outage breaks the monthly uptime.", Severity.HIGH),
        ("Tiny thing: the footer has a typo.", Severity.LOW),
        ("Could the credit note mention the project? The amount is fine.", Severity.LOW),
    ],
)  # fmt: skip
def test_severity_follows_the_definitions(text: str, expected: Severity) -> None:
    picked = suggest_severity("", text, Category.PRODUCT_DEFECT)
    assert picked.value is expected, picked.rationale


def test_an_outage_still_going_on_is_critical() -> None:
    picked = suggest_severity("", "There is an outage on all stores.", Category.PRODUCT_DEFECT)
    assert picked.value is Severity.CRITICAL


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Managers correct the 23 affected shifts by hand.", "23 affected shifts"),
        ("bei etwa 2.000 Buchungen bricht es ab", "2.000"),
        ("Since 06:00 nobody can check in.", "06:00"),
        ("nur noch 18 von 60 Disponenten", "18 von 60"),
        ("Seit dem Update auf 8.1 bricht der Export ab.", "Update auf 8.1"),
    ],
)
def test_wide_facts_keep_counts_times_and_versions(text: str, fact: str) -> None:
    assert fact in extract_facts(text, wide=True)
    assert fact not in extract_facts(text)  # the LLM prompt's list is unchanged


def test_customer_impact_falls_back_to_the_customers_own_report() -> None:
    said = [
        sections.Said("Kai", True, date(2026, 3, 2), "The audio guide allows two. We need three.")
    ]
    impact = sections.customer_impact(said, "")
    assert "The audio guide allows two." in impact


def test_a_churn_threat_over_a_defect_keeps_the_defect_category() -> None:
    text = "Employees can open other payslips, a security breach. We will not renew."
    assert suggest_category("", text).value is Category.PRODUCT_DEFECT
    alone = suggest_category("", "We will not renew next year.")
    assert alone.value is Category.RELATIONSHIP_AT_RISK
    assert '"not renew"' in alone.rationale


def test_shifts_later_than_planned_are_not_a_feature_request() -> None:
    text = "Night shifts show one hour later than planned since the clock change."
    assert suggest_category("", text).value is not Category.FEATURE_GAP
    assert suggest_category("", "Is group sync planned?").value is Category.FEATURE_GAP


def test_lawyers_as_staff_are_no_legal_threat_but_our_lawyers_are() -> None:
    staff = suggest_sentiment("Vingt avocats s'étaient libérés à chaque fois.")
    assert staff.value is not Sentiment.THREATENING_CHURN
    assert suggest_sentiment("Our lawyers will be in touch.").value is Sentiment.THREATENING_CHURN
