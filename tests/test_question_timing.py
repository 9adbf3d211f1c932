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
    # "too" with a word of timing after "be", whatever its subject, denied with "not" alike (the articles saying it
    # either way argue the timing; whether it was denied, recorded until session 37, was never read); "premature" alone
    assert _timing("It is far too soon to let lorries back on the viaduct.") == {"soon": 1}
    assert _timing("It is not too early, the engineers said.") == {"early": 1}
    assert _timing("The June date is too soon.") == {"soon": 1}
    assert _timing("Letting them back would be premature.") == {"premature": 1}


def test_sum_reads_the_timing_of_a_record_mapped_before_session_37() -> None:
    # a stored record of an older map wrote "<word>\t<no or empty>": summed as its word, as a new record's
    from stancemap.question_sum import sum_frames

    old = sum_frames([{"timing": {"soon\tno": 1}}, {"timing": {"soon": 1}}])
    assert old.timing_in == {"soon": {0, 1}}


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


_KEPT = [
    "Pellam viaduct shut till spring\n\nThe trust will keep the Pellam viaduct closed until April. Hauliers say it is "
    "too soon.",
    "Hauliers fume at viaduct delay\n\nThe trust will keep the Pellam viaduct closed, it said. Hauliers say it is not "
    "too soon: the detour costs a day a week.",
    "Our engineer on the arch\n\nIt is far too early, our engineer writes. The trust may reopen the Pellam viaduct in "
    "May.",
    "Viaduct inspection\n\nThe inspectors said it was too soon. A report follows in the autumn.",
]


def test_question_too_soon_asks_no_verb_of_keeping() -> None:
    """Red without the guard `not stative(...)` in question_timing.timing_argued (the map asks "Is it too soon to keep
    the Pellam viaduct?")."""
    # keeping the viaduct closed is said in two articles, reopening it in one: what comes too soon is the change,
    # not the keeping
    text = _propose(_KEPT)
    assert text is not None and text.startswith("Is it too soon to reopen") and "viaduct" in text, text


_PREMATURE = [
    "Dunmore ferry to sail again\n\nThe board will sail the Dunmore ferry again on Monday. Skippers call the date "
    "premature.",
    "Ferry row\n\nIslanders say sailing now would be premature. The board will sail the Dunmore ferry on Monday.",
    "Ferry: the inspectors speak\n\nThe inspectors said the date was premature. Their findings come on Friday.",
    "Ferry: the union's view\n\nA return on Monday is premature, the skippers' union says.",
]


def test_question_premature_alone_is_asked_as_too_early() -> None:
    """Red without the guard `if w != "premature"` in question_timing.timing_argued (the map asks "Is it too premature
    to sail the Dunmore ferry?")."""
    # "premature" said in three articles and no other word of timing: asked as "too early"
    text = _propose(_PREMATURE)
    assert text is not None and text.startswith("Is it too early to sail") and "ferry" in text, text
    # "premature" in three, "too soon" in one: the word said with "too" is asked, however rarely
    text = _propose([*_PREMATURE[:3], "Ferry: the union's view\n\nIt is too soon, the skippers' union says."])
    assert text is not None and text.startswith("Is it too soon to sail"), text
