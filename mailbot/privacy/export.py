"""``mailbot export``: escalations with their events, for an audit or a BI tool.

JSON Lines gives one escalation per line with an ``events`` array (the full history);
CSV gives one row per event, each carrying its escalation's fields, so a spreadsheet can
pivot on either. An escalation belongs to the export when it was created or changed on
or after the date. Times are ISO 8601 UTC; the order is stable (by reference, then event).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.store.tables import Escalation, Event

FORMATS = ("jsonl", "csv")
ESCALATION_FIELDS = (
    "ref", "status", "category", "severity", "sentiment", "subject", "account_name",
    "account_domain", "arr", "currency", "csm", "owner", "owner_name", "teams", "route_level",
    "draft_version", "created_at", "updated_at", "routed_at", "acknowledged_at",
    "resolved_at", "closed_at", "last_progress_at", "snoozed_until", "next_update_due",
)  # fmt: skip
EVENT_FIELDS = ("at", "actor", "kind", "from_status", "to_status", "detail", "message_id")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def export_rows(session: Session, since: date) -> Iterator[dict[str, Any]]:
    """Each escalation in scope as a dict, its events under ``events``, oldest first."""
    start = datetime.combine(since, time(0), tzinfo=UTC)
    escalations = session.scalars(
        select(Escalation).where(Escalation.updated_at >= start).order_by(Escalation.id)
    )
    for esc in escalations:
        row = {name: _plain(getattr(esc, name)) for name in ESCALATION_FIELDS}
        events = session.scalars(
            select(Event).where(Event.escalation_id == esc.id).order_by(Event.id)
        )
        row["events"] = [{n: _plain(getattr(e, n)) for n in EVENT_FIELDS} for e in events]
        yield row


def write_jsonl(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """One row per event (an escalation without events still gets one row)."""
    header = [*ESCALATION_FIELDS, *(f"event_{n}" for n in EVENT_FIELDS)]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        base = [_cell(row[name]) for name in ESCALATION_FIELDS]
        for event in row["events"] or [dict.fromkeys(EVENT_FIELDS, "")]:
            writer.writerow([*base, *(_cell(event[n]) for n in EVENT_FIELDS)])
        count += 1
    return count


def _cell(value: Any) -> str:
    """Lists joined; a leading = + - @ quoted so a spreadsheet never runs a formula."""
    if value is None:
        return ""
    text = ";".join(value) if isinstance(value, list) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
