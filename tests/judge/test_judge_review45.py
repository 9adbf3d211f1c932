"""Session 45's review of the merged judge code (question's proposition.py readings, opened's fault / bad_state /
if_idioms / counterfactual rules), each finding pinned on an invented question and sentence."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

INTRO = "Councillor Ilse Vantry of the Kemper Union spoke in Wollin on Monday.\n\n"


def test_a_plural_drops_es_only_after_a_sibilant() -> None:
    # proposition._lemmas_checked: "strikers" is "striker", not "strike" ("taxes" -> "tax" stays, test_a_lemma_mended)
    things = parse_proposition("Did the Coldmere strikers block the Strell depot?").things
    assert "striker" in things and "strike" not in things


FEES = "Was the Gorsby board wrong to impose parking fees?"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    # under a question of a fault, "it was the correct decision" says the act was no fault: no (counterfactual.called_right)
    ('Vantry was asked about the fees. "It was the correct decision," she said.', "correct decision", "oppose"),
    ('Vantry was asked about the fees. "Correct decision. The car park was full every day," she said.',
     "Correct decision", "oppose"),
])
def test_a_done_act_called_right_under_a_question_of_its_fault(run, text: str, words: str,  # type: ignore[no-untyped-def]
                                                                 stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=FEES), words)
    assert statement.stance == stance, statement.stance_evidence


def test_past_act_needs_a_word_of_conduct() -> None:
    assert parse_proposition(FEES).past_act and parse_proposition(FEES).faulted


TOLLS = "Did the Yarrowby wardens use excessive force at the Brimley gate?"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    # an adjective on another noun says nothing of the judgement (fault.norm_said)
    ("Vantry said the Kemper Union called for an independent inquiry into the Brimley gate.", "independent inquiry",
     None),
    ("Vantry said the report on the wardens at the Brimley gate was incomplete.", "incomplete", None),
])
def test_the_judgement_said_of_the_act_only(run, text: str, words: str,  # type: ignore[no-untyped-def]
                                           stance: str | None) -> None:
    statement = statement_with(run(INTRO + text, question=TOLLS), words)
    assert not any("judges its act by its object" in e for e in statement.stance_evidence), statement.stance_evidence


KICK = "Was the Tolverne board right to sack its coach?"


@pytest.mark.usefixtures("rules_alone")
def test_a_verbless_verdict_asked_is_none(run) -> None:  # type: ignore[no-untyped-def]
    # counterfactual.called_right: "Correct decision? Hardly." asks, it does not say
    text = 'Vantry was asked about the coach. "Correct decision on the coach? Hardly," she said.'
    statement = statement_with(run(INTRO + text, question=KICK), "Correct decision")
    assert not any("the done act called so" in e for e in statement.stance_evidence), statement.stance_evidence


def test_a_senses_antonyms_read_alone() -> None:
    # proposition._antonyms_filed: "accept"'s saying sense keeps "refuse", which an earlier sense has too
    from stancemap.judge.proposition import VERB_COMMUNICATION, _antonyms_filed

    assert "refuse" in _antonyms_filed("accept", VERB_COMMUNICATION)


def test_an_act_foretold_read_through_both_words() -> None:
    # proposition.foretold_act reads the word and the copula in order (a tuple, not a set of tokens)
    from stancemap.judge.proposition import foretold_act
    from stancemap.parse import load_nlp

    doc = load_nlp()("Is the Harrow council likely to approve the Denby plan?")
    root = next(t for t in doc if t.dep_ == "ROOT")
    found = foretold_act(root)
    assert found is not None and found[1].lower_ == "approve"


@pytest.mark.parametrize("question", [
    "Did the Pennick police arrest unarmed marchers at the Osgood bridge?",
    "Did the Ravelstock mill keep unpaid apprentices last winter?",
])
def test_a_privative_participle_judges_nothing(question: str) -> None:
    # fault.judging_adjective: "unarmed", "unpaid" classify the object; they judge no act
    from stancemap.judge.fault import judged_object

    prop = parse_proposition(question)
    assert judged_object(prop.object, prop.object_head, prop.verb or prop.predicate, question) == ""


@pytest.mark.parametrize(("question", "adjective"), [
    # a head whose plural changes its stem (fault._singulars)
    ("Did the Tiverly wardens hand out excessive penalties?", "excessive"),
    # an act to come or going on: its object's adjective describes, judges no act done
    ("Is the Quorley council going to impose unfair fees on its tenants?", ""),
    ("Are the Osterby landlords charging unfair rents?", ""),
])
def test_an_act_to_come_judges_no_object(question: str, adjective: str) -> None:
    from stancemap.judge.fault import judged_object

    prop = parse_proposition(question)
    assert judged_object(prop.object, prop.object_head, prop.verb or prop.predicate, question) == adjective


def test_no_object_head_judges_nothing() -> None:
    from stancemap.judge.fault import judged_object

    assert judged_object("unfair", "", "charge", "Did the Osterby landlords charge unfair?") == ""


@pytest.mark.parametrize(("question", "bad"), [
    # an irregular participle read by its verb (bad_state._verb_bases)
    ("Was the Marden relic stolen?", True),
    ("Is the Drumlow dam broken?", True),
    # a "by" of time names no doer (bad_state._time_after); one of a doer does
    ("Was the Harby canal water contaminated by now?", True),
    ("Was the Harby canal contaminated by the Haverick plant?", False),
])
def test_a_bad_state_read_by_its_participle(question: str, bad: bool) -> None:
    from stancemap.judge.bad_state import bad_state

    prop = parse_proposition(question)
    assert bad_state(prop.verb or prop.predicate, question) is bad


BUDGET = "Will the Bexham council pass the Renfrew harbour budget?"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words"), [
    # a side's own text, or its own act told: the condition stays the speaker's (if_idioms._rule_told)
    ('Vantry said: "Our manifesto says we will back the Renfrew harbour budget if the dredging grant is kept."',
     "back"),
    ('Vantry said: "My letter says I will vote for the Renfrew harbour budget if the dredging grant is kept."',
     "vote for"),
])
def test_a_sides_own_text_keeps_its_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=BUDGET), words)
    assert len(statement.conditions) == 1, (statement.conditions, statement.stance_evidence)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    # the judgement on the act's noun, or in a small clause on the object (fault.said_of_act)
    ("Vantry said the wardens' unlawful use of force at the Brimley gate shamed the Yarrowby trust.", "unlawful", "support"),
    ("Vantry said she would call the force excessive.", "excessive", "support"),
])
def test_the_judgement_said_of_the_act(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=TOLLS), words)
    assert any("judges its act by its object" in e for e in statement.stance_evidence), statement.stance_evidence
