"""Unpacking ``winmail.dat`` (Outlook's TNEF): its files, and the body text it carries.

Outlook wraps rich-text mail in TNEF; without unpacking it, the attachments inside are
lost to the team and the body to the brief. :mod:`tnefparse` reads the format; whatever
it cannot read (a truncated or hostile blob) is reported as unreadable, as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mailbot.inbound.tnef_guard import safe_to_parse

log = logging.getLogger(__name__)
logging.getLogger("tnefparse").setLevel(logging.CRITICAL)  # its per-property chatter

_MAX_FILES = 50  # a TNEF blob is bounded by the message size; this bounds the listing


@dataclass(frozen=True)
class Unpacked:
    files: tuple[tuple[str, bytes], ...]  # (name, data)
    body: str


def unpack(data: bytes) -> Unpacked | None:
    """The files and plain body in ``data``; None when it cannot be read (flag it)."""
    try:
        from tnefparse.tnef import TNEF
    except ImportError:  # an install without the library keeps the old behaviour
        return None
    if not safe_to_parse(data):
        log.info("winmail.dat not unpacked: counts past its size, or an embedded message")
        return None
    try:
        tnef = TNEF(data, do_checksum=False)
        files = tuple(
            (_name(a.long_filename(), index), bytes(a.data))
            for index, a in enumerate(tnef.attachments[:_MAX_FILES])
            if isinstance(a.data, bytes | bytearray)
        )
        body = tnef.body if isinstance(tnef.body, str) else _text(tnef.body)
    except Exception as exc:  # hostile or truncated TNEF: many failure modes, one outcome
        log.info("winmail.dat could not be unpacked: %s", type(exc).__name__)
        return None
    if not files and not body.strip():
        return None
    return Unpacked(files=files, body=body)


def _name(value: object, index: int) -> str:
    name = _text(value).strip("\x00").strip() if value else ""
    return name or f"attachment-{index + 1}.bin"


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip("\x00")
    return value if isinstance(value, str) else ""
