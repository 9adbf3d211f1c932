"""Which of two things goes first, argued as the proposition (extract/frames_order.py, question_order.py): "build the
pier first", "the ferry should go first" in half the articles, one act done to both. Every name and sentence here is
invented."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def _firsts(text: str) -> dict[str, int]:
    found = _frames(text)["firsts"]
    assert isinstance(found, dict)
    return found


def test_frames_a_thing_said_to_go_first() -> None:
    # the object of the act ("put the pier first"), its subject ("the pier goes first"), a passive's or a small
    # clause's subject ("want the ferry built first"), the subject of the verb "first" completes ("had to come first")
    assert _firsts("If we put the pier first, the east side waits.") == {"pier": 1}
    assert _firsts("The pier goes first, full stop.") == {"pier": 1}
    assert _firsts("The greens want the ferry built first.") == {"ferry": 1}
    assert _firsts("The mayor said the pier had to come first.") == {"pier": 1}


def test_frames_first_as_a_time_a_rank_or_a_person_is_no_order() -> None:
    # "first proposed" (for the first time: before its verb), a ranking ("came first in the poll"), a person, a pronoun
    assert _firsts("The plan was first proposed in 2019.") == {}
    assert _firsts("The ferry came first in the poll.") == {}
    assert _firsts("The mayor spoke first at the meeting.") == {}
    assert _firsts("The Harbour Party came first.") == {}  # (a party, a body or a place ranks: no order of works)
    assert _firsts("Which of the two should be built first?") == {}


_ORDER = [
    "Corlen split over pier or ferry\n\nThe Corlen council must decide whether to build the new pier or the ferry "
    "terminal first. The mayor said the pier had to come first. The greens want the terminal built first.",
    "Traders back the pier\n\nTraders urged the council to build the pier first. The council will build the terminal "
    "later, officials said.",
    "Ferry users make their case\n\nCommuters say the terminal should go first. The council could build the pier in "
    "2029 instead.",
    "Corlen vote on the two schemes\n\nThe council will build the pier and the terminal, but not at once. The vote is "
    "on Tuesday.",
]


def test_question_proposed_the_order_of_two_things() -> None:
    # which of the two goes first is said in three of four articles, "build" done to both in two or more: the order is
    # the question, the thing argued most first
    text = _propose(_ORDER)
    assert text is not None and " before " in text and "pier" in text and "terminal" in text, text
    assert text.index("pier") < text.index("terminal"), text


def test_question_an_order_said_once_is_no_proposition() -> None:
    # one article saying which goes first: the act on the thing argued most is asked, as before
    text = _propose([_ORDER[1], _ORDER[3], "Pier plans out\n\nThe council will build the pier next year, it said."])
    assert text is not None and " before " not in text, text
