"""Whether an act comes too soon, argued as the proposition (extract/frames_timing.py, question_timing.py): "it is too
soon", "far too early", "premature" in half the articles, more widely than any act on the thing argued most. Every name
and sentence here is invented."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def _timing(text: str) -> dict[str, int]:
    found = _frames(text)["timing"]
    assert isinstance(found, dict)
    return found


def test_frames_an_act_said_to_come_too_soon() -> None:
    # "too" with a word of timing after "be", whatever its subject, denied with "not"; "premature" alone
    assert _timing("It is far too soon to let lorries back on the viaduct.") == {"soon\t": 1}
    assert _timing("It is not too early, the engineers said.") == {"early\tno": 1}
    assert _timing("The June date is too soon.") == {"soon\t": 1}
    assert _timing("Letting them back would be premature.") == {"premature\t": 1}


def test_frames_too_soon_to_know_or_done_too_soon_is_no_timing_argued() -> None:
    # an excess of knowing ("too early to say") judges no act; "arrived too late" tells what happened
    assert _timing("It is too early to say whether the repairs worked.") == {}
    assert _timing("The inspectors arrived too late.") == {}


_VIADUCT = [
    "Lorries back on the Pellam viaduct next week\n\nThe trust will reopen the Pellam viaduct to lorries on Monday. "
    "Engineers say it is too soon.",
    "Hauliers cheer viaduct plan\n\nHauliers say it is not too soon: the detour costs them a day a week. The trust "
    "will reopen the Pellam viaduct on Monday.",
    "Why the viaduct can wait\n\nIt is far too early to let forty-tonne lorries back on a cracked arch, our engineer "
    "writes.",
    "Viaduct: the inspectors' view\n\nThe inspectors called the date premature. Their report lands on Friday.",
]


def test_question_proposed_whether_an_act_comes_too_soon() -> None:
    # the timing judged in every article, the reopening said in two: whether it is too soon is the question
    text = _propose(_VIADUCT)
    assert text is not None and text.startswith("Is it too ") and "reopen" in text and "viaduct" in text, text


def test_question_too_soon_said_once_is_no_proposition() -> None:
    # the timing judged in one article of three: the act is asked as before
    text = _propose([_VIADUCT[0], _VIADUCT[1].replace("it is not too soon", "it is welcome"),
                     "Viaduct plans\n\nThe trust will reopen the Pellam viaduct on Monday, it said."])
    assert text is not None and not text.startswith("Is it too "), text
