"""The blind held-out set bench/eval_set_c/: exactly what its generator writes, and spread.

The set is scored once, at the end, for an honest figure; so its files must be what the
generator writes from the hand-written data (labels are never edited after a drafter ran),
the generator must be deterministic, and the spread the brief asked for must hold: every
label well represented, several languages, thread lengths from one message to twenty, and
every file a real forward with the customer's own message in it.
"""

from __future__ import annotations

import json
from collections import Counter
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from bench.draft_eval import load_items
from bench.eval_set_c_model import CATEGORIES, SENTIMENTS, SEVERITIES
from bench.gen_eval_set_c import OUT, build, write
from tests.support.eval_sets import assert_labelled_from_defs_1, assert_regenerates

ROOT = Path(__file__).resolve().parents[2]


def _labels() -> list[dict[str, object]]:
    return [label for _, _, label in build()]


def test_a_fresh_run_writes_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    assert_regenerates(write, OUT, tmp_path, 120)


def test_every_label_is_test_split_blind_and_cites_defs_1() -> None:
    assert_labelled_from_defs_1(_labels(), "test", "blind to the drafter")


def test_the_spread_the_brief_asks_for() -> None:
    labels = _labels()
    assert len(labels) >= 120
    situations: dict[str, set[str]] = {}
    for label in labels:
        situations.setdefault(str(label["category"]), set()).add(str(label["situation"]))
    assert len({label["situation"] for label in labels}) >= 40
    assert {c: len(s) >= 6 for c, s in situations.items()} == dict.fromkeys(CATEGORIES, True)
    severity = Counter(label["severity"] for label in labels)
    assert {s: severity[s] >= 15 for s in SEVERITIES} == dict.fromkeys(SEVERITIES, True)
    sentiment = Counter(label["sentiment"] for label in labels)
    assert {s: sentiment[s] >= 12 for s in SENTIMENTS} == dict.fromkeys(SENTIMENTS, True)
    langs = Counter(label["lang"] for label in labels)
    assert langs["en"] > len(labels) / 2 and {"de", "fr", "es"} <= set(langs)
    assert langs["nl"] + langs["it"] + langs["pt"] >= 6
    lengths = [int(str(label["messages"])) for label in labels]
    assert min(lengths) == 1 and max(lengths) >= 15
    said = Counter(label["customer_communication"] == "not stated" for label in labels)
    assert said[True] and said[False]
    assert any(label["csm_level"] for label in labels)
    for label in labels:
        assert 2 <= len(label["key_facts"]) <= 4, label["situation"]  # type: ignore[arg-type]


def test_every_file_is_a_forward_holding_the_customers_own_words() -> None:
    for name, text, label in build():
        message = message_from_bytes(text.encode("utf-8"), policy=policy.default)
        assert isinstance(message, EmailMessage) and message["Subject"].startswith(("Fwd:", "FW:"))
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


def test_load_items_reads_every_thread_with_its_account() -> None:
    items = load_items(None, ROOT / "bench" / "eval_set_c")
    assert len(items) == len(build())
    for name, request, label in items:
        senders = [m.sender for m in request.thread.messages]
        assert len(senders) == label["messages"], name
        assert any(s.endswith("@" + label["account_domain"]) for s in senders), name
        assert (request.account is not None) == ("account" in label), name
    on_disk = json.loads((OUT / f"{items[0][0]}.json").read_text(encoding="utf-8"))
    assert on_disk == items[0][2]
