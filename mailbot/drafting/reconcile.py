"""Deterministic checks applied to a model's brief before the CSM sees it.

A small model drops figures and second-guesses an explicit instruction from our own
colleague; both are cheap to detect without a model. So after the LLM answers:

- the CSM's explicit level ("P1", "Critical.", "Low urgency") is the severity, because
  SPEC §4 makes the CSM the decider and the note is trusted text;
- the customer's heaviest sentence is quoted verbatim in the impact paragraph when the
  model's prose does not contain it: a paraphrase (often a translation) loses the
  customer's own words, which the receiving team needs in the original;
- figures the thread quotes (amounts, versions, ticket ids, counts) that the brief lost are
  listed at the end of the impact paragraph, so the receiving team is not missing them.

Both changes are stated in the rationale or the text itself, never silent.
"""

from __future__ import annotations

import json

from mailbot.drafting.brief import Brief
from mailbot.drafting.csm_level import explicit_severity

_IMPACT_LIMIT = Brief.model_fields["customer_impact"].metadata[0].max_length
_MAX_ADDED = 8


def csm_severity(brief: Brief, note: str) -> Brief:
    """The note's explicit level wins over the model's choice; the rationale says so."""
    explicit = explicit_severity(note)
    if explicit is None or explicit.value is brief.severity:
        return brief
    rationale = f"{explicit.rationale} (the model suggested {brief.severity.value})"
    return brief.model_copy(
        update={"severity": explicit.value, "severity_rationale": rationale[:300]}
    )


def add_customer_words(brief: Brief, words: str) -> Brief:
    """Quote the customer's key sentence after the model's impact text, if it fits."""
    if not words or words.lower() in brief.customer_impact.lower():
        return brief
    tail = f' In the customer\'s words: "{words}"'
    impact = brief.customer_impact.rstrip()
    if len(impact) + len(tail) > _IMPACT_LIMIT:
        return brief
    return brief.model_copy(update={"customer_impact": impact + tail})


def missing_figures(brief: Brief, figures: list[str]) -> list[str]:
    """Figures from the thread that appear nowhere in the brief (case-insensitive)."""
    text = json.dumps(brief.model_dump(mode="json"), ensure_ascii=False).lower()
    return [f for f in figures if f.lower() not in text][:_MAX_ADDED]


def add_missing_figures(brief: Brief, figures: list[str]) -> Brief:
    """Append what the model left out to ``customer_impact``, within its length limit."""
    missing = missing_figures(brief, figures)
    if not missing:
        return brief
    impact = brief.customer_impact.rstrip()
    for count in range(len(missing), 0, -1):
        tail = " Also quoted in the thread: " + "; ".join(missing[:count]) + "."
        if len(impact) + len(tail) <= _IMPACT_LIMIT:
            return brief.model_copy(update={"customer_impact": impact + tail})
    return brief
