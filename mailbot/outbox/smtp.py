"""Submit composed mail to the relay and sort every failure into "retry" or "give up".

aiosmtplib is async-only while mailbot's outbox sender runs in a worker thread, so
:meth:`SmtpTransport.send` runs each delivery on a fresh event loop with ``asyncio.run``:
asyncio loops must not be shared between threads, a private loop per send cannot be
disturbed by another send's failure, and the cost (well under a millisecond) is noise next
to an SMTP round trip. It must therefore not be called from inside a running event loop.

Classification (the outbox acts on the exception type):

* connection refused/dropped (also after DATA, the RFC 1047 window: the resend carries
  the same Message-ID), timeouts, TLS failures and 4xx replies -> TransientDeliveryError;
* 5xx replies to MAIL FROM or DATA, or every recipient refused with 5xx ->
  PermanentDeliveryError;
* greeting, EHLO, STARTTLS and AUTH refusals are Transient whatever their code: they say nothing
  about this message, and once the operator fixes the relay settings the queue should
  drain instead of every queued mail having failed permanently.

Partial refusal: when at least one recipient is accepted the mail is delivered to those,
and ``send`` returns a :class:`SendReceipt` (a ``str``, the server's final reply) whose
``refused`` maps each refused recipient to its ``(code, message)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
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
from mailbot.outbox.compose import check_address

DEFAULT_TIMEOUT = 30.0


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


class SmtpTransport:
    """Delivers one message per connection to the relay named by an :class:`SmtpTarget`.

    ``tls_context`` lets tests and private relays trust a specific CA; certificates are
    always verified. ``total_timeout`` bounds a whole delivery so a server that answers
    slowly but steadily cannot hold a worker thread forever (default: 4 x ``timeout``).
    """

    def __init__(
        self,
        target: SmtpTarget,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        tls_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        self.target = target
        self.timeout = timeout
        self.total_timeout = total_timeout if total_timeout is not None else 4 * timeout
        self.tls_context = tls_context
        self.local_hostname = local_hostname

    def send(self, msg: EmailMessage, *, mail_from: str, rcpt_to: list[str]) -> str:
        """Deliver ``msg`` to ``rcpt_to``; return a :class:`SendReceipt` or raise DeliveryError.

        The envelope comes from the caller, never from the headers, so a Cc/Bcc header
        cannot widen delivery. Raises ValueError for an invalid envelope address.
        """
        data = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        return self.send_bytes(data, mail_from=mail_from, rcpt_to=rcpt_to)

    def send_bytes(self, data: bytes, *, mail_from: str, rcpt_to: list[str]) -> str:
        """Like :meth:`send` for an already serialised message (CRLF line ends).

        For the outbox: sending the stored bytes verbatim keeps every retry byte-identical
        and skips re-folding a parsed message, the step where CPython's header bugs live.
        """
        check_address(mail_from)
        if not rcpt_to:
            raise ValueError("no recipients")
        for rcpt in rcpt_to:
            check_address(rcpt)
        try:
            return asyncio.run(self._deliver(data, mail_from, list(rcpt_to)))
        except aiosmtplib.SMTPRecipientsRefused as exc:
            raise _all_refused(exc) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise _classify(exc.code, exc.message) from exc
        except OAuthError as exc:  # no token: about the relay settings, not this message
            raise TransientDeliveryError(str(exc)) from None
        except (aiosmtplib.SMTPException, TimeoutError, OSError) as exc:
            # Disconnects, timeouts, refused connections, TLS errors, STARTTLS missing.
            raise TransientDeliveryError(str(exc) or type(exc).__name__) from exc

    async def _deliver(self, data: bytes, mail_from: str, rcpt_to: list[str]) -> SendReceipt:
        security = self.target.security
        client = aiosmtplib.SMTP(
            hostname=self.target.host,
            port=self.target.port,
            use_tls=security == "tls",
            start_tls=security == "starttls",
            tls_context=self.tls_context,
            timeout=self.timeout,
            username=self.target.username if self.target.auth == "password" else None,
            password=self.target.password,
            local_hostname=self.local_hostname,
        )
        async with asyncio.timeout(self.total_timeout):
            try:
                try:
                    await client.connect()
                    await token_auth(client, self.target)
                except aiosmtplib.SMTPResponseException as exc:
                    # Greeting, EHLO, STARTTLS or AUTH refused: about the relay, not this message.
                    raise TransientDeliveryError(exc.message, exc.code) from exc
                refused, reply = await client.sendmail(mail_from, rcpt_to, data)
            except BaseException:
                client.close()  # also after a refused AUTH, which left the socket open
                raise
        # The relay has accepted the mail: nothing after this may turn it into a failure
        # (and a resend), so QUIT runs outside the deadline and its errors are ignored.
        with contextlib.suppress(aiosmtplib.SMTPException, TimeoutError, OSError):
            await client.quit()
        client.close()
        return SendReceipt(reply, {r: (resp.code, resp.message) for r, resp in refused.items()})


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
