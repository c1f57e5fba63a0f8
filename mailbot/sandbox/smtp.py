"""The sandbox's SMTP side: aiosmtpd on 127.0.0.1, delivering straight into the maildirs.

There is no queue and no relay: the sandbox is a closed world of roster mailboxes at one
domain, so every recipient is judged at RCPT time (550 for strangers, like a real MTA with
a recipient map) and a delivery that fails answers 451 to the client instead of
bouncing later. Messages go through :class:`mailbox.Maildir`, which writes into ``tmp/``
and renames into ``new/``, so pymap never sees a half-written file.
"""

from __future__ import annotations

import asyncio
import mailbox
import socket
from collections.abc import Collection
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

HOST = "127.0.0.1"


def mailbox_for(address: str, domain: str, users: Collection[str]) -> str | None:
    """The roster mailbox (local part) that ``address`` delivers to, or None.

    ``escalations+TOKEN@domain`` delivers to ``escalations``: the signed reply token lives
    in the plus part (SPEC §6), so the sandbox must route it like a real server does.
    """
    local, at, addr_domain = address.strip().strip("<>").rpartition("@")
    if not at or addr_domain.lower() != domain.lower():
        return None
    base = local.split("+", 1)[0].lower()
    return base if base in users else None


def rcpt_refusal(address: str, domain: str, users: Collection[str]) -> str | None:
    """The 5xx reply for a recipient the sandbox will not take, or None to accept it."""
    _, at, addr_domain = address.strip().strip("<>").rpartition("@")
    if not at:
        return "550 5.1.3 Bad recipient address syntax"
    if addr_domain.lower() != domain.lower():
        return f"550 5.7.1 Relaying denied: this sandbox only takes mail for @{domain}"
    if mailbox_for(address, domain, users) is None:
        return f"550 5.1.1 <{address}>: no such mailbox in the sandbox"
    return None


class MaildirDelivery:
    """aiosmtpd handler: RCPT checks against the roster, DATA writes one copy per mailbox."""

    def __init__(self, mail_root: Path, domain: str, users: Collection[str]) -> None:
        self.mail_root = mail_root
        self.domain = domain
        self.users = frozenset(users)

    async def handle_RCPT(  # aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        refusal = rcpt_refusal(address, self.domain, self.users)
        if refusal is not None:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(  # aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        content = envelope.original_content or envelope.content
        raw = content if isinstance(content, bytes) else str(content).encode("utf-8")
        try:
            await asyncio.get_running_loop().run_in_executor(
                None, self.deliver, str(envelope.mail_from or ""), list(envelope.rcpt_tos), raw
            )
        except (OSError, mailbox.Error) as exc:
            return f"451 4.3.0 Maildir delivery failed: {exc}"
        return "250 2.0.0 Delivered"

    def deliver(self, mail_from: str, rcpt_tos: list[str], raw: bytes) -> list[str]:
        """Write ``raw`` once into each distinct recipient mailbox; returns the mailboxes.

        Each copy gets ``Return-Path`` and ``Delivered-To`` on top, as a local delivery
        agent adds them, so a Bcc'd or plus-addressed recipient stays visible to mailbot.
        """
        delivered: list[str] = []
        for rcpt in rcpt_tos:
            user = mailbox_for(rcpt, self.domain, self.users)
            if user is None or user in delivered:
                continue
            trace = f"Return-Path: <{mail_from}>\r\nDelivered-To: {rcpt}\r\n".encode()
            _maildir(self.mail_root / user).add(trace + raw)
            delivered.append(user)
        return delivered


def _maildir(path: Path) -> mailbox.Maildir:
    """The user's maildir, created if need be without racing the IMAP server.

    ``mailbox.Maildir(create=True)`` checks, then makes the folder: when pymap creates the
    same maildir in between (mailbot logging in for the first time as this mail arrives),
    the delivery failed with "File exists". Each folder made with ``exist_ok`` cannot.
    """
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    return mailbox.Maildir(path, create=False)


class LoopbackController(Controller):
    """aiosmtpd's threaded controller, serving on a socket we bound ourselves.

    Binding first lets port 0 mean "any free port" without a probe-then-bind race, and
    makes a taken fixed port fail here, synchronously, with the OS's own error.
    """

    def __init__(self, handler: MaildirDelivery, port: int) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._sock.bind((HOST, port))
            self._sock.listen(32)
        except OSError:
            self._sock.close()
            raise
        bound_port = int(self._sock.getsockname()[1])
        # server_hostname: the default is socket.getfqdn(), a DNS lookup that can hang.
        super().__init__(handler, hostname=HOST, port=bound_port, server_hostname="localhost")

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self._sock)

    def close_unstarted(self) -> None:
        """Release the socket when :meth:`start` was never reached or failed."""
        self._sock.close()
