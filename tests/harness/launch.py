"""Start and stop the whole loopback mail setup; also ``scripts/test-servers.sh``.

``running_mail_servers()`` is what the pytest plugin uses once per session. Run as a
module it keeps the servers up for manual poking (``python -m tests.harness.launch``)
until Ctrl-C, printing how to reach them.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.harness.mailclient import MailServers
from tests.harness.ports import free_ports
from tests.harness.servers import ROSTER, Dovecot, password_for
from tests.harness.smtp import LmtpBridge


@contextmanager
def running_mail_servers(keep_dir: bool = False) -> Iterator[MailServers]:
    """Dovecot + SMTP→LMTP bridge on random free ports; everything is stopped on exit."""
    base = Path(tempfile.mkdtemp(prefix="mailbot-mail."))
    base.chmod(0o755)  # mkdtemp makes 0700; dovecot may run as another user (root → dovecot)
    imap_port, lmtp_port, smtp_port = free_ports(3)
    dovecot = Dovecot(base / "dovecot", imap_port, lmtp_port)
    bridge = LmtpBridge(lmtp_port, port=smtp_port)
    try:
        dovecot.start()
        bridge.start()
        yield MailServers(dovecot, smtp_port)
    finally:
        bridge.stop()
        dovecot.stop()
        _keep_log(dovecot.base / "dovecot.log")
        if not keep_dir:
            shutil.rmtree(base, ignore_errors=True)


def _keep_log(log: Path) -> None:
    """Copy Dovecot's log into ``$KEEP_DOVECOT_LOG`` (a directory) when set: the temp dir
    goes at teardown, and a failure seen once in a whole suite needs the log. Not named
    MAILBOT_*: a `mailbot run` child would warn about it (test_observe_run reads that log)."""
    keep = os.environ.get("KEEP_DOVECOT_LOG")
    if keep and log.exists():
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(log, Path(keep) / f"dovecot-{log.parent.parent.name}.log")


def main() -> None:
    """Keep the servers running until SIGINT/SIGTERM (for manual testing and demos)."""
    stop = threading.Event()
    # Python handlers run in the main thread; the signal mask stays untouched because
    # dovecot would inherit a blocked SIGTERM and then ignore our stop().
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with running_mail_servers() as servers:
        print(f"IMAP 127.0.0.1:{servers.imap_port}  SMTP 127.0.0.1:{servers.smtp_port}")
        print(f"LMTP 127.0.0.1:{servers.lmtp_port}  dovecot dir {servers.dovecot.base}")
        print("users (password = <localpart>-pw):", ", ".join(ROSTER))
        print("e.g. MAILBOT_IMAP_URL=" + servers.imap_url("escalations"))
        print(f"     password for jane: {password_for('jane')}; Ctrl-C stops", flush=True)
        while not stop.wait(0.5):
            pass
    print("stopped")


if __name__ == "__main__":
    main()
