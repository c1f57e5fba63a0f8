"""The blind dev set bench/eval_set_g/: exactly what its generator writes, all dev,
labelled from defs-1, and the category boundaries, severity levels and sentiments it aims
at well covered."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.eval_set_c_model import CATEGORIES, SENTIMENTS
from bench.gen_eval_set_g import OUT, build, write
from tests.support.eval_sets import (
    assert_every_thread_loads,
    assert_labelled_from_defs_1,
    assert_regenerates,
)


def _labels() -> list[dict[str, object]]:
    return [label for _, _, label in build()]


def test_a_fresh_run_writes_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerates(write, OUT, tmp_path, 78)


def test_every_label_is_dev_and_cites_defs_1() -> None:
    labels = _labels()
    assert_labelled_from_defs_1(labels, "dev", "by hand from routing/definitions.md")
    assert all("evalg helper" in str(label["labelled_by"]) for label in labels)


def test_the_categories_it_aims_at_are_well_covered_and_languages_mix() -> None:
    labels = _labels()
    category = Counter(label["category"] for label in labels)
    least = {"product_defect": 18, "service_failure": 12, "executive_intervention": 12,
             "feature_gap": 9, "commercial_dispute": 9, "relationship_at_risk": 6}  # fmt: skip
    assert set(least) == set(CATEGORIES)
    assert {c: category[c] >= n for c, n in least.items()} == dict.fromkeys(least, True)
    lang = Counter(label["lang"] for label in labels)
    assert set(lang) == {"en", "de", "fr", "es"}
    assert 0.5 <= lang["en"] / len(labels) <= 0.6


def test_severity_levels_and_every_sentiment_are_well_covered() -> None:
    labels = _labels()
    severity = Counter(label["severity"] for label in labels)
    assert severity["critical"] >= 12 and severity["low"] >= 9
    assert severity["high"] >= 9 and severity["medium"] >= 9
    sentiment = Counter(label["sentiment"] for label in labels)
    assert {s: sentiment[s] >= 8 for s in SENTIMENTS} == dict.fromkeys(SENTIMENTS, True)


def test_threads_run_from_one_to_five_messages_in_every_client_format() -> None:
    labels = _labels()
    assert {label["messages"] for label in labels} == {1, 2, 3, 4, 5}
    assert len({label["client"] for label in labels}) == 8


def test_message_ids_are_this_sets_own() -> None:
    for name, text, _ in build():
        assert f"Message-ID: <evalg-{name}@example.com>" in text


def test_every_thread_loads_with_valid_labels_and_verbatim_key_facts() -> None:
    assert_every_thread_loads(OUT, _labels())
