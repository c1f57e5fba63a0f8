"""Customer sentiment from tone words, punctuation and shouting (EN/DE/FR).

Kept apart from the category and severity rules because it reads only the customer's own
words: the CSM's note describes the customer, but its tone is the CSM's, not theirs. The
ladder is checked from the most to the least alarming, so one churn threat outweighs any
amount of politeness around it.
"""

from __future__ import annotations

import re

from mailbot.domain import Sentiment
from mailbot.drafting.rules import Suggestion


def _cues(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


_CHURN = _cues(
    r"\b(?:will|would|might|shall) not renew\b|\bwon'?t renew\b|\bnot (?:to )?renew\b",
    r"\bcancel\w* (?:our|the) (?:contract|subscription|account)\b"
    r"|\bterminat\w* (?:our|the) contract\b",
    r"\bexit plan\b|\blost confidence\b",
    r"\b(?:move|switch|moving|switching|migrate) to (?:another|a different|a new|an other)"
    r" (?:vendor|provider|platform|tool|solution)\b|\banother vendor\b",
    r"\bevaluat\w* alternatives\b|\bpilot with\b",
    r"\blawyers?\b|\blegal (?:action|team|department)\b|\banwalt\b|\bavocats?\b",
    r"\bkündig\w*|\banbieter wechseln\b|\brésili\w*|\bchanger de (?:fournisseur|prestataire)\b",
)
_ANGRY_STRONG = _cues(
    r"\bunacceptable\b|\binacceptable\b|\binakzeptabel\b|\bunzumutbar\b",
    r"\bdisaster\b|\boutrageous\b|\bridiculous\b|\bfurious\b|\babsurd\b|\bscandal\w*|\bskandal\w*",
)
_ANGRY_WEAK = _cues(
    r"\bfrankly\b|\bI expect\b|\bdo your job\b|\bnot acceptable\b|\bfed up\b",
    r"[!?]{2,}",
)
_FRUSTRATED_STRONG = _cues(
    r"\bfrustrat\w*|\bdisappoint\w*|\benttäusch\w*|\bdéçu\w*",
    r"\bpoor\b|\bnot (?:really )?what we signed up for\b|\bperdre patience\b|\blosing patience\b",
)
_FRUSTRATED_WEAK = _cues(
    r"\b(?:second|third|fourth|fifth) (?:time|one)\b|\banother outage\b|\bdeuxième fois\b",
    r"\bstill\b|\bagain\b|\bschon wieder\b|\bencore une fois\b|\btoujours pas\b",
    r"\bchasing\b|\bnobody\b|\bno one\b|\bniemand\b|\bpersonne ne\b",
    r"\bno difference\b|\b\d+ days in\b|\bwithout (?:a fix|success|any (?:update|answer))\b",
)
_PATIENT = _cues(
    r"\bI (?:fully )?understand\b|\bwe understand\b|\bverstehe\b|\bje comprends\b",
    r"\bappreciate\b|\bthank(?:s| you) for your (?:patience|help|support|efforts)\b",
    r"\bhappy to\b|\b(?:we'd|we would) like to keep\b|\bgerne\b|\bvolontiers\b",
)
_CONCERNED = _cues(
    r"\bworr(?:ied|y|ying)\b|\bconcern(?:ed|s)?\b|\bnervous\b|\buneasy\b",
    r"\bon hold\b|\bat risk\b|\bbesorgt\b|\bsorge\b|\binquiet\w*|\bpréoccup\w*",
)
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


def _verdict(value: Sentiment, evidence: list[str], tail: str = "") -> Suggestion[Sentiment]:
    return Suggestion(
        value, f"Sentiment {value}: {_quote(evidence)} in the customer's messages{tail}"
    )


def suggest_sentiment(customer: str) -> Suggestion[Sentiment]:
    """Walk the ladder from churn threat down to calm; the first rung that holds wins."""
    churn = _hits(_CHURN, customer)
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
    fed_up = _hits(_FRUSTRATED_STRONG, customer)
    irked = _hits(_FRUSTRATED_WEAK, customer)
    if 2 * len(fed_up) + len(irked) >= 2:
        patient = _hits(_PATIENT, customer)
        if patient:
            return _verdict(
                Sentiment.FRUSTRATED_BUT_PATIENT, fed_up + irked, f", tempered by {_quote(patient)}"
            )
        return _verdict(Sentiment.FRUSTRATED, fed_up + irked)
    worried = _hits(_CONCERNED, customer) + fed_up
    if worried:
        return _verdict(Sentiment.CONCERNED, worried)
    return Suggestion(
        Sentiment.CALM, "Sentiment calm: no frustration, urgency or churn wording found"
    )
