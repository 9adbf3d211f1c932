"""The briefing's answers (export/answers.py): conditions grouped when they ask for the same thing,
changes newest first, and outlets that differ about the same actor at the same time."""

from __future__ import annotations

from typing import Any

from stancemap.export.answers import differences, recent_changes
from stancemap.export.grouping import condition_groups
from stancemap.model import Analysis, Question


def _groups(conditions_by_actor: dict[str, list[str]]) -> list[list[str]]:
    rows: list[dict[str, Any]] = [{"name": n, "row": f"pos-{n}", "conditions": cs} for n, cs in conditions_by_actor.items()]
    analysis = Analysis(Question("Will Ostmark join the Weald Pact?", target_terms=["Ostmark", "Weald Pact"]), [])
    return [sorted(g["conditions"]) for g in condition_groups(rows, analysis)]


def test_answers_conditions_sharing_what_they_ask_for_are_one_group() -> None:
    groups = _groups({"A": ["a referendum", "until the incursion ends"],
                      "B": ["only if voters approve it in a national referendum", "while the incursion continued"],
                      "C": ["until a referendum is held", "must first carry out reforms of its courts"]})
    assert sorted(groups) == sorted([
        ["a referendum", "only if voters approve it in a national referendum", "until a referendum is held"],
        ["until the incursion ends", "while the incursion continued"],
        ["must first carry out reforms of its courts"]])


def test_answers_one_shared_word_does_not_chain_unrelated_conditions() -> None:
    """"held" and "forces" are shared, but a referendum is not a ceasefire, nor reforms of the armed forces a withdrawal."""
    groups = _groups({"A": ["until a referendum is held", "if a ceasefire has held for six months"],
                      "B": ["while Karsovian forces remain in the east", "reforms of its police and armed forces"]})
    assert len(groups) == 4


def test_answers_question_words_do_not_group_conditions() -> None:
    groups = _groups({"A": ["once Ostmark passes its reforms", "if Ostmark holds a referendum"]})
    assert len(groups) == 2


def test_answers_conditions_in_other_words_are_one_group() -> None:
    """WordNet relates the words: "war" and "fighting" (fight, struggle); "voters" and "referendum" (vote)."""
    assert len(_groups({"A": ["the end of the war"], "B": ["once the fighting stops"]})) == 1
    assert len(_groups({"A": ["a referendum"], "B": ["if voters endorsed it"]})) == 1
    apart = {"A": ["a referendum"], "B": ["once the fighting stops"], "C": ["provided the reforms are verified"]}
    assert len(_groups(apart)) == 3


def test_answers_changes_newest_first_with_their_statement(example_analysis) -> None:  # type: ignore[no-untyped-def]
    changes = recent_changes(example_analysis)
    assert changes and [c["sort"] for c in changes] == sorted((c["sort"] for c in changes), reverse=True)
    ids = {s.id for s in example_analysis.statements}
    assert all(c["href"][1:] in ids and c["from"] != c["to"] for c in changes)


def test_answers_outlets_differ_on_the_same_actor_at_the_same_time(full: Analysis) -> None:
    for s in full.statements:
        s.stance_evidence = ["about: membership"]
    # Ada Lorne: support reported by Harbour Daily on 14 March; make the Eastern Courier report her opposing that week.
    s5 = next(s for s in full.statements if s.id == "s5")
    s5.stance, s5.date = "oppose", "2025-03-16"
    found = [d for d in differences(full) if d["kind"] == "stance"]
    assert [d["subject"] for d in found] == ["Ada Lorne"]
    assert {a["outlet"] for a in found[0]["accounts"]} == {"Harbour Daily", "Eastern Courier"}
    s5.date = "2025-05-25"  # two months apart: a change over time, not a difference between outlets
    assert [d for d in differences(full) if d["kind"] == "stance"] == []
