"""The dev supplement set bench/eval_set_e/: exactly what its generator writes, all dev,
labelled from defs-1, and aimed at every category's boundaries (issue 18, item 5)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.eval_set_c_model import CATEGORIES
from bench.gen_eval_set_e import OUT, build, write
from tests.support.eval_sets import (
    assert_every_thread_loads,
    assert_labelled_from_defs_1,
    assert_regenerates,
)


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
    assert_every_thread_loads(OUT, _labels())
