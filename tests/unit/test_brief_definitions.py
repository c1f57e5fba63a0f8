"""The brief's sections and suggestions follow routing/definitions.md (defs-1).

Each example sentence comes from the definitions: what counts as a resolution attempt,
what customer communication means, and which threats raise the sentiment.
"""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain import Sentiment, Severity
from mailbot.drafting import sections
from mailbot.drafting.brief import Brief
from mailbot.drafting.csm_level import Suggestion
from mailbot.drafting.rules import churn_floor
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
    from mailbot.drafting.citing import CITE, READ_FROM, cite_sentence, rationale_core, read_from

    cited = cite_sentence('Severity high: the thread says "blocked"', "We are blocked. Help.")
    assert cited == f'Severity high: the thread says "blocked"{CITE}We are blocked."'
    assert rationale_core(cited) == 'Severity high: the thread says "blocked"'
    # no cue: no decisive "from:", but the sentence the default was read from, so marked
    uncued = "Sentiment calm: nothing found"
    assert cite_sentence(uncued, "We are blocked.") == uncued
    assert read_from(uncued, "We are blocked.") == f'{uncued}{READ_FROM}We are blocked."'
    assert rationale_core(read_from(uncued, "We are blocked.")) == uncued


def test_a_default_cites_the_sentence_it_was_read_from_marked_as_such() -> None:
    from mailbot.drafting.citing import CITE, READ_FROM, rationale_core, read_from

    said = read_from("Sentiment calm: no frustration wording found", "The export is slow.")
    assert said == f'Sentiment calm: no frustration wording found{READ_FROM}The export is slow."'
    assert CITE not in said  # read from, not decided by
    assert rationale_core(said) == "Sentiment calm: no frustration wording found"
    assert read_from("Sentiment calm: nothing found", "") == "Sentiment calm: nothing found"


def _draft(body: str, note: str = "", sender: str = "dev@acme.example") -> Brief:
    from mailbot.drafting.brief import DraftRequest
    from mailbot.drafting.offline import OfflineDrafter
    from mailbot.inbound.message import ForwardedMessage, ForwardedThread

    customer = ForwardedMessage(
        sender=sender, sender_name="Dev", date=None, date_text="", subject="", body=body
    )
    thread = ForwardedThread(note=note, messages=(customer,))
    return OfflineDrafter({"example.com"}).draft(DraftRequest(thread)).brief


def test_no_cue_rationales_cite_the_customers_main_sentence_as_read_from() -> None:
    from mailbot.drafting.citing import CITE, READ_FROM

    brief = _draft("Hello team. The labels on the summary page show 19.99 instead of 20.00.")
    main = 'The labels on the summary page show 19.99 instead of 20.00."'
    for rationale in (brief.severity_rationale, brief.sentiment_rationale):
        assert "no " in rationale.split(READ_FROM)[0]  # says no cue decided it
        assert rationale.endswith(f"{READ_FROM}{main}") and CITE not in rationale


def test_the_csms_own_level_cites_the_notes_sentence() -> None:
    for note, sentence in (
        ("Acme export broken. Low.", "Low."),
        ("Sync fails for Acme. Low urgency, they are friendly about it.", "Low urgency, they"),
        ("Service failure, medium.", "Service failure, medium."),
    ):
        rationale = _draft("The export stopped working.", note).severity_rationale
        assert f'from: "{sentence}' in rationale, rationale


def test_an_executive_floor_cites_the_sentence_that_made_it_executive() -> None:
    brief = _draft("Dear team,\n\nOur CEO has asked me to request a call with your CEO.")
    assert brief.severity.value == "high"
    assert brief.severity_rationale.endswith(
        'from: "Our CEO has asked me to request a call with your CEO."'
    )


def test_every_offline_rationale_cites_a_sentence() -> None:
    from mailbot.drafting.citing import cited

    for body in ("Hallo.", "Could you add a dark mode?", "Since Monday nobody can log in!!"):
        brief = _draft(body)
        for rationale in (
            brief.category_rationale,
            brief.severity_rationale,
            brief.sentiment_rationale,
        ):
            assert cited(rationale), rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "Please read the ticket before asking again.",
        "Ticket #71804 has the device IDs.",
        "Please check the ticket.",
        "Our ticket #88120 was closed without an answer.",
        'Your finance team keeps telling us to "open a ticket".',
        "Unser Ticket #61022 ist seit 10 Tagen offen, niemand hat sich gemeldet.",
        "Notre ticket #33190 a été fermé 3 fois sans réponse.",
        "Le ticket est toujours ouvert.",
        "El ticket sigue abierto y nadie contesta.",
    ],
)
def test_a_ticket_referenced_or_complained_about_is_not_an_attempt(sentence: str) -> None:
    assert not sections.is_attempt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We restarted the sync service.",
        "Support opened ticket #123 and rolled back the release.",
        "We logged ticket #90211 on Monday.",
        "I raised a ticket with your support team.",
        "Ticket #4471 was escalated to engineering.",
        "Wir haben am Montag ein Ticket eröffnet.",
        "Nous avons ouvert le ticket #61022.",
        "Abrimos el ticket #90455 hace una semana.",
        "We sent the logs you asked for.",
    ],
)
def test_a_ticket_someone_acted_on_is_an_attempt(sentence: str) -> None:
    assert sections.is_attempt(sentence)


def test_the_llm_rationale_falls_back_to_the_sentence_the_rules_read() -> None:
    from mailbot.drafting.brief import DraftRequest
    from mailbot.drafting.citing import READ_FROM
    from mailbot.drafting.llm_classify import Labels
    from mailbot.drafting.llm_merge import merge
    from mailbot.inbound.message import ForwardedMessage, ForwardedThread

    said = "Hello. The colours on the summary page look a bit off."
    message = ForwardedMessage(
        sender="dev@acme.example", sender_name="Dev", date=None, date_text="", subject="", body=said
    )
    request = DraftRequest(ForwardedThread(note="", messages=(message,)))
    offline = _draft(said)
    labels = Labels(category="product_defect", severity="critical", sentiment="angry")
    brief = merge(offline, labels, request, "", None)  # no heavy customer sentence
    ending = f'{READ_FROM}The colours on the summary page look a bit off."'
    assert brief.severity_rationale.startswith("Severity critical: suggested by the model")
    assert brief.severity_rationale.endswith(ending)
    assert brief.sentiment_rationale.endswith(ending)


def test_the_llm_path_cites_the_csms_own_level() -> None:
    from mailbot.drafting.brief import DraftRequest
    from mailbot.drafting.llm_classify import Labels
    from mailbot.drafting.llm_merge import merge
    from mailbot.inbound.message import ForwardedMessage, ForwardedThread

    said = "The export stopped working."
    message = ForwardedMessage(
        sender="dev@acme.example", sender_name="Dev", date=None, date_text="", subject="", body=said
    )
    request = DraftRequest(ForwardedThread(note="Export broken. Low.", messages=(message,)))
    labels = Labels(category="product_defect", severity="critical", sentiment="calm")
    brief = merge(_draft(said, "Export broken. Low."), labels, request, "", None)
    assert brief.severity.value == "low"
    assert 'from: "Low."' in brief.severity_rationale
