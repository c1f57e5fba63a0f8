"""Lowercase, unpadded RFC 4648 base32 for reply tokens and Message-ID signatures.

The standard library's ``base64.b32encode``/``b32decode`` are pure Python in 3.11, a
loop over 5-byte groups: a reply's token checks (the batch's hints, then the reply's
own) and every outgoing mail's token and Message-ID spent about 5 % of handling a
message in them (a CPU-time sampling profile of ``bench/handle.py``). Here the bytes
become one integer: encoding reads it ten bits (two characters) at a time from a table,
decoding maps the alphabet onto ``int(…, 32)``'s digits. The output is exactly the
standard library's, lower-cased and with the ``=`` padding stripped
(``tests/unit/test_base32.py`` compares them).
"""

from __future__ import annotations

from functools import cache

ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
_PAIRS = tuple(a + b for a in ALPHABET for b in ALPHABET)  # every 10-bit value
_TO_DIGITS = str.maketrans(ALPHABET, "0123456789abcdefghijklmnopqrstuv")  # int(…, 32)'s
_LETTERS = frozenset(ALPHABET)


@cache
def _layout(size: int) -> tuple[int, int, tuple[int, ...]]:
    """For ``size`` bytes: the characters, the zero bits that pad the last one, and the
    shifts that cut the padded integer into two-character pieces (most significant first)."""
    chars = -(-size * 8 // 5)
    pad = chars * 5 - size * 8
    pieces = -(-chars // 2)
    return chars, pad, tuple(range((pieces - 1) * 10, -1, -10))


def encode(data: bytes) -> str:
    """``base64.b32encode(data)`` lower-cased, without padding."""
    chars, pad, shifts = _layout(len(data))
    value = int.from_bytes(data, "big") << pad
    if chars % 2:  # an odd count: a leading zero character makes the pieces even
        return "".join([_PAIRS[(value >> s) & 0x3FF] for s in shifts])[1:]
    return "".join([_PAIRS[(value >> s) & 0x3FF] for s in shifts])


def decode(text: str, size: int) -> bytes | None:
    """The ``size`` bytes ``text`` (exactly their characters, lowercase) encodes; None
    for any other text, or one whose unused trailing bits are not zero (a second
    spelling of the same bytes, which ``base64.b32decode`` would accept)."""
    chars, pad, _ = _layout(size)
    if len(text) != chars or not _LETTERS.issuperset(text):
        return None  # also keeps out what int() would take: digits 0/1/8/9, "_", spaces
    value = int(text.translate(_TO_DIGITS), 32) if text else 0
    if value & ((1 << pad) - 1):
        return None
    return (value >> pad).to_bytes(size, "big")
