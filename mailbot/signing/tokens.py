"""Signed reply tokens carried in ``escalations+<token>@domain`` (SPEC §6).

A token says "this reply may act on escalation R for purpose P at draft version V, if it
comes from recipient A before time T". It must fit a local part (≤ 64 characters with
``escalations+``), so it is 32 bytes in lowercase base32 without padding: 52 characters.

Layout (big-endian)::

    0      format (high nibble) | purpose code (low nibble)
    1      year - 2000                  ─┐ the ref "ESC-YYYY-NNNN" as numbers
    2..4   sequence number (24 bits)    ─┘
    5..6   draft version (16 bits)
    7..10  expiry, Unix seconds (32 bits)
    11..14 recipient tag: keyed hash of the recipient address (32 bits)
    15..31 HMAC-SHA256 over bytes 0..14, truncated to 136 bits

The MAC does not need the recipient, so a genuine token presented by someone else is
reported as "wrong recipient" rather than "forged". The tag is keyed, so it cannot be
computed offline; a different authorised sender matches it with odds 2⁻³², and the caller
still checks From-based authority. Stale draft versions are the caller's to check against
the store (``claims.version``); single use likewise needs the store. A mail to several
people carries one token per recipient (outbox/notices.py), so each may act by replying.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import getaddresses
from functools import lru_cache
from typing import Literal

from mailbot.errors import TokenError
from mailbot.signing import base32

TOKEN_LENGTH = 52
# Append only: a purpose's position is its code inside issued tokens.
PURPOSES = ("approve", "reply", "confirm", "relay")
Reason = Literal["forged", "expired", "wrong recipient", "malformed"]

_FORMAT = 1
_FIELDS = struct.Struct(">BBHBHI4s")  # head, year, seq-high16, seq-low8, version, expiry, tag
_BODY = _FIELDS.size  # 15
_MAC = 32 - _BODY  # 17
_TOKEN = re.compile(rf"[a-z2-7]{{{TOKEN_LENGTH}}}")
_REF = re.compile(r"ESC-(\d{4})-(\d{4,8})")


class TokenRejected(TokenError):
    """A token failed verification; ``reason`` is one of :data:`Reason`, for the audit row.

    ``ref`` is set when the MAC was genuine (wrong recipient, expired): the escalation is
    then known for certain, so a colleague presenting someone else's token can be told who
    may act on it instead of hearing nothing.
    """

    def __init__(self, reason: Reason, ref: str | None = None) -> None:
        self.reason: Reason = reason
        self.ref = ref
        super().__init__(reason)


# Team mail goes to list addresses and is answered by members of possibly several teams, so
# its token is bound to "the routed team" rather than one address; authority is still the
# From address being a member (or the address) of a team the escalation is routed to.
TEAM_RECIPIENT = "team"


@dataclass(frozen=True)
class TokenClaims:
    ref: str
    purpose: str
    version: int
    recipient: str  # lower-cased addr-spec the token was issued to
    expires_at: datetime


@lru_cache(maxsize=8)
def _keys(secret: bytes) -> tuple[bytes, bytes]:
    """Separate MAC and tag keys, also apart from the Message-ID key derived from ``secret``.

    Cached: every reply and every outgoing mail needs them, and the secret never changes
    while the process runs (a handful of entries covers tests with several secrets)."""
    if len(secret) < 16:
        raise ValueError("the secret key must be at least 16 bytes")
    mac_key = hmac.new(secret, b"mailbot reply-token mac v1", hashlib.sha256).digest()
    tag_key = hmac.new(secret, b"mailbot reply-token recipient v1", hashlib.sha256).digest()
    return mac_key, tag_key


def _tag(tag_key: bytes, recipient: str) -> bytes:
    return hmac.digest(tag_key, recipient.strip().lower().encode(), "sha256")[:4]


def _mac(mac_key: bytes, body: bytes) -> bytes:
    return hmac.digest(mac_key, body, "sha256")[:_MAC]  # one-shot: the C fast path


def _parse_ref(ref: str) -> tuple[int, int]:
    match = _REF.fullmatch(ref)
    if match is None:
        raise ValueError(f"ref must look like ESC-2026-0001: {ref!r}")
    year, seq = int(match.group(1)), int(match.group(2))
    if not (2000 <= year <= 2255 and 0 < seq < 1 << 24) or _format_ref(year, seq) != ref:
        raise ValueError(f"ref out of range or not canonical: {ref!r}")
    return year, seq


def _format_ref(year: int, seq: int) -> str:
    return f"ESC-{year}-{seq:04d}"


def issue_token(
    secret: bytes, *, ref: str, purpose: str, version: int, recipient: str, expires_at: datetime
) -> str:
    """Return a 52-character token; raises ValueError for values the layout cannot hold."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}; known: {PURPOSES}")
    if not 0 <= version <= 0xFFFF:
        raise ValueError("draft version must fit 16 bits")
    if expires_at.tzinfo is None:
        raise ValueError("expires_at must be timezone-aware")
    expiry = int(expires_at.timestamp())
    if not 0 < expiry <= 0xFFFFFFFF:
        raise ValueError("expires_at out of range")
    mac_key, tag_key = _keys(secret)
    year, seq = _parse_ref(ref)
    head = _FORMAT << 4 | (PURPOSES.index(purpose) + 1)
    tag = _tag(tag_key, recipient)
    body = _FIELDS.pack(head, year - 2000, seq >> 8, seq & 0xFF, version, expiry, tag)
    raw = body + _mac(mac_key, body)
    return base32.encode(raw)


def _decode(token: str) -> bytes:
    raw = base32.decode(token.strip().lower(), 32)
    if raw is None:  # not 52 base32 characters, or non-zero trailing bits (a 2nd spelling)
        raise TokenRejected("malformed")
    if raw[0] >> 4 != _FORMAT:
        raise TokenRejected("malformed")
    return raw


def verify_token(secret: bytes, token: str, *, recipient: str, now: datetime) -> TokenClaims:
    """Return the claims of a genuine, unexpired token issued to ``recipient``.

    Raises :class:`TokenRejected` with reason "malformed", "forged", "wrong recipient" or
    "expired", checked in that order. MAC and tag comparisons are constant-time.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    mac_key, tag_key = _keys(secret)
    raw = _decode(token)
    body, mac = raw[:_BODY], raw[_BODY:]
    if not hmac.compare_digest(_mac(mac_key, body), mac):
        raise TokenRejected("forged")
    head, year, seq_high, seq_low, version, expiry, tag = _FIELDS.unpack(body)
    code = head & 0x0F
    if not 1 <= code <= len(PURPOSES):
        raise TokenRejected("malformed")
    ref = _format_ref(year + 2000, seq_high << 8 | seq_low)
    if not hmac.compare_digest(_tag(tag_key, recipient), tag):
        raise TokenRejected("wrong recipient", ref)
    expires_at = datetime.fromtimestamp(expiry, UTC)
    if now >= expires_at:
        raise TokenRejected("expired", ref)
    return TokenClaims(
        ref=ref,
        purpose=PURPOSES[code - 1],
        version=version,
        recipient=recipient.strip().lower(),
        expires_at=expires_at,
    )


def genuine_ref(secret: bytes, token: str) -> str | None:
    """The escalation a token with a genuine MAC names, whoever presents it and whenever;
    None for anything else. Only a hint (a batch locks and loads these escalations ahead):
    whether the token may act is :func:`verify_token`'s to say."""
    try:
        raw = _decode(token)
    except TokenRejected:
        return None
    body = raw[:_BODY]
    if not hmac.compare_digest(_mac(_keys(secret)[0], body), raw[_BODY:]):
        return None
    _head, year, seq_high, seq_low, *_rest = _FIELDS.unpack(body)
    return _format_ref(year + 2000, seq_high << 8 | seq_low)


def reply_address(base_address: str, token: str) -> str:
    """``escalations@example.com`` + token -> ``escalations+<token>@example.com``."""
    local, at, domain = base_address.rpartition("@")
    if not at or not local or "+" in local or not domain:
        raise ValueError(f"base address must be local@domain without '+': {base_address!r}")
    if not re.fullmatch(r"[a-z2-7]+", token):
        raise ValueError("token must be lowercase base32")
    if len(local) + 1 + len(token) > 64:
        raise ValueError("reply address local part would exceed 64 characters")
    return f"{local}+{token}@{domain}"


_BARE_ADDRESS = re.compile(r'[^\s<>(),;:"\[\]\\@]+@[^\s<>(),;:"\[\]\\@]+')


def _addresses(items: Iterable[str]) -> Iterator[str]:
    """Addr-specs in ``items``: a bare address as it is (the parser already gave those),
    anything with a display name, comment or list through ``getaddresses``."""
    for item in items:
        if _BARE_ADDRESS.fullmatch(item):
            yield item
        else:
            yield from (address for _name, address in getaddresses([item]))


def token_from_recipients(recipients: Iterable[str], base_address: str) -> str | None:
    """The first token of :func:`tokens_from_recipients`, or None when no address is ours."""
    return next(iter(tokens_from_recipients(recipients, base_address)), None)


def tokens_from_recipients(recipients: Iterable[str], base_address: str) -> tuple[str, ...]:
    """Every token in a reply's recipient headers (To, Cc, Delivered-To, X-Original-To).

    A notice to several people carries one reply address per recipient (each token bound
    to its own recipient), and a reply goes back to all of them, so the caller tries each.
    Items may be bare addresses or whole header values with display names. Well-formed
    tokens come first, in order; then any other ``base+something`` candidate, so the
    caller can verify it and audit why it failed. Empty when no address is ours.
    """
    local, _, domain = base_address.strip().lower().rpartition("@")
    prefix = f"{local}+"
    tokens: list[str] = []
    others: list[str] = []
    for address in _addresses(recipients):
        addr_local, at, addr_domain = address.strip().lower().rpartition("@")
        if not at or addr_domain != domain or not addr_local.startswith(prefix):
            continue
        candidate = addr_local[len(prefix) :]
        if _TOKEN.fullmatch(candidate):
            tokens.append(candidate)
        elif candidate:
            others.append(candidate)
    return tuple(dict.fromkeys(tokens + others))
