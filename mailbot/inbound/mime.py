"""Walking the MIME tree: body text, attachments, forwarded messages, limits.

The walk is bounded (depth, part count, headers per part) because hostile mail can nest
thousands of multiparts; the limits raise :class:`MessageLimitError` so the message is
quarantined with a reason instead of tying up the worker.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from email.message import Message

from mailbot.errors import MessageLimitError
from mailbot.inbound.message import AttachedFile, Attachment
from mailbot.inbound.params import param, raw_header
from mailbot.inbound.payload import (
    encoded_message,
    part_bytes,
    transfer_encoding,
    undo_lying_base64,
)
from mailbot.inbound.subject import decode_bytes, decode_header_text, sanitize_line
from mailbot.inbound.tnef import unpack

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")
_HARD_PARTS_FACTOR = 10  # past 10x the limit it is a part bomb, not a long message: refused
# Python's own table only (not /etc/mime.types): the same type for a name on every host.
_GUESS = mimetypes.MimeTypes(filenames=())
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
# A text/plain part that is really HTML: a document start, or (with no Content-Type at all)
# markup with closing tags.
_HTML_DOC = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_MARKUP = re.compile(
    r"\s*<[a-z][^<>]{0,200}>.*</(?:p|div|body|table|span|b|a|font)>", re.I | re.S
)


@dataclass
class Bodies:
    """What one message (or one forwarded message/rfc822 part) contains."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    files: list[AttachedFile] = field(default_factory=list)  # with bytes, inner ones too
    forwarded: list[tuple[Message, Bodies]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    content_types: set[str] = field(default_factory=set)
    charset: str = ""  # the first text part's charset: the best guess for raw 8-bit headers


@dataclass
class _Budget:
    max_depth: int
    max_parts: int
    max_headers: int
    parts: int = 0


def collect(msg: Message, max_depth: int, max_parts: int, max_headers: int) -> Bodies:
    """Walk ``msg`` once, within limits, sorting parts into bodies and attachments.

    Past ``max_parts`` the rest is counted and flagged, not read: a 330-part message
    still gets its text read (the parser has already paid for the parts). Past ten times
    the limit the message is refused as a part bomb.
    """
    bodies = Bodies(charset=_first_charset(msg))
    budget = _Budget(max_depth, max_parts, max_headers)
    _walk(msg, 0, bodies, budget)
    if budget.parts > max_parts:
        bodies.unreadable.append(
            f"{budget.parts - max_parts} MIME parts past the first {max_parts} were not read"
        )
    return bodies


def _first_charset(msg: Message) -> str:
    for count, part in enumerate(msg.walk()):
        label = param(raw_header(part, "content-type"), "charset")
        if label or count > 10:
            return label
    return ""


def _walk(part: Message, depth: int, bodies: Bodies, budget: _Budget) -> None:
    if _over_budget(part, depth, bodies, budget):
        return
    if depth > budget.max_depth:
        raise MessageLimitError(f"MIME nesting deeper than {budget.max_depth}")
    if len(part) > budget.max_headers:
        raise MessageLimitError(f"more than {budget.max_headers} headers in a MIME part")
    ctype = part.get_content_type()
    bodies.content_types.add(ctype)
    payload = part.get_payload()
    if ctype == "message/rfc822":
        inner: object = encoded_message(part) if transfer_encoding(part) else None
        inner = inner or (payload[0] if isinstance(payload, list) and payload else None)
        if isinstance(inner, Message):
            _forwarded(part, inner, depth, bodies, budget)
            return
    if isinstance(payload, list):
        if not ctype.startswith("multipart/"):
            # message/delivery-status and friends: header blocks, not a body
            bodies.attachments.append(Attachment(_filename(part), ctype, len(str(payload))))
            return
        for child in payload:
            if isinstance(child, Message):
                _walk(child, depth + 1, bodies, budget)
        return
    _leaf(part, ctype, bodies)


def _over_budget(part: Message, depth: int, bodies: Bodies, budget: _Budget) -> bool:
    """Count the part; past the limit only count (and refuse a part bomb)."""
    budget.parts += 1
    if budget.parts > _HARD_PARTS_FACTOR * budget.max_parts:
        raise MessageLimitError(f"more than {_HARD_PARTS_FACTOR * budget.max_parts} MIME parts")
    if budget.parts <= budget.max_parts:
        return False
    payload = part.get_payload()
    for child in payload if isinstance(payload, list) else ():
        if isinstance(child, Message):
            _walk(child, depth + 1, bodies, budget)  # counted only
    return True


def _forwarded(part: Message, inner: Message, depth: int, bodies: Bodies, budget: _Budget) -> None:
    """A message/rfc822 part (sent as is or, wrongly, base64-encoded): read, and listed."""
    inner_bodies = Bodies(charset=_first_charset(inner) or bodies.charset)
    _walk(inner, depth + 1, inner_bodies, budget)
    bodies.forwarded.append((inner, inner_bodies))
    origin = _origin(inner)
    bodies.files += [
        f if f.origin else AttachedFile(f.filename, f.content_type, f.data, origin, f.note)
        for f in inner_bodies.files
    ]
    bodies.content_types |= inner_bodies.content_types
    size = sum(len(text) for text in inner_bodies.plain + inner_bodies.html)
    bodies.attachments.append(Attachment(_filename(part, inner), "message/rfc822", size))


def _leaf(part: Message, ctype: str, bodies: Bodies) -> None:
    data = part_bytes(part)
    name = _filename(part, fallback=bodies.charset)
    disposition = raw_header(part, "content-disposition").split(";")[0].strip().lower()
    if ctype in ("text/plain", "text/html") and disposition != "attachment" and not name:
        if not transfer_encoding(part):
            data = undo_lying_base64(data) or data
        if _binary(data):
            bodies.unreadable.append(f"a {ctype} part holds binary data, not text")
            return
        charset = param(raw_header(part, "content-type"), "charset") or None
        text = decode_bytes(data, charset, bodies.charset or None)
        if ctype == "text/html" or _is_html(text, bool(raw_header(part, "content-type"))):
            bodies.html.append(text)
        else:
            bodies.plain.append(text)
        return
    bodies.attachments.append(Attachment(name, ctype, len(data)))
    if ctype in _TNEF_TYPES or name.lower() == "winmail.dat":
        _tnef(name, ctype, data, bodies)
        return
    bodies.files.append(AttachedFile(name, ctype, data))


def _tnef(name: str, ctype: str, data: bytes, bodies: Bodies) -> None:
    """Outlook's winmail.dat: its files and body are unpacked, or it is flagged unreadable."""
    unpacked = unpack(data)
    if unpacked is None:
        bodies.unreadable.append("winmail.dat (application/ms-tnef) could not be read")
        note = "winmail.dat that could not be unpacked"
        bodies.files.append(AttachedFile(name, ctype, data, note=note))
        return
    if unpacked.body.strip():
        bodies.plain.append(unpacked.body)
    for inner_name, inner_data in unpacked.files:
        clean = sanitize_line(inner_name)[:255]
        guessed = _GUESS.guess_type(clean, strict=False)[0] or "application/octet-stream"
        bodies.attachments.append(Attachment(clean, guessed, len(inner_data)))
        note = f"unpacked from {name or 'winmail.dat'}"
        bodies.files.append(AttachedFile(clean, guessed, inner_data, note=note))


def _origin(inner: Message) -> str:
    """Who sent a forwarded (message/rfc822) message and when, as its headers say."""
    first: dict[str, str] = {}
    for key, value in inner.raw_items():
        first.setdefault(str(key).lower(), str(value))
    sender = sanitize_line(decode_header_text(first.get("from", "")))[:200]
    date = sanitize_line(decode_header_text(first.get("date", "")))[:60]
    return f"{sender or 'a forwarded message'}" + (f", {date}" if date else "")


def _binary(data: bytes) -> bool:
    """More than 2% control bytes (NUL, BEL…): a broken or mislabelled binary payload."""
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls * 50 > len(data)


def _is_html(text: str, declared: bool) -> bool:
    """A text/plain body that is an HTML document (or undeclared text that is markup)."""
    head = text[:2000]
    return bool(_HTML_DOC.match(head) or (not declared and _HTML_MARKUP.match(head)))


def _filename(part: Message, inner: Message | None = None, fallback: str = "") -> str:
    """Attachment name for display; forwarded messages fall back to their subject."""
    name = param(raw_header(part, "content-disposition"), "filename", fallback or None)
    name = name or param(raw_header(part, "content-type"), "name", fallback or None)
    if not name and inner is not None:
        subjects = [str(v) for k, v in inner.raw_items() if str(k).lower() == "subject"]
        name = decode_header_text(subjects[0], fallback or None) if subjects else ""
        name = (name + ".eml") if name else "forwarded.eml"
    return sanitize_line(name)[:255]
