"""A quality argued of a thing in nouns and adjectives is proposed as "Is <thing> <quality>?" (extract/frames_evaluations.py,
question_quality.py; issue 9, session 40). Every name and sentence here is invented."""

from __future__ import annotations

from stancemap.extract.frames_evaluations import evaluations_of
from stancemap.parse import load_nlp

from .test_question_named_acts import _propose


def _evaluations(text: str) -> dict[str, int]:
    return evaluations_of(load_nlp()(text))


def test_frames_a_noun_said_of_a_thing_by_be_and_by_naming_verbs() -> None:
    assert _evaluations("The Tarnwick pier is a costly eyesore on the seafront.") == {
        "eyesore\tpier\ta costly eyesore\tthe Tarnwick pier\tis": 1}
    assert _evaluations("The council called the pier a fine bargain.") == {
        "bargain\tpier\ta fine bargain\tthe pier\tis": 1}
    assert _evaluations("Velko porters are not partners.") == {"partner\tporter\tpartners\tVelko porters\tare": 1}
    assert _evaluations("Orm-Tessel is a gamble.") == {"gamble\ttessel\ta gamble\tOrm-Tessel\tis": 1}
    assert _evaluations("Critics say our museum is a folly.") == {"folly\tmuseum\ta folly\tthe museum\tis": 1}


def test_frames_a_pronoun_is_no_thing_evaluated() -> None:
    # "it" may stand for anything the article named: the parse does not say which (the proposer asks of a thing named).
    assert _evaluations("The Tarnwick pier opened in May. Is it a costly eyesore?") == {}


# Four articles on the Tarnwick pier, each saying what it is in its own noun, "a folly" in two; one act done to it in one
# article ("the council built the pier").
_PIER = [
    "Tarnwick pier: a folly?\n\nThe Tarnwick pier is a folly, the harbour traders say. The council built the pier in "
    "2024.",
    "Pier's first summer\n\nVisitors came in July. Critics called the pier a costly eyesore.",
    "Tarnwick pier defended\n\nThe mayor said the Tarnwick pier is a fine bargain for the town.",
    "Pier row rumbles on\n\nA councillor said the pier was a folly from the start.",
]


def test_question_a_quality_said_in_nouns_is_asked() -> None:
    # The pier is evaluated in every article, more widely than any act on it; the noun said in the most articles is
    # asked. Before (session 40's first round): 'Will the council build the Tarnwick pier?'.
    assert _propose(_PIER) == "Is the Tarnwick pier a folly?"


def test_question_a_quality_said_in_one_article_each_is_not_asked() -> None:
    # Every article names the pier in its own noun, none in two (WORD_LEAST): no quality is the corpus's. With WORD_LEAST
    # one: 'Is the Tarnwick pier a fine bargain?'.
    texts = [_PIER[0], _PIER[1], _PIER[2], "Pier row rumbles on\n\nA councillor said the pier was a disgrace."]
    assert _propose(texts) == "Will the council build the Tarnwick pier?"


def test_question_a_noun_said_with_the_names_which_it_is() -> None:
    # "the answer", "the best thing": which thing it is, not what it is like; said of the pier in every article, with a
    # quality said in none twice, no quality is asked.
    texts = [
        "Tarnwick pier: the answer?\n\nThe Tarnwick pier is the answer, the traders say. The council built the pier.",
        "Pier's first summer\n\nThe pier is the best thing in the town, visitors say.",
        "Tarnwick pier defended\n\nThe mayor said the Tarnwick pier is the answer.",
        "Pier row rumbles on\n\nA councillor said the pier was the answer to nothing.",
    ]
    assert not (_propose(texts) or "").startswith("Is the Tarnwick pier the")


def test_question_a_quality_said_as_widely_as_the_thing_is_acted_on_is_not_asked() -> None:
    # The pier is evaluated in every article, "a folly" in two, but something is done to it in every article too (each
    # its own act, none in two): the acts keep the proposal. Without the gate: 'Is the Tarnwick pier a folly?'.
    texts = [
        _PIER[0],
        "Pier's first summer\n\nCritics called the pier a costly eyesore. The council will repaint the pier.",
        "Tarnwick pier defended\n\nThe mayor said the Tarnwick pier is a fine bargain. The town may extend the pier.",
        "Pier row rumbles on\n\nA councillor said the pier was a folly. The council should sell the pier.",
    ]
    assert _propose(texts) != "Is the Tarnwick pier a folly?"


def test_question_a_noun_said_of_itself_is_no_quality() -> None:
    # "a pier is a pier" says nothing of what it is like.
    texts = [
        "Tarnwick pier: a pier?\n\nThe Tarnwick pier is a pier, the traders say. The council built the pier.",
        "Pier's first summer\n\nThe pier is just a pier, visitors say.",
        "Tarnwick pier defended\n\nThe mayor said the Tarnwick pier is a pier for everyone.",
        "Pier row rumbles on\n\nA councillor said the pier was a pier like any other.",
    ]
    assert not (_propose(texts) or "").startswith("Is the Tarnwick pier a")
