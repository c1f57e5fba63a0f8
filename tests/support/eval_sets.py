"""Checks every generated evaluation set must pass (eval_set_c, _d, _e): its committed
files are exactly what its generator writes, and every label says how it was made."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from bench.draft_eval import load_items
from bench.eval_set_c_model import CATEGORIES, SENTIMENTS, SEVERITIES


def assert_regenerates(write: Callable[[Path], int], out: Path, tmp: Path, least: int) -> None:
    """A fresh run writes at least ``least`` threads, the committed files byte for byte."""
    assert write(tmp) >= least
    fresh = sorted(p.name for p in tmp.iterdir())
    assert fresh == sorted(p.name for p in out.iterdir() if p.suffix in (".eml", ".json"))
    for name in fresh:
        assert (tmp / name).read_bytes() == (out / name).read_bytes(), name


def assert_labelled_from_defs_1(
    labels: Iterable[dict[str, object]], split: str, labelled_by: str
) -> None:
    """Every label is of ``split``, says who labelled it how, and cites defs-1 for each
    of its three labels in one line."""
    for label in labels:
        assert label["split"] == split and label["definitions"] == "defs-1"
        assert labelled_by in str(label["labelled_by"])
        rationale = label["rationale"]
        assert isinstance(rationale, dict) and set(rationale) == {
            "category", "severity", "sentiment"
        }  # fmt: skip
        for key, line in rationale.items():
            assert f"-> {label[key]}: defs-1 " in line and "\n" not in line


def assert_every_thread_loads(out: Path, labels: list[dict[str, object]]) -> None:
    """Every thread of ``out`` loads with draft_eval's ``load_items`` (dev split), its three
    labels valid, its key facts verbatim in the .eml and its .json the built label."""
    items = load_items(None, out, "dev")
    assert len(items) == len(labels)
    for name, _, label in items:
        assert label["category"] in CATEGORIES and label["severity"] in SEVERITIES
        assert label["sentiment"] in SENTIMENTS
        text = (out / f"{name}.eml").read_text(encoding="utf-8")
        assert label["key_facts"] and all(f in text for f in label["key_facts"]), name
        assert json.loads((out / f"{name}.json").read_text(encoding="utf-8")) == label
