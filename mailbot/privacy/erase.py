"""``mailbot erase``: remove one person's personal data from every table (right to erasure).

Every text, JSON and binary column of every table is covered, found from the schema
itself, so a table added later is covered too. In each row that mentions the person (their
address or a display name seen with it) the address and names become ``[erased]``; in
those rows the parts of the name ("Bob" of "Bob Smith") go as well. A stored raw mail
that mentions them is replaced whole by a stub (its MIME encodings make a partial edit
unreliable), and mail or a draft still waiting on it is set aside as ``erased``. Rows
keyed by the address itself (daily send counts, reply tracks) are deleted. Identifiers
(Message-IDs, hashes, keys, states) are left alone: they hold no one's name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from email import message_from_bytes, policy
from typing import Any

from sqlalchemy import JSON, LargeBinary, String, Table, Text, case, delete, select, update
from sqlalchemy.orm import Session

from mailbot.domain import OUTBOX_WAITING, DraftJobStatus, OutboxStatus, QuarantineStatus
from mailbot.drafting.redact import NOT_NAMES
from mailbot.store import repo
from mailbot.store.tables import Base, Escalation

ERASED = "[erased]"
STUB = b"Subject: [erased]\r\nContent-Type: text/plain\r\n\r\n[erased]\r\n"
_IDENTIFIERS = frozenset(
    {"message_id", "message_key", "dedupe_key", "in_reply_to", "references", "ref",
     "source_message_id", "content_hash", "sha256", "status", "kind", "currency",
     "drafter", "prompt_version", "claimed_by", "from_status", "to_status", "action",
     "escalation_ref", "category", "severity", "sentiment"}
)  # fmt: skip
# Still to be sent, drafted or reprocessed: an outbox item, a drafting job or held mail.
_WAITING = OUTBOX_WAITING | {DraftJobStatus.PENDING, QuarantineStatus.HELD}
_SET_ASIDE = OutboxStatus.ERASED  # the same word in DraftJobStatus and QuarantineStatus
_NAME_BEFORE = r"([^\s<>\"',:;()\[\]][^<>\"\n,:;()\[\]]{1,60}?)\"?\s*[<(\[]\s*(?:mailto:)?"
_PART = re.compile(r"[^\W\d_][\w'-]*")
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "al"})


class ErasureSubject:
    """Whom an erasure is for (GDPR's data subject): the address, the names seen with it,
    and their parts."""

    def __init__(self, email: str, names: list[str] | None = None) -> None:
        self.email, self.names = email.strip().lower(), list(names or [])
        words = [self.email, *sorted(self.names, key=len, reverse=True)]
        self._mention = [re.compile(rf"(?<![\w.+-]){re.escape(w)}(?![\w-])", re.I) for w in words]
        parts = {
            p
            for n in self.names
            for p in _PART.findall(n)
            if len(p) >= 3 and p[0].isupper() and p.lower() not in NOT_NAMES
        }
        # Longest first; a part only inside a row that already names the person.
        self._parts = [
            re.compile(rf"(?<!\w){re.escape(p)}(?!\w)") for p in sorted(parts, key=len)[::-1]
        ]

    def mentioned(self, text: str) -> bool:
        return any(p.search(text) for p in self._mention)

    def scrub(self, text: str) -> str:
        for pattern in [*self._mention, *self._parts]:
            text = pattern.sub(ERASED, text)
        return text


def find_person(session: Session, email: str, extra_names: Iterable[str] = ()) -> ErasureSubject:
    """The address plus every display name stored next to it (headers, owner names).

    ``extra_names`` are the operator's: after a purge a brief may still name the person
    while no stored header ties that name to the address any more.
    """
    address = email.strip().lower()
    near = re.compile(_NAME_BEFORE + re.escape(address), re.I)
    names: list[str] = [*extra_names]
    names += list(
        session.scalars(select(Escalation.owner_name).where(Escalation.owner == address).distinct())
    )
    for text in _all_text(session):
        names.extend(near.findall(text))
    kept: list[str] = []
    for name in names:
        name = " ".join(name.strip(" \"'").split())
        if _looks_like_name(name) and name not in kept:
            kept.append(name)
    return ErasureSubject(address, kept)


def _looks_like_name(text: str) -> bool:
    """ "Bob Smith", "Anna van Dijk"; not "please contact Bob" caught before an address."""
    words = text.split()
    return (
        len(text) >= 3
        and "@" not in text
        and 0 < len(words) <= 5
        and all(w[0].isupper() or w in _PARTICLES for w in words)
    )


def _all_text(session: Session) -> Iterator[str]:
    for _table, columns in _tables():
        for row in session.execute(select(*columns)).yield_per(500):
            for value in row:
                yield _as_text(value)


def _tables() -> list[tuple[Table, list[Any]]]:
    out = []
    for table in Base.metadata.sorted_tables:
        columns = [
            c
            for c in table.columns
            if isinstance(c.type, String | Text | JSON | LargeBinary) and c.name not in _IDENTIFIERS
        ]
        if columns:
            out.append((table, columns))
    return out


def _as_text(value: Any) -> str:
    if isinstance(value, bytes):
        return _mail_text(value)
    if isinstance(value, str):
        return value
    return "" if value is None else repr(value)


def _mail_text(raw: bytes) -> str:
    """The bytes as text plus every decoded text part (base64 or quoted-printable hide it)."""
    texts = [raw.decode("utf-8", "replace")]
    try:
        message = message_from_bytes(raw, policy=policy.default)
        for name, value in message.items():
            texts.append(f"{name}: {value}")
        for part in message.walk():
            if part.get_content_maintype() == "text":
                texts.append(str(part.get_content()))
    except Exception:  # a broken MIME part: its raw text above is still searched
        pass
    return "\n".join(texts)


def _scrub_value(value: Any, person: ErasureSubject) -> Any:
    if isinstance(value, str):
        return person.scrub(value)
    if isinstance(value, list):
        return [_scrub_value(v, person) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_value(v, person) for k, v in value.items()}
    return value


def erase_person(session: Session, person: ErasureSubject, *, apply: bool) -> dict[str, int]:
    """Rows changed (or deleted) per table; on a dry run nothing is written."""
    counts: dict[str, int] = {}
    for table, columns in _tables():
        keys = list(table.primary_key.columns)
        for row in session.execute(select(*keys, *columns)).yield_per(500).all():
            key_values, values = row[: len(keys)], row[len(keys) :]
            if any(isinstance(v, str) and person.mentioned(v) for v in key_values):
                counts[table.name] = counts.get(table.name, 0) + 1
                if apply:  # keyed by the address itself: a counter or tracker, nothing else
                    session.execute(delete(table).where(*_match(keys, key_values)))
                continue
            changes = _changes(table, columns, values, person)
            if changes:
                counts[table.name] = counts.get(table.name, 0) + 1
                if apply:
                    session.execute(update(table).where(*_match(keys, key_values)).values(changes))
    return counts


def _match(keys: list[Any], values: Any) -> list[Any]:
    return [column == value for column, value in zip(keys, values, strict=True)]


def _changes(
    table: Table, columns: list[Any], values: Any, person: ErasureSubject
) -> dict[str, Any]:
    if not any(person.mentioned(_as_text(v)) for v in values):
        return {}
    changes: dict[str, Any] = {}
    for column, value in zip(columns, values, strict=True):
        if isinstance(value, bytes):
            if value != STUB and person.mentioned(_mail_text(value)):
                changes[column.name] = STUB
        elif value is not None:
            new = _scrub_value(value, person)
            if new != value:
                changes[column.name] = new
    mail = any(isinstance(v, bytes) for v in changes.values()) or "recipe" in changes
    if mail and "status" in table.columns:  # the bytes, or the recipe they are composed from
        changes["status"] = _status_after(table)
    return changes


def _status_after(table: Table) -> Any:
    """Mail or a draft still waiting on the replaced bytes must not go out as a stub."""
    status = table.columns["status"]
    return case((status.in_(sorted(_WAITING)), _SET_ASIDE), else_=status)


def audit_erase(
    session: Session, person: ErasureSubject, counts: dict[str, int], now: datetime
) -> None:
    """One audit row that proves the erasure without storing whom it was about."""
    digest = hashlib.sha256(person.email.encode()).hexdigest()[:16]
    summary = ", ".join(f"{table} {n}" for table, n in sorted(counts.items())) or "nothing found"
    repo.add_audit(
        session, at=now, action="erase", sender="cli", reason=f"sha256:{digest}: {summary}"
    )
