"""Speakers on articles never seen (issue 10, session 20): a bare word for a body ("the committee", "the family")
whose body the article writes out elsewhere. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

QUESTION = "Will the assembly pass the harbour bill?"

CASES = {
    # roleholders.described_elsewhere: the body described before the bare word
    "a_bare_body_named_elsewhere": (
        "Members of Wendlow Borough Council's harbour scrutiny committee questioned the port's director on Monday.\n\n"
        "After three hours the committee backed a motion urging the assembly to pass the harbour bill.",
        "urging the assembly to pass the harbour bill", "Wendlow Borough Council's harbour scrutiny committee"),
    "a_family_written_out_before": (
        "The Vesk family, which has owned the Wendlow ferry line for sixty years, met its bankers in May.\n\n"
        "Speaking through its lawyer, the family said it would back the harbour bill if the ferry berths were kept.",
        "it would back the harbour bill", "Vesk family"),
    # ... and after it, when the article names the body only later
    "a_bare_body_named_after": (
        "The harbour bill comes before the assembly on Thursday.\n\n"
        "The union said on Monday that it would fight the bill in every port. Its leaders met in Wendlow.\n\n"
        "The Harbour Workers' Union has 9,000 members, most of them dockers.",
        "it would fight the bill in every port", "Harbour Workers' Union"),
    # mentions._described_as_person: a name the tagger called a body, beside an age, is a person ("she" is hers)
    "a_name_with_an_age": (
        "The council votes on the harbour bill on Monday.\n\nOn the quay, opinion is mixed. Ama Pellory, 41, has run "
        "the bakery by the slipway since 2009.\n\n\"I'm not against the bill,\" she said. "
        "\"I'm against six months of lorries at my door.\"",
        "six months of lorries at my door", "Ama Pellory"),
    # speakers.phrase_actor: a name the tagger missed, beside a word for a person, is a person, not a body (green with
    # the rule off too, the tagger reading these names right: a guard on the outcome, not the rule's red test)
    "an_untagged_name_described": (
        "The Farmers' Federation said it would back the harbour bill only if the rebate stayed.\n\n"
        "Oddny Varecka, a political scientist at Drennow University, said the numbers pointed to a narrow win. \"Nobody "
        "in the chamber wants another delay, and Anja Orbell has promised her voters a result,\" she said.",
        "Anja Orbell has promised her voters a result", "Oddny Varecka"),
    # mentions._named_after_a_body: a name written after a word for a body is that body, not the "she" of the quote
    "a_group_named_after_its_word": (
        "The mayor said on Monday that the assembly would pass the harbour bill.\n\n"
        "Paola Greyholm of the residents' group Saltmarsh Breathe Easy called the vote a start. \"We asked for this four "
        "years ago, so forgive us if we do not cheer,\" she said.",
        "forgive us if we do not cheer", "Paola Greyholm"),
    # speakers._person_described: "the <body> owner" is the person just made a subject, not the body
    "a_person_described_by_a_body": (
        "Board chair Ilse Quillane spoke briefly outside. \"We want the harbour bill passed,\" she said.\n\n"
        "Ruaridh Pellory was in no mood to give up. \"The harbour bill is wrong and we will "
        "say so in every port,\" the Carrowgate owner told reporters.",
        "we will say so in every port", "Ruaridh Pellory"),
    # mentions._titles_a_person: "<Body> chief executive <Name>": the body is no person, the interviewee is the holder
    # (green with the rule off too on these names: a guard on the outcome, not the rule's red test)
    "an_interview_of_a_bodys_chief": (
        "On the eve of the harbour bill's second reading, Carrowgate Water chief executive Helena Abara-Kent took our "
        "questions by telephone.\n\n"
        "Has the board decided?\n\nNot yet. It meets in April and the papers are still being written. "
        "Carrowgate Water has not counted votes.\n\nWhat will you tell them?\n\nThe truth: Carrowgate Water owns an "
        "old dam.\n\nDo you have a view?\n\nI do. I think the assembly should pass the harbour bill, and Carrowgate "
        "Water will say so.\n\nAnd the anglers?\n\nWe have offered them a new lake.",
        "the assembly should pass the harbour bill", "Helena Abara-Kent"),
    # names.body_name: "X and Y Lifeboat Trust", parsed as two names joined, is one body (green with the rule off
    # too on this parse: a guard on the outcome, not the rule's red test)
    "a_body_named_with_and": (
        "The harbour bill comes before the assembly on Thursday.\n\n"
        "The Fenmoor and Coast Lifeboat Trust said it would back the harbour bill if the quay road stayed open.",
        "it would back the harbour bill", "Fenmoor and Coast Lifeboat Trust"),
    # speakers._people_before: "they" after plural people made a subject, not the body named last
    "they_after_plural_people": (
        "The Harbour Authority said on Monday that it would back the harbour bill.\n\n"
        "Opponents of the harbour plan are blunter still. They say the assembly should reject the harbour bill outright.",
        "the assembly should reject the harbour bill outright", "Opponents of the harbour plan"),
}

# Named nowhere else, a bare word for a body was an unnamed source until session 21's decision: now the article's own
# described body of that word (roleholders.bare_body; test_speakers_described_sources.py).
DESCRIBED = {
    "a_bare_committee": (
        "The harbour bill comes before the assembly on Thursday.\n\n"
        "The committee said on Monday that the assembly should pass the harbour bill without delay.",
        "the assembly should pass the harbour bill", "committee"),
    # a body described with another head word is no answer for this one: "the union", not the port authority
    "another_bodys_words": (
        "The Wendlow port authority published its figures on Monday.\n\n"
        "The union said the assembly should pass the harbour bill before the summer.",
        "the assembly should pass the harbour bill", "union"),
}

UNNAMED = {
    # speakers.phrase_actor: the writer's "we" outside quotation marks is not the body named just before
    "the_writers_we": (
        "The Harbour Workers' Union said on Monday that it would back the harbour bill.\n\n"
        "We asked the union's members whether the assembly should pass the harbour bill before the summer.",
        "whether the assembly should pass the harbour bill"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session20(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


@pytest.mark.parametrize("case", DESCRIBED)
def test_speakers_session20_described(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = DESCRIBED[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


@pytest.mark.parametrize("case", UNNAMED)
def test_speakers_session20_unnamed(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words = UNNAMED[case]
    assert speaker_name(run(text, question=QUESTION), words) is None


def test_a_name_that_titles_a_person_is_a_body() -> None:
    """mentions._titles_a_person: "<Name> chief executive <Name>": the first is the body the role is of (the tagger
    called it a person), for the kind vote (kinds.py: "BODY"); not a person's name before a role ("Imelda Tamsett
    spokesman X")."""
    from stancemap.extract.mentions import find_mentions
    from stancemap.parse import load_nlp

    nlp = load_nlp()
    doc = nlp("On the eve of the harbour bill's second reading, Carrowgate Water chief executive Helena Abara-Kent took our "
              "questions by telephone.")
    labels = {m.text: m.label for m in find_mentions("d", doc)}
    assert labels["Carrowgate Water"] == "BODY"
    doc = nlp("Imelda Tamsett spokesman Brian Tesselby said the campaign would not comment.")
    assert all(m.label != "BODY" for m in find_mentions("d", doc))


def test_the_writers_question_to_an_apposition() -> None:
    """pronouns.main_object: "We asked the council boss, X, where he stands": X, the apposition of the writer's object, is
    whom the next "he said" answers for (rule 5 of pronouns.py)."""
    from stancemap.extract.mentions import find_mentions
    from stancemap.extract.pronouns import main_object
    from stancemap.parse import load_nlp

    doc = load_nlp()("We asked the council boss, Martin Pellory, where he stands.")
    mention = next(m for m in find_mentions("d", doc) if m.text == "Martin Pellory")
    assert main_object(doc, mention)


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Northwind Freight, a carrier on the quay, said the assembly should pass the harbour bill.", "organization",
                 marks=pytest.mark.xfail(strict=True, raises=AssertionError,
                     reason="mentions.person_apposition takes any WordNet noun.person "
                 "apposition, and firms' trades are filed so ('a carrier', 'an insurer', 'an investor'); asking for a "
                 "given name or 'at' cost a person on DEVELOP (q_phaseout: a union secretary whose first name is "
                 "no known given name became an organisation): review s20")),
    ("Oddny Varecka, a political scientist at Drennow University, said the assembly should pass the harbour bill.",
     "person"),
])
def test_a_firm_described_by_its_trade(run, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """mentions.person_apposition: a trade a firm may have ("a carrier", "an insurer") should make no person of a firm's
    name (review s20: s20-attrib types "Northwind Freight" a person, a782aa2 an organisation); a scientist at a
    university is one."""
    analysis = run("The harbour bill comes before the assembly on Thursday.\n\n" + text, question=QUESTION)
    actor = analysis.actor(statement_with(analysis, "should pass the harbour bill").speaker)
    assert actor is not None and actor.kind == kind, actor
