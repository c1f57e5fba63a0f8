"""The sentence scopes of the category rules (category_scope.py) and the fast case-folded
search they and the cue tables use (cues.hits, cues.for_lowered, cues.lowered)."""

from __future__ import annotations

import re

from mailbot.drafting.category_scope import (
    without_breakage,
    without_money_or_use,
    without_product_money,
)
from mailbot.drafting.cues import cues, for_lowered, hits, lowered


def test_hits_quote_the_texts_own_case() -> None:
    assert hits(cues(r"\bbug\b", r"\bnever\b"), "A BUG in the Export") == ["BUG"]


def test_an_escape_is_not_lowercased() -> None:
    """``\\S`` lowercased would be ``\\s``: [\\s\\S] must still match a letter."""
    assert for_lowered(r"x[\s\S]Y").search("xay")
    assert not for_lowered(r"\D").search("7")


def test_lowering_keeps_every_offset() -> None:
    text = "İstanbul office: the export CRASHES"
    assert len(lowered(text)) == len(text)
    assert hits(cues(r"\bcrash\w*"), text) == ["CRASHES"]


def test_a_told_breakage_is_no_gap_evidence_but_the_rest_is() -> None:
    text = "Since the update we need to re-enter the filters. We need a dark mode."
    kept = without_breakage(text)
    assert "re-enter" not in kept and "dark mode" in kept


def test_our_bill_stays_commercial_and_the_products_money_does_not() -> None:
    ours = "Your invoice charges us for 60 users."
    theirs = "The payment page shows an error to our shop customers."
    assert without_product_money(ours) == ours
    assert "payment" not in without_product_money(theirs)


def test_a_lapsed_discount_a_departure_and_an_unanswered_ticket_are_no_regression() -> None:
    for sentence in (
        "Since the renewal we are no longer getting the discount we agreed.",
        "Anna is no longer with the company.",
        "Our ticket about the export error has had no reply for three weeks.",
    ):
        assert not re.search(r"\w", without_money_or_use(sentence)), sentence
    kept = "The export no longer runs."
    assert without_money_or_use(kept) == kept
