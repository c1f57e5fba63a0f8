"""Finding the open escalation a new forward duplicates (issue 19), with the store.

At opening, the forward's customer Message-IDs and domains are kept on the row; a
certain duplicate of the same CSM's own open escalation is merged at once (no draft:
:mod:`mailbot.handlers.certain`). When the draft lands, the best match (certain or
similar) is flagged on the approval request, and the CSM answers ``merge ESC-…`` or
``separate``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, Text, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from mailbot.domain import OPEN_STATUSES, Status
from mailbot.drafting.drafters import customer_domains
from mailbot.handlers.customer_texts import customer_text, older_texts, source_text
from mailbot.inbound.message import ForwardedThread, InboundMessage
from mailbot.lifecycle.duplicates import TEXT_LIMIT, Match, ThreadKeys, best_match
from mailbot.outbox.mailer import Mailer
from mailbot.store import repo
from mailbot.store.tables import BriefVersion, Escalation, Event

log = logging.getLogger(__name__)
MAX_CANDIDATES = 200  # open escalations compared; the newest first


def forwarded_ids(message: InboundMessage) -> list[str]:
    """The customer mail's Message-IDs: attached originals, and what the forward cites."""
    ids = [m.message_id for m in message.thread.messages if m.message_id]
    ids += [*message.in_reply_to, *message.references]
    return list(dict.fromkeys(i.strip("<>").lower() for i in ids if i))[:50]


def record_keys(esc: Escalation, message: InboundMessage, own_domain: str) -> None:
    esc.forwarded_ids = forwarded_ids(message)
    esc.customer_domains = customer_domains(message.thread, own_domain)[:20]
    esc.customer_text = customer_text(message.thread, own_domain)[:TEXT_LIMIT]


def keys_of(
    session: Session,
    esc: Escalation,
    own_domain: str,
    text: str | None = None,
    content: Mapping[str, object] | None = None,
) -> ThreadKeys:
    """``content``: the latest brief's, when the caller holds it (it just stored it)."""
    if content is None:
        brief = repo.latest_brief(session, esc.id)
        content = dict(brief.content) if brief else {}
    customer = source_text(session, esc, own_domain) if text is None else text
    return _thread_keys(esc, content, customer)


def _thread_keys(
    esc: Escalation | _Open, content: Mapping[str, object], customer: str
) -> ThreadKeys:
    """What a duplicate check compares, from an escalation (or its columns), its latest
    brief's content and the customer text of its first forward."""
    return ThreadKeys(
        ref=esc.ref,
        status=esc.status,
        csm=esc.csm,
        message_ids=frozenset(esc.forwarded_ids or ()),
        domains=frozenset(esc.customer_domains or ()) | ({esc.account_domain} - {""}),
        account=esc.account_name,
        headline=str(content.get("headline", "")),
        impact=str(content.get("customer_impact", "")),
        customer_text=customer,
    )


def others(stmt: Select[Any], esc: Escalation) -> Select[Any]:
    return (
        stmt.where(Escalation.id != esc.id)
        .where(Escalation.status.in_([s.value for s in OPEN_STATUSES]))
        .where(Escalation.merged_into == "")
        .order_by(Escalation.id.desc())
        .limit(MAX_CANDIDATES)
    )


class _Open(NamedTuple):
    """The columns a duplicate check compares: loading 200 whole ORM rows per draft was a
    third of the check."""

    id: int
    ref: str
    status: str
    csm: str
    forwarded_ids: list[str] | None
    customer_domains: list[str] | None
    account_domain: str
    account_name: str
    customer_text: str | None


def _open_rows(session: Session, esc: Escalation, new: ThreadKeys) -> list[_Open]:
    """The open escalations that may share the customer with ``new``: those citing one of
    its customer Message-IDs, naming one of its domains, or its account by name.

    SQL narrows (a JSON list's text containing the quoted value; account names compared
    lower-cased) and :func:`find_match` confirms. Reading every open escalation and
    decoding its two lists was a quarter of storing a draft, and with more than
    :data:`MAX_CANDIDATES` open the customer's older ones were never compared at all.
    """
    listed_ids, listed_domains = (
        cast(Escalation.forwarded_ids, Text),
        cast(Escalation.customer_domains, Text),
    )
    shares = [listed_ids.contains(json.dumps(i), autoescape=True) for i in sorted(new.message_ids)]
    for domain in sorted(new.domains):
        shares.append(listed_domains.contains(json.dumps(domain), autoescape=True))
    if new.domains:
        shares.append(Escalation.account_domain.in_(sorted(new.domains)))
    if new.account:
        shares.append(func.lower(Escalation.account_name) == new.account.lower())
    if not shares:
        return []
    stmt = select(*(getattr(Escalation, name) for name in _Open._fields)).where(or_(*shares))
    return [_Open(*row) for row in session.execute(others(stmt, esc))]


def _candidate_keys(session: Session, rows: Sequence[_Open], own_domain: str) -> list[ThreadKeys]:
    """The keys of several open escalations with two statements, not two per escalation.

    The same values :func:`keys_of` reads: each one's highest brief version's headline and
    impact (only those two, not the whole brief), and its customer text: kept on the row,
    or (a row from before migration 0009) from its first brief job's forward.
    """
    ids = [row.id for row in rows]
    if not ids:
        return []
    top = (
        select(BriefVersion.escalation_id, func.max(BriefVersion.version).label("version"))
        .where(BriefVersion.escalation_id.in_(ids))
        .group_by(BriefVersion.escalation_id)
        .subquery()
    )
    latest = select(
        BriefVersion.escalation_id,
        BriefVersion.content["headline"].as_string(),
        BriefVersion.content["customer_impact"].as_string(),
    ).join(
        top,
        and_(
            BriefVersion.escalation_id == top.c.escalation_id,
            BriefVersion.version == top.c.version,
        ),
    )
    contents = {
        esc_id: {"headline": headline or "", "customer_impact": impact or ""}
        for esc_id, headline, impact in session.execute(latest)
    }
    texts = older_texts(session, [row.id for row in rows if row.customer_text is None], own_domain)
    return [_thread_keys(row, contents.get(row.id) or {}, _text(row, texts)) for row in rows]


def _text(row: _Open, older: Mapping[int, str]) -> str:
    return row.customer_text if row.customer_text is not None else older.get(row.id, "")


def find_match(
    session: Session,
    esc: Escalation,
    own_domain: str,
    text: str,
    content: Mapping[str, object] | None = None,
) -> Match | None:
    """The best open escalation ``esc`` may duplicate; texts are read only when needed."""
    new = keys_of(session, esc, own_domain, text, content)
    related = [
        other
        for other in _open_rows(session, esc, new)
        # the customer text is parsed only for the same customer
        if frozenset(other.forwarded_ids or ()) & new.message_ids or _shares_customer(new, other)
    ]
    return best_match(new, _candidate_keys(session, related, own_domain))


def _shares_customer(new: ThreadKeys, other: _Open) -> bool:
    domains = set(other.customer_domains or ()) | {other.account_domain}
    same_account = bool(new.account) and new.account.casefold() == other.account_name.casefold()
    return bool(new.domains & domains) or same_account


def _kept_separate(session: Session, esc: Escalation) -> bool:
    """The CSM answered ``separate``: the flag stays on record but is never asked again."""
    stmt = select(Event.id).where(Event.escalation_id == esc.id, Event.kind == "separate")
    return session.scalars(stmt.limit(1)).first() is not None


def flag_possible_duplicate(
    session: Session,
    esc: Escalation,
    own_domain: str,
    thread: ForwardedThread,
    now: datetime,
    *,
    kept_separate: bool,
    content: Mapping[str, object],
) -> Match | None:
    """Before the approval request: note the likely duplicate, unless already decided.

    ``kept_separate`` and ``content`` (the brief just stored) come from the caller, which
    has them; the check then reads only other escalations, so it runs without flushing
    this one's pending writes (they go in the transaction's one flush)."""
    if esc.status != Status.DRAFT or kept_separate:
        return None
    with session.no_autoflush:
        text = customer_text(thread, own_domain)
        found = find_match(session, esc, own_domain, text, content)
    if found is None:
        esc.duplicate_of, esc.duplicate_reason = "", ""
        return None
    if esc.duplicate_of != found.ref:
        repo.add_event(
            session, esc, at=now, actor="mailbot", kind="possible_duplicate",
            from_status=esc.status, to_status=esc.status, detail=f"{found.ref}: {found.reason}",
        )  # fmt: skip
    log.info("%s: possible duplicate of %s (%s)", esc.ref, found.ref, found.reason)
    esc.duplicate_of, esc.duplicate_reason = found.ref, found.reason
    return found


def duplicate_note(mailer: Mailer, esc: Escalation) -> dict[str, str] | None:
    """What the approval request says of the flagged match: why, its status and CSM."""
    other = repo.get_escalation(mailer.session, esc.duplicate_of) if esc.duplicate_of else None
    if other is None or _kept_separate(mailer.session, esc):
        return None
    return note_of(mailer, other, esc.duplicate_reason)


def note_of(mailer: Mailer, other: Escalation | Match, reason: str) -> dict[str, str]:
    """The approval request's note of a match (read now, or just found by the check)."""
    return {
        "ref": other.ref,
        "reason": reason,
        "status": other.status,
        "csm": mailer.routing.display_name(other.csm),
    }
