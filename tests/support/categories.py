"""One letter a category, for the paraphrase tables of the category rules' tests.

The tables list hundreds of (text, category) pairs; a letter keeps each pair on one line."""

from __future__ import annotations

from mailbot.domain import Category

D, F, S, C, R, E = (
    Category.PRODUCT_DEFECT,
    Category.FEATURE_GAP,
    Category.SERVICE_FAILURE,
    Category.COMMERCIAL_DISPUTE,
    Category.RELATIONSHIP_AT_RISK,
    Category.EXECUTIVE_INTERVENTION,
)
