"""escalations.customer_text: the customer's own text a duplicate check compares

Every draft's duplicate check compares the customer text of the same customer's open
escalations, which lived only in each one's raw forward: a ``run --once`` parsed those
forwards again (half a draft's check when a customer had dozens open). The forward's
handler now keeps the first characters the check compares on the row it inserts. NULL
(rows from before this migration): the check reads the raw forward as before.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.add_column(sa.Column("customer_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.drop_column("customer_text")
