"""Speakers across articles (issue 10, session 17): a body one article describes and names nowhere ("the statistics
office") is that article's own actor, not merged by its words with another article's; one whose words hold a proper
name or a nationality ("the Valdorian finance ministry") is one actor across articles; in a wire copy it is the same
body as in the original. Written articles; fictional people, bodies and places."""

from __future__ import annotations

from stancemap.model import Analysis, Source
from stancemap.pipeline import analyze_sources

from .conftest import statement_with

QUESTION = "Will Osterland join the Harbor Pact?"


def _corpus(*bodies: str) -> Analysis:
    return analyze_sources([Source(f"a{i}.txt", "text", text=body, published=f"2026-05-0{i + 1}")
                            for i, body in enumerate(bodies)], QUESTION)


def test_a_described_body_stays_in_its_article() -> None:
    analysis = _corpus(
        "Prices in Valdoria rose again in April. Inflation eased to 3.1% in May from 3.6% in April, the statistics "
        "office said on Tuesday.",
        "Osterland's economy slowed in the spring. Unemployment climbed to 7.2% in May, the statistics office said "
        "on Wednesday.")
    first = statement_with(analysis, "Inflation eased to 3.1%")
    second = statement_with(analysis, "Unemployment climbed to 7.2%")
    names = {analysis.actor(s.speaker).name for s in (first, second)}  # type: ignore[union-attr]
    assert names == {"statistics office"}
    assert first.speaker != second.speaker  # two countries' offices, two actors


def test_a_described_body_named_by_its_nationality_is_one_actor() -> None:
    analysis = _corpus(
        "The talks resumed on Monday. The Valdorian finance ministry said it expected Osterland to join the Harbor "
        "Pact by the autumn.",
        "Bond markets were calm. The Valdorian finance ministry said the budget would not depend on the Harbor Pact.")
    first = statement_with(analysis, "expected Osterland to join")
    second = statement_with(analysis, "the budget would not depend")
    assert first.speaker is not None and first.speaker == second.speaker
    assert analysis.actor(first.speaker).name == "Valdorian finance ministry"  # type: ignore[union-attr]


STORY = [
    "Unemployment in Osterland climbed to 7.2% in May from 6.8% in April, the statistics office said on Wednesday, "
    "the highest figure since the port strike two years ago.",
    "Harbour towns saw the sharpest rise, with shipyards in Tarnby and Velle laying off more than 900 workers "
    "between them as orders from abroad dried up over the winter.",
    "Finance minister Ada Kross said the figures showed why Osterland should join the Harbor Pact before the end "
    "of the year, since members' ships would pay lower fees at every port in the pact.",
    "Opposition leader Brun Hallet said joining would not bring back a single job in the shipyards.",
]


def test_a_described_body_in_a_wire_copy_is_counted_once() -> None:
    analysis = analyze_sources([
        Source("wire.txt", "text", text="\n\n".join(STORY), published="2026-06-02"),
        Source("copy.txt", "text", text="\n\n".join([*STORY, "(Osterland Wire)"]), published="2026-06-03")], QUESTION)
    copies = [s for s in analysis.statements if "Unemployment in Osterland climbed" in s.content]
    assert len(copies) == 2 and len({s.speaker for s in copies}) == 2  # each article's own office ...
    assert sum(1 for s in copies if s.copy_of is not None) == 1  # ... one body in the copy: counted once
