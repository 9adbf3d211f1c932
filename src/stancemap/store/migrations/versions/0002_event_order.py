"""Events, and statements filtered by date, listed in time order without a sort: indexes on
(question, sortable date, order).

Revision ID: 0002
Revises: 0001
Create Date: 2025-06-02
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_date_key_seq", "events", ["question_id", "date_key", "seq"])
    op.create_index("ix_statements_date_key_seq", "statements", ["question_id", "date_key", "seq"])


def downgrade() -> None:
    op.drop_index("ix_statements_date_key_seq", "statements")
    op.drop_index("ix_events_date_key_seq", "events")
