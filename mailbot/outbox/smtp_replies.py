"""What the relay answered, sorted into "retry" or "give up"; and OAuth's AUTH exchange.

Classification (the outbox acts on the exception type):

* connection refused/dropped (also after DATA, the RFC 1047 window: the resend carries
  the same Message-ID), timeouts, TLS failures and 4xx replies -> TransientDeliveryError;
* 5xx replies to MAIL FROM or DATA, or every recipient refused with 5xx ->
  PermanentDeliveryError;
* greeting, EHLO, STARTTLS and AUTH refusals are Transient whatever their code: they say nothing
  about this message, and once the operator fixes the relay settings the queue should
  drain instead of every queued mail having failed permanently (:func:`opening_refused`).

Partial refusal: when at least one recipient is accepted the mail is delivered to those,
and the send returns a :class:`SendReceipt` (a ``str``, the server's final reply) whose
``refused`` maps each refused recipient to its ``(code, message)``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from types import MappingProxyType

import aiosmtplib

from mailbot.endpoints.smtp_url import SmtpTarget
from mailbot.errors import (
    ConfigError,
    DeliveryError,
    PermanentDeliveryError,
    TransientDeliveryError,
)
from mailbot.oauth.tokens import Mechanism, OAuthError, sasl_b64


class SendReceipt(str):
    """The server's final reply text, plus the recipients it refused (empty when none).

    A ``str`` subclass so callers that only log the reply need nothing more.
    """

    refused: Mapping[str, tuple[int, str]]

    def __new__(cls, reply: str, refused: Mapping[str, tuple[int, str]]) -> SendReceipt:
        receipt = super().__new__(cls, reply)
        receipt.refused = MappingProxyType(dict(refused))
        return receipt


def _classify(code: int | None, answer: str) -> DeliveryError:
    if code is not None and 500 <= code < 600:
        return PermanentDeliveryError(answer, code)
    return TransientDeliveryError(answer, code)


def _all_refused(exc: aiosmtplib.SMTPRecipientsRefused) -> DeliveryError:
    """All recipients refused: permanent only if no refusal could change on retry."""
    refusals = exc.recipients
    answer = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in refusals)
    codes = [r.code for r in refusals]
    if codes and all(500 <= c < 600 for c in codes):
        return PermanentDeliveryError(answer, codes[0])
    transient = next((c for c in codes if 400 <= c < 500), None)
    return TransientDeliveryError(answer, transient)


def classify(exc: BaseException) -> DeliveryError | None:
    """The delivery error an exception of a send means, or ``None`` if it is not one."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return _all_refused(exc)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return _classify(exc.code, exc.message)
    if isinstance(exc, OAuthError):  # no token: about the relay settings, not this message
        return TransientDeliveryError(str(exc))
    if isinstance(exc, aiosmtplib.SMTPException | TimeoutError | OSError):
        # Disconnects, timeouts, refused connections, TLS errors, STARTTLS missing.
        return TransientDeliveryError(str(exc) or type(exc).__name__)
    return None


def opening_refused(exc: aiosmtplib.SMTPResponseException) -> TransientDeliveryError:
    """Greeting, EHLO, STARTTLS or AUTH refused: about the relay, not this message."""
    return TransientDeliveryError(exc.message, exc.code)


async def token_auth(client: aiosmtplib.SMTP, target: SmtpTarget) -> None:
    """AUTH XOAUTH2/OAUTHBEARER after EHLO (no-op for password URLs, done by connect).

    A refused token is replaced once (revoked or expired early); a second refusal raises
    SMTPAuthenticationError naming the server and its answer, never the token. On an
    error challenge (334 + JSON) we send an empty line to get the final reply (RFC 7628).
    """
    if target.auth == "password":
        return
    if target.tokens is None or target.username is None:
        raise ConfigError("MAILBOT_OAUTH_PROVIDER", f"{target!r} needs OAuth settings")
    mechanism: Mechanism = target.auth
    if client.is_ehlo_or_helo_needed:
        await client.ehlo()
    answer: aiosmtplib.SMTPResponse | None = None
    for _ in range(2):
        token = await asyncio.to_thread(target.tokens.token)
        blob = sasl_b64(mechanism, target.username, token)
        answer = await client.execute_command(b"AUTH", mechanism.upper().encode(), blob)
        if answer.code == 334:
            answer = await client.execute_command(b"")
        if answer.code == 235:
            return
        target.tokens.invalidate(token)
    assert answer is not None
    message = f"{target.host}:{target.port} refused a fresh token for {target.username}: "
    raise aiosmtplib.SMTPAuthenticationError(answer.code, message + answer.message)
