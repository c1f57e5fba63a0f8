"""Deliver the outbox: claim due items, send, and record what the server said.

An item is claimed with a lease (status ``sending`` until ``next_attempt_at``), so a crash
between the claim and SMTP ``250`` leaves it to be re-sent after the lease, with the same
bytes and Message-ID, and a second instance never takes an item that is being sent.
A mail the daily cap held (status ``held``) is claimed like any other once its
``next_attempt_at``, the start of the window it was counted in, has come.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Protocol, runtime_checkable

from sqlalchemy import LargeBinary, bindparam, func, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from mailbot.backoff import exponential, jitter
from mailbot.domain import OUTBOX_WAITING, OutboxStatus
from mailbot.errors import PermanentDeliveryError, TransientDeliveryError
from mailbot.faults import crash_point
from mailbot.observe import metrics
from mailbot.outbox.lanes import lanes
from mailbot.outbox.recipe import compose_recipe
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.store.tables import OutboxItem

log = logging.getLogger(__name__)
_CLAIMABLE = tuple(OUTBOX_WAITING)
# What an UPDATE changed is read back by RETURNING or not at all: the session holds no
# copy to bring up to date (the ORM's default evaluated each statement's WHERE in Python).
_NO_SYNC = {"synchronize_session": False}


class Transport(Protocol):
    def send_bytes(self, data: bytes, *, mail_from: str, rcpt_to: list[str]) -> str: ...


class _Session(Transport, AbstractContextManager[Transport], Protocol):
    pass


@runtime_checkable
class SessionTransport(Transport, Protocol):
    """A transport that can keep one connection for a batch (:class:`SmtpTransport`)."""

    def session(self) -> _Session: ...


@contextmanager
def _connection(transport: Transport) -> Iterator[Transport]:
    """One connection for the whole batch when the transport can keep one."""
    if not isinstance(transport, SessionTransport):
        yield transport
        return
    with transport.session() as session:
        yield session


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    failed_ids: list[int] = field(default_factory=list)

    @classmethod
    def merged(cls, reports: Sequence[DeliveryReport]) -> DeliveryReport:
        total = cls()
        for report in reports:
            total.sent, total.retrying = total.sent + report.sent, total.retrying + report.retrying
            total.failed += report.failed
            total.failed_ids.extend(report.failed_ids)
        return total


def backoff(attempts: int) -> timedelta:
    """Exponential from 30 s, capped at one hour, with jitter so instances do not align."""
    return timedelta(seconds=jitter(exponential(attempts, first=30, cap=3600), 0.8, 1.2))


def _claim(db: Database, now: datetime, limit: int, lease: timedelta) -> list[OutboxItem]:
    """Lease up to ``limit`` due items, oldest first, in one UPDATE … RETURNING.

    The rows are locked in id order first (on PostgreSQL; SQLite has one writer), so two
    instances claiming at once wait for each other rather than deadlock, and the UPDATE
    re-checks each row's status and due time, so an item another instance claimed first
    is left out. One statement for the batch: an UPDATE and a read per item cost the
    sending after a ``run --once`` pass 4-5 ms of CPU a mail.
    """
    with db.session() as session:
        due = select(OutboxItem.id).where(
            OutboxItem.status.in_(_CLAIMABLE), OutboxItem.next_attempt_at <= now
        )
        ids = list(session.scalars(due.order_by(OutboxItem.id).limit(limit).with_for_update()))
        if not ids:
            return []
        claimed = session.scalars(
            update(OutboxItem)
            .where(OutboxItem.id.in_(ids), OutboxItem.next_attempt_at <= now)
            .where(OutboxItem.status.in_(_CLAIMABLE))
            .values(
                status=OutboxStatus.SENDING,
                next_attempt_at=now + lease,
                # the first claim keeps when it became due (the old value)
                due_since=func.coalesce(OutboxItem.due_since, OutboxItem.next_attempt_at),
            )
            .returning(OutboxItem),
            execution_options=_NO_SYNC,
        ).all()
        _compose_claimed(session, claimed)
    return sorted(claimed, key=lambda item: item.id)


# Core statements (an executemany each): bind names differ from the columns they set.
_STORE_RAW = text("UPDATE outbox SET raw = :raw, recipe = NULL WHERE id = :item_id").bindparams(
    bindparam("raw", type_=LargeBinary)
)
_RECORD_RAW = text("UPDATE messages SET size = :size, sha256 = :digest WHERE message_id = :mid")


def _compose_claimed(session: Session, items: Sequence[OutboxItem]) -> None:
    """Compose the claimed mails that wait as recipes, storing their bytes with the claim.

    Stored before the first attempt, so a crash after the claim, or a retry, sends these
    bytes again. A recipe that does not compose (:func:`compose.check` refused what it
    could when it was queued) keeps no bytes; the sender gives that mail up.
    """
    stored, records = [], []
    for item in items:
        if item.raw or item.recipe is None:
            continue
        try:
            _subject, raw = compose_recipe(item.recipe)
        except ValueError as exc:
            log.error("outbox %s: the queued mail does not compose: %s", item.id, exc)
            continue
        set_committed_value(item, "raw", raw)  # written below, with the others at once
        stored.append({"item_id": item.id, "raw": raw})
        digest = hashlib.sha256(raw).hexdigest()
        records.append({"mid": item.message_id, "size": len(raw), "digest": digest})
    if stored:
        session.execute(_STORE_RAW, stored)
        session.execute(_RECORD_RAW, records)


def deliver_due(
    db: Database,
    transport: Transport,
    settings: Settings,
    now: Callable[[], datetime],
    *,
    on_failed: Callable[[int, str], None] | None = None,
    limit: int = 50,
    connections: int = 1,
) -> DeliveryReport:
    """Send everything due now; ``on_failed(outbox_id, reason)`` runs once per failed item.

    Up to ``connections`` connections at once (:mod:`mailbot.outbox.lanes` decides which
    mails share one); the mails of one connection go one after another (see
    :mod:`mailbot.outbox.smtp` for what a failure then means for the mails after it).
    """
    lease = timedelta(seconds=settings.outbox_lease_seconds)
    items = _claim(db, now(), limit, lease)
    split = lanes(items, lambda item: item.recipients, connections if _shareable(transport) else 1)
    if len(split) <= 1:
        return _deliver_lane(db, transport, settings, now, items, on_failed=on_failed)
    with ThreadPoolExecutor(len(split), thread_name_prefix="outbox-lane") as pool:
        send = partial(_deliver_lane, db, transport, settings, now, on_failed=on_failed)
        reports = list(pool.map(send, split))
    return DeliveryReport.merged(reports)


def _shareable(transport: Transport) -> bool:
    """Only a transport that opens a connection per batch may be used by several threads."""
    return isinstance(transport, SessionTransport)


def _deliver_lane(
    db: Database,
    transport: Transport,
    settings: Settings,
    now: Callable[[], datetime],
    items: Sequence[OutboxItem],
    *,
    on_failed: Callable[[int, str], None] | None,
) -> DeliveryReport:
    """One connection's mails, in order; its own report (the lanes run in threads)."""
    report = DeliveryReport()
    if not items:
        return report
    with _connection(transport) as sender:
        for item in items:
            crash_point("after_claim")
            try:
                _deliver_one(db, sender, settings, now, item, report, on_failed)
            except Exception:  # one item (or its alert) must not strand the rest of the batch
                log.exception("outbox %s: unexpected error; retried after its lease", item.id)
    return report


def _deliver_one(
    db: Database,
    transport: Transport,
    settings: Settings,
    now: Callable[[], datetime],
    item: OutboxItem,
    report: DeliveryReport,
    on_failed: Callable[[int, str], None] | None,
) -> None:
    try:
        if not item.raw:  # its recipe did not compose when claimed (see _compose_claimed)
            raise PermanentDeliveryError("the queued mail could not be composed")
        # The stored bytes go out as they are: every retry is byte-identical.
        transport.send_bytes(item.raw, mail_from=item.mail_from, rcpt_to=list(item.recipients))
    except TransientDeliveryError as exc:
        _retry_or_give_up(db, item, str(exc), now(), settings, report, on_failed)
    except PermanentDeliveryError as exc:
        _finish(db, item.id, OutboxStatus.FAILED, str(exc), now())
        metrics.delivery("failed")
        report.failed += 1
        report.failed_ids.append(item.id)
        if on_failed:
            on_failed(item.id, str(exc))
    else:
        crash_point("after_250")
        _finish(db, item.id, OutboxStatus.SENT, "", now())
        metrics.delivery("sent")
        report.sent += 1


def _retry_or_give_up(
    db: Database,
    item: OutboxItem,
    error: str,
    now: datetime,
    settings: Settings,
    report: DeliveryReport,
    on_failed: Callable[[int, str], None] | None,
) -> None:
    # From when it became due: a mail the daily cap held for days still gets its full
    # days of retries once it may go.
    if now - (item.due_since or item.created_at) > timedelta(days=settings.outbox_give_up_days):
        _finish(db, item.id, OutboxStatus.DEAD, f"gave up: {error}", now)
        metrics.delivery("failed")
        report.failed += 1
        report.failed_ids.append(item.id)
        if on_failed:
            on_failed(item.id, f"gave up after {settings.outbox_give_up_days:g} days: {error}")
        return
    attempts = item.attempts + 1
    with db.session() as session:
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item.id)
            .values(
                status=OutboxStatus.PENDING,
                attempts=attempts,
                last_error=error[:2000],
                next_attempt_at=now + backoff(attempts),
            )
        )
    metrics.delivery("deferred")
    log.warning(
        "outbox %s: transient failure (attempt %d): %s", item.id, attempts, error,
        extra={"outbox_id": item.id, "outcome": "deferred"},
    )  # fmt: skip
    report.retrying += 1


def _finish(db: Database, item_id: int, status: OutboxStatus, error: str, now: datetime) -> None:
    values: dict[str, object] = {"status": status, "last_error": error[:2000]}
    if status is OutboxStatus.SENT:
        values["sent_at"] = now
    with db.session() as session:
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item_id)
            .values(attempts=OutboxItem.attempts + 1, **values),
            execution_options=_NO_SYNC,
        )
    if status is not OutboxStatus.SENT:
        log.error(
            "outbox %s: %s: %s", item_id, status, error,
            extra={"outbox_id": item_id, "outcome": status},
        )  # fmt: skip
