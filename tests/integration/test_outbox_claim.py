"""The outbox claims a batch in one statement, and two senders at once never share a mail.

Both store backends. The claim was an UPDATE and a read per item (101 statements for a
batch of 50, 4-5 ms of CPU a mail after a ``run --once`` pass); it is now one locking
read of the due ids and one UPDATE … RETURNING, which must keep what the per-item claim
guaranteed: an item another sender claimed first is never claimed again.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from sqlalchemy import event

from mailbot.app import App
from mailbot.outbox.sender import deliver_due
from tests.integration.test_outbox_batch import _queue


class _Recorder:
    """A transport that accepts everything and remembers what it was given."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def send_bytes(self, data: bytes, *, mail_from: str, rcpt_to: list[str]) -> str:
        self.sent.append(data)
        return "250 ok"


def test_a_batch_is_claimed_in_a_few_statements(app: App) -> None:
    _queue(app, 50)
    statements: list[str] = []

    def count(*call: Any) -> None:
        statements.append(str(call[2]).split()[0].upper())

    event.listen(app.db.engine, "before_cursor_execute", count)
    try:
        report = deliver_due(app.db, _Recorder(), app.settings, app.clock.now)
    finally:
        event.remove(app.db.engine, "before_cursor_execute", count)
    assert report.sent == 50
    # the claim: one SELECT and one UPDATE, and the composed bytes stored with it (one
    # executemany for the outbox rows, one for their message records); then one UPDATE
    # per mail sent, as before
    assert Counter(statements) == {"SELECT": 1, "UPDATE": 53}


def test_two_senders_at_once_send_each_mail_once(app: App) -> None:
    ids = _queue(app, 40)
    transports = [_Recorder(), _Recorder()]
    start = threading.Barrier(2)

    def sender(transport: _Recorder) -> None:
        start.wait()
        deliver_due(app.db, transport, app.settings, app.clock.now, limit=30)

    threads = [threading.Thread(target=sender, args=(t,)) for t in transports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sent = transports[0].sent + transports[1].sent
    assert len(sent) == len(set(sent))  # nothing twice
    assert len(sent) >= 30 and len(ids) == 40  # the first claim's 30 at least, none lost
