"""A question's word written with a hyphen that the tokenizer splits ("phase - out" of "the phase-out"; session 35,
judge/hyphens.py): a statement naming the act only so is about the question (stance._relevant; the statement's case in
tests/judge/test_stance_deadline.py). An evaluative word said of it is not weighed yet (strict xfail below). Invented
sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.hyphens import hyphened
from stancemap.parse import load_nlp

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
PHASE_OUT = "Will Denholt phase out coal power by 2031?"


def test_the_three_tokens_joined_only_when_written_together() -> None:
    doc = load_nlp()("The phase-out starts soon, a phase - out of sorts.")
    joined = hyphened(list(doc), frozenset({"phase-out"}))
    assert sorted(set(joined.values())) == ["phase-out"]
    assert [doc[i].text for i in sorted(joined)] == ["phase", "-", "out"]  # not the spaced "phase - out"


# Tried in session 35 (evaluative.py reading the joined word in the clause it judges): these two passed, and no statement
# of any corpus moved (DEVELOP 4,531, VALIDATE 419, BASE 232 both ways), so by the protocol it was not kept.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="evaluative.py does not join a hyphened word of the question (session 35: no "
                   "corpus gain, not kept)")
@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Voss said the phase-out was awful and depressing.", "awful", "oppose"),
    ("Voss said the phase-out was wonderful and long overdue.", "wonderful", "support"),
])
def test_an_evaluation_of_the_hyphened_act(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=PHASE_OUT), words)
    assert statement.stance == stance, statement.stance_evidence
