"""Each question's totals per facet (store/totals.py), counted when its results are written and
here, once, from the results a store holds already.

Revision ID: 0003
Revises: 0002
Create Date: 2025-06-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from stancemap.store.totals import backfill_sql

    op.create_table(
        "totals",
        sa.Column("question_id", sa.Integer, sa.ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("facet", sa.String(32), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
    )
    op.create_index("ix_totals_question_entity_facet_value", "totals", ["question_id", "entity", "facet", "value"],
                    unique=True)
    for statement in backfill_sql(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_totals_question_entity_facet_value", "totals")
    op.drop_table("totals")
