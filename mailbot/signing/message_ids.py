"""Signed Message-IDs: our ids double as reply-matching tokens (SPEC §6).

A reply's ``In-Reply-To`` names the escalation. FreeScout's GHSA-6r38-6mcf-2ww3 shows what
happens when such ids are not signed (anyone who guesses the format posts as an agent), so
the id carries a truncated HMAC-SHA256 over everything else in it and
:func:`is_our_message_id` refuses ids without a valid one. At the base, beside the reply
tokens, because the outbox makes these ids and inbound threading checks them.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from functools import lru_cache

from mailbot.signing import base32

_PART = re.compile(r"[A-Za-z0-9_-]{1,64}")
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
_SIG_BYTES = 16  # 128 bits: forging one id is as hard as guessing a 128-bit key


@lru_cache(maxsize=8)
def _key(secret: bytes) -> bytes:
    """Derive a Message-ID key so the same secret can also sign reply tokens safely.

    Cached like the token keys: every outgoing mail signs its Message-ID with it."""
    if len(secret) < 16:
        raise ValueError("the secret key must be at least 16 bytes")
    return hmac.new(secret, b"mailbot message-id v1", hashlib.sha256).digest()


def _signature(secret: bytes, body: str, domain: str) -> str:
    mac = hmac.digest(_key(secret), f"{body}@{domain.lower()}".encode(), "sha256")
    return base32.encode(mac[:_SIG_BYTES])


def new_nonce() -> str:
    """A random nonce that fits the Message-ID grammar (no dots), for callers to store."""
    return secrets.token_hex(8)


def make_message_id(domain: str, secret: bytes, *, kind: str, ref: str, nonce: str) -> str:
    """Return ``kind.ref.nonce.sig@domain`` (no angle brackets).

    Parts may not contain dots because the verifier splits on them; refusing them here
    keeps every id we emit verifiable.
    """
    for name, part in (("kind", kind), ("ref", ref), ("nonce", nonce)):
        if not _PART.fullmatch(part):
            raise ValueError(f"Message-ID {name} must be 1-64 of [A-Za-z0-9_-]: {part!r}")
    if not _DOMAIN.fullmatch(domain):
        raise ValueError(f"invalid Message-ID domain: {domain!r}")
    body = f"{kind}.{ref}.{nonce}"
    return f"{body}.{_signature(secret, body, domain)}@{domain.lower()}"


def is_our_message_id(message_id: str, domain: str, secret: bytes) -> str | None:
    """Return the escalation ref named by one of our ids, or None for anything else.

    Accepts the id with or without angle brackets, since callers pass header tokens as
    found. A wrong domain, a wrong shape or a bad signature all give None: the caller
    treats such an id as not ours and falls back to the next matching rule.
    """
    candidate = message_id.strip().removeprefix("<").removesuffix(">")
    local, at, id_domain = candidate.rpartition("@")
    if not at or id_domain.lower() != domain.lower():
        return None
    parts = local.split(".")
    if len(parts) != 4 or not all(_PART.fullmatch(p) for p in parts):
        return None
    kind, ref, nonce, sig = parts
    expected = _signature(secret, f"{kind}.{ref}.{nonce}", domain)
    if not hmac.compare_digest(expected.encode(), sig.lower().encode()):
        return None
    return ref
