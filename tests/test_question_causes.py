"""A thing as the cause (issue 9 item 6, session 26): a proposition written with a thing as what did an act ("the
scheme has cut pollution", "the dredging caused the flooding") is recorded by the map (frames.causes, frames.done) and
asked when the corpus says it in more articles than any thing is acted on ("Has the scheme cut the pollution?").
Every name and sentence here is invented."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def test_frames_a_thing_named_as_what_did_the_act() -> None:
    # a common noun that is no person, body or place, as the subject of a transitive act: a cause, with its phrase; how
    # the act is said as done ("has cut": perfect, "caused": past; "will cut": neither).
    frames = _frames("The council said its Larkhill road scheme has cut traffic noise. The dredging caused the flooding. "
                     "The new toll will cut congestion. The council approved the plan.")
    causes, done = frames["causes"], frames["done"]
    assert causes.get("cut\tnoise\tscheme|its Larkhill road scheme") == 1, causes
    assert causes.get("cause\tflooding\tdredging|the dredging") == 1, causes
    assert causes.get("cut\tcongestion\ttoll|the new toll") == 1, causes
    assert done.get("cut\tnoise\tperfect") == 1 and done.get("cause\tflooding\tpast") == 1, done
    assert not any(k.startswith("cut\tcongestion") for k in done), done
    # who decides is the frame's subject, never a cause ("the council approved")
    assert not any(k.startswith("approve\t") for k in causes), causes


def test_question_a_thing_said_to_have_done_something_in_most_articles() -> None:
    # Before (main at d9e98a6): 'Will the noise be cut?', in a future no article writes and without what is said to have
    # cut it: the scheme, named as what did it in all three ("has cut", "had cut", "has not lowered").
    text = _propose([
        "Larkhill scheme's first year\n\nThe council said its Larkhill road scheme has cut traffic noise by a third. "
        "Residents disputed the figures.",
        "Noise down, say monitors\n\nIndependent monitors said the Larkhill road scheme had cut noise on most "
        "streets.",
        "Critics unconvinced\n\nShopkeepers said the scheme has not lowered the noise at all. It moved it elsewhere, "
        "they said.",
    ])
    assert text == "Has the Larkhill road scheme cut the noise?", text


def test_question_a_cause_said_once_is_not_asked() -> None:
    # a thing said to have done something in one article of three: what is argued is the act the others argue.
    text = _propose([
        "Council to vote on Larkhill toll\n\nThe council will approve the Larkhill toll next week, officials said. "
        "The old scheme has cut traffic noise.",
        "Toll vote nears\n\nCouncillors said they would approve the Larkhill toll if buses improve.",
        "Shops fear toll\n\nShopkeepers urged the council not to approve the Larkhill toll.",
    ])
    assert text is not None and not text.startswith(("Has", "Did")), text


def test_question_a_cause_said_in_the_simple_past_is_asked_with_did() -> None:
    # Before (main at d9e98a6): "Will the flooding be caused?". "caused", "did not cause": the simple past, asked "Did ...?".
    text = _propose([
        "Flooding in Marrow Vale\n\nResidents say the river dredging caused the flooding in Marrow Vale. The agency "
        "denies it.",
        "Agency under fire\n\nEngineers said the dredging caused the flooding downstream, according to a leaked report.",
        "What went wrong in Marrow Vale\n\nThe agency insists the dredging did not cause the flooding. Heavy rain did, "
        "it said.",
    ])
    assert text == "Did the dredging cause the flooding?", text


def test_question_what_a_report_found_is_no_cause() -> None:
    # "the audit found failings" in every article: a report's finding (a general verb, no frame), not what a thing did;
    # the act argued is asked, as on main.
    text = _propose([
        "Audit of Tarn hospital\n\nThe audit found serious failings at Tarn hospital. The board will replace the director, "
        "officials said.",
        "Tarn hospital audit\n\nThe audit found failings in the wards. Ministers said the board should replace the "
        "director.",
        "Board under pressure\n\nThe audit has found failings, critics said. The board would not replace the director, its "
        "chair said.",
    ])
    assert text == "Will the board replace the director?", text


def test_question_a_verb_that_takes_no_object_is_not_asked_in_the_passive() -> None:
    # Before (main at d9e98a6): "Will the pay be risen?" ("the pay rise" read as the act "rise" done to pay): a verb
    # WordNet gives no object in its first two senses is asked as done by its thing (session 26's q_deserve at first
    # contact; still not its proposition, which is a desert argued).
    text = _propose([
        "Nurses and the pay rise\n\nNurses say they have earned the pay rise. The ministry would not fund the pay rise, "
        "officials said.",
        "Pay rise row\n\nUnions backed the pay rise on Monday. The treasury says the pay rise is unaffordable.",
        "Hospital chiefs split\n\nHospital chiefs said the pay rise should go ahead. Others opposed the pay rise.",
    ])
    # (session 45: "the pay rise" is no longer the act "rise" done to pay at all, frames_nouns.names_transitive_act, so
    # the act funded is asked, "Will the ministry fund the rise?"; before, "Will the pay rise?"; never in the passive)
    assert text is not None and "risen" not in text and "rise" in text, text
    assert text != "Will the pay rise?", text  # (session 45's review: the line above held of the old output too)


def test_question_an_act_done_by_a_thing_is_asked_of_it() -> None:
    # Before (session 31): "Will the oaks be killed?", nobody named killing them, while the smelter the headlines name is
    # said to have (once: too few articles for `ask_effect`): the passive names what is said to do it.
    articles = [
        "Smelter blamed for dying oaks\n\nThe Brisk Hollow smelter has killed the oaks along the ridge, foresters "
        "said. The company denies it.",
        "Oaks dying on Brisk ridge\n\nThe oaks along the ridge are being killed, a survey found. Foresters counted "
        "three hundred dead oaks.",
        "Smelter owners reject survey\n\nThe owners said a drought could kill the oaks. Foresters want the smelter "
        "closed.",
    ]
    text = _propose(articles)
    assert text is not None and text.startswith("Will the oaks") and text.endswith("killed by the Brisk Hollow smelter?"), text
    # a thing named doing it that the headlines do not name (the drought) is no agent: the plain passive
    unnamed = [a.replace("Smelter blamed for dying oaks", "Foresters count dying oaks")
               .replace("Smelter owners reject survey", "Owners reject survey") for a in articles]
    text = _propose(unnamed)
    assert text is not None and " by " not in text, text
