"""outbox.recipe: a queued mail kept as what it is, composed when first claimed

A backlog pass queued and composed a mail for most messages it stored but sent a few
dozen of them; composing was a tenth of storing a message. A mail without attachments is
now kept as a recipe (JSON) with empty ``raw`` until the sender claims it, composes it and
stores the bytes. Rows queued before this migration have their bytes and no recipe.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("recipe", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    waiting = op.get_bind().scalar(
        sa.text("SELECT count(*) FROM outbox WHERE recipe IS NOT NULL AND length(raw) = 0")
    )
    if waiting:  # their text is only in the recipe: dropping it would lose the mail
        raise RuntimeError(f"{waiting} queued mail(s) not yet composed: send them first")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("recipe")
