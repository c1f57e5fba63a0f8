"""``MAILBOT_OAUTH_*`` settings: which token provider, and its credentials.

Kept out of :mod:`mailbot.settings` as one nested block (``[oauth]`` in the TOML file) so
the main settings stay about the product; every error names the environment variable.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mailbot.errors import ConfigError

Provider = Literal["microsoft", "google", "generic"]

PREFIX = "MAILBOT_OAUTH_"
FIELDS = (
    "provider", "tenant", "client_id", "client_secret", "certificate_file",
    "service_account_file", "token_url", "refresh_token", "authority", "scope",
)  # fmt: skip
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    # each inner tuple: at least one of these must be set
    "microsoft": (("tenant",), ("client_id",), ("client_secret", "certificate_file")),
    "google": (("service_account_file",),),
    "generic": (("token_url",), ("client_id",), ("refresh_token",)),
}
DEFAULT_SCOPES: dict[str, str] = {
    "microsoft": "https://outlook.office365.com/.default",
    "google": "https://mail.google.com/",
    "generic": "",
}


class OAuthSettings(BaseModel):
    """One provider's credentials; secrets never appear in ``repr``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: Provider
    tenant: str | None = None
    client_id: str | None = None
    client_secret: str | None = Field(None, repr=False)
    certificate_file: Path | None = Field(None, description="PEM: private key + certificate.")
    service_account_file: Path | None = None
    token_url: str | None = None
    refresh_token: str | None = Field(None, repr=False)
    authority: str = Field("https://login.microsoftonline.com", description="Microsoft only.")
    scope: str | None = Field(None, description="Default: the provider's mail scope.")

    @property
    def scopes(self) -> list[str]:
        scope = DEFAULT_SCOPES[self.provider] if self.scope is None else self.scope
        return scope.split()


def load_oauth(env: Mapping[str, str], table: Any) -> OAuthSettings | None:
    """``[oauth]`` from the TOML file, overridden by ``MAILBOT_OAUTH_*``; None when unset."""
    raw: dict[str, Any] = dict(table) if isinstance(table, Mapping) else {}
    if table is not None and not isinstance(table, Mapping):
        raise ConfigError("oauth", "must be a table ([oauth])")
    for name in FIELDS:
        if env.get(PREFIX + name.upper()):
            raw[name] = env[PREFIX + name.upper()]
    if not raw:
        return None
    if not raw.get("provider"):
        raise ConfigError(PREFIX + "PROVIDER", "must be microsoft, google or generic")
    try:
        oauth = OAuthSettings(**raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err["loc"][0]) if err["loc"] else "provider"
        raise ConfigError(PREFIX + name.upper(), err["msg"]) from None
    for group in _NEEDS[oauth.provider]:
        if not any(getattr(oauth, name) for name in group):
            names = " or ".join(PREFIX + n.upper() for n in group)
            raise ConfigError(names, f"required for provider {oauth.provider}")
    return oauth
