"""Question shapes the proposer could not write before session 23 (issue 9 item 6): a property said of a thing
("Is the paint safe?"), a fact known ("Did Osgrave know about the leak?"), an act bounded in time ("... before May?").
Every name and sentence here is invented."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def test_frames_a_property_said_in_a_contested_sentence() -> None:
    # "is not safe", "insists ... is safe", "will be safe": a property argued, weight 2 or more; "is cheap enough" said
    # plainly weighs 1 (an evaluation is asserted, not only contested: session 25); an adjective before its noun ("the
    # safe primer") is none.
    frames = _frames("Parents say the Quarne paint is not safe. The maker insists the paint is safe. "
                     "The varnish will be dangerous. The glue is cheap enough. They sell a safe primer.")
    acts = frames["acts"]
    assert acts.get("=be safe\tpaint", 0) >= 2 and acts.get("=be dangerous\tvarnish", 0) >= 2, acts  # type: ignore[union-attr]
    assert acts.get("=be cheap\tglue") == 1, acts  # type: ignore[union-attr]
    assert not any(k.startswith("=be ") and k.endswith("primer") for k in acts), acts  # type: ignore[union-attr]


def test_frames_a_property_said_of_she_is_said_of_the_person_named_before() -> None:
    # "she is not fit for office": the property is the person's named last (as a verb's "him"/"her" object is).
    frames = _frames("Party members met Prime Minister Helen Osbury on Monday. Several said she is not fit for high office.")
    acts = frames["acts"]
    assert any(k.startswith("=be fit\t") and k.endswith("osbury") for k in acts), acts  # type: ignore[union-attr]


def test_question_a_property_said_in_more_articles_than_any_act() -> None:
    # Before (session 25): 'Will the council buy the Dunholt trams?' (an act in one article of three, over the
    # evaluation said plainly in all three, which the map did not record).
    text = _propose([
        "Dunholt trams and their costs\n\nThe Dunholt trams are cheaper than buses. Critics said the council will buy "
        "more trams too early.",
        "An audit of the trams\n\nThe Dunholt trams are cheaper over ten years, according to an auditor.",
        "Riders and the trams\n\nThe Dunholt trams are cheap to ride, and the union agrees.",
    ])
    # Session 29: said as a comparative in two articles of three, asked so ("cheaper", tests/test_question_degrees.py)
    assert text == "Are the Dunholt trams cheaper?", text


def test_question_a_person_said_unfit_in_more_articles_than_any_act() -> None:
    # Before (session 25): 'Will Helen Osbury face the critics?' (an act in one article of three); the evaluation of a
    # person, said of "she" and of her name in all three, is what is argued.
    text = _propose([
        "Osbury under pressure\n\nHelen Osbury faced critics on Monday. Several MPs said she is not fit for high "
        "office. Rebels may challenge Helen Osbury in spring.",
        "Allies rally round Osbury\n\nAllies of Prime Minister Helen Osbury said she is fit for office and will fight on.",
        "Osbury's week\n\nCommentators said Helen Osbury was fit for office in a crisis. Donors will back Helen Osbury.",
    ])
    # Session 32: "for office" said in two articles or more is what the fitness is held against (question_act._against).
    assert text == "Is Helen Osbury fit for office?", text


def test_question_proposed_a_property() -> None:
    # Before: 'Will the rooms be aired?' (the only act with a modal, in one article).
    text = _propose([
        "Doubts over Quarne paint\n\nParents say the Quarne paint is not safe for children's rooms. The maker insists "
        "the paint is safe. A toxicologist said the paint might be unsafe if rooms are not aired.",
        "Regulator to rule on Quarne paint\n\nThe regulator will decide whether the Quarne paint is safe. Campaigners "
        "said the paint was dangerous. The maker said its paint is safe and has always been safe.",
        "Shops keep selling Quarne paint\n\nShopkeepers said the paint is safe enough. A doctor said she did not "
        "believe the paint was safe for babies.",
    ])
    assert text == "Is the Quarne paint safe?", text


def test_question_proposed_a_fact_known() -> None:
    # Before: no question at all (a verb with an "about" phrase was no act).
    text = _propose([
        "Did the mayor know about the leak?\n\nCritics say Mayor Tilda Osgrave knew about the leak at the Ossory plant weeks "
        "before residents were told. Osgrave said she did not know about the leak until March.",
        "Emails raise questions for Osgrave\n\nEmails suggest Osgrave knew about the leak in January. Her office said she "
        "never knew about the leak before March.",
        "Osgrave allies defend her\n\nAllies said Osgrave could not have known about the leak. An inspector said the mayor "
        "must have known about it.",
    ])
    assert text == "Did Mayor Tilda Osgrave know about the leak?", text


def test_question_proposed_a_purchase() -> None:
    # Already right before session 23 (an acquisition is a verb with its object): pinned.
    text = _propose([
        "Mardock eyes Ruskin Foods\n\nMardock Group will buy Ruskin Foods if shareholders agree, its chief said. Unions "
        "fear Mardock will buy the firm and cut jobs.",
        "Ruskin board split\n\nSome directors want Mardock to buy Ruskin Foods; others said Mardock should not buy the "
        "company at that price.",
        "Regulator wary of Ruskin deal\n\nThe regulator may stop Mardock from buying Ruskin Foods. Analysts expect "
        "Mardock to buy Ruskin Foods by June.",
    ])
    assert text == "Will Mardock Group buy Ruskin Foods?", text


def test_question_proposed_an_act_with_a_time_bound() -> None:
    # Before: 'Will the Vessick strike end?' (the date the articles argue about left out).
    text = _propose([
        "Will the Vessick strike end before May?\n\nUnion leaders said the strike at Vessick docks would not end before "
        "May. The port owner hopes the strike will end within weeks.",
        "Vessick talks resume\n\nMediators said the strike could end before May if both sides compromise. Dockers said "
        "the strike will go on.",
        "Vessick traders suffer\n\nShopkeepers want the strike to end soon. The minister said the strike must end before "
        "May.",
    ])
    assert text == "Will the Vessick strike end before May?", text


def test_frames_a_time_bound_is_before_by_until_or_this() -> None:
    # "before May", "by June", "this summer" bound the act; "on Monday" dates what was said.
    frames = _frames("The council will ration water this summer. Mardock will buy the firm by June. The board "
                     "approved the plan on Monday.")
    bounds = set(frames["bounds"])  # type: ignore[arg-type]
    assert {"ration\twater\tthis summer", "buy\tfirm\tby June"} <= bounds, bounds
    assert not any(b.startswith("approve") for b in bounds), bounds


def test_question_a_property_said_once_is_not_asked() -> None:
    # The depot is closed or kept in every article; that it "would be empty" is said in one of four: the closure is asked.
    text = _propose([
        "Council to close Wexcombe depot\n\nThe council will close the Wexcombe depot in spring, its leader said.",
        "Drivers fight depot closure\n\nDrivers urged the council not to close the Wexcombe depot. One said the depot "
        "would be empty within a year anyway.",
        "Wexcombe depot vote looms\n\nCouncillors will vote on whether to close the Wexcombe depot.",
        "Depot users make their case\n\nTraders said the council should keep the Wexcombe depot and must not close it.",
    ])
    assert text is not None and "close" in text and not text.startswith("Is "), text


def test_question_a_property_argued_in_one_article_is_not_asked() -> None:
    # Said four times in one article of four, "dangerous" outweighs the closure and was asked without
    # question_act.argued_property ('Is the Wexcombe depot dangerous?'); the previous test passes without it.
    text = _propose([
        "Council to close Wexcombe depot\n\nThe council will close the Wexcombe depot in spring, its leader said.",
        "Drivers fight depot\n\nDrivers say the Wexcombe depot is dangerous. Inspectors insist the depot is dangerous. "
        "The union warned the depot will be dangerous in winter and said the depot is unsafe.",
        "Wexcombe depot vote looms\n\nCouncillors will vote on whether to close the Wexcombe depot.",
        "Depot users make their case\n\nTraders said the council should keep the Wexcombe depot and must not close it.",
    ])
    assert text == "Will the council close the Wexcombe depot?", text
