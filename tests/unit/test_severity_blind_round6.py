"""Severity readings from session 32's sixth blind batch (bench/severity_sentences_data_6.py),
each in words of its own: many people on a painful workaround counted as a share or a
group, a rival looked at softly, the renewal left unsigned, our people failing again, an
opening or a busy week on a date; and the near misses that must stay medium.

Why: the batch showed the rules reading "two thirds of our nurses are back on paper" or "the
renewal is on my desk and I'm not signing it like this" as medium; defs-1 makes each high.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

D, S, C = Category.PRODUCT_DEFECT, Category.SERVICE_FAILURE, Category.COMMERCIAL_DISPUTE
R, G = Category.RELATIONSHIP_AT_RISK, Category.FEATURE_GAP

HIGH = [
    (
        "Since Friday about two thirds of our carers write the visit notes on paper and type "
        "them in at night.",
        D,
    ),
    ("Every dispatcher on the early shift now splits the routes by hand before optimising.", D),
    ("Staff in all 9 branches are phoning round to check stock before they promise anything.", D),
    ("Toute l'équipe comptable fait le lettrage à la main depuis lundi.", D),
    ("We're sitting through a demo of Plannr next week, for what it's worth.", D),
    ("Finance asked me whether we should keep paying for this after the 20% rise.", C),
    ("The renewal paperwork is on my desk and I'm not signing it like this.", C),
    ("Die Verlängerung liegt auf meinem Tisch, und so unterschreibe ich sie nicht.", C),
    ("Es la cuarta vez que pedimos que nos llamen y nadie lo hace.", S),
    ("Der Schulungstermin ist heute schon wieder ausgefallen.", S),
    ("I'm leaving the company at the end of June and the renewal is in August.", R),
    ("Our busiest week of the year starts Monday and prices lag two hours behind the tills.", D),
    ("Abrimos el nuevo almacén el día 3 y no sabemos si el módulo admite varias plantas.", G),
]
MEDIUM = [
    ("This makes me uneasy, since our busiest week starts soon.", D),
    ("We have 400 staff and the export takes a while, but it gets there.", D),
    ("The report is slow since March; we just run it overnight now.", D),
]


@pytest.mark.parametrize(("text", "category"), [pytest.param(*c, id=c[0][:40]) for c in HIGH])
def test_said_high(text: str, category: Category) -> None:
    picked = suggest_severity("", text, category)
    assert picked.value is Severity.HIGH, picked.rationale


@pytest.mark.parametrize(("text", "category"), [pytest.param(*c, id=c[0][:40]) for c in MEDIUM])
def test_stays_medium(text: str, category: Category) -> None:
    picked = suggest_severity("", text, category)
    assert picked.value is Severity.MEDIUM, picked.rationale
