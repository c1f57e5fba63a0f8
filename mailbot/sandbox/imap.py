"""The sandbox's IMAP side: pymap's maildir backend in a child Python process.

Why a child process rather than a thread: pymap's own entry point installs SIGTERM/SIGINT
handlers and shuts its services, executors and sockets down in order when they fire, so
a signal plus ``wait()`` is a complete stop (about 0.04 s), and the port is certainly
free once the process is gone. In a thread we would have to re-implement that start-up
and shutdown from pymap internals, and pymap's global side effects (the COPY patch,
``logging.basicConfig``, its thread pools) would land in mailbot's process.

The child runs in its own session, so a terminal Ctrl-C reaches only the parent, which
then stops the child deliberately; and it exits by itself when its stdin reaches EOF,
so it cannot outlive a parent that was killed.

The child's code is :mod:`mailbot.sandbox.pymap_child`; this module is the parent side.
"""

from __future__ import annotations

import importlib
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO

HOST = "127.0.0.1"
HASH_ROUNDS = 1000  # pysasl's default 500,000 costs ~0.13 s per login; this is a sandbox
_CHILD = "mailbot.sandbox.pymap_child"
READY = "pymap ready"  # the child's first stdout line once every service listens


class ImapStartError(RuntimeError):
    """pymap exited or stayed silent before it was listening; carries its log tail."""


def _hasher() -> Callable[[str], str]:
    """The hash pymap will verify with: passlib's when importable, else pysasl's builtin.

    pymap picks passlib's CryptContext whenever passlib imports, and the two PBKDF2
    encodings differ, so the writer must make the same choice as the reader.
    """
    try:
        passlib_hash = importlib.import_module("passlib.hash")
    except ImportError:
        from pysasl.hashing import BuiltinHash

        return BuiltinHash(rounds=HASH_ROUNDS).hash
    hash_pw: Callable[[str], str] = passlib_hash.pbkdf2_sha256.using(rounds=HASH_ROUNDS).hash
    return hash_pw


def write_users(base_dir: Path, users: Mapping[str, tuple[str, str]]) -> None:
    """(Re)write pymap's ``pymap-etc-passwd``/``-shadow``: login -> (password, maildir).

    pymap accepts only hashed passwords there; the maildir is relative to ``base_dir``.
    """
    hash_pw = _hasher()
    base_dir.mkdir(parents=True, exist_ok=True)
    passwd = "".join(f"{login}:x::::{home}:\n" for login, (_, home) in users.items())
    (base_dir / "pymap-etc-passwd").write_text(passwd, encoding="utf-8")
    shadow = base_dir / "pymap-etc-shadow"
    shadow.touch(mode=0o600, exist_ok=True)
    shadow.chmod(0o600)
    lines = (f"{login}:{hash_pw(pw)}:::::::\n" for login, (pw, _) in users.items())
    shadow.write_text("".join(lines), encoding="utf-8")


class PymapProcess:
    """One pymap child serving ``base_dir`` on ``127.0.0.1:port``."""

    def __init__(self, base_dir: Path, port: int, log_path: Path) -> None:
        self.base_dir = base_dir
        self.port = port
        self.log_path = log_path
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._reader: threading.Thread | None = None

    def start(self, timeout: float = 20.0) -> None:
        """Launch pymap and return once it reports that it is listening."""
        self._log = self.log_path.open("ab")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", _CHILD, str(self.base_dir), "--port", str(self.port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=_child_env(),
            start_new_session=True,
        )
        assert self._proc.stdout is not None
        lines: queue.Queue[bytes] = queue.Queue()
        self._reader = threading.Thread(target=_drain, args=(self._proc.stdout, lines), daemon=True)
        self._reader.start()
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            line = b""
        if not line.startswith(READY.encode()):
            self.stop()
            raise ImapStartError(f"pymap did not start on {HOST}:{self.port}: {self._tail()}")

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate pymap and wait for it; safe to call twice or before start."""
        proc, self._proc = self._proc, None
        if proc is not None:
            _end(proc, timeout)
            if self._reader is not None:
                self._reader.join(timeout)  # EOF now that the child is gone
            if proc.stdout is not None:
                proc.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    def _tail(self) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        lines = [line for line in text.splitlines() if line.strip()]
        return lines[-1].strip() if lines else "(no output)"


def _end(proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Close stdin (the child's own shutdown cue), then escalate to SIGTERM, then SIGKILL.

    EOF is the first cue because the child turns it into SIGTERM to itself only once
    pymap's handlers exist; a SIGTERM sent the instant after "ready" could still meet the
    default action and skip pymap's orderly close.
    """
    if proc.stdin is not None:
        proc.stdin.close()
    for escalate in (proc.terminate, proc.kill):
        try:
            proc.wait(timeout)
            break
        except subprocess.TimeoutExpired:
            escalate()
    proc.wait()


def _drain(stream: IO[bytes], lines: queue.Queue[bytes]) -> None:
    """Forward the child's stdout lines; keeps the pipe from ever filling up."""
    for line in iter(stream.readline, b""):
        lines.put(line)
    lines.put(b"")


def _child_env() -> dict[str, str]:
    """The parent's environment, with this mailbot checkout first on PYTHONPATH."""
    root = str(Path(__file__).resolve().parents[2])
    path = os.environ.get("PYTHONPATH")
    return dict(os.environ, PYTHONPATH=root + (os.pathsep + path if path else ""))
