"""SMTP servers for the tests, built on aiosmtpd and bound to 127.0.0.1.

* :class:`LmtpBridge` is the "MTA": it accepts SMTP and hands every message to Dovecot by
  LMTP, so unknown recipients are judged by the real server (550) and a failed hand-off
  answers 451, like a real relay without a queue.
* :class:`FaultSmtp` is what the outbox talks to in its tests: it records every message
  and can be told to answer 451 or 550, or to drop the connection after DATA, for the
  next N messages; to close a connection at a given MAIL FROM (a relay ending an idle or
  used-up session); or to refuse new connections. It counts the connections it accepted.

Both run in aiosmtpd's Controller thread; ``start()`` returns once the port accepts.
"""

from __future__ import annotations

import asyncio
import smtplib
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

from aiosmtpd.controller import Controller

from tests.harness.ports import free_port

Fault = Literal["250", "451", "550", "drop"]
_FAULT_REPLIES = {
    "451": "451 4.3.0 Temporary failure injected by the test",
    "550": "550 5.7.1 Permanent failure injected by the test",
}


class _ServerBase:
    """Owns the aiosmtpd Controller on a random free loopback port."""

    def __init__(self, port: int | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self._controller: Any = None

    def start(self) -> None:
        # decode_data=False keeps envelope.original_content as the exact bytes sent.
        self._controller = Controller(self, hostname=self.host, port=self.port, decode_data=False)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class LmtpBridge(_ServerBase):
    """SMTP in, LMTP out to Dovecot (one LMTP transaction per SMTP message)."""

    def __init__(self, lmtp_port: int, port: int | None = None) -> None:
        super().__init__(port)
        self.lmtp_port = lmtp_port

    def _deliver(self, envelope: Any) -> dict[str, tuple[int, bytes]]:
        with smtplib.LMTP(self.host, self.lmtp_port, timeout=30) as lmtp:
            return lmtp.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        try:
            refused = await asyncio.get_running_loop().run_in_executor(
                None, self._deliver, envelope
            )
        except smtplib.SMTPRecipientsRefused as exc:
            code, msg = next(iter(exc.recipients.values()))
            return f"{code} {msg.decode(errors='replace')}"
        except (OSError, smtplib.SMTPException) as exc:
            return f"451 4.3.0 LMTP delivery failed: {exc}"
        if refused:  # SMTP has one DATA reply; a partial refusal must not pass silently
            return f"550 5.1.1 some recipients refused: {sorted(refused)}"
        return "250 2.0.0 Delivered"


@dataclass(frozen=True)
class Received:
    """One DATA the fault server saw, with the reply it chose."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    outcome: str  # "250", "451", "550" or "drop"


@dataclass
class _Plan:
    faults: list[Fault] = field(default_factory=list)


class FaultSmtp(_ServerBase):
    """An SMTP sink whose next replies can be scripted; thread-safe."""

    def __init__(self, port: int | None = None) -> None:
        super().__init__(port)
        self._lock = threading.Lock()
        self._plan = _Plan()
        self._log: list[Received] = []
        self._sessions: list[object] = []
        self._mails = 0  # MAIL FROMs seen
        self._close_at: set[int] = set()
        self._refuse_after: int | None = None
        self.refused_connections = 0

    @property
    def connections(self) -> int:
        """Connections accepted as far as EHLO (one EHLO each: no STARTTLS here)."""
        with self._lock:
            return len(self._sessions)

    def close_at_mail(self, nth: int = 1) -> None:
        """Close the connection at the ``nth`` MAIL FROM from now, before replying to it:
        a relay ending an idle or used-up session between two mails."""
        with self._lock:
            self._close_at.add(self._mails + nth)

    def refuse_connections(self, after: int = 0) -> None:
        """Drop every connection beyond the first ``after`` at its EHLO (a relay gone away)."""
        with self._lock:
            self._refuse_after = after

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        with self._lock:
            known = any(seen is session for seen in self._sessions)
            full = self._refuse_after is not None and len(self._sessions) >= self._refuse_after
            if not known and not full:
                self._sessions.append(session)
            self.refused_connections += int(full and not known)
        if full and not known:
            server.transport.abort()
        session.host_name = hostname  # what aiosmtpd does without this hook
        return responses

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        with self._lock:
            self._mails += 1
            close = self._mails in self._close_at
        if close:
            server.transport.abort()
            return "421 4.4.2 closed"  # never reaches the client
        envelope.mail_from = address  # what aiosmtpd does without this hook
        envelope.mail_options.extend(options)
        return "250 OK"

    def pass_next(self, count: int = 1) -> None:
        """Accept the next ``count`` messages (to place a later fault in a batch)."""
        self._queue("250", count)

    def fail_next(self, count: int, code: Literal["451", "550"] = "451") -> None:
        """Answer ``code`` to the next ``count`` messages (after the ones already planned)."""
        self._queue(code, count)

    def drop_next(self, count: int = 1) -> None:
        """Close the connection after DATA, without a reply, for the next ``count`` messages."""
        self._queue("drop", count)

    def _queue(self, fault: Fault, count: int) -> None:
        with self._lock:
            self._plan.faults.extend([fault] * count)

    def reset(self) -> None:
        with self._lock:
            self._plan = _Plan()
            self._log.clear()
            self._sessions.clear()
            self._mails, self._close_at, self._refuse_after = 0, set(), None
            self.refused_connections = 0

    @property
    def attempts(self) -> list[Received]:
        """Every DATA seen, including the ones we failed."""
        with self._lock:
            return list(self._log)

    @property
    def received(self) -> list[Received]:
        """Only the messages we accepted with 250."""
        return [r for r in self.attempts if r.outcome == "250"]

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            fault = self._plan.faults.pop(0) if self._plan.faults else None
            outcome = fault or "250"
            self._log.append(
                Received(
                    envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content, outcome
                )
            )
        if fault == "250":
            fault = None
        if fault == "drop":
            server.transport.abort()  # the client sees the connection vanish mid-transaction
            return "451 4.3.0 connection dropped"  # never reaches the client
        if fault is not None:
            return _FAULT_REPLIES[fault]
        return "250 2.0.0 OK"
