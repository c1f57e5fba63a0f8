"""Start the service for `mailbot run`: real mail servers when configured, else the sandbox."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

from mailbot.app import App
from mailbot.errors import ConfigError


def run_service(app: App, *, once: bool, echo: Callable[[str], None]) -> None:
    from mailbot.runner import Service

    if not app.settings.mail_configured:
        raise ConfigError(
            "MAILBOT_IMAP_URL",
            "set MAILBOT_IMAP_URL and MAILBOT_SMTP_URL (or run `mailbot sandbox` to try it)",
        )
    if not app.settings.llm_configured:
        echo("LLM not configured: drafts come from the offline drafter and say so.")
    service = Service(app)
    if once:
        report = service.run_once()
        echo(
            f"inbound {report.inbound}; drafted {report.drafted}; sent {report.sent}, "
            f"retrying {report.retrying}, failed {report.failed}"
        )
        return
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    echo(f"mailbot watching {app.settings.address}; Ctrl-C to stop")
    service.run_forever(stop)
    echo("mailbot stopped")
