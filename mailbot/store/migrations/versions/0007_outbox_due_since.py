"""outbox.due_since: when a mail first became due, for the give-up clock

A mail the daily cap held for days and that then met an SMTP 4xx used to give up that
many days sooner, because the give-up clock counted from when it was queued. The first
claim now records when the mail became due (its hold's end, or its queueing), and the
clock counts from there. Rows queued before this migration keep NULL and count from
their queueing, as before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import mailbot.store.tables

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("due_since", mailbot.store.tables.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("due_since")
