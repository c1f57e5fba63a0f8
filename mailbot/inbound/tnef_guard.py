"""A cheap walk over a TNEF blob that refuses the counts :mod:`tnefparse` would trust.

tnefparse loops as often as a property count in the data says (``range(0xFFFFFFFF)``
skipping past the end, or appending empty values): a 40-byte ``winmail.dat`` could hold
the watcher for hours. This walk mirrors its MAPI reader with every count checked
against the bytes left, so the work stays linear in the blob's size. Embedded Outlook
messages (parsed recursively, unchecked) are refused as well: such a blob is flagged
unreadable, as every ``winmail.dat`` was before.
"""

from __future__ import annotations

import struct

_SIGNATURE = b"\x78\x9f\x3e\x22"
_IMESSAGE = b"\x07\x03\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46"
_MAPI_OBJECTS = frozenset({0x9003, 0x9005})  # attMAPIProps, attAttachment
_RECIPIENTS = 0x9004
_FIXED = {0x0002: 2, 0x000B: 2, 0x0003: 4, 0x0004: 4, 0x000A: 4, 0x0005: 8, 0x0006: 8,
          0x0007: 8, 0x0014: 8, 0x0040: 8, 0x0048: 16}  # fmt: skip
_VARIABLE = frozenset({0x0000, 0x000D, 0x001E, 0x001F, 0x0102})
_MULTI = 0x1000


def _u16(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<H", data, offset)[0])


def _u32(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<I", data, offset)[0])


def safe_to_parse(data: bytes) -> bool:
    """Whether tnefparse can read ``data`` in time linear in its size."""
    if not data.startswith(_SIGNATURE) or _IMESSAGE in data:
        return False
    offset = 6
    try:
        while offset + 12 < len(data):
            name, length = _u16(data, offset + 1), _u32(data, offset + 5)
            body = data[offset + 9 : offset + 9 + length]
            if name in _MAPI_OBJECTS and not _mapi_ok(body):
                return False
            if name == _RECIPIENTS and len(body) >= 4 and _u32(body, 0) > len(body) // 4:
                return False
            offset += min(len(data) - offset, length + 11)
    except struct.error:
        return False
    return True


def _mapi_ok(data: bytes) -> bool:
    """The property list at the start of ``data`` has counts the bytes can hold."""
    if len(data) < 4:
        return True  # tnefparse fails at once on it
    count, offset = _u32(data, 0), 4
    if count > (len(data) - offset) // 4:
        return False
    for _ in range(count):
        if offset + 4 > len(data):
            return False
        kind, name = _u16(data, offset), _u16(data, offset + 2)
        offset += 4
        if name >= 0x8000:  # a named property: GUID, kind, id or name
            offset += 20
            offset += 4 if _u32(data, offset - 4) == 0 else 4 + _padded(_u32(data, offset))
        values: int | None = None
        if kind & _MULTI:
            kind ^= _MULTI
            values = _u32(data, offset)
            offset += 4
            if values > len(data) - offset:
                return False
        for _ in range(values or 1):
            step = _value(data, offset, kind, values is not None)
            if step is None:
                return True  # an unknown type: tnefparse stops reading there
            offset = step
            if offset > len(data):
                return False
        if (values or 1) % 2 and kind in (0x0002, 0x000B):
            offset += 2
    return True


def _value(data: bytes, offset: int, kind: int, multi: bool) -> int | None:
    """The offset after one value of ``kind``; None for a type tnefparse refuses."""
    if kind in _FIXED:
        return offset + _FIXED[kind]
    if kind not in _VARIABLE:
        return None
    count = 1
    if not multi:
        count, offset = _u32(data, offset), offset + 4
        if count > (len(data) - offset) // 4:
            return len(data) + 1
    for _ in range(count):
        offset += 4 + _padded(_u32(data, offset))
    return offset


def _padded(length: int) -> int:
    return length + (-length % 4)
