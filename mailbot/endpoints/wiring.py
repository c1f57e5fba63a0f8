"""Mail targets from the settings, with a token source attached where the URL asks.

One :class:`TokenSource` per mailbox, shared by IMAP and SMTP, so both logins reuse one
token instead of fetching two.
"""

from __future__ import annotations

import dataclasses

from mailbot.endpoints.imap_url import ImapTarget, parse_imap_url
from mailbot.endpoints.smtp_url import SmtpTarget, parse_smtp_url
from mailbot.errors import ConfigError
from mailbot.oauth.config import OAuthSettings
from mailbot.oauth.providers import token_source
from mailbot.oauth.tokens import TokenSource


class TokenSources:
    """Token sources by mailbox, built lazily from the OAuth settings."""

    def __init__(self, oauth: OAuthSettings | None) -> None:
        self.oauth = oauth
        self._by_mailbox: dict[str, TokenSource] = {}

    def for_mailbox(self, key: str, auth: str, mailbox: str) -> TokenSource:
        if self.oauth is None:
            raise ConfigError(
                "MAILBOT_OAUTH_PROVIDER", f"{key} asks for auth={auth}; set the OAuth provider"
            )
        if mailbox not in self._by_mailbox:
            self._by_mailbox[mailbox] = token_source(self.oauth, mailbox)
        return self._by_mailbox[mailbox]


def imap_target(url: str, sources: TokenSources) -> ImapTarget:
    target = parse_imap_url(url)
    if target.auth == "password":
        return target
    tokens = sources.for_mailbox("MAILBOT_IMAP_URL", target.auth, target.user)
    return dataclasses.replace(target, tokens=tokens)


def smtp_target(url: str, sources: TokenSources) -> SmtpTarget:
    target = parse_smtp_url(url)
    if target.auth == "password" or target.username is None:
        return target
    tokens = sources.for_mailbox("MAILBOT_SMTP_URL", target.auth, target.username)
    return dataclasses.replace(target, tokens=tokens)
