"""The blind, untuned set bench/eval_set_h/: exactly what its generator writes, labelled
from defs-1, and shaped like an ordinary escalation inbox (every category in rough
proportion, every severity level and every sentiment well covered, languages mixed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.eval_set_c_model import CATEGORIES, SENTIMENTS, SEVERITIES
from bench.gen_eval_set_h import OUT, build, write
from tests.support.eval_sets import (
    assert_every_thread_loads,
    assert_labelled_from_defs_1,
    assert_regenerates,
)


def _labels() -> list[dict[str, object]]:
    return [label for _, _, label in build()]


def test_a_fresh_run_writes_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerates(write, OUT, tmp_path, 78)


def test_every_label_cites_defs_1_and_names_its_labeller() -> None:
    labels = _labels()
    assert_labelled_from_defs_1(labels, "dev", "by hand from routing/definitions.md")
    assert all("evalh helper" in str(label["labelled_by"]) for label in labels)


def test_categories_are_in_inbox_proportion_and_languages_mix() -> None:
    labels = _labels()
    category = Counter(label["category"] for label in labels)
    bounds = {"product_defect": (18, 21), "feature_gap": (12, 12), "service_failure": (12, 12),
              "commercial_dispute": (12, 12), "relationship_at_risk": (12, 12),
              "executive_intervention": (9, 12)}  # fmt: skip
    assert set(bounds) == set(CATEGORIES)
    assert {c: lo <= category[c] <= hi for c, (lo, hi) in bounds.items()} == dict.fromkeys(
        bounds, True
    )
    lang = Counter(label["lang"] for label in labels)
    assert set(lang) == {"en", "de", "fr", "es"}
    assert 0.5 <= lang["en"] / len(labels) <= 0.6


def test_every_severity_level_and_every_sentiment_are_well_covered() -> None:
    labels = _labels()
    severity = Counter(label["severity"] for label in labels)
    assert {s: severity[s] >= 12 for s in SEVERITIES} == dict.fromkeys(SEVERITIES, True)
    sentiment = Counter(label["sentiment"] for label in labels)
    assert {s: sentiment[s] >= 9 for s in SENTIMENTS} == dict.fromkeys(SENTIMENTS, True)


def test_threads_run_from_one_to_five_messages_in_every_client_format() -> None:
    labels = _labels()
    assert {label["messages"] for label in labels} == {1, 2, 3, 4, 5}
    assert len({label["client"] for label in labels}) == 8


def test_no_csm_note_states_a_level() -> None:
    assert all(label["csm_level"] is None for label in _labels())


def test_message_ids_are_this_sets_own() -> None:
    for name, text, _ in build():
        assert f"Message-ID: <evalh-{name}@example.com>" in text


def test_every_thread_loads_with_valid_labels_and_verbatim_key_facts() -> None:
    assert_every_thread_loads(OUT, _labels())
