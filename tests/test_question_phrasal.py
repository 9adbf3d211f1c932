"""A phrasal verb's parts kept in the proposed question (extract/frames_phrasal.py): a reflexive object after its
preposition ("pay for itself") and a particle's "of" object ("run out of fuel"); and a verb of two objects never asked
in the passive of its second (question_act.object_passive). docs/evaluation.md, issue 9 session 43. Every name and
sentence here is invented."""

from __future__ import annotations

from stancemap.question_act import object_passive

from .test_question_named_acts import _frames, _propose


def test_frames_a_reflexive_object_is_kept_with_its_preposition() -> None:
    # "ten times over" is no particle of the act: before, '=pay over'.
    acts = _frames("The Oskar ferry pays for itself ten times over, the mayor said.")["acts"]
    assert acts == {"=pay for itself\tferry": 2}, acts


def test_frames_a_verb_and_its_fixed_complement_are_one_act() -> None:
    # session 45: "break even", "stay put" are verbs of WordNet's whose second word the parse makes an advmod or an
    # acomp: the act whole (frames._fixed_complement), not "break"; an adverb of manner stays out ("close quickly")
    acts = _frames("The Quorvey regatta will not break even this summer, its treasurer warned.")["acts"]
    assert "=break even\tregatta" in acts, acts
    acts = _frames("Organisers insist the Tarnby show can break even.")["acts"]
    assert "=break even\tshow" in acts, acts
    acts = _frames("The Ormsby depot could close quickly, a councillor said.")["acts"]
    assert "=close\tdepot" in acts, acts
    # (session 45's review item 6: an adverb hung on a later word that is no time, "far" of "beyond", is no complement;
    # before, "=go far")
    acts = _frames("The Ormsby reforms will go far beyond the first draft, a councillor said.")["acts"]
    assert not any(a.startswith("=go far") for a in acts), acts
    # a particle the parse made an adverb after the object is written after the verb in a question asked ("take back
    # Ostby North": frames_phrasal.adverb_particle)
    from .test_question_asked_corpus import _asked

    assert _asked("Can the Greens take Ostby North back? The pollsters are split.") == [
        "Can the Greens take back Ostby North?"]


def test_question_a_verb_and_its_fixed_complement_asked_whole() -> None:
    # session 45: the act "break even" asked whole (before: "Will the Quorvey regatta break?")
    text = _propose([
        "Quorvey regatta counts the cost\n\nThe Quorvey regatta will not break even this summer, its treasurer warned. "
        "Sponsors said it could.",
        "Regatta finances\n\nOrganisers insist the Quorvey regatta can break even. A councillor said the regatta would "
        "never break even.",
        "Will the regatta pay?\n\nThe regatta should break even by August, the chair said. Critics doubt the regatta "
        "will break even.",
    ])
    assert text == "Will the Quorvey regatta break even?", text


def test_frames_a_particles_of_object_is_the_acts_object() -> None:
    # "out" parsed as a preposition with "of" under it: the act "run out of", done to the grain, by Tarnley, this winter.
    found = _frames("Tarnley will run out of grain this winter, a farmer said.")
    assert found["acts"] == {"run out of\tgrain": 2}, found["acts"]
    assert found["subjects"] == {"run out of\tgrain\tTarnley": 1}, found["subjects"]
    assert found["bounds"] == {"run out of\tgrain\tthis winter": 1}, found["bounds"]


def test_frames_a_thing_moving_out_of_a_place_is_no_act() -> None:
    # Silt is no name, body or person: the quarry is where it came from, not what it ran out of (_named_doer).
    acts = _frames("Silt drained out of the old Kelbury quarry, a chemist said.")["acts"]
    assert not any(a.startswith("drain out of") for a in acts), acts


def test_frames_a_person_leaving_a_place_is_no_act() -> None:
    # session 44: before, 'come out of\tmeeting': a councillor's movement told plainly (frames_phrasal.moving); the act
    # said with a modal is still one ("will walk out of the pact": the pact is what is left)
    acts = _frames("Councillor Idris Mannavel came out of the Orsley budget meeting at noon, a reporter said.")["acts"]
    assert not any(" out of\t" in a for a in acts), acts
    acts = _frames("Councillor Idris Mannavel will walk out of the Orsley pact, his aide said.")["acts"]
    assert acts.get("walk out of\tpact") == 2, acts


def test_frames_a_particles_of_object_not_read_past_a_direct_object() -> None:
    # session 43's review: before, 'keep out of\tlorry' ("Will the council keep out of the lorries?"): the lorries are
    # kept out, the centre is where from
    acts = _frames("The Kelbury council will keep lorries out of the centre, its leader said.")["acts"]
    assert not any(" out of\t" in a for a in acts), acts


def test_question_a_verb_of_two_objects_is_not_asked_in_the_passive_of_its_second() -> None:
    # "cost the club the shield" has no passive of the shield; "hand the club the shield" has ("handed to the club").
    assert not object_passive("cost")
    assert object_passive("hand") and object_passive("give") and object_passive("deny") and object_passive("top up")


def test_question_proposed_an_act_with_its_reflexive_object() -> None:
    # Before: 'Will the Oskar ferry pay?' or another act; the reflexive is the proposition's own words.
    text = _propose([
        "Oskar ferry opens\n\nThe new Oskar ferry will pay for itself within ten years, the harbour master said. Fares "
        "start at four crowns.",
        "Doubts over Oskar ferry\n\nAn auditor said the Oskar ferry would never pay for itself. The boat was built in "
        "Lindvik.",
        "Oskar ferry figures\n\nTraders said the ferry could pay for itself if tourists come. The council will publish "
        "figures in May.",
    ])
    assert text == "Will the Oskar ferry pay for itself?", text


def test_question_proposed_a_particles_of_object_with_its_time() -> None:
    # Before: the act was no frame of the fuel (the question asked another thing); the corpus's time kept.
    text = _propose([
        "Tarnley braces for dry spell\n\nTarnley will run out of fuel this winter, a farmer warned. The mill has closed.",
        "Fuel stores low in Tarnley\n\nThe mayor said Tarnley would not run out of fuel this winter. Trucks arrive "
        "weekly.",
        "Tarnley farmers meet\n\nFarmers fear Tarnley could run out of fuel this winter if the roads freeze. Prices "
        "rose.",
    ])
    assert text == "Will Tarnley run out of fuel this winter?", text


def test_question_a_particles_of_object_written_as_the_corpus_writes_it() -> None:
    # review2b (session 43): before, "Will Tarnley run out of fund this winter?": the bare object was the frame's lemma
    text = _propose([
        "Tarnley braces for lean spell\n\nTarnley will run out of funds this winter, a farmer warned. The mill has "
        "closed.",
        "Tarnley accounts low\n\nThe mayor said Tarnley would not run out of funds this winter. Grants arrive weekly.",
        "Tarnley farmers meet\n\nFarmers fear Tarnley could run out of funds this winter if the roads freeze. Prices "
        "rose.",
    ])
    assert text == "Will Tarnley run out of funds this winter?", text


def test_frames_running_out_of_a_thing_told_plainly_is_an_act() -> None:
    # session 44's review_b item 1: a motion verb told plainly lost its act whatever the "of" object was; only a place or
    # a gathering (WordNet noun.artifact, noun.group, noun.location) is left behind by a movement (frames_phrasal.PLACES)
    acts = _frames("The Vellmoor district is running out of diesel, its warden said.")["acts"]
    assert any(a.startswith("run out of\tdiesel") for a in acts), acts
    acts = _frames("The Quessel guild walked out of the wage talks.")["acts"]
    assert any(a.startswith("walk out of\ttalk") for a in acts), acts
    acts = _frames("Warden Ilsa Pormont walked out of the Vellmoor hall at dusk, a clerk said.")["acts"]
    assert not any(" out of\t" in a for a in acts), acts
