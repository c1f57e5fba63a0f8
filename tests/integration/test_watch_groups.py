"""The watcher's group handler (a fetched group at once, outcomes yielded in runs).

Against the real Dovecot of the harness, like test_watch.py: a failing group handler
must cost the undecided rest a RETRY (never a crash, never a loss); a stop or a RETRY
streak may end the pass only between runs (a run is committed together, so all of it is
MOVEd), closing the handler so it can drop what it has not committed.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import replace

import pytest

from mailbot.domain import Disposition
from mailbot.endpoints.imap_url import parse_imap_url
from mailbot.inbound.watch import FetchedMail, MailboxWatcher
from tests.harness.mailclient import MailServers
from tests.harness.watching import (
    FAST,
    MemoryCursors,
    Recorder,
    backlog,
    subject_of,
    subjects_in,
)


def test_a_failing_group_handler_leaves_the_undecided_rest_for_a_retry(
    mail_servers: MailServers,
) -> None:
    url = backlog(mail_servers, "eng", [f"m{i}" for i in range(5)])
    seen: list[list[str]] = []

    def group(mails: Sequence[FetchedMail]) -> Generator[list[Disposition], None, None]:
        seen.append([subject_of(m.raw) for m in mails])
        yield [Disposition.PROCESSED, Disposition.QUARANTINED]
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


def test_a_stop_ends_the_pass_between_runs_never_inside_one(mail_servers: MailServers) -> None:
    url = backlog(mail_servers, "eng", [f"s{i}" for i in range(5)])
    stop, closed = threading.Event(), threading.Event()

    def group(mails: Sequence[FetchedMail]) -> Generator[list[Disposition], None, None]:
        try:
            stop.set()  # a shutdown arrives while the first run (one transaction) commits
            yield [Disposition.PROCESSED, Disposition.QUARANTINED, Disposition.PROCESSED]
            yield [Disposition.PROCESSED] * (len(mails) - 3)
        finally:
            closed.set()

    watcher = MailboxWatcher(parse_imap_url(url), Recorder(), MemoryCursors(), settings=FAST,
                             group_handler=group)  # fmt: skip
    watcher.run_forever(stop)

    assert closed.is_set()
    # the whole committed run is settled, so nothing it stored is handled a second time
    assert subjects_in(mail_servers, "eng", "Processed") == ["s0", "s2"]
    assert subjects_in(mail_servers, "eng", "Quarantine") == ["s1"]
    assert subjects_in(mail_servers, "eng", "INBOX") == ["s3", "s4"]


def test_a_retry_streak_ends_the_pass_between_runs_only(mail_servers: MailServers) -> None:
    url = backlog(mail_servers, "eng", [f"r{i}" for i in range(6)])
    settings = replace(FAST, max_consecutive_retries=2)

    def group(mails: Sequence[FetchedMail]) -> Generator[list[Disposition], None, None]:
        yield [
            Disposition.RETRY,
            Disposition.RETRY,
            Disposition.PROCESSED,
        ]  # the streak ends inside
        yield [Disposition.RETRY, Disposition.RETRY]  # a streak at the end of a run ends the pass
        yield [Disposition.PROCESSED]

    counts = MailboxWatcher(parse_imap_url(url), Recorder(), MemoryCursors(), settings=settings,
                            group_handler=group).run_once()  # fmt: skip

    assert (counts.processed, counts.retried) == (1, 4)
    assert subjects_in(mail_servers, "eng", "Processed") == ["r2"]
    assert subjects_in(mail_servers, "eng", "INBOX") == ["r0", "r1", "r3", "r4", "r5"]


def test_a_watcher_without_any_handler_is_refused() -> None:
    with pytest.raises(ValueError, match="handler"):
        MailboxWatcher(parse_imap_url("imap://u:p@127.0.0.1:1/INBOX"), None, MemoryCursors())
