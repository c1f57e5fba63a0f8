"""Start the service for `mailbot run`: real mail servers when configured, else the sandbox."""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from mailbot.app import App
from mailbot.errors import ConfigError, MailbotError
from mailbot.inbound.parse_pool import ParsePool, inputs_for
from mailbot.settings import Settings
from mailbot.store.leadership import leadership_for

Echo = Callable[[str], None]


@contextmanager
def mail_servers(app: App, echo: Echo) -> Iterator[App]:
    """Yield the app wired to real servers, or to the embedded sandbox when none is set."""
    settings = app.settings
    if settings.mail_configured:
        yield app
        return
    if settings.imap_url or settings.smtp_url:
        missing = "MAILBOT_SMTP_URL" if settings.imap_url else "MAILBOT_IMAP_URL"
        raise ConfigError(missing, "set both mail URLs, or neither to use the embedded sandbox")
    if settings.domain != "example.com":
        raise ConfigError("MAILBOT_ADDRESS", "the sandbox serves example.com addresses only")
    from mailbot.sandbox import Sandbox

    sandbox = Sandbox.on_default_ports(settings.data_dir / "sandbox")
    info = sandbox.start()
    try:
        echo("No mail server configured: started the embedded sandbox (loopback only).")
        echo(info.banner())
        wired = settings.model_copy(
            update={"imap_url": info.imap_url("escalations"), "smtp_url": info.smtp_url()}
        )
        yield App(settings=wired, routing=app.routing, db=app.db, clock=app.clock)
    finally:
        sandbox.stop()


def started_parser(settings: Settings) -> ParsePool:
    """The parse worker of a ``run --once``, spawned before the app is built.

    A spawned worker first imports the parser: started when the pass began, it was not
    ready for the first group, which waited for it (35-74 ms in the logs of four passes);
    started here, its start-up overlaps building the app and importing the runner.
    """
    pool = ParsePool(
        *inputs_for(settings.address, settings.max_message_bytes),
        processes=settings.parse_processes,
    )
    pool.warm()
    return pool


def run_service(app: App, *, once: bool, echo: Echo, parser: ParsePool | None = None) -> None:
    if once:  # a pass is safe beside a running instance: the store makes it exactly-once
        _serve(app, once=True, echo=echo, stop=threading.Event(), parser=parser)
        return
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    leader = leadership_for(app.settings.database_url, app.settings.address)
    if not leader.acquire(stop, echo):
        echo("mailbot stopped (standby)")
        return
    threading.Thread(target=_stop_when, args=(leader.lost, stop), daemon=True).start()
    echo("leader: this instance runs the watcher, the scheduler and the outbox")
    try:
        _serve(app, once=False, echo=echo, stop=stop)
    finally:
        leader.release()
    if leader.lost.is_set():
        raise MailbotError("lost the leader lock; stopped so that a standby takes over")


def _stop_when(lost: threading.Event, stop: threading.Event) -> None:
    while not stop.is_set():
        if lost.wait(1.0):
            stop.set()


def _serve(
    app: App, *, once: bool, echo: Echo, stop: threading.Event, parser: ParsePool | None = None
) -> None:
    from mailbot.runner import Runner

    with mail_servers(app, echo) as wired:
        if not wired.settings.llm_configured:
            echo("LLM not configured: drafts come from the offline drafter and say so.")
        service = Runner(wired, parser=parser)
        # Start-up's objects (modules, classes, the routing, the ORM's mappers) live as long
        # as the process: kept out of the collector's full passes, each of which walked them
        # all (about 90 ms, twice in a pass over 2000 messages).
        gc.freeze()
        if once:
            report = service.run_once()
            echo(
                f"inbound {report.inbound}; drafted {report.drafted}; scheduled "
                f"{report.scheduled}; sent {report.sent}, retrying {report.retrying}, "
                f"failed {report.failed}"
            )
            return
        echo(f"mailbot watching {wired.settings.address}; Ctrl-C to stop")
        service.run_forever(stop)
        echo("mailbot stopped")
