"""The renewal put in doubt (tone_concepts.RENEWAL_DOUBTED, issue 18 item 3): defs-1's
implied churn, "make the renewal depend on this", said as doubt about the renewal or the
contract's continuation, in every language the tone tables cover.

Sentences written for this test from routing/definitions.md and general usage, not taken
from an evaluation thread. Before the change every positive here read as calm (or only
concerned); the negatives name the renewal without doubting it, deny the doubt, or put it
in the CSM's note, which sentiment never reads.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mailbot.domain import Sentiment, Severity
from mailbot.drafting.brief import DraftRequest
from mailbot.drafting.citing import cited
from mailbot.drafting.offline import OfflineDrafter
from mailbot.drafting.sentiment import suggest_sentiment
from mailbot.inbound.message import ForwardedMessage, ForwardedThread

DOUBTED = [
    # EN: the renewal word first, or the doubt first
    "After the last two months, our renewal is very much in doubt.",
    "Honestly, a renewal looks unlikely from where we stand today.",
    "Extending the contract will be hard to justify to our controller.",
    "The contract extension is on hold until the reporting module is stable.",
    "Our finance director wants to rethink the renewal for next year.",
    "I doubt we will renew the warehouse licences in autumn.",
    "We're not sure we will renew once the term ends.",
    "Continuing with you is now seriously in question for the board.",
    "This puts our renewal at risk.",
    # DE
    "Die Vertragsverlängerung ist für unsere Leitung derzeit fraglich.",
    "Ob wir verlängern, ist nach diesem Quartal offen.",
    "Eine Verlängerung steht damit auf dem Prüfstand.",
    "Wir müssen die Verlängerung des Abonnements überdenken.",
    # FR
    "Le renouvellement de notre abonnement devient incertain.",
    "Dans ces conditions, la reconduction du contrat paraît peu probable.",
    "Nous allons reconsidérer le renouvellement de la licence.",
    # ES
    "Con estos retrasos, la renovación del contrato queda en duda.",
    "La prórroga del servicio está ahora en entredicho.",
    "La dirección quiere replantear la renovación del año que viene.",
    # NL / IT / PT
    "De verlenging van ons abonnement is daardoor onzeker geworden.",
    "A questo punto il rinnovo del contratto è in forse.",
    "A renovação da assinatura está agora em dúvida.",
]

NAMED_ONLY = [
    # a renewal merely named, dated, priced or planned around
    "They renew in May, as every year.",
    "Renewal date 2027-03-01, 40 seats.",
    "Before the renewal we want to discuss pricing for the extra sites.",
    "Could you send the renewal quote for the new year?",
    "I have a question about the renewal invoice.",
    "I'm not sure if the renewal invoice already includes the extra seats.",
    "Please don't hesitate to contact me about the renewal.",
    "The renewal in question covers only the Leeds office.",
    "Our renewal is not in doubt, we simply need the export fixed.",
    "There is no doubt we will renew, the team loves the tool.",
    "Die Verlängerung im März ist für uns reine Formsache.",
    "Die Verlängerung steht nicht in Frage.",
    "Le renouvellement en question concerne le site de Nantes.",
    "Le renouvellement n'est pas remis en question.",
    "La renovación no está en duda, solo queremos la factura corregida.",
    "Il rinnovo è previsto per giugno.",
    "A renovação em questão é a do escritório de Braga.",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_the_renewal_put_in_doubt_is_churn(text: str) -> None:
    verdict = suggest_sentiment(text)
    assert verdict.value is Sentiment.THREATENING_CHURN, verdict.rationale


@pytest.mark.parametrize("text", NAMED_ONLY)
def test_a_renewal_named_or_doubt_denied_is_no_churn(text: str) -> None:
    verdict = suggest_sentiment(text)
    assert verdict.value is not Sentiment.THREATENING_CHURN, verdict.rationale


def _message(sender: str, body: str) -> ForwardedMessage:
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    return ForwardedMessage(sender, "", when, when.isoformat(), "Export module", body)


def _draft(note: str, *messages: ForwardedMessage) -> DraftRequest:
    return DraftRequest(thread=ForwardedThread(note, messages), today="2026-03-10")


def test_the_rationale_cites_the_customers_sentence() -> None:
    body = (
        "Hello Sam,\n\nWe had hoped the new dashboards would arrive this spring. "
        "Frankly, renewing with you is hard to justify to our controller now.\n\nBest, Lea"
    )
    drafter = OfflineDrafter(frozenset({"example.com"}))
    brief = drafter.draft(_draft("FYI.", _message("lea@customer.example", body))).brief
    assert brief.sentiment is Sentiment.THREATENING_CHURN
    assert '"renewing with you is hard to justify"' in brief.sentiment_rationale
    assert "hard to justify to our controller" in cited(brief.sentiment_rationale)
    # defs-1: a churn threat puts the renewal at risk, at least high (rules.churn_floor)
    assert brief.severity is Severity.HIGH
    assert "renewal at risk" in brief.severity_rationale
    assert "hard to justify to our controller" in cited(brief.severity_rationale)


def test_the_csm_note_and_our_own_messages_are_not_the_customers_words() -> None:
    note = "Renewal in doubt after the export trouble, renewal date 1 June. Please advise."
    ours = _message("sam@example.com", "Hi Lea, I know the renewal is uncertain, we are on it.")
    theirs = _message(
        "lea@customer.example", "Hello Sam, the nightly export failed. Could you look?"
    )
    drafter = OfflineDrafter(frozenset({"example.com"}))
    brief = drafter.draft(_draft(note, ours, theirs)).brief
    assert brief.sentiment is not Sentiment.THREATENING_CHURN, brief.sentiment_rationale
