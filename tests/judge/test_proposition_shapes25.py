"""Question shapes of session 25's open set (tests/data/questions3.jsonl), pinned on invented questions: a compound
subject whose last noun the tagger reads as the verb, and the opening "Did" read as the main verb."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "subject", "predicate", "time_bound"), [
    # the question's own parse heads it with "end" (tagged a noun) whose subject is "strike": not "the dock" + "strike"
    ("Will the Lowick dock strike in Brantham end by Tuesday?", "the Lowick dock strike in Brantham", "end", "by Tuesday"),
    # "clear" read as an adjective heading the question: not "the Dalmore health" + "service"
    ("Can the Dalmore health service clear its surgery backlog by 2029?", "the Dalmore health service", "clear",
     "by 2029"),
    # a modal's verb is its bare form: not "the number of visitors will visiting ..."
    ("Will the number of visitors visiting Oskvale top two million this year?", "the number of visitors visiting Oskvale",
     "top", "this year"),
    # "Did" is the auxiliary, "lie" the act (read as a noun, the subject of "did")
    ("Did the chief executive lie to the inspectors?", "the chief executive", "lie", None),
    # a head with no subject is a noun phrase read whole: the shortest subject stays first
    ("Will Tressel ration tap water this winter?", "Tressel", "ration", "this winter"),
])
def test_a_compound_subject_before_a_verb_read_as_a_noun(question: str, subject: str, predicate: str,
                                                         time_bound: str | None) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate.split()[0], prop.time_bound) == (subject, predicate, time_bound), prop.reading


def test_a_compound_subject_whose_head_has_no_subject() -> None:
    # the head "switch" has no subject but the question's own "Will" as its auxiliary: the split before it is tried first
    # (session 26; a strict xfail before)
    prop = parse_proposition("Will the Haddon bus fleet switch to biogas by 2031?")
    assert prop.subject == "the Haddon bus fleet"


@pytest.mark.parametrize(("question", "predicate", "obj", "verb"), [
    # a preposition the verb requires is the predicate's; its object is the proposition's object, the topic is not
    ("Did Councillor Ada Strell lie to the audit panel about her expenses?", "lie to", "the audit panel", "lie"),
    ("Has the heatwave in Cairnley led to higher water bills?", "lead to", "higher water bills", "lead"),
    ("Can the Murrow ferry service cope with the winter storms?", "cope with", "the winter storms", "cope"),
    ("Is Councillor Piet Haddon going to defect to the Rural Party?", "defect to", "the Rural Party", "defect"),
    # a phrasal verb and its preposition
    ("Would Strell Energy back out of the Lowick wind-farm deal?", "back out of", "the Lowick wind-farm deal", "back out"),
    # a light verb WordNet knows whole keeps its words ("take part" -> "participate")
    ("Will Tressel Mining take part in the licence auction?", "take part in", "the licence auction", "take part"),
    # not a required preposition: a motion's destination, a threshold, a place, a time
    ("Would the Oskvale choir move to the capital?", "move", "", "move"),
    ("Will the jobless rate in Cairnley drop below 5 per cent?", "drop", "", "drop"),
    # a passive keeps its subject the object ("be merged with X")
    ("Will the Lowick Institute be merged with the University of Strell?", "merge", "the Lowick Institute", "merge"),
    # a copula: "be", its complement the object; the terms still read the property
    ("Is the Murrow weedkiller safe for children under ten?", "be", "safe for children under ten", "be safe"),
    ("Are the Cairnley speed cameras effective at cutting crashes?", "be", "effective at cutting crashes", "be effective"),
    # a set phrase of blame
    ("Is the Brantham bypass to blame for the flooding in Lowick?", "be to blame for", "the flooding in Lowick", "blame"),
])
def test_the_predicate_as_a_reader_writes_it(question: str, predicate: str, obj: str, verb: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object, prop.verb) == (predicate, obj, verb), prop.reading


def test_a_time_said_after_the_object_is_the_acts() -> None:
    prop = parse_proposition("Will the Haddon tribunal hear the appeal of the Murrow dockers before the strike ballot?")
    assert (prop.object, prop.time_bound) == ("the appeal of the Murrow dockers", "before the strike ballot"), prop.reading


def test_the_terms_read_the_verb_not_the_phrase() -> None:
    """"lie to" is looked up as "lie": its words and kin are the verb's (judge/terms.py reads Proposition.verb)."""
    from stancemap.judge.terms import terms_of
    from stancemap.question import make_question

    question = make_question("Did Councillor Ada Strell lie to the audit panel about her expenses?")
    question.proposition = parse_proposition(question.text)
    assert "lie" in terms_of(question).event


@pytest.mark.parametrize(("question", "verb", "obj", "event", "opposite", "participant"), [
    # a comparative is filed under its base: the property "cheap", its opposite "expensive"
    ("Are heat pumps cheaper to install than gas boilers in Lowick?", "be cheap",
     "cheaper to install than gas boilers in Lowick", "cheap", "expensive", "lowick"),
    # "fit" tagged a verb completing "is": an adjective misread, read again; the complement's names are the question's
    ("Is Piet Haddon fit to chair the Tressel Union after the merger?", "be fit",
     "fit to chair the Tressel Union after the merger", "fit", "unfit", "tressel"),
])
def test_a_property_said_as_a_comparative_or_misread_as_a_verb(question: str, verb: str, obj: str, event: str,
                                                                opposite: str, participant: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.verb, prop.object) == ("be", verb, obj), prop.reading
    assert event in prop.event and opposite in prop.opposites
    assert participant in prop.participants and participant in prop.anchors


def test_a_property_question_is_anchored_on_its_subject() -> None:
    """The complement's nouns are things of the question; the subject's names still anchor it."""
    prop = parse_proposition("Is the Strell sealant safe for fishing boats?")
    assert "strell" in prop.anchors and "boat" in prop.things


@pytest.mark.parametrize(("question", "obj"), [
    # a double object's passive: the thing given, not the ones it is given to
    ("Are the Lowick nurses going to be offered a pay rise before the winter?", "a pay rise"),
    # an origin and a destination are neither the object
    ("Would the Tressel Ballet move from Oskvale to the coast?", ""),
])
def test_what_is_acted_on_in_a_double_object_passive_and_a_move(question: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert prop.object == obj, prop.reading
