"""A throw-away Dovecot 2.3 (IMAP + LMTP) on 127.0.0.1 for the integration tests.

Why a real Dovecot instead of a mock: the watcher's correctness depends on server
behaviour we would otherwise have to guess (``UID n:*`` semantics, MOVE, IDLE timing,
UIDVALIDITY, kicked sessions). The config is rendered into a temp dir from
``dovecot.conf.in`` and nothing in /etc/dovecot is read. Dovecot runs "rootless": as
root we start it as the ``dovecot`` user through runuser, so every process (and every
``doveadm`` call) runs as one unprivileged user; otherwise it runs as the caller.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

DOMAIN = "example.com"
ROSTER: tuple[str, ...] = (
    "jane", "omar", "lisa", "mike", "pat", "sam", "fran", "cro", "eng", "product",
    "cs-leads", "support-leads", "finance", "exec-office", "escalations",
)  # fmt: skip
INSTALL_HINT = "Dovecot is not installed: run scripts/install-test-deps.sh (as root) first"
_TEMPLATE = Path(__file__).with_name("dovecot.conf.in")


class DovecotNotInstalledError(RuntimeError):
    """The integration tests need the dovecot binaries; the message says how to get them."""


def local_part(user: str) -> str:
    """``Jane@example.com`` and ``jane`` name the same account (as in the Dovecot config)."""
    return user.partition("@")[0].lower()


def password_for(user: str) -> str:
    """Roster passwords are ``<localpart>-pw``."""
    return f"{local_part(user)}-pw"


def dovecot_binary() -> str:
    """Path of the dovecot master binary, or DovecotNotInstalledError naming the fix."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    needed = [binary, _doveadm(), "/usr/lib/dovecot/imap", "/usr/lib/dovecot/lmtp"]
    missing = [path for path in needed if not os.path.exists(path)]
    if missing:
        raise DovecotNotInstalledError(f"{INSTALL_HINT} (missing: {', '.join(missing)})")
    return binary


def _doveadm() -> str:
    return shutil.which("doveadm") or "/usr/bin/doveadm"


def wait_for_port(port: int, timeout: float, host: str = "127.0.0.1") -> None:
    """Block until something accepts TCP connections on ``host:port``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listening on {host}:{port} after {timeout}s") from None
            time.sleep(0.02)


class Dovecot:
    """One Dovecot instance living in ``base``; started and stopped by its master PID."""

    def __init__(
        self, base: Path, imap_port: int, lmtp_port: int, users: tuple[str, ...] = ROSTER,
        extra_conf: str = "",
    ) -> None:  # fmt: skip
        self.base = base
        self.extra_conf = extra_conf
        self.imap_port = imap_port
        self.lmtp_port = lmtp_port
        self.users = users
        self.conf = base / "dovecot.conf"
        self.pid: int | None = None
        self._as_root = os.geteuid() == 0
        self._run_as = ["runuser", "-u", "dovecot", "-g", "dovecot", "--"] if self._as_root else []

    def _render(self) -> None:
        """Write config and passwd-file; as root hand the tree to the dovecot user."""
        for sub in ("run", "state", "mail"):
            (self.base / sub).mkdir(parents=True, exist_ok=True)
        user, group = ("dovecot", "dovecot") if self._as_root else _current_user_group()
        text = _TEMPLATE.read_text()
        for key, value in {
            "@DIR@": str(self.base), "@RUN_USER@": user, "@RUN_GROUP@": group,
            "@IMAP_PORT@": str(self.imap_port), "@LMTP_PORT@": str(self.lmtp_port),
        }.items():  # fmt: skip
            text = text.replace(key, value)
        self.conf.write_text(text)
        if self.extra_conf:  # a variant's settings, same placeholders (!include_try)
            (self.base / "extra.conf").write_text(self.extra_conf.replace("@DIR@", str(self.base)))
        users = self.base / "users"
        users.write_text("".join(f"{u}:{{PLAIN}}{password_for(u)}::::::\n" for u in self.users))
        users.chmod(0o600)
        if self._as_root:
            self.base.chmod(0o755)  # mkdtemp makes 0700; the dovecot user must traverse it
            for path in [self.base, *self.base.rglob("*")]:
                shutil.chown(path, user, group)

    def start(self, timeout: float = 15.0) -> None:
        """Render, start (daemonized), wait for IMAP and LMTP, remember the master PID."""
        binary = dovecot_binary()
        self._render()
        # The daemon keeps inherited stdio open, so a pipe here would never see EOF.
        out = self.base / "start.out"
        with out.open("wb") as sink:
            proc = subprocess.run(
                [*self._run_as, binary, "-c", str(self.conf)],
                stdin=subprocess.DEVNULL, stdout=sink, stderr=sink, timeout=timeout,
            )  # fmt: skip
        if proc.returncode != 0:
            raise RuntimeError(f"dovecot failed to start: {out.read_text()}{self.log_tail()}")
        wait_for_port(self.imap_port, timeout)
        wait_for_port(self.lmtp_port, timeout)
        pid_file = self.base / "run" / "master.pid"
        deadline = time.monotonic() + timeout
        while not pid_file.exists() or not pid_file.read_text().strip():
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot wrote no {pid_file}{self.log_tail()}")
            time.sleep(0.02)
        self.pid = int(pid_file.read_text().strip())

    def stop(self, timeout: float = 10.0) -> None:
        """TERM the master (it stops its children), KILL it if it lingers."""
        pid, self.pid = self.pid, None
        if pid is None or not _is_dovecot(pid):
            return
        os.kill(pid, 15)
        deadline = time.monotonic() + timeout
        while _is_dovecot(pid):
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                break
            time.sleep(0.05)

    def log_tail(self, lines: int = 20) -> str:
        log = self.base / "dovecot.log"
        if not log.exists():
            return ""
        return "\n--- dovecot.log ---\n" + "\n".join(log.read_text().splitlines()[-lines:])

    def doveadm(
        self, *args: str, ok_codes: tuple[int, ...] = (0,)
    ) -> subprocess.CompletedProcess[str]:
        """Run ``doveadm -c <our conf> ARGS`` as the user dovecot runs as."""
        cmd = [*self._run_as, _doveadm(), "-c", str(self.conf), *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        if proc.returncode not in ok_codes:
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr}")
        return proc

    def kick(self, user: str) -> bool:
        """Disconnect every IMAP session of ``user``; False when none was connected."""
        return (
            self.doveadm("kick", local_part(user), ok_codes=(0, 68)).returncode == 0
        )  # 68: nobody

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        """Change a folder's UIDVALIDITY, as a server restore or migration would."""
        self.doveadm(
            "mailbox", "update", "-u", local_part(user), "--uid-validity", str(value), folder
        )


def _current_user_group() -> tuple[str, str]:
    import grp
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name


def _is_dovecot(pid: int) -> bool:
    """Alive and still a dovecot process (not a zombie, not a recycled PID)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status and status.startswith("Name:\tdovecot")
