"""Write bench/eval_set_c/: a third, blind, held-out labelled set of forwarded threads.

    PYTHONPATH=. python bench/gen_eval_set_c.py        # rewrites bench/eval_set_c/

Why a third set: eval_set_b's test split has been read in detail while the drafting rules
were tuned, so it no longer gives an honest figure. eval_set_c was written by a helper that
did not read the drafter, its prompts, eval_set_b's data or any benchmark result, and it is
meant to be scored once. Every thread's customer wording and labels are hand-written in
bench/eval_set_c_data_*.py from routing/definitions.md (defs-1); this script only renders
them (client format, thread length, filler, dates, signatures) with a fixed seed, and
checks the labels are internally consistent (it never decides one). All of it is "test".
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.eval_set_c_data import SITUATIONS
from bench.eval_set_c_fillers import COLLEAGUE, CUSTOMER, DISCLAIMER, GREETING, OURS, SIGN_OFF, TEAM
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
from bench.eval_set_files import write_threads

OUT = Path(__file__).resolve().parent / "eval_set_c"
SEED = 20261205_3
DEFINITIONS = "defs-1"
LABELLER = ("evalc helper (Claude), by hand from routing/definitions.md defs-1, blind to the "
            "drafter, before any drafting")  # fmt: skip
CSMS = (("Jane Doe", "jane@example.com"), ("Omar Haddad", "omar@example.com"),
        ("Mei Tanaka", "mei@example.com"), ("Lukas Brandt", "lukas@example.com"))  # fmt: skip
SUPPORT = ("Support Team", "support@example.com")
LEVELS = {"P1": "critical", "P2": "high", "P3": "medium", "P4": "low", "Sev 1": "critical",
          "Sev 2": "high", "Sev 3": "medium", "Sev 4": "low", "High": "high",
          "Low urgency": "low", "Critical": "critical", "Medium": "medium"}  # fmt: skip
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
    mate = (mate_name, f"{_ascii(mate_name.split()[0])}@{s.domain}")
    csm = CSMS[i % len(CSMS)]
    phone = f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    sig = f"{name}\n{title} | {s.company}\n{phone}"
    if i % 3 == 0:
        sig += f"\n\n{DISCLAIMER[s.lang]}"
    tone = CUE.sub(r"\1", t.tone)
    senders = _senders(t.n, s.ours)
    when = datetime.fromisoformat(s.start).replace(hour=7, tzinfo=UTC)
    when += timedelta(minutes=rng.randint(30, 240))
    ours_pool = rng.sample(OURS[s.lang], len(OURS[s.lang])) * t.n  # no repeats until used up
    theirs_pool = rng.sample(CUSTOMER[s.lang], len(CUSTOMER[s.lang])) * t.n
    out: list[Msg] = []
    told = "not stated"
    for j, role in enumerate(senders):
        if j:
            when += timedelta(hours=rng.randint(1, 22), minutes=rng.randint(0, 59))
        sign = rng.choice(SIGN_OFF[s.lang])
        if role == "u":
            person = csm if j == len(senders) - 2 or rng.random() < 0.5 else SUPPORT
            text = s.ours if j == len(senders) - 2 else ours_pool.pop()
            if j == len(senders) - 2:
                told = f"{when.date().isoformat()}: {s.ours}"
            body = f"{GREETING[s.lang].format(first=first)}\n\n{text}\n\n{sign}\n{person[0]}"
            out.append((person[0], person[1], when, body))
            continue
        hello = GREETING[s.lang].format(first=TEAM[s.lang] if j == 0 else csm[0].split()[0])
        if j == 0:
            text = s.core if t.n > 1 else f"{s.core}\n\n{tone}"
        elif j == len(senders) - 1:
            text = tone
        else:
            text = theirs_pool.pop().format(colleague=mate_name)
        sender = mate if role == "k" else who
        signature = sig if role == "c" else f"{mate_name}\n{s.company}"
        out.append((*sender, when, f"{hello}\n\n{text}\n\n{sign}\n{signature}"))
    return out, told


def _check(s: Situation, t: Take, category: str) -> None:
    """Consistency of the hand-set labels (never a decision): valid names, one cue, the
    CSM's level matches the severity, a churn threat is at least high (defs-1)."""
    assert category in CATEGORIES and t.severity in SEVERITIES, s.slug
    assert t.sentiment in SENTIMENTS and len(CUE.findall(t.tone)) == 1, (s.slug, t.tone)
    assert not t.plevel or LEVELS[t.plevel] == t.severity, (s.slug, t.plevel)
    if t.sentiment == "threatening_churn":
        assert t.severity in ("critical", "high"), s.slug


def build() -> list[tuple[str, str, dict[str, object]]]:
    """Every thread as (file stem, .eml text, label), in a fixed order."""
    rng = random.Random(SEED)
    out = []
    for i, s in enumerate(SITUATIONS):
        for k, t in enumerate(s.takes):
            category = t.category or s.category
            _check(s, t, category)
            client = CLIENTS[(3 * i + k) % len(CLIENTS)]
            msgs, told = _messages(s, t, rng, i + k)
            note = t.note or s.note
            if t.n == 1 and not t.plevel and (i + k) % 2 == 0:  # the shortest: a one-line note
                note = note.split(". ")[0].rstrip(".") + "."
            if t.plevel:
                note = f"{note} {t.plevel}."
            csm = CSMS[(i + k) % len(CSMS)]
            sign = {"mobile_ios": "\n\nSent from my iPhone",
                    "mobile_outlook": "\n\nGet Outlook for Android"}.get(client, "")  # fmt: skip
            top = f"{note}\n\n{csm[0].split()[0]}{sign}\n\n"
            name = f"{client}_{s.lang}_{s.slug}_{k}"
            sent = msgs[-1][2] + timedelta(hours=2, minutes=rng.randint(0, 59))
            text = eml(name, client, s.lang, top, msgs, s.subject, csm, sent)
            cue = CUE.findall(t.tone)[0]
            label: dict[str, object] = {
                "category": category, "severity": t.severity, "sentiment": t.sentiment,
                "account_domain": s.domain,
                "key_facts": [f for f in s.facts if f in text],
                "split": "test", "situation": s.slug, "client": client, "lang": s.lang,
                "messages": t.n, "csm_level": t.plevel or None,
                "customer_communication": told,
                "labelled_by": LABELLER, "definitions": DEFINITIONS,
                "rationale": {
                    "category": f'{t.cat_why or s.cat_why} -> {category}: defs-1 '
                    f'"{CAT_DEF[category]}"',
                    "severity": f'{t.sev_why or s.sev_why} -> {t.severity}: defs-1 '
                    f'"{SEV_DEF[t.severity]}"',
                    "sentiment": f'"{cue}" -> {t.sentiment}: defs-1 "{SENT_DEF[t.sentiment]}"',
                },
            }  # fmt: skip
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
