"""Score the drafters on the labelled forwards in bench/eval_set/ (labels written before drafting).

    PYTHONPATH=. python bench/draft_eval.py                      # offline drafter only
    PYTHONPATH=. python bench/draft_eval.py --set eval_set_b --split test --matrix
    PYTHONPATH=. python bench/draft_eval.py --set eval_set_b --split dev --every 4  # a sample
    MAILBOT_LLM_BASE_URL=http://127.0.0.1:18081/v1 MAILBOT_LLM_MODEL=qwen15 \\
        PYTHONPATH=. python bench/draft_eval.py [--mode classify|full] [--limit N] [--json out.json]
    ... --answers /tmp/answers.json   # classify mode: keep the model's labels, replay them later

Each figure is printed beside the best constant guess (always answering the most useful
single label), because a small model that collapses onto one label can look fine on an
unbalanced set. Key-fact recall's baseline is a brief that just echoes the CSM's note.
The LLM is run as production runs it: with offline fallback and the deterministic checks
of mailbot/drafting/reconcile.py (CSM's explicit severity, verbatim customer sentence, lost
figures); the "model only" column scores the model's own answer before those checks.
"schema-valid" counts drafts the model itself produced (possibly after one repair request).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

# Run as a script (python bench/draft_eval.py) only bench/ is on sys.path: put the repo
# root there too, so bench.* and mailbot.* import without PYTHONPATH=.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_report import report
from mailbot.domain import AccountFacts, Severity
from mailbot.drafting.brief import Brief, Drafter, DraftRequest, DraftResult
from mailbot.drafting.fallback import FallbackDrafter
from mailbot.drafting.llm import LLMClient, LLMConfig, LLMDrafter
from mailbot.drafting.llm_classify import Labels
from mailbot.drafting.llm_prompt import category_infos
from mailbot.drafting.offline import OfflineDrafter
from mailbot.inbound.parse import parse_message
from mailbot.routing import load_routing

ROOT = Path(__file__).resolve().parents[1]
EVAL_SET = ROOT / "bench" / "eval_set"
OURS = frozenset({"example.com"})
RANK = {s.value: s.rank for s in Severity}


def load_items(
    limit: int | None, where: Path = EVAL_SET, split: str | None = None
) -> list[tuple[str, DraftRequest, dict[str, Any]]]:
    """The labelled forwards of ``where``; with ``split``, only those labelled for it
    (a set without a split, like eval_set/, is all test: it was never tuned on by split)."""
    items = []
    for eml in sorted(where.glob("*.eml")):
        label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        if split and label.get("split", "test") != split:
            continue
        message = parse_message(
            eml.read_bytes(), own_addresses=frozenset({"escalations@example.com"})
        )
        account = AccountFacts.model_validate(label["account"]) if "account" in label else None
        today = message.date.date().isoformat() if message.date else ""
        items.append((eml.stem, DraftRequest(message.thread, account, today=today), label))
    return items[:limit]


def _row(
    name: str, brief: Brief, result: DraftResult, label: dict[str, Any], ms: int
) -> dict[str, Any]:
    text = json.dumps(brief.model_dump(mode="json"), ensure_ascii=False).lower()
    facts = label["key_facts"]
    return {
        "name": name, "drafter": result.drafter, "note": result.note,
        "category": brief.category.value, "severity": brief.severity.value,
        "sentiment": brief.sentiment.value,
        "facts_found": sum(f.lower() in text for f in facts), "facts_total": len(facts),
        "latency_ms": ms, "tokens": result.input_tokens + result.output_tokens,
        "flags": result.flags,
    }  # fmt: skip


T = TypeVar("T", Brief, Labels)


def _probe_model_brief(llm: LLMDrafter) -> Callable[[Brief], Brief | None]:
    """Record the model's own answer, before the deterministic checks, on this instance only.

    The probe lives here, not on LLMDrafter: it wraps the instance's ``_brief`` (full mode)
    or ``_labels`` (classify mode) - the model call plus its one repair round - so production
    code carries no benchmark state. In classify mode the model's own labels are put on the
    shipped brief (whose other sections are the offline extraction either way).
    """
    seen: list[Brief | Labels | None] = [None]

    def recording(call: Callable[[list[dict[str, str]]], T]) -> Callable[[list[dict[str, str]]], T]:
        def recorded(messages: list[dict[str, str]]) -> T:
            seen[0] = None  # a failed call leaves nothing of the previous thread's
            got = seen[0] = call(messages)
            return got

        return recorded

    if llm.mode == "classify":
        llm._labels = recording(llm._labels)  # type: ignore[method-assign, assignment]
    else:
        llm._brief = recording(llm._brief)  # type: ignore[method-assign, assignment]

    def answer(shipped: Brief) -> Brief | None:
        raw = seen[0]
        if isinstance(raw, Labels):
            fields = {"category": raw.category, "severity": raw.severity}
            return shipped.model_copy(update={**fields, "sentiment": raw.sentiment})
        return raw

    return answer


def replaying(llm: LLMDrafter, path: Path) -> Callable[[], int]:
    """Keep the model's labels per exact prompt in ``path``; an identical prompt is replayed.

    Why: a labels call costs the small model ~10 s, and the merge of its labels with the
    rules (llm_merge.merge) can change without the prompt changing. The key is the whole
    prompt (system, note, the rules' hint, the thread) and the model's name, so any change
    the model would see is a new call. Replayed drafts' latencies are not the model's:
    the returned counter says how many were replayed, and main() says so beside the table.
    """
    cache: dict[str, Any] = json.loads(path.read_text("utf-8")) if path.exists() else {}
    replayed = [0]
    call = llm._labels

    def cached(messages: list[dict[str, str]]) -> Labels:
        blob = json.dumps([llm.client.config.model, messages], sort_keys=True)
        key = hashlib.sha256(blob.encode()).hexdigest()
        if key in cache:
            replayed[0] += 1
            return Labels.model_validate(cache[key])
        labels = call(messages)
        cache[key] = labels.model_dump(mode="json")
        path.write_text(json.dumps(cache, indent=0, sort_keys=True), "utf-8")
        return labels

    llm._labels = cached  # type: ignore[method-assign]
    return lambda: replayed[0]


def run(
    drafter: Drafter, items: list[tuple[str, DraftRequest, dict[str, Any]]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for the drafter as shipped and, for the LLM, for the model's answer alone
    (before the deterministic checks of mailbot/drafting/reconcile.py)."""
    rows, model_rows = [], []
    llm = drafter.llm if isinstance(drafter, FallbackDrafter) else None
    model_brief = _probe_model_brief(llm) if llm is not None else None
    for name, request, label in items:
        started = time.monotonic()
        result = drafter.draft(request)
        ms = int((time.monotonic() - started) * 1000)
        row = _row(name, result.brief, result, label, ms)
        rows.append(row)
        if llm is not None:
            raw = model_brief(result.brief) if model_brief and result.drafter == llm.name else None
            model_rows.append(_row(name, raw or result.brief, result, label, ms))
        marks = "".join(
            "Y" if row[k] == label[k] else "." for k in ("category", "severity", "sentiment")
        )
        print(f"  {name:40} {marks} {row['facts_found']}/{row['facts_total']} {ms:>6} ms"
              f" {row['drafter']}", file=sys.stderr, flush=True)  # fmt: skip
    return rows, model_rows


def baselines(labels: list[dict[str, Any]], notes: list[str]) -> dict[str, float]:
    def best(key: str) -> float:
        return Counter(label[key] for label in labels).most_common(1)[0][1] / len(labels)

    within = max(
        sum(abs(RANK[label["severity"]] - RANK[guess]) <= 1 for label in labels) / len(labels)
        for guess in RANK
    )
    found = sum(
        f.lower() in note.lower()
        for lab, note in zip(labels, notes, strict=True)
        for f in lab["key_facts"]
    )
    total = sum(len(label["key_facts"]) for label in labels)
    return {"category": best("category"), "severity": best("severity"), "within": within,
            "sentiment": best("sentiment"), "facts": found / total}  # fmt: skip


def score(rows: list[dict[str, Any]], labels: list[dict[str, Any]]) -> dict[str, float]:
    n = len(rows)
    pairs = list(zip(rows, labels, strict=True))
    return {
        "category": sum(r["category"] == lab["category"] for r, lab in pairs) / n,
        "severity": sum(r["severity"] == lab["severity"] for r, lab in pairs) / n,
        "within": sum(abs(RANK[r["severity"]] - RANK[lab["severity"]]) < 2 for r, lab in pairs) / n,
        "sentiment": sum(r["sentiment"] == lab["sentiment"] for r, lab in pairs) / n,
        "facts": sum(r["facts_found"] for r in rows) / sum(r["facts_total"] for r in rows),
        "valid": sum(not r["note"].startswith("LLM unavailable") for r in rows) / n,
        "latency": statistics.median(r["latency_ms"] for r in rows),
        "p90": _p90([r["latency_ms"] for r in rows]),
        "tokens": statistics.mean(r["tokens"] for r in rows),
    }  # fmt: skip


def _p90(values: list[int]) -> float:
    """The 90th percentile (nearest rank): 9 of 10 drafts took at most this long."""
    ordered = sorted(values)
    return float(ordered[max(0, -(-9 * len(ordered) // 10) - 1)])


def table(results: dict[str, dict[str, float]], base: dict[str, float], n: int) -> str:
    names = list(results)
    lines = [
        f"{'metric (n=' + str(n) + ')':28}"
        + "".join(f"{x:>16}" for x in names)
        + f"{'constant guess':>16}"
    ]
    spec = [("category accuracy", "category", True), ("severity exact", "severity", True),
            ("severity within one", "within", True), ("sentiment accuracy", "sentiment", True),
            ("key-fact recall", "facts", True), ("schema-valid rate", "valid", True),
            ("median latency (ms)", "latency", False), ("p90 latency (ms)", "p90", False),
            ("tokens per draft", "tokens", False)]  # fmt: skip
    for title, key, pct in spec:
        cells = [f"{results[x][key]:.0%}" if pct else f"{results[x][key]:.0f}" for x in names]
        guess = f"{base[key]:.0%}" if key in base else "-"
        lines.append(f"{title:28}" + "".join(f"{c:>16}" for c in cells) + f"{guess:>16}")
    return "\n".join(lines)


def llm_drafter(mode: str = "classify") -> Drafter | None:
    base_url, model = os.environ.get("MAILBOT_LLM_BASE_URL"), os.environ.get("MAILBOT_LLM_MODEL")
    if not model or not (base_url or os.environ.get("OPENAI_API_KEY")):
        return None
    config = LLMConfig(base_url=base_url, model=model, api_key=os.environ.get("OPENAI_API_KEY"),
                       timeout=float(os.environ.get("MAILBOT_LLM_TIMEOUT", "300")))  # fmt: skip
    routing = load_routing(ROOT / "routing" / "routing.toml")
    llm = LLMDrafter(LLMClient(config), category_infos(routing), OURS, mode=mode)
    return FallbackDrafter(llm, OfflineDrafter(OURS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None, help="write per-thread rows here")
    parser.add_argument(
        "--set", default="eval_set", help="a folder under bench/ (eval_set_b), or any path"
    )
    parser.add_argument("--split", choices=("dev", "test"), default=None)
    parser.add_argument("--matrix", action="store_true", help="print confusion matrices")
    parser.add_argument("--every", type=int, default=1, help="only every Nth thread (a sample)")
    parser.add_argument(
        "--mode",
        choices=("classify", "full"),
        default="classify",
        help="LLM drafting mode (classify: labels only; full: the whole brief)",
    )
    parser.add_argument(
        "--answers", type=Path, default=None,
        help="classify mode: a JSON file of the model's labels per prompt, replayed when equal",
    )  # fmt: skip
    args = parser.parse_args()
    folder = Path(args.set) if Path(args.set).is_dir() else ROOT / "bench" / args.set
    items = load_items(None, folder, args.split)[:: args.every][: args.limit]
    if not items:
        split = f" ({args.split} split)" if args.split else ""
        sys.exit(f"no labelled threads in {folder}{split}")
    labels = [label for _, _, label in items]
    drafters: dict[str, Drafter] = {"offline": OfflineDrafter(OURS)}
    llm = llm_drafter(args.mode)
    replayed: Callable[[], int] = lambda: 0  # noqa: E731
    if llm is not None:
        drafters[llm.name] = llm
        if args.answers and isinstance(llm, FallbackDrafter) and llm.llm.mode == "classify":
            replayed = replaying(llm.llm, args.answers)
    else:
        print(
            "no LLM configured (MAILBOT_LLM_BASE_URL/MAILBOT_LLM_MODEL): offline only",
            file=sys.stderr,
        )
    rows: dict[str, list[dict[str, Any]]] = {}
    for name, drafter in drafters.items():
        print(f"{name}:", file=sys.stderr)
        rows[name], model_rows = run(drafter, items)
        if model_rows:
            rows["model only"] = model_rows
    results = {name: score(r, labels) for name, r in rows.items()}
    print(table(results, baselines(labels, [r.thread.note for _, r, _ in items]), len(items)))
    if replayed():
        print(f"({replayed()} of the model's answers replayed from {args.answers}: "
              "the LLM latencies above are not the model's)")  # fmt: skip
    if args.matrix:
        for name, r in rows.items():
            print(f"\n== {name} ==\n{report(r, labels)}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
