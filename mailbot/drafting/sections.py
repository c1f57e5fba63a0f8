"""The brief's prose sections, picked sentence by sentence from the thread.

The offline drafter does not write: it selects. Each section is the customer's or the
CSM's own sentences chosen by cue words, attributed and trimmed to the field's length, so
nothing in the brief is invented and every line can be traced back to the thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mailbot.domain import Category
from mailbot.drafting.brief import TimelineEntry
from mailbot.drafting.day_mentions import mentioned_dates
from mailbot.drafting.facts import extract_facts, sentences, shorten, weight


@dataclass(frozen=True)
class Said:
    """One forwarded message's prose, with who wrote it and when."""

    who: str
    customer: bool  # False when the sender is on our side (CSM, support)
    day: date | None
    text: str  # the message's own prose (no quotes, greeting or signature)

    @property
    def role(self) -> str:
        return "customer" if self.customer else "our side"

    @property
    def when(self) -> str:
        return self.day.isoformat() if self.day else "undated"


_ATTEMPT = re.compile(
    r"\btried\b|\btry(?:ing)?\b|\brestart\w*|\breboot\w*|\bwork ?around\b|\bpatch\w*"
    r"|\bescalat\w*|\bre-?open\w*|\bcache\b|\breinstall\w*|\broll(?:ed)? ?back\b|\bsuggest\w*"
    r"|\bmanual\w*|\boffer\w*|\bhappy to\b|\bcalled\b|\bcontacted\b|\bversucht\b|\bneu gestartet\b"
    r"|\bumgehung\w*|\bmanuell\b|\bessayé\b|\bredémarr\w*|\bcontourn\w*",
    re.IGNORECASE,
)
_ASK = re.compile(
    r"\bneeds?\b|\bplease\b|\bask\b|\b(?:can|could) (?:we|you|someone)\b|\bI'?d like\b"
    r"|\bwe'?d like\b|\bwould like\b|\bI want\b|\brequest\w*|\bbitte\b|\bbrauch\w*|\bbenötig\w*"
    r"|\bmerci de\b|\bpourriez\b|\bpouvez\b|\bbesoin\b|\?",
    re.IGNORECASE,
)
_THEY_ASK = re.compile(
    r"\?|\bplease\b|\b(?:could|can|would) (?:you|someone)\b|\b(?:I|we) (?:need|want|expect)\b"
    r"|\bwe'll be expecting\b|\bbitte\b|\bpouvez\b|\bmerci de\b",
    re.IGNORECASE,
)
_WE_TOLD = re.compile(
    r"\b(?:I|we) (?:have |had |already )?(?:told|informed|promised|updated|assured|replied"
    r"|said|explained)\b|\blet (?:them|him|her) know\b|\b(?:informiert|mitgeteilt|zugesagt)\b"
    r"|\b(?:informé|promis|répondu)\b",
    re.IGNORECASE,
)
_THEY_WERE_TOLD = re.compile(
    r"\b(?:support|your (?:team|engineers?|agents?|support \w+))\b[^.]{0,40}"
    r"\b(?:asked|told|said|suggested|promised|replied|closed)\b|\bsuggestion was\b",
    re.IGNORECASE,
)
NOT_STATED = "Not stated in the thread — please confirm with the CSM."
_DEFAULT_ASK = {
    Category.PRODUCT_DEFECT: "Engineering: confirm receipt, assign an owner and give a fix ETA "
    "or a workaround the CSM can pass on to the customer.",
    Category.FEATURE_GAP: "Product management: decide whether and when this capability will be "
    "built, so the CSM can set expectations.",
    Category.SERVICE_FAILURE: "Support leadership: own the failure and send a remediation plan the "
    "CSM can share with the customer.",
    Category.COMMERCIAL_DISPUTE: "Finance and CS leadership: agree a position on the disputed "
    "charges and the next step to offer the customer.",
    Category.RELATIONSHIP_AT_RISK: "CS leadership: hold a strategy session with the CSM and their "
    "manager and agree a retention plan.",
    Category.EXECUTIVE_INTERVENTION: "Executive office: contact the customer's executive directly "
    "and agree a response within 48 hours.",
}


def gist(text: str, limit: int = 200, *, first: bool = False) -> str:
    """The most informative sentence (or the first real one), plus facts it leaves out."""
    options = [s for s in sentences(text) if len(s) >= 20] or sentences(text)
    if not options:
        return "(no text)"
    if first:
        best = next((s for s in options if weight(s) >= 2), options[0])
    else:
        best = max(options, key=weight)  # ties go to the earliest sentence
    missing = [f for f in extract_facts(text, wide=True) if f.lower() not in best.lower()]
    extra = f" (also: {', '.join(missing[:5])})" if missing else ""
    return shorten(best, limit - len(extra)) + extra


def weighty_customer_sentences(said: list[Said], count: int) -> list[str]:
    """The ``count`` customer sentences heaviest with business effect (weight ≥ 2), in
    thread order; ties go to the earlier sentence."""
    pool = [s for m in said if m.customer for s in sentences(m.text)]
    ranked = sorted(((weight(s), -i, s) for i, s in enumerate(pool)), reverse=True)
    return [s for _, s in sorted((-neg, s) for w, neg, s in ranked[:count] if w >= 2)]


def main_sentence(said: list[Said], note: str = "") -> str:
    """The sentence a default label is read from when no cue decided it: the customer's
    heaviest sentence, else their first real one, else (no customer words) the note's."""
    heaviest = weighty_customer_sentences(said, 1)
    if heaviest:
        return heaviest[0]
    theirs = [s for m in said if m.customer for s in sentences(m.text)]
    ours = sentences(note)
    return next((s for s in [*theirs, *ours] if len(s) >= 20), (theirs or ours or [""])[0])


def customer_impact(said: list[Said], note: str) -> str:
    """The 2–3 customer sentences heaviest with business effect, in thread order; the
    CSM's note fills in (attributed to the CSM) when the customer says too little."""
    theirs = weighty_customer_sentences(said, 3)
    if not theirs:  # nothing weighty: the customer's own report, first two sentences
        first = next((m for m in said if m.customer), None)
        theirs = sentences(first.text)[:2] if first else []
    ours = [s for s in sentences(note) if weight(s) >= 2][: max(0, 2 - len(theirs))]
    parts = []
    if theirs:
        parts.append(f'In the customer\'s words: "{shorten(" ".join(theirs), 500)}"')
    if ours:
        parts.append(f"The CSM adds: {shorten(' '.join(ours), 250)}")
    if not parts:
        return "The thread does not state the business impact — please ask the CSM."
    return shorten(" ".join(parts), 800)


# Sentences that match an attempt word but are not an attempt (defs-1): a greeting or
# sympathy line, a bare ticket reference, a threat to escalate.
_NOT_ATTEMPT = re.compile(
    r"^(?:hi|hello|dear|hallo|bonjour|hola)\b[^.!?]{0,40}[,!]|\bsorry to hear\b"
    r"|\b(?:I|we) will (?:escalate|take|raise)\b|\bescalate (?:this|it) to your\b"
    r"|\bif (?:this|it) is not\b",
    re.IGNORECASE,
)
_BARE_TICKET = re.compile(r"^\W*(?:our |the )?ticket\s*(?:no\.?|number)?\s*#?\s*[\w-]+\W*$", re.I)
# A ticket is an attempt only when someone acted on it (defs-1 "a ticket escalated"):
# opened, logged, raised, filed, reopened or escalated it. A ticket named, still open,
# unanswered, closed or to be read ("please check the ticket") is a reference or a
# complaint. Participles that also mean a state ("offen", "ouvert", "abierto": still
# open) count only with an auxiliary that makes them an act ("avons ouvert", "ha sido").
_TICKET = r"\b(?:ticket|incidencia)\b"
_TICKET_ACTIONS = (  # one line per language: acted on, before or after the ticket
    rf"\b(?:opened|logged|raised|filed|re-?opened|escalated|created|submitted|lodged)\b"
    rf"[^.!?]{{0,40}}{_TICKET}|{_TICKET}[^.!?]{{0,40}}\b(?:was|were|has been|have been|got)"
    r"\s+(?:\w+\s+)?(?:opened|logged|raised|filed|re-?opened|escalated|created|submitted)\b",
    rf"{_TICKET}[^.!?]{{0,60}}\b(?:eröffnet|erstellt|angelegt|aufgemacht|eskaliert"
    rf"|wiedereröffnet|aufgegeben)\b|\b(?:eröffnet|erstellt|legten|eskaliert)\w*[^.!?]{{0,30}}"
    rf"{_TICKET}",
    r"\b(?:avons|ai|a|ont|été)\s+(?:\w+\s+)?(?:ouvert|créé|déposé|soumis|escaladé|rouvert"
    rf"|réouvert|transmis)\b[^.!?]{{0,40}}{_TICKET}|{_TICKET}[^.!?]{{0,40}}\b(?:a|ont) été"
    r" (?:\w+\s+)?(?:ouvert|créé|escaladé|rouvert|réouvert|transmis)\b",
    r"\b(?:abrimos|abrí|abrió|abrieron|creamos|registramos|levantamos|escalamos|reabrimos"
    r"|(?:hemos|he|ha|han|fue|ha sido)\s+(?:abierto|creado|registrado|levantado|escalado"
    rf"|reabierto))\b[^.!?]{{0,40}}{_TICKET}|{_TICKET}[^.!?]{{0,40}}\b(?:fue|ha sido|han sido)"
    r" (?:abierto|creado|escalado|reabierto)\b",
)
_TICKET_ACTION = re.compile("|".join(_TICKET_ACTIONS), re.IGNORECASE)
# defs-1 "logs sent": diagnostics someone sent or shared (EN/DE/FR/ES).
_SENT = (
    r"(?:sent|shared|attached|uploaded|provided|geschickt|gesendet|übermittelt|envoyé"
    r"|enviado|enviamos)"
)
_DIAGNOSTICS = (
    r"(?:logs?|HAR(?: files?)?|screenshots?|screen recordings?|journaux|registros|Protokolle?)"
)
_LOGS_SENT = re.compile(
    rf"\b{_SENT}\b[^.!?]{{0,30}}\b{_DIAGNOSTICS}\b|\b{_DIAGNOSTICS}\b[^.!?]{{0,40}}\b{_SENT}\b",
    re.IGNORECASE,
)


def is_attempt(sentence: str) -> bool:
    """Something someone tried (a ticket only when acted on), not a greeting, a ticket
    reference or complaint, or a threat."""
    tried = _ATTEMPT.search(sentence) or _TICKET_ACTION.search(sentence)
    return bool(
        (tried or _LOGS_SENT.search(sentence))
        and not _NOT_ATTEMPT.search(sentence)
        and not _BARE_TICKET.match(sentence)
    )


def resolution_attempts(said: list[Said], note: str) -> list[str]:
    """Sentences about what was tried, opened, escalated or worked around, attributed."""
    out: list[str] = [f"CSM note: {shorten(s, 280)}" for s in sentences(note) if is_attempt(s)]
    for message in said:
        for sentence in sentences(message.text):
            if is_attempt(sentence):
                out.append(shorten(f"{message.when}, {message.who}: {sentence}", 300))
    return list(dict.fromkeys(out))[:15]


def specific_ask(note: str, said: list[Said], category: Category) -> str:
    """The CSM's request from the note, else a default for the category; plus the customer's."""
    asks = [s for s in sentences(note) if _ASK.search(s) and len(s) > 12]
    ours = " ".join(asks[:2]) if asks else _DEFAULT_ASK[category]
    theirs = ""
    for message in reversed([m for m in said if m.customer]):
        wanted = [s for s in sentences(message.text) if _THEY_ASK.search(s)]
        if wanted:
            theirs = f" The customer asked ({message.when}): {wanted[-1]}"
            break
    return shorten(shorten(ours, 320) + theirs, 500)


def customer_communication(said: list[Said], note: str, today: date | None = None) -> str:
    """What we last told the customer and when, as far as the thread shows, else "not
    stated": never the customer's own request, which is not something we told them."""
    ours = [m for m in said if not m.customer]
    if ours:
        last = ours[-1]
        return shorten(
            f"Last message to the customer in the thread: {last.when}, {last.who}: "
            + gist(last.text),
            400,
        )
    told = [s for s in sentences(note) if _WE_TOLD.search(s)]
    if told:
        when = f" ({today.isoformat()})" if today else ""
        return shorten(f"Per the CSM's note{when}: " + " ".join(told[:2]), 400)
    for message in reversed([m for m in said if m.customer]):
        heard = [s for s in sentences(message.text) if _THEY_WERE_TOLD.search(s)]
        if heard:
            return shorten(f"Per the customer ({message.when}): {heard[-1]}", 400)
    return NOT_STATED


def timeline(
    said: list[Said], note: str, today: date | None, csm: str = "the CSM"
) -> list[TimelineEntry]:
    """One entry per message, dates the text names explicitly, and the escalation itself."""
    rows: list[tuple[str, int, str]] = []
    for message in said:
        rows.append(
            (message.when, len(rows), f"{message.who} ({message.role}): {gist(message.text, 240)}")
        )
        ref = message.day or today
        for sentence in sentences(message.text) if ref else []:
            for day in mentioned_dates(sentence, ref or date.min):
                if day != message.day:
                    rows.append(
                        (day.isoformat(), len(rows), f'{message.who} mentions: "{sentence}"')
                    )
    if note.strip():
        when = today.isoformat() if today else "undated"
        rows.append((when, len(rows), f"Escalated by {csm}: {gist(note, 240, first=True)}"))
        for sentence in sentences(note) if today else []:
            for day in mentioned_dates(sentence, today or date.min):
                rows.append((day.isoformat(), len(rows), f'CSM note mentions: "{sentence}"'))
    rows.sort(key=lambda r: ("9999" if r[0] == "undated" else r[0], r[1]))
    return [TimelineEntry(date=d, event=shorten(e, 300)) for d, _, e in rows[:30]]
