"""The briefing's content (export/briefing.py, digest.py, articles.py), full and empty."""

from __future__ import annotations

import pytest

from stancemap.export.briefing import NO_STANCE, STANCES, UNAFFILIATED, build
from stancemap.export.digest import summarize, summary_length
from stancemap.model import Analysis


def _anchors(b) -> set[str]:  # type: ignore[no-untyped-def]
    ids = set()
    for a in b.articles:
        ids.add(a["id"])
        for para in a["paragraphs"]:
            for g in para:
                if g["anchor"]:
                    ids.add(g["anchor"])
                ids |= {p["sid"] for p in g["pieces"] if p["sid"]}
    return ids


def test_briefing_summary_sentences_link_to_their_place_in_the_article(full: Analysis) -> None:
    b = build(full, charts=False)
    assert len(b.summary) == 5
    ids = _anchors(b)
    for s in b.summary:
        assert s["anchor"] in ids
        doc = next(d for d in full.documents if d.id == s["document"])
        assert doc.body[s["start"]:s["end"]] == s["text"]


def test_briefing_summary_is_centred_on_the_question(full: Analysis) -> None:
    for s in summarize(full, limit=3):
        assert any(w in s["text"] for w in ("Ostmark", "Pact", "join", "membership"))


@pytest.mark.parametrize(("documents", "expected"), [(1, 5), (3, 5), (6, 6), (15, 7), (20, 8), (500, 8)])
def test_digest_summary_length_stays_between_five_and_eight(documents: int, expected: int) -> None:
    assert summary_length(documents) == expected


def test_briefing_positions_group_affiliations_against_stance(full: Analysis) -> None:
    b = build(full, charts=False)
    assert b.stance_columns == list(STANCES) and not b.positions_note
    rows = {r["affiliation"]: r for r in b.positions}
    assert list(rows) == ["Ostmark", "Weald Pact", "Carrow"] and UNAFFILIATED not in rows
    ostmark = rows["Ostmark"]["cells"]
    assert [a["name"] for a in ostmark["support"]["actors"]] == ["Ada Lorne"]
    assert ostmark["conditional"]["actors"][0]["conditions"] == ["a referendum"]
    assert ostmark["support"]["actors"][0]["changed"]  # support, then conditional, then support
    quotes = ostmark["support"]["statements"]
    assert quotes[0]["quote"] and quotes[0]["outlet"] == "Harbour Daily" and quotes[0]["date"] == "2025-03-14"
    assert rows["Carrow"]["cells"]["oppose"]["count"] == 1 and rows["Carrow"]["cells"]["support"]["count"] == 0


def test_briefing_without_stances_shows_who_was_quoted(full: Analysis) -> None:
    for s in full.statements:
        s.stance = None
    b = build(full, charts=False)
    assert b.stance_columns == [NO_STANCE] and b.positions_note
    assert sum(r["count"] for r in b.positions) == sum(1 for s in full.statements if s.speaker)
    assert all(e["kind"] == "event" for e in b.timeline)


def test_briefing_empty_analysis_renders_every_section(empty: Analysis) -> None:
    b = build(empty)
    assert b.positions == [] and b.timeline == [] and not b.positions_note
    assert [d["kind"] for d in b.disagreements] == ["wording"]  # "incursion" against "stabilisation mission"
    assert b.chart_wide and "Articles" in b.chart_wide  # publication dates are still drawn
    assert len(b.summary) >= 1 and len(b.articles) == 3
    assert all(a["paragraphs"] for a in b.articles)


def test_briefing_timeline_numbers_events_in_date_order(full: Analysis) -> None:
    b = build(full, charts=False)
    events = [e for e in b.timeline if e["kind"] == "event"]
    assert [e["number"] for e in events] == ["E1", "E2", "E3"]
    assert [e["date"] for e in events] == ["2024", "XXXX-03-03", "2025-03-10"]  # the year-less day is read in 2025
    dates = [e["sort"] for e in b.timeline]
    assert dates == sorted(dates)


def test_articles_statement_marks_survive_anchors_inside_them(full: Analysis) -> None:
    b = build(full, charts=False)
    d1 = next(a for a in b.articles if a["id"] == "d1")
    text = "".join(p["text"] for para in d1["paragraphs"] for g in para for p in g["pieces"])
    assert text == full.documents[0].body.replace("\n\n", "")
    sids = [p["sid"] for para in d1["paragraphs"] for g in para for p in g["pieces"] if p["sid"]]
    assert sids == ["s1", "s2"]  # each statement's id once, in body order
    assert d1["removed"] == [{"text": "Share this article", "reason": "share/social line"},
                             {"text": "Home", "reason": "menu line"}]
