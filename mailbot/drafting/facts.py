"""Text primitives for the offline drafter: cleaning, sentences and facts.

Customer text is untrusted and often messy (signatures, greetings, invisible Unicode), so
everything the rules look at goes through these helpers first. All functions are pure and
regex-based so a draft stays deterministic and takes a few milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from mailbot.drafting.day_mentions import MONTH_RE

_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Cc except tab and newline
_GREETING = re.compile(
    r"^(hi|hello|hey|dear|good (morning|afternoon)|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?"
    r"|bonjour|bonsoir|cher|chère|salut)\b[^.!?]{0,40}[,!:]?$|^[A-Z][\w .'-]{0,30},$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(thanks|thank you|many thanks|best|regards|kind regards|best regards|warm regards|cheers"
    r"|all the best|sincerely|mit freundlichen grüßen|viele grüße|beste grüße|gruß|grüße"
    r"|cordialement|bien à vous|merci|bien cordialement)\b[^.?]{0,40}[,!.]?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'„«(]?[A-ZÄÖÜÀ-Ý0-9])")

# A dot after a day number or a common abbreviation does not end the sentence ("am 6. März",
# "ca. 40", "Nr. 12"): splitting there cut dates and figures out of the brief.
_NO_END = re.compile(
    r"\b(?:ca|ggf|bzw|inkl|zzgl|nr|vs|approx|z\.\s?b|u\.\s?a|dr|mr|mrs|ms|abs|vgl|mio|mrd|tel"
    r"|p\.\s?ex|n[°º])\.$",
    re.IGNORECASE,
)
_DAY_DOT = re.compile(r"\b\d{1,2}\.$")
_NEXT_MONTH = re.compile(rf"^(?:{MONTH_RE})\b", re.IGNORECASE)

_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)"
_FACT_PATTERNS = (
    # money: EUR 14,200 / 14 200 EUR / $50k / USD 1.2M
    r"(?:\b(?:EUR|USD|GBP|CHF)|[€$£])\s?\d[\d,.]*(?:\s\d{3})*(?:[kKmM]\b)?",
    r"\b\d{1,3}(?:[ ,.]\d{3})+\s?(?:EUR|USD|GBP|CHF|€)",
    r"\b\d+(?:\.\d+)?[kKmM](?=\s+ARR\b)",
    # versions, ticket / invoice / quote ids, error codes
    r"\b(?:v|version\s)\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+\b",
    r"#\d{3,}\b|\b[A-Z]{1,5}-\d{4}-\d{2,6}\b|\b[A-Z]{2,6}-\d{3,}\b",
    r"\b(?:error|fehler|erreur|http)\s*\d{3}\b",
    # percentages, counts of things, durations
    r"\b\d+(?:[.,]\d+)?\s?%",
    r"\b\d{1,3}(?:,\d{3})*\s+(?:\w+\s)?(?:users|seats|orders|records|customers|employees"
    r"|people|pages|departments|Nutzer|Benutzer|utilisateurs)\b",
    rf"\b{_NUMBER_WORDS}[- ](?:seconds?|minutes?|hours?|days?|weeks?|months?|Stunden|Tage"
    r"|Minuten|jours|heures|semaines)\b",
)
# Wider figures the offline brief keeps (defs-1 key facts): large grouped figures (2.000 /
# 12,000), clock times, "18 of 60", a version after "update", and a count of anything ("23
# affected shifts", "140 Mitarbeiter"). Kept out of the LLM prompt's figures list until the
# cassettes are re-recorded (tests/integration/test_llm_cassettes.py matches on the body).
_WIDE_PATTERNS = (
    r"\b\d{1,3}(?:[,.]\d{3})+\b(?!\s?(?:EUR|USD|GBP|CHF|€))",
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}h\d{0,2}\b",
    r"\b\d+ (?:of|von|de|sur) \d+\b",
    r"(?i:\b(?:update|upgrade|release|version|versión|firmware)"
    r"(?: auf| to| vers| a)? \d+(?:\.\d+)+)",
    r"\b\d+\s+(?:[a-zà-ÿ]+\s)?[a-zà-ÿ]{3,}s\b|\b\d+\s+[A-ZÄÖÜ][a-zäöüß]{3,}\b",
)
_FACTS = re.compile("|".join(f"(?:{p})" for p in _FACT_PATTERNS), re.IGNORECASE)
_WIDE_FACTS = re.compile("|".join(f"(?:{p})" for p in _WIDE_PATTERNS))  # case matters


def clean_text(text: str) -> str:
    """Drop invisible and bidi characters an attacker could hide instructions in."""
    return _CONTROL.sub("", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))


# Typography mail clients add that no cue is written in: curly apostrophes and quotes (Apple
# Mail, iOS and Outlook autocorrect "we're"), no-break and thin spaces (French before "!" and
# "?"). Measured with bench/typography.py: on eval_set_c they cost the rules 2 points of
# sentiment, hard line breaks 5.
_TYPOGRAPHY = str.maketrans(
    dict.fromkeys("\u2018\u2019\u02bc\u2032", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u2033", '"')
    | dict.fromkeys("\u00a0\u202f\u2007\u2009", " ")
)
_LIST_ITEM = re.compile(r"^(?:[-*•–]\s|\d{1,2}[.)]\s|[A-Za-z][.)]\s)")
_WRAP_AT = 72  # plain-text clients break lines at or before this column (Thunderbird, mutt)


def for_rules(text: str) -> str:
    """``text`` as the cue tables read it: plain punctuation and spaces, and a paragraph's
    hard-wrapped lines joined, so "we're leaving" is still read across a curly apostrophe
    or a line break. Paragraphs, list items, quoted lines and signatures stay apart; only
    the rules see this text, the brief quotes the mail as written."""
    out: list[str] = []
    last = ""  # the line just read, as written: a joined line's length says nothing
    for line in text.translate(_TYPOGRAPHY).split("\n"):
        here = line.strip()
        if out and here and last and _continues(last, here):
            out[-1] = f"{out[-1].rstrip()} {here}"
        else:
            out.append(line)
        last = here
    return "\n".join(out)


def _continues(prev: str, here: str) -> bool:
    """``here`` carries on ``prev``'s sentence where a client broke it: it starts in lower
    case, or its first word would not have fitted on ``prev``'s line (a forced break). Not a
    list item or a quoted line, nor after a full stop, a colon or a sign-off's comma: a
    signature's long lines ("Chief Executive Officer, Example GmbH") stay lines."""
    if _LIST_ITEM.match(here) or here.startswith(">") or prev.startswith(">"):
        return False
    if prev.endswith((".", "!", "?", ":", ";")):
        return False
    if here[0].islower():
        return True
    return not prev.endswith(",") and len(prev) + 1 + len(here.split()[0]) > _WRAP_AT


def body_core(body: str) -> str:
    """The message's own prose: no quoted lines, greeting, sign-off or signature."""
    lines: list[str] = []
    for raw in clean_text(body).splitlines():
        line = raw.strip()
        if not lines and not line:
            continue
        if line.startswith(">") or re.match(r"^On .{5,120} wrote:$", line):
            continue
        if not lines and _GREETING.match(line):
            continue
        if len(line) < 45 and _SIGN_OFF.match(line):
            break
        lines.append(line)
    paragraphs = re.split(r"\n\s*\n", "\n".join(lines).strip())
    while len(paragraphs) > 1 and _looks_like_signature(paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def _looks_like_signature(paragraph: str) -> bool:
    """Name / title / company lines: short, few, and none of them a sentence."""
    rows = [row for row in paragraph.splitlines() if row.strip()]
    return len(rows) <= 4 and all(
        len(r) < 70 and not r.rstrip().endswith((".", "!", "?")) for r in rows
    )


def sentences(text: str) -> list[str]:
    """Split prose into sentences; paragraphs and list items never run together."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        joined = " ".join(part.strip() for part in para.splitlines() if part.strip())
        out.extend(_rejoin(s.strip() for s in _SENTENCE_END.split(joined) if s.strip()))
    return out


def without_sentences(text: str, drop: Callable[[str], object]) -> str:
    """The text without the sentences ``drop`` holds for (one per line), or the text as it
    was when it holds for none: a guard that undoes a reading is a whole sentence's."""
    told = sentences(text)
    kept = [sentence for sentence in told if not drop(sentence)]
    return text if len(kept) == len(told) else "\n".join(kept)


def _rejoin(pieces: Iterable[str]) -> list[str]:
    """Undo splits after an abbreviation or a day number before its month."""
    out: list[str] = []
    for piece in pieces:
        if out and (
            _NO_END.search(out[-1]) or (_DAY_DOT.search(out[-1]) and _NEXT_MONTH.match(piece))
        ):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def extract_facts(text: str, *, wide: bool = False) -> list[str]:
    """Amounts, versions, ids, percentages, counts and durations, in order, de-duplicated;
    ``wide`` adds the offline brief's wider figures (see _WIDE_PATTERNS)."""
    seen: dict[str, None] = {}
    found = list(_FACTS.finditer(text))
    if wide:
        found = sorted(found + list(_WIDE_FACTS.finditer(text)), key=lambda m: m.start())
    for match in found:
        value = match.group(0).strip().rstrip(".,")
        if value and value.lower() not in (v.lower() for v in seen):
            seen[value] = None
    return list(seen)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut, so fields stay within the brief's limits."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-") + "…"


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower() if "@" in address else ""


_WEIGHTY = re.compile(
    r"\bcannot\b|\bcan'?t\b|\bunable\b|\bblocked\b|\bdown\b|\bdelayed\b|\bon hold\b|\blost\b"
    r"|\bloss\b|\bcost\w*|\brevenue\b|\bdeadline\b|\bdue\b|\busers\b|\bcustomers?\b|\borders\b"
    r"|\brecords\b|\bdepartments?\b|\bmanual\w*|\bspreadsheets?\b|\boutages?\b|\bcrash\w*"
    r"|\bfail\w*|\bwiped\b|\boverwr\w*|\bsuccessor\b|\blast day\b|\bleaving\b|\bcompetitor\w*"
    r"|\balternatives?\b|\bpilot\b|\brenew\b|\bexit plan\b|\bconfidence\b|\bmissed\b|\bprice\b"
    r"|\binvoices?\b|\bcharged\b|\brefund\b|\bnobody\b|\bnever\b"
    r"|\bstatus page\b|\bdoes not support\b"
    r"|\bkostet\b|\bmanuell\b|\bnicht\b|\bkein\w*\b|\bbloqué\w*|\bperte\b|\bcoût\w*|\bprélev\w*"
    r"|\ben double\b|\bdeux fois\b",
    re.IGNORECASE,
)


def weight(sentence: str) -> int:
    """How much business impact a sentence carries: effect words count 2, each fact 1."""
    return 2 * len(_WEIGHTY.findall(sentence)) + len(extract_facts(sentence, wide=True))
