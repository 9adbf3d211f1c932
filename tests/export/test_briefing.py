"""The briefing's content (export/briefing.py, digest.py, articles.py), full and empty."""

from __future__ import annotations

import pytest

from stancemap.export.briefing import build
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


def test_briefing_one_row_per_actor_with_its_stance_now(full: Analysis) -> None:
    b = build(full, charts=False)
    rows = {r["name"]: r for r in b.rows}
    assert set(rows) == {"Ada Lorne", "Piet Vanter", "Juri Kalt"}
    assert rows["Juri Kalt"]["stance"] == "oppose" and rows["Juri Kalt"]["side"] == "Carrow"
    assert rows["Piet Vanter"]["stance"] == "conditional" and rows["Piet Vanter"]["since"] == "2025-03-14"
    assert rows["Piet Vanter"]["conditions"] == ["it met every standard", "Ostmark passed its reforms"]
    # Ada Lorne: support, then a lone conditional statement, then support again: support throughout.
    assert rows["Ada Lorne"]["stance"] == "support" and rows["Ada Lorne"]["changes"] == []
    assert rows["Ada Lorne"]["href"] == "#s7"  # the latest statement in her own words
    details = {d["name"]: d for d in b.details}
    assert [s["id"] for s in details["Ada Lorne"]["statements"]] == ["s1", "s7"]
    assert [s["id"] for s in details["Ada Lorne"]["dissenting"]] == ["s5"]


def test_briefing_answers_group_who_stands_where(full: Analysis) -> None:
    a = build(full, charts=False).answers
    assert [n["name"] for n in a["support"]["shown"]] == ["Ada Lorne"]
    assert [n["name"] for n in a["conditional"]["shown"]] == ["Piet Vanter"]
    assert [n["name"] for n in a["oppose"]["shown"]] == ["Juri Kalt"]
    assert {g["label"] for g in a["groups"]} == {"it met every standard", "Ostmark passed its reforms"}


def test_briefing_without_stances_shows_who_was_quoted(full: Analysis) -> None:
    for s in full.statements:
        s.stance = None
    full.positions = []
    b = build(full, charts=False)
    assert b.rows == [] and b.positions_note
    assert sum(q["count"] for q in b.quoted) == sum(1 for s in full.statements if s.speaker)
    assert all(e["kind"] == "event" for e in b.timeline)


def test_briefing_empty_analysis_renders_every_section(empty: Analysis) -> None:
    b = build(empty)
    assert b.rows == [] and b.timeline == [] and not b.positions_note
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
