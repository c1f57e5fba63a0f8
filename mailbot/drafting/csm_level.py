"""What a suggestion is, and the CSM's own level, which always wins over inference.

Why apart from rules.py: the CSM's "P1" or "Sev 2" is read the same way by the offline
rules, the LLM path (llm_classify.py) and the reconciling of a reply (reconcile.py); none
of them should need the keyword tables to learn what the CSM said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from mailbot.domain import Category, Sentiment, Severity

E = TypeVar("E", Category, Severity, Sentiment)


@dataclass(frozen=True)
class Suggestion(Generic[E]):
    value: E
    rationale: str


_P_LEVELS = {"0": "critical", "1": "critical", "2": "high", "3": "medium", "4": "low"}
_EXPLICIT_SEVERITY: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    # not the customer's own ticket priority ("support answered their P1 after 6h")
    (re.compile(r"(?<!\btheir )(?<!\bhis )(?<!\bher )\bP([0-4])\b", re.I), _P_LEVELS.__getitem__),
    (re.compile(r"\bsev(?:erity)?[ -]?([0-4])\b", re.I), _P_LEVELS.__getitem__),
    (
        re.compile(r"\b(?:severity|priority)\s*[:=]?\s*(critical|high|medium|low)\b", re.I),
        str.lower,
    ),
    (re.compile(r"\b(critical|high|medium|low)[ -](?:priority|severity)\b", re.I), str.lower),
    # A clause that is only a level ("... Critical." / "Executive intervention, high." /
    # "Low urgency, they are friendly"): CSMs write the level on its own like this.
    (
        re.compile(
            r"(?:^|[.;,:!]\s+|\n\s*)(critical|high|medium|low)"
            r"(?:\s+(?:urgency|priority|severity|impact))?\s*(?:[.;,!]|$)",
            re.I | re.M,
        ),
        str.lower,
    ),
)


def explicit_severity(note: str) -> Suggestion[Severity] | None:
    """The CSM's own P-level or severity word, which always wins over inference."""
    for pattern, to_value in _EXPLICIT_SEVERITY:
        match = pattern.search(note)
        if match:
            value = Severity(to_value(match.group(1)))
            return Suggestion(
                value, f'Severity {value}: the CSM wrote "{match.group(0)}" in the note'
            )
    return None
