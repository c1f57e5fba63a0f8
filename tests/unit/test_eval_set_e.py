"""The dev supplement set bench/eval_set_e/: exactly what its generator writes, all dev,
labelled from defs-1, and aimed at every category's boundaries (issue 18, item 5)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.draft_eval import load_items
from bench.eval_set_c_model import CATEGORIES, SENTIMENTS, SEVERITIES
from bench.gen_eval_set_e import OUT, build, write
from tests.support.eval_sets import assert_labelled_from_defs_1, assert_regenerates


def _labels() -> list[dict[str, object]]:
    return [label for _, _, label in build()]


def test_a_fresh_run_writes_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerates(write, OUT, tmp_path, 48)


def test_every_label_is_dev_and_cites_defs_1() -> None:
    assert_labelled_from_defs_1(_labels(), "dev", "by hand from routing/definitions.md")


def test_every_category_is_well_represented_and_languages_mix() -> None:
    labels = _labels()
    category = Counter(label["category"] for label in labels)
    assert {c: category[c] >= 6 for c in CATEGORIES} == dict.fromkeys(CATEGORIES, True)
    assert {label["lang"] for label in labels} >= {"en", "de", "fr", "es"}


def test_every_thread_loads_with_valid_labels_and_verbatim_key_facts() -> None:
    items = load_items(None, OUT, "dev")
    assert len(items) == len(_labels())
    for name, _, label in items:
        assert label["category"] in CATEGORIES and label["severity"] in SEVERITIES
        assert label["sentiment"] in SENTIMENTS
        text = (OUT / f"{name}.eml").read_text(encoding="utf-8")
        assert label["key_facts"] and all(f in text for f in label["key_facts"]), name
        assert json.loads((OUT / f"{name}.json").read_text(encoding="utf-8")) == label
