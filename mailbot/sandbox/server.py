"""The embedded sandbox: loopback SMTP + IMAP for the sample roster, no root, no Docker.

Layout of ``data_dir``: ``passwords.json`` (address -> password, 0600), ``mail/`` (pymap's
base dir: its user files and one Maildir++ per roster local part) and ``imap.log``.

Passwords are random per data dir and persisted, so a Thunderbird account configured
once keeps working across restarts, yet no two installations share a guessable password.
They are printed in the banner: the sandbox only listens on 127.0.0.1 and holds demo mail.

Ports: 0 (the default) means "any free port" and suits tests. A person wants stable
ports for a mail client, so :meth:`Sandbox.on_default_ports` prefers 10143/10025 and
falls back to free ports only when those are taken; the banner always shows the truth.
"""

from __future__ import annotations

import json
import secrets
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

from mailbot.errors import MailbotError
from mailbot.sandbox.imap import ImapStartError, PymapProcess, write_users
from mailbot.sandbox.smtp import HOST, LoopbackController, MaildirDelivery

ROSTER = ("escalations", "jane", "omar", "lisa", "mike", "pat", "sam", "fran", "cro",
          "eng", "product", "cs-leads", "support-leads", "finance", "exec-office")  # fmt: skip
DOMAIN = "example.com"
DEFAULT_IMAP_PORT = 10143
DEFAULT_SMTP_PORT = 10025
_AUTO_PORT_ATTEMPTS = 3


class SandboxError(MailbotError):
    """The sandbox could not start (port taken, pymap failed); the reason says which."""


@dataclass(frozen=True)
class SandboxInfo:
    """Where the running sandbox listens and how to log in (address -> password)."""

    host: str
    imap_port: int
    smtp_port: int
    domain: str
    users: dict[str, str]

    def address(self, user: str) -> str:
        """``jane`` -> ``jane@example.com``; full addresses pass through."""
        return user if "@" in user else f"{user}@{self.domain}"

    def imap_url(self, user: str, folder: str = "INBOX") -> str:
        """A ``MAILBOT_IMAP_URL`` for ``user`` (local part or address), folder included."""
        address = self.address(user)
        password = self.users[address]
        credentials = f"{quote(address, safe='')}:{quote(password, safe='')}"
        return f"imap://{credentials}@{self.host}:{self.imap_port}/{quote(folder, safe='')}"

    def smtp_url(self) -> str:
        """A ``MAILBOT_SMTP_URL``: plain SMTP, no login (the sandbox needs none)."""
        return f"smtp://{self.host}:{self.smtp_port}"

    def banner(self) -> str:
        """The one-time start-up text: endpoints, mailboxes with passwords, a test send."""
        width = max(len(address) for address in self.users)
        rows = [f"    {address:<{width}}  {pw}" for address, pw in sorted(self.users.items())]
        esc = self.address("escalations")
        return "\n".join(
            [
                f"mailbot sandbox mail server (127.0.0.1 only; mail for @{self.domain} only)",
                f"  SMTP  {self.host}:{self.smtp_port}  no TLS, no login",
                f"  IMAP  {self.host}:{self.imap_port}  no TLS; log in with the full address",
                "  mailboxes and passwords:",
                *rows,
                "  send a test forward (Python only, or the same with swaks):",
                f"    python3 -c \"import smtplib; smtplib.SMTP('{self.host}', {self.smtp_port})"
                f".sendmail('{self.address('jane')}', ['{esc}'], 'From: {self.address('jane')}"
                f"\\r\\nTo: {esc}\\r\\nSubject: Fwd: Acme API outage\\r\\n\\r\\nP1 please."
                "\\r\\n\\r\\n---------- Forwarded message ---------\\r\\nFrom: Bob "
                "<bob@acme.example>\\r\\nSubject: API down\\r\\n\\r\\nOur API calls fail "
                "since 4.2.1.\\r\\n')\"",
                f"    swaks --server {self.host}:{self.smtp_port} --from {self.address('jane')}"
                f' --to {esc} --header "Subject: Fwd: Acme outage"'
                ' --body "---------- Forwarded message ---------"',
            ]
        )


def _load_passwords(path: Path, domain: str) -> dict[str, str]:
    """Read the persisted passwords, adding a random one for any new roster member."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        stored = {}
    except (OSError, ValueError) as exc:
        raise SandboxError(f"cannot read sandbox passwords {path}: {exc}") from exc
    if not isinstance(stored, dict):
        raise SandboxError(f"{path} should map addresses to passwords; delete it to reset")
    users = {f"{u}@{domain}": str(stored.get(f"{u}@{domain}") or "") for u in ROSTER}
    if all(users.values()) and set(stored) == set(users):
        return users
    users = {address: pw or secrets.token_hex(6) for address, pw in users.items()}
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    path.write_text(json.dumps(users, indent=2) + "\n", encoding="utf-8")
    return users


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _wait_accepting(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((HOST, port), timeout=1.0):
                return
        except OSError as exc:
            if time.monotonic() > deadline:
                raise SandboxError(f"127.0.0.1:{port} does not accept connections") from exc
            time.sleep(0.05)


class Sandbox:
    """SMTP (aiosmtpd, in a thread) + IMAP (pymap, child process) over one data dir."""

    def __init__(self, data_dir: Path, imap_port: int = 0, smtp_port: int = 0) -> None:
        self.data_dir = Path(data_dir)
        self.imap_port = imap_port
        self.smtp_port = smtp_port
        self.info: SandboxInfo | None = None
        self._smtp: LoopbackController | None = None
        self._imap: PymapProcess | None = None

    @classmethod
    def on_default_ports(cls, data_dir: Path) -> Sandbox:
        """Prefer IMAP 10143 / SMTP 10025 (stable for mail clients); else free ports."""
        imap = DEFAULT_IMAP_PORT if _port_free(DEFAULT_IMAP_PORT) else 0
        smtp = DEFAULT_SMTP_PORT if _port_free(DEFAULT_SMTP_PORT) else 0
        return cls(data_dir, imap_port=imap, smtp_port=smtp)

    def start(self) -> SandboxInfo:
        """Start both servers; returns once both ports accept connections."""
        if self.info is not None:
            return self.info
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        mail_root = self.data_dir / "mail"
        mail_root.mkdir(exist_ok=True)
        users = _load_passwords(self.data_dir / "passwords.json", DOMAIN)
        write_users(mail_root, {a: (pw, a.split("@")[0]) for a, pw in users.items()})
        try:
            smtp_port = self._start_smtp(mail_root)
            imap_port = self._start_imap(mail_root)
            _wait_accepting(smtp_port)
            _wait_accepting(imap_port)
        except BaseException:
            self.stop()
            raise
        self.info = SandboxInfo(HOST, imap_port, smtp_port, DOMAIN, users)
        return self.info

    def _start_smtp(self, mail_root: Path) -> int:
        handler = MaildirDelivery(mail_root, DOMAIN, ROSTER)
        try:
            controller = LoopbackController(handler, self.smtp_port)
        except OSError as exc:
            raise SandboxError(f"SMTP cannot listen on 127.0.0.1:{self.smtp_port}: {exc}") from exc
        try:
            controller.start()
        except BaseException:
            controller.close_unstarted()
            raise
        self._smtp = controller
        return int(controller.port)

    def _start_imap(self, mail_root: Path) -> int:
        """Start pymap; an auto-picked port that someone grabbed meanwhile is re-picked."""
        attempts = 1 if self.imap_port else _AUTO_PORT_ATTEMPTS
        error: ImapStartError | None = None
        for _ in range(attempts):
            port = self.imap_port or _free_port()
            imap = PymapProcess(mail_root, port, self.data_dir / "imap.log")
            try:
                imap.start()
            except ImapStartError as exc:
                error = exc
                continue
            self._imap = imap
            return port
        raise SandboxError(str(error)) from error

    def stop(self) -> None:
        """Stop SMTP first (no new mail), then IMAP; idempotent."""
        smtp, self._smtp = self._smtp, None
        imap, self._imap = self._imap, None
        self.info = None
        try:
            if smtp is not None:
                smtp.stop()
        finally:
            if imap is not None:
                imap.stop()

    def __enter__(self) -> SandboxInfo:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
