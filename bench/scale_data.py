"""Bulk-load a big store for bench/scale.py (COPY on PostgreSQL, executemany on SQLite).

Shape (defaults): 100,000 escalations created over two years, about 5 % active (routed,
acknowledged, in progress, stalled; all routed within the last 12 hours, so the first
scan has a realistic amount of catch-up), 1 % resolved, 1 % rejected, 0.5 % drafts, the
rest closed 1–20 days after creation; one brief version each, 10 messages and 20 events
per escalation (1,000,000 and 2,000,000 rows). Seeded, so every run loads the same rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from mailbot.store.tables import BriefVersion, Escalation, Event, MessageRecord

CATEGORIES = ("product_defect", "feature_gap", "service_failure", "commercial_dispute")
TEAMS = {"product_defect": "engineering", "feature_gap": "product"}
ACTIVE = ("routed", "acknowledged", "in_progress", "in_progress", "stalled")
PATH = ("draft", "routed", "acknowledged", "in_progress", "resolved", "closed")
Row = tuple[Any, ...]


def _status(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:
        return rng.choice(ACTIVE)
    for limit, status in ((0.06, "resolved"), (0.07, "rejected"), (0.075, "draft")):
        if roll < limit:
            return status
    return "closed"


def ref_of(i: int) -> str:
    """Canonical refs (ESC-YYYY-NNNN), 50,000 a year, as the counter would allocate them."""
    return f"ESC-{2024 + (i - 1) // 50_000}-{(i - 1) % 50_000 + 1:04d}"


def _escalation(i: int, rng: random.Random, now: datetime) -> Row:
    status = _status(rng)
    category = rng.choice(CATEGORIES)
    if status in ACTIVE:
        created = now - timedelta(hours=rng.uniform(1, 12))
        routed: datetime | None = created + timedelta(minutes=10)
    else:
        created = now - timedelta(days=rng.uniform(21, 730))
        routed = None if status in ("draft", "rejected") else created + timedelta(hours=2)
    done = created + timedelta(days=rng.uniform(1, 20))
    acked = routed + timedelta(minutes=30) if routed and status != "routed" else None
    return (
        i,
        ref_of(i),
        status,
        category,
        rng.choice(("high", "medium")),
        "concerned",
        f"Subject of case {i}",
        f"Account {i % 5000}",
        f"acct{i % 5000}.example",
        rng.randrange(10_000, 500_000),
        "EUR",
        rng.choice(("jane@example.com", "omar@example.com")),
        "mike@example.com" if acked else "",
        "Mike Ross" if acked else "",
        json.dumps([TEAMS.get(category, "cs-leadership")]),
        0,
        1,
        "",
        False,
        f"<src-{i}@x>",
        created,
        created,
        routed,
        acked,
        done if status in ("resolved", "closed") else None,
        done + timedelta(days=1) if status == "closed" else None,
        acked,
        None,
        None,
    )


ESC_COLUMNS = (  # noqa: SIM905 (one word per column reads better)
    "id ref status category severity sentiment subject account_name account_domain arr "
    "currency csm owner owner_name teams route_level draft_version customer_communication "
    "pending_question source_message_id created_at updated_at routed_at acknowledged_at "
    "resolved_at closed_at last_progress_at snoozed_until next_update_due"
).split()
BRIEF_COLUMNS = (  # noqa: SIM905 (one word per column reads better)
    "id escalation_id version content content_hash drafter drafter_note prompt_version "
    "input_tokens output_tokens latency_ms cost_usd flags created_at"
).split()
MSG_COLUMNS = (  # noqa: SIM905 (one word per column reads better)
    "id message_id direction escalation_id kind sender recipients subject in_reply_to "
    "references size sha256 outcome created_at"
).split()
EVENT_COLUMNS = "id escalation_id at actor kind from_status to_status detail message_id".split()  # noqa: SIM905
BRIEF = json.dumps({"headline": "API latency issue affecting Acme", "customer_impact": "x" * 400})


def _children(esc: Row, msg_per: int, ev_per: int) -> tuple[list[Row], list[Row], Row]:
    i, status, created = esc[0], esc[2], esc[20]
    reached = PATH.index(status) if status in PATH else (3 if status == "stalled" else 0)
    events: list[Row] = []
    for k in range(ev_per):
        step = min(k, reached)
        at = created + timedelta(minutes=5 * k)
        frm, to = (PATH[step - 1], PATH[step]) if 0 < k <= reached else ("", "")
        kind = to or "update"
        events.append((i * ev_per + k, i, at, "mike@example.com", kind, frm, to, "note", ""))
    msgs = [
        (i * msg_per + k, f"<m{i}-{k}@bench.example>", "in" if k % 2 else "out", i, "inbound",
         "mike@example.com", '["escalations@example.com"]', f"Re: case {i}", "", "", 3000,
         "0" * 64, "processed", created + timedelta(minutes=5 * k))
        for k in range(msg_per)
    ]  # fmt: skip
    brief = (i, i, 1, BRIEF, "0" * 64, "offline", "", "offline-1", 0, 0, 0, 0.0, "[]", created)
    return msgs, events, brief


def rows(n: int, msg_per: int, ev_per: int, seed: int = 7) -> Iterator[tuple[str, Row]]:
    """(table, row) for every row, escalations first within each chunk of the stream."""
    rng, now = random.Random(seed), datetime.now(UTC)
    for i in range(1, n + 1):
        esc = _escalation(i, rng, now)
        msgs, events, brief = _children(esc, msg_per, ev_per)
        yield "escalations", esc
        yield "brief_versions", brief
        for msg in msgs:
            yield "messages", msg
        for event in events:
            yield "events", event


TABLES = {
    "escalations": (Escalation, ESC_COLUMNS),
    "brief_versions": (BriefVersion, BRIEF_COLUMNS),
    "messages": (MessageRecord, MSG_COLUMNS),
    "events": (Event, EVENT_COLUMNS),
}


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def load(engine: Engine, n: int, msg_per: int = 10, ev_per: int = 20, chunk: int = 5000) -> None:
    """Insert the rows in parent-first chunks (foreign keys hold at every commit)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        buffers: dict[str, list[Row]] = {name: [] for name in TABLES}
        for index, (table, row) in enumerate(rows(n, msg_per, ev_per)):
            buffers[table].append(row)
            if table == "escalations" and index and len(buffers[table]) >= chunk:
                _flush(engine.dialect.name, cursor, buffers)
        _flush(engine.dialect.name, cursor, buffers)
        raw.commit()
        for name in TABLES:
            sequence = f"{name}_id_seq"
            if engine.dialect.name == "postgresql":
                cursor.execute(f"SELECT setval('{sequence}', (SELECT max(id) FROM {name}))")
            cursor.execute(f"ANALYZE {name}")
        raw.commit()
    finally:
        raw.close()


def _flush(dialect: str, cursor: Any, buffers: dict[str, list[Row]]) -> None:
    for name, (_, columns) in TABLES.items():
        batch, buffers[name] = buffers[name], []
        if not batch:
            continue
        quoted = ", ".join(f'"{c}"' for c in columns)
        if dialect == "postgresql":
            with cursor.copy(f"COPY {name} ({quoted}) FROM STDIN") as copy:
                for row in batch:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" * len(columns))
            cursor.executemany(
                f"INSERT INTO {name} ({quoted}) VALUES ({marks})",
                [tuple(_sqlite_value(v) for v in row) for row in batch],
            )
