"""A leaf part's bytes, with the transfer encoding undone even when it is mislabelled.

The email package decodes only the exact tokens ``base64``, ``quoted-printable`` and
uuencode; real mail writes ``quoted-printable;``, ``Quoted printable``, ``BASE64 `` or a
``binary`` label over base64 text, and a brief must never quote the encoded form. A
``message/rfc822`` part sent base64-encoded (allowed by no RFC, written by some gateways)
is decoded and parsed here too, so the forwarded message is read, not quoted as base64.
"""

from __future__ import annotations

import binascii
import quopri
import re
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

_PYTHON_DECODES = frozenset(
    {"base64", "quoted-printable", "x-uuencode", "uuencode", "uue", "x-uue"}
)

_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]+={0,2}")


def transfer_encoding(part: Message) -> str:
    """The normalised Content-Transfer-Encoding: base64, quoted-printable or "" (others)."""
    raw = ""
    for key, value in part.raw_items():
        if str(key).lower() == "content-transfer-encoding":
            raw = str(value)
            break
    token = " ".join(raw.lower().replace(";", " ").split())
    if token.startswith("base64"):
        return "base64"
    if token.startswith("quoted"):
        return "quoted-printable"
    return ""


def part_bytes(part: Message) -> bytes:
    """The decoded body of a leaf part (never raises)."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return b""
    if str(part.get("content-transfer-encoding", "")).lower() in _PYTHON_DECODES:
        return data  # the email package understood the label and decoded it
    encoding = transfer_encoding(part)  # else ``data`` is the raw body: a mislabel?
    if encoding == "base64":
        return _base64(data)
    if encoding == "quoted-printable":
        return quopri.decodestring(data)
    return data


def undo_lying_base64(data: bytes) -> bytes | None:
    """Text labelled 7bit/8bit/binary that is entirely base64 of text: its decoded bytes."""
    if len(data) < 16 or b" " in data[:200].strip():
        return None  # prose: the common case leaves here
    lines = data.split()
    if not all(_BASE64_LINE.fullmatch(line) for line in lines):
        return None
    compact = b"".join(lines)
    if len(compact) % 4 or not (re.search(rb"[A-Z]", compact) and re.search(rb"[0-9]", compact)):
        return None
    decoded = _base64(compact)
    printable = sum(1 for byte in decoded if byte >= 0x20 or byte in b"\t\r\n\f")
    return decoded if decoded and printable >= 0.95 * len(decoded) else None


def encoded_message(part: Message) -> Message | None:
    """A ``message/rfc822`` part sent base64 or quoted-printable encoded, decoded and parsed.

    The email package parses such a payload as a message anyway: one with no headers whose
    body is the encoded text.
    """
    encoding = transfer_encoding(part)
    payload = part.get_payload()
    if isinstance(payload, list) and len(payload) == 1 and isinstance(payload[0], Message):
        if payload[0].keys():
            return None  # a well-formed forwarded message
        payload = payload[0].get_payload()
    if not encoding or not isinstance(payload, str):
        return None
    body = payload.encode("ascii", errors="surrogateescape")
    data = _base64(body) if encoding == "base64" else quopri.decodestring(body)
    if not data.strip():
        return None
    inner = BytesParser(policy=compat32).parsebytes(data)
    return inner if inner.keys() else None


def _base64(body: bytes) -> bytes:
    compact = b"".join(body.split())
    compact += b"=" * (-len(compact) % 4)
    try:
        return binascii.a2b_base64(compact)
    except binascii.Error:
        try:
            return binascii.a2b_base64(compact.rstrip(b"=")[: len(compact.rstrip(b"=")) // 4 * 4])
        except binascii.Error:
            return b""
