"""Walking the MIME tree: body text, attachments, forwarded messages, limits.

The walk is bounded (depth, part count, headers per part) because hostile mail can nest
thousands of multiparts; the limits raise :class:`MessageLimitError` so the message is
quarantined with a reason instead of tying up the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message

from mailbot.errors import MessageLimitError
from mailbot.inbound.message import Attachment
from mailbot.inbound.subject import decode_bytes, decode_header_text, sanitize_line

_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})


@dataclass
class Bodies:
    """What one message (or one forwarded message/rfc822 part) contains."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    forwarded: list[tuple[Message, Bodies]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    content_types: set[str] = field(default_factory=set)


@dataclass
class _Budget:
    max_depth: int
    max_parts: int
    max_headers: int
    parts: int = 0


def collect(msg: Message, max_depth: int, max_parts: int, max_headers: int) -> Bodies:
    """Walk ``msg`` once, within limits, sorting parts into bodies and attachments."""
    bodies = Bodies()
    _walk(msg, 0, bodies, _Budget(max_depth, max_parts, max_headers))
    return bodies


def _walk(part: Message, depth: int, bodies: Bodies, budget: _Budget) -> None:
    budget.parts += 1
    if budget.parts > budget.max_parts:
        raise MessageLimitError(f"more than {budget.max_parts} MIME parts")
    if depth > budget.max_depth:
        raise MessageLimitError(f"MIME nesting deeper than {budget.max_depth}")
    if len(part) > budget.max_headers:
        raise MessageLimitError(f"more than {budget.max_headers} headers in a MIME part")
    ctype = part.get_content_type()
    bodies.content_types.add(ctype)
    payload = part.get_payload()
    if ctype == "message/rfc822" and isinstance(payload, list) and payload:
        inner = payload[0]
        if not isinstance(inner, Message):
            return
        inner_bodies = Bodies()
        _walk(inner, depth + 1, inner_bodies, budget)
        bodies.forwarded.append((inner, inner_bodies))
        bodies.content_types |= inner_bodies.content_types
        size = sum(len(text) for text in inner_bodies.plain + inner_bodies.html)
        bodies.attachments.append(Attachment(_filename(part, inner), ctype, size))
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


def _leaf(part: Message, ctype: str, bodies: Bodies) -> None:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        data = b""
    name = _filename(part)
    disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
    is_inline_text = disposition != "attachment" and not name
    if ctype == "text/plain" and is_inline_text:
        bodies.plain.append(decode_bytes(data, part.get_content_charset()))
        return
    if ctype == "text/html" and is_inline_text:
        bodies.html.append(decode_bytes(data, part.get_content_charset()))
        return
    if ctype in _TNEF_TYPES or name.lower() == "winmail.dat":
        bodies.unreadable.append("winmail.dat (application/ms-tnef) could not be read")
    bodies.attachments.append(Attachment(name, ctype, len(data)))


def _filename(part: Message, inner: Message | None = None) -> str:
    """Attachment name for display; forwarded messages fall back to their subject."""
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    if not name and inner is not None:
        subjects = [str(v) for k, v in inner.raw_items() if str(k).lower() == "subject"]
        name = subjects[0] if subjects else ""
        name = (name + ".eml") if name else "forwarded.eml"
    return sanitize_line(decode_header_text(str(name)))[:255]
