"""Coping meanwhile tells a complaint; going back to the old system is leaving (issue 18,
session 30).

defs-1's `frustrated_but_patient` is "a complaint or a long wait, but they say they will keep
cooperating". A customer who says only the second half ("we'll keep phoning round for now",
"wir halten durch") has told the first: they put up with something. The rules read such
threads as calm when no complaint word was found (eval_set_f, two threads). An offer ("we
can keep doing it by hand for the moment, no drama") is calm. And "nous repasserons sur
notre ancien moteur" was missed because its pattern wanted "notreancien". The sentences are
written for this test, not copied from an evaluation thread.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Sentiment
from mailbot.drafting.sentiment import suggest_sentiment

FBP, CALM = Sentiment.FRUSTRATED_BUT_PATIENT, Sentiment.CALM


@pytest.mark.parametrize(
    "text",
    [
        "The texts never reach the members. We'll keep phoning round for now; let us know.",
        "Jeder Scan dauert eine halbe Minute. Wir halten durch, sagen Sie uns Bescheid.",
        "The export drops the last column. We will hold out until the patch, thanks.",
        "Seguiremos partiendo los pedidos mientras lo arregláis.",
        "Les tarifs sont faux ; on continue comme ça en attendant votre correctif.",
    ],
)
def test_coping_meanwhile_is_frustrated_but_patient(text: str) -> None:
    assert suggest_sentiment(text).value is FBP


@pytest.mark.parametrize(
    "text",
    [
        # an offer, beside a calm word: calm
        "I can keep doing it by hand for the moment, no drama, just tell me when it's sorted.",
        "Just curious where it sits, we can keep doing the in-person sessions for now.",
        # no coping said at all
        "Could you tell us when the new version ships?",
    ],
)
def test_an_offer_or_a_question_stays_calm(text: str) -> None:
    assert suggest_sentiment(text).value is CALM


@pytest.mark.parametrize(
    "text",
    [
        "Si ce n'est pas réglé avant vendredi, nous repasserons sur notre ancien moteur.",
        "Sinon nous repasserons à l'ancien logiciel.",
        "If this isn't fixed we'll go back to our old booking system.",
        # said otherwise (the blind severity sentences' churn, in other words)
        "Unless the export is fixed by June, we will not be renewing.",
        "Wir testen gerade parallel ein anderes System.",
        "Estamos probando otra herramienta en paralelo.",
    ],
)
def test_going_back_to_the_old_system_is_a_churn_threat(text: str) -> None:
    assert suggest_sentiment(text).value is Sentiment.THREATENING_CHURN


@pytest.mark.parametrize(
    "text",
    ["We are testing another system for the warehouse scanners.", "Wir testen die neue Version."],
)
def test_testing_something_of_yours_or_for_another_use_is_no_threat(text: str) -> None:
    assert suggest_sentiment(text).value is not Sentiment.THREATENING_CHURN
