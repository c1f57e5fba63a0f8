"""``MAILBOT_SMTP_URL`` parsing: one URL names the relay, its TLS mode and credentials.

Errors are :class:`ConfigError` naming the setting and never quoting the URL, because the
URL may hold a password and start-up errors end up in logs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import SplitResult, unquote, urlsplit

from mailbot.errors import ConfigError
from mailbot.oauth.tokens import TokenSupply
from mailbot.oauth.url_auth import Auth, url_auth

Security = Literal["plain", "starttls", "tls"]

_KEY = "MAILBOT_SMTP_URL"
_SCHEMES: dict[str, tuple[Security, int]] = {
    "smtp": ("plain", 25),
    "smtp+starttls": ("starttls", 587),
    "smtps": ("tls", 465),
}


@dataclass(frozen=True)
class SmtpTarget:
    """Where and how to submit mail. ``security`` is "plain", "starttls" or "tls" (implicit)."""

    host: str
    port: int
    security: Security
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: Auth = "password"
    tokens: TokenSupply | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        """Show everything but the password, so targets can be logged as they are."""
        secret = "'***'" if self.password is not None else "None"
        return (
            f"SmtpTarget(host={self.host!r}, port={self.port}, security={self.security!r}, "
            f"username={self.username!r}, password={secret}, auth={self.auth!r})"
        )


def _port(parts: SplitResult, default: int) -> int:
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(_KEY, "port must be a number from 1 to 65535") from None
    if port == 0:
        raise ConfigError(_KEY, "port must be a number from 1 to 65535")
    return default if port is None else port


def _credentials(parts: SplitResult, auth: Auth) -> tuple[str | None, str | None]:
    if parts.username is None:
        if auth != "password":
            raise ConfigError(_KEY, f"auth={auth} needs the mailbox as user (smtp://user@host)")
        return None, None
    username = unquote(parts.username)
    if not username:
        raise ConfigError(_KEY, "user name before '@' is empty")
    if auth != "password":
        return username, None
    if parts.password is None:
        raise ConfigError(_KEY, "a user name needs a password (smtp://user:password@host)")
    return username, unquote(parts.password)


def parse_smtp_url(url: str) -> SmtpTarget:
    """Parse ``smtp://``, ``smtp+starttls://`` or ``smtps://[user:password@]host[:port]``.

    ``smtp+starttls://user@host?auth=xoauth2`` (or ``oauthbearer``) authenticates with an
    OAuth token from the ``MAILBOT_OAUTH_*`` settings instead of a password.

    User and password are percent-decoded so passwords may contain ``@``, ``:`` or ``/``.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise ConfigError(_KEY, "scheme must be smtp://, smtp+starttls:// or smtps://")
    security, default_port = _SCHEMES[scheme]
    if not parts.hostname:
        raise ConfigError(_KEY, "no host name")
    if parts.path not in ("", "/"):
        raise ConfigError(_KEY, "unexpected path after the host")
    auth = url_auth(_KEY, parts.query, parts.fragment, parts.password)
    username, password = _credentials(parts, auth)
    return SmtpTarget(
        host=parts.hostname,
        port=_port(parts, default_port),
        security=security,
        username=username,
        password=password,
        auth=auth,
    )
