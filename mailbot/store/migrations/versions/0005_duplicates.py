"""escalations: forwarded_ids, customer_domains, duplicate_of, duplicate_reason, merged_into;
draft_jobs.purpose

Issue 19: a new forward is compared with open escalations by the customer thread's
Message-IDs and domains; a flagged possible duplicate and a merge are kept on the row so
``mailbot show`` can list the links. Existing rows get empty values (no keys: they can
still be matched by similarity once their brief exists). A drafting job is now either a
"brief" (all existing rows) or a "customer_update" (``draft update`` with an LLM).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 10:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("forwarded_ids", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("customer_domains", sa.JSON(), nullable=False, server_default="[]")
        )
        for name, kind in (
            ("duplicate_of", sa.String(length=20)),
            ("duplicate_reason", sa.Text()),
            ("merged_into", sa.String(length=20)),
        ):
            batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=""))
    with op.batch_alter_table("draft_jobs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("purpose", sa.String(length=20), nullable=False, server_default="brief")
        )


def downgrade() -> None:
    with op.batch_alter_table("draft_jobs", schema=None) as batch_op:
        batch_op.drop_column("purpose")
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        for name in (
            "merged_into",
            "duplicate_reason",
            "duplicate_of",
            "customer_domains",
            "forwarded_ids",
        ):
            batch_op.drop_column(name)
