"""Cached access tokens, refreshed before they expire and after a server refuses one.

The token is a bearer credential: it is never logged, never put in an exception message
and never shown by ``mailbot check``. Providers (:mod:`mailbot.oauth.providers`) only
fetch; the caching and expiry policy lives here so it is the same for all of them.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from mailbot.errors import MailbotError

Mechanism = Literal["xoauth2", "oauthbearer"]
MECHANISMS: tuple[Mechanism, ...] = ("xoauth2", "oauthbearer")
_MARGIN = 300.0  # refresh this long before expiry (at most a quarter of the lifetime)


class OAuthError(MailbotError):
    """No token could be fetched; the message names the provider and its answer only."""


@dataclass(frozen=True)
class AccessToken:
    """A bearer token and how many seconds it is valid from when it was issued."""

    value: str = field(repr=False)
    expires_in: float


class TokenSupply(Protocol):
    """What IMAP and SMTP logins need: a current token, and a way to reject one."""

    def token(self) -> str: ...

    def invalidate(self, token: str) -> None: ...


class TokenSource:
    """Thread-safe cache in front of a provider's ``fetch``.

    A token is reused until ``_MARGIN`` seconds (or a quarter of its lifetime, for short
    ones) before it expires, so a login never presents one that dies mid-handshake.
    ``invalidate`` is called after the server refused a token: the next ``token()``
    fetches anew even though the cached one looked valid (revoked, wrong audience).
    """

    def __init__(
        self, fetch: Callable[[], AccessToken], now: Callable[[], float] = time.monotonic
    ) -> None:
        self._fetch = fetch
        self._now = now
        self._lock = threading.Lock()
        self._value: str | None = None
        self._refresh_at = 0.0
        self.fetches = 0  # for check output and tests: how many tokens were fetched

    def token(self) -> str:
        with self._lock:
            now = self._now()
            if self._value is None or now >= self._refresh_at:
                fresh = self._fetch()
                self.fetches += 1
                margin = min(_MARGIN, fresh.expires_in / 4)
                self._value, self._refresh_at = fresh.value, now + fresh.expires_in - margin
            return self._value

    def invalidate(self, token: str) -> None:
        with self._lock:
            if self._value == token:
                self._value = None


def sasl_initial_response(mechanism: Mechanism, user: str, token: str) -> bytes:
    """The client's first (unencoded) SASL message for XOAUTH2 or OAUTHBEARER (RFC 7628)."""
    if mechanism == "xoauth2":
        return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()
    authzid = user.replace("=", "=3D").replace(",", "=2C")  # RFC 5801 saslname
    return f"n,a={authzid},\x01auth=Bearer {token}\x01\x01".encode()


def sasl_b64(mechanism: Mechanism, user: str, token: str) -> bytes:
    return base64.b64encode(sasl_initial_response(mechanism, user, token))
