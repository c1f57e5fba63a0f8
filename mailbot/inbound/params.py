"""MIME header parameters (``filename``, ``name``, ``charset``) read as mail clients do.

Attachment names arrive in every historical form: RFC 2231 (``name*=iso-8859-1''Fr%F6sche``,
continued over ``name*0*``, ``name*1``…), RFC 2047 encoded-words inside quotes (not
allowed, but what Outlook writes), and raw 8-bit bytes in UTF-8 or the body's charset.
The email package's compat32 getters turn the last into U+FFFD and give up on charsets it
does not know, so parameters are read here from the raw header value.
"""

from __future__ import annotations

import re
from email.message import Message
from urllib.parse import unquote_to_bytes

from mailbot.inbound.charsets import decode_text
from mailbot.inbound.subject import decode_header_text, unsmuggle

_FOLD = re.compile(r"\r?\n[ \t]*|\r[ \t]*")
_SECTION = re.compile(r"^\*(\d{1,3})(\*)?$|^\*$")  # name*, name*0, name*0*


def raw_header(part: Message, name: str) -> str:
    """The first ``name`` header of ``part`` as it came (8-bit bytes surrogate-escaped)."""
    for key, value in part.raw_items():
        if str(key).lower() == name:
            return str(value)
    return ""


def split_params(value: str) -> list[tuple[str, str]]:
    """``(key, value)`` pairs after the first ``;``, quotes removed, keys lower-cased."""
    pieces: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for ch in _FOLD.sub(" ", value):
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
            continue
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            pieces.append("".join(current))
            current = []
            continue
        current.append(ch)
    pieces.append("".join(current))
    out: list[tuple[str, str]] = []
    for piece in pieces[1:]:
        key, sep, val = piece.partition("=")
        if sep:
            val = val.strip()
            if val.startswith('"'):
                val = val[1:].split('"', 1)[0] if '"' in val[1:] else val[1:]
            out.append((key.strip().lower(), val))
    return out


def param(value: str, name: str, fallback: str | None = None) -> str:
    """Decoded parameter ``name`` of a raw header value; "" when absent.

    ``fallback`` is the charset assumed for raw 8-bit bytes that are not UTF-8.
    """
    plain: str | None = None
    sections: dict[int, tuple[bool, str]] = {}
    for key, val in split_params(value):
        if key == name:
            plain = val if plain is None else plain
        elif key.startswith(name + "*"):
            match = _SECTION.match(key[len(name) :])
            if match:
                encoded = match.group(1) is None or bool(match.group(2))
                sections.setdefault(int(match.group(1) or 0), (encoded, val))
    if sections:
        return _rfc2231(sections, fallback)
    if plain is None:
        return ""
    if "=?" in plain:
        return decode_header_text(plain, fallback)
    return unsmuggle(plain, fallback).strip()


def _rfc2231(sections: dict[int, tuple[bool, str]], fallback: str | None) -> str:
    """Join ``name*0*``, ``name*1``… (or the single ``name*``) and decode the bytes."""
    charset = ""
    data = bytearray()
    first = min(sections)
    for index in sorted(sections):
        encoded, val = sections[index]
        if encoded and index == first and val.count("'") >= 2:
            charset, _lang, val = val.split("'", 2)
        if encoded:
            data += unquote_to_bytes(val.encode("ascii", errors="surrogateescape"))
        else:
            data += val.encode("ascii", errors="surrogateescape")
    return decode_text(bytes(data), charset or None, fallback).strip()
