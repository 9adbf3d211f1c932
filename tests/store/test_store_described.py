"""Sources named by their own words in the store (issue 10, session 22): each article's "critics" is its own actor,
listed with its article's outlet, while the stored analysis keeps the contract's name and `described_in`."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from stancemap.store import add, choose_question, load_analysis, open_reader
from stancemap.store.schema import actors

QUESTION = "Will the council approve the ring road plan?"


def test_store_keeps_each_articles_described_source_apart(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The council votes on the ring road plan on Monday.\n\n"
                                  "Critics said the road would bring more lorries into the valley.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The ring road plan goes to the council on Monday.\n\n"
                                  "Critics said the road would cost twice the sum the council has set aside.\n",
                                  encoding="utf-8")
    add(store_url, [folder], QUESTION)
    engine, _ = open_reader(store_url)
    try:
        with engine.connect() as conn:
            question = choose_question(conn, QUESTION)
            rows = conn.execute(select(actors.c.name, actors.c.data).where(actors.c.question_id == question)).all()
            analysis = load_analysis(conn, question)
    finally:
        engine.dispose()
    critics = [(name, json.loads(data)) for name, data in rows if json.loads(data)["name"] == "critics"]
    assert len(critics) == 2
    assert sorted(data["described_in"] for _, data in critics) == sorted(d.id for d in analysis.documents)
    assert len({name for name, _ in critics}) == 2 and all(name.startswith("critics (") for name, _ in critics)
    assert not any(side.affiliation == "critics" for side in analysis.sides)
