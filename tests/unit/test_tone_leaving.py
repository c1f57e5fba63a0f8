"""Leaving, coping and chores as tone (issue 18, session 27): paraphrases of the concepts
eval_set_e's dev threads showed missing, and counter-examples that use the same words in
another sense.

Written for this test from routing/definitions.md (defs-1), not copied from an evaluation
thread. Before the change each paraphrase read one rung off (mostly `calm`); the
counter-examples keep the new patterns from reading more than they mean.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Sentiment
from mailbot.drafting.sentiment import suggest_sentiment

T = Sentiment
_FAULT_EN = "The label printer is still skipping every second page, again. "
_FAULT_DE = "Der Etikettendruck bricht immer noch ab, heute schon wieder. "

LEAVING = [
    ("If the outage repeats, we will look for another booking system.", T.THREATENING_CHURN),
    ("Without SAML we'd rather move to a vendor that supports it.", T.THREATENING_CHURN),
    ("Another month like this and we'll be taking our payroll elsewhere.", T.THREATENING_CHURN),
    (
        "Our new finance director will likely propose switching when the contract runs out.",
        T.THREATENING_CHURN,
    ),
    ("Wenn das so bleibt, werden wir wechseln.", T.THREATENING_CHURN),
    ("Ich gehe davon aus, dass wir wechseln, falls sich nichts tut.", T.THREATENING_CHURN),
    ("Si esto sigue así, nos cambiaremos a otro programa.", T.THREATENING_CHURN),
    ("La direction veut remettre le contrat en concurrence à l'automne.", T.THREATENING_CHURN),
    ("Without a refund we will think hard about renewing next year.", T.THREATENING_CHURN),
    # the same words, no leaving
    ("We looked at another test system and the bug shows there too.", T.CALM),
    ("We switched to another browser and the error went away.", T.CALM),
    ("Wir wechseln das Passwort jeden Monat, wie vorgeschrieben.", T.CALM),
    ("Nos cambiaremos de oficina en enero; la nueva dirección va abajo.", T.CALM),
    ("We thought hard about the root cause and found the bad import.", T.CALM),
]

COPING = [
    (
        _FAULT_EN + "We'll keep exporting by hand while your team looks at it.",
        T.FRUSTRATED_BUT_PATIENT,
    ),
    (_FAULT_EN + "We'll give you the chance to put it right.", T.FRUSTRATED_BUT_PATIENT),
    (
        "Es un engorro. Seguiremos copiando los datos a mano mientras tanto.",
        T.FRUSTRATED_BUT_PATIENT,
    ),
    ("C'est pénible. On continue comme ça en attendant le correctif.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT_DE + "Wir machen trotzdem weiter.", T.FRUSTRATED_BUT_PATIENT),
    # patience refused is no patience
    (_FAULT_EN + "We cannot keep doing this by hand while the fix is pending.", T.FRUSTRATED),
]

CHORES_AND_BLAME = [
    ("It's a real hassle for the warehouse team.", T.FRUSTRATED),
    ("Ça commence à bien faire : trois relances et toujours rien.", T.FRUSTRATED),
    ("Frankly, this is sloppy work.", T.ANGRY),
    ("This whole mess is of your own making, and we are not impressed.", T.ANGRY),
    ("Mir ist nicht wohl dabei, wenn der Prüfer nächste Woche kommt.", T.CONCERNED),
    # "still" and "again" that complain nothing: a thing that still works, a wish it works again
    ("The old report still works; could the new one show totals again?", T.CALM),
    ("The column is still in the file; I'd like it to work again.", T.CALM),
    ("The export is still failing, again.", T.FRUSTRATED),
]


# Ordinary support mail in the same words (a review's counter-sentences): no churn, no
# anger, no patience where there is none, and complaints still counted.
ORDINARY = [
    ("Support suggested switching the default printer.", T.CALM),
    ("Your technician recommended replacing the battery.", T.CALM),
    ("We cleared the cache and hoped they would go away.", T.CALM),
    ("Three teachers are leaving when the term ends, please remove their accounts.", T.CALM),
    ("Please move our seats to the new plan before the licence expires.", T.CALM),
    ("Could you switch our account to one that has SSO?", T.CALM),
    ("We moved the server elsewhere last week.", T.CALM),
    ("I'll find another solution for the report in the meantime.", T.CALM),
    ("We will think carefully about renewing the SSL certificate.", T.CALM),
    ("Wir wechseln zu Version 5.2.", T.CALM),
    ("Müssen wir Browser wechseln?", T.CALM),
    ("Nos iremos de vacaciones en agosto.", T.CALM),
    ("Nos pasaremos a la versión nueva.", T.CALM),
    ("La mise en concurrence des transporteurs est une fonction utile.", T.CALM),
    ("I know the delay is not of your making.", T.CALM),
    ("What a hassle-free setup, thank you!", T.CALM),
    ("Unsere Kollegin fühlt sich heute nicht wohl.", T.CALM),
    ("The sync stopped working again, and nobody has replied.", T.FRUSTRATED),
    ("The error still appears every morning, and again today.", T.FRUSTRATED),
    (_FAULT_EN + "We will keep escalating until this is fixed.", T.FRUSTRATED),
    (_FAULT_DE + "Wir machen weiter Druck.", T.FRUSTRATED),
]


@pytest.mark.parametrize(("text", "expected"), LEAVING + COPING + CHORES_AND_BLAME + ORDINARY)
def test_tone_leaving_coping_and_ordinary_mail(text: str, expected: Sentiment) -> None:
    picked = suggest_sentiment(text)
    assert picked.value is expected, picked.rationale
