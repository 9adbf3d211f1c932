"""The first schema: articles, notices, questions, each question's results, and full-text search.

Full-text search is the one part that differs by database (the pattern of Mealie's migrations):
SQLite gets FTS5 tables over statements and articles, kept in step by triggers; PostgreSQL gets a
generated `tsvector` column with a GIN index on each.

Revision ID: 0001
Revises:
Create Date: 2025-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _results(name: str, *columns: sa.Column, indexes: tuple[tuple[str, ...], ...] = ()) -> None:  # type: ignore[type-arg]
    op.create_table(
        name,
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.Integer, sa.ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        *columns,
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index(f"ix_{name}_question_seq", name, ["question_id", "seq"], unique=True)
    for cols in indexes:
        op.create_index(f"ix_{name}_{'_'.join(cols)}", name, ["question_id", *cols])


def upgrade() -> None:
    op.create_table("meta", sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("source", sa.LargeBinary, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("message", sa.Text),
        sa.Column("map_version", sa.String(32)),
        sa.Column("record_version", sa.Integer),
        sa.Column("record_head", sa.LargeBinary),
        sa.Column("record", sa.LargeBinary),
        sa.Column("doc", sa.String(16), index=True),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text, index=True),
        sa.Column("published", sa.String(32), index=True),
        sa.Column("url", sa.Text),
        sa.Column("body", sa.Text),
        sa.Column("data", sa.Text),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("skipped", sa.Boolean, nullable=False),
        sa.UniqueConstraint("path", "message", name="uq_notices_path_message"),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("auto", sa.Boolean, nullable=False),
        sa.Column("data", sa.Text),
        sa.Column("generation", sa.Integer),
        sa.Column("reduced_at", sa.DateTime(timezone=True)),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    _results("actors", sa.Column("id", sa.String(16), nullable=False), sa.Column("name", sa.Text, nullable=False),
             sa.Column("kind", sa.String(16)), sa.Column("affiliation", sa.Text),
             sa.Column("statements", sa.Integer, nullable=False), indexes=(("id",), ("statements",)))
    _results("statements", sa.Column("id", sa.String(16), nullable=False),
             sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
             sa.Column("speaker", sa.String(16)), sa.Column("outlet", sa.Text), sa.Column("stance", sa.String(16)),
             sa.Column("kind", sa.String(16)), sa.Column("date_key", sa.String(16)),
             sa.Column("content", sa.Text, nullable=False),
             indexes=(("id",), ("speaker", "seq"), ("outlet", "seq"), ("stance", "seq"), ("kind", "seq"),
                      ("date_key",), ("article_id",)))
    _results("events", sa.Column("id", sa.String(16), nullable=False),
             sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
             sa.Column("date_key", sa.String(16)), indexes=(("id",), ("date_key",), ("article_id",)))
    op.create_table(
        "event_actors",
        sa.Column("question_id", sa.Integer, sa.ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("actor", sa.String(16), nullable=False),
        sa.Column("event_seq", sa.Integer, nullable=False),
    )
    op.create_index("ix_event_actors_question_actor", "event_actors", ["question_id", "actor", "event_seq"])
    _results("outlets", sa.Column("name", sa.Text), sa.Column("documents", sa.Integer, nullable=False),
             indexes=(("name",),))
    _results("positions", sa.Column("actor", sa.String(16), nullable=False), sa.Column("stance", sa.String(16)),
             sa.Column("changed", sa.Boolean), indexes=(("actor",), ("stance",)))
    _results("sides")
    _results("disagreements", sa.Column("kind", sa.String(16)), sa.Column("actor", sa.String(16)))
    if op.get_bind().dialect.name == "postgresql":
        _postgres_search()
    else:
        _sqlite_search()


def _sqlite_search() -> None:
    # External-content FTS5 tables: the text lives once, in statements/articles; triggers keep the
    # index in step inside the same transaction as the write.
    tokenizer = "porter unicode61 remove_diacritics 2"
    op.execute(f"CREATE VIRTUAL TABLE statements_fts USING fts5(content, content='statements', content_rowid='pk', "
               f"tokenize='{tokenizer}')")
    op.execute("CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
               "INSERT INTO statements_fts(rowid, content) VALUES (new.pk, new.content); END")
    op.execute("CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
               "INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.pk, old.content); END")
    op.execute(f"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id', "
               f"tokenize='{tokenizer}')")
    op.execute("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
               "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END")
    op.execute("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END")
    op.execute("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
               "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END")


def _postgres_search() -> None:
    op.execute("ALTER TABLE statements ADD COLUMN tsv tsvector "
               "GENERATED ALWAYS AS (to_tsvector('english', content)) STORED")
    op.execute("CREATE INDEX ix_statements_tsv ON statements USING gin (tsv)")
    op.execute("ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
               "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
               "setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED")
    op.execute("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        for name in ("statements_fts", "articles_fts"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
    for name in ("disagreements", "sides", "positions", "outlets", "event_actors", "events", "statements", "actors",
                 "questions", "notices", "articles", "meta"):
        op.drop_table(name)
