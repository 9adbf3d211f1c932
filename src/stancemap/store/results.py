"""A question's results in the store: the reduce's `Analysis` written as rows, and read back.

Each entity row keeps the columns filters and searches need, and `data`: the entity as the JSON
contract writes it (export/json_out.to_dict), so the analysis read back gives the same JSON, field
for field, including fields added to the contract after this module was written.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from functools import lru_cache
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Connection, Table, delete, insert, select, update

from ..export.articles import actor_names
from ..export.digest import summarize
from ..export.json_out import section, to_dict
from ..mapping.results import reduce_fingerprint
from ..model import (
    Actor,
    Analysis,
    Disagreement,
    Document,
    Event,
    Notice,
    Outlet,
    Position,
    Question,
    Side,
    Statement,
    sortable_date,
)
from ..record import language_note
from .actor_ids import meta_key, stabilise
from .articles import DOCUMENT_COLUMNS, get_meta, now, set_meta, stored_notices
from .schema import (
    MAPPED,
    RESULT_TABLES,
    actors,
    articles,
    disagreements,
    event_actors,
    events,
    meta,
    outlets,
    positions,
    questions,
    sides,
    statements,
    totals,
)
from .totals import actor_facets, event_facets, position_facets, statement_facets

INSERT_CHUNK = 2000


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def position_stance(data: dict[str, Any]) -> str | None:
    """An actor's stance now: the position's `current` stance when relate gives one, else its
    latest statement's."""
    current = data.get("current")
    if isinstance(current, dict) and "stance" in current:
        return current["stance"]
    return data.get("latest_stance")


def write_results(conn: Connection, question_id: int, analysis: Analysis, doc_article: dict[str, int],
                  generation: int) -> None:
    """Replace a question's results with this analysis (the caller's transaction makes it atomic),
    marked with the store's generation and the fingerprint of the code that reduced them.
    Entities are turned into the contract's JSON one at a time and written in chunks: the contract
    of the whole analysis (several GB at 15,000 articles) is never held beside the analysis. The
    question's totals per stance, kind, outlet, speaker and date (the `totals` table) are counted
    on the way, so that a filtered list's total is one indexed read, not a count of its rows."""
    stabilise(conn, question_id, analysis)  # the actors keep the ids they had at the last add (store/actor_ids.py)
    for table in RESULT_TABLES:
        conn.execute(delete(table).where(table.c.question_id == question_id))
    # The briefing's summary, chosen here where the sentence splitter is loaded anyway: `export` reads it back
    # instead of loading spaCy to choose it again (the same sentences: tests/store/test_store.py).
    set_meta(conn, summary_key(question_id), dumps(summarize(analysis)))
    docs = {d.id: d for d in analysis.documents}
    said = {a.id: 0 for a in analysis.actors}
    for st in analysis.statements:
        if st.speaker in said:
            said[st.speaker] += 1
    q = question_id
    counted: Counter[tuple[str, str, str]] = Counter()

    def items(key: str) -> Iterator[tuple[int, dict[str, Any]]]:
        return enumerate(section(analysis, key))

    # A source one article names by its own words is listed with its outlet ("critics (Harbour Daily)"), as in the
    # briefing; its `data` keeps the contract's name (tests/store/test_store_described.py).
    shown = actor_names(analysis)

    def actor_rows() -> Iterator[dict[str, Any]]:
        for i, a in items("actors"):
            counted.update(actor_facets(a["kind"]))
            yield {"question_id": q, "seq": i, "id": a["id"], "name": shown.get(a["id"], a["name"]), "kind": a["kind"],
                   "affiliation": a["affiliation"], "statements": said.get(a["id"], 0), "data": dumps(a)}

    def statement_rows() -> Iterator[dict[str, Any]]:
        for i, st in items("statements"):
            doc = docs[st["document"]]
            row = {"question_id": q, "seq": i, "id": st["id"], "article_id": doc_article[st["document"]],
                   "speaker": st["speaker"], "outlet": doc.outlet, "stance": st["stance"], "kind": st["kind"],
                   "date_key": sortable_date(st["date"], doc.published)[:16], "content": st["content"],
                   "data": dumps(st)}
            counted.update(statement_facets(row["speaker"], row["outlet"], row["stance"], row["kind"], row["date_key"]))
            yield row

    def event_rows() -> Iterator[dict[str, Any]]:
        for i, e in items("events"):
            doc = docs[e["document"]]
            date_key = sortable_date(e["date"], doc.published)[:16]
            counted.update(event_facets(date_key, e["actors"]))
            yield {"question_id": q, "seq": i, "id": e["id"], "article_id": doc_article[e["document"]],
                   "date_key": date_key, "data": dumps(e)}
            # Beside the event, not in a second pass: the events are gone from memory once written.
            event_actor_rows.extend({"question_id": q, "actor": a, "event_seq": i} for a in e["actors"])

    def position_rows() -> Iterator[dict[str, Any]]:
        for i, pos in items("positions"):
            stance = position_stance(pos)
            counted.update(position_facets(stance))
            yield {"question_id": q, "seq": i, "actor": pos["actor"], "stance": stance,
                   "changed": bool(pos.get("changed")), "data": dumps(pos)}

    def outlet_rows() -> Iterator[dict[str, Any]]:
        for i, o in items("outlets"):
            counted[("outlets", "", "")] += 1
            yield {"question_id": q, "seq": i, "name": o["name"], "documents": len(o["documents"]), "data": dumps(o)}

    event_actor_rows: list[dict[str, Any]] = []
    _insert(conn, actors, actor_rows())
    _insert(conn, statements, statement_rows())
    _insert(conn, events, event_rows())
    _insert(conn, event_actors, event_actor_rows)
    del event_actor_rows[:]
    _insert(conn, outlets, outlet_rows())
    _insert(conn, positions, position_rows())
    _insert(conn, sides, ({"question_id": q, "seq": i, "data": dumps(sd)} for i, sd in items("sides")))
    _insert(conn, disagreements, ({"question_id": q, "seq": i, "kind": d["kind"], "actor": d["actor"] or None,
                                   "data": dumps(d)} for i, d in items("disagreements")))
    _insert(conn, totals, ({"question_id": q, "entity": entity, "facet": facet, "value": value, "n": n}
                           for (entity, facet, value), n in sorted(counted.items())))
    _label_documents(conn, doc_article)
    question = next(section(analysis, "question"))
    conn.execute(update(questions).where(questions.c.id == question_id).values(
        text=question["text"] if question else "", data=dumps(question), generation=generation,
        code_version=reduce_fingerprint(), reduced_at=now()))


def _insert(conn: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= INSERT_CHUNK:
            conn.execute(insert(table), chunk)
            chunk = []
    if chunk:
        conn.execute(insert(table), chunk)


def _label_documents(conn: Connection, doc_article: dict[str, int]) -> None:
    """Each article's document id in the analyses (the same for every question: the reduce numbers
    mapped articles in their order); only labels that changed are written."""
    current = dict(conn.execute(select(articles.c.id, articles.c.doc).where(articles.c.state == MAPPED)).all())
    for doc, article_id in doc_article.items():
        if current.get(article_id) != doc:
            conn.execute(update(articles).where(articles.c.id == article_id).values(doc=doc))


@lru_cache(maxsize=16)
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(list[kind])


def _rows(conn: Connection, table: Table, question_id: int) -> Iterator[dict[str, Any]]:
    for (data,) in conn.execute(select(table.c.data).where(table.c.question_id == question_id).order_by(table.c.seq)):
        yield json.loads(data)


def load_analysis(conn: Connection, question_id: int) -> Analysis:
    """The analysis of one question as the reduce made it, rebuilt from the store."""
    row = conn.execute(select(questions.c.data).where(questions.c.id == question_id)).one()
    question = _question(json.loads(row.data) if row.data else None)
    documents = list(load_documents(conn))
    # As `analyze` lists them: input problems, then the articles not in English (corpus.py).
    languages = [Notice(d.source, note, skipped=False) for d in documents
                 if (note := language_note(d.provenance)) is not None]
    analysis = Analysis(question=question, documents=documents, notices=stored_notices(conn) + languages)
    analysis.actors = _adapter(Actor).validate_python(list(_rows(conn, actors, question_id)))
    analysis.statements = _adapter(Statement).validate_python(list(_rows(conn, statements, question_id)))
    analysis.events = _adapter(Event).validate_python(list(_rows(conn, events, question_id)))
    analysis.outlets = _adapter(Outlet).validate_python(list(_rows(conn, outlets, question_id)))
    analysis.positions = _adapter(Position).validate_python(list(_rows(conn, positions, question_id)))
    analysis.sides = _adapter(Side).validate_python(list(_rows(conn, sides, question_id)))
    analysis.disagreements = _adapter(Disagreement).validate_python(list(_rows(conn, disagreements, question_id)))
    summary = get_meta(conn, summary_key(question_id))
    analysis.summary = json.loads(summary) if summary else None  # None: results written before session 27
    return analysis


def summary_key(question_id: int) -> str:
    return f"summary:{question_id}"


def drop_question_meta(conn: Connection, question_id: int) -> None:
    """What the store keeps of a question beside its results: its actors' ids and its briefing's summary."""
    conn.execute(delete(meta).where(meta.c.key.in_([summary_key(question_id), meta_key(question_id)])))


def _question(data: dict[str, Any] | None) -> Question | None:
    """The contract's question object back into a Question (its `terms` are `target_terms`, its
    proposition a judge.proposition_record.Proposition)."""
    if data is None:
        return None
    fields = dict(data)
    fields["target_terms"] = fields.pop("terms", None) or []
    proposition = fields.pop("proposition", None)
    question: Question = TypeAdapter(Question).validate_python(fields)
    if proposition is not None:
        from ..judge.proposition_record import Proposition

        question.proposition = TypeAdapter(Proposition).validate_python(proposition)
    return question


def load_documents(conn: Connection) -> Iterator[Document]:
    adapter = TypeAdapter(Document)
    columns = [articles.c[c] for c in DOCUMENT_COLUMNS if c not in ("id", "source")]
    query = (select(articles.c.doc, articles.c.path, *columns, articles.c.data)
             .where(articles.c.state == MAPPED).where(articles.c.doc.is_not(None)).order_by(articles.c.id))
    for row in conn.execute(query):
        fields = dict(json.loads(row.data or "{}"))
        fields.update(id=row.doc, source=row.path, **{c.name: row._mapping[c.name] for c in columns})
        yield adapter.validate_python(fields)


def document_dict(document: Document) -> dict[str, Any]:
    """One document as the contract writes it."""
    return to_dict(Analysis(question=None, documents=[document]))["documents"][0]


__all__ = ["asdict", "document_dict", "load_analysis", "load_documents", "position_stance", "write_results"]
