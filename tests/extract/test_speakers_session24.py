"""Speakers (issue 10, session 24): an indefinite source said to be anonymous is no person named after it; a role
word in capitals the tagger calls a proper noun ("One coalition MP") heads its phrase; a wire dateline is no part of
the speaker; "the Board" alone is the body named in full; a given name that is also a place, the pair the subject of a
verb of saying; a role word the tagger ran into a given name; a place in a described person's or body's words; a
transcript label in capitals; a firm's name that opens with a given name. Written sentences; fictional people, bodies
and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

QUESTION = "Will the council approve the ring road plan?"

CASES = {
    # speakers._anonymous: "speaking on condition of anonymity" -> the phrase's own words, not the next person named
    "anonymous_speaking": (
        "The council votes on the ring road plan tonight, and the mood in the chamber is tense.\n\n"
        "A senior council official, speaking on condition of anonymity because the vote is close, said the plan was "
        "likely to pass by a single vote.\n\n"
        "Deputy Mayor Ilse Brandtner told reporters she would back the plan only if the bus lane stays.",
        "likely to pass by a single vote", "senior council official"),
    # speakers._anonymous: "who asked not to be named"
    "anonymous_not_named": (
        "The council votes on the ring road plan tonight.\n\n"
        "One senior official in the roads department, who asked not to be named, said the sums did not add up.\n\n"
        "Roads Commissioner Marta Ellingsen said the figures had been checked twice.",
        "the sums did not add up", "one senior official in the roads department"),
    # speakers._anonymous: "who declined to be identified"
    "anonymous_declined": (
        "The council votes on the ring road plan tonight.\n\n"
        "A planning officer, who declined to be identified, said the bypass had been redrawn three times.\n\n"
        "Councillor Jonas Pettersen said he would vote against it.",
        "redrawn three times", "planning officer"),
    # speakers._head, _people_described: "MP" tagged a proper noun and hung on "coalition" as an apposition
    "a_role_in_capitals": (
        "The council votes on the ring road plan tonight.\n\n"
        "One coalition MP said the plan would fail without support from the regions.",
        "fail without support from the regions", "one coalition MP"),
    # clauses.past_dateline: the dateline's dash hangs on its date, the date on the role after it; and
    # speakers.phrase_actor: the role's owner a name the tagger did not tag
    "a_dateline_dash_on_the_date": (
        "Ostmark weighs ring road plan\n\n"
        "VELMSTOW, Sept 30 (HBW) - Ostmark's transport minister said on Tuesday that the council could approve the "
        "ring road plan by the spring, provided that the budget can carry the cost.\n\n"
        "Transport Minister Dagmar Vellin has long backed the road.",
        "provided that the budget can carry the cost", "Dagmar Vellin"),
    # clauses.speaker_span: a dateline the parse hung on the subject ends at its dash
    "a_dateline_hung_on_the_subject": (
        "Ostmark presses council on ring road\n\n"
        "DALMORE, Sept 16 (Harbor Wire) - Ostmark's government on Wednesday urged the council to approve the ring road "
        "plan before the winter.",
        "to approve the ring road plan before the winter", "Ostmark's government"),
    # actors._body_by_head_word: "The Authority" alone is the one body named whose name ends in "Authority", also
    # where a live page names it in full only further down
    "a_body_by_its_head_word": (
        "Ring road decision: live\n\n"
        "10:04\nBREAKING: The Authority has published its decision. It says the northern route is \"the only workable "
        "option\" for the town.\n\n"
        "09:00\nGood morning. The Regional Planning Authority will publish its decision on the ring road at ten.",
        "the only workable option", "Regional Planning Authority"),
    # names._speaks: a given name that is also a place ("Dolores"), the pair the subject of a verb of saying, untagged
    # at the head of a live entry: a person, whose "she" follows
    "a_given_name_that_is_a_place": (
        "Ring road decision: live\n\n"
        "10:20\nQuarry owner Hedda Morlind is speaking now. She says the council should approve the plan only if the "
        "trucks get their own lane.\n\n"
        "10:34\nDolores Pitkeld, for the cab drivers' guild, tells councillors that most drivers she asked want "
        "the northern route.\n\n"
        "\"If the council signs this plan, the ranks will be pleased,\" she says.",
        "the ranks will be pleased", "Dolores Pitkeld"),
    # mentions._role_run_into_name: "Spokeswoman Greta Vollan" tagged one person is Greta Vollan (the tagger split
    # "Spokeswoman <given name>" from a surname only on a corpus name: that branch is pinned by no invented text)
    "a_role_run_into_the_given_name": (
        "Ring road: families keep vigil\n\n"
        "By the depot gates, some forty members of the Brockley Parents Forum stood with placards all morning. "
        "Spokeswoman Greta Vollan said the council must approve the ring road plan this year.",
        "must approve the ring road plan this year", "Greta Vollan"),
    # mentions._role_run_into_name (review): the role word and the whole name tagged one body (a guard: main reads it
    # too)
    "a_role_run_into_a_whole_name": (
        "Ring road: families keep vigil\n\n"
        "By the depot gates, some forty members of the Brockley Parents Forum stood with placards all morning. "
        "Spokeswoman Irena Dolbec said the council must approve the ring road plan this year.",
        "must approve the ring road plan this year", "Irena Dolbec"),
    # speakers.phrase_actor: a word for a person with only a place in its modifiers is that person, not the place
    "a_person_with_a_place_in_it": (
        "Ring road survey starts\n\n"
        "A bus driver in the northern Halvern district said she had watched the survey crews leave the site before "
        "noon every Friday.",
        "leave the site before noon", "bus driver in the northern Halvern district"),
    # names.FIRM_HEADS: "Harriet Holdings" (a given name first) is a firm, and "The company" after it is that firm
    "a_firm_named_by_a_given_name": (
        "Ring road: who pays?\n\n"
        "Part of the money would come from a sponsorship offer by Harriet Holdings. The company has said it is "
        "interested but that the contract is not yet signed.",
        "the contract is not yet signed", "Harriet Holdings"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session24(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


def test_a_politician_named_after_is_still_that_person(run) -> None:  # type: ignore[no-untyped-def]
    """The cataphora stays where nothing says the source is anonymous: "a local politician claimed ... / X, the party
    leader, said" is X."""
    text = ("The council votes on the ring road plan tonight.\n\n"
            "According to the Harbour Times, a local politician claimed that the road had been promised to a builder "
            "years ago.\n\n"
            "Edda Varlund, the Kelvar Party leader, said the council had broken its word.")
    assert speaker_name(run(text, question=QUESTION), "promised to a builder") == "Edda Varlund"


def test_another_role_in_capitals_is_no_name(run) -> None:  # type: ignore[no-untyped-def]
    """speakers.phrase_actor: "Another opposition MP" is not looked up as a name (it found the first MP's words)."""
    text = ("The council votes on the ring road plan tonight.\n\n"
            "One coalition MP said the plan would fail without support from the regions.\n\n"
            "Another opposition MP, speaking after the debate, said the vote was already lost.")
    assert speaker_name(run(text, question=QUESTION), "the vote was already lost") != "one coalition MP"


@pytest.mark.parametrize("case", ["a_dateline_dash_on_the_date", "a_dateline_hung_on_the_subject"])
def test_a_dateline_is_no_part_of_the_mention(run, case: str) -> None:  # type: ignore[no-untyped-def]
    """clauses.past_dateline / speaker_span: the words naming the source start after the dateline's dash."""
    text, words, _ = CASES[case]
    mention = statement_with(run(text, question=QUESTION), words).speaker_mention
    assert mention is not None and mention.startswith("Ostmark's")


def test_a_label_in_capitals_is_a_person(run) -> None:  # type: ignore[no-untyped-def]
    """speakers.phrase_actor: a transcript's label in capitals ("JAKOB TERVELL: ...") is a person, not a body."""
    text = (
        "Roads chief Hedda Morlind answers her critics\n\n"
        "Aired on Brockley Tonight, 2 February 2026. Shortened for print.\n"
        "Presenter: Jakob Tervell\n\n"
        "JAKOB TERVELL: Ms Morlind, half of this town is angry about the tender. Was it fixed?\n\n"
        "HEDDA MORLIND: No. People are angry, and I see why, but the panel scored every bid blind. Nobody was "
        "favoured.\n\n"
        "TERVELL: The losing bidders say the scores were changed.\n\n"
        "MORLIND: The score sheets are signed by all five panel members, and I have read each one."
    )
    analysis = run(text, question="Was the Brockley road tender fixed?")
    actor = analysis.actor(statement_with(analysis, "half of this town is angry").speaker)
    assert actor is not None and actor.kind == "person" and actor.name.lower() == "jakob tervell"


def test_we_in_an_answer_is_the_one_who_answers() -> None:
    """speakers.phrase_actor: "we" outside quotation marks in a labelled answer is the one the label names (first_person),
    not the writer's "we" (which stays unnamed: "We asked her ...")."""
    from stancemap.extract.actors import ActorIndex
    from stancemap.extract.mentions import find_mentions
    from stancemap.extract.speakers import SpeakerResolver
    from stancemap.parse import load_nlp

    text = ("Doctors weigh the ring road\n\n"
            "Dr Wilma Larkhill chairs the Brockley Medical Society. We asked her about the ring road plan.\n\n"
            "Brockley Today: Where does the society stand?\n\n"
            "Wilma Larkhill: We back the plan, and our members said so by a wide margin.")
    doc = load_nlp()(text)
    mentions = find_mentions("d1", doc)
    index = ActorIndex()
    index.build(mentions)
    resolver = SpeakerResolver(index, mentions)
    sents = list(doc.sents)
    ours, writers = [t for t in doc if t.text == "We"][::-1][:2]
    actor, rule = resolver.phrase_actor(doc[ours.i: ours.i + 1], sents.index(ours.sent))
    assert actor is not None and actor.name == "Wilma Larkhill" and rule == "first person"
    actor, _ = resolver.phrase_actor(doc[writers.i: writers.i + 1], sents.index(writers.sent))
    assert actor is None
