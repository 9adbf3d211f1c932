"""The store: a corpus that grows, kept in SQLite (the default) or PostgreSQL.

    add(url, paths, question)   register, map and reduce (runner.py)
    status(url)                 what is stored and what is pending
    unfollow(url, question)     stop following a question (its results go; the articles stay)
    reader_notes(conn)          what another version of stancemap left for `add` (freshness.py)
    open_reader(url)            a read-only engine for export and the web app
    load_analysis(conn, qid)    one question's Analysis, as the reduce made it (results.py)

See docs/store.md for the schema and how a killed `add` is finished by the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Row, select

from .engine import DEFAULT_STORE, StoreError, check_revision, normalise_url, open_engine, shown
from .freshness import outdated, reader_notes
from .results import load_analysis
from .runner import AddOptions, AddReport, Status, add, retyped, status, unfollow
from .schema import questions

__all__ = ["DEFAULT_STORE", "AddOptions", "AddReport", "Status", "StoreError", "add", "choose_question",
           "followed_questions",
           "load_analysis", "normalise_url", "open_reader", "reader_notes", "status", "unfollow", "up_to_date"]


def open_reader(url: str | None, pool_size: int = 8) -> tuple[Engine, str]:
    """A read-only engine on an existing store made by this stancemap (schema checked)."""
    engine, normal = open_engine(url, readonly=True)
    try:
        check_revision(engine, normal)
    except StoreError:
        engine.dispose()
        raise
    return engine, shown(normal)


def choose_question(conn: Connection, wanted: str | None) -> int:
    """The id of the question to show: the one whose text (or id) is `wanted`, else the only one."""
    rows = conn.execute(select(questions.c.id, questions.c.text).order_by(questions.c.id)).all()
    if not rows:
        raise StoreError("the store follows no question yet: run `stancemap add PATH --question TEXT`")
    if wanted is None:
        if len(rows) == 1:
            return int(rows[0].id)
        raise StoreError(f"the store follows {len(rows)} questions, say which with --question ({listed(rows)})")
    for r in rows:
        if retyped(r.text or "") == retyped(wanted) or str(r.id) == wanted.strip():
            return int(r.id)
    raise StoreError(f"the store does not follow the question {wanted!r}: {listed(rows)}")


def followed_questions(conn: Connection) -> str:
    """The questions the store follows, for a message that asks which: "1: Will ...?; 2: ..." (export, the API)."""
    return listed(conn.execute(select(questions.c.id, questions.c.text).order_by(questions.c.id)).all())


def listed(rows: Sequence[Row[Any, Any]]) -> str:
    """Question rows (id, text) as "1: Will ...?; 2: ..."; a proposed question not found yet said so."""
    return "; ".join(f"{r.id}: {r.text or '(proposed, not found yet)'}" for r in rows)


def up_to_date(conn: Connection, question_id: int) -> bool:
    """Whether the question's results were reduced over everything the store holds now, by this
    stancemap (freshness.py)."""
    return question_id not in outdated(conn)
