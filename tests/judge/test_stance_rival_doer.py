"""The question's act asked of another doer (issue 9, session 35; judge/rival_doer.py): under "Should ratepayers foot
the bill for the pool repairs?", "the owners should pay" says the ratepayers should not. Invented questions and
sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.rival_doer import idiom_acts
from stancemap.judge.terms import terms_of
from stancemap.model import Question

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Harrowby on Tuesday.\n\n"
FOOT = "Should ratepayers foot the bill for the Kelso Road pool repairs?"
FUND = "Should the council fund the new Harrowby ferry service?"


def test_an_idiom_of_a_noun_made_verb_reads_the_act_above_it() -> None:
    terms = terms_of(Question(text=FOOT, proposition=parse_proposition(FOOT)))
    assert "pay" in idiom_acts("foot") and "pay" in terms.kin
    assert idiom_acts("build") == frozenset()  # a verb used as a verb keeps its own words


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # another party named as the one who should do the act: against the question's doer doing it
    (FOOT, "Vord said the pool's private owners should pay for the repairs themselves.", "should pay", "oppose"),
    (FOOT, "Vord said the insurer should be paying for the pool repairs, not the town.", "should be paying", "oppose"),
    (FOOT, "Vord said: 'Let the operating company pay for the pool repairs.'", "pay for the pool", "oppose"),
    (FUND, "Vord said the regional government should fund the ferry service.", "should fund", "oppose"),
    # the question's doer set aside by "not" is no part of the doer; a firm's name the tagger gives no type
    (FOOT, "Vord said the owners, not ratepayers, should pay for the pool repairs.", "should pay", "oppose"),
    (FOOT, "Vord said: 'Let Bramwell Holdings pay for the pool repairs.'", "pay for the pool", "oppose"),
    (FUND, "Vord said the ferry service should be funded by the shipping company.", "funded by", "oppose"),
    # the other party said not to: for the question's doer
    (FUND, "Vord said the shipping company should not fund the ferry service.", "should not fund", "support"),
])
def test_the_act_asked_of_another_doer(question: str, text: str, words: str, stance: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any("by another doer" in e for e in statement.stance_evidence)


@pytest.mark.parametrize(("question", "text", "words"), [
    # the same party: the subject's own word, or a kind of it in WordNet ("taxpayer" above "ratepayer")
    (FUND, "Vord said the council should fund the ferry service in full.", "should fund"),
    (FOOT, "Vord said the owners and the ratepayers should pay for the pool repairs.", "should pay"),
    ("Should taxpayers foot the bill for the Kelso Road pool repairs?",
     "Vord said ratepayers should pay for the pool repairs.", "should pay"),
    # a pronoun, a place or money: nothing says it is another party
    (FOOT, "Vord said: 'Let them pay for the pool repairs.'", "pay for the pool"),
    (FOOT, "Vord said public money should pay for the pool repairs.", "should pay"),
    # said as a fact, not as what should be done
    (FUND, "Vord said the shipping company funded the old ferry for years.", "funded the old ferry"),
])
def test_the_same_doer_or_no_obligation_is_no_rival(question: str, text: str, words: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert not any("by another doer" in e for e in statement.stance_evidence), statement.stance_evidence


def test_the_subject_itself_named_keeps_the_act_for_the_question(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "Vord said the council should fund the ferry service in full.", question=FUND),
                               "should fund")
    assert statement.stance == "support", statement.stance_evidence
