"""Token providers: Microsoft (msal, client credentials), Google (service account with
domain-wide delegation) and a generic refresh-token grant.

Each returns a zero-argument ``fetch`` for :class:`~mailbot.oauth.tokens.TokenSource`.
Errors become :class:`OAuthError` carrying only the provider's error code and description:
never the secret, the assertion or a token. The libraries are imported lazily so a
password-only deployment does not pay for them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from mailbot.oauth.config import OAuthSettings
from mailbot.oauth.tokens import AccessToken, OAuthError, TokenSource

Fetch = Callable[[], AccessToken]
_TIMEOUT = 30.0


def token_source(oauth: OAuthSettings, mailbox: str) -> TokenSource:
    """A token source for ``mailbox`` (Google's delegation subject; others ignore it)."""
    makers: dict[str, Callable[[OAuthSettings, str], Fetch]] = {
        "microsoft": _microsoft, "google": _google, "generic": _generic,
    }  # fmt: skip
    return TokenSource(makers[oauth.provider](oauth, mailbox))


def _answer(data: Any) -> str:
    """The provider's error code and description, which never echo credentials."""
    if not isinstance(data, dict):
        return "no JSON answer"
    parts = [str(data.get(k)) for k in ("error", "error_description") if data.get(k)]
    return ": ".join(parts)[:300] or "no access_token in the answer"


def _from_json(data: Any, who: str) -> AccessToken:
    if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
        raise OAuthError(f"{who} token request failed: {_answer(data)}")
    return AccessToken(data["access_token"], float(data.get("expires_in") or 3600))


def _microsoft(oauth: OAuthSettings, _mailbox: str) -> Fetch:
    import msal

    credential: Any = oauth.client_secret
    if oauth.certificate_file is not None:
        credential = _certificate(oauth.certificate_file)
    default_host = oauth.authority.rstrip("/") == "https://login.microsoftonline.com"
    try:
        app = msal.ConfidentialClientApplication(
            oauth.client_id,
            client_credential=credential,
            authority=f"{oauth.authority.rstrip('/')}/{oauth.tenant}",
            instance_discovery=None if default_host else False,
            timeout=_TIMEOUT,
        )
    except (ValueError, OSError) as exc:  # bad authority, or its discovery failed
        raise OAuthError(f"Microsoft authority {oauth.authority}: {exc}") from None
    first = [True]

    def fetch() -> AccessToken:
        if not first[0]:  # msal would hand back its cached (refused or expiring) token
            app.remove_tokens_for_client()
        first[0] = False
        try:
            data = app.acquire_token_for_client(scopes=oauth.scopes)
        except OSError as exc:  # requests' errors are OSErrors; no credential in them
            raise OAuthError(f"Microsoft token request failed: {type(exc).__name__}") from None
        return _from_json(data, "Microsoft")

    return fetch


def _certificate(path: Any) -> dict[str, str]:
    """msal's certificate credential from one PEM holding the key and the certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    pem = path.read_bytes()
    cert = x509.load_pem_x509_certificate(pem)
    return {"private_key": pem.decode(), "thumbprint": cert.fingerprint(hashes.SHA1()).hex()}


def _google(oauth: OAuthSettings, mailbox: str) -> Fetch:
    from google.auth.exceptions import GoogleAuthError
    from google.auth.transport.requests import Request
    from google.oauth2 import service_account

    try:
        creds = service_account.Credentials.from_service_account_file(  # type: ignore[no-untyped-call]
            str(oauth.service_account_file), scopes=oauth.scopes, subject=mailbox
        )
    except (OSError, ValueError, KeyError) as exc:
        raise OAuthError(f"service account file {oauth.service_account_file}: {exc}") from None

    def fetch() -> AccessToken:
        try:
            creds.refresh(Request())
        except GoogleAuthError as exc:
            raise OAuthError(f"Google token request failed: {_google_reason(exc)}") from None
        expiry = creds.expiry.replace(tzinfo=UTC) if creds.expiry else None
        left = (expiry - datetime.now(UTC)).total_seconds() if expiry else 3600.0
        return AccessToken(str(creds.token), max(left, 1.0))

    return fetch


def _google_reason(exc: Exception) -> str:
    """RefreshError's args are (message, response body); the body is the provider's JSON."""
    body = exc.args[1] if len(exc.args) > 1 else None
    return _answer(body) if isinstance(body, dict) else str(exc.args[0] if exc.args else exc)


def _generic(oauth: OAuthSettings, _mailbox: str) -> Fetch:
    """RFC 6749 §6 refresh; a rotated refresh token from the answer is kept in memory."""
    import requests

    state = {"refresh_token": oauth.refresh_token or ""}

    def fetch() -> AccessToken:
        form = {"grant_type": "refresh_token", "refresh_token": state["refresh_token"]}
        form["client_id"] = oauth.client_id or ""
        if oauth.client_secret:
            form["client_secret"] = oauth.client_secret
        if oauth.scopes:
            form["scope"] = " ".join(oauth.scopes)
        try:
            reply = requests.post(str(oauth.token_url), data=form, timeout=_TIMEOUT)
            data = reply.json()
        except requests.RequestException as exc:
            raise OAuthError(f"token endpoint {oauth.token_url}: {type(exc).__name__}") from None
        except json.JSONDecodeError:
            status = reply.status_code
            raise OAuthError(f"token endpoint {oauth.token_url}: HTTP {status}") from None
        token = _from_json(data, f"token endpoint {oauth.token_url}")
        if isinstance(data.get("refresh_token"), str):
            state["refresh_token"] = data["refresh_token"]
        return token

    return fetch
