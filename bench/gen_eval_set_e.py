"""Write bench/eval_set_e/: a dev-only supplement set aimed at category boundaries (defs-1).

    PYTHONPATH=. python bench/gen_eval_set_e.py        # rewrites bench/eval_set_e/

Why: the offline rules score 100 % category on eval_set_b's dev split, so that split no
longer says where the rules go wrong. eval_set_e is a fresh *dev* set (every label
``"split": "dev"``: it is tuned on) of borderline cases: defects told as needs or as
how-to questions, something missing (broken) against something never offered (a gap),
executives writing about ordinary problems, money disputes with a technical trigger,
data/security. Each thread's customer wording and labels are hand-written in
bench/eval_set_e_data_*.py from routing/definitions.md (defs-1) before any drafter ran on
it; this script only renders them (eval_set_c's client formats, this set's own filler, a
fixed seed) and checks the labels are internally consistent. See bench/eval_set_e/README.md.
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.eval_set_c_fillers import DISCLAIMER, GREETING, SIGN_OFF, TEAM
from bench.eval_set_c_format import CLIENTS, Msg, eml
from bench.eval_set_c_model import (
    CAT_DEF,
    CATEGORIES,
    SENT_DEF,
    SENTIMENTS,
    SEV_DEF,
    SEVERITIES,
    Situation,
    Take,
)
from bench.eval_set_e_data import SITUATIONS
from bench.eval_set_e_fillers import COLLEAGUE, CUSTOMER, OURS
from bench.eval_set_files import write_threads

OUT = Path(__file__).resolve().parent / "eval_set_e"
SEED = 20261206_5
DEFINITIONS = "defs-1"
LABELLER = ("evale helper (Claude), by hand from routing/definitions.md defs-1 while writing, "
            "before any drafter ran on the set")  # fmt: skip
CSMS = (("Omar Haddad", "omar@example.com"), ("Jane Doe", "jane@example.com"),
        ("Lukas Brandt", "lukas@example.com"), ("Mei Tanaka", "mei@example.com"))  # fmt: skip
SUPPORT = ("Customer Support", "support@example.com")
LEVELS = {"P1": "critical", "P2": "high", "P3": "medium", "P4": "low"}
CUE = re.compile(r"\[([^\]]+)\]")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _senders(n: int, ours: str) -> str:
    """c: the customer, k: their colleague, u: our side; the last message is the customer's."""
    if n <= 2:
        return "c" * n
    if not ours:
        return "".join("k" if j % 2 else "c" for j in range(n - 1)) + "c"
    core = "c" + "uc" * ((n - 1) // 2)
    return core if n % 2 else "ck" + core[1:]


def _messages(s: Situation, t: Take, rng: random.Random, i: int) -> tuple[list[Msg], str]:
    """Oldest first, and what we last told the customer (with its date) or "not stated"."""
    name, title = s.person.split("|")
    first, last = name.split()[0], name.split()[-1]
    who = (name, f"{_ascii(first)}.{_ascii(last)}@{s.domain}")
    mate_name = COLLEAGUE[s.lang][i % len(COLLEAGUE[s.lang])]
    mate = (mate_name, f"{_ascii(mate_name.split()[0])}.{_ascii(mate_name.split()[-1])}@{s.domain}")
    csm = CSMS[i % len(CSMS)]
    sig = f"{name}\n{title}\n{s.company}" + (f"\n\n{DISCLAIMER[s.lang]}" if i % 5 == 2 else "")
    senders = _senders(t.n, s.ours)
    when = datetime.fromisoformat(s.start).replace(hour=7, tzinfo=UTC)
    when += timedelta(minutes=rng.randint(10, 240))
    ours_pool = list(OURS[s.lang]) * t.n
    theirs_pool = list(CUSTOMER[s.lang]) * t.n
    out: list[Msg] = []
    told = "not stated"
    for j, role in enumerate(senders):
        if j:
            step = (timedelta(minutes=rng.randint(15, 80)) if t.severity == "critical"
                    else timedelta(hours=rng.randint(3, 40)))  # fmt: skip
            when += step
        sign = SIGN_OFF[s.lang][(i + j) % len(SIGN_OFF[s.lang])]
        if role == "u":
            last_ours = j == len(senders) - 2
            person = csm if last_ours else SUPPORT
            text = s.ours if last_ours else ours_pool.pop(0)
            if last_ours:
                told = f"{when.date().isoformat()}: {s.ours}"
            hello = "" if first in text[:45] else GREETING[s.lang].format(first=first) + "\n\n"
            out.append((person[0], person[1], when, f"{hello}{text}\n\n{sign}\n{person[0]}"))
            continue
        hello = GREETING[s.lang].format(first=TEAM[s.lang] if j == 0 else csm[0].split()[0])
        tone = CUE.sub(r"\1", t.tone)
        if j == 0:
            text = s.core if t.n > 1 else f"{s.core}\n\n{tone}"
        elif j == len(senders) - 1:
            text = tone
        else:
            text = theirs_pool.pop(0).format(colleague=mate_name.split()[0])
        sender = mate if role == "k" else who
        signature = sig if role == "c" else f"{mate_name}\n{s.company}"
        out.append((*sender, when, f"{hello}\n\n{text}\n\n{sign}\n{signature}"))
    return out, told


def _check(s: Situation, t: Take, category: str) -> None:
    """Consistency of the hand-set labels (never a decision)."""
    assert category in CATEGORIES and t.severity in SEVERITIES, s.slug
    assert t.sentiment in SENTIMENTS and len(CUE.findall(t.tone)) == 1, (s.slug, t.tone)
    assert "[" not in s.core and "[" not in s.ours, s.slug
    assert not t.plevel or LEVELS[t.plevel] == t.severity, (s.slug, t.plevel)
    if t.sentiment == "threatening_churn" or category == "executive_intervention":
        assert t.severity in ("critical", "high"), s.slug
    if t.category and t.category != s.category:
        assert t.cat_why, (s.slug, "a take that moves category says why")


def _label(
    s: Situation, t: Take, category: str, text: str, labeller: str = LABELLER
) -> dict[str, object]:
    cue = CUE.findall(t.tone)[0]
    return {
        "category": category, "severity": t.severity, "sentiment": t.sentiment,
        "account_domain": s.domain,
        "key_facts": [f for f in s.facts if f in text],
        "split": "dev", "situation": s.slug, "lang": s.lang, "messages": t.n,
        "csm_level": t.plevel or None,
        "labelled_by": labeller, "definitions": DEFINITIONS,
        "rationale": {
            "category": f'{t.cat_why or s.cat_why} -> {category}: defs-1 '
            f'"{CAT_DEF[category]}"',
            "severity": f'{t.sev_why or s.sev_why} -> {t.severity}: defs-1 '
            f'"{SEV_DEF[t.severity]}"',
            "sentiment": f'"{cue}" -> {t.sentiment}: defs-1 "{SENT_DEF[t.sentiment]}"',
        },
    }  # fmt: skip


def build(
    situations: tuple[Situation, ...] = SITUATIONS, seed: int = SEED, prefix: str = "evale",
    labeller: str = LABELLER,
) -> list[tuple[str, str, dict[str, object]]]:  # fmt: skip
    """Every thread as (file stem, .eml text, label), in a fixed order; eval_set_f and
    eval_set_g call it with their own situations, seed, Message-ID prefix and labeller."""
    rng = random.Random(seed)
    out = []
    for i, s in enumerate(situations):
        for k, t in enumerate(s.takes):
            category = t.category or s.category
            _check(s, t, category)
            client = CLIENTS[(3 * i + 5 * k) % len(CLIENTS)]
            msgs, told = _messages(s, t, rng, i + k)
            note = t.note or s.note
            if t.plevel:
                note = f"{note} {t.plevel}."
            csm = CSMS[(i + k) % len(CSMS)]
            sign = {"mobile_ios": "\n\nSent from my iPhone",
                    "mobile_outlook": "\n\nGet Outlook for iOS"}.get(client, "")  # fmt: skip
            top = f"{note}\n\n{csm[0].split()[0]}{sign}\n\n"
            name = f"{client}_{s.lang}_{s.slug}_{k}"
            sent = msgs[-1][2] + timedelta(hours=1, minutes=rng.randint(5, 170))
            text = eml(name, client, s.lang, top, msgs, s.subject, csm, sent)
            text = text.replace(f"<evalc-{name}@", f"<{prefix}-{name}@", 1)
            label = _label(s, t, category, text, labeller)
            label["client"] = client
            label["customer_communication"] = told
            if t.account is not None:
                a = t.account
                renewal = (msgs[-1][2] + timedelta(days=a.renewal_days)).date().isoformat()
                label["account"] = {"name": s.company, "domains": [s.domain], "arr": a.arr,
                                    "currency": a.currency, "renewal_date": renewal,
                                    "tier": a.tier, "strategic": a.strategic}  # fmt: skip
            out.append((name, text, label))
    return out


def write(folder: Path) -> int:
    """Replace ``folder``'s threads with the built ones; returns how many were written."""
    return write_threads(folder, build())


if __name__ == "__main__":
    print(f"{write(OUT)} threads written to {OUT}")
