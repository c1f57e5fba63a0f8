"""Test doubles for the watcher's integration tests: cursor store, handler, messages.

They live in the harness so both watcher test modules (single passes and the
long-running loop) share one definition.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from mailbot.domain import Disposition
from mailbot.inbound.watch import FetchedMail, WatcherSettings
from tests.harness.mailclient import MailServers

# Short timeouts and backoff so reconnect tests take a second, not a minute.
FAST = WatcherSettings(backoff_base=0.1, backoff_cap=0.5, timeout=10.0)


class MemoryCursors:
    """CursorStore in memory; ``history`` shows every save in order."""

    def __init__(self) -> None:
        self.saved: dict[str, tuple[int, int]] = {}
        self.history: list[tuple[str, int, int]] = []

    def load_cursor(self, folder: str) -> tuple[int, int] | None:
        return self.saved.get(folder)

    def save_cursor(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.saved[folder] = (uidvalidity, last_uid)
        self.history.append((folder, uidvalidity, last_uid))


class Recorder:
    """Handler that records every call; ``decide`` picks the outcome from the raw bytes."""

    def __init__(self, decide: Callable[[bytes], Disposition] | None = None) -> None:
        self.calls: list[FetchedMail] = []
        self.called = threading.Event()
        self._decide = decide or (lambda raw: Disposition.PROCESSED)

    def __call__(self, mail: FetchedMail) -> Disposition:
        self.calls.append(mail)
        self.called.set()
        return self._decide(mail.raw)

    def subjects(self) -> list[str]:
        return [subject_of(m.raw) for m in self.calls]


def raw_message(subject: str, body: str = "hello") -> bytes:
    """A minimal CRLF message with a unique Message-ID."""
    msg_id = f"<{uuid.uuid4().hex}@acme.test>"
    return (
        f"From: csm@example.com\r\nTo: escalations@example.com\r\nSubject: {subject}\r\n"
        f"Message-ID: {msg_id}\r\n\r\n{body}\r\n"
    ).encode()


def subject_of(raw: bytes) -> str:
    for line in raw.split(b"\r\n"):
        if line.startswith(b"Subject: "):
            return line[9:].decode()
    return ""


def subjects_in(servers: MailServers, user: str, folder: str) -> list[str]:
    return [subject_of(raw) for raw in servers.fetch_all(user, folder)]


def fresh_mailbox(servers: MailServers, user: str) -> str:
    """Delete all of ``user``'s mail and return the watcher URL for their INBOX."""
    servers.clear(user)
    return servers.imap_url(user)


def backlog(servers: MailServers, user: str, subjects: list[str]) -> str:
    """A fresh mailbox holding one minimal message per subject, in order; its URL."""
    url = fresh_mailbox(servers, user)
    for subject in subjects:
        servers.append(user, "INBOX", raw_message(subject))
    return url
