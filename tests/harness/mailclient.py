"""What a test holds: the running servers' addresses plus helpers to send, read and reset.

The helpers use plain imaplib/smtplib rather than mailbot's own IMAP code on purpose: the
harness must not share bugs with the code it tests. Reads use ``BODY.PEEK[]`` so a
helper never marks a message \\Seen behind a test's back.
"""

from __future__ import annotations

import imaplib
import re
import smtplib
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from email.message import EmailMessage
from urllib.parse import quote

from tests.harness.servers import DOMAIN, Dovecot, local_part, password_for

_UID = re.compile(rb"UID (\d+)")
_FLAGS = re.compile(rb"FLAGS \(([^)]*)\)")


class MailServers:
    """Dovecot (IMAP) plus the SMTP→LMTP bridge, all on 127.0.0.1."""

    def __init__(self, dovecot: Dovecot, smtp_port: int) -> None:
        self.dovecot = dovecot
        self.imap_host = "127.0.0.1"
        self.imap_port = dovecot.imap_port
        self.lmtp_port = dovecot.lmtp_port
        self.smtp_host = "127.0.0.1"
        self.smtp_port = smtp_port
        self.domain = DOMAIN

    def address(self, user: str) -> str:
        return f"{local_part(user)}@{self.domain}"

    def password(self, user: str) -> str:
        return password_for(user)

    def imap_url(self, user: str, folder: str = "INBOX", *, full_address: bool = True) -> str:
        """``imap://jane%40example.com:jane-pw@127.0.0.1:PORT/INBOX`` (or ``imap://jane:...``)."""
        login = self.address(user) if full_address else local_part(user)
        return (
            f"imap://{quote(login, safe='')}:{quote(self.password(user), safe='')}"
            f"@{self.imap_host}:{self.imap_port}/{quote(folder, safe='')}"
        )

    def send(
        self, message: bytes | EmailMessage, mail_from: str, rcpt_to: str | Sequence[str]
    ) -> None:
        """Submit through the bridge; raises smtplib errors exactly as a client would see them."""
        if isinstance(message, EmailMessage):  # on the wire lines end in CRLF, as an MUA sends
            raw = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        else:
            raw = message
        rcpts = [rcpt_to] if isinstance(rcpt_to, str) else list(rcpt_to)
        with smtplib.SMTP(self.smtp_host, self.smtp_port, timeout=30) as smtp:
            smtp.sendmail(mail_from, rcpts, raw)

    @contextmanager
    def imap(self, user: str) -> Iterator[imaplib.IMAP4]:
        """A logged-in imaplib session as ``user`` (local part login)."""
        conn = imaplib.IMAP4(self.imap_host, self.imap_port, timeout=30)
        try:
            conn.login(local_part(user), self.password(user))
            yield conn
        finally:
            with suppress(imaplib.IMAP4.error, OSError):
                conn.logout()
            with suppress(OSError):  # a LOGOUT that failed (a timed-out login) closed nothing
                conn.shutdown()

    def fetch_all(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Every message in ``folder`` in UID order, raw, without setting \\Seen."""
        return [raw for _, raw in self._fetch(user, folder, "BODY.PEEK[]")]

    def flags(self, user: str, folder: str = "INBOX") -> list[set[str]]:
        """The flags of every message in ``folder`` in UID order."""
        return [_parse_flags(meta) for meta, _ in self._fetch(user, folder, "FLAGS")]

    def _fetch(self, user: str, folder: str, item: str) -> list[tuple[bytes, bytes]]:
        with self.imap(user) as conn:
            typ, _ = conn.select(_quoted(folder), readonly=True)
            if typ != "OK":
                return []
            typ, data = conn.uid("FETCH", "1:*", f"(UID {item})")
        if typ != "OK":
            raise AssertionError(f"FETCH {item} in {user}/{folder} failed: {data!r}")
        return _split_fetch(data)

    def wait_for(
        self,
        user: str,
        predicate: Callable[[list[bytes]], bool],
        timeout: float = 5.0,
        folder: str = "INBOX",
    ) -> list[bytes]:
        """Poll ``folder`` until ``predicate(messages)`` holds; return those messages."""
        deadline = time.monotonic() + timeout
        while True:
            messages = self.fetch_all(user, folder)
            if predicate(messages):
                return messages
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{user}/{folder}: condition not met within {timeout}s; "
                    f"{len(messages)} message(s) there"
                )
            time.sleep(0.05)

    def folders(self, user: str) -> list[str]:
        with self.imap(user) as conn:
            _, data = conn.list()
        names = []
        for line in data:
            if isinstance(line, bytes):
                names.append(line.rsplit(b' "/" ', 1)[-1].strip().strip(b'"').decode())
        return names

    def clear(self, user: str) -> None:
        """Delete every message in every folder of ``user`` (folders themselves stay)."""
        folders = self.folders(user)
        with self.imap(user) as conn:
            for folder in folders:
                conn.select(_quoted(folder))
                typ, data = conn.search(None, "ALL")
                if typ == "OK" and data[0]:
                    conn.store("1:*", "+FLAGS.SILENT", r"(\Deleted)")
                    conn.expunge()
                conn.close()

    def append(self, user: str, folder: str, raw: bytes, flags: str = "") -> int:
        """APPEND ``raw`` (creating ``folder`` if needed); return the new message's UID."""
        with self.imap(user) as conn:
            conn.create(_quoted(folder))  # NO [ALREADYEXISTS] is fine
            typ, data = conn.append(_quoted(folder), f"({flags})" if flags else None, None, raw)
        if typ != "OK":
            raise AssertionError(f"APPEND to {user}/{folder} failed: {data!r}")
        match = re.search(rb"APPENDUID \d+ (\d+)", data[0] or b"")
        return int(match.group(1)) if match else 0

    def kick(self, user: str) -> bool:
        return self.dovecot.kick(user)

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        self.dovecot.set_uidvalidity(user, folder, value)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _split_fetch(data: list[bytes | tuple[bytes, bytes] | None]) -> list[tuple[bytes, bytes]]:
    """imaplib FETCH data → [(metadata line, literal or b"")] ordered by UID."""
    items: list[tuple[int, bytes, bytes]] = []
    for part in data:
        meta, body = (part[0], part[1]) if isinstance(part, tuple) else (part or b"", b"")
        match = _UID.search(meta)
        if match:
            items.append((int(match.group(1)), meta, body))
    return [(meta, body) for _, meta, body in sorted(items)]


def _parse_flags(meta: bytes) -> set[str]:
    match = _FLAGS.search(meta)
    return set(match.group(1).decode().split()) if match else set()
