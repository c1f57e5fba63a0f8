"""Key facts by kind, and the brief's list of those its prose sections left out.

The brief's sections pick whole sentences, so a figure in a sentence nobody picked (or in
the part a length limit cut) was lost. These patterns name what a receiving team needs
and the sentence picker misses, by kind rather than by wording, so they hold for threads
nobody tuned for: amounts in European formats, counts written as words or in other
languages, ranges and rates, ids of other shapes, contract clauses and named things
(quoted titles, CamelCase products, acronyms). The brief lists what it still lacks in one
short line at the end of the customer impact, never a dump of text.
"""

from __future__ import annotations

import json
import re

from mailbot.drafting.brief import Brief
from mailbot.drafting.facts import extract_facts, shorten

_IMPACT_LIMIT = Brief.model_fields["customer_impact"].metadata[0].max_length
_MAX_LISTED = 8
_MAX_TAIL = 260  # the list never takes more than a third of the impact paragraph

_WORDS = (  # two to twenty and round numbers, en de fr es it pt nl ("one"/"sei"/"dos": too common)
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozen|hundred"
    "|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert"
    "|deux|trois|quatre|cinq|sept|huit|dix|douze|vingt|cent"
    "|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|cien"
    "|due|tre|quattro|cinque|sette|otto|nove|dieci|dodici|venti|cento"
    "|dois|duas|três|quatro|sete|oito|dez|doze|vinte|cem"
    "|twee|drie|vijf|zes|zeven|negen|tien|twaalf|twintig|honderd"
)
_ORDINAL_SHARE = (  # "every tenth label", "jede dritte Buchung", "un sur cinq"
    r"(?:every|jede[mnrs]?|chaque|cada|ogni|elke) (?:second|third|fourth|fifth|tenth"
    r"|zweite[mnr]?|dritte[mnr]?|vierte[mnr]?|fünfte[mnr]?|zehnte[mnr]?) \w+"
)
_BIG = r"(?: ?(?:million|millions|Millionen|Mio\.?|milioni|millones|milhões|miljoen|billion|bn"
_BIG += r"|Milliarden|Mrd\.?)\b)"
_NUMBER = (  # not a year, a phone number's tail or a version ("2.0 files")
    rf"(?<![\d.,:/+-])(?!(?:19|20)\d\d\b)(?:\d+[.,]\d+{_BIG}"
    rf"|\d{{1,3}}(?:[.,'’\u00a0\u202f ]\d{{3}})+{_BIG}?|\d{{1,5}}{_BIG}?)(?![\d:/.,]\d)"
)
_COUNT_START = rf"(?:{_NUMBER}|\b(?i:{_WORDS}))"
_NOUN_DE = r"[A-ZÄÖÜ][a-zäöüß-]{2,}\b"  # a German noun: never followed by a second word
_STOP = (
    "this|that|these|those|the|and|but|are|were|was|have|has|had|will|would|can|could|per|for"
    "|with|from|into|last|next|each|every|since|und|oder|der|die|das|den|dem|des|ist|sind"
    "|haben|hat|wird|pro|mit|von|seit|les|des|sont|ont|par|pour|avec|que|qui|los|las|del|son"
    "|con|por|para|che|sono|per|gli|dei|delle|com|são|een|het|van|zijn|met|voor|and|our"
    "|minus|plus|percent|prozent|tot|bis|out|more|less|than|mehr|als|now|then|also|just|only"
    "|still|again|all|ago|later|before|after|left|often|usually|daily|today|jetzt|noch|schon"
    "|déjà|encore|ya|già|nog"
)
_WORD = rf"(?!(?i:{_STOP})\b)[a-zà-ÿß][a-zà-ÿß-]{{2,}}"
_LATER_WORD = rf"(?!(?i:{_STOP})\b)(?![a-z]+(?:ed|ing|ly|en)\b)[a-zà-ÿß][a-zà-ÿß-]{{2,}}"
_MONTH_OR_UNIT = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|uhr|am|pm)[a-zä]*\b"
)
_RATE = (
    r" (?:per|pro|par|por|al|a|an|in the|im|la|le|op) "
    r"(?:second|minute|hour|day|week|month|year|Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr"
    r"|seconde|heure|jour|semaine|mois|an|segundo|minuto|hora|día|dia|semana|mes|año|mês|ano"
    r"|secondo|ora|giorno|settimana|mese|anno|seconde|uur|dag|week|maand|jaar)\b"
)
_KIND_PATTERNS = (
    # amounts in European formats: 1.234,56 € / 12 000 CHF / CHF 12'000.– / 3,5 Mio. EUR
    r"(?:\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK)|[€$£])\s?\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})*"
    r"(?:[.,]\d{1,2})?(?:\s?(?:Mio\.?|Mrd\.?|k|m)\b)?",
    r"\b\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2}|,[-–])?\s?(?:Mio\.?\s|Mrd\.?\s|k)?"
    r"(?:€|EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|(?i:euros?|francs|franken|dollars?|pounds)\b)",
    r"\b\d+(?:[.,]\d+)?\s?(?i:percent|per cent|prozent|pour ?cent|por ciento|per cento"
    r"|procent)\b",
    # ids of other shapes: CAL-INC-1234, INC0012345, "ticket 48213", "Vorgang Nr. 5521"
    r"\b[A-Z]{2,6}(?:-[A-Z0-9]{2,8})+-\d{3,}\b|\b[A-Z]{2,5}\d{5,}\b",
    r"\b(?i:ticket|case|incident|vorgang|fall|dossier|caso|chamado|melding|order|bestellung"
    r"|commande|pedido|invoice|rechnung|facture|factura|fattura|fatura|factuur|po)"
    r"\s?(?:(?i:no\.?|nr\.?|n°|nº|number|nummer|numéro|número)\s?)?[:#]?\s?[A-Z0-9-]*\d{4,}\b",
    # contract clauses: clause 7.2, Ziffer 4, § 5 Abs. 2, art. 12
    r"(?:\b(?i:clause|section|article|art\.|ziffer|abschnitt|paragraph|artikel|clausola"
    r"|cláusula|cl\.)|§)\s?\d+(?:\.\d+)*(?:\s(?i:abs\.)\s?\d+)?",
    # ranges and rates: "20 to 40 minutes", "600 requests per minute", "3 bis 5 Tage"
    rf"{_COUNT_START} (?:to|tot|bis|à|a|al|-|–) {_NUMBER}(?: {_WORD})?(?:{_RATE})?",
    rf"{_COUNT_START} (?:{_NOUN_DE}|{_WORD}(?: {_LATER_WORD})?){_RATE}",
    # counts of anything, in figures or words: "three client deliveries", "27 soci"
    rf"{_COUNT_START} (?!(?i:{_MONTH_OR_UNIT}))(?:{_NOUN_DE}|{_WORD}(?: {_LATER_WORD})?)",
    _ORDINAL_SHARE,
    # named things: a quoted title, a CamelCase product, an acronym
    r"(?:(?<=\s)|(?<=\())['‘\"“„«]([A-Z][^'’\"“”«»\n]{2,40})['’\"”“»](?![a-z])",
    r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|\bi[A-Z][a-z]{2,}\b",
    r"\b(?!(?:CEO|CFO|CTO|COO|CIO|VP|ASAP|FYI|OK|UTC|CET|CEST|GMT|AM|PM|EU|US|UK|HR|IT|CC"
    r"|BCC|RE|FW|FWD|AW|WG|TR|PS|NB|AG|SA|SAS|SRL|BV|NV|LLC|LTD|INC|PLC|AB|AS|OY|SPA|GMBH|KG"
    r"|CS|CSM|TBD|ETA|QA|ID|NO|DE|FR|ES|EN|NL|PT|JA|NEIN|SI|OUI|NON)\b)(?<![A-Z] )[A-Z]{2,6}\b"
    r"(?! [A-Z]{2})",  # an acronym, not a word of an all-caps notice
)
_KINDS = re.compile("|".join(f"(?:{p})" for p in _KIND_PATTERNS))


def key_facts(text: str) -> list[str]:
    """The extract_facts wide list plus the kinds above, in order; a fact inside a longer
    one ("180.000" in "180.000 spectators") is dropped for the longer one."""
    spans: list[tuple[int, int, str]] = []
    for fact in extract_facts(text, wide=True):
        start = text.find(fact)
        mid_number = start >= 2 and text[start - 1] in ".," and text[start - 2].isdigit()
        if start >= 0 and "\n" not in fact and not mid_number:  # not "0 files" of "2.0 files",
            # nor a phone number running into the next line's word
            spans.append((start, start + len(fact), fact))
    for match in _KINDS.finditer(text):
        group = 1 if match.group(1) else 0
        value = match.group(group).strip().rstrip(".,;:")
        if value:
            spans.append((match.start(group), match.start(group) + len(value), value))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))  # by start, the longest first
    kept: list[str] = []
    reach = -1  # a span ending within an earlier kept one lies inside it
    for _, end, value in spans:
        if end > reach:
            kept.append(value)
            reach = end
    return list(dict.fromkeys(shorten(v, 48) for v in kept))


def _missing(brief: Brief, facts: list[str]) -> list[str]:
    text = json.dumps(brief.model_dump(mode="json"), ensure_ascii=False).lower()
    return [f for f in facts if f.lower() not in text]


def _tail(missing: list[str], room: int) -> str:
    """Whole facts only, as many as fit in ``room`` characters."""
    listed: list[str] = []
    for fact in missing[:_MAX_LISTED]:
        if len("Also in the thread: " + "; ".join([*listed, fact]) + ".") > room:
            break
        listed.append(fact)
    return "Also in the thread: " + "; ".join(listed) + "." if listed else ""


def with_key_facts(brief: Brief, facts: list[str]) -> Brief:
    """List the facts the brief lost after the impact paragraph, cutting the paragraph's
    quote if it must (a figure the team needs beats the end of a quoted sentence)."""
    missing = _missing(brief, facts)
    if not missing:
        return brief
    impact = brief.customer_impact.rstrip()
    tail = _tail(missing, _MAX_TAIL)
    if len(impact) + 1 + len(tail) > _IMPACT_LIMIT:
        impact = shorten(impact, _IMPACT_LIMIT - 1 - len(tail))
        cut = brief.model_copy(update={"customer_impact": impact})
        tail = _tail(_missing(cut, facts), _IMPACT_LIMIT - 1 - len(impact))
    if not tail:
        return brief
    return brief.model_copy(update={"customer_impact": f"{impact} {tail}"})
