"""quarantine: one row per message (unique message_key); draft_jobs.claimed_by

A crash between the commit and the IMAP MOVE, or the same Message-ID arriving twice, used
to hold a message twice. The key is the Message-ID, or ``sha256:<hex>`` of the raw bytes
for mail without one (the same rule as ``store.inbound.quarantine_key``). Of duplicate
rows the newest is kept: it carries the latest reason and status.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 09:30:00
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_Q = sa.table(
    "quarantine",
    sa.column("id", sa.Integer),
    sa.column("message_id", sa.String),
    sa.column("message_key", sa.String),
    sa.column("raw", sa.LargeBinary),
)


def _key(message_id: str, raw: bytes) -> str:
    return message_id[:998] if message_id else "sha256:" + hashlib.sha256(raw).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("draft_jobs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("claimed_by", sa.String(length=200), nullable=False, server_default="")
        )
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_key", sa.String(length=998), nullable=True))
    bind = op.get_bind()
    keys: dict[str, int] = {}  # key -> newest id
    stale: list[int] = []
    rows = bind.execute(sa.select(_Q.c.id, _Q.c.message_id).order_by(_Q.c.id.desc()))
    for row_id, message_id in list(rows):
        raw = b""
        if not message_id:  # only these need the bytes: read one at a time
            raw = bind.execute(sa.select(_Q.c.raw).where(_Q.c.id == row_id)).scalar_one()
        key = _key(message_id, raw)
        if key in keys:
            stale.append(row_id)
            continue
        keys[key] = row_id
        bind.execute(sa.update(_Q).where(_Q.c.id == row_id).values(message_key=key))
    for start in range(0, len(stale), 500):
        bind.execute(sa.delete(_Q).where(_Q.c.id.in_(stale[start : start + 500])))
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.alter_column("message_key", existing_type=sa.String(length=998), nullable=False)
        batch_op.create_index("ux_quarantine_message_key", ["message_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.drop_index("ux_quarantine_message_key")
        batch_op.drop_column("message_key")
    with op.batch_alter_table("draft_jobs", schema=None) as batch_op:
        batch_op.drop_column("claimed_by")
