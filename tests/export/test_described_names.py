"""Sources named by their own words are actors of one article (`Actor.described_in`, issue 10, session 22): the
briefing shows each with its article's outlet, so two articles' "critics" read as two sources, not one."""

from __future__ import annotations

from stancemap.export.articles import actor_names
from stancemap.export.briefing import Lookup
from stancemap.model import Actor, Analysis, Document, Question


def _analysis() -> Analysis:
    docs = [Document("d1", "a.txt", "Critics said the plan would fail.", outlet="Harbour Daily"),
            Document("d2", "b.txt", "Critics said the plan was late.", outlet=None)]
    analysis = Analysis(Question("Will the council approve the ring road plan?"), docs)
    analysis.actors = [Actor("a1", "critics", "group", described_in="d1"),
                       Actor("a2", "critics", "group", described_in="d2"),
                       Actor("a3", "Tarn Council", "organization")]
    return analysis


def test_described_sources_shown_with_their_article() -> None:
    names = actor_names(_analysis())
    assert names == {"a1": "critics (Harbour Daily)", "a2": "critics (unknown outlet, d2)", "a3": "Tarn Council"}
    assert Lookup(_analysis()).name("a1") == "critics (Harbour Daily)"


def test_described_sources_stand_for_no_side() -> None:
    critics, _, council = _analysis().actors
    assert critics.side() is None and council.side() == "Tarn Council"
