"""MailboxWatcher.run_forever against the real Dovecot: IDLE, polling, reconnects.

Every watcher runs in a thread that the ``run_in_thread`` fixture always stops, and the
fixture fails the test if stopping takes more than a moment.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from mailbot.domain import Disposition
from mailbot.endpoints.imap_url import parse_imap_url
from mailbot.inbound import imap_session
from mailbot.inbound.watch import MailboxWatcher
from tests.harness.mailclient import MailServers
from tests.harness.watching import (
    FAST,
    MemoryCursors,
    Recorder,
    fresh_mailbox,
    raw_message,
    subjects_in,
)


@pytest.fixture
def run_in_thread() -> Iterator[Callable[[MailboxWatcher], threading.Event]]:
    """Starts run_forever in a thread; always stops it and checks it stopped promptly."""
    started: list[tuple[threading.Thread, threading.Event]] = []

    def start(watcher: MailboxWatcher) -> threading.Event:
        stop = threading.Event()
        thread = threading.Thread(target=watcher.run_forever, args=(stop,), daemon=True)
        thread.start()
        started.append((thread, stop))
        return stop

    yield start
    for thread, stop in started:
        stop.set()
        begun = time.monotonic()
        thread.join(timeout=5)
        assert not thread.is_alive(), "run_forever did not stop within 5 s"
        assert time.monotonic() - begun < 2.5


def test_idle_wakes_up_on_new_mail_and_stop_is_prompt(
    mail_servers: MailServers,
    run_in_thread: Callable[[MailboxWatcher], threading.Event],
) -> None:
    url = fresh_mailbox(mail_servers, "mike")
    handler = Recorder()
    settings = replace(FAST, poll_interval=600.0, idle_interval=600.0)  # only IDLE can wake it
    run_in_thread(MailboxWatcher(parse_imap_url(url), handler, MemoryCursors(), settings=settings))
    time.sleep(1.0)  # first (empty) pass done, IDLE running

    sent = time.monotonic()
    mail_servers.send(raw_message("wake up"), "csm@example.com", "mike@example.com")

    assert handler.called.wait(5.0)
    assert time.monotonic() - sent < 2.0
    assert handler.subjects() == ["wake up"]
    mail_servers.wait_for("mike", lambda ms: ms == [], timeout=3.0)


def test_reconnects_after_the_server_kicks_the_session(
    mail_servers: MailServers,
    run_in_thread: Callable[[MailboxWatcher], threading.Event],
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = fresh_mailbox(mail_servers, "omar")
    handler = Recorder()
    settings = replace(FAST, idle_interval=600.0)
    with caplog.at_level(logging.INFO, logger="mailbot.inbound.watch"):
        run_in_thread(
            MailboxWatcher(parse_imap_url(url), handler, MemoryCursors(), settings=settings)
        )
        time.sleep(1.0)
        assert mail_servers.kick("omar")  # the watcher's IDLE session was there to kick
        time.sleep(0.3)
        mail_servers.send(raw_message("after kick"), "csm@example.com", "omar@example.com")
        assert handler.called.wait(10.0)

    assert handler.subjects() == ["after kick"]
    messages = [r.getMessage() for r in caplog.records]
    assert any("reconnecting" in m for m in messages)
    assert sum("connected to" in m for m in messages) >= 2


def test_a_raising_handler_does_not_stop_the_loop(
    mail_servers: MailServers,
    run_in_thread: Callable[[MailboxWatcher], threading.Event],
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = fresh_mailbox(mail_servers, "sam")
    failures: list[bytes] = []

    def flaky(raw: bytes) -> Disposition:
        if b"boom" in raw and not failures:
            failures.append(raw)
            raise RuntimeError("handler bug")
        return Disposition.PROCESSED

    handler = Recorder(flaky)
    settings = replace(FAST, retry_interval=0.5, idle_interval=600.0)
    mail_servers.append("sam", "INBOX", raw_message("boom"))
    with caplog.at_level(logging.ERROR, logger="mailbot.inbound.watch"):
        run_in_thread(
            MailboxWatcher(parse_imap_url(url), handler, MemoryCursors(), settings=settings)
        )
        mail_servers.send(raw_message("next one"), "csm@example.com", "sam@example.com")
        mail_servers.wait_for("sam", lambda ms: ms == [], timeout=10.0)

    assert sorted(set(handler.subjects())) == ["boom", "next one"]
    assert handler.subjects().count("boom") == 2  # raised once, retried once
    assert sorted(subjects_in(mail_servers, "sam", "Processed")) == ["boom", "next one"]
    assert any("handler failed" in r.getMessage() and r.exc_info for r in caplog.records)


def test_polls_when_the_server_has_no_idle(
    mail_servers: MailServers,
    run_in_thread: Callable[[MailboxWatcher], threading.Event],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = fresh_mailbox(mail_servers, "exec-office")
    real_open = imap_session.open_mailbox

    def without_idle(*args: Any) -> Any:
        mailbox = real_open(*args)
        mailbox.client.capabilities = tuple(c for c in mailbox.client.capabilities if c != "IDLE")
        return mailbox

    monkeypatch.setattr(imap_session, "open_mailbox", without_idle)
    handler = Recorder()
    settings = replace(FAST, poll_interval=0.3, idle_interval=600.0)
    run_in_thread(MailboxWatcher(parse_imap_url(url), handler, MemoryCursors(), settings=settings))
    time.sleep(0.5)

    mail_servers.send(raw_message("polled"), "csm@example.com", "exec-office@example.com")

    assert handler.called.wait(3.0)
    assert handler.subjects() == ["polled"]
