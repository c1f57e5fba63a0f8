"""Backlog MOVEs on a second connection (mailbot/inbound/mover.py), against real Dovecot.

What must hold: every handled message still leaves the folder, the watermark never passes
a message that is still there (checked by the cursor store at each save, on the server),
live mail never opens the second connection, and a mover that cannot work costs nothing
but speed: the watcher moves the same mail on its own connection.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import ClassVar

import pytest

from mailbot.domain import Disposition
from mailbot.endpoints.imap_url import parse_imap_url
from mailbot.errors import MailboxError
from mailbot.inbound import imap_session as imap
from mailbot.inbound import mover
from mailbot.inbound.mover import BackgroundMover, MoverGate, Moves, SettledMoves
from mailbot.inbound.watch import MailboxWatcher
from tests.harness.mailclient import MailServers
from tests.harness.watching import (
    FAST,
    MemoryCursors,
    Recorder,
    backlog,
    raw_message,
    subjects_in,
)

GROUPS = replace(FAST, batch_size=20)  # 45 messages: groups of 20, 20 and 5


class ServerCheckedCursors(MemoryCursors):
    """Refuses a watermark that would pass a UID still in the folder (the invariant)."""

    def __init__(self, servers: MailServers, user: str) -> None:
        super().__init__()
        self._servers, self._user = servers, user

    def save_cursor(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        with self._servers.imap(self._user) as conn:
            conn.select(folder, readonly=True)
            _, data = conn.uid("SEARCH", None, f"UID 1:{last_uid}")
        still_there = [int(u) for u in data[0].split() if int(u) <= last_uid]
        assert still_there == [], f"watermark {last_uid} passes {still_there}, still in {folder}"
        super().save_cursor(folder, uidvalidity, last_uid)


class RecordingMover(BackgroundMover):
    started: ClassVar[list[Moves]] = []

    def start(self, moves: Moves) -> None:
        RecordingMover.started.append(moves)
        super().start(moves)


@pytest.fixture
def recording_mover(monkeypatch: pytest.MonkeyPatch) -> type[RecordingMover]:
    RecordingMover.started = []
    monkeypatch.setattr(mover, "BackgroundMover", RecordingMover)
    return RecordingMover


def test_a_backlog_is_moved_in_the_background_and_the_watermark_waits_for_it(
    mail_servers: MailServers, recording_mover: type[RecordingMover]
) -> None:
    subjects = [f"b{i}" for i in range(45)]
    url = backlog(mail_servers, "eng", subjects)
    cursors = ServerCheckedCursors(mail_servers, "eng")
    watcher = MailboxWatcher(parse_imap_url(url), Recorder(), cursors, settings=GROUPS)

    counts = watcher.run_once()

    assert counts.processed == 45
    # the two full groups went to the mover; the group of 5 (live-sized) was moved in place
    assert [len(m["Processed"]) for m in recording_mover.started] == [20, 20]
    assert subjects_in(mail_servers, "eng", "Processed") == subjects
    assert subjects_in(mail_servers, "eng", "INBOX") == []
    assert [uid for _, _, uid in cursors.history][-1] >= 45  # every save was server-checked


def test_quarantined_and_processed_mail_of_one_group_reach_their_folders(
    mail_servers: MailServers, recording_mover: type[RecordingMover]
) -> None:
    subjects = [f"q{i}" for i in range(20)]
    url = backlog(mail_servers, "eng", subjects)
    odd = Recorder(lambda raw: Disposition.QUARANTINED if raw.count(b"Subject: q1") else
                   Disposition.PROCESSED)  # fmt: skip
    watcher = MailboxWatcher(parse_imap_url(url), odd, MemoryCursors(), settings=GROUPS)

    watcher.run_once()

    quarantined = [s for s in subjects if s.startswith("q1")]  # q1, q10..q19
    assert sorted(recording_mover.started[0]) == ["Processed", "Quarantine"]
    assert subjects_in(mail_servers, "eng", "Quarantine") == quarantined
    assert subjects_in(mail_servers, "eng", "Processed") == [
        s for s in subjects if s not in quarantined
    ]


def test_a_mover_that_cannot_connect_costs_only_speed(
    mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    subjects = [f"f{i}" for i in range(45)]
    url = backlog(mail_servers, "eng", subjects)
    opened: list[int] = []

    def refuse(self: MailboxWatcher) -> object:
        opened.append(1)
        raise OSError("too many connections for this user")

    monkeypatch.setattr(MailboxWatcher, "_open", refuse)
    cursors = ServerCheckedCursors(mail_servers, "eng")
    watcher = MailboxWatcher(parse_imap_url(url), Recorder(), cursors, settings=GROUPS)

    with caplog.at_level(logging.WARNING, logger="mailbot.inbound.mover"):
        counts = watcher.run_once()

    assert counts.processed == 45
    assert opened == [1]  # tried once, then the pass moved everything itself
    assert "background MOVE failed (OSError: too many connections" in caplog.text
    assert subjects_in(mail_servers, "eng", "Processed") == subjects
    assert subjects_in(mail_servers, "eng", "INBOX") == []


def test_live_sized_groups_never_open_a_second_connection(
    mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = backlog(mail_servers, "eng", ["one", "two", "three"])
    opened: list[int] = []
    monkeypatch.setattr(MailboxWatcher, "_open", lambda self: opened.append(1))
    watcher = MailboxWatcher(parse_imap_url(url), Recorder(), MemoryCursors(), settings=FAST)

    assert watcher.run_once().processed == 3
    assert opened == []
    assert subjects_in(mail_servers, "eng", "Processed") == ["one", "two", "three"]


def test_the_mover_refuses_uids_from_another_uidvalidity(mail_servers: MailServers) -> None:
    url = backlog(mail_servers, "eng", ["kept"])
    target = parse_imap_url(url)
    mover = BackgroundMover(lambda: imap.open_mailbox(target, 10.0), "INBOX", validity=1)
    try:
        mover.start({"Processed": [1]})
        with pytest.raises(MailboxError, match="UIDVALIDITY"):
            mover.land()
    finally:
        mover.close()
    assert subjects_in(mail_servers, "eng", "INBOX") == ["kept"]


def test_one_move_at_a_time() -> None:
    def unreachable() -> object:
        raise OSError("no server")

    mover = BackgroundMover(unreachable, "INBOX", validity=1)  # type: ignore[arg-type]
    try:
        mover.start({"Processed": [1]})
        assert mover.busy
        with pytest.raises(RuntimeError, match="still in flight"):
            mover.start({"Processed": [2]})
        with pytest.raises(OSError, match="no server"):
            mover.land()
        assert not mover.busy
    finally:
        mover.close()


def test_a_refused_second_session_is_not_asked_again_on_the_next_pass(
    mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = backlog(mail_servers, "eng", [f"p{i}" for i in range(20)])
    opened: list[int] = []

    def refuse(self: MailboxWatcher) -> object:
        opened.append(1)
        raise OSError("too many connections for this user")

    monkeypatch.setattr(MailboxWatcher, "_open", refuse)
    watcher = MailboxWatcher(parse_imap_url(url), Recorder(), MemoryCursors(), settings=GROUPS)
    assert watcher.run_once().processed == 20
    for i in range(20):
        mail_servers.append("eng", "INBOX", raw_message(f"later{i}"))
    assert watcher.run_once().processed == 20  # moved in place, without asking again
    assert opened == [1]
    assert subjects_in(mail_servers, "eng", "INBOX") == []


def test_the_gate_reopens_after_its_cool_down() -> None:
    now = [100.0]
    gate = MoverGate(cooldown=60.0, clock=lambda: now[0])
    assert gate.allows()
    gate.failed()
    now[0] += 59.0
    assert not gate.allows()
    now[0] += 2.0
    assert gate.allows()


class _FakeMover:
    def __init__(self, *args: object) -> None:
        self.started: list[Moves] = []

    def start(self, moves: Moves) -> None:
        self.started.append(moves)

    def land(self) -> None:
        return None

    def close(self) -> None:
        return None


def test_settled_mail_is_moved_even_when_the_cursor_save_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    moved_here: list[list[tuple[int, str]]] = []
    monkeypatch.setattr(mover, "BackgroundMover", _FakeMover)
    monkeypatch.setattr(mover, "_move_here", lambda mailbox, done: moved_here.append(done))
    saves: list[list[tuple[int, str]]] = []

    def passed(done: list[tuple[int, str]]) -> None:
        saves.append(done)
        raise OSError("database is locked")

    moves = SettledMoves(lambda: None, "INBOX", 1, passed, MoverGate())  # type: ignore[arg-type,return-value]
    moves.unmoved = [(uid, "Processed") for uid in range(1, 17)]
    moves.flush(None, background=True)  # type: ignore[arg-type]  # in flight, nothing saved
    assert saves == []
    moves.unmoved = [(17, "Processed")]
    with pytest.raises(OSError, match="locked"):
        moves.flush(None)  # type: ignore[arg-type]
    assert moved_here == [[(17, "Processed")]]  # on its way before the save was tried
    assert [uid for uid, _ in saves[0]] == list(range(1, 18))
