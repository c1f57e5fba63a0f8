"""Parsing, validating and neutralising the model's answer."""

from __future__ import annotations

import json

import pytest

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.brief import Brief
from mailbot.drafting.llm_output import (
    ORDER,
    OutputInvalid,
    extract_json,
    llm_schema,
    neutralise,
    neutralise_text,
    normalise,
    parse_brief,
)
from tests.unit.test_llm_failures import GOOD


def test_schema_comes_from_brief_and_puts_reasons_first() -> None:
    schema = llm_schema()
    assert list(schema["properties"]) == list(ORDER)
    assert set(schema["required"]) == set(Brief.model_fields)
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Category"]["enum"] == [c.value for c in Category]
    assert schema["$defs"]["Severity"]["enum"] == [s.value for s in Severity]
    assert schema["$defs"]["Sentiment"]["enum"] == [s.value for s in Sentiment]
    assert ORDER.index("category_rationale") < ORDER.index("category")
    assert schema["properties"]["headline"]["maxLength"] <= 200


@pytest.mark.parametrize(
    "content",
    [
        json.dumps(GOOD),
        "```json\n" + json.dumps(GOOD) + "\n```",
        "Sure, here it is: " + json.dumps(GOOD) + " Let me know!",
        "{not json} then " + json.dumps(GOOD),
    ],
)
def test_extract_json_tolerates_fences_and_chat(content: str) -> None:
    assert extract_json(content)["headline"] == GOOD["headline"]


def test_no_json_at_all_is_invalid() -> None:
    with pytest.raises(OutputInvalid, match="no JSON object"):
        extract_json("I cannot do that.")


def test_normalise_repairs_spelling_and_lengths() -> None:
    data = normalise(
        {
            **GOOD,
            "severity": "P1",
            "sentiment": "Frustrated but patient",
            "category": "Feature-Gap",
            "headline": "x" * 500,
            "commercial_context": None,
            "extra": "dropped",
        }
    )
    assert (data["severity"], data["sentiment"], data["category"]) == (
        "critical",
        "frustrated_but_patient",
        "feature_gap",
    )
    assert len(data["headline"]) == 200 and data["commercial_context"] == ""
    assert "extra" not in data


def test_unknown_enum_is_reported_by_field() -> None:
    with pytest.raises(OutputInvalid) as info:
        parse_brief(json.dumps({**GOOD, "severity": "apocalyptic"}))
    assert any(p.startswith("severity") for p in info.value.problems)


def test_missing_fields_are_reported() -> None:
    with pytest.raises(OutputInvalid) as info:
        parse_brief(json.dumps({"headline": "only this"}))
    assert any(p.startswith("category") for p in info.value.problems)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("see https://evil.example/a?b=1", "see hxxps://evil[.]example/a?b=1"),
        ("see http://10.0.0.1:8080/x", "see hxxp://10[.]0[.]0[.]1:8080/x"),
        ("go to www.evil.example now", "go to www[.]evil[.]example now"),
        ("[portal](https://evil.example)", "portal (hxxps://evil[.]example)"),
        ('<a href="https://e.example">x</a>', "x"),
        ("<script>alert(1)</script>", "alert(1)"),
        ("<img src=x onerror=alert(1)", "‹img src=x onerror=alert(1)"),
        ("javascript:alert(1)", "javascript[:]alert(1)"),
        ("latency < 1s and > 0", "latency < 1s and > 0"),
    ],
)
def test_neutralise_text(raw: str, expected: str) -> None:
    assert neutralise_text(raw, []) == expected


def test_neutralise_whole_brief_and_flags() -> None:
    brief = Brief.model_validate(
        {
            **GOOD,
            "timeline": [{"date": "2026-03-01", "event": "<b>see</b> https://x.example"}],
            "resolution_attempts": ["www.y.example"],
        }
    )
    clean, flags = neutralise(brief)
    assert clean.timeline[0].event == "see hxxps://x[.]example"
    assert clean.resolution_attempts == ["www[.]y[.]example"]
    assert any("link" in f for f in flags) and any("markup" in f for f in flags)
    assert neutralise(clean)[1] == []  # idempotent: defanged text is not flagged again
