"""Hints read from a message's raw header bytes, before (and without) a MIME parse.

A backlog batch looks its rows up ahead (transactions.py, store/ahead.py) from these:
cheap byte scans whose answers are only ever hints. The parse (parse.py) and a token's
MAC check still decide what a message is and which escalation it belongs to.
"""

from __future__ import annotations

import functools
import re

from mailbot.inbound.parse import first_id

_HEADER_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


def message_id_hint(raw: bytes) -> str:
    """The Message-ID the parse will most likely give ``raw``, from its header bytes alone
    (no MIME parse): a guess to look up ahead, "" when there is none to make. An encoded
    or odd header may parse to something else; a caller uses it only as a hint."""
    found = _HEADER_ID.search(_head(raw))
    if found is None:
        return ""
    return first_id(found.group(1).decode("ascii", "replace").replace("\r\n", " "))


def token_hints(raw: bytes, base_address: str) -> list[str]:
    """Reply tokens (``local+<token>@domain`` of ``base_address``) anywhere in ``raw``'s
    header bytes, no MIME parse: hints for a batch to look its escalations up ahead. The
    parse's recipient headers, and the token's verification, still decide."""
    found = _tokens_in(base_address).findall(_head(raw))
    return list(dict.fromkeys(token.decode().lower() for token in found))


@functools.lru_cache(maxsize=8)
def _tokens_in(base_address: str) -> re.Pattern[bytes]:
    local, _, domain = base_address.strip().lower().rpartition("@")
    return re.compile(
        re.escape(local.encode()) + rb"\+([a-z2-7]{52})@" + re.escape(domain.encode()), re.I
    )


def _head(raw: bytes) -> bytes:
    end = raw.find(b"\n\n")
    crlf = raw.find(b"\r\n\r\n")
    return raw[: min(p for p in (end, crlf, len(raw)) if p >= 0)]
