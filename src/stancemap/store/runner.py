"""`stancemap add` and `stancemap status`: what runs, in what order, and what the store holds.

add = upgrade the schema -> register the sources (pending) -> map every pending article ->
      for each question the store follows whose results are out of date (articles stored since,
      or reduced by another version of stancemap: freshness.py): the corpus reduce over every
      stored record, its results written in one transaction.
The reduce reruns over the whole store, as `analyze` would on the whole corpus: its time grows with
the store as the reduce's own does (linearly, docs/architecture.md), and nothing else is redone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from ..ingest import DEFAULT_MAX_BYTES, count_articles, iter_sources
from ..mapping.cache import RecordCache
from ..model import Notice
from . import articles as arts
from . import freshness
from .engine import StoreError, check_revision, current_revision, first_line, open_engine, shown, upgrade, writer_lock
from .results import drop_question_meta, write_results
from .schema import MAPPED, PENDING, RESULT_TABLES, SKIPPED, actors, articles, events, outlets, positions, questions, statements

# The map and the reduce import the parser: `add` imports them where it runs them, so that `status`
# and the store's readers (export, serve) start without spaCy (tests/test_startup.py).
if TYPE_CHECKING:
    from ..judge.article import JudgementStore
    from ..pipeline import Progress


@dataclass
class AddOptions:
    jobs: int = 1
    dask: str | None = None
    cache: bool = True  # records also go to the user's record cache (a rerun after a kill reads them back)
    cache_dir: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    remap: bool = False  # map again articles mapped by another version of the map


@dataclass
class AddReport:
    url: str
    new: int = 0
    known: int = 0
    mapped: int = 0
    skipped: int = 0
    reduced: list[str] = field(default_factory=list)  # the questions whose results were remade
    recomputed: int = 0  # of which another version of stancemap had made the results
    old_records: int = 0  # articles whose records another version of the map made (kept: `remap` redoes them)
    notices: list[Notice] = field(default_factory=list)


def add(url: str | None, paths: Iterable[str | Path], question: str | None = None,
        options: AddOptions | None = None, progress: Progress | None = None,
        say: Callable[[str], None] | None = None) -> AddReport:
    """Add the articles under `paths` to the store (creating or upgrading it) and bring every
    question it follows up to date. `say` is told, in one line each and as the run goes, of the
    work another version of stancemap left (results reduced again, records kept)."""
    from ..mapping.run import MapOptions
    from ..pipeline import _Silent  # (the no-op progress of a library run)

    options = options or AddOptions()
    progress = progress or _Silent()
    say = say or (lambda _line: None)
    paths = list(paths)
    engine, normal = open_engine(url, readonly=False)
    report = AddReport(shown(normal))
    try:
        with writer_lock(engine, normal):
            try:
                before = current_revision(engine)
                upgrade(engine)
            except SQLAlchemyError as error:
                raise StoreError(f"cannot create or upgrade the store {shown(normal)}: {first_line(error)}") from None
            if before is not None and before != (after := current_revision(engine)):  # said, as docs/store.md says
                say(f"upgraded the store's schema from {before} to {after}")
            if paths:
                progress.stage("reading", count_articles(paths))
                registered = arts.register(engine, iter_sources(paths, options.max_bytes), progress.advance)
                report.new, report.known, report.notices = registered.new, registered.known, registered.notices
            with engine.begin() as conn:
                if (followed := _follow(conn, question)) is not None:
                    say(followed)
                ids = arts.to_map(conn, options.remap)
                report.old_records = 0 if options.remap else arts.stale_count(conn)
            if report.old_records:
                say(freshness.records_note(report.old_records))
            cache = RecordCache(options.cache_dir) if options.cache else RecordCache(temporary=True)
            try:
                if ids:
                    progress.stage("analysing", len(ids))
                    report.mapped, report.skipped = arts.map_articles(
                        engine, ids, cache, MapOptions(options.jobs, options.dask), progress.advance, report.notices)
                    report.notices += arts.same_url(engine, ids)
                # Each article's judgements toward a question are kept in the record cache: after
                # an add, only the new articles (and those the grown corpus reads anew) are judged.
                report.reduced, report.recomputed = _reduce_stale(
                    engine, progress, cache.judgements() if options.cache else None, say)
                if options.cache:  # as `analyze` does: the cap holds for a store fed daily (test_cache_store_add_keeps_the_cap)
                    cache.trim()
            finally:
                cache.close()
    finally:
        engine.dispose()
    return report


def retyped(text: str) -> str:
    """A question as a user retypes it to pick it: case, spacing and the final '?' aside
    (test_cli_store_export_picks_a_question_retyped, test_cli_store_add_with_the_question_retyped_follows_it_once)."""
    return " ".join(text.lower().split()).rstrip("? ")


def _follow(conn: Connection, question: str | None) -> str | None:
    """Follow `question` from now on. A store with no explicit question follows the one its corpus
    proposes; the first explicit question replaces that proposed one. A question followed already,
    retyped or named by its id as `export --question` takes it, is not followed twice. Returns a
    line to say when the store now follows several questions (a question reworded is a new one: the
    old one is still followed, and reduced at every `add`, until `unfollow`)."""
    rows = conn.execute(select(questions.c.id, questions.c.text, questions.c.auto)).all()
    if question:
        question = question.strip()
        if any(not r.auto and (retyped(r.text) == retyped(question) or str(r.id) == question) for r in rows):
            return None
        if question.isdigit():  # an id, not a question (test_cli_store_add_with_an_unknown_question_id_is_one_line)
            from . import followed_questions

            if proposed := [r for r in rows if r.auto and str(r.id) == question and r.text]:
                raise StoreError(f"question {question} is the one the corpus proposes ({proposed[0].text}): give its "
                                 "text with --question to keep it whatever the corpus proposes next")
            followed = followed_questions(conn) or "none yet"
            raise StoreError(f"the store follows no question {question} (followed: {followed}); "
                             "give a question's text to follow a new one")
        for r in rows:
            if r.auto:
                _drop_question(conn, r.id)
        conn.execute(insert(questions).values(text=question, auto=False, added_at=arts.now()))
        if any(not r.auto for r in rows):  # test_cli_store_a_further_question_is_said_and_unfollowed
            from . import followed_questions

            return (f"the store now follows {sum(not r.auto for r in rows) + 1} questions ({followed_questions(conn)}), "
                    "each brought up to date by every `add`; `stancemap unfollow ID` stops following one")
    elif not rows:
        conn.execute(insert(questions).values(text="", auto=True, added_at=arts.now()))
    return None


def unfollow(url: str | None, question: str) -> str:
    """Stop following a question (its text, retyped, or its id): its results go, the articles and
    their records stay (the other questions' results are untouched). Returns its text."""
    from . import choose_question

    engine, normal = open_engine(url, readonly=True)  # an existing store of this schema only, never a new file
    try:
        check_revision(engine, normal)
    finally:
        engine.dispose()
    engine, normal = open_engine(normal, readonly=False)
    try:
        with writer_lock(engine, normal):
            with engine.begin() as conn:
                qid = choose_question(conn, question)
                text = conn.execute(select(questions.c.text).where(questions.c.id == qid)).scalar() or ""
                _drop_question(conn, qid)
            return text
    finally:
        engine.dispose()


def _drop_question(conn: Connection, question_id: int) -> None:
    for table in RESULT_TABLES:
        conn.execute(delete(table).where(table.c.question_id == question_id))
    conn.execute(delete(questions).where(questions.c.id == question_id))
    drop_question_meta(conn, question_id)


def _reduce_stale(engine: Engine, progress: Progress, judgements: JudgementStore | None,
                  say: Callable[[str], None]) -> tuple[list[str], int]:
    """Reduce again every question whose results are out of date; (their texts, how many of them
    another version of stancemap had reduced)."""
    from ..corpus import reduce_records

    with engine.connect() as conn:
        gen = arts.generation(conn)
        why = freshness.outdated(conn)
        stale = conn.execute(select(questions.c.id, questions.c.text, questions.c.auto)
                             .where(questions.c.id.in_(list(why))).order_by(questions.c.id)).all()
        has_records = conn.execute(select(func.count()).select_from(articles)
                                   .where(articles.c.state == MAPPED)).scalar()
        notices = arts.stored_notices(conn)
    if not stale or not has_records:
        return [], 0
    recomputed = sum(why[row.id] == freshness.CODE for row in stale)
    if recomputed:
        say(freshness.code_note(recomputed, "reducing them again"))
    done = []
    for row in stale:
        progress.stage("relating", 1)
        records = arts.StoredRecords(engine)
        analysis = reduce_records(records, None if row.auto else row.text, notices, judgements)
        with engine.begin() as conn:
            write_results(conn, row.id, analysis, records.doc_article, gen)
            # Fresh statistics, so the planner picks the narrowest index for combined filters
            # (an actor's statements of one stance: the actor's index, not the stance's).
            conn.exec_driver_sql("ANALYZE")
        progress.advance(1)
        text = analysis.question.text if analysis.question else "(no question could be proposed)"
        if row.auto and row.text and row.text != text:  # a team's followed question never changes in silence
            say(f"the corpus now proposes another question: {text!r} (it was {row.text!r}; give --question to keep one)")
        done.append(text)
    return done, recomputed


@dataclass
class QuestionStatus:
    id: int
    text: str
    auto: bool
    up_to_date: bool
    reduced_at: str | None
    counts: dict[str, int]
    why: str | None = None  # why it is not up to date, in words (freshness.reason)


@dataclass
class Status:
    url: str
    revision: str | None
    articles: dict[str, int]  # state -> count
    stale: int  # mapped by another version of the map
    notices: int
    questions: list[QuestionStatus]
    # The period the analysed articles were published in, how many have no date (every date filter leaves them
    # out), and when articles were last added (test_cli_store_status_says_the_span_and_the_last_add).
    span: tuple[str | None, str | None] = (None, None)
    undated: int = 0
    last_added: str | None = None

    @property
    def pending(self) -> bool:
        return bool(self.articles.get(PENDING)) or any(not q.up_to_date for q in self.questions)


def _utc(moment: datetime | None) -> str | None:
    """A time the store keeps (UTC; SQLite returns it without its zone) as "2026-03-04 09:41 UTC"."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def status(url: str | None) -> Status:
    """What the store holds and what an `add` would still do (read-only)."""
    engine, normal = open_engine(url, readonly=True)
    try:
        check_revision(engine, normal)
        with engine.connect() as conn:
            counts = {state: 0 for state in (MAPPED, PENDING, SKIPPED)}
            counts.update(dict(conn.execute(select(articles.c.state, func.count()).group_by(articles.c.state)).all()))
            why = freshness.outdated(conn)
            found = []
            for row in conn.execute(select(questions).order_by(questions.c.id)).all():
                per = {t.name: int(conn.execute(select(func.count()).select_from(t).where(t.c.question_id == row.id)).scalar()
                                   or 0) for t in (actors, statements, events, outlets, positions)}
                reason = freshness.reason(why[row.id]) if row.id in why else None
                # No article analysed: nothing for an `add` to reduce, so not pending
                # (test_cli_store_status_without_articles_says_so).
                if not counts[MAPPED]:
                    reason = None
                found.append(QuestionStatus(row.id, row.text, row.auto, reason is None, _utc(row.reduced_at), per, reason))
            from .schema import notices as notice_table

            n_notices = int(conn.execute(select(func.count()).select_from(notice_table)).scalar() or 0)
            mapped = articles.c.state == MAPPED
            first, last = conn.execute(select(func.min(articles.c.published), func.max(articles.c.published))
                                       .where(mapped)).one()
            undated = int(conn.execute(select(func.count()).select_from(articles)
                                       .where(mapped & articles.c.published.is_(None))).scalar() or 0)
            newest = select(func.max(articles.c.id)).scalar_subquery()  # the row's id, not a scan of every row's time
            added = conn.execute(select(articles.c.added_at).where(articles.c.id == newest)).scalar()
            return Status(shown(normal), current_revision(engine), counts, arts.stale_count(conn), n_notices, found,
                          (first, last), undated, _utc(added))
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read the store {shown(normal)}: {first_line(error)}") from None
    finally:
        engine.dispose()
