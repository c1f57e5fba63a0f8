"""CHECK constraints for every closed set of words the store keeps

escalations.status, category, severity, sentiment; events.from_status and to_status (a
status, or "" for none); outbox.status; draft_jobs.status and purpose; quarantine.status;
messages.direction. ``store/tables.py`` declares the same constraints from the code's
enums (``mailbot.domain``), so a fresh database and an upgraded one match.

The allowed values are written out here, not imported: a migration is a snapshot, and
an enum that later gains a member needs a new migration to widen its constraint
(``tests/integration/test_migrations.py`` fails until it exists).

A database holding a row outside these sets is not changed: the upgrade stops before any
ALTER, naming the rows (table, column, id and value), so they can be corrected first.
On SQLite each table is rebuilt (batch mode); ``store.migrate.upgrade`` turns foreign
keys off around it, as SQLite's table-rebuild procedure requires, and checks them after.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-12 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mailbot.errors import StoreError

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATUSES = ("draft", "rejected", "routed", "acknowledged", "in_progress", "stalled",
             "resolved", "closed")  # fmt: skip
ALLOWED: dict[str, dict[str, tuple[str, ...]]] = {
    "escalations": {
        "status": _STATUSES,
        "category": ("product_defect", "feature_gap", "service_failure", "commercial_dispute",
                     "relationship_at_risk", "executive_intervention"),
        "severity": ("critical", "high", "medium", "low"),
        "sentiment": ("calm", "concerned", "frustrated_but_patient", "frustrated", "angry",
                      "threatening_churn"),
    },
    "events": {"from_status": ("", *_STATUSES), "to_status": ("", *_STATUSES)},
    "outbox": {
        "status": ("pending", "sending", "held", "sent", "failed", "dead", "bounced", "erased"),
    },
    "draft_jobs": {
        "status": ("pending", "done", "failed", "erased"),
        "purpose": ("brief", "customer_update"),
    },
    "quarantine": {"status": ("held", "retried", "reprocessed", "erased")},
    "messages": {"direction": ("in", "out")},
}  # fmt: skip
_SHOWN = 5  # offending rows named per column


def _condition(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _offending() -> list[str]:
    """Every column whose rows hold a value outside its set, with the first few rows."""
    bind = op.get_bind()
    problems = []
    for table, columns in ALLOWED.items():
        for column, values in columns.items():
            t = sa.table(table, sa.column("id"), sa.column(column))
            bad = sa.or_(t.c[column].is_(None), t.c[column].not_in(values))
            count = bind.execute(sa.select(sa.func.count()).select_from(t).where(bad)).scalar()
            if not count:
                continue
            rows = bind.execute(
                sa.select(t.c.id, t.c[column]).where(bad).order_by(t.c.id).limit(_SHOWN)
            ).all()
            named = ", ".join(f"id {row_id} {value!r}" for row_id, value in rows)
            more = f" and {count - len(rows)} more" if count > len(rows) else ""
            problems.append(f"{table}.{column} in {count} row(s): {named}{more}")
    return problems


def upgrade() -> None:
    problems = _offending()
    if problems:
        allowed = "; ".join(
            f"{table}.{column}: {', '.join(repr(v) for v in values)}"
            for table, columns in ALLOWED.items()
            for column, values in columns.items()
        )
        raise StoreError(
            "migration 0006 (status CHECK constraints) stopped before changing anything: "
            + "; ".join(problems)
            + f". Correct or delete these rows, then upgrade again. Allowed: {allowed}"
        )
    for table, columns in ALLOWED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, values in columns.items():
                batch_op.create_check_constraint(f"ck_{table}_{column}", _condition(column, values))


def downgrade() -> None:
    for table, columns in reversed(ALLOWED.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_constraint(f"ck_{table}_{column}", type_="check")
