"""A minimal TNEF (winmail.dat) writer, so tests can make what Outlook sends.

Layout per [MS-OXTNEF] 2.1.3: signature, key, then attributes (level, id, type, length,
data, checksum = sum of the data bytes mod 65536).
"""

from __future__ import annotations

import struct

_SIGNATURE = 0x223E9F78
_MESSAGE, _ATTACHMENT = 1, 2


def tnef_attribute(level: int, name: int, kind: int, data: bytes) -> bytes:
    head = struct.pack("<BHHI", level, name, kind, len(data))
    return head + data + struct.pack("<H", sum(data) & 0xFFFF)


def build_tnef(files: list[tuple[str, bytes]], body: str = "") -> bytes:
    out = struct.pack("<IH", _SIGNATURE, 1)
    out += tnef_attribute(_MESSAGE, 0x9006, 0x0008, struct.pack("<I", 0x10000))  # version
    out += tnef_attribute(_MESSAGE, 0x9007, 0x0006, struct.pack("<II", 1252, 0))  # codepage
    if body:
        out += tnef_attribute(_MESSAGE, 0x800C, 0x0002, body.encode("cp1252"))  # attBody
    for name, data in files:
        rendering = struct.pack("<HIHHI", 1, 0xFFFFFFFF, 1, 1, 0)
        out += tnef_attribute(_ATTACHMENT, 0x9002, 0x0006, rendering)  # starts an attachment
        out += tnef_attribute(_ATTACHMENT, 0x8010, 0x0001, name.encode("cp1252") + b"\x00")
        out += tnef_attribute(_ATTACHMENT, 0x800F, 0x0006, data)
    return out
