"""Question shapes of session 26 (the open set's remaining misses and the known bugs of session 25), pinned on
invented questions: an irregular comparative read under its adjective."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "verb", "event", "opposite"), [
    # the tagger's lemma of "better" is the adverb's "well" ("be well": healthy); WordNet's exception list files it
    # under "good"
    ("Are trams better than buses for the Oskvale suburbs?", "be good", "good", "bad"),
    ("Is the Haddon plan worse than doing nothing?", "be bad", "bad", "good"),
    # a regular comparative keeps the tagger's lemma
    ("Are heat pumps cheaper to run than oil boilers in Lowick?", "be cheap", "cheap", "expensive"),
])
def test_an_irregular_comparative_is_read_under_its_adjective(question: str, verb: str, event: str,
                                                              opposite: str) -> None:
    prop = parse_proposition(question)
    assert prop.verb == verb and prop.predicate == "be"
    assert event in prop.event and opposite in prop.opposites
    assert "well" not in prop.event


@pytest.mark.parametrize(("question", "predicate", "obj"), [
    # the noun's own verb requires the preposition ("deal with"): the phrase is the predicate, the partner the object
    ("Will the Orlen council make a deal with the bus drivers over Sunday pay?", "make a deal with", "the bus drivers"),
    # a noun whose verb requires no such preposition keeps the light verb and its object
    ("Will the Tressel mill make a profit this year?", "make", "a profit"),
    ("Will the union take a decision on the offer?", "take", "a decision on the offer"),
])
def test_a_light_verb_and_its_act_noun(question: str, predicate: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object) == (predicate, obj)
    assert prop.verb == predicate.split()[0]  # the words looked up are unchanged


@pytest.mark.parametrize(("question", "predicate", "obj"), [
    # a comparative result is a change of degree, written in the predicate; the object is what changes
    ("Did the Haddon bypass make the traffic in Lowick worse?", "make worse", "the traffic in Lowick"),
    ("Will the new rules make housing in Tressel more affordable?", "make more affordable", "housing in Tressel"),
    # a plain result: the object is the small clause's subject (the tagger makes it the adjective's subject)
    ("Will the Oskvale board make the flu jab compulsory for nurses?", "make", "the flu jab"),
])
def test_a_result_said_of_the_object(question: str, predicate: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object) == (predicate, obj)
    assert prop.verb == "make"


@pytest.mark.parametrize(("question", "privative"), [
    # a person leaving a post, with or without the post named: privative, as both question sets' readers read it
    ("Would Mayor Ansel Vorn resign if the tram vote were lost?", True),
    ("Will Ada Strell quit the Oskvale council to run for parliament?", True),
    # "fall" takes its subject away only of a person or a body
    ("Will unemployment in Lowick fall this year?", False),
])
def test_a_departure_is_privative_and_read_as_a_departure(question: str, privative: bool) -> None:
    from types import SimpleNamespace

    from stancemap.judge.terms import terms_of

    prop = parse_proposition(question)
    assert prop.privative is privative
    terms = terms_of(SimpleNamespace(text=question, proposition=prop))  # type: ignore[arg-type]
    # the stance rules read a departure as its subject taken away, never as an object taken away
    assert terms.departing is privative and not terms.privative


@pytest.mark.parametrize(("question", "privative"), [
    # the sense whose gloss names the object: "break a law" is to violate it, not to end it
    ("Did the Haddon mill break planning law by extending its yard?", False),
    # no sense of the verb with an object is "cease broadcasting" (WordNet's only "sign off")
    ("Must the safety board sign off the new Lowick ferries?", False),
    # an intransitive use reads the intransitive senses: a figure dropping is no "drop the charges"
    ("Will the jobless rate in Oskvale drop below 4 per cent?", False),
    # the senses that end something are still found: an intransitive end, a transitive drop, a lexicon verb
    ("Is the Tressel bus strike going to end before Easter?", True),
    ("Will the Lowick prosecutors drop the charges against the mayor?", True),
    ("Will the Oskvale council ban diesel cars from the centre?", True),
    # what a verb leaves, named after "out of", reads it in its sense of leaving: "back out" = withdraw, not move back
    ("Would the Haddon Group back out of the merger with Oskvale Foods?", True),
    # a move out of a place takes nothing away
    ("Will the firm move out of the old depot?", False),
])
def test_privative_in_the_sense_the_question_uses(question: str, privative: bool) -> None:
    assert parse_proposition(question).privative is privative



def test_an_amount_is_no_name_and_a_noun_read_as_a_verb_a_thing() -> None:
    # "9 percent" is an amount the tagger marks PERCENT: not a name of the question's, so never its anchor
    prop = parse_proposition("Do Lowick's bus drivers deserve the 9 percent rise they are asking for?")
    assert "percent" not in prop.participants and "percent" not in prop.anchors
    assert {"driver", "rise"} <= set(prop.things)
    # "figures" tagged a verb where it is the subject: the noun is one of the question's things
    prop = parse_proposition("Are Oskvale's official crime figures reliable?")
    assert "figure" in prop.things


def test_to_blame_for_has_no_modal() -> None:
    # the set phrase's "to" is no modal; its terms stay blame's (read as a cause, it cost q_blame 4 of 69: session 26)
    prop = parse_proposition("Is the Haddon quarry to blame for the flooding in Lowick?")
    assert (prop.predicate, prop.object, prop.modal) == ("be to blame for", "the flooding in Lowick", "")


def test_a_time_said_after_a_prepositional_object_is_the_acts() -> None:
    # a sequence closing the question on a noun of a required preposition's object dates the act, as after a direct one
    prop = parse_proposition("Did Councillor Ada Strell know about the leak at the Lowick depot before the inspection?")
    assert (prop.predicate, prop.object, prop.time_bound) == ("know about", "the leak at the Lowick depot",
                                                              "before the inspection")


@pytest.mark.parametrize(("question", "subject"), [
    ("Will Will Haddon resign before the cup final?", "Will Haddon"),
    ("Can Can Oskar win the Lowick marathon?", "Can Oskar"),  # "Can" is a given name too (gender-guesser)
    ("Will Anna Haddon resign?", "Anna Haddon"),
])
def test_a_given_name_that_is_the_question_word(question: str, subject: str) -> None:
    prop = parse_proposition(question)
    assert prop.subject == subject and prop.modal == question.split()[0].lower()
