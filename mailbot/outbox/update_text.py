"""The customer-facing status update drafted for a CSM (issue 19 §3), template path.

Pure: from the escalation's timeline (event rows as :class:`Step`) and the customer's own
words, in the customer's language (English, German or French). Internal names, ticket
ids, addresses and internal notes are left out: only what the team reported as progress
is used, scrubbed. The CSM edits and sends it; mailbot never writes to a customer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

LANGUAGES = ("en", "de", "fr")
_STOPWORDS = {
    "en": {"the", "and", "is", "we", "you", "our", "to", "not", "have", "this", "with", "for"},
    "de": {"und", "der", "die", "das", "nicht", "wir", "ist", "sie", "ich", "mit", "auf", "ein"},
    "fr": {"le", "la", "les", "et", "nous", "vous", "est", "pas", "pour", "une", "des", "avec"},
}
_TICKET = re.compile(
    r"\(?\b(?:ESC-\d{4}-\d+|[A-Z][A-Z0-9]{1,9}-\d+|(?:ticket|case|jira|incident|bug)\s*"
    r"(?:no\.?|nr\.?|number)?\s*#?\s*\d+)\b\)?|#\d+",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://\S+")
_INTERNAL = re.compile(r"^\s*(?:internal|note to self|nb|fyi|private)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Step:
    """One timeline row: its date (ISO), event kind and detail."""

    date: str
    kind: str
    detail: str = ""


_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "hello": "Hello {name},", "hello_anon": "Hello,",
        "intro": "Thank you for your patience. Here is an update on the issue you raised: "
                 "{topic}.",
        "draft": "We are escalating the issue to our specialist team.",
        "routed": "We have escalated the issue to our specialist team.",
        "acknowledged": "Our specialist team has taken ownership of the issue.",
        "in_progress": "Our specialist team is actively working on it.",
        "resolved": "Our team reports that the issue is fixed. Could you confirm that "
                    "everything works as expected on your side?",
        "closed": "The issue has been resolved.",
        "so_far": "What has happened so far:",
        "approve": "escalated to our specialist team", "ack": "our team took ownership",
        "push": "escalated further for additional attention",
        "reopen": "we reopened the investigation", "resolved_step": "a fix was reported",
        "next": "We will keep you informed of further progress.",
        "bye": "Kind regards,",
    },
    "de": {
        "hello": "Hallo {name},", "hello_anon": "Guten Tag,",
        "intro": "Vielen Dank für Ihre Geduld. Hier ist der aktuelle Stand zu dem von Ihnen "
                 "gemeldeten Problem: {topic}.",
        "draft": "Wir eskalieren das Problem an unser Fachteam.",
        "routed": "Wir haben das Problem an unser Fachteam eskaliert.",
        "acknowledged": "Unser Fachteam hat das Problem übernommen.",
        "in_progress": "Unser Fachteam arbeitet aktiv daran.",
        "resolved": "Unser Team meldet, dass das Problem behoben ist. Können Sie bestätigen, "
                    "dass auf Ihrer Seite alles wie erwartet funktioniert?",
        "closed": "Das Problem ist gelöst.",
        "so_far": "Bisheriger Verlauf:",
        "approve": "an unser Fachteam eskaliert", "ack": "unser Team hat es übernommen",
        "push": "für zusätzliche Aufmerksamkeit weiter eskaliert",
        "reopen": "wir haben die Untersuchung wieder aufgenommen",
        "resolved_step": "eine Lösung wurde gemeldet",
        "next": "Wir halten Sie über weitere Fortschritte auf dem Laufenden.",
        "bye": "Mit freundlichen Grüßen",
    },
    "fr": {
        "hello": "Bonjour {name},", "hello_anon": "Bonjour,",
        "intro": "Merci pour votre patience. Voici un point sur le problème que vous avez "
                 "signalé : {topic}.",
        "draft": "Nous transmettons le problème à notre équipe spécialisée.",
        "routed": "Nous avons transmis le problème à notre équipe spécialisée.",
        "acknowledged": "Notre équipe spécialisée a pris le problème en charge.",
        "in_progress": "Notre équipe spécialisée y travaille activement.",
        "resolved": "Notre équipe indique que le problème est corrigé. Pouvez-vous confirmer "
                    "que tout fonctionne comme prévu de votre côté ?",
        "closed": "Le problème est résolu.",
        "so_far": "Ce qui a été fait jusqu'ici :",
        "approve": "transmis à notre équipe spécialisée", "ack": "notre équipe l'a pris en charge",
        "push": "escaladé davantage pour plus d'attention",
        "reopen": "nous avons rouvert l'analyse", "resolved_step": "une correction a été signalée",
        "next": "Nous vous tiendrons informé(e) des prochaines avancées.",
        "bye": "Cordialement,",
    },
}  # fmt: skip
_STATUS_KEY = {"stalled": "in_progress", "rejected": "closed"}
_NAMED_STEPS = {"approve", "ack", "push", "reopen"}
_TEXT_STEPS = {"update", "in_progress", "resolved"}  # the team's own words, scrubbed


def detect_language(text: str) -> str:
    """The language of the most stopwords among ours; English when unclear or empty."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(LANGUAGES, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] >= 3 and counts[best] > counts["en"] else "en"


def scrub(text: str, names: Iterable[str]) -> str:
    """Drop ticket ids, addresses, links, internal notes and the names given."""
    lines = [line for line in text.splitlines() if not _INTERNAL.match(line)]
    out = " ".join(lines)
    for pattern in (_URL, _EMAIL, _TICKET):
        out = pattern.sub(" ", out)
    for name in sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True):
        out = re.sub(rf"\b{re.escape(name)}\b", " ", out, flags=re.IGNORECASE)
    return _tidy(out) if len(_WORD.findall(out)) >= 3 else ""


def _tidy(text: str, *, edges: bool = True) -> str:
    """Mend what removals leave behind: empty brackets, doubled punctuation, spaces."""
    out = re.sub(r"[(\[]\s*[,;:]?\s*[)\]]", " ", text)
    out = " ".join(out.split())
    out = re.sub(r"\s+([,.;:!?)])", r"\1", out)
    out = re.sub(r"[,;:]+\s*([,.;:!?])", r"\1", out)
    if not edges:  # a line of the model's text: its own punctuation stays
        return out
    out = out.strip(" ,;:-–—")
    return out[:1].upper() + out[1:]


def _step_line(step: Step, words: dict[str, str], names: Iterable[str]) -> str:
    if step.kind in _NAMED_STEPS:
        return f"- {step.date}: {words[step.kind]}"
    if step.kind in _TEXT_STEPS:
        text = scrub(step.detail, names)
        if step.kind == "resolved":
            return f"- {step.date}: {words['resolved_step']}" + (f": {text}" if text else "")
        return f"- {step.date}: {text}" if text else ""
    return ""


def compose_update(
    *,
    language: str,
    status: str,
    topic: str,
    customer_name: str,
    steps: list[Step],
    internal_names: Iterable[str],
    signature: str,
) -> str:
    """The customer-facing update text (plain text; the CSM edits it)."""
    words = _PHRASES[language if language in _PHRASES else "en"]
    names = list(internal_names)
    first = customer_name.split()[0] if customer_name.strip() else ""
    lines = [words["hello"].format(name=first) if first else words["hello_anon"], ""]
    clean_topic = scrub(topic, names) or topic.strip()
    lines += [words["intro"].format(topic=clean_topic.rstrip(".")), ""]
    lines += [words[_STATUS_KEY.get(status, status)], ""]
    history = [line for line in (_step_line(s, words, names) for s in steps) if line]
    if history:
        lines += [words["so_far"], *list(dict.fromkeys(history)), ""]
    if status not in ("resolved", "closed", "rejected"):
        lines += [words["next"], ""]
    lines += [words["bye"], signature]
    return "\n".join(lines)


def redact(text: str, names: Iterable[str]) -> str:
    """Line by line, drop ticket ids, addresses, links and the names given (model output)."""
    kept = []
    for line in text.replace("\r\n", "\n").split("\n"):
        out = line
        for pattern in (_URL, _EMAIL, _TICKET):
            out = pattern.sub("", out)
        for name in sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len)[::-1]:
            out = re.sub(rf"\b{re.escape(name)}\b", "", out, flags=re.IGNORECASE)
        indent = line[: len(line) - len(line.lstrip())]
        kept.append(indent + _tidy(out, edges=False) if out.strip() else "")
    return "\n".join(kept).strip()
