"""Opening an IMAP connection and logging in: password LOGIN or a SASL token.

Apart from imap_session.py's commands because ``check --connect`` needs the two steps
separately (greeting and TLS, then the login) to say which one failed, and because the
token path (refresh once, answer an error challenge empty) is its own small protocol.
"""

from __future__ import annotations

import imaplib
import ssl
from typing import cast

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted

from mailbot.endpoints.imap_url import ImapTarget
from mailbot.errors import ConfigError, MailboxError
from mailbot.oauth.tokens import Mechanism, sasl_initial_response


def connect_mailbox(
    target: ImapTarget, timeout: float, ssl_context: ssl.SSLContext | None = None
) -> BaseMailBox:
    """The connection alone (greeting read, TLS done), for ``check --connect`` to inspect."""
    if target.scheme == "imaps":
        context = ssl_context or ssl.create_default_context()
        return MailBox(target.host, target.port, timeout=timeout, ssl_context=context)
    if target.scheme == "imap+starttls":
        context = ssl_context or ssl.create_default_context()
        return MailBoxStartTls(target.host, target.port, timeout=timeout, ssl_context=context)
    return MailBoxUnencrypted(target.host, target.port, timeout=timeout)


def log_in(mailbox: BaseMailBox, target: ImapTarget) -> None:
    """LOGIN, or AUTHENTICATE with a token; then re-read the capabilities."""
    if target.auth == "password":
        mailbox.login(target.user, target.password, initial_folder=None)
    else:
        _token_login(mailbox, target)
    typ, data = mailbox.client.capability()
    if typ == "OK" and data and isinstance(data[-1], bytes):
        mailbox.client.capabilities = tuple(data[-1].decode().upper().split())


def _token_login(mailbox: BaseMailBox, target: ImapTarget) -> None:
    """AUTHENTICATE XOAUTH2/OAUTHBEARER; a refused token is replaced once, then we give up.

    A refusal can mean the cached token was revoked or expired early, so one fresh token
    is worth a try; a second refusal is a configuration problem and says so. The token
    is never part of the error (the server's answer does not echo it).
    """
    tokens = target.tokens
    if tokens is None:
        raise ConfigError("MAILBOT_OAUTH_PROVIDER", f"{target} needs OAuth settings")
    mechanism = target.auth.upper()
    answer = ""
    for _ in range(2):
        token = tokens.token()
        blob = sasl_initial_response(cast(Mechanism, target.auth), target.user, token)
        try:
            typ, _data = mailbox.client.authenticate(mechanism, _Responder(blob))
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            answer = str(exc).removeprefix("AUTHENTICATE command error: ")
            tokens.invalidate(token)
            continue
        if typ == "OK":
            mailbox.login_result = (typ, _data)  # type: ignore[assignment]
            return
    raise MailboxError(
        f"AUTHENTICATE {mechanism}",
        f"{target.host}:{target.port} refused a fresh token for {target.user}: {answer}",
    )


class _Responder:
    """imaplib's AUTHENTICATE callback: the SASL message first, then empty answers.

    To an error challenge the client must answer empty (RFC 7628 §3.2.3); sending the
    token again would leave the server waiting for a real answer.
    """

    def __init__(self, blob: bytes) -> None:
        self._blob: bytes | None = blob

    def __call__(self, _challenge: bytes) -> bytes:
        blob, self._blob = self._blob or b"", None
        return blob
