"""A CSM's forward opens an escalation: a draft in waiting, its drafting job queued, and
a certain duplicate of an open escalation merged into it at once (issue 19)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from mailbot.domain import Category, Sentiment, Severity, Status
from mailbot.handlers import certain, dedupe
from mailbot.handlers.draft_queue import queue_draft
from mailbot.handlers.result import Handled
from mailbot.inbound.message import InboundMessage
from mailbot.outbox.mailer import Mailer
from mailbot.store import repo
from mailbot.store.tables import Escalation


def open_escalation(
    session: Session, message: InboundMessage, raw: bytes, *, now: datetime, own_domain: str = ""
) -> tuple[Escalation, Sequence[Sequence[Any]] | None]:
    """A new escalation in ``draft`` with version 0 (being drafted) and its drafting job;
    with what the certain-duplicate check reads, when read in the same round trip
    (PostgreSQL: :func:`mailbot.handlers.certain.citing_before_insert`), else None."""
    esc = Escalation(
        status=Status.DRAFT.value,
        category=Category.PRODUCT_DEFECT.value,  # placeholders until the draft lands
        severity=Severity.MEDIUM.value,
        sentiment=Sentiment.CONCERNED.value,
        subject=message.clean_subject[:500],
        csm=message.sender,
        draft_version=0,
        source_message_id=message.message_id,
        teams=[],
        created_at=now,
        updated_at=now,
    )
    dedupe.record_keys(esc, message, own_domain)
    found: Sequence[Sequence[Any]] | None = []  # none cites: no read (certain.cites_none)
    if certain.cites_none(session, esc):
        repo.insert_escalation(session, esc, now.year)  # its id now
    else:
        citing = certain.citing_before_insert(session, esc)
        found = repo.insert_escalation(session, esc, now.year, citing)
        if citing is None:
            found = None  # not read with the INSERT: the check reads for itself
    certain.note_opened(session, esc)
    repo.add_event(
        session,
        esc,
        at=now,
        actor=message.sender,
        kind="created",
        to_status=Status.DRAFT.value,
        detail=message.clean_subject[:300],
        message_id=message.message_id,
    )
    queue_draft(session, esc, raw, message.message_id, now=now, context=[], version=1)
    return esc, found


def open_from_forward(
    session: Session, message: InboundMessage, raw: bytes, mailer: Mailer
) -> Handled:
    own_domain = mailer.settings.domain
    esc, found = open_escalation(session, message, raw, now=mailer.now, own_domain=own_domain)
    target = certain.merge_if_certain(mailer, esc, found)
    if target is not None:
        return Handled.processed(f"new escalation {esc.ref} merged into {target.ref}", esc)
    return Handled.processed(f"new escalation {esc.ref} opened; drafting queued", esc)
