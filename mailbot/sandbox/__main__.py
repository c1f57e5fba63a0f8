"""``python -m mailbot.sandbox``: run the sandbox in the foreground until Ctrl-C.

The CLI's ``mailbot sandbox`` calls :func:`main`; it lives here so the sandbox can be
used (and debugged) without the rest of mailbot's configuration being valid.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path

from mailbot.sandbox.server import DEFAULT_IMAP_PORT, DEFAULT_SMTP_PORT, Sandbox, SandboxError


def default_sandbox_dir() -> Path:
    """``$MAILBOT_DATA_DIR/sandbox``, else the same default data dir the settings use."""
    from mailbot.settings import default_data_dir

    configured = os.environ.get("MAILBOT_DATA_DIR")
    base = Path(configured).expanduser() if configured else default_data_dir(os.environ)
    return base / "sandbox"


def _sandbox(args: argparse.Namespace) -> Sandbox:
    """Explicit ports must be honoured or fail; unset ones prefer 10143/10025."""
    preferred = Sandbox.on_default_ports(args.data_dir)
    imap = preferred.imap_port if args.imap_port is None else args.imap_port
    smtp = preferred.smtp_port if args.smtp_port is None else args.smtp_port
    return Sandbox(args.data_dir, imap_port=imap, smtp_port=smtp)


def main(argv: list[str] | None = None) -> int:
    """Start, print the banner once, wait for SIGINT/SIGTERM, stop. Returns the exit code."""
    parser = argparse.ArgumentParser(prog="mailbot sandbox", description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=None, help="default: DATA_DIR/sandbox")
    parser.add_argument("--imap-port", type=int, help=f"default {DEFAULT_IMAP_PORT} if free")
    parser.add_argument("--smtp-port", type=int, help=f"default {DEFAULT_SMTP_PORT} if free")
    args = parser.parse_args(argv)
    args.data_dir = args.data_dir or default_sandbox_dir()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    sandbox = _sandbox(args)
    try:
        info = sandbox.start()
    except SandboxError as exc:
        print(f"mailbot sandbox: {exc}", file=sys.stderr)
        return 1
    try:
        print(info.banner())
        print(f"  data: {args.data_dir}\n  Ctrl-C to stop.", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
    print("mailbot sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
