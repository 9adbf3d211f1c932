"""Each question's results carry the fingerprint of the code that reduced them
(mapping.results.reduce_fingerprint), so that an upgraded stancemap reduces again the results an
older one made. Results stored before this revision have none: the next `add` reduces them again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column: ALTER TABLE ... ADD COLUMN on both SQLite and PostgreSQL, no table copy.
    op.add_column("questions", sa.Column("code_version", sa.String(32)))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): a batch copy of `questions` would drop the table,
    # and SQLite's foreign keys would then delete every result row that refers to it.
    op.drop_column("questions", "code_version")
