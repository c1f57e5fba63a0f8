"""Put mail into the durable outbox, in the caller's transaction.

A mail is stored as a recipe and composed once, when first claimed
(:mod:`mailbot.outbox.recipe`): from then on every retry sends the identical bytes with
the same Message-ID. The daily per-recipient cap is applied here, at the one door all
our mail goes through, so a robot that answers everything cannot keep a loop going. The cap
delays, it never drops: a mail over it is stored ``held`` with a slot counted in the first
later window (UTC day) where all its recipients are under the cap, and the sender sends it
when that window opens, with the Message-ID and Date it was given now.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.orm import Session

from mailbot.domain import Direction, OutboxStatus
from mailbot.outbox.compose import check as compose_check
from mailbot.outbox.compose import compose_raw
from mailbot.outbox.mail import OutgoingMail
from mailbot.outbox.recipe import Recipe, recipe_of
from mailbot.settings import Settings
from mailbot.signing.message_ids import make_message_id, new_nonce
from mailbot.store import pending, repo
from mailbot.store.tables import MessageRecord, OutboxItem, SendCount

log = logging.getLogger(__name__)


def loop_marker(settings: Settings) -> str:
    """A per-installation marker: our own mail coming back is recognised by it."""
    return _loop_marker(settings.secret_key)


@lru_cache(maxsize=8)
def _loop_marker(secret_key: str) -> str:
    digest = hmac.new(secret_key.encode(), b"loop-marker", hashlib.sha256).hexdigest()
    return f"mailbot-{digest[:16]}"


def new_message_id(settings: Settings, kind: str, ref: str | None) -> str:
    safe_kind = kind.replace(".", "-")[:40]
    return make_message_id(
        settings.domain,
        settings.secret_key.encode(),
        kind=safe_kind,
        ref=(ref or "none"),
        nonce=new_nonce(),
    )


# Same text on SQLite and PostgreSQL (the count itself: store.pending.COUNT_SEND).
_UNCOUNT_SEND = text(
    "UPDATE send_counts SET count = count - 1 WHERE recipient = :recipient AND day = :day"
).bindparams(bindparam("day", type_=Date))
# A robot can keep one recipient over the cap for a long time; the search for a free
# window is bounded so a mail is never lost to it, only held for at most this long.
_MAX_WINDOWS = 366


@dataclass(frozen=True)
class Hold:
    """A mail held by the daily cap: who was over it, in which window, and when it goes."""

    recipients: tuple[str, ...]
    window: date  # the UTC day whose cap they reached
    until: datetime  # the start of the window the mail is counted in and sent


def cap_window(moment: datetime) -> date:
    """The cap's window: the UTC calendar day (``send_counts.day``)."""
    return moment.astimezone(UTC).date()


def window_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _count_sends(session: Session, recipients: list[str], day: date, cap: int) -> set[str]:
    """Count one mail to each recipient in ``day``; return those that were under the cap
    (one upsert each, decided in the transaction after its first: store.pending)."""
    return {r for r in dict.fromkeys(recipients) if pending.count_send(session, r, day, cap)}


def _uncount(session: Session, recipients: set[str], day: date) -> None:
    for r in sorted(recipients):
        session.execute(_UNCOUNT_SEND, {"recipient": r, "day": day})


def _full_days(session: Session, recipients: list[str], after: date, cap: int) -> set[date]:
    stmt = select(SendCount.day).where(
        SendCount.recipient.in_(recipients), SendCount.day > after, SendCount.count >= cap
    )
    return set(session.scalars(stmt))


def _reserve(session: Session, recipients: list[str], now: datetime, cap: int) -> Hold | None:
    """Count the mail in the first window where every recipient is under the cap.

    None when that is today's window (the common case: one statement per recipient). A
    held mail is held for all its recipients, so one message keeps one Message-ID and
    one outbox row; the slots taken today for the others are given back.
    """
    today = cap_window(now)
    wanted = list(dict.fromkeys(recipients))
    counted = _count_sends(session, wanted, today, cap)
    if len(counted) == len(wanted):
        return None
    capped = tuple(r for r in wanted if r not in counted)
    _uncount(session, counted, today)
    full = _full_days(session, wanted, today, cap)
    day = today + timedelta(days=1)
    for _ in range(_MAX_WINDOWS):
        while day in full:
            day += timedelta(days=1)
        got = _count_sends(session, wanted, day, cap)
        if len(got) == len(wanted):
            break
        _uncount(session, got, day)  # another instance filled it meanwhile
        full.add(day)
    else:  # every window for a year is full: hold it past them, uncounted, never drop it
        log.error("daily cap: no free window for %s within %d days", capped, _MAX_WINDOWS)
    return Hold(recipients=capped, window=today, until=window_start(day))


def _audit_hold(session: Session, mail: OutgoingMail, hold: Hold, now: datetime, cap: int) -> None:
    for rcpt in hold.recipients:
        log.warning("daily cap reached for %s: %s held until %s", rcpt, mail.kind, hold.until)
        repo.add_audit(
            session,
            at=now,
            action="daily_cap",
            reason=f"{mail.kind} held until {hold.until:%Y-%m-%d %H:%M} UTC "
            f"({cap} mails to {rcpt} already today)",
            sender=rcpt,
            escalation_ref=mail.escalation_ref or "",
        )


def queue_mail(
    session: Session,
    mail: OutgoingMail,
    *,
    settings: Settings,
    now: datetime,
    escalation_id: int | None,
    dedupe_key: str | None = None,
    capped: bool = True,
    on_held: Callable[[Hold], None] | None = None,
) -> bool:
    """Like :func:`enqueue`; whether the mail was queued (False: deduplicated).

    A mail without a dedupe key (nearly all) needs no id back, so its outbox and message
    rows wait for the commit in the session's write-behind (:mod:`mailbot.store.pending`):
    the rows of a whole batch go in as one ``executemany`` per table.
    """
    queued = _enqueue(
        session, mail, settings=settings, now=now, escalation_id=escalation_id,
        dedupe_key=dedupe_key, capped=capped, on_held=on_held, need_id=False,
    )  # fmt: skip
    return queued is not None


def enqueue(
    session: Session,
    mail: OutgoingMail,
    *,
    settings: Settings,
    now: datetime,
    escalation_id: int | None,
    dedupe_key: str | None = None,
    capped: bool = True,
    on_held: Callable[[Hold], None] | None = None,
) -> int | None:
    """Queue ``mail`` and return the outbox id; None when deduplicated.

    Over the daily cap the mail is queued ``held`` until a later window and ``on_held``
    is told (after the row is in). ``capped=False`` is only for the notice about held
    mail itself, which its dedupe key already limits to one per recipient and window.

    Rows go in by Core inserts (one statement each, no unit-of-work bookkeeping): this
    runs for most inbound messages. A dedupe key that another instance queued first
    makes the insert do nothing, so no savepoint is needed.
    """
    return _enqueue(
        session, mail, settings=settings, now=now, escalation_id=escalation_id,
        dedupe_key=dedupe_key, capped=capped, on_held=on_held, need_id=True,
    )  # fmt: skip


def _compose_or_check(
    mail: OutgoingMail, settings: Settings, now: datetime
) -> tuple[str, bytes, Recipe | None]:
    """Subject, bytes and recipe: a mail without files waits as a recipe, checked now and
    composed when claimed (:mod:`mailbot.outbox.recipe`; its record's size and digest are
    filled then); one with files is composed now, as its files are not kept apart."""
    sender = {"from_address": settings.address, "from_name": "mailbot"}
    marker = loop_marker(settings)
    if mail.attachments:
        subject, raw = compose_raw(mail, **sender, loop_marker=marker, date=now)
        return subject, raw, None
    subject = compose_check(mail, **sender, loop_marker=marker, date=now)
    return subject, b"", recipe_of(mail, **sender, loop_marker=marker, date=now)


def _enqueue(
    session: Session,
    mail: OutgoingMail,
    *,
    settings: Settings,
    now: datetime,
    escalation_id: int | None,
    dedupe_key: str | None,
    capped: bool,
    on_held: Callable[[Hold], None] | None,
    need_id: bool,
) -> int | None:
    """The outbox id (0 when the row waits for the commit); None when deduplicated."""
    if dedupe_key and session.scalar(
        select(OutboxItem.id).where(OutboxItem.dedupe_key == dedupe_key)
    ):
        return None
    recipients = list(dict.fromkeys((*mail.to, *mail.cc)))
    cap = settings.daily_cap_per_recipient
    hold = _reserve(session, recipients, now, cap) if capped else None
    if hold is not None:
        _audit_hold(session, mail, hold, now, cap)
    subject, raw, recipe = _compose_or_check(mail, settings, now)
    status = OutboxStatus.HELD if hold else OutboxStatus.PENDING
    item = {
        "message_id": mail.message_id, "dedupe_key": dedupe_key,
        "escalation_id": escalation_id, "kind": mail.kind, "mail_from": settings.address,
        "recipients": recipients, "raw": raw, "recipe": recipe, "status": status,
        "attempts": 0, "next_attempt_at": hold.until if hold else now, "created_at": now,
        "last_error": "",
    }  # fmt: skip
    # Only a dedupe key can conflict (message ids are random); the ON CONFLICT form is not
    # in SQLAlchemy's statement cache, so it is kept to the rare keyed mail.
    keyed = dedupe_key is not None
    if keyed or need_id:
        item_id = repo.insert_returning_id(session, OutboxItem, item, on_conflict_nothing=keyed)
        if item_id is None:  # another instance queued the same dedupe key first
            return None
    else:  # a random Message-ID cannot conflict: no id, no answer needed now
        repo.insert_row(session, OutboxItem, item)
        item_id = 0
    record = {
        "message_id": mail.message_id, "direction": Direction.OUT, "escalation_id": escalation_id,
        "kind": mail.kind, "sender": settings.address, "recipients": recipients,
        "subject": subject, "in_reply_to": mail.in_reply_to or "",
        "references": " ".join(mail.references), "size": len(raw),
        "sha256": hashlib.sha256(raw).hexdigest() if raw else "", "created_at": now,
        "outcome": "",
    }  # fmt: skip
    repo.insert_row(session, MessageRecord, record)
    if hold is not None and on_held is not None:
        on_held(hold)
    return item_id
