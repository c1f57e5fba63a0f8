"""index escalations.closed_at for the weekly digest

The digest loads only escalations still open or closed within its four-week trend window
(``closed_at IS NULL OR closed_at >= since``). Without an index that is a full scan of
every escalation ever opened, and the event query joined to it then scans the whole event
log (measured by bench/scale.py on 100,000 escalations / 2,000,000 events).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 04:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.create_index("ix_escalations_closed", ["closed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.drop_index("ix_escalations_closed")
