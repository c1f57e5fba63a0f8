"""Session 33: many calls a day said "daily" or "täglich", and a rival's pilot in German,
French or Spanish, read high (defs-1: many hours lost a day; a competitor evaluated).

Why: on eval_set_f a practice phoning "~60 Anrufe täglich als Ersatz" for reminders that no
longer arrive read medium (only "a day" / "pro Tag" was read), and on eval_set_c "ein
Wettbewerber … wir setzen im Juli einen Piloten mit ihm auf" read medium (only the English
"pilot", within 40 characters of the rival). The near misses stay medium: mail the product
sends every day is its design, and calls counted by the month are no daily burden.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

D, G = Category.PRODUCT_DEFECT, Category.FEATURE_GAP


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Die SMS kommen nicht an. ~60 Anrufe täglich als Ersatz.", D),
        ("Our front desk now takes 40 calls daily about the missing reminders.", D),
        ("Nous recevons 50 appels quotidiens de patients depuis la mise à jour.", D),
        ("Recibimos 30 llamadas diarias de clientes por los avisos que no llegan.", D),
        (
            "Ein Wettbewerber bietet genau das heute an; wir setzen im Juli einen Piloten mit "
            "ihm auf.",
            G,
        ),
        ("Un concurrent nous propose un pilote en juin pour exactement ce besoin.", G),
        ("Un competidor nos ofrece un piloto en julio con esa función.", G),
    ],
)
def test_daily_calls_and_a_rivals_pilot_are_high(text: str, category: Category) -> None:
    picked = suggest_severity("", text, category)
    assert picked.value is Severity.HIGH, picked.rationale


@pytest.mark.parametrize(
    "text",
    [
        "The app sends 30 emails daily to each manager, which is how we set it up.",
        "Wir bekommen etwa 60 Anrufe im Monat dazu, das ist normal.",
        "Is there a bulk export? We would like to pull all records at once.",
    ],
)
def test_product_mail_and_monthly_calls_stay_medium(text: str) -> None:
    picked = suggest_severity("", text, D)
    assert picked.value is Severity.MEDIUM, picked.rationale
