"""Write bench/eval_set_b/: a second labelled set of forwards, built to differ from eval_set/.

    PYTHONPATH=. python bench/gen_eval_set_b.py        # rewrites bench/eval_set_b/

Each situation of bench/eval_set_b_data.py (other industries, languages EN/DE/FR/ES,
tone-neutral text) is combined with three tone blocks (one sentiment each), a mail client's
forward format, a thread length from one message to twenty and, sometimes, the CSM's own
P-level. Labels come from the situation and the tone, per routing/definitions.md (defs-1),
and are written here, before any drafter runs. Situations (not threads) are split 60/40
into dev/test with a fixed seed, so no situation's text is seen on both sides.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from bench.eval_set_b_data import SITUATIONS, Situation
from bench.eval_set_b_tones import FOLLOW_UPS, OUR_REPLIES, TONES

OUT = Path(__file__).resolve().parent / "eval_set_b"
SEED = 20261205
DEFINITIONS = "defs-1"
LABELLER = "evalset helper (Claude), by hand from routing/definitions.md, before any drafting"
SENTIMENTS = ("calm", "concerned", "frustrated_but_patient", "frustrated", "angry",
              "threatening_churn")  # fmt: skip
LENGTHS = (1, 1, 2, 3, 5, 8, 12, 20)
CLIENTS = ("gmail", "outlook", "apple", "thunderbird", "mobile_ios", "mobile_outlook", "rfc822")
CSMS = (("Jane Doe", "jane@example.com"), ("Omar Haddad", "omar@example.com"),
        ("Mei Tanaka", "mei@example.com"))  # fmt: skip
SUPPORT = ("Support Team", "support@example.com")
P_OF = {"critical": "P1", "high": "P2", "medium": "P3", "low": "P4"}
RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}
OUTLOOK_HEADS = {"en": ("From", "Sent", "To", "Subject"),
                 "de": ("Von", "Gesendet", "An", "Betreff"),
                 "fr": ("De ", "Envoyé ", "À ", "Objet "),
                 "es": ("De", "Enviado", "Para", "Asunto")}  # fmt: skip
GMAIL_MARK = {"en": "---------- Forwarded message ---------",
              "de": "---------- Weitergeleitete Nachricht ---------",
              "fr": "---------- Message transféré ---------",
              "es": "---------- Mensaje reenviado ---------"}  # fmt: skip

Msg = tuple[str, str, datetime, str]  # name, address, when, body


def _messages(
    s: Situation, sentiment: str, n: int, start: datetime, rng: random.Random, split: str
) -> list[Msg]:
    """Oldest first: the customer's report, then replies and follow-ups; the tone goes in
    the customer's last message, so the sentiment is theirs."""
    who = (s.person, f"{s.person.split()[-1].lower()}@{s.domain}")
    csm = CSMS[len(s.slug) % len(CSMS)]
    bodies: list[tuple[tuple[str, str], str]] = [(who, s.core)]
    ours_used = False
    for j in range(1, n):
        if j % 2 == 1 and j != n - 1:
            text = s.ours if s.ours and not ours_used else rng.choice(OUR_REPLIES[s.lang])
            ours_used = True
            bodies.append((rng.choice((csm, SUPPORT)), text))
        else:
            bodies.append((who, rng.choice(FOLLOW_UPS[s.lang])))
    phrasings = TONES[s.lang][sentiment][0 if split == "dev" else 1 :: 2]
    tone = rng.choice(phrasings)
    last = max(i for i, (sender, _) in enumerate(bodies) if sender == who)
    bodies[last] = (who, f"{bodies[last][1]} {tone}" if last else f"{s.core}\n\n{tone}")
    out = []
    for i, ((name, addr), text) in enumerate(bodies):
        when = start + timedelta(days=i, hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        greeting = (
            "Hi," if s.lang == "en" else {"de": "Hallo,", "fr": "Bonjour,", "es": "Hola,"}[s.lang]
        )
        out.append((name, addr, when, f"{greeting}\n\n{text}\n\n{name.split()[0]}"))
    return out


def _block(client: str, lang: str, m: Msg, to: str, subject: str) -> str:
    name, addr, when, body = m
    if client in ("outlook", "mobile_outlook"):
        f, sent, t, subj = OUTLOOK_HEADS[lang]
        stamp = when.strftime("%A, %B %d, %Y %H:%M")
        return (f"________________________________\n{f}: {name} <{addr}>\n{sent}: {stamp}\n"
                f"{t}: {to}\n{subj}: {subject}\n\n{body}\n")  # fmt: skip
    if client in ("apple", "mobile_ios"):
        stamp = when.strftime("%B %d, %Y at %I:%M:%S %p GMT")
        return (f"Begin forwarded message:\n\nFrom: {name} <{addr}>\nSubject: {subject}\n"
                f"Date: {stamp}\nTo: {to}\n\n{body}\n")  # fmt: skip
    if client == "thunderbird":
        return (f"-------- Forwarded Message --------\nSubject: \t{subject}\n"
                f"Date: \t{format_datetime(when)}\nFrom: \t{name} <{addr}>\nTo: \t{to}\n\n\n"
                f"{body}\n")  # fmt: skip
    stamp = when.strftime("%a, %b %d, %Y at %I:%M %p")
    return (f"{GMAIL_MARK[lang]}\nFrom: {name} <{addr}>\nDate: {stamp}\nSubject: {subject}\n"
            f"To: {to}\n\n\n{body}\n")  # fmt: skip


def _eml(name: str, client: str, lang: str, note: str, msgs: list[Msg], subject: str) -> str:
    csm_name, csm_addr = CSMS[len(name) % len(CSMS)]
    sent = msgs[-1][2] + timedelta(hours=3)
    prefix = {"outlook": "FW", "mobile_outlook": "FW"}.get(client, "Fwd")
    sign = {
        "mobile_ios": "\n\nSent from my iPhone",
        "mobile_outlook": "\n\nGet Outlook for Android",
    }
    top = f"{note}\n\n{csm_name.split()[0]}{sign.get(client, '')}\n\n"
    to = f"{csm_name} <{csm_addr}>"
    blocks = [
        _block(client, lang, m, to, ("Re: " if i else "") + subject)
        for i, m in reversed(list(enumerate(msgs)))
    ]
    head = (f"From: {csm_name} <{csm_addr}>\nTo: escalations@example.com\n"
            f"Subject: {prefix}: {subject}\nDate: {format_datetime(sent)}\n"
            f"Message-ID: <evalb-{name}@example.com>\nMIME-Version: 1.0\n")  # fmt: skip
    text_part = 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
    if client != "rfc822":
        return head + text_part + top + "\n".join(blocks)
    newest = msgs[-1]
    older = "\n".join(_block("gmail", lang, m, to, subject) for m in reversed(msgs[:-1]))
    inner = (f"From: {newest[0]} <{newest[1]}>\nTo: {to}\nSubject: {subject}\n"
             f"Date: {format_datetime(newest[2])}\nMIME-Version: 1.0\n{text_part}{newest[3]}"
             f"\n\n{older}")  # fmt: skip
    return (head + 'Content-Type: multipart/mixed; boundary="b-evalb"\n\n--b-evalb\n' + text_part
            + top + '\n--b-evalb\nContent-Type: message/rfc822\n'
            'Content-Disposition: attachment; filename="fwd.eml"\n\n'
            + inner + "\n--b-evalb--\n")  # fmt: skip


def build() -> list[tuple[str, str, dict[str, object]]]:
    rng = random.Random(SEED)
    order = [i for i, s in enumerate(SITUATIONS) if not s.split]
    rng.shuffle(order)
    dev = set(order[: round(len(order) * 0.6)])
    out = []
    for i, s in enumerate(SITUATIONS):
        for k in range(3):
            sentiment = SENTIMENTS[(i + 2 * k) % 6]
            n = LENGTHS[(3 * i + k) % len(LENGTHS)]
            client = CLIENTS[(2 * i + k) % len(CLIENTS)]
            start = datetime(2026, 3 + (i + k) % 8, 2 + (5 * i + k) % 20, 8, tzinfo=UTC)
            split = s.split or ("dev" if i in dev else "test")
            msgs = _messages(s, sentiment, n, start, rng, split)
            severity = s.severity
            if sentiment == "threatening_churn" and RANK[severity] > RANK["high"]:
                severity = "high"  # defs-1: renewal at risk is at least high
            note = s.note
            if n == 1 and (i + k) % 4 == 0:  # the shortest forwards: a two-line note
                note = note.split(". ")[0].rstrip(".") + "."
            if k == 1 and i % 2 == 0:
                note = f"{note} {P_OF[severity]}."
            name = f"{client}_{s.lang}_{s.slug}_{k}"
            text = _eml(name, client, s.lang, note, msgs, s.subject)
            label: dict[str, object] = {
                "category": s.category, "severity": severity, "sentiment": sentiment,
                "account_domain": s.domain,
                "key_facts": [f for f in s.facts if f in text],
                "split": split, "situation": s.slug, "client": client,
                "lang": s.lang, "messages": n, "labelled_by": LABELLER,
                "definitions": DEFINITIONS,
                "rationale": {"category/severity": s.why,
                              "sentiment": f"tone block for {sentiment}"
                              + ("; churn threat raises severity to high"
                                 if severity != s.severity else "")},
            }  # fmt: skip
            if (i + k) % 3 == 0:
                renewal = (msgs[-1][2] + timedelta(days=200 + 7 * i)).date().isoformat()
                label["account"] = {"name": s.company, "domains": [s.domain],
                                    "arr": 20000 + 5000 * i, "currency": "EUR",
                                    "renewal_date": renewal, "tier": "Growth"}  # fmt: skip
            out.append((name, text, label))
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.e*"):
        old.unlink()
    for old in OUT.glob("*.json"):
        old.unlink()
    for name, text, label in build():
        (OUT / f"{name}.eml").write_text(text, encoding="utf-8")
        (OUT / f"{name}.json").write_text(
            json.dumps(label, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
