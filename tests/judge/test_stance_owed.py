"""An obligation with two objects ("Does the railway owe its commuters compensation?"): paying what is owed is the act
(judge/terms.py `giving_acts`: the verbs of giving WordNet derives from the kinds of the object, "compensation" a kind of
"payment"). Invented question and sentences, the learned layer off."""

from __future__ import annotations

import pytest

from stancemap.judge.terms import giving_acts

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
OWE = "Does Tarrow Rail owe its delayed commuters compensation?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Vost said Tarrow Rail will not pay compensation to the commuters.", "will not pay", "oppose"),
    ("Vost said Tarrow Rail must pay compensation to every commuter.", "must pay", "support"),
])
def test_paying_what_is_owed_is_the_act(text: str, words: str, stance: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=OWE), words)
    assert statement.stance == stance, statement.stance_evidence


def test_only_a_verb_of_two_objects_and_a_kind_of_giving() -> None:
    assert giving_acts("owe", "compensation") == {"pay"}
    assert giving_acts("sign", "treaty") == set()  # one object: nothing handed over
    assert giving_acts("grant", "pardon") == set()  # a pardon is no kind of payment: no verb of giving


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a verb of approving with a finite clause grants a fact: no side of its own (judge/polarity.py `_grants_a_fact`)
    ("Vost said inspectors had long accepted that signal failures were beyond the control of a railway.",
     "inspectors had long accepted", "neutral"),
    # with an object it approves what it names
    ("Vost said the railway accepted the compensation claims.", "accepted the compensation claims", "support"),
])
def test_accepting_a_fact_takes_no_side(text: str, words: str, stance: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question="Does the railway owe its delayed commuters compensation?"),
                               words)
    assert statement.stance == stance, statement.stance_evidence
