"""`mailbot demo`: the whole lifecycle on the sandbox, over real SMTP and IMAP.

Each step sends mail as a person would, runs one service pass, and checks the result in
the recipient's mailbox and the store. Any step that does not happen stops the demo with
a non-zero exit, so the demo doubles as an end-to-end test.
"""

from __future__ import annotations

import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from imap_tools import AND, MailBoxUnencrypted

from mailbot.app import App
from mailbot.clock import OffsetClock
from mailbot.demo.mua import reply_to
from mailbot.errors import MailbotError
from mailbot.runner import Runner
from mailbot.sandbox import SandboxInfo
from mailbot.store import repo

Echo = Callable[[str], None]


class DemoFailed(MailbotError):
    """A demo step did not happen."""


@dataclass
class Demo:
    app: App
    service: Runner
    info: SandboxInfo
    clock: OffsetClock
    echo: Echo

    # --- people -----------------------------------------------------------------------
    def send(self, sender: str, message: EmailMessage | bytes, rcpt: str) -> None:
        if isinstance(message, EmailMessage):
            raw = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        else:
            raw = message
        with smtplib.SMTP(self.info.host, self.info.smtp_port, timeout=10) as smtp:
            smtp.sendmail(sender, [rcpt], raw)

    def wait_mail(self, user: str, subject_part: str, timeout: float = 10.0) -> bytes:
        """The newest message in ``user``'s INBOX whose subject contains ``subject_part``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with MailBoxUnencrypted(self.info.host, self.info.imap_port).login(
                self.info.address(user), self.info.users[self.info.address(user)]
            ) as box:
                found = [
                    m
                    for m in box.fetch(AND(all=True), mark_seen=False)
                    if subject_part.lower() in m.subject.lower()
                ]
            if found:
                return found[-1].obj.as_bytes()
            time.sleep(0.2)
        raise DemoFailed(f"no mail with {subject_part!r} reached {user}")

    def reply(self, user: str, original: bytes, body: str) -> None:
        self.send(
            self.info.address(user),
            reply_to(original, self.info.address(user), body),
            self.app.settings.address,
        )

    # --- mailbot -------------------------------------------------------------------------
    def run_pass(self) -> None:
        for _ in range(3):  # mail may land a moment after SMTP 250; drafts follow intake
            self.service.run_once()
            time.sleep(0.1)

    def expect(self, ref: str, status: str) -> None:
        with self.app.db.session() as session:
            esc = repo.get_escalation(session, ref)
            actual = esc.status if esc else "missing"
        if actual != status:
            raise DemoFailed(f"{ref} is {actual}, expected {status}")

    def step(self, text: str) -> None:
        self.echo(f"  -> {text}")

    def latest_ref(self) -> str:
        with self.app.db.session() as session:
            rows = repo.list_escalations(session, limit=1)
        if not rows:
            raise DemoFailed("no escalation was opened")
        return rows[0].ref
