"""How the judge reads the question shapes of session 45's opened batches (issue 9), pinned on invented questions and
sentences: an act judged by its object's adjective ("Did the rangers use excessive force at the camp?": the act asked
as a fault, judge/fault.py `judged_object`); a bad state said in the passive ("Is the reservoir contaminated?": a good word
said of the reservoir answers no, judge/bad_state.py)."""

from __future__ import annotations

import pytest

from stancemap.judge.bad_state import bad_state
from stancemap.judge.fault import judged_object, judging_adjective
from stancemap.judge.fault_learned import turns_learned
from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import terms_of
from stancemap.model import Question

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
FORCE = "Did the Varnholt rangers use excessive force at the Lindqvist camp?"


@pytest.mark.parametrize(("word", "judging"), [
    # the negated member of an antonym pair, or a satellite of one ("excessive" -> "immoderate")
    ("excessive", True), ("unlawful", True), ("disproportionate", True), ("undue", True), ("unfair", True),
    # the unmarked member, or no pair at all
    ("fair", False), ("necessary", False), ("reasonable", False), ("clean", False), ("new", False), ("big", False),
])
def test_a_judging_adjective_is_read_through_wordnets_antonyms(word: str, judging: bool) -> None:
    assert judging_adjective(word) is judging


@pytest.mark.parametrize(("question", "adjective"), [
    (FORCE, "excessive"),
    ("Did the Osterby landlords charge unfair rents last winter?", "unfair"),
    # no judgement on the object, or one on another noun ("stranded" is the passengers'), or a noun that classifies
    ("Did the Varnholt rangers use force at the Lindqvist camp?", ""),
    ("Does Tarnwick Air owe its stranded passengers compensation?", ""),
    ("Did the Pellam board pay a fair price for the Mellick mill?", ""),
    ("Will the Pellam prosecutors bring criminal charges against the mill's owner?", ""),
    # an act to come: its object's adjective describes what it asks ("unpopular" of the fees)
    ("Will the Osterby council impose unpopular fees on its allotment holders?", ""),
    # a copula's complement is read by fault.faulted and evaluative.negative_property, not here
    ("Was the rangers' response at the Lindqvist camp disproportionate?", ""),
])
def test_an_act_judged_by_its_objects_adjective(question: str, adjective: str) -> None:
    prop = parse_proposition(question)
    assert judged_object(prop.object, prop.object_head, prop.verb or prop.predicate, question) == adjective
    terms = terms_of(Question(text=question, proposition=prop))
    assert terms.judged == adjective
    # the learned layer's sides read the act ("use force"), the question its excess: they are turned (fault_learned.py)
    assert turns_learned(terms) is bool(adjective)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    # praise of the act the question calls excessive answers no, blame of it yes
    ("Voss said the rangers' use of force at the Lindqvist camp was calm and admirable.", "admirable", "oppose"),
    ("Voss said the rangers' use of force at the Lindqvist camp was brutal and cruel.", "brutal", "support"),
])
def test_evaluative_words_on_an_act_judged_excessive_are_turned(run, text: str, words: str,  # type: ignore[no-untyped-def]
                                                                stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=FORCE), words)
    assert statement.stance == stance, statement.stance_evidence


RESERVOIR = "Is the reservoir at Tansy Moor contaminated?"


@pytest.mark.parametrize(("question", "bad"), [
    (RESERVOIR, True),  # "contaminated": unscored by VADER, "polluted" of its second WordNet sense -2.0
    ("Was the Ostrava ballot rigged?", True),
    # a doer named, an act to come, a state VADER does not call bad
    ("Was the reservoir at Tansy Moor contaminated by the Harlow plant?", False),
    ("Will the reservoir at Tansy Moor be contaminated?", False),
    ("Is the Tansy Moor footbridge finished?", False),
])
def test_a_bad_state_said_in_the_passive(question: str, bad: bool) -> None:
    prop = parse_proposition(question)
    assert bad_state(prop.verb or prop.predicate, question) is bad
    assert terms_of(Question(text=question, proposition=prop)).bad_state is bad


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    # a good word said of the thing by a copula answers no; a bad one yes
    ("Voss said the reservoir at Tansy Moor was clean and safe.", "clean and safe", "oppose"),
    ("Voss said the reservoir at Tansy Moor was filthy and disgusting.", "filthy", "support"),
])
def test_a_word_said_of_a_thing_in_a_bad_state_is_turned(run, text: str, words: str,  # type: ignore[no-untyped-def]
                                                         stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=RESERVOIR), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    # the judgement said, or its antonyms through WordNet (fault.norm_said)
    ("Voss said the rangers' response at the Lindqvist camp was lawful and proportionate.", "lawful", "oppose"),
    ("Voss said the force the rangers used at the Lindqvist camp was not excessive.", "not excessive", "oppose"),
    ("Voss said the rangers' response at the Lindqvist camp was unnecessary and disproportionate.", "unnecessary",
     "support"),
    ("Voss said the rangers' use of force at the Lindqvist camp would be excessive if the campers were leaving.",
     "would be excessive", "conditional"),
])
def test_the_judgement_and_its_antonyms_said(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FORCE), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "conditions"), [
    # what a rule says, told: no condition of the speaker's side (if_idioms._rule_told)
    ('Voss said: "The code says the Lindqvist camp is cleared by force if the campers refuse to leave."', "cleared", 0),
    # a body's own terms stay one
    ('Voss said: "The Ferrow Alliance says it will back the use of force at the Lindqvist camp if the campers refuse '
     'to leave."', "back", 1),
])
def test_an_if_inside_what_a_rule_says(run, text: str, words: str, conditions: int) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FORCE), words)
    assert len(statement.conditions) == conditions, (statement.conditions, statement.stance_evidence)


KICK = "Was linesman Oskar Brandt right to give Tarnby Athletic a corner against Pellam Town?"


def test_a_judgement_hung_on_the_act_is_a_past_act() -> None:
    # "right" parsed as an adverb of "give": the question still judges a done act (counterfactual._judgement_on_act)
    assert parse_proposition(KICK).past_act
    assert parse_proposition("Was the Pellam board right to sack its coach?").past_act
    assert not parse_proposition("Will linesman Oskar Brandt give Tarnby Athletic a corner?").past_act


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    ('Voss was asked about the corner. "Right call. The ball had gone off the Pellam full-back," she said.', "Right call",
     "support"),
    ('Voss was asked about the corner. "Wrong decision. The ball had gone off the Tarnby winger," she said.',
     "Wrong decision", "oppose"),
])
def test_a_verbless_verdict_on_the_decision(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=KICK), words)
    assert statement.stance == stance, statement.stance_evidence


def test_the_three_shapes_as_judge_proposition_reads_them() -> None:
    # an act with its judgement on the object: the act and the object's head, the judgement left to Terms.judged
    force = parse_proposition(FORCE)
    assert (force.predicate, force.object_head, force.voice, force.faulted) == ("use", "force", "active", False)
    # a state in the passive with no doer: the participle's verb, the passive voice, the thing as the object
    reservoir = parse_proposition(RESERVOIR)
    assert (reservoir.predicate, reservoir.voice, reservoir.subject) == ("contaminate", "passive", "")
    assert "reservoir" in reservoir.things
    # a positive judgement of a done act: no fault, a past act (counterfactual._judgement_on_act)
    kick = parse_proposition(KICK)
    assert (kick.predicate, kick.faulted, kick.past_act) == ("give", False, True)
