"""MailboxWatcher.run_once against the real Dovecot from the harness.

Each test owns one roster user (cleared first) so the shared session server cannot leak
state between tests. The handler is a recorder; the cursor store lives in memory.
"""

from __future__ import annotations

import logging
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


def _spy_on_fetches(monkeypatch: pytest.MonkeyPatch, name: str) -> list[list[int]]:
    """Record the UIDs of every call of ``imap_session.<name>`` the watcher makes."""
    calls: list[list[int]] = []
    real_fetch = getattr(imap_session, name)

    def spy(mailbox: Any, uids: list[int]) -> Any:
        calls.append(list(uids))
        return real_fetch(mailbox, uids)

    monkeypatch.setattr(imap_session, name, spy)
    return calls


def _spy_on_body_fetches(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    return _spy_on_fetches(monkeypatch, "fetch_bodies")


def test_processed_mail_is_moved_unread_and_the_cursor_follows(
    mail_servers: MailServers,
) -> None:
    url = fresh_mailbox(mail_servers, "pat")
    raws = [raw_message(f"first {i}") for i in range(3)]
    uids = [mail_servers.append("pat", "INBOX", raw) for raw in raws]
    cursors, handler = MemoryCursors(), Recorder()

    counts = MailboxWatcher(parse_imap_url(url), handler, cursors, settings=FAST).run_once()

    assert (counts.processed, counts.quarantined, counts.retried) == (3, 0, 0)
    assert [m.raw for m in handler.calls] == raws  # exact bytes, in UID order
    assert [m.uid for m in handler.calls] == uids
    assert all(m.size == len(m.raw) for m in handler.calls)
    assert mail_servers.fetch_all("pat") == []
    assert subjects_in(mail_servers, "pat", "Processed") == ["first 0", "first 1", "first 2"]
    assert all("\\Seen" not in flags for flags in mail_servers.flags("pat", "Processed"))
    validity = cursors.saved["INBOX"][0]
    assert [h[2] for h in cursors.history] == uids[-1:]  # one write after the group's MOVE
    assert cursors.saved["INBOX"] == (validity, uids[-1])


def test_smtp_delivered_mail_to_plus_address_is_watched(
    mail_servers: MailServers,
) -> None:
    url = fresh_mailbox(mail_servers, "escalations")
    mail_servers.send(raw_message("via smtp"), "csm@example.com", "escalations+abc123@example.com")
    mail_servers.wait_for("escalations", lambda ms: len(ms) == 1)
    handler = Recorder()

    MailboxWatcher(parse_imap_url(url), handler, MemoryCursors(), settings=FAST).run_once()

    assert handler.subjects() == ["via smtp"]
    assert b"Delivered-To: escalations+abc123@example.com" in handler.calls[0].raw


def test_quarantine_and_retry_nothing_lost_nothing_twice(
    mail_servers: MailServers,
) -> None:
    url = fresh_mailbox(mail_servers, "sam")
    for subject in ("ok 1", "poison", "later", "ok 2"):
        mail_servers.append("sam", "INBOX", raw_message(subject))
    database_up = False

    def decide(raw: bytes) -> Disposition:
        if b"poison" in raw:
            return Disposition.QUARANTINED
        if b"later" in raw and not database_up:
            return Disposition.RETRY
        return Disposition.PROCESSED

    cursors, handler = MemoryCursors(), Recorder(decide)
    watcher = MailboxWatcher(parse_imap_url(url), handler, cursors, settings=FAST)

    first = watcher.run_once()
    assert (first.processed, first.quarantined, first.retried) == (2, 1, 1)
    assert subjects_in(mail_servers, "sam", "INBOX") == ["later"]
    assert subjects_in(mail_servers, "sam", "Quarantine") == ["poison"]
    retry_uid = next(m.uid for m in handler.calls if b"later" in m.raw)
    assert cursors.saved["INBOX"][1] < retry_uid  # the watermark stays below the RETRY

    database_up = True
    second = watcher.run_once()
    assert (second.processed, second.retried) == (1, 0)
    assert handler.subjects() == ["ok 1", "poison", "later", "ok 2", "later"]
    assert subjects_in(mail_servers, "sam", "Processed") == ["ok 1", "ok 2", "later"]
    assert mail_servers.fetch_all("sam") == []
    assert cursors.saved["INBOX"][1] == retry_uid


def test_saved_cursor_is_honoured_by_a_new_watcher(
    mail_servers: MailServers,
) -> None:
    url = fresh_mailbox(mail_servers, "fran")
    old_uid = mail_servers.append("fran", "INBOX", raw_message("already handled"))
    mail_servers.append("fran", "INBOX", raw_message("new"))
    cursors = MemoryCursors()
    MailboxWatcher(parse_imap_url(url), Recorder(), cursors, settings=FAST).run_once()
    validity = cursors.saved["INBOX"][0]
    # A message at or below the watermark (e.g. put back by hand) is not offered again,
    # and "UID n:*" answering with that highest UID must not fool the watcher.
    stray_uid = mail_servers.append("fran", "INBOX", raw_message("stray"))
    cursors.saved["INBOX"] = (validity, stray_uid)
    handler = Recorder()

    counts = MailboxWatcher(parse_imap_url(url), handler, cursors, settings=FAST).run_once()

    assert old_uid < stray_uid
    assert handler.calls == []
    assert counts.moved == 0
    assert subjects_in(mail_servers, "fran", "INBOX") == ["stray"]


def test_oversize_is_quarantined_without_downloading(
    mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = fresh_mailbox(mail_servers, "cro")
    mail_servers.append("cro", "INBOX", raw_message("small"))
    big_uid = mail_servers.append("cro", "INBOX", raw_message("huge", body="x" * 5000))
    mail_servers.append("cro", "INBOX", raw_message("small too"))
    body_fetches = _spy_on_body_fetches(monkeypatch)
    oversize: list[tuple[int, int]] = []
    handler = Recorder()
    watcher = MailboxWatcher(
        parse_imap_url(url), handler, MemoryCursors(),
        on_oversize=lambda uid, size: oversize.append((uid, size)),
        settings=replace(FAST, size_cap=1000),
    )  # fmt: skip

    counts = watcher.run_once()

    assert counts.oversize == 1 and counts.processed == 2
    assert handler.subjects() == ["small", "small too"]
    assert [uid for uid, _ in oversize] == [big_uid] and oversize[0][1] > 5000
    assert all(big_uid not in uids for uids in body_fetches)
    assert subjects_in(mail_servers, "cro", "Quarantine") == ["huge"]
    assert "\\Seen" not in mail_servers.flags("cro", "Quarantine")[0]


def test_backlog_is_fetched_in_bounded_batches(
    mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = fresh_mailbox(mail_servers, "product")
    for i in range(12):
        mail_servers.append("product", "INBOX", raw_message(f"backlog {i:02d}", body="y" * 300))
    body_fetches = _spy_on_body_fetches(monkeypatch)
    handler = Recorder()
    settings = replace(FAST, batch_size=5, batch_bytes=1200)  # ~3 messages of ~400 bytes

    counts = MailboxWatcher(
        parse_imap_url(url), handler, MemoryCursors(), settings=settings
    ).run_once()

    assert counts.processed == 12
    assert handler.subjects() == [f"backlog {i:02d}" for i in range(12)]
    assert max(map(len, body_fetches)) <= 3 and sum(map(len, body_fetches)) == 12


def test_sizes_come_in_one_round_trip_for_many_groups(
    mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = fresh_mailbox(mail_servers, "product")
    for i in range(12):
        mail_servers.append("product", "INBOX", raw_message(f"many {i:02d}"))
    body_fetches = _spy_on_body_fetches(monkeypatch)
    size_fetches = _spy_on_fetches(monkeypatch, "fetch_sizes")
    settings = replace(FAST, batch_size=5, size_batch=8)

    counts = MailboxWatcher(
        parse_imap_url(url), Recorder(), MemoryCursors(), settings=settings
    ).run_once()

    assert counts.processed == 12
    assert list(map(len, size_fetches)) == [8, 4]  # a round trip per 8 UIDs, not per group
    assert list(map(len, body_fetches)) == [5, 3, 4]  # groups never exceed batch_size


def test_retry_streak_ends_the_pass_early(
    mail_servers: MailServers,
) -> None:
    url = fresh_mailbox(mail_servers, "finance")
    for i in range(5):
        mail_servers.append("finance", "INBOX", raw_message(f"db down {i}"))
    handler = Recorder(lambda raw: Disposition.RETRY)
    settings = replace(FAST, max_consecutive_retries=2)

    counts = MailboxWatcher(
        parse_imap_url(url), handler, MemoryCursors(), settings=settings
    ).run_once()

    assert counts.retried == 2 and len(handler.calls) == 2
    assert len(mail_servers.fetch_all("finance")) == 5


def test_uidvalidity_change_rescans_from_the_start(
    mail_servers: MailServers,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = fresh_mailbox(mail_servers, "lisa")
    uid = mail_servers.append("lisa", "INBOX", raw_message("survivor"))
    with mail_servers.imap("lisa") as conn:
        conn.select("INBOX")
        old_validity = int(conn.response("UIDVALIDITY")[1][0])
    cursors = MemoryCursors()
    cursors.saved["INBOX"] = (old_validity, uid)  # as if "survivor" had been handled
    new_validity = old_validity + 1000
    mail_servers.set_uidvalidity("lisa", "INBOX", new_validity)
    handler = Recorder()

    with caplog.at_level(logging.WARNING, logger="mailbot.inbound.watch"):
        counts = MailboxWatcher(parse_imap_url(url), handler, cursors, settings=FAST).run_once()

    assert counts.processed == 1 and handler.subjects() == ["survivor"]
    assert cursors.saved["INBOX"] == (new_validity, handler.calls[0].uid)
    assert (("INBOX", new_validity, 0)) in cursors.history
    assert any("UIDVALIDITY" in r.getMessage() for r in caplog.records)
