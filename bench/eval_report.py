"""Per-class precision/recall and confusion matrices for bench/draft_eval.py.

Overall accuracy hides which labels a drafter confuses (a rule set that never says
"frustrated_but_patient" can still score well); the matrix shows it at a glance.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from mailbot.domain import Category, Sentiment, Severity

CLASSES: dict[str, list[str]] = {
    "category": [c.value for c in Category],
    "severity": [s.value for s in Severity],
    "sentiment": [s.value for s in Sentiment],
}
_SHORT = {"frustrated_but_patient": "frust_patient", "threatening_churn": "churn",
          "executive_intervention": "executive", "relationship_at_risk": "relationship",
          "commercial_dispute": "commercial", "service_failure": "service",
          "product_defect": "defect", "feature_gap": "feature"}  # fmt: skip


def _short(label: str) -> str:
    return _SHORT.get(label, label)


def confusion(rows: list[dict[str, Any]], labels: list[dict[str, Any]], key: str) -> str:
    """Rows are the labelled truth, columns the drafter's answer; then P/R per class."""
    pairs = Counter((lab[key], row[key]) for row, lab in zip(rows, labels, strict=True))
    classes = CLASSES[key]
    width = max(len(_short(c)) for c in classes) + 1
    lines = [f"{key}: rows = label, columns = drafter",
             f"{'':{width}}" + "".join(f"{_short(c):>{width}}" for c in classes)
             + f"{'recall':>9}"]  # fmt: skip
    for truth in classes:
        total = sum(pairs[(truth, guess)] for guess in classes)
        recall = f"{pairs[(truth, truth)] / total:.0%}" if total else "-"
        cells = "".join(f"{pairs[(truth, guess)]:>{width}}" for guess in classes)
        lines.append(f"{_short(truth):{width}}{cells}{recall:>9}")
    precision = []
    for guess in classes:
        said = sum(pairs[(truth, guess)] for truth in classes)
        precision.append(f"{pairs[(guess, guess)] / said:.0%}" if said else "-")
    lines.append(f"{'precision':{width}}" + "".join(f"{p:>{width}}" for p in precision))
    return "\n".join(lines)


def report(rows: list[dict[str, Any]], labels: list[dict[str, Any]]) -> str:
    return "\n\n".join(confusion(rows, labels, key) for key in CLASSES)
