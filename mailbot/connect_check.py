"""``mailbot check --connect``: log in to IMAP and SMTP exactly as the service would.

One line per server: what it greeted with, the capabilities mailbot cares about (IDLE,
MOVE, UIDPLUS; the AUTH mechanisms offered) and the login method used; or why the login
failed, in the server's own words. Passwords and tokens never appear: targets print
redacted and servers do not echo credentials.
"""

from __future__ import annotations

import asyncio
import imaplib
import re
from collections.abc import Callable
from functools import partial

import aiosmtplib
from imap_tools.errors import UnexpectedCommandStatusError

from mailbot.endpoints.imap_url import ImapTarget
from mailbot.endpoints.smtp_url import SmtpTarget
from mailbot.endpoints.wiring import TokenSources, imap_target, smtp_target
from mailbot.errors import ConfigError, MailbotError
from mailbot.inbound import imap_login, imap_session
from mailbot.outbox.smtp import token_auth
from mailbot.settings import Settings

_IMAP_FEATURES = ("IDLE", "MOVE", "UIDPLUS")
_BRACKET = re.compile(r"^\[[^\]]*\]\s*")


class ConnectFailed(MailbotError):
    """A login failed; the message is the one line ``check --connect`` prints."""


def check_imap(target: ImapTarget, timeout: float = 20.0) -> str:
    """Connect, log in, log out; the report line, or ConnectFailed naming the server."""
    where = f"imap: FAILED {target}"
    try:
        mailbox = imap_login.connect_mailbox(target, timeout)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ConnectFailed(f"{where}: cannot connect: {_oneline(exc)}") from None
    try:
        greeting = _greeting(mailbox.client.welcome)
        offered = mailbox.client.capabilities
        mechanisms = sorted(c.removeprefix("AUTH=") for c in offered if c.startswith("AUTH="))
        try:
            imap_login.log_in(mailbox, target)
        except UnexpectedCommandStatusError as exc:  # LOGIN refused
            raise ConnectFailed(f"{where}: server said: {_answer(exc.command_result)}") from None
        except (OSError, imaplib.IMAP4.error, MailbotError) as exc:
            raise ConnectFailed(f"{where}: {_oneline(exc)}") from None
        caps = set(mailbox.client.capabilities)
    finally:
        imap_session.close_quietly(mailbox)
    features = ", ".join(f"{name} {'yes' if name in caps else 'NO'}" for name in _IMAP_FEATURES)
    return (
        f'imap: ok {target} (logged in by {target.auth}); greeting "{greeting}"; {features}; '
        f"AUTH {' '.join(mechanisms) or '(none advertised)'}"
    )


def check_smtp(target: SmtpTarget, timeout: float = 20.0) -> str:
    """Connect, EHLO (STARTTLS), authenticate if configured, QUIT; like :func:`check_imap`."""
    return asyncio.run(_smtp(target, timeout))


async def _smtp(target: SmtpTarget, timeout: float) -> str:
    where = f"smtp: FAILED {_smtp_name(target)}"
    client = aiosmtplib.SMTP(
        hostname=target.host,
        port=target.port,
        use_tls=target.security == "tls",
        start_tls=target.security == "starttls",
        timeout=timeout,
        username=target.username if target.auth == "password" else None,
        password=target.password,
    )
    try:
        reply = await client.connect()
        await token_auth(client, target)
    except aiosmtplib.SMTPResponseException as exc:
        client.close()
        raise ConnectFailed(f"{where}: server said: {exc.code} {_oneline(exc.message)}") from None
    except (aiosmtplib.SMTPException, OSError, MailbotError) as exc:
        client.close()
        raise ConnectFailed(f"{where}: {_oneline(exc)}") from None
    if client.is_ehlo_or_helo_needed:
        await client.ehlo()
    auth = " ".join(sorted(m.upper() for m in client.server_auth_methods))
    login = target.auth if target.username else "no login"
    try:
        await client.quit()
    except (aiosmtplib.SMTPException, OSError):
        client.close()
    return (
        f'smtp: ok {_smtp_name(target)} ({login}); greeting "{_oneline(reply.message)}"; '
        f"AUTH {auth or '(none advertised)'}"
    )


def _smtp_name(target: SmtpTarget) -> str:
    user = f"{target.username}@" if target.username else ""
    return f"{target.security} {user}{target.host}:{target.port}"


def _greeting(welcome: bytes) -> str:
    """``* OK [CAPABILITY …] Dovecot ready.`` → ``Dovecot ready.``"""
    text = welcome.decode(errors="replace").strip().removeprefix("* OK").strip()
    return _oneline(_BRACKET.sub("", text))


def _answer(result: object) -> str:
    """imap-tools' (typ, [data]) → the server's text, e.g. ``[AUTHENTICATIONFAILED] …``."""
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], list):
        parts = [p.decode(errors="replace") if isinstance(p, bytes) else str(p) for p in result[1]]
        return _oneline(f"{result[0]} " + " ".join(parts))
    return _oneline(str(result))


def _oneline(value: object) -> str:
    return " ".join(str(value).split())[:300]


def check_connections(settings: Settings, echo: Callable[[str], object]) -> bool:
    """Echo both report lines; True when both logins worked (both are tried either way)."""
    if not settings.imap_url or not settings.smtp_url:
        raise ConfigError("MAILBOT_IMAP_URL", "--connect needs MAILBOT_IMAP_URL and _SMTP_URL")
    sources = TokenSources(settings.oauth)
    imap, smtp = imap_target(settings.imap_url, sources), smtp_target(settings.smtp_url, sources)
    imap_ok = _report(echo, partial(check_imap, imap))
    return _report(echo, partial(check_smtp, smtp)) and imap_ok


def _report(echo: Callable[[str], object], probe: Callable[[], str]) -> bool:
    try:
        echo(probe())
    except ConnectFailed as exc:
        echo(str(exc))
        return False
    return True
