"""reply_tracks: recent replies per sender and escalation, to stop answering robots

A responder without automatic-reply headers answers every mail we send; each answer is a
team update that earns another mail. The row keeps the sender's last new text, when it
came and how many near-same quick replies came in a row, so the robot is noticed and no
longer answered on that thread (mailbot.lifecycle.robot decides).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 09:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import mailbot.store.tables

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reply_tracks",
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("last_text", sa.Text(), nullable=False),
        sa.Column("last_at", mailbot.store.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("streak", sa.Integer(), nullable=False),
        sa.Column("robot_text", sa.Text(), nullable=False),
        sa.Column("stopped_at", mailbot.store.tables.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["escalation_id"], ["escalations.id"]),
        sa.PrimaryKeyConstraint("escalation_id", "sender"),
    )


def downgrade() -> None:
    op.drop_table("reply_tracks")
