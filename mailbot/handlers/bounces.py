"""Bounces of our own mail: mark the outbox item and note it on the escalation.

A bounce is never answered (SPEC §6); we only read which of our messages it returns, from
the returned headers, and only for mail our outbox has actually sent.
"""

from __future__ import annotations

import email
import re
from datetime import datetime
from email.policy import compat32

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import OutboxStatus
from mailbot.inbound.message import InboundMessage
from mailbot.store import repo
from mailbot.store.tables import Escalation, OutboxItem

_RETURNED_ID = re.compile(rb"^Message-ID:\s*<([^<>\s]+)>", re.IGNORECASE | re.MULTILINE)


def _returned_ids(raw: bytes) -> list[bytes]:
    """Message-IDs in the returned headers, whatever transfer encoding the DSN used."""
    found = _RETURNED_ID.findall(raw[:1_000_000])
    message = email.message_from_bytes(raw[:1_000_000], policy=compat32)
    for part in message.walk():
        if part.get_content_type() in ("text/rfc822-headers", "message/rfc822"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                found += _RETURNED_ID.findall(payload)
            elif part.is_multipart():
                found += _RETURNED_ID.findall(part.as_bytes())
    return found


def record_bounce(session: Session, message: InboundMessage, raw: bytes, now: datetime) -> str:
    """Returns a note for the log ("" when the message is not a bounce of ours)."""
    reason = message.auto.reason.lower()
    if not any(
        word in reason for word in ("delivery", "mailer-daemon", "postmaster", "return-path")
    ):
        return ""
    for found in _returned_ids(raw):
        mid = found.decode("ascii", "replace")
        item = session.scalars(select(OutboxItem).where(OutboxItem.message_id == mid)).first()
        if item is None or item.status != OutboxStatus.SENT:
            continue  # only delivered mail can bounce; a pending item is never stopped here
        item.status = OutboxStatus.BOUNCED
        item.last_error = f"bounce received: {message.subject[:200]}"
        if item.escalation_id is not None:
            esc = session.get(Escalation, item.escalation_id)
            if esc is not None:
                repo.add_event(
                    session,
                    esc,
                    at=now,
                    actor="mailbot",
                    kind="bounced",
                    from_status=esc.status,
                    to_status=esc.status,
                    detail=f"{item.kind} to {', '.join(item.recipients)} bounced",
                    message_id=message.message_id,
                )
        return f"; bounce of our {item.kind} recorded"
    return ""
