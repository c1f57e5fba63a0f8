"""FETCH response parsing in imap_session, on imaplib-shaped data (no server needed)."""

from __future__ import annotations

from typing import Any

from mailbot.inbound import imap_session


class _Client:
    def __init__(self, data: list[Any]) -> None:
        self.data = data
        self.commands: list[tuple[str, ...]] = []
        # what another session's MOVEs leave behind in imaplib; a FETCH must drop it
        self.untagged_responses: dict[str, list[bytes]] = {"EXPUNGE": [b"3", b"4"]}

    def uid(self, command: str, *args: str) -> tuple[str, list[Any]]:
        self.commands.append((command, *args))
        return "OK", self.data


class _Mailbox:
    def __init__(self, data: list[Any]) -> None:
        self.client = _Client(data)


def test_bodies_with_uid_before_or_after_the_literal() -> None:
    data = [
        (b"1 (UID 7 BODY[] {5}", b"hello"),
        b")",
        (b"2 (BODY[] {3}", b"bye"),
        b" UID 9)",
        b"3 (FLAGS (\\Seen))",  # unsolicited FETCH: ignored
    ]
    mailbox: Any = _Mailbox(data)
    assert imap_session.fetch_bodies(mailbox, [7, 9]) == {7: b"hello", 9: b"bye"}
    assert mailbox.client.commands == [("FETCH", "7,9", "(UID BODY.PEEK[])")]
    assert "EXPUNGE" not in mailbox.client.untagged_responses  # not kept for the whole pass


def test_sizes_skip_lines_without_uid_or_size() -> None:
    data = [b"1 (UID 3 RFC822.SIZE 120)", b"2 (RFC822.SIZE 99 UID 4)", b"5 (FLAGS ())"]
    mailbox: Any = _Mailbox(data)
    assert imap_session.fetch_sizes(mailbox, [3, 4, 8]) == {3: 120, 4: 99}


def test_no_uids_means_no_command() -> None:
    mailbox: Any = _Mailbox([])
    assert imap_session.fetch_bodies(mailbox, []) == {}
    assert mailbox.client.commands == []


def test_uid_sets_compress_runs() -> None:
    assert imap_session.uid_sets([7, 3, 1, 2, 9, 8, 3]) == ["1:3,7:9"]
    assert imap_session.uid_sets([5]) == ["5"]
    assert imap_session.uid_sets([]) == []


def test_sparse_uids_are_split_into_short_command_lines() -> None:
    uids = list(range(10_000_000, 10_002_000, 2))  # 1000 eight-digit UIDs, no runs
    sets = imap_session.uid_sets(uids)
    assert len(sets) > 1 and max(map(len, sets)) <= 2000
    assert [int(u) for s in sets for u in s.split(",")] == uids


def test_a_big_fetch_is_issued_as_several_commands() -> None:
    mailbox: Any = _Mailbox([b"1 (UID 3 RFC822.SIZE 120)"])
    imap_session.fetch_sizes(mailbox, list(range(10_000_000, 10_002_000, 2)))
    assert len(mailbox.client.commands) > 1
    assert all(len(command[1]) <= 2000 for command in mailbox.client.commands)
