"""The watcher's group handler (a fetched group at once, outcomes yielded one by one).

Against the real Dovecot of the harness, like test_watch.py: a failing group handler
must cost the undecided rest a RETRY (never a crash, never a loss), and a stop between
outcomes must close the handler so it can drop what it has not committed.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence

from mailbot.inbound.imap_url import parse_imap_url
from mailbot.inbound.watch import FetchedMail, MailboxWatcher, Outcome
from tests.harness.mailclient import MailServers
from tests.harness.watching import (
    FAST,
    MemoryCursors,
    Recorder,
    fresh_mailbox,
    raw_message,
    subject_of,
    subjects_in,
)


def test_a_failing_group_handler_leaves_the_undecided_rest_for_a_retry(
    mail_servers: MailServers,
) -> None:
    url = fresh_mailbox(mail_servers, "eng")
    for i in range(5):
        mail_servers.append("eng", "INBOX", raw_message(f"m{i}"))
    seen: list[list[str]] = []

    def group(mails: Sequence[FetchedMail]) -> Generator[Outcome, None, None]:
        seen.append([subject_of(m.raw) for m in mails])
        yield Outcome.PROCESSED
        yield Outcome.QUARANTINED
        raise RuntimeError("store exploded")

    single = Recorder()
    watcher = MailboxWatcher(parse_imap_url(url), single, MemoryCursors(), settings=FAST,
                             group_handler=group)  # fmt: skip
    counts = watcher.run_once()

    assert seen == [["m0", "m1", "m2", "m3", "m4"]]  # one call for the whole group, in order
    assert single.calls == []  # the per-message handler is not used beside it
    assert (counts.processed, counts.quarantined, counts.retried) == (1, 1, 3)
    assert subjects_in(mail_servers, "eng", "Processed") == ["m0"]
    assert subjects_in(mail_servers, "eng", "Quarantine") == ["m1"]
    assert subjects_in(mail_servers, "eng", "INBOX") == ["m2", "m3", "m4"]


def test_a_stop_between_outcomes_closes_the_group_handler(mail_servers: MailServers) -> None:
    url = fresh_mailbox(mail_servers, "eng")
    for i in range(4):
        mail_servers.append("eng", "INBOX", raw_message(f"s{i}"))
    stop, closed = threading.Event(), threading.Event()

    def group(mails: Sequence[FetchedMail]) -> Generator[Outcome, None, None]:
        try:
            for _ in mails:
                stop.set()  # as if a shutdown arrived while this message was handled
                yield Outcome.PROCESSED
        finally:
            closed.set()

    watcher = MailboxWatcher(parse_imap_url(url), Recorder(), MemoryCursors(), settings=FAST,
                             group_handler=group)  # fmt: skip
    watcher.run_forever(stop)

    assert closed.is_set()
    assert subjects_in(mail_servers, "eng", "Processed") == ["s0"]
    assert subjects_in(mail_servers, "eng", "INBOX") == ["s1", "s2", "s3"]
