"""Recognising quote headers, header blocks and forward markers in plain text.

These are the landmarks every mail client leaves when it quotes or forwards. They are
shared by the reply splitter (what did the sender write *now*?) and the forward parser
(which older messages are embedded?), so both agree on where quoted text begins.
Every regex runs on one bounded line (or a join of at most three), so hostile input
cannot make them backtrack for long.
"""

from __future__ import annotations

import re

MAX_HEADER_LINE = 400

# "On <date> <name> wrote:" in the languages we meet, as one (possibly joined) line.
_QUOTE_HEADERS = [
    r"on\b.*\d.*\bwrote\s*:?",
    r"-{2,}\s*on\b.*\bwrote\s*-{2,}",
    r"am\b.*\d.*\bschrieb\b.*:",
    r"le\b.*\d.*\ba\s+écrit\s*:",
    r"el\b.*\d.*\bescribi[óo]\s*:",
    r"op\b.*\d.*\bschreef\b.*:",
    r".{0,200}\d.{0,200}\bskrev\b.{0,200}:",
    r"(?:w dniu|dnia)\b.*\d.*\bnapisa[łl](?:\(a\)|a)?\s*:?",
    r"(?:il|in data)\b.*\d.*\bha scritto\s*:",
    r"em\b.*\d.*\bescreveu\s*:",
    r".{0,200}\d.{0,200}\bkirjoitti\s*:",
    r".{0,200}\d.{0,200}(?:написал|написала|пишет)\S*\s*:",
    r"[^<>]{0,120}\d[^<>]{0,120}<\s*[^<>\s]+@[^<>\s]+\s*>\s*:",
    r"[^<>]{0,200}<[^<>\s]+@[^<>\s]+>\s+wrote\s*:",
    r"at\b.{0,100}\d.{0,100}\bwrote\s*:",
    r".{0,200}\bschrieb am\b.{0,200}\d.{0,200}:",
    r".{0,200}\d.{0,200}\bnapisa[łl](?:\(a\)|a)?\s*:",
    r".{0,200}\d.{0,200}\bпише\s*:",
]
_QUOTE_HEADER = re.compile("^(?:" + "|".join(_QUOTE_HEADERS) + ")$", re.IGNORECASE)
_QUOTE_START = re.compile(
    r"^(?:on|am|le|el|op|den|w dniu|dnia|il|in data|em|-{2,}\s*on)\b|\d|@", re.IGNORECASE
)

FORWARD_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré"
    r"|mensaje reenviado|doorgestuurd bericht|videresendt meddelelse|vidarebefordrat meddelande"
    r"|wiadomość przekazana|messaggio inoltrato|mensagem encaminhada)\s*-*"
    r"|begin forwarded message\s*:|anfang der weitergeleiteten nachricht\s*:"
    r"|début du message réexpédié\s*:|inicio del mensaje reenviado\s*:"
    r"|begin doorgestuurd bericht\s*:)\s*$",
    re.IGNORECASE,
)
ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|oorspronkelijk bericht|oprindelig (?:besked|meddelelse)"
    r"|ursprungligt meddelande|originalmeddelande|oryginalna wiadomość|wiadomość oryginalna"
    r"|messaggio originale|mensagem original|opprinnelig melding|alkuperäinen viesti)"
    r"\s*-{2,}\s*$",
    re.IGNORECASE,
)
RULE = re.compile(r"^\s*(?:_{10,}|-{10,}|={10,})\s*$")

FROM_KEYS = frozenset({"from", "von", "de", "van", "fra", "från", "od", "da", "lähettäjä", "от"})
DATE_KEYS = frozenset(
    {"sent", "date", "gesendet", "datum", "envoyé", "enviado", "fecha", "verzonden", "sendt",
     "skickat", "wysłano", "data", "inviato", "päivämäärä", "lähetetty", "enviada", "дата",
     "отправлено"}
)  # fmt: skip
TO_KEYS = frozenset({"to", "an", "à", "a", "para", "aan", "til", "till", "do", "per", "кому"})
CC_KEYS = frozenset({"cc", "kopie", "copie", "kopia", "bcc"})
SUBJECT_KEYS = frozenset(
    {"subject", "betreff", "objet", "asunto", "onderwerp", "emne", "ämne", "temat", "oggetto",
     "assunto", "aihe", "тема"}
)  # fmt: skip
ALL_KEYS = FROM_KEYS | DATE_KEYS | TO_KEYS | CC_KEYS | SUBJECT_KEYS
_FIELD = re.compile(r"^\s*\*?\s*([^\W\d_][^\W\d_ ]{0,15})\s*\*?\s*:\s*\*?\s?(.*)$")


def header_field(line: str) -> tuple[str, str] | None:
    """``("from", value)`` when the line is a quoted-header field such as ``Von: …``."""
    match = _FIELD.match(line) if len(line) <= MAX_HEADER_LINE else None
    if not match or match.group(1).lower() not in ALL_KEYS:
        return None
    key = match.group(1).lower()
    for canonical, keys in (
        ("from", FROM_KEYS),
        ("date", DATE_KEYS),
        ("to", TO_KEYS),
        ("cc", CC_KEYS),
        ("subject", SUBJECT_KEYS),
    ):
        if key in keys:
            return canonical, match.group(2).strip().strip("*").strip()
    return None  # pragma: no cover - ALL_KEYS is the union above


def is_header_block(lines: list[str], i: int) -> bool:
    """A ``From:`` (or ``Date:``) line closely followed by two other header fields."""
    first = header_field(lines[i])
    if first is None or first[0] not in ("from", "date"):
        return False
    seen: set[str] = {first[0]}
    for line in lines[i + 1 : i + 9]:
        if not line.strip():
            if seen:
                break
            continue
        field = header_field(line)
        if field:
            seen.add(field[0])
    return "from" in seen and len(seen) >= 3


def _could_end_header(text: str) -> bool:
    """Cheap pre-check: every quote header ends with ":", "wrote" or a dash rule."""
    tail = text[-6:].lower()
    return tail.endswith((":", "wrote", "-")) or tail.endswith("wrote ")


def quote_header_span(lines: list[str], i: int) -> int:
    """How many lines (1–3) the "On … wrote:" header at ``i`` spans; 0 if none."""
    first = lines[i].strip()
    if not first or first[0] == ">" or len(first) > MAX_HEADER_LINE:
        return 0
    parts = [first]
    for extra in range(1, 3):
        if _could_end_header(parts[-1]) or i + extra >= len(lines):
            break
        nxt = lines[i + extra].strip()
        if not nxt or (nxt[0] == ">" and not nxt.startswith(">:")):
            break  # ">:" is the tail of an address wrapped as "<addr\n>:"
        parts.append(nxt)
    while parts and not _could_end_header(parts[-1]):
        parts.pop()
    if not parts or not _QUOTE_START.search(first):
        return 0
    joined = " ".join(parts)
    if len(joined) <= MAX_HEADER_LINE and _QUOTE_HEADER.match(joined):
        return len(parts)
    return 0


def is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def boundary_at(lines: list[str], i: int) -> str:
    """Kind of quoted/forwarded section starting at line ``i``: "" when none.

    "forward" (explicit forward marker), "original" (an original-message separator or a
    rule line right above a header block), "block" (a bare header block), "quote"
    (an "On … wrote:" header).
    """
    line = lines[i]
    if FORWARD_MARKER.match(line):
        return "forward"
    if ORIGINAL_MESSAGE.match(line):
        return "original"
    if RULE.match(line):
        nxt = next_nonblank(lines, i + 1)
        return "original" if nxt is not None and is_header_block(lines, nxt) else ""
    if is_header_block(lines, i):
        return "block"
    return "quote" if quote_header_span(lines, i) else ""


def next_nonblank(lines: list[str], i: int) -> int | None:
    while i < len(lines):
        if lines[i].strip():
            return i
        i += 1
    return None


# Signature starts: the "-- " delimiter, and the one-line mobile/Outlook sign-offs.
_SIGNATURE = re.compile(
    r"^(?:--\s*|__\s*"
    r"|(?:sent from my|sent from|sent via|get outlook for|download outlook for|gesendet von"
    r"|von meinem|envoyé de mon|envoyé depuis|envoyé à partir de|obtenir outlook pour"
    r"|enviado desde mi|enviado desde|obtener outlook para|verzonden vanaf mijn|verzonden met"
    r"|download outlook voor|skickat från min|sendt fra min|wysłane z mojego|inviato da"
    r"|enviado do meu)\b[^,;:!?<]{0,60}?\.?(?:\s*<[^<>\s]{1,200}>)?"
    r")$",
    re.IGNORECASE,
)


def is_signature_start(line: str) -> bool:
    return bool(_SIGNATURE.match(line.strip())) if len(line) < 120 else False


def reply_text(text: str) -> str:
    """The sender's own new text: no quotes, quote headers, signatures or forwards.

    Text after a ``>``-quoted block is kept (bottom-posting and inline answers), but a
    header block, original-message separator or forward marker ends the reply: what
    follows those is never quoted line by line, so it cannot be told apart from new text.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    own: list[str] = []
    in_signature = False
    i = 0
    while i < len(lines):
        line = lines[i]
        kind = "" if is_quoted(line) else boundary_at(lines, i)
        if kind in ("forward", "original", "block"):
            break
        if kind == "quote":
            span = quote_header_span(lines, i)
            nxt = next_nonblank(lines, i + span)
            if nxt is None or not is_quoted(lines[nxt]):
                break
            i, in_signature = nxt, False
            continue
        if is_quoted(line):
            in_signature = False
            own.append("")
        elif in_signature or is_signature_start(line):
            in_signature = True
        else:
            own.append(line.rstrip())
        i += 1
    return _tidy(own)


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
