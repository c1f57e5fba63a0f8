"""Which of a claimed batch's mails share an SMTP connection (a lane).

Sending a batch over one connection waits for the relay's answer to each DATA in turn:
an MTA answers only once it has written the mail down (~10 ms a mail to a local Dovecot
by LMTP, more to a relay across a network), so 50 mails after a ``run --once`` pass took
~0.5 s of a 5 s pass while both cores idled. Relays take several connections at once
(Postfix's default is 100 smtpd processes; Microsoft 365 allows 3 per mailbox), so a
batch is sent over up to ``MAILBOT_SMTP_CONNECTIONS`` of them side by side.

What splitting must not change: two mails with a recipient in common are sent over the
same connection, in the order they were queued (a person still gets the approval request
before the notice that the brief was routed), and a small batch still uses one
connection (opening one costs more than it saves below :data:`PER_LANE` mails).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

_T = TypeVar("_T")
PER_LANE = 8  # mails a lane should have before another connection is worth opening


def lanes(
    items: Sequence[_T], recipients: Callable[[_T], Sequence[str]], most: int
) -> list[list[_T]]:
    """``items`` (in sending order) split into at most ``most`` lanes, each in that order.

    Mails linked by a shared recipient (directly or through others) form one group, which
    goes whole to one lane; the groups are dealt out largest first to the lane with the
    fewest mails so far, so one busy recipient may leave a lane longer than the others.
    """
    count = min(most, 1 + (len(items) - 1) // PER_LANE) if items else 0
    if count <= 1:
        return [list(items)] if items else []
    groups = _groups(items, recipients)
    filled: list[list[int]] = [[] for _ in range(count)]
    for group in sorted(groups, key=len, reverse=True):
        min(filled, key=len).extend(group)
    return [[items[i] for i in sorted(lane)] for lane in filled if lane]


def _groups(items: Sequence[_T], recipients: Callable[[_T], Sequence[str]]) -> list[list[int]]:
    """Indexes of ``items`` grouped by shared recipients (case-insensitive), union-find."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for index, item in enumerate(items):
        for address in recipients(item):
            seen = first.setdefault(address.lower(), index)
            parent[root(index)] = root(seen)
    grouped: dict[int, list[int]] = {}
    for index in range(len(items)):
        grouped.setdefault(root(index), []).append(index)
    return list(grouped.values())
