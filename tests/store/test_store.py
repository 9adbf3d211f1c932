"""The store on SQLite and PostgreSQL: `add` stores once, follows several questions, finishes what a
stopped run left, and gives back the analysis `analyze` gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from stancemap import analyze
from stancemap.export.json_out import to_dict
from stancemap.store import StoreError, add, choose_question, load_analysis, open_reader, status
from stancemap.store.articles import register
from stancemap.store.engine import open_engine, upgrade
from stancemap.store.schema import articles, statements

from ..conftest import EXAMPLE_QUESTION, EXAMPLES

OTHER_QUESTION = "Will Valdoria sign the neutrality treaty?"


def exported(url: str, question: str | None = None) -> dict[str, Any]:
    engine, _ = open_reader(url)
    try:
        with engine.connect() as conn:
            return json.loads(json.dumps(to_dict(load_analysis(conn, choose_question(conn, question)))))
    finally:
        engine.dispose()


def test_store_add_gives_the_analysis_analyze_gives(store_url: str, example_json: dict[str, Any]) -> None:
    report = add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    assert (report.new, report.known, report.mapped, report.skipped) == (15, 0, 15, 0)
    assert report.reduced == [EXAMPLE_QUESTION]
    assert exported(store_url) == example_json


def test_store_second_add_stores_nothing_new(store_url: str) -> None:
    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    before = status(store_url)
    again = add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    assert (again.new, again.known, again.mapped, again.reduced) == (0, 15, 0, [])
    after = status(store_url)
    assert after.articles == before.articles == {"mapped": 15, "pending": 0, "skipped": 0}
    assert after.questions[0].counts == before.questions[0].counts and not after.pending


def test_store_same_article_under_two_names_is_stored_once(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    first = sorted(EXAMPLES.glob("*.txt"))[0]
    shutil.copy(first, folder / "a.txt")
    shutil.copy(first, folder / "copy of a.txt")
    report = add(store_url, [folder], EXAMPLE_QUESTION)
    assert (report.new, report.known) == (1, 1)


def test_store_follows_several_questions_from_one_set_of_records(store_url: str) -> None:
    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    second = add(store_url, [], OTHER_QUESTION)
    assert second.mapped == 0 and second.reduced == [OTHER_QUESTION]
    texts = [q.text for q in status(store_url).questions]
    assert texts == [EXAMPLE_QUESTION, OTHER_QUESTION]
    one, other = exported(store_url, EXAMPLE_QUESTION), exported(store_url, OTHER_QUESTION)
    assert one["documents"] == other["documents"]
    assert other == json.loads(json.dumps(to_dict(analyze(EXAMPLES, question=OTHER_QUESTION, cache=True))))
    with pytest.raises(StoreError, match="follows 2 questions"):
        exported(store_url)


def test_store_proposed_question_gives_way_to_a_given_one(store_url: str) -> None:
    first = add(store_url, [EXAMPLES])
    assert first.reduced and status(store_url).questions[0].auto
    add(store_url, [], EXAMPLE_QUESTION)
    (only,) = status(store_url).questions
    assert (only.text, only.auto, only.up_to_date) == (EXAMPLE_QUESTION, False, True)


def test_store_pending_articles_are_finished_by_the_next_add(store_url: str, example_json: dict[str, Any]) -> None:
    """What a run killed after registering leaves: pending articles, which `status` reports and the
    next `add` (even with no paths) maps and reduces."""
    engine, _ = open_engine(store_url, readonly=False)
    upgrade(engine)
    from stancemap.ingest import iter_sources

    registered = register(engine, iter_sources([EXAMPLES]))
    engine.dispose()
    assert registered.new == 15
    pending = status(store_url)
    assert pending.articles["pending"] == 15 and pending.pending
    report = add(store_url, [], EXAMPLE_QUESTION)
    assert (report.new, report.mapped) == (0, 15)
    assert exported(store_url) == example_json


def test_store_notices_are_kept_and_exported(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sorted(EXAMPLES.glob("*.txt"))[0], folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    report = add(store_url, [folder], EXAMPLE_QUESTION)
    assert {Path(n.path).name for n in report.notices} == {"empty.txt", "bad.json"}
    assert {Path(n["path"]).name for n in exported(store_url)["notices"]} == {"empty.txt", "bad.json"}
    add(store_url, [folder], EXAMPLE_QUESTION)  # the same problems again are not listed twice
    assert len(exported(store_url)["notices"]) == 2


def test_store_no_duplicates_in_tables(store_url: str) -> None:
    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    add(store_url, [EXAMPLES], OTHER_QUESTION)
    engine, _ = open_reader(store_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count(func.distinct(articles.c.content_hash)))).scalar() == 15
        per_question = conn.execute(select(statements.c.question_id, func.count(), func.count(func.distinct(statements.c.id)))
                                    .group_by(statements.c.question_id)).all()
    engine.dispose()
    assert len(per_question) == 2 and all(n == distinct for _, n, distinct in per_question)


def test_store_readers_refuse_a_missing_or_foreign_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        status(str(tmp_path / "missing.db"))
    plain = tmp_path / "plain.db"
    import sqlite3

    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a stancemap store"):
        status(str(plain))
    with pytest.raises(StoreError, match="unsupported store URL"):
        status("mysql://someone@localhost/db")


def test_store_team_without_a_shared_cache_gets_the_same_results(store_url: str, tmp_path: Path) -> None:
    """Judgements are pure functions of the record, the question and the judging code: a team
    member whose record cache holds none of them (another machine) reduces the same store to the
    same results as the member who added the articles with a full cache."""
    from stancemap.store import AddOptions
    from stancemap.store.schema import questions

    add(store_url, [EXAMPLES], EXAMPLE_QUESTION, AddOptions(cache_dir=tmp_path / "alice"))
    before = exported(store_url)
    engine, _ = open_engine(store_url, readonly=False)
    with engine.begin() as conn:
        conn.execute(questions.update().values(generation=None))  # as if another member's add had changed the store
    engine.dispose()
    report = add(store_url, [], None, AddOptions(cache_dir=tmp_path / "bob"))
    assert report.reduced == [EXAMPLE_QUESTION]
    assert exported(store_url) == before


def test_store_totals_agree_with_the_rows_and_the_migration(store_url: str) -> None:
    """The totals written with a question's results are the counts of its rows, and the SQL that
    fills them for a store made before they existed (migration 0003) counts the same."""
    from sqlalchemy import delete

    from stancemap.store.schema import events, positions, totals
    from stancemap.store.totals import backfill_sql

    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    engine, _ = open_engine(store_url, readonly=False)
    try:
        with engine.begin() as conn:
            written = sorted(tuple(r) for r in conn.execute(select(totals.c.question_id, totals.c.entity, totals.c.facet,
                                                                   totals.c.value, totals.c.n)))
            conn.execute(delete(totals))
            for statement in backfill_sql(conn.dialect.name):
                conn.exec_driver_sql(statement)
            counted = sorted(tuple(r) for r in conn.execute(select(totals.c.question_id, totals.c.entity, totals.c.facet,
                                                                   totals.c.value, totals.c.n)))
            by = {(e, f, v): n for _, e, f, v, n in written}
            assert by[("statements", "", "")] == conn.execute(select(func.count()).select_from(statements)).scalar()
            assert by[("events", "", "")] == conn.execute(select(func.count()).select_from(events)).scalar()
            opposed = conn.execute(select(func.count()).select_from(statements).where(statements.c.stance == "oppose")).scalar()
            assert by.get(("statements", "stance", "oppose"), 0) == opposed > 0
            assert by[("positions", "", "")] == conn.execute(select(func.count()).select_from(positions)).scalar()
    finally:
        engine.dispose()
    assert written == counted


def test_store_unfollow_and_status_span_on_both_back_ends(store_url: str) -> None:
    # `unfollow` (a reworded question stopped) and `status`'s period and last add, on SQLite and PostgreSQL alike.
    from stancemap.store import unfollow

    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    add(store_url, [], OTHER_QUESTION)
    assert unfollow(store_url, "  " + EXAMPLE_QUESTION.lower().rstrip("?")) == EXAMPLE_QUESTION
    now = status(store_url)
    assert [q.text for q in now.questions] == [OTHER_QUESTION] and not now.pending
    first, last = now.span
    assert first is not None and last is not None and first <= last
    assert now.last_added is not None and now.last_added.endswith(" UTC")
    with pytest.raises(StoreError, match="does not follow"):
        unfollow(store_url, EXAMPLE_QUESTION)
