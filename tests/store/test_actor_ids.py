"""Actor ids stay put across `add`s (store/actor_ids.py): an API user's bookmark to an actor's id names the same actor
after the next add, on SQLite and PostgreSQL. Invented articles; the rules' own cases on invented actors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from stancemap.model import Actor, Analysis, Disagreement, Event, Outlet, Position, Side, Statement
from stancemap.store import add, choose_question, load_analysis, open_reader, unfollow
from stancemap.store.actor_ids import Known, assign, meta_key, renumber
from stancemap.store.engine import open_engine
from stancemap.store.schema import meta

QUESTION = "Should Quillmere put a levy on ferry tickets?"

DAY_ONE = ("Harbour council weighs a ferry levy\n\n"
           "The harbour council of Quillmere will vote next week on a levy on ferry tickets. "
           "Councillor Ada Brenning said she would support the levy if the money went to the piers.\n\n"
           "The Quillmere Ferry Operators Association said it opposed any new charge on tickets.\n")
# A new person named in full: the reduce builds such persons first, so at main every later actor moved up by one.
DAY_TWO = ("Levy vote nears in Quillmere\n\n"
           "Tomas Reyvik, who runs the island bakery, said a levy on ferry tickets would empty the market. "
           "The Quillmere Ferry Operators Association said again that it opposed the levy. "
           "Ada Brenning said the levy was the only way to repair the piers.\n")


def _exported(url: str) -> dict[str, Any]:
    engine, _ = open_reader(url)
    try:
        with engine.connect() as conn:
            analysis = load_analysis(conn, choose_question(conn, QUESTION))
    finally:
        engine.dispose()
    return {"actors": {a.id: a.name for a in analysis.actors},
            "speakers": {s.id: s.speaker for s in analysis.statements},
            "positions": [p.actor for p in analysis.positions]}


def _two_days(tmp_path: Path) -> None:
    """The first day's article under tmp_path/day1, the second's under tmp_path/day2."""
    for day, name, text in (("day1", "levy.txt", DAY_ONE), ("day2", "vote.txt", DAY_TWO)):
        (tmp_path / day).mkdir()
        (tmp_path / day / name).write_text(text, encoding="utf-8")


def test_actor_ids_stay_put_when_an_article_is_added(store_url: str, tmp_path: Path) -> None:
    _two_days(tmp_path)
    add(store_url, [tmp_path / "day1"], QUESTION)
    before = _exported(store_url)
    assert "Ada Brenning" in before["actors"].values(), before
    add(store_url, [tmp_path / "day2"], QUESTION)
    after = _exported(store_url)
    for actor_id, name in before["actors"].items():
        assert after["actors"].get(actor_id) == name, (actor_id, name, after["actors"])
    new = {i: n for i, n in after["actors"].items() if i not in before["actors"]}
    assert "Tomas Reyvik" in new.values(), after["actors"]
    # the first article's statements keep their ids and name the same speakers
    for statement_id, speaker in before["speakers"].items():
        assert after["speakers"][statement_id] == speaker
    assert set(after["positions"]) <= set(after["actors"])


def test_a_store_written_before_ids_were_kept_keeps_the_ids_it_shows(store_url: str, tmp_path: Path) -> None:
    """Results written by an earlier stancemap have no kept ids: the next add starts from the stored actors."""
    _two_days(tmp_path)
    add(store_url, [tmp_path / "day1"], QUESTION)
    before = _exported(store_url)
    engine, _ = open_engine(store_url, readonly=False)
    try:
        with engine.begin() as conn:
            conn.execute(delete(meta).where(meta.c.key.like("actor_ids:%")))
    finally:
        engine.dispose()
    add(store_url, [tmp_path / "day2"], QUESTION)
    after = _exported(store_url)
    assert all(after["actors"].get(i) == name for i, name in before["actors"].items()), (before, after)


def test_unfollow_forgets_the_questions_actor_ids(store_url: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "levy.txt").write_text(DAY_ONE, encoding="utf-8")
    add(store_url, [tmp_path / "in"], QUESTION)
    engine, _ = open_reader(store_url)
    try:
        with engine.connect() as conn:
            qid = choose_question(conn, QUESTION)
            assert conn.execute(select(meta.c.value).where(meta.c.key == meta_key(qid))).scalar()
    finally:
        engine.dispose()
    unfollow(store_url, QUESTION)
    engine, _ = open_reader(store_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(meta.c.value).where(meta.c.key == meta_key(qid))).scalar() is None
    finally:
        engine.dispose()


def _analysis(*actors: Actor) -> Analysis:
    return Analysis(question=None, documents=[], actors=list(actors))


def test_first_results_keep_the_reduces_numbers() -> None:
    known = Known()
    mapping = assign(_analysis(Actor("a1", "Ada Brenning", "person"), Actor("a2", "Quillmere", "place")), known)
    assert mapping == {"a1": "a1", "a2": "a2"} and known.next == 3


def test_an_actor_keeps_its_id_by_name_kind_or_alias_and_ids_are_never_reused() -> None:
    known = Known()
    assign(_analysis(Actor("a1", "Brenning", "person"), Actor("a2", "Harbour Board", "organization"),
                     Actor("a3", "Piers Trust", "organization"), Actor("a4", "Orla Vennick", "person")), known)
    grown = _analysis(Actor("a1", "Tomas Reyvik", "person"),  # new, built first
                      Actor("a2", "Ada Brenning", "person", aliases=["Brenning"]),  # named in full now
                      Actor("a3", "Harbour Board", "group"),  # the corpus now votes another kind
                      Actor("a4", "Piers Trust", "organization"))  # Orla Vennick is gone
    mapping = assign(grown, known)
    assert mapping == {"a1": "a5", "a2": "a1", "a3": "a2", "a4": "a3"}
    # a4 was Orla Vennick's and is never given to anyone else
    again = assign(_analysis(Actor("a1", "Mira Oss", "person"), Actor("a2", "Orla Vennick", "person")), known)
    assert again == {"a1": "a6", "a2": "a4"}


def test_an_exact_match_is_never_taken_by_a_looser_one() -> None:
    known = Known()
    assign(_analysis(Actor("a1", "Ada Brenning", "person", aliases=["Brenning"]), Actor("a2", "Brenning", "place")),
           known)
    # the person now comes second: the place named "Brenning" still gets its own id, not the person's alias
    mapping = assign(_analysis(Actor("a1", "Brenning", "place"), Actor("a2", "Ada Brenning", "person")), known)
    assert mapping == {"a1": "a2", "a2": "a1"}


def test_a_source_described_in_one_article_is_matched_within_that_article() -> None:
    known = Known()
    assign(_analysis(Actor("a1", "critics", "group", described_in="d1"),
                     Actor("a2", "critics", "group", described_in="d2")), known)
    mapping = assign(_analysis(Actor("a1", "critics", "group", described_in="d2"),
                               Actor("a2", "critics", "group", described_in="d3"),
                               Actor("a3", "critics", "group", described_in="d1")), known)
    assert mapping == {"a1": "a2", "a2": "a3", "a3": "a1"}


def test_renumber_rewrites_every_reference() -> None:
    analysis = _analysis(Actor("a1", "Ada Brenning", "person"), Actor("a2", "Harbour Board", "organization"))
    analysis.statements = [Statement("s1", "d1", "a1", "she", "said", "direct", "x", 0, 1),
                           Statement("s2", "d1", None, "", "said", "direct", "y", 2, 3)]
    analysis.events = [Event("e1", "d1", "2026-03-02", "day", "Monday", "x", actors=["a2", "a1"])]
    analysis.outlets = [Outlet("Harbour Daily", ["d1"], quoted={"a2": 2, "a1": 1})]
    analysis.positions = [Position("a1", ["s1"], "support", False)]
    analysis.sides = [Side("Harbour Board", ["a2"], {"oppose": 1}, "oppose")]
    analysis.disagreements = [Disagreement("a1", {}, ["s1"]), Disagreement("", {}, [], kind="date")]
    renumber(analysis, {"a1": "a7", "a2": "a1"})
    assert [a.id for a in analysis.actors] == ["a7", "a1"]
    assert [s.speaker for s in analysis.statements] == ["a7", None]
    assert analysis.events[0].actors == ["a1", "a7"]
    assert list(analysis.outlets[0].quoted.items()) == [("a1", 2), ("a7", 1)]
    assert analysis.positions[0].actor == "a7" and analysis.sides[0].actors == ["a1"]
    assert [d.actor for d in analysis.disagreements] == ["a7", ""]
    assert json.dumps([a.id for a in analysis.actors])  # plain strings still


def test_renumber_the_analysis_looks_actors_up_by_their_new_ids() -> None:
    """Analysis.actor's index, built before (positions and relate look actors up), is not left on the old ids: "a1"
    would name the renumbered a1's old holder (review of session 27: red before)."""
    analysis = _analysis(Actor("a1", "Ada Brenning", "person"), Actor("a2", "Harbour Board", "organization"))
    assert analysis.actor("a1").name == "Ada Brenning"  # type: ignore[union-attr]
    renumber(analysis, {"a1": "a7", "a2": "a1"})
    assert analysis.actor("a1").name == "Harbour Board"  # type: ignore[union-attr]
    assert analysis.actor("a7").name == "Ada Brenning" and analysis.actor("a2") is None  # type: ignore[union-attr]
