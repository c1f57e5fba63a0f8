"""Category said otherwise (issue 18, session 28): their executive copied said in the text,
a French limit by design, a figure rounded wrongly; and sentences sharing their words.

Written for this test from routing/definitions.md (defs-1), not copied from an evaluation
thread. Before this change each paraphrase read another category.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category
from mailbot.drafting.rules import suggest_category

EI, CD, FG, PD, SF = (
    Category.EXECUTIVE_INTERVENTION,
    Category.COMMERCIAL_DISPUTE,
    Category.FEATURE_GAP,
    Category.PRODUCT_DEFECT,
    Category.SERVICE_FAILURE,
)

CASES = [
    # defs-1: "their executive writes, is copied or demands (... 'Cc: our MD')"
    ("Je mets en copie notre PDG : les tarifs facturés ne correspondent pas au devis.", EI),
    ("I've copied our CFO: the invoice charges us for 40 seats instead of 25.", EI),
    # counter: a title merely named is weak evidence only
    ("Our CFO approved the order in March; the invoice charges us for 40 seats.", CD),
    # a limit by design, in French with "que" as well as "qu'"
    ("Aujourd'hui l'outil ne propose que le format PDF pour les relevés.", FG),
    # a figure rounded wrongly is a wrong result, however small
    ("The monthly report rounds every percentage down, so 89.9% shows as 89%.", PD),
    # counter: rounding asked for is a wish
    ("Could the monthly report show percentages rounded to whole numbers?", FG),
    # from eval_set_g: a value weighed or calculated wrongly, a migration our people ran
    ("The gradebook is calculating the weighted averages wrongly in every school.", PD),
    ("La migración que vuestro equipo hizo dejó fuera las lecturas de octubre.", SF),
    ("The import your consultant ran on Saturday dropped half our contacts.", SF),
    # counter: an import that fails by itself is the product's; a migration that went well,
    # or a question about what a licence counts, is no failure of anyone's
    ("The contact import fails with error 500 since Monday.", PD),
    ("Thanks for the migration your team did last week, it went smoothly!", PD),
    ("Does the licence count active users instead of named users?", CD),
    ("The gradebook weights coursework at 60% instead of 40% in all four schools.", PD),
]


def test_our_invoicing_module_limited_in_the_note_is_a_gap_not_our_bill() -> None:
    note = "Water authority: e-invoices to the state; our invoicing module only produces PDF."
    picked = suggest_category(note, "")
    assert picked.value is FG, picked.rationale


@pytest.mark.parametrize(("customer", "expected"), CASES)
def test_category_said_otherwise(customer: str, expected: Category) -> None:
    picked = suggest_category("", customer)
    assert picked.value is expected, picked.rationale


@pytest.mark.timeout(30)
def test_a_hostile_sentence_with_no_stop_is_read_in_bounded_time() -> None:
    """25 messages of 8,000 characters are what drafting reads at most: "I want " over and
    over with no full stop took the gap-shape lookahead 80 s (it read to the sentence's end
    from every "want"); it reads 200 characters now (about 3 s here)."""
    picked = suggest_category("", "I want " * 28_572)
    assert picked.value in Category


@pytest.mark.parametrize(
    "note",
    [
        "Looks to me like the export mangles the names, not a missing feature.",
        "Not a feature request: the totals were right until the update.",
        "Kein Feature-Wunsch, die Summen stimmten bis zum Update.",
    ],
)
def test_the_csms_not_a_feature_is_no_gap_evidence(note: str) -> None:
    """Session 30: the CSM's verdict the other way ("not a missing feature") counted as
    feature_gap evidence, four times a customer's word."""
    picked = suggest_category(note, "The export shows the wrong totals.")
    assert picked.value is PD, picked.rationale
