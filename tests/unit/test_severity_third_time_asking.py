"""Session 34: the third time of asking is a customer who chased us three times (defs-1:
high, "our people failed the customer repeatedly"), in every category and language.

Why: "wrote three times", "escribimos tres veces" and "dreimal angerufen" read high, but the
same chase counted as an ordinal did not: "This is the third time I've chased this",
"Ich frage zum dritten Mal nach", "C'est la troisième relance" (eval_set_e, three threads
labelled high from defs-1). eval_set_b dev and eval_set_c label such a chase medium or low
in three threads (the level of what is asked for); defs-1's written rule decides, so that
"we asked three times" and "the third time I've asked" read alike.
The near misses stay medium: the second time, and a third attempt at something that is
not asking us.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

D, B = Category.PRODUCT_DEFECT, Category.COMMERCIAL_DISPUTE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("This is the third time I am asking and I still have no answer.", B),
        ("This is the third time I've chased this and nobody can say when it'll be sorted.", D),
        ("Fourth time we have written about the refund.", B),
        ("This is my third reminder about the missing credit note.", B),
        ("Ich frage zum dritten Mal nach und weiß immer noch nicht, wann das behoben ist.", D),
        ("Ich frage jetzt zum dritten Mal und habe immer noch keine Antwort.", B),
        ("Toujours rien. C'est la troisième relance, et la facture arrive à échéance.", B),
        ("C'est la troisième fois que je relance, toujours sans réponse.", D),
        ("Es la tercera vez que pregunto y sigo sin respuesta.", D),
    ],
)
def test_the_third_time_of_asking_is_high(text: str, category: Category) -> None:
    picked = suggest_severity("", text, category)
    assert picked.value is Severity.HIGH, picked.rationale


@pytest.mark.parametrize(
    "text",
    [
        "This is the second time we have had to raise it. Please keep us posted.",
        "This is the third time I have tried to import the file; it stops at row 40.",
        "The third time the import ran, it worked.",
        "Zum dritten Mal in Folge ist der Bericht pünktlich gekommen, danke.",
        "Es la tercera vez que usamos la plantilla y nos gusta.",
    ],
)
def test_other_thirds_stay_medium(text: str) -> None:
    picked = suggest_severity("", text, D)
    assert picked.value is Severity.MEDIUM, picked.rationale
