"""Unpacking a CSM's forward into the customer thread, oldest message first.

A forward is a note on top, then a marker or header block, then the forwarded message,
whose own body often quotes older messages ("On … wrote:" with ``>`` lines, or more
Outlook header blocks). The text is cut at every such landmark; each piece becomes one
:class:`ForwardedMessage`. Inner headers are data only: nothing here is used to thread
or authorise.
"""

from __future__ import annotations

import re
from datetime import datetime

from mailbot.inbound.dates import parse_loose_date
from mailbot.inbound.message import ForwardedMessage
from mailbot.inbound.quotes import (
    FORWARD_MARKER,
    boundary_at,
    header_field,
    is_quoted,
    next_nonblank,
    quote_header_span,
)

MAX_MESSAGES = 100
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_QUOTE_VERBS = re.compile(
    r"\b(?:wrote|schrieb|a\s+écrit|escribi[óo]|schreef|skrev|napisa[łl]\S*|ha scritto"
    r"|escreveu|kirjoitti)\b\s*:?",
    re.IGNORECASE,
)
_QUOTE_LEADS = re.compile(
    r"^\s*-*\s*(?:on|am|le|el|op|den|w dniu|dnia|il|in data|em)\b\s*", re.IGNORECASE
)
_TIME_END = re.compile(r"^.*\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\([^)]*\))?",
                       re.IGNORECASE)  # fmt: skip


def has_forward_marker(text: str) -> bool:
    return any(FORWARD_MARKER.match(line) for line in text.split("\n") if len(line) < 120)


def split_thread(text: str) -> list[ForwardedMessage]:
    """Messages embedded in ``text``, in order of appearance (newest first)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    messages: list[ForwardedMessage] = []
    _split(lines, messages)
    return messages


def _split(lines: list[str], out: list[ForwardedMessage]) -> list[str]:
    """Append embedded messages to ``out``; return the lines that are not part of them."""
    head_end, kind = _first_boundary(lines)
    if not kind or len(out) >= MAX_MESSAGES:
        return lines
    slot = len(out)
    if kind == "quote":
        span = quote_header_span(lines, head_end)
        fields = _quote_fields(" ".join(s.strip() for s in lines[head_end : head_end + span]))
        end = head_end + span
        while end < len(lines) and (is_quoted(lines[end]) or not lines[end].strip()):
            end += 1
        out.append(_message(fields, []))
        inner = [_unquote(line) for line in lines[head_end + span : end]]
        out[slot] = _message(fields, _split(inner, out))
        return lines[:head_end] + _split(lines[end:], out)
    fields, body_start = _header_fields(lines, head_end, kind)
    out.append(_message(fields, []))
    out[slot] = _message(fields, _split(lines[body_start:], out))
    return lines[:head_end]


def _first_boundary(lines: list[str]) -> tuple[int, str]:
    for i in range(len(lines)):
        kind = boundary_at(lines, i)
        if kind == "quote":
            nxt = next_nonblank(lines, i + quote_header_span(lines, i))
            if nxt is None or not is_quoted(lines[nxt]):
                continue  # a header with nothing quoted under it is just text
        if kind:
            return i, kind
    return len(lines), ""


def _unquote(line: str) -> str:
    stripped = line.lstrip()
    if stripped.startswith(">"):
        stripped = stripped[1:]
        return stripped[1:] if stripped.startswith(" ") else stripped
    return line


def _header_fields(lines: list[str], i: int, kind: str) -> tuple[dict[str, str], int]:
    """Fields of the header block at/after ``i`` (continuation lines joined)."""
    if kind in ("forward", "original"):
        i += 1
    nxt = next_nonblank(lines, i)
    i = len(lines) if nxt is None else nxt
    fields: dict[str, str] = {}
    last = ""
    while i < len(lines) and lines[i].strip():
        field = header_field(lines[i])
        if field:
            last = field[0]
            fields.setdefault(last, field[1])
        elif last and len(fields) < 4:
            fields[last] = f"{fields[last]} {lines[i].strip()}"
        else:
            break
        i += 1
    return fields, i


def _quote_fields(header: str) -> dict[str, str]:
    """Sender and date out of an "On <date>, <name> <addr> wrote:" line."""
    body = _QUOTE_LEADS.sub("", header, count=1)
    verb = _QUOTE_VERBS.search(body)
    before, after = (body[: verb.start()], body[verb.end() :]) if verb else (body, "")
    after = after.strip().rstrip(":").strip()
    if after:  # German/Dutch/Scandinavian: "Am <date> schrieb <name>:"
        return {"date": before.strip(" ,"), "from": after}
    match = _TIME_END.match(before)
    if match:
        return {"date": match.group(0).strip(" ,"), "from": before[match.end() :].strip(" ,")}
    date, _, name = before.rpartition(",")
    return {"date": date.strip(), "from": name.strip()}


def _message(fields: dict[str, str], body_lines: list[str]) -> ForwardedMessage:
    sender_text = fields.get("from", "")
    found = _EMAIL.search(sender_text)
    address = found.group(0).lower() if found else ""
    name = _EMAIL.sub("", sender_text).replace("mailto:", "")
    name = re.sub(r"[<>\[\]\"*]|\(\s*\)", " ", name)
    date_text = fields.get("date", "")
    return ForwardedMessage(
        sender=address,
        sender_name=" ".join(name.split()).strip(" ,"),
        date=parse_loose_date(date_text),
        date_text=date_text,
        subject=fields.get("subject", ""),
        body="\n".join(line.rstrip() for line in body_lines).strip(),
        recipient_names=_display_names(f"{fields.get('to', '')},{fields.get('cc', '')}"),
    )


def _display_names(text: str) -> tuple[str, ...]:
    """The people named in a To/Cc field: ``Jane Doe <jane@…>, "Ops" <ops@…>``."""
    names = []
    for part in re.split(r"[,;]", _EMAIL.sub("", text)):
        name = " ".join(re.sub(r"[<>\[\]\"*]|\(\s*\)|mailto:", " ", part).split())
        if name and name not in names:
            names.append(name)
    return tuple(names)


def oldest_first(messages: list[ForwardedMessage]) -> tuple[ForwardedMessage, ...]:
    """Reverse appearance order; if every message is dated, order by date instead."""
    ordered = list(reversed(messages))
    if ordered and all(message.date is not None for message in ordered):
        ordered.sort(key=_sort_key)
    return tuple(ordered)


def _sort_key(message: ForwardedMessage) -> datetime:
    date = message.date
    assert date is not None  # aware UTC: the parser normalises every date
    return date
