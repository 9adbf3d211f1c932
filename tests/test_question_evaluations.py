"""An evaluation argued in kin words or of kin words for one thing is proposed as a property (question_evaluation.py,
question_act._against, said_plainly; extract/frames._complement; docs/evaluation.md, issue 9 session 32). Every name and
sentence here is invented."""

from __future__ import annotations

from stancemap.question_evaluation import kin_adjectives

from .test_question_named_acts import _frames, _propose


def test_kin_adjectives_hold_synonyms_similar_words_and_antonyms() -> None:
    assert {"adequate", "sufficient"} <= kin_adjectives("enough"), kin_adjectives("enough")
    assert "inadequate" in kin_adjectives("adequate") and "unready" in kin_adjectives("ready")
    assert "ready" not in kin_adjectives("enough")


def test_frames_a_property_said_against_a_noun() -> None:
    # "for" and a noun or a name after the adjective is what the property is held against; a pronoun is none.
    complements = _frames("The drones are not ready for Kelmarsh. The hall is safe for the pupils. The lanes are not "
                          "ready for us. The bridge is safe.")["complements"]
    assert complements == {"=be ready\tdrone\tfor Kelmarsh": 1, "=be safe\thall\tfor the pupils": 1}, complements


def test_question_an_evaluation_said_in_kin_words_is_asked() -> None:
    # Each article says the judgement in one of its words ("enough", "sufficient", "adequate") of the plan or of another
    # thing ("the money is not enough"); no word of the plan, and no act on any thing, is said in half the articles. Asked
    # in the word said in the most articles. Before (session 31's code): 'Will the Holmby shelter plan go ahead?'.
    text = _propose([
        "Shelter plan under fire\n\nCharities say the Holmby shelter plan is not enough. The Holmby council will fund the "
        "night shelters.",
        "Minister defends shelter plan\n\nThe minister insists the shelter plan is sufficient for the winter.",
        "Shelter plan: the verdict\n\nAn auditor said the shelter plan was adequate on paper. Volunteers painted a hall.",
        "Volunteers speak out\n\nVolunteers said the shelter money is not enough and the beds are cold.",
    ])
    assert text == "Is the Holmby shelter plan enough?", text


def test_question_an_evaluation_of_kin_words_for_one_thing_is_asked_with_what_it_is_held_against() -> None:
    # "ready" is said of the drones in two articles and of "the machines" in the other two, against Kelmarsh in two;
    # licensing the drones is argued in two. Before (session 31's code): 'Will the council license the drones?'.
    text = _propose([
        "Are the drones ready for Kelmarsh?\n\nThe maker says its drones are ready for Kelmarsh. The council will license "
        "the drones in May.",
        "Drone trial ends\n\nRiders said the machines are not ready. The council may license the drones.",
        "Drones on trial\n\nThe union says the drones are not ready for Kelmarsh and will never be.",
        "Kelmarsh drones: residents split\n\nNeighbours think the machines are ready, a survey found.",
    ])
    assert text == "Are the drones ready for Kelmarsh?", text


def test_question_an_evaluation_of_a_thing_no_headline_names_is_not_asked() -> None:
    # The same judgement in kin words in every article, of money no headline names, wider than the depot's closure (two
    # of four): the closure, named in the headlines, is asked. Without the headline gate: 'Is the budget enough?'.
    text = _propose([
        "Council to close Wexcombe depot\n\nThe council will close the Wexcombe depot. The budget is not enough.",
        "Drivers fight depot closure\n\nDrivers urged the council not to close the Wexcombe depot. The fund is inadequate.",
        "Wexcombe depot vote looms\n\nCouncillors will meet on Tuesday. The money is sufficient, one said.",
        "Depot users make their case\n\nTraders said the budget is adequate.",
    ])
    assert text == "Will the council close the Wexcombe depot?", text


def test_question_a_name_said_only_with_a_property_is_written_as_a_name() -> None:
    # "Quarnex" is named as the object of an act once, never written there as a name: the property's own sentences write
    # it. Before (session 31's code): 'Is the quarnex safe?'.
    text = _propose([
        "Is Quarnex safe?\n\nGrowers insist Quarnex is safe. A union said it would test quarnex.",
        "Quarnex under review\n\nThe regulator will decide whether Quarnex is safe for sprayers.",
        "Doctors warn on Quarnex\n\nRural doctors say Quarnex is not safe.",
    ])
    assert text == "Is Quarnex safe?", text


def test_question_what_a_property_is_held_against_once_is_not_asked() -> None:
    # As the drones' corpus above, "for Kelmarsh" said in one article only (AGAINST_LEAST): not part of the question.
    text = _propose([
        "Are the drones ready for Kelmarsh?\n\nThe maker says its drones are ready for Kelmarsh. The council will license "
        "the drones in May.",
        "Drone trial ends\n\nRiders said the machines are not ready. The council may license the drones.",
        "Drones on trial\n\nThe union says the drones are not ready and will never be.",
        "Kelmarsh drones: residents split\n\nNeighbours think the machines are ready, a survey found.",
    ])
    assert text == "Are the drones ready?", text


def test_question_an_evaluation_said_of_the_headlines_thing_once_is_not_asked() -> None:
    # Kin words of one judgement in every article ("adequate", "not enough", "not sufficient"), but of the harbour wall the
    # headlines name in one article only, of other things in the rest (OWN_LEAST): the act done to the wall in three
    # articles is asked. Before (session 37's code): 'Is the Harrowdene harbour wall adequate?'.
    text = _propose([
        "Harbour wall under scrutiny\n\nEngineers said the Harrowdene harbour wall is adequate. The council will repair the "
        "Harrowdene harbour wall.",
        "Harrowdene harbour wall: residents fear the winter\n\nResidents urged the council to repair the Harrowdene harbour "
        "wall. The budget is not enough.",
        "Storm season looms\n\nThe pumps are not sufficient, a warden said.",
        "Harrowdene braces for storms\n\nThe sandbags are enough, the mayor insists. The council may repair the harbour wall.",
    ])
    assert text == "Will the council repair the Harrowdene harbour wall?", text
