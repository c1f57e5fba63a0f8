"""The customer text a duplicate check compares, and where an older row keeps it.

Since migration 0009 an escalation keeps its customer text on the row at opening. Rows
opened before it are read from their first brief job's forward, parsed once per process
(the bytes never change), not once per draft that compares them.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailbot.domain import DraftPurpose
from mailbot.inbound.message import ForwardedThread
from mailbot.inbound.parse import parse_message
from mailbot.lifecycle.duplicates import TEXT_LIMIT
from mailbot.store.tables import DraftJob, Escalation


def customer_text(thread: ForwardedThread, own_domain: str) -> str:
    """What the customer wrote: forwarded messages not from our own domain. Without NUL
    characters: PostgreSQL's text columns refuse them, and a body ending in one made the
    opening fail and retry (found by tests/security/test_pipeline_property.py)."""
    return (
        "\n".join(m.body for m in thread.messages if m.sender.rpartition("@")[2] != own_domain)
        .replace("\x00", "")
        .strip()
    )


def source_text(session: Session, esc: Escalation, own_domain: str) -> str:
    """``esc``'s customer text: kept on its row, or (a row from before migration 0009) read
    from its first brief job's forward."""
    if esc.customer_text is not None:
        return esc.customer_text
    raw = session.scalar(
        select(DraftJob.raw)
        .where(DraftJob.escalation_id == esc.id, DraftJob.purpose == DraftPurpose.BRIEF)
        .order_by(DraftJob.id)
    )
    return "" if raw is None else _text_of(raw, own_domain)


def _text_of(raw: bytes, own_domain: str) -> str:
    key = (hashlib.sha256(raw).digest(), own_domain)
    text = _texts.get(key)
    if text is None:  # a forward is parsed once per process, not once per later draft
        text = customer_text(parse_message(raw).thread, own_domain)[:TEXT_LIMIT]
        _keep(key, text)
    return text


def _keep(key: tuple[bytes, str], text: str) -> None:
    with _texts_lock:
        if key not in _texts and len(_texts) >= _MAX_TEXTS:
            _texts.pop(next(iter(_texts)))
        _texts[key] = text


# The customer texts of escalations opened before migration 0009 (which keeps the text on
# the row), by their forward's digest (the bytes never change): each forward is parsed once
# per process, not once per draft that compares it.
_texts: dict[tuple[bytes, str], str] = {}
_texts_lock = threading.Lock()
_MAX_TEXTS = 512


def older_texts(session: Session, ids: Sequence[int], own_domain: str) -> dict[int, str]:
    """The customer texts of escalations opened before migration 0009, from their first
    brief job's forward (one statement for all)."""
    if not ids:
        return {}
    first = (
        select(func.min(DraftJob.id))
        .where(DraftJob.escalation_id.in_(ids), DraftJob.purpose == DraftPurpose.BRIEF)
        .group_by(DraftJob.escalation_id)
    )
    sources = select(DraftJob.escalation_id, DraftJob.raw).where(DraftJob.id.in_(first))
    return {esc_id: _text_of(raw, own_domain) for esc_id, raw in session.execute(sources)}
