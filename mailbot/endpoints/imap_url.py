"""``MAILBOT_IMAP_URL`` → an :class:`ImapTarget` the watcher can connect with.

Connection settings are URLs (SPEC §8) so one environment variable carries scheme, host,
credentials and folder. Parsing happens once at start-up and fails with a
:class:`~mailbot.errors.ConfigError` that says exactly which part is wrong, because a
watcher that starts with a bad URL would only fail later, in a reconnect loop.

The password is kept out of ``repr``/``str`` so the target can be logged freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, cast
from urllib.parse import quote, unquote, urlsplit

from mailbot.errors import ConfigError
from mailbot.oauth.tokens import TokenSupply
from mailbot.oauth.url_auth import Auth, url_auth

Scheme = Literal["imap", "imap+starttls", "imaps"]

_KEY = "MAILBOT_IMAP_URL"
_DEFAULT_PORTS: dict[str, int] = {"imap": 143, "imap+starttls": 143, "imaps": 993}


@dataclass(frozen=True)
class ImapTarget:
    """Where and as whom the watcher logs in; ``folder`` is the mailbox it watches."""

    scheme: Scheme
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    folder: str = "INBOX"
    auth: Auth = "password"
    tokens: TokenSupply | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return self.redacted_url()

    def redacted_url(self) -> str:
        """The URL with the password masked, for logs and ``mailbot check``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        user = quote(self.user, safe="")
        folder = quote(self.folder, safe="")
        if self.auth != "password":
            return f"{self.scheme}://{user}@{host}:{self.port}/{folder}?auth={self.auth}"
        return f"{self.scheme}://{user}:***@{host}:{self.port}/{folder}"


def parse_imap_url(url: str) -> ImapTarget:
    """Parse ``imap[s|+starttls]://user:pass@host[:port][/FOLDER]``.

    ``imaps://user@host/INBOX?auth=xoauth2`` (or ``oauthbearer``) logs in with an OAuth
    token from the ``MAILBOT_OAUTH_*`` settings and carries no password.

    User, password and folder are percent-decoded, so ``jane%40example.com`` logs in as
    ``jane@example.com``. Raises ``ConfigError("MAILBOT_IMAP_URL", reason)``; the reason
    never contains the password.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        # urlsplit's messages name the port or the IPv6 brackets, never the password.
        raise ConfigError(_KEY, f"not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        allowed = ", ".join(f"{s}://" for s in _DEFAULT_PORTS)
        raise ConfigError(_KEY, f"scheme must be one of {allowed} (got {scheme or 'none'!r})")
    if not parts.hostname:
        raise ConfigError(_KEY, "missing host (expected imap://user:pass@host:port/FOLDER)")
    if parts.username is None or not unquote(parts.username):
        raise ConfigError(_KEY, "missing user name before '@'")
    auth = url_auth(_KEY, parts.query, parts.fragment, parts.password)
    if parts.password is None and auth == "password":
        raise ConfigError(_KEY, "missing password (expected user:password@host)")
    return ImapTarget(
        scheme=cast(Scheme, scheme),
        host=parts.hostname,
        port=port if port is not None else _DEFAULT_PORTS[scheme],
        user=unquote(parts.username),
        password=unquote(parts.password or ""),
        folder=_folder(parts.path),
        auth=auth,
    )


def _folder(path: str) -> str:
    """The URL path names the watched folder; nothing (or just ``/``) means INBOX."""
    folder = unquote(path.lstrip("/"))
    if not folder:
        return "INBOX"
    if any(ch in folder for ch in "\r\n\0"):
        raise ConfigError(_KEY, "folder name contains control characters")
    return folder
