"""Score the offline category rules on short blind messages (dev sets, not held out).

    PYTHONPATH=. python bench/category_sentences.py [--batch cat|defect|exec|compact|sev] [--misses]

Why messages beside the threads: eval_set_b's test split misses category mostly at a few
borders (defects read as gaps, disputes or relationships; service failures and executives
read as defects), and every dev thread set is at 95-100 % category, so it says little more.
bench/category_sentences_data.py holds 180 messages written blind from the defs-1 category
bullets aimed at those borders ("cat"); the severity batches carry a category label as
well ("sev", 560 messages). Session 32 added two more, written the same way:
bench/category_sentences_data_2.py ("defect", 150: defects told as needs, questions, money
or people, against true gaps, disputes and relationships) and _3.py ("exec", 130: their
executives writing, copied, demanding or asking for ours, against senior people who are
not C-level and executives merely named), and _4.py ("compact", 150: a CSM's one-line
note over a customer's 1-4 tone-neutral sentences, as eval_set_b's situations are
written). Each message is read as the customer's text, its CSM note as the note, and its
last short lines as the signature (where a title shows), as mailbot/drafting/offline.py
reads a forward. They are tuned on: a figure here is not an honest one.
"""

from __future__ import annotations

import argparse
from collections import Counter

from bench import (
    category_sentences_data,
    category_sentences_data_2,
    category_sentences_data_3,
    category_sentences_data_4,
    severity_sentences_data,
    severity_sentences_data_2,
    severity_sentences_data_3,
    severity_sentences_data_4,
)
from bench.severity_sentences import report
from mailbot.domain import Category
from mailbot.drafting.rules import suggest_category

NAMES = tuple(c.value for c in Category)


def _signature(text: str) -> str:
    """The short closing lines, where a writer's title shows (like offline._roles)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][-4:]
    return "\n".join(line for line in lines if len(line) < 70 and not line.endswith(("?", "!")))


def read(note: str, text: str) -> tuple[str, str]:
    picked = suggest_category(note, text, "", _signature(text) if "\n" in text else "")
    return picked.value.value, picked.rationale


def _items(batch: str | None) -> list[tuple[str, str, str, str]]:
    """(note, text, category, language) for the batch asked for."""
    cat = [(n, t, c, lang) for n, t, c, lang, _ in category_sentences_data.ITEMS]
    defects = [(n, t, c, lang) for n, t, c, lang, _ in category_sentences_data_2.ITEMS]
    execs = [(n, t, c, lang) for n, t, c, lang, _ in category_sentences_data_3.ITEMS]
    compact = [(n, t, c, lang) for n, t, c, _sev, lang, _ in category_sentences_data_4.ITEMS]
    sev = [
        ("", t, c, lang)
        for data in (
            severity_sentences_data,
            severity_sentences_data_2,
            severity_sentences_data_3,
            severity_sentences_data_4,
        )
        for t, c, _level, lang, _ in data.ITEMS
    ]
    batches = {"cat": cat, "defect": defects, "exec": execs, "compact": compact, "sev": sev}
    return batches.get(batch or "", cat + defects + execs + compact + sev)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--batch", choices=("cat", "defect", "exec", "compact", "sev"), help="one batch only"
    )
    args = parser.parse_args()
    items = _items(args.batch)
    pairs: Counter[tuple[str, str]] = Counter()
    for note, text, label, lang in items:
        got, why = read(note, text)
        pairs[label, got] += 1
        if args.misses and got != label:
            shown = " ".join(text.split())
            print(f"[{lang}] {label} -> {got}: {note + ' | ' if note else ''}{shown}\n    {why}")
    report(pairs, NAMES, "category", (31, 4))


if __name__ == "__main__":
    main()
