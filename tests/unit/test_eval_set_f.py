"""The blind dev set bench/eval_set_f/: exactly what its generator writes, all dev,
labelled from defs-1, every category represented, and the sentiments it aims at (anger and
churn in many wordings) well covered."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.eval_set_c_model import CATEGORIES, SEVERITIES
from bench.gen_eval_set_f import OUT, build, write
from tests.support.eval_sets import (
    assert_every_thread_loads,
    assert_labelled_from_defs_1,
    assert_regenerates,
)


def _labels() -> list[dict[str, object]]:
    return [label for _, _, label in build()]


def test_a_fresh_run_writes_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerates(write, OUT, tmp_path, 60)


def test_every_label_is_dev_and_cites_defs_1() -> None:
    labels = _labels()
    assert_labelled_from_defs_1(labels, "dev", "by hand from routing/definitions.md")
    assert all("evalf helper" in str(label["labelled_by"]) for label in labels)


def test_every_category_is_represented_and_languages_mix() -> None:
    labels = _labels()
    category = Counter(label["category"] for label in labels)
    assert {c: category[c] >= 6 for c in CATEGORIES} == dict.fromkeys(CATEGORIES, True)
    assert {label["lang"] for label in labels} >= {"en", "de", "fr", "es"}
    assert {label["severity"] for label in labels} == set(SEVERITIES)


def test_the_sentiments_it_aims_at_are_well_covered() -> None:
    sentiment = Counter(label["sentiment"] for label in _labels())
    least = {"angry": 10, "threatening_churn": 10, "calm": 10, "concerned": 8,
             "frustrated": 8, "frustrated_but_patient": 6}  # fmt: skip
    assert {s: sentiment[s] >= n for s, n in least.items()} == dict.fromkeys(least, True)


def test_message_ids_are_this_sets_own() -> None:
    for name, text, _ in build():
        assert f"Message-ID: <evalf-{name}@example.com>" in text


def test_every_thread_loads_with_valid_labels_and_verbatim_key_facts() -> None:
    assert_every_thread_loads(OUT, _labels())
