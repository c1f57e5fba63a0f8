"""Customer sentiment from tone words, punctuation and shouting (EN/DE/FR).

Kept apart from the category and severity rules because it reads only the customer's own
words: the CSM's note describes the customer, but its tone is the CSM's, not theirs. The
ladder is checked from the most to the least alarming, so one churn threat outweighs any
amount of politeness around it.
"""

from __future__ import annotations

import re

from mailbot.domain import Sentiment
from mailbot.drafting.facts import sentences, shorten
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
    # our lawyers, not "twenty lawyers waited" at a law firm
    r"\b(?:our|my) (?:lawyers?|legal (?:team|department))\b|\blegal action\b"
    r"|\b(?:unser\w*|mein\w*) anw[äa]lt\w*|\bnos avocats\b|\bnuestros abogados\b",
    r"\bkündig\w*|\banbieter wechseln\b|\brésili\w*|\bchanger de (?:fournisseur|prestataire)\b",
    # defs-1: leaving said outright or implied through the renewal decision.
    r"\b(?:look\w*|evaluat\w*|talk\w*) (?:at|to|with)? ?(?:other|alternative|competing)"
    r" (?:vendors?|providers?|suppliers?|solutions?|tools?)\b",
    r"\brenewal (?:decision )?(?:will )?(?:depend|hinge)s? on\b|\bconsider\w* cancel\w*",
    r"\bandere(?:n)? anbieter\b|\bd'autres solutions\b|\bchez un concurrent\b"
    r"|\bno renovaremos\b|\botros proveedores\b|\bcancelar el contrato\b",
)
# defs-1: a threat that is not about leaving (escalating over our heads, reviewing the
# contract) shows the customer is at least frustrated, however politely it is put.
_THREAT = _cues(
    r"\b(?:take|escalate|raise) (?:this|it|the matter) (?:to|with) (?:your|the) "
    r"(?:management|manager|leadership|CEO|director|boss)\b",
    r"\breview (?:our|the) (?:contract|agreement|SLA)(?: terms)?\b",
    r"\ban Ihre Geschäftsleitung\b|\bà votre direction\b|\ba su dirección\b",
)
_ANGRY_STRONG = _cues(
    r"\bunacceptable\b|\binacceptable\b|\binakzeptabel\b|\bunzumutbar\b",
    r"\bdisaster\b|\boutrageous\b|\bridiculous\b|\bfurious\b|\babsurd\b|\bscandal\w*|\bskandal\w*",
    r"\binaceptable\b|\besc[áa]ndalo\b|\bim Stich\b|\blaisse tomber\b|\bdejado tirados\b",
    r"\bI am (?:\w+ )?angry\b|\bdone being polite\b|\bthis is a joke\b|\bw[üu]tend\b|\bfurieux\b",
)
_ANGRY_WEAK = _cues(
    r"\bfrankly\b|\bI expect\b|\bdo your job\b|\bnot acceptable\b|\bfed up\b",
    r"\bj'exige\b|\bexijo\b|\bich erwarte\b|\bwho signed off\b|\bnobody [\w ]{0,30}cares?\b"
    r"|\bwasted\b",
    r"[!?]{2,}",
)
_FRUSTRATED_STRONG = _cues(
    r"\bfrustrat\w*|\bdisappoint\w*|\benttäusch\w*|\bdéçu\w*|\bagaçant\w*|\bärgerlich\b",
    r"\bpoor\b|\bnot (?:really )?what we signed up for\b|\bperdre patience\b|\blosing patience\b",
)
_FRUSTRATED_WEAK = _cues(
    r"\b(?:second|third|fourth|fifth) (?:time|one)\b|\banother outage\b|\bdeuxième fois\b",
    r"\bstill\b|\bagain\b|\bschon wieder\b|\bencore une fois\b|\btoujours pas\b",
    r"\bchasing\b|\bnobody\b|\bno one\b|\bniemand\b|\bpersonne ne\b",
    r"\bno difference\b|\b\d+ days in\b|\bwithout (?:a fix|success|any (?:update|answer))\b",
    r"\b(?:third|dritten|troisième|tercera) (?:time|mal|fois|vez)\b|\bsans réponse\b"
    r"|\bsin respuesta\b|\bkeine antwort\b|\bsame [\w ]{0,20}twice\b|\btwice\b"
    r"|\b(?:\d|three|four|drei|vier|trois|quatre|tres) (?:times|mal|fois|veces)\b"
    r"|\b(?:got |had )?no (?:reply|answer)\b",
    r"\bwaiting (?:a while|for weeks|\w+ weeks)\b|\blong (?:\w+ )?(?:weeks|days|time)\b"
    r"|\btaking (?:this|so) long\b|\bwearing thin\b"
    r"|\bzieht sich\b|\bdepuis longtemps\b|\bdemasiado\b|\bdecepcionad\w*",
)
_PATIENT = _cues(
    r"\bI (?:fully )?understand\b|\bwe understand\b|\bversteh(?:e|en)\b|\bje comprends\b",
    r"\bthanks? (?:you )?for (?:sticking|bearing|staying) with\b",
    r"\bappreciate\b|\bthank(?:s| you) for your (?:patience|help|support|efforts)\b",
    r"\bhappy to\b|\b(?:we'd|we would) like to keep\b|\bgerne\b|\bvolontiers\b",
    r"\bI know (?:your|you|the) \w+ (?:is|are) (?:on it|working)|\bwir wissen, dass\b"
    r"|\blive with the workaround\b|\bkeen to make (?:this|it) work\b|\bentiendo\b"
    r"|\bdispos[ée]s\b|\bdispuestos\b|\bwe will keep working with you\b"
    r"|\bwe still want (?:this|it) to work\b|\bI know things get busy\b",
)
_CONCERNED = _cues(
    r"\bworr(?:ied|y|ying)\b|\bconcern(?:ed|s)?\b|\bnervous\b|\buneasy\b",
    r"\bon hold\b|\bat risk\b|\bbesorgt\b|\bsorgen?\b|\binqui[eè]t\w*|\banxious\b|\bpréoccup\w*",
)
# Patience granted with a "but" is a complaint held back: "I know things get busy, but ...".
_CONCESSION = re.compile(r"\b(?:but|aber|mais|pero|though|however)\b", re.IGNORECASE)
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


def _verdict(value: Sentiment, evidence: list[str], tail: str = "") -> Suggestion[Sentiment]:
    # Words only: the offline drafter appends the deciding sentence (rules.cite_sentence).
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
    if 2 * len(fed_up) + len(irked) >= 2:
        return _verdict(Sentiment.FRUSTRATED, fed_up + irked)
    worried = _hits(_CONCERNED, customer) + fed_up
    if worried:
        return _verdict(Sentiment.CONCERNED, worried)
    return Suggestion(
        Sentiment.CALM, "Sentiment calm: no frustration, urgency or churn wording found"
    )
