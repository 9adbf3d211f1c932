"""Whether a thing is there, argued as the proposition (extract/frames_exists.py, question_exists.py): "there is a
glut", "there is no glut" in half the articles, more widely than any act on the thing argued most. Every name and
sentence here is invented."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def _exists(text: str) -> dict[str, int]:
    found = _frames(text)["exists"]
    assert isinstance(found, dict)
    return found


def test_frames_a_thing_said_to_be_there_or_not() -> None:
    # the noun after an existential "there", denied with "no" or a negated "be", with what it is of and where it is
    assert _exists("There is a glut of grain in Oskerby.") == {"glut\t\tglut\tgrain\tOskerby": 1}
    assert _exists("There is no glut in this town, the minister said.") == {"glut\tno\tglut\t\tthe town": 1}
    assert _exists("There isn't a grain glut.") == {"glut\tno\tgrain glut\t\t": 1}
    # "be" with a subject of its own is no existential ("the glut is over"), nor "there" as a place
    assert _exists("The glut is a myth.") == {}
    assert _exists("The silos over there are full.") == {}


_GLUT = [
    "Is there a grain glut in Oskerby?\n\nTraders say there is a glut of grain in Oskerby. The co-op will store "
    "the surplus.",
    "Farm minister: no glut\n\nThere is no glut, the minister said. Farmers will sell the barley abroad.",
    "Silo owners count stocks\n\nThere is a glut, the silo owners insist, whatever the ministry says.",
    "Oskerby's grain debate\n\nEconomists say there is no real glut in Oskerby. The co-op may store more wheat.",
]


def test_question_proposed_whether_there_is_a_thing() -> None:
    # whether a glut exists is argued in every article ("there is a glut", "there is no glut"), while the acts on the
    # things named (sell, store) are side matters: the question asks whether there is one (session 35's strict xfail)
    text = _propose(_GLUT)
    assert text is not None and text.lower().startswith("is there") and "glut" in text, text
    assert "of grain" in text and "in Oskerby" in text, text


def test_question_a_thing_only_said_to_be_there_is_not_argued() -> None:
    # a glut said to be there in every article and denied in none: nobody argues it, the acts are asked as before (its
    # headline's question left out: since session 41 a question the corpus asks of words in every article is its own,
    # question_asked.py, tests/test_question_asked_corpus.py)
    text = _propose([t.replace("no real glut", "a glut").replace("There is no glut", "There is a glut").replace(
        "Is there a grain glut in Oskerby?", "Grain stocks in Oskerby") for t in _GLUT])
    assert text is not None and not text.lower().startswith("is there"), text


_POOL = [
    "Harbour pool to close\n\nThe council will close the harbour pool in May. There are people who swim there every "
    "morning, the lifeguards said.",
    "Pool regulars speak out\n\nThere are no people who use the pool in winter, a councillor claimed. The council "
    "will close the harbour pool.",
    "Who swims at the harbour pool?\n\nThere are people who have swum there for forty years, a swimmer said.",
    "Pool figures\n\nThere are no people who swim there in January, officials say.",
]


def test_question_people_said_to_be_there_is_no_state_of_things() -> None:
    """Red without the guard `lexfile(noun) in BEINGS` in question_exists.existence_argued (the map asks "Is there a
    people?")."""
    # "there are people who ...", "there are no people who ..." in every article: it names who, not a state of
    # things, and whether there are such people is no proposition; the act on the pool is asked as before
    assert _exists("There are people who swim there every morning.") == {"people\t\tpeople\t\t": 1}
    text = _propose(_POOL)
    assert text is not None and not text.lower().startswith(("is there", "are there")), text
    assert "close" in text and "pool" in text, text
