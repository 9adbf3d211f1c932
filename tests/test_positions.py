"""Positions (positions.py): where an actor stands now, since when, on what conditions, and how it
changed; a lone statement on another side never moves it."""

from __future__ import annotations

import pytest

from stancemap.model import Actor, Analysis, Document, Question, Statement
from stancemap.positions import basis_of
from stancemap.relate import positions_of

STATED = ["about: membership", "+support"]
CARRIED = ["not stated here; the speaker's stance in other articles"]
SIDE = ["not stated here; the stance of others on the same side (Ostmark)"]
CONTINUED = ["continues the same speaker's statement 1 sentence(s) before"]


def _analysis(rows: list[tuple[str, str | None, str, list[str]]], speaker: str = "a1",
              conditions: dict[int, list[str]] | None = None) -> Analysis:
    """One actor's statements: (date or None, published or None, stance, evidence) per row, one
    article per row."""
    documents, statements = [], []
    for i, (date, published, stance, evidence) in enumerate(rows):
        documents.append(Document(f"d{i}", f"d{i}.txt", "x" * 20, published=published))
        statements.append(Statement(f"s{i}", f"d{i}", speaker, "", "said", "indirect", "x" * 10, 0, 10,
                                    stance, (conditions or {}).get(i, []), date, stance_evidence=evidence))  # type: ignore[arg-type]
    actors = [Actor("a1", "Ada Lorne", "person", affiliation="Ostmark")]
    return Analysis(Question("Will Ostmark join the Pact?"), documents, actors, statements)


def _position(analysis: Analysis):  # type: ignore[no-untyped-def]
    (position,) = positions_of(analysis.statements, analysis)
    return position


def test_positions_single_stray_statement_does_not_flip() -> None:
    p = _position(_analysis([("2025-01-10", None, "support", STATED), ("2025-02-10", None, "support", STATED),
                             ("2025-03-10", None, "oppose", STATED)]))
    assert p.current.stance == "support" and p.current.since == "2025-01-10"
    assert p.current.dissenting == ["s2"] and p.changes == []
    assert p.latest_stance == "oppose"  # the contract's field keeps its meaning


def test_positions_stray_between_agreeing_rounds_is_outweighed() -> None:
    p = _position(_analysis([("2025-01-10", None, "oppose", STATED), ("2025-02-10", None, "support", STATED),
                             ("2025-03-10", None, "oppose", STATED)]))
    assert p.current.stance == "oppose" and p.changes == []


def test_positions_confirmed_change_by_the_next_round() -> None:
    p = _position(_analysis([("2025-01-10", None, "oppose", STATED), ("2025-11-04", None, "conditional", STATED),
                             ("2025-12-01", None, "conditional", STATED)], conditions={1: ["the war ends"],
                                                                                   2: ["once the fighting stops"]}))
    assert p.current.stance == "conditional" and p.current.since == "2025-11-04"
    assert p.current.conditions == ["once the fighting stops", "the war ends"]  # latest wording first
    (change,) = p.changes
    assert (change.from_stance, change.to_stance, change.date, change.statement) == ("oppose", "conditional",
                                                                                    "2025-11-04", "s1")
    assert change.statements == ["s1", "s2"]


def test_positions_confirmation_has_a_window() -> None:
    """A lone oppose in January and another in December are two strays, not a change."""
    p = _position(_analysis([("2024-06-01", None, "support", STATED), ("2025-01-10", None, "oppose", STATED),
                             ("2025-12-01", None, "oppose", STATED)]))
    assert p.current.stance == "support" and p.changes == [] and p.current.dissenting == ["s1", "s2"]


def test_positions_two_statements_one_day_change_at_once() -> None:
    p = _position(_analysis([("2025-01-10", None, "support", STATED), ("2025-06-01", None, "oppose", STATED),
                             ("2025-06-01", None, "oppose", STATED)]))
    assert p.current.stance == "oppose" and p.current.since == "2025-06-01"
    assert [(c.from_stance, c.to_stance) for c in p.changes] == [("support", "oppose")]


def test_positions_a_quote_and_its_continuation_do_not_change_a_position() -> None:
    p = _position(_analysis([("2025-01-10", None, "support", STATED), ("2025-06-01", None, "oppose", STATED),
                             ("2025-06-01", None, "oppose", CONTINUED)]))
    assert p.current.stance == "support" and p.changes == []


def test_positions_carried_stance_is_weaker_evidence() -> None:
    """Carried stances never outvote the actor's own words; they are listed with their basis."""
    p = _position(_analysis([("2025-01-10", None, "support", STATED), ("2025-02-10", None, "oppose", CARRIED),
                             ("2025-02-11", None, "oppose", CARRIED), ("2025-03-10", None, "support", CARRIED)]))
    assert p.current.stance == "support" and p.changes == []
    assert [(e.id, e.basis) for e in p.current.statements] == [("s0", "stated"), ("s3", "carried")]
    assert p.current.basis == "stated"


def test_positions_side_only_actor_is_marked_as_such() -> None:
    p = _position(_analysis([("2025-01-10", None, "support", SIDE)]))
    assert p.current.stance == "support" and p.current.basis == "side"


def test_positions_date_from_the_article_when_the_statement_has_none() -> None:
    p = _position(_analysis([(None, "2025-04-02", "oppose", STATED), (None, "2025-05-02", "oppose", STATED)]))
    assert p.current.since == "2025-04-02"


def test_positions_undated_corpus_decides_by_weight() -> None:
    p = _position(_analysis([(None, None, "support", STATED), (None, None, "oppose", STATED),
                             (None, None, "support", STATED)]))
    assert p.current.stance == "support" and p.current.since is None and p.changes == []


def test_positions_neutral_never_outweighs_a_side() -> None:
    p = _position(_analysis([("2025-01-10", None, "oppose", STATED), ("2025-02-10", None, "neutral", STATED),
                             ("2025-02-10", None, "neutral", STATED), ("2025-03-10", None, "neutral", STATED)]))
    assert p.current.stance == "oppose"
    only_neutral = _position(_analysis([("2025-01-10", None, "neutral", ["in a passage about the question; no stance words"])]))
    assert only_neutral.current.stance == "neutral" and only_neutral.current.basis == "context"


@pytest.mark.parametrize(("evidence", "basis"), [
    (["about: join", "+join"], "stated"),
    (["continues the same speaker's statement 2 sentence(s) before"], "continued"),
    (["not stated here; the speaker's stance elsewhere in this article"], "carried"),
    (["not stated here; the stance of others on the same side (Lunderia)"], "side"),
    (["in a passage about the question; no stance words"], "context"),
])
def test_positions_basis_of_evidence(evidence: list[str], basis: str) -> None:
    s = Statement("s1", "d1", "a1", "", "said", "indirect", "x", 0, 1, "support", stance_evidence=evidence)
    assert basis_of(s) == basis


def test_positions_example_every_actor_has_one_current_stance(example_analysis) -> None:  # type: ignore[no-untyped-def]
    spoke = {s.speaker for s in example_analysis.statements if s.speaker and s.stance}
    assert {p.actor for p in example_analysis.positions} == spoke
    assert len(example_analysis.positions) == len(spoke)
    for p in example_analysis.positions:
        assert p.current is not None and p.current.stance in {"support", "oppose", "conditional", "neutral"}
        assert p.current.statements, p.actor
        ids = set(p.statements)
        assert {e.id for e in p.current.statements} <= ids and set(p.current.dissenting) <= ids
        if p.current.stance == "conditional":
            assert p.current.conditions, p.actor
    # Most actors' positions rest on their own words.
    assert sum(p.current.basis == "stated" for p in example_analysis.positions) >= len(spoke) // 2
