"""The blind held-out set bench/eval_set_d/: exactly what its generator writes, and spread.

The set replaces eval_set_c as the held-out set and is scored once, at the end, for an
honest figure; so its files must be what the generator writes from the hand-written data
(labels are never edited after a drafter ran), the generator must be deterministic, every
thread must load with draft_eval's loader carrying a valid label for each field, and the
spread the brief asked for must hold (issue 18).
"""

from __future__ import annotations

import json
from collections import Counter
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from bench.draft_eval import load_items
from bench.eval_set_c_format import CLIENTS
from bench.eval_set_c_model import CATEGORIES, SENTIMENTS, SEVERITIES
from bench.gen_eval_set_d import OUT, build, write
from tests.support.eval_sets import assert_labelled_from_defs_1, assert_regenerates

ROOT = Path(__file__).resolve().parents[2]
EARLIER = ("eval_set", "eval_set_b", "eval_set_c")


def _labels() -> list[dict[str, object]]:
    return [label for _, _, label in build()]


def test_a_fresh_run_writes_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerates(write, OUT, tmp_path, 120)


def test_every_label_is_test_split_blind_and_cites_defs_1() -> None:
    assert_labelled_from_defs_1(_labels(), "test", "blind to the drafter")


def test_the_spread_the_brief_asks_for() -> None:
    labels = _labels()
    assert len(labels) >= 120 and len({label["situation"] for label in labels}) >= 40
    category = Counter(label["category"] for label in labels)
    assert {c: category[c] >= 18 for c in CATEGORIES} == dict.fromkeys(CATEGORIES, True)
    severity = Counter(label["severity"] for label in labels)
    assert severity["critical"] >= 18 and severity["medium"] >= 25 and severity["low"] >= 18
    assert severity["high"] >= 18
    sentiment = Counter(label["sentiment"] for label in labels)
    assert {s: sentiment[s] >= 18 for s in SENTIMENTS} == dict.fromkeys(SENTIMENTS, True)
    langs = Counter(label["lang"] for label in labels)
    assert langs["en"] > len(labels) / 2 and len(labels) - langs["en"] >= 30
    assert {"de", "fr", "es", "it", "nl", "pt"} <= set(langs)
    assert set(Counter(label["client"] for label in labels)) == set(CLIENTS)
    lengths = [int(str(label["messages"])) for label in labels]
    assert min(lengths) == 1 and max(lengths) == 20
    said = Counter(label["customer_communication"] == "not stated" for label in labels)
    assert said[True] and said[False]
    assert any(label["csm_level"] for label in labels) and any("account" in x for x in labels)
    for label in labels:
        assert 2 <= len(label["key_facts"]) <= 4, label["situation"]  # type: ignore[arg-type]


def test_its_situations_are_new() -> None:
    """Held out means text nobody tuned for: no situation slug of an earlier set's file names
    (only names are compared: the helper that wrote this set did not read those files)."""
    ours = {str(label["situation"]) for label in _labels()}
    earlier = {p.stem for name in EARLIER for p in (ROOT / "bench" / name).glob("*.eml")}
    assert [s for s in sorted(ours) if any(f"_{s}_" in stem for stem in earlier)] == []


def test_every_file_is_a_forward_holding_the_customers_own_words() -> None:
    for name, text, label in build():
        message = message_from_bytes(text.encode("utf-8"), policy=policy.default)
        assert isinstance(message, EmailMessage) and message["Subject"].startswith(("Fwd:", "FW:"))
        assert f"<evald-{name}@example.com>" == message["Message-ID"], name
        body = "".join(
            str(part.get_content())
            for part in message.walk()
            if part.get_content_type() == "text/plain"
        )
        attached = [p for p in message.walk() if p.get_content_type() == "message/rfc822"]
        inner = "".join(str(p.get_payload(0)) for p in attached)
        assert f"@{label['account_domain']}>" in body + inner, name
        for fact in label["key_facts"]:  # type: ignore[attr-defined]
            assert fact in text, (name, fact)


def test_load_items_reads_every_thread_with_a_valid_label_for_each_field() -> None:
    items = load_items(None, OUT)
    assert len(items) == len(build())
    for name, request, label in items:
        assert label["category"] in CATEGORIES, name
        assert label["severity"] in SEVERITIES, name
        assert label["sentiment"] in SENTIMENTS, name
        senders = [m.sender for m in request.thread.messages]
        assert len(senders) == label["messages"], name
        assert any(s.endswith("@" + label["account_domain"]) for s in senders), name
        assert (request.account is not None) == ("account" in label), name
    assert len(load_items(None, OUT, split="test")) == len(items)
    on_disk = json.loads((OUT / f"{items[0][0]}.json").read_text(encoding="utf-8"))
    assert on_disk == items[0][2]
