"""Put mail into the durable outbox, in the caller's transaction.

Writing the composed bytes (not a recipe) means every retry sends the identical message
with the same Message-ID. The daily per-recipient cap is applied here, at the one door all
our mail goes through, so a robot that answers everything cannot keep a loop going.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import datetime
from functools import lru_cache

from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.orm import Session

from mailbot.outbox.compose import compose_raw
from mailbot.outbox.mail import OutgoingMail, make_message_id, new_nonce
from mailbot.settings import Settings
from mailbot.store import direct, repo
from mailbot.store.tables import MessageRecord, OutboxItem

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


# Same text on SQLite (3.35+) and PostgreSQL; a prepared text statement because this runs
# for every recipient of every mail and building the ORM upsert cost more than running it.
_COUNT_SEND = text(
    "INSERT INTO send_counts (recipient, day, count) VALUES (:recipient, :day, 1) "
    "ON CONFLICT (recipient, day) DO UPDATE SET count = send_counts.count + 1 "
    "WHERE send_counts.count < :cap RETURNING recipient"
).bindparams(bindparam("day", type_=Date))


def _count_sends(session: Session, recipients: list[str], now: datetime, cap: int) -> set[str]:
    """Count one mail to each recipient today; return those still under the cap.

    ``INSERT … ON CONFLICT DO UPDATE … WHERE count < cap RETURNING`` returns no row for a
    capped recipient; two instances counting at once are serialised by the row on both
    backends, with no read-then-write window.
    """
    if cap <= 0:
        return set()
    connection = session.connection()
    return {
        r
        for r in dict.fromkeys(recipients)
        if direct.execute(connection, _COUNT_SEND, {"recipient": r, "day": now.date(), "cap": cap})
    }


def enqueue(
    session: Session,
    mail: OutgoingMail,
    *,
    settings: Settings,
    now: datetime,
    escalation_id: int | None,
    dedupe_key: str | None = None,
) -> int | None:
    """Queue ``mail`` and return the outbox id; None when deduplicated or all are capped.

    Rows go in by Core inserts (one statement each, no unit-of-work bookkeeping): this
    runs for most inbound messages. A dedupe key that another instance queued first
    makes the insert do nothing, so no savepoint is needed.
    """
    if dedupe_key and session.scalar(
        select(OutboxItem.id).where(OutboxItem.dedupe_key == dedupe_key)
    ):
        return None
    under_cap = _count_sends(session, [*mail.to, *mail.cc], now, settings.daily_cap_per_recipient)
    allowed = [r for r in dict.fromkeys((*mail.to, *mail.cc)) if r in under_cap]
    capped = sorted((set(mail.to) | set(mail.cc)) - set(allowed))
    for rcpt in capped:
        log.warning("daily cap reached for %s: %s not sent", rcpt, mail.kind)
        repo.add_audit(
            session,
            at=now,
            action="daily_cap",
            reason=f"{mail.kind} not sent",
            sender=rcpt,
            escalation_ref=mail.escalation_ref or "",
        )
    if not allowed:
        return None
    subject, raw = compose_raw(
        mail,
        from_address=settings.address,
        from_name="mailbot",
        loop_marker=loop_marker(settings),
        date=now,
    )
    item = {
        "message_id": mail.message_id, "dedupe_key": dedupe_key,
        "escalation_id": escalation_id, "kind": mail.kind, "mail_from": settings.address,
        "recipients": allowed, "raw": raw, "status": "pending", "attempts": 0,
        "next_attempt_at": now, "created_at": now, "last_error": "",
    }  # fmt: skip
    # Only a dedupe key can conflict (message ids are random); the ON CONFLICT form is not
    # in SQLAlchemy's statement cache, so it is kept to the rare keyed mail.
    keyed = dedupe_key is not None
    item_id = repo.insert_returning_id(session, OutboxItem, item, on_conflict_nothing=keyed)
    if item_id is None:  # another instance queued the same dedupe key first
        return None
    record = {
        "message_id": mail.message_id, "direction": "out", "escalation_id": escalation_id,
        "kind": mail.kind, "sender": settings.address, "recipients": allowed,
        "subject": subject, "in_reply_to": mail.in_reply_to or "",
        "references": " ".join(mail.references), "size": len(raw),
        "sha256": hashlib.sha256(raw).hexdigest(), "created_at": now, "outcome": "",
    }  # fmt: skip
    repo.insert_row(session, MessageRecord, record)
    return item_id
