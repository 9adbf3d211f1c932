"""The learned layer's sides turned under a question that asks whether its act was a fault (issue 9, session 36;
judge/fault_learned.py): the layer reads how a statement leans toward the act, the question asks whether the act was
wrong. Invented questions and statements; the layer's verdicts are written into the evidence as learned.py writes them."""

from __future__ import annotations

import pytest

from stancemap.judge.carry import CARRIED_IN_CORPUS, CARRIED_LEARNED, IN_PASSAGE
from stancemap.judge.fault_learned import TURNED_NOTE, turn_learned_sides
from stancemap.judge.learned import NOTE
from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import Terms, terms_of
from stancemap.model import Statement
from stancemap.question import make_question

WRONG = "Was the Denholt council wrong to close the Ashby library?"
MISTAKE = "Was it a mistake for the Orrin board to sell the harbour?"
RIGHT = "Was the Denholt council right to close the Ashby library?"
TOO_SOON = "Is it too early to reopen the Kell footbridge?"
PLAIN = "Will the Denholt council close the Ashby library?"


def _terms(text: str) -> Terms:
    question = make_question(text)
    question.proposition = parse_proposition(text)  # as corpus.py sets it before judging
    return terms_of(question)


def _s(stance: str, evidence: list[str], content: str = "...") -> Statement:
    return Statement(id="s1", document="d1", speaker="a1", speaker_mention="", cue="said", kind="direct",
                     content=content, start=0, end=len(content), stance=stance,  # type: ignore[arg-type]
                     stance_evidence=evidence)


def _layer(side: str) -> list[str]:
    return [IN_PASSAGE, f"{NOTE}: {side} (p 0.55); the rules said neutral"]


@pytest.mark.parametrize("question", [WRONG, MISTAKE])
@pytest.mark.parametrize(("side", "turned"), [("oppose", "support"), ("support", "oppose")])
def test_the_layers_side_is_turned_under_a_question_of_fault(question: str, side: str, turned: str) -> None:
    # "It is a disgrace, an insult to every reader" read as against closing the library: a yes to "was it wrong?"
    s = _s(side, _layer(side), "It is a disgrace, an insult to every reader in the town.")
    assert turn_learned_sides([s], _terms(question)) == 1
    assert (s.stance, s.stance_evidence[-1]) == (turned, TURNED_NOTE)


def test_a_side_carried_from_the_layers_verdicts_is_turned_too() -> None:
    s = _s("support", [CARRIED_LEARNED])
    turn_learned_sides([s], _terms(WRONG))
    assert s.stance == "oppose"


@pytest.mark.parametrize("question", [RIGHT, TOO_SOON, PLAIN])
def test_the_layers_side_is_kept_under_other_questions(question: str) -> None:
    # a positive judgement asks about the act as it is; an excess ("too early") is argued in timing, read so already
    s = _s("oppose", _layer("oppose"))
    assert turn_learned_sides([s], _terms(question)) == 0
    assert s.stance == "oppose"


@pytest.mark.parametrize(("stance", "evidence"), [
    ("support", ["about: closure", "+backed", "the question asks whether the act was wrong: its stance words turned"]),
    ("oppose", [CARRIED_IN_CORPUS]),  # carried from the rules' reading, turned there already
    ("conditional", _layer("conditional")),  # support on terms: no other side to give
])
def test_what_the_layer_did_not_give_is_left(stance: str, evidence: list[str]) -> None:
    s = _s(stance, evidence)
    assert turn_learned_sides([s], _terms(WRONG)) == 0
    assert s.stance == stance
