"""Who does the act a proposed question asks about, where the parse leaves it unsaid or puts it in the wrong place
(issue 9, session 17: the wrong participant as subject, or none named, the commonest cause of the proposals that
failed at first contact): people who vote on whether to act are the body they sit on, and a relative clause with
no relative word is no act of its subject's own. Every name here is invented."""

from __future__ import annotations

from .test_question_named_acts import _frames
from .test_question_same import _proposed


def test_frames_who_votes_on_whether_to_act_acts() -> None:
    # "vote on whether to grant": the verb under "whether" takes the voters as its subject, as an xcomp takes its
    # governing verb's ("urged X to sign"); plural members of a body (WordNet's member holonym) act as that body.
    frames = _frames("Kestby's 15 councillors will vote on Thursday on whether to grant a licence for the Lantern Fair.")
    assert frames["subjects"] == {"grant\tlicence\tthe council|BODY": 1}, frames["subjects"]
    frames = _frames("The jurors will decide whether to convict Tomas Ebb.")
    assert frames["subjects"] == {"convict\tebb\tthe jury|BODY": 1}, frames["subjects"]
    # someone asked or pressed on whether to act is whom the act is asked of, as "urged X to" (the review of session 17:
    # the commission was the one to extend the ban)
    frames = _frames("The commission pressed the minister on whether to extend the ban.")
    assert "extend\tban\tthe commission|BODY" not in frames["subjects"], frames["subjects"]
    # one member is a person, not the body; people who belong to no body stay unnamed
    assert not _frames("The councillor will vote on whether to grant a licence.")["subjects"]
    assert not _frames("Residents will vote on whether to close the pool.")["subjects"]


def test_frames_a_zero_relatives_gap_is_the_object() -> None:
    # English leaves out the relative word only of an object: "a condition any rescue can meet" is met by the
    # rescue, which does nothing of its own (q_bailout's first contact asked "Will the rescue meet?").
    frames = _frames("It is a condition any serious rescue can meet.")
    assert not any(k.startswith("=meet") for k in frames["acts"]), frames["acts"]
    # a noun saying when is no object ("the moment the truce collapses": the truce's own act)
    assert "=collapse\ttruce" in _frames("Nobody can say the moment the truce will collapse.")["acts"]
    # the gap of a verb under the clause's verb (the review of session 17: "=demolish city" before, the city's own act)
    acts = _frames("The tower the city wants to demolish is a listed building.")["acts"]
    assert not any(k.startswith("=demolish") for k in acts), acts
    # a clause that is not relative keeps its subject's act
    assert "=succeed\trescue" in _frames("Any serious rescue would succeed.")["acts"]


def test_question_the_body_whose_members_vote_on_the_act() -> None:
    # Nobody is named granting the licence but the councillors who vote on whether to grant it: the council.
    text = _proposed([
        "Lantern Fair licence vote delayed\n\nKestby town council put off a decision on the Lantern Fair. Police "
        "want the licence refused. Kestby's 15 councillors will vote on Thursday on whether to grant a licence for "
        "the Lantern Fair.",
        "Fair organisers cap tickets\n\nOrganisers of the Lantern Fair hope councillors will grant the licence for "
        "the Lantern Fair. The councillors will vote on whether to grant the licence on Tuesday.",
        "Opinion: let the fair go ahead\n\nThe councillors should grant the licence for the Lantern Fair. Refusing "
        "the licence would cost the town dear.",
    ])
    assert text == "Will the council grant the licence for the Lantern Fair?", text
