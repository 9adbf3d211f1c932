"""The store's tables, as SQLAlchemy Core sees them (the migrations in migrations/versions create
them; this module is what queries use, and what Alembic compares against when a developer
autogenerates the next migration).

Articles are shared by every question the store follows: each keeps its source (to map it again
when the map's code changes), its record (the map's output) and its cleaned document. What the
reduce makes depends on the question (stance is judged there), so actors, statements, events,
outlets, positions, sides and disagreements are kept per question. Each of those rows has the
columns that searches and filters need, and `data`: the entity exactly as the JSON contract writes
it (export/json_out.py), as JSON text, so fields added to the contract later (positions' `current`
and `changes`, say) are stored, served and exported without a migration.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# Article states: registered and waiting for the map, mapped (has a record), or skipped by the map
# (`message` says why, e.g. too long to analyse).
PENDING, MAPPED, SKIPPED = "pending", "mapped", "skipped"

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),  # sha256 of the source's content and metadata
    Column("path", Text, nullable=False),  # where it was first read from
    Column("source", LargeBinary, nullable=False),  # the Source as compressed JSON
    Column("state", String(16), nullable=False, index=True),
    Column("message", Text),
    Column("map_version", String(32)),  # article.map_fingerprint() of the map that made `record`
    Column("record_version", Integer),  # record.RECORD_VERSION of the format it is written in
    Column("record_head", LargeBinary),  # ArticleRecord.to_blobs(): the head the reduce's first pass reads,
    Column("record", LargeBinary),  # and the rest
    Column("doc", String(16), index=True),  # the document id ("d12") in every question's analysis
    Column("title", Text),
    Column("outlet", Text, index=True),
    Column("published", String(32), index=True),
    Column("url", Text),
    Column("body", Text),
    Column("data", Text),  # the document's other fields (removed lines, provenance ...) as JSON
    Column("added_at", DateTime(timezone=True), nullable=False),
)

notices = Table(
    "notices", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("skipped", Boolean, nullable=False),
    UniqueConstraint("path", "message", name="uq_notices_path_message"),
)

questions = Table(
    "questions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("text", Text, nullable=False),  # "" while a proposed question has not been found yet
    Column("auto", Boolean, nullable=False),  # follows the question the corpus proposes
    Column("data", Text),  # the contract's question object as JSON (null when none could be proposed)
    Column("generation", Integer),  # the store generation its results were reduced at (null: never)
    # mapping.results.reduce_fingerprint() of the code that reduced them (null: a stancemap older than
    # migration 0004): results another version made are reduced again by the next `add`.
    Column("code_version", String(32)),
    Column("reduced_at", DateTime(timezone=True)),
    Column("added_at", DateTime(timezone=True), nullable=False),
)


def _results(name: str, *columns: Column, indexes: tuple[tuple[str, ...], ...] = ()) -> Table:  # type: ignore[type-arg]
    table = Table(
        name, metadata,
        Column("pk", Integer, primary_key=True, autoincrement=True),
        Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
        Column("seq", Integer, nullable=False),  # order in the analysis
        *columns,
        Column("data", Text, nullable=False),
    )
    Index(f"ix_{name}_question_seq", table.c.question_id, table.c.seq, unique=True)
    for cols in indexes:
        Index(f"ix_{name}_{'_'.join(cols)}", table.c.question_id, *(table.c[c] for c in cols))
    return table


actors = _results(
    "actors",
    Column("id", String(16), nullable=False), Column("name", Text, nullable=False), Column("kind", String(16)),
    Column("affiliation", Text), Column("statements", Integer, nullable=False),
    indexes=(("id",), ("statements",)))

statements = _results(
    "statements",
    Column("id", String(16), nullable=False), Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("speaker", String(16)), Column("outlet", Text), Column("stance", String(16)), Column("kind", String(16)),
    Column("date_key", String(16)),  # model.sortable_date: "2025-11-04", "2025-11", "2025" sort in time
    Column("content", Text, nullable=False),
    indexes=(("id",), ("speaker", "seq"), ("outlet", "seq"), ("stance", "seq"), ("kind", "seq"), ("date_key",),
             ("article_id",), ("date_key", "seq")))

events = _results(
    "events",
    Column("id", String(16), nullable=False), Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("date_key", String(16)),
    indexes=(("id",), ("date_key",), ("article_id",), ("date_key", "seq")))

event_actors = Table(
    "event_actors", metadata,
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
    Column("actor", String(16), nullable=False),
    Column("event_seq", Integer, nullable=False),
    Index("ix_event_actors_question_actor", "question_id", "actor", "event_seq"),
)

outlets = _results(
    "outlets",
    Column("name", Text), Column("documents", Integer, nullable=False),
    indexes=(("name",),))

positions = _results(
    "positions",
    Column("actor", String(16), nullable=False), Column("stance", String(16)), Column("changed", Boolean),
    indexes=(("actor",), ("stance",)))

sides = _results("sides")

disagreements = _results("disagreements", Column("kind", String(16)), Column("actor", String(16)))

# A question's counts per facet (store/totals.py), written with its results (migration 0003).
totals = Table(
    "totals", metadata,
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
    Column("entity", String(16), nullable=False),  # statements, events, actors, positions, outlets
    Column("facet", String(32), nullable=False),  # "" (all), stance, kind, "stance+kind", date, ...
    Column("value", Text, nullable=False),  # the facet's value ("oppose", "oppose/direct", "2025-11-04")
    Column("n", Integer, nullable=False),
    Index("ix_totals_question_entity_facet_value", "question_id", "entity", "facet", "value", unique=True),
)

RESULT_TABLES = (actors, statements, events, event_actors, outlets, positions, sides, disagreements, totals)
