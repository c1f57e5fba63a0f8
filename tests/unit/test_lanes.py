"""Which mails of an outbox batch share an SMTP connection (``outbox/lanes.py``)."""

from __future__ import annotations

from mailbot.outbox.lanes import PER_LANE, lanes

Mail = tuple[int, tuple[str, ...]]


def _split(mails: list[Mail], most: int) -> list[list[int]]:
    return [[n for n, _ in lane] for lane in lanes(mails, lambda mail: mail[1], most)]


def _distinct(count: int) -> list[Mail]:
    return [(n, (f"p{n}@example.com",)) for n in range(count)]


def test_a_small_batch_keeps_one_connection() -> None:
    assert _split(_distinct(PER_LANE), 3) == [list(range(PER_LANE))]
    assert _split(_distinct(PER_LANE + 1), 3) == [[0, 2, 4, 6, 8], [1, 3, 5, 7]]
    assert _split([], 3) == []


def test_a_large_batch_is_dealt_evenly_each_lane_in_queue_order() -> None:
    split = _split(_distinct(50), 3)
    assert [len(lane) for lane in split] == [17, 17, 16]
    assert all(lane == sorted(lane) for lane in split)
    assert sorted(n for lane in split for n in lane) == list(range(50))
    assert _split(_distinct(50), 1) == [list(range(50))]


def test_mails_that_share_a_recipient_share_a_lane_in_order() -> None:
    mails = _distinct(40)
    mails[5] = (5, ("Jane@Example.com",))
    mails[30] = (30, ("ops@example.com", "jane@example.com"))  # linked to 5 by jane
    mails[39] = (39, ("OPS@example.com",))  # and to 30 by ops: all three in one lane
    split = _split(mails, 3)
    together = [lane for lane in split if 5 in lane]
    assert len(together) == 1 and {30, 39} <= set(together[0])
    assert together[0] == sorted(together[0])


def test_one_busy_recipient_stays_in_one_lane() -> None:
    mails: list[Mail] = [(n, ("csm@example.com",)) for n in range(30)] + [
        (30 + n, (f"p{n}@example.com",)) for n in range(6)
    ]
    split = _split(mails, 3)
    assert split[0] == list(range(30))  # the largest group, whole and in order
    assert sorted(n for lane in split[1:] for n in lane) == list(range(30, 36))
