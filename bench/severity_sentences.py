"""Score the offline severity rules on bench/severity_sentences_data.py (a dev set).

    PYTHONPATH=. python bench/severity_sentences.py [--batch 1..7|c4] [--misses]

Why a set of sentences beside the threads: the blind thread sets (eval_set_d, eval_set_h)
show the rules missing critical more than any other level (recall 50 % and 31 %, most read
as high), while every dev thread set has few critical threads left to learn from. These
short messages, written blind from defs-1's severity definitions only, put many ways of
saying each level side by side, so a rule change shows at once what it fixes and breaks.
A second batch (bench/severity_sentences_data_2.py, written
the same way) aims at high against medium; a third (bench/severity_sentences_data_3.py, whole
emails of 3-8 sentences) at high against medium told without stock words; a fourth
(bench/severity_sentences_data_4.py) at high against medium for disputes and service
failures, and critical against high for defects; a fifth (_5.py) at high against medium
for defects told through their consequences; a sixth (_6.py, session 32) at high against
medium across every category, the deciding fact buried in a quote, a PS or a count; a
seventh (_7.py) and the fourth category batch (category_sentences_data_4.py, "c4") as
compact escalations, a CSM's one-line note over 1-4 tone-neutral sentences. They are tuned
on: a figure here is not an honest one.
"""

from __future__ import annotations

import argparse
from collections import Counter

from bench import (
    category_sentences_data_4,
    severity_sentences_data,
    severity_sentences_data_2,
    severity_sentences_data_3,
    severity_sentences_data_4,
    severity_sentences_data_5,
    severity_sentences_data_6,
    severity_sentences_data_7,
)
from mailbot.domain import Category, Severity
from mailbot.drafting.rules import churn_floor, suggest_severity
from mailbot.drafting.sentiment import suggest_sentiment

LEVELS = tuple(s.value for s in Severity)


def read(text: str, category: str, note: str = "") -> tuple[str, str]:
    """The rules' level and rationale for the customer's text (and the CSM's note, where the
    batch has one), with the churn floor the offline drafter applies (a threat to leave is
    at least high)."""
    picked = suggest_severity(note, text, Category(category))
    picked = churn_floor(picked, suggest_sentiment(text), note)
    return picked.value.value, picked.rationale


# The batches: critical and every level (first), then high against medium (second).
BATCHES = {
    "1": severity_sentences_data.ITEMS,
    "2": severity_sentences_data_2.ITEMS,
    "3": severity_sentences_data_3.ITEMS,
    "4": severity_sentences_data_4.ITEMS,
    "5": severity_sentences_data_5.ITEMS,
    "6": severity_sentences_data_6.ITEMS,
}
# Compact escalations, a CSM note over the customer's words (note, text, category, severity,
# language, why): the seventh severity batch, and the fourth category batch's levels.
NOTED = {
    "7": severity_sentences_data_7.ITEMS,
    "c4": category_sentences_data_4.ITEMS,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--batch", choices=sorted(BATCHES) + sorted(NOTED), help="one batch")
    args = parser.parse_args()
    # every batch as (note, text, category, level, language, why); the older ones have no note
    noted = {name: [("", *i) for i in b] for name, b in BATCHES.items()} | NOTED
    items = noted[args.batch] if args.batch else [i for b in noted.values() for i in b]
    pairs: Counter[tuple[str, str]] = Counter()
    for note, text, category, label, lang, _why in items:
        got, why = read(text, category, note)
        pairs[label, got] += 1
        if args.misses and got != label:
            print(f"[{lang}] {label} -> {got}: {note + ' | ' if note else ''}{text}\n    {why}")
    report(pairs, LEVELS, "severity exact", (31, 9))


def report(
    pairs: Counter[tuple[str, str]], names: tuple[str, ...], what: str, widths: tuple[int, int]
) -> None:
    """The share read right and the confusion matrix (rows the label, columns the rules),
    with each label's recall; ``widths`` are the label column's and each cell's."""
    total = sum(pairs.values())
    right = sum(n for (label, got), n in pairs.items() if label == got)
    print(f"{what} {right}/{total} = {right / max(1, total):.0%}")
    head = " ".join(f"{x[: widths[1]]:>{widths[1]}}" for x in names)
    print(f"{'rows = label, columns = rules:':>{widths[0]}} {head}  recall")
    for label in names:
        row = [pairs[label, got] for got in names]
        recall = row[names.index(label)] / max(1, sum(row))
        print(
            f"{label:>{widths[0]}} "
            + " ".join(f"{n:>{widths[1]}}" for n in row)
            + f"  {recall:.0%}"
        )


if __name__ == "__main__":
    main()
