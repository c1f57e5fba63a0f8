"""The second evaluation set and the per-class report of bench/draft_eval.py.

The set must be exactly what its generator writes (labels are not hand-edited after a
drafter has run), its dev and test splits must not share a situation, and the report must
count precision and recall the right way round.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from bench import draft_eval
from bench.draft_eval import load_items
from bench.eval_report import confusion
from bench.gen_eval_set_b import OUT, build

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_set_is_what_the_generator_writes() -> None:
    built = build()
    assert len(built) >= 120
    for name, text, label in built:
        assert (OUT / f"{name}.eml").read_text(encoding="utf-8") == text
        on_disk = json.loads((OUT / f"{name}.json").read_text(encoding="utf-8"))
        assert on_disk == label
        assert label["definitions"] == "defs-1" and "before any drafting" in label["labelled_by"]


def test_splits_share_no_situation_and_cover_every_label() -> None:
    labels = [label for _, _, label in build()]
    dev = {lab["situation"] for lab in labels if lab["split"] == "dev"}
    test = {lab["situation"] for lab in labels if lab["split"] == "test"}
    assert dev and test and not dev & test
    for key in ("category", "severity", "sentiment"):
        for split in ("dev", "test"):
            seen = Counter(lab[key] for lab in labels if lab["split"] == split)
            assert len(seen) == {"category": 6, "severity": 4, "sentiment": 6}[key], (key, split)


def test_load_items_keeps_only_the_asked_split() -> None:
    items = load_items(None, ROOT / "bench" / "eval_set_b", "test")
    assert items and all(label["split"] == "test" for _, _, label in items)
    legacy = load_items(3, ROOT / "bench" / "eval_set", "test")  # no split field: all test
    assert len(legacy) == 3


def test_confusion_rows_are_labels_and_columns_are_answers() -> None:
    labels = [{"severity": "high"}, {"severity": "high"}, {"severity": "low"}]
    rows = [{"severity": "high"}, {"severity": "low"}, {"severity": "low"}]
    lines = confusion(rows, labels, "severity").splitlines()
    high = next(line for line in lines if line.startswith("high"))
    low = next(line for line in lines if line.startswith("low"))
    assert high.split() == ["high", "0", "1", "0", "1", "50%"]
    assert low.split() == ["low", "0", "0", "0", "1", "100%"]
    assert lines[-1].split() == ["precision", "-", "100%", "-", "50%"]


def test_replayed_answers_are_the_models_own_for_the_same_prompt_only(tmp_path: Path) -> None:
    """--answers: an equal prompt replays the stored labels; any other prompt asks the model."""
    from types import SimpleNamespace

    from bench.draft_eval import replaying
    from mailbot.drafting.llm_classify import Labels

    asked: list[str] = []
    answer = {"category": "product_defect", "severity": "high", "sentiment": "angry"}

    def model(messages: list[dict[str, str]]) -> Labels:
        asked.append(messages[-1]["content"])
        return Labels.model_validate(answer)

    def drafter() -> SimpleNamespace:
        config = SimpleNamespace(model="qwen15")
        return SimpleNamespace(_labels=model, client=SimpleNamespace(config=config))

    path = tmp_path / "answers.json"
    first = drafter()
    count = replaying(first, path)  # type: ignore[arg-type]
    one = [{"role": "user", "content": "thread one"}]
    assert first._labels(one).severity.value == "high" and count() == 0
    assert first._labels(one).sentiment.value == "angry" and count() == 1
    later = drafter()  # another run, from the file
    count = replaying(later, path)  # type: ignore[arg-type]
    later._labels(one)
    later._labels([{"role": "user", "content": "thread two"}])
    assert count() == 1 and asked == ["thread one", "thread two"]


def test_a_set_with_no_threads_is_named_not_divided_by_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong ``--set`` (the folder given as ``bench/eval_set_e`` from the checkout, or an
    empty one) once ended in ZeroDivisionError; it says which folder had no threads."""
    monkeypatch.delenv("MAILBOT_LLM_BASE_URL", raising=False)
    monkeypatch.setattr(sys, "argv", ["draft_eval.py", "--set", str(tmp_path)])
    with pytest.raises(SystemExit, match=f"no labelled threads in {tmp_path}"):
        draft_eval.main()
