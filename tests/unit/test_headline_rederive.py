"""The headline is re-said after a CSM override, so it never contradicts the brief."""

from __future__ import annotations

import pytest

from mailbot.drafting.headline import rederive

BEFORE = {"category": "relationship_at_risk", "severity": "critical", "account": "Acme Corp"}
TEXT = "Relationship at risk: renewal talks stalled affecting Acme Corp -- P1 open 3 days"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (
            {**BEFORE, "category": "feature_gap"},
            "Feature gap: renewal talks stalled affecting Acme Corp -- P1 open 3 days",
        ),
        (
            {**BEFORE, "severity": "medium"},
            "Relationship at risk: renewal talks stalled affecting Acme Corp -- P3 open 3 days",
        ),
        (
            {**BEFORE, "account": "Acme EU"},
            "Relationship at risk: renewal talks stalled affecting Acme EU -- P1 open 3 days",
        ),
        (BEFORE, TEXT),
    ],
)
def test_rederive_follows_the_overridden_field(after: dict[str, str], expected: str) -> None:
    assert rederive(TEXT, BEFORE, after) == expected


def test_a_headline_of_the_label_alone_follows_too() -> None:
    after = {**BEFORE, "category": "feature_gap", "severity": "medium"}
    assert rederive("Relationship at risk -- P1", BEFORE, after) == "Feature gap -- P3"


def test_a_headline_without_the_category_label_is_left_alone() -> None:
    text = "Acme cannot renew without SSO"  # a model's own wording
    assert rederive(text, BEFORE, {**BEFORE, "category": "feature_gap"}) == text
