"""The brief's sections and suggestions follow routing/definitions.md (defs-1).

Each example sentence comes from the definitions: what counts as a resolution attempt,
what customer communication means, and which threats raise the sentiment.
"""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain import Sentiment, Severity
from mailbot.drafting import sections
from mailbot.drafting.rules import Suggestion, churn_floor
from mailbot.drafting.sentiment import suggest_sentiment

DAY = date(2026, 3, 4)


def _said(text: str, customer: bool = True) -> sections.Said:
    return sections.Said("Hannah" if customer else "Jane", customer, DAY, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hi Hannah, sorry to hear that the ticket is still open.",
        "Ticket #55310.",
        "If this is not fixed by Friday we will escalate this to your management.",
    ],
)
def test_greetings_bare_tickets_and_threats_are_not_resolution_attempts(sentence: str) -> None:
    assert sections.resolution_attempts([_said(sentence)], "") == []


def test_what_someone_tried_is_a_resolution_attempt() -> None:
    tried = "We tried the suggested workaround of splitting batches."
    attempts = sections.resolution_attempts([_said(tried)], "")
    assert attempts == [f"2026-03-04, Hannah: {tried}"]


def test_customer_communication_is_our_last_message_with_its_date() -> None:
    said = [_said("Please send an ETA?"), _said("We will have a fix by Friday.", False)]
    told = sections.customer_communication(said, "")
    assert "2026-03-04" in told and "Jane" in told and "Friday" in told


def test_customer_communication_from_the_note_carries_the_escalation_date() -> None:
    told = sections.customer_communication(
        [_said("Any news?")], "I told them a fix is coming.", DAY
    )
    assert told.startswith("Per the CSM's note (2026-03-04):")


def test_customer_communication_is_not_stated_when_we_never_wrote() -> None:
    said = [_said("Can you please give us an ETA?")]
    assert sections.customer_communication(said, "Customer is waiting.") == sections.NOT_STATED


@pytest.mark.parametrize(
    "text",
    [
        "If this is not sorted by Friday I will take it to your management.",
        "We will have to review our contract terms if this keeps happening.",
        "Si rien ne bouge d'ici vendredi, je remonterai le sujet à votre direction.",
    ],
)
def test_a_threat_to_escalate_or_review_the_contract_is_at_least_frustrated(text: str) -> None:
    picked = suggest_sentiment(text)
    assert picked.value in {Sentiment.FRUSTRATED, Sentiment.ANGRY, Sentiment.THREATENING_CHURN}
    assert "a threat to escalate" in picked.rationale  # says which rule decided it


@pytest.mark.parametrize(
    "text",
    [
        "We have started looking at other vendors.",
        "Our renewal decision will depend on how you handle this.",
        "Frankly we are considering cancelling the subscription.",
        "Si esto sigue así, no renovaremos el contrato.",
    ],
)
def test_churn_language_is_threatening_churn(text: str) -> None:
    assert suggest_sentiment(text).value is Sentiment.THREATENING_CHURN


def test_patience_conceded_with_a_but_is_frustrated_but_patient() -> None:
    text = "I know things get busy, but your consultant missed three sessions."
    assert suggest_sentiment(text).value is Sentiment.FRUSTRATED_BUT_PATIENT


def test_a_churn_threat_raises_medium_to_high_unless_the_csm_set_a_level() -> None:
    medium = Suggestion(Severity.MEDIUM, "Severity medium: no outage")
    churn = suggest_sentiment("We have started looking at other vendors.")
    assert churn_floor(medium, churn, "").value is Severity.HIGH
    assert "other vendors" in churn_floor(medium, churn, "").rationale
    assert churn_floor(medium, churn, "Customer unhappy. P3.").value is Severity.MEDIUM
    calm = suggest_sentiment("No rush on this.")
    assert churn_floor(medium, calm, "").value is Severity.MEDIUM


def test_every_rationale_cites_the_sentence_that_decided_it() -> None:
    from mailbot.drafting.brief import DraftRequest
    from mailbot.drafting.offline import OfflineDrafter
    from mailbot.inbound.message import ForwardedMessage, ForwardedThread

    said = "The export crashes since the update. If this is not fixed we will not renew."
    customer = ForwardedMessage(
        sender="dev@acme.example", sender_name="Dev", date=None, date_text="", subject="", body=said
    )
    thread = ForwardedThread(note="Acme export broken. P2.", messages=(customer,))
    brief = OfflineDrafter({"example.com"}).draft(DraftRequest(thread)).brief
    assert brief.category_rationale.endswith('from: "Acme export broken."')  # the note's cue
    assert brief.severity_rationale.endswith('from: "P2."')
    assert 'from: "If this is not fixed we will not renew."' in brief.sentiment_rationale


def test_the_llm_evidence_keeps_the_rationale_without_the_sentence() -> None:
    from mailbot.drafting.rules import CITE, cite_sentence, rationale_core

    cited = cite_sentence('Severity high: the thread says "blocked"', "We are blocked. Help.")
    assert cited == f'Severity high: the thread says "blocked"{CITE}We are blocked."'
    assert rationale_core(cited) == 'Severity high: the thread says "blocked"'
    assert cite_sentence("Sentiment calm: nothing found", "We are blocked.").endswith("found")
