"""Customer sentiment from tone words, punctuation and shouting (EN/DE/FR).

Kept apart from the category and severity rules because it reads only the customer's own
words: the CSM's note describes the customer, but its tone is the CSM's, not theirs. The
ladder is checked from the most to the least alarming, so one churn threat outweighs any
amount of politeness around it.
"""

from __future__ import annotations

import re

from mailbot.domain import Sentiment
from mailbot.drafting.csm_level import Suggestion
from mailbot.drafting.facts import sentences, shorten
from mailbot.drafting.tone_concepts import weighed_in_the_past
from mailbot.drafting.tone_cues import (
    ANGRY_STRONG,
    ANGRY_WEAK,
    CALM,
    CHURN,
    CONCERNED,
    FRUSTRATED_STRONG,
    FRUSTRATED_WEAK,
    PATIENT,
    THREAT,
)
from mailbot.drafting.tone_intents import COPING, UNBOTHERED

_CHURN, _THREAT, _ANGRY_STRONG, _ANGRY_WEAK = CHURN, THREAT, ANGRY_STRONG, ANGRY_WEAK
_FRUSTRATED_STRONG, _FRUSTRATED_WEAK = FRUSTRATED_STRONG, FRUSTRATED_WEAK
_PATIENT, _CONCERNED = PATIENT, CONCERNED
# Patience granted with a "but" is a complaint held back: "I know things get busy, but ...".
_CONCESSION = re.compile(
    r"\b(?:but|aber|mais|pero|though|however|that said|even so|all the same|jedoch|allerdings"
    r"|trotzdem|dennoch|cependant|toutefois|quand même|sin embargo|aun así|maar|toch|ma|però"
    r"|tuttavia|comunque|mas|contudo|no entanto|mesmo assim)\b",
    re.IGNORECASE,
)
_OFFER = re.compile(r"(?:we|I) can\b|we're happy to\b", re.IGNORECASE)
# Capitalised words that are names of things, not shouting.
_ACRONYMS = frozenset(
    [
        "API",
        "SLA",
        "PDF",
        "CEO",
        "CRO",
        "CTO",
        "CFO",
        "COO",
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "CSV",
        "SSO",
        "SCIM",
        "SAML",
        "ARR",
        "ETA",
        "HTTP",
        "HTTPS",
        "JSON",
        "XML",
        "DATEV",
        "SAP",
        "CRM",
        "ERP",
        "VPN",
        "URL",
        "FAQ",
        "GDPR",
        "DSGVO",
        "RGPD",
        "SAAS",
        "UTC",
        "CET",
        "CEST",
        "PST",
        "EST",
        "IT",
        "HR",
        "QA",
        "GMBH",
        "ASAP",
    ]
)
_CAPS_WORD = re.compile(r"\b[A-ZÄÖÜÀ-Ý]{4,}\b")


def _hits(patterns: tuple[re.Pattern[str], ...], text: str) -> list[str]:
    """Every distinct cue phrase found: two different weak cues add up, one repeated does not."""
    found: dict[str, str] = {}
    for pattern in patterns:
        for match in pattern.finditer(text):
            found.setdefault(match.group(0).lower(), match.group(0))
    return list(found.values())


def _quote(words: list[str]) -> str:
    return ", ".join(f'"{w}"' for w in words[:3])


def shouting(text: str) -> list[str]:
    """All-caps words that are not acronyms: two of them, or one long one, is shouting."""
    words = [w for w in _CAPS_WORD.findall(text) if w not in _ACRONYMS]
    if len(words) >= 2 or any(len(w) >= 8 for w in words):
        return words
    return []


def _sentence(text: str, word: str) -> str:
    """The customer's sentence that holds ``word``: the rationale quotes what decided it."""
    needle = word.lower()
    found = next((x for x in sentences(text) if needle in x.lower()), word)
    return shorten(found, 160)


def _past(text: str, word: str) -> bool:
    """Every sentence holding ``word`` tells an earlier search (tone_concepts), no threat."""
    needle = word.lower()
    held = [x for x in sentences(text) if needle in x.lower()]
    return bool(held) and all(weighed_in_the_past(x) for x in held)


def _verdict(value: Sentiment, evidence: list[str], tail: str = "") -> Suggestion[Sentiment]:
    # Words only: the offline drafter appends the deciding sentence (citing.cite_sentence).
    return Suggestion(
        value, f"Sentiment {value}: {_quote(evidence)} in the customer's messages{tail}"
    )


def suggest_sentiment(customer: str) -> Suggestion[Sentiment]:
    """Walk the ladder from churn threat down to calm; the first rung that holds wins."""
    churn = [w for w in _hits(_CHURN, customer) if not _past(customer, w)]
    if churn:
        return _verdict(Sentiment.THREATENING_CHURN, churn)
    strong, weak, loud = (
        _hits(_ANGRY_STRONG, customer),
        _hits(_ANGRY_WEAK, customer),
        shouting(customer),
    )
    if 2 * len(strong) + len(weak) + (1 if loud else 0) >= 2:
        tail = f" and shouting ({_quote(loud)})" if loud else ""
        return (
            _verdict(Sentiment.ANGRY, strong + weak, tail)
            if strong + weak
            else Suggestion(
                Sentiment.ANGRY,
                f"Sentiment angry: shouting ({_quote(loud)}) in the customer's messages",
            )
        )
    threat = _hits(_THREAT, customer)
    if threat:  # defs-1: a threat to escalate or review the contract is at least frustrated
        return _verdict(Sentiment.FRUSTRATED, threat, " (a threat to escalate)")
    fed_up = _hits(_FRUSTRATED_STRONG, customer)
    irked = _hits(_FRUSTRATED_WEAK, customer)
    patient = _hits(_PATIENT, customer)
    conceded = [w for w in patient if _CONCESSION.search(_sentence(customer, w))]
    if patient and (fed_up + irked or conceded):
        return _verdict(
            Sentiment.FRUSTRATED_BUT_PATIENT,
            fed_up + irked or conceded,
            f", tempered by {_quote(patient)}",
        )
    # put up with meanwhile, as a resolve ("we'll keep phoning round for now", "wir halten
    # durch"): the complaint is implied (defs-1's "keep cooperating"); an offer ("we can keep
    # doing it by hand for now") beside a calm word ("no drama", "just curious") is calm
    coping = [w for w in _hits(COPING, customer) if not _OFFER.match(w)]
    if coping and not _hits(CALM, customer) and not _hits(UNBOTHERED, customer):
        return _verdict(Sentiment.FRUSTRATED_BUT_PATIENT, coping, " (coping meanwhile)")
    if 2 * len(fed_up) + len(irked) >= 2:
        return _verdict(Sentiment.FRUSTRATED, fed_up + irked)
    worried = _hits(_CONCERNED, customer) + fed_up
    if worried:
        return _verdict(Sentiment.CONCERNED, worried)
    relaxed = _hits(CALM, customer)
    if relaxed:  # calm on evidence ("no rush"), which a second opinion should not overrule
        return _verdict(Sentiment.CALM, relaxed)
    return Suggestion(
        Sentiment.CALM, "Sentiment calm: no frustration, urgency or churn wording found"
    )
