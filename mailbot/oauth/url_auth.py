"""The ``?auth=`` parameter shared by ``MAILBOT_IMAP_URL`` and ``MAILBOT_SMTP_URL``."""

from __future__ import annotations

from typing import Literal, cast
from urllib.parse import parse_qs

from mailbot.errors import ConfigError
from mailbot.oauth.tokens import MECHANISMS

Auth = Literal["password", "xoauth2", "oauthbearer"]
_ONLY_AUTH = "query strings other than ?auth=xoauth2|oauthbearer are not supported"


def url_auth(key: str, query: str, fragment: str, password: str | None) -> Auth:
    """The ``?auth=`` method of a mail URL (shared with ``MAILBOT_SMTP_URL``).

    A token method with a password in the URL is refused: the operator would believe the
    password is used, and it would sit in the environment for nothing.
    """
    try:
        params = parse_qs(query, strict_parsing=bool(query), max_num_fields=1)
    except ValueError:
        raise ConfigError(key, _ONLY_AUTH) from None
    if fragment or set(params) - {"auth"} or len(params.get("auth", [])) > 1:
        raise ConfigError(key, _ONLY_AUTH)
    auth = params.get("auth", ["password"])[0].lower()
    if auth == "password":
        return "password"
    if auth not in MECHANISMS:
        raise ConfigError(key, f"auth must be xoauth2 or oauthbearer (got {auth!r})")
    if password:
        raise ConfigError(key, f"auth={auth} takes no password (the token comes from OAuth)")
    return cast(Auth, auth)
