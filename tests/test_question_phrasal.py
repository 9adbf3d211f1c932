"""A phrasal verb's parts kept in the proposed question (extract/frames_phrasal.py): a reflexive object after its
preposition ("pay for itself") and a particle's "of" object ("run out of fuel"); and a verb of two objects never asked
in the passive of its second (question_act.object_passive). docs/evaluation.md, issue 9 session 43. Every name and
sentence here is invented."""

from __future__ import annotations

from stancemap.question_act import object_passive


def test_question_a_verb_of_two_objects_is_not_asked_in_the_passive_of_its_second() -> None:
    # "cost the club the shield" has no passive of the shield; "hand the club the shield" has ("handed to the club").
    assert not object_passive("cost")
    assert object_passive("hand") and object_passive("give") and object_passive("deny") and object_passive("top up")
