"""Submit composed mail to the relay: one connection and one event loop per lane.

aiosmtplib is async-only while mailbot's outbox sender runs in a worker thread, so an
:class:`SmtpSession` owns a private event loop (``asyncio.Runner``) for its lifetime:
asyncio loops must not be shared between threads, and the session never leaves the
thread that opened it. It must therefore not be used from inside a running event loop.

A batch of the outbox (:func:`mailbot.outbox.sender.deliver_due`) sends the mails of
each lane (:mod:`mailbot.outbox.lanes`; one lane on SQLite or for a small batch) over one
connection: a new connection and loop per mail was most of the cost of sending 50
mails to a relay on the same network. What each failure means is unchanged
(:mod:`mailbot.outbox.smtp_replies` sorts them), and three rules keep reuse from adding
failures or resends:

* after any failure the connection is closed; the next mail opens a new one, so a reply
  or a drop of one mail never leaves the next one in a half-finished SMTP transaction;
* a reused connection the relay has closed meanwhile (a disconnect or a ``421`` before
  DATA began: the relay cannot have taken the mail) is replaced once and the mail sent
  again at once. A drop after DATA began stays a transient failure (the RFC 1047 window:
  the retry carries the same Message-ID), never an immediate resend;
* if opening a connection fails (refused, greeting, TLS, EHLO/HELO or AUTH), the rest of
  the batch is not tried: each of its mails fails with the same transient error and is retried
  after its backoff, instead of every mail waiting out its own connect timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from email.message import EmailMessage
from types import TracebackType
from typing import Literal

import aiosmtplib
from aiosmtplib.typing import Default

from mailbot.endpoints.smtp_url import SmtpTarget
from mailbot.errors import DeliveryError, TransientDeliveryError
from mailbot.oauth.tokens import OAuthError
from mailbot.outbox.compose import check_address
from mailbot.outbox.smtp_replies import SendReceipt, classify, opening_refused, token_auth

__all__ = ["DEFAULT_TIMEOUT", "SendReceipt", "SmtpSession", "SmtpTransport", "token_auth"]

DEFAULT_TIMEOUT = 30.0


class _Client(aiosmtplib.SMTP):
    """Notes whether DATA began: before it, a closed connection cannot have taken the mail."""

    data_started = False

    async def data(
        self,
        message: str | bytes,
        /,
        *,
        timeout: float | Literal[Default.token] | None = Default.token,
    ) -> aiosmtplib.SMTPResponse:
        self.data_started = True
        return await super().data(message, timeout=timeout)


class SmtpTransport:
    """The relay named by an :class:`SmtpTarget`, and how long to wait for it.

    ``tls_context`` lets tests and private relays trust a specific CA; certificates are
    always verified. ``total_timeout`` bounds one mail's delivery (with the connection it
    may open) so a server that answers slowly but steadily cannot hold a worker thread
    forever (default: 4 x ``timeout``).
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

    def session(self) -> SmtpSession:
        """A connection reused by every ``send_bytes`` until the session is closed."""
        return SmtpSession(self)

    def send(self, msg: EmailMessage, *, mail_from: str, rcpt_to: list[str]) -> str:
        """Deliver ``msg`` to ``rcpt_to``; return a :class:`SendReceipt` or raise DeliveryError.

        The envelope comes from the caller, never from the headers, so a Cc/Bcc header
        cannot widen delivery. Raises ValueError for an invalid envelope address.
        """
        data = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        return self.send_bytes(data, mail_from=mail_from, rcpt_to=rcpt_to)

    def send_bytes(self, data: bytes, *, mail_from: str, rcpt_to: list[str]) -> str:
        """Like :meth:`send` for an already serialised message (CRLF line ends), on a
        connection of its own.

        For the outbox: sending the stored bytes verbatim keeps every retry byte-identical
        and skips re-folding a parsed message, the step where CPython's header bugs live.
        """
        with self.session() as session:
            return session.send_bytes(data, mail_from=mail_from, rcpt_to=rcpt_to)

    def new_client(self) -> _Client:
        """An unconnected client for this relay (the session connects it)."""
        security = self.target.security
        return _Client(
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


class SmtpSession:
    """Mails sent one after another over one connection; a context manager (QUIT on exit)."""

    def __init__(self, transport: SmtpTransport) -> None:
        self._transport = transport
        self._loop = asyncio.Runner()
        self._client: _Client | None = None
        self._opening = False
        self._refused: DeliveryError | None = None  # why this batch could not connect

    def send_bytes(self, data: bytes, *, mail_from: str, rcpt_to: list[str]) -> str:
        """Deliver ``data``; return a :class:`SendReceipt` or raise DeliveryError."""
        check_address(mail_from)
        if not rcpt_to:
            raise ValueError("no recipients")
        for rcpt in rcpt_to:
            check_address(rcpt)
        if self._refused is not None:  # not tried: the relay refused this batch already
            raise TransientDeliveryError(self._refused.answer, self._refused.code)
        try:
            return self._loop.run(self._send(data, mail_from, list(rcpt_to)))
        except BaseException as exc:
            self._drop()
            error = classify(exc)
            if error is None:
                raise
            if self._opening:
                self._refused = error
            if error is exc:
                raise
            raise error from (None if isinstance(exc, OAuthError) else exc)

    async def _send(self, data: bytes, mail_from: str, rcpt_to: list[str]) -> SendReceipt:
        async with asyncio.timeout(self._transport.total_timeout):
            client = self._client
            if client is None:
                return await _transaction(await self._open(), data, mail_from, rcpt_to)
            try:
                return await _transaction(client, data, mail_from, rcpt_to)
            except (aiosmtplib.SMTPServerDisconnected, ConnectionError):
                if client.data_started:
                    raise
            except aiosmtplib.SMTPResponseException as exc:
                if exc.code != 421 or client.data_started:
                    raise
            self._drop()  # the relay closed the reused connection: once more on a new one
            return await _transaction(await self._open(), data, mail_from, rcpt_to)

    async def _open(self) -> _Client:
        self._opening = True
        client = self._client = self._transport.new_client()
        try:
            await client.connect()
            await _greet(client)
            await token_auth(client, self._transport.target)
        except aiosmtplib.SMTPResponseException as exc:
            raise opening_refused(exc) from exc
        self._opening = False
        return client

    def _drop(self) -> None:
        if self._client is not None:
            self._client.close()  # also after a refused AUTH, which left the socket open
            self._client = None

    def close(self) -> None:
        """QUIT and close. Every mail was answered already: QUIT's errors are ignored."""
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(aiosmtplib.SMTPException, TimeoutError, OSError):
                self._loop.run(client.quit())
            client.close()
        self._loop.close()

    def __enter__(self) -> SmtpSession:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


async def _greet(client: _Client) -> None:
    """EHLO (HELO if refused) while opening, not lazily in the first MAIL: a relay that
    refuses it has refused the connection, which is about the relay, not a mail."""
    if not client.is_ehlo_or_helo_needed:  # done by STARTTLS or a password login
        return
    try:
        await client.ehlo()
    except aiosmtplib.SMTPHeloError:
        if not client.is_connected:
            raise
        await client.helo()  # as aiosmtplib's own lazy greeting does


async def _transaction(
    client: _Client, data: bytes, mail_from: str, rcpt_to: list[str]
) -> SendReceipt:
    client.data_started = False
    refused, reply = await client.sendmail(mail_from, rcpt_to, data)
    return SendReceipt(reply, {r: (resp.code, resp.message) for r, resp in refused.items()})
