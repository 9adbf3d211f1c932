"""Speakers (issue 10, session 23): whom "he" or "she" names when the person was written in a way the rules did not
take up: a name glued to the body before it, a surname whose full name is only in the title, a role description as the
last subject, a pronoun the paragraph used before in the same sentence, a surname the parse read as an adverb. Written
sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name

QUESTION = "Will the council approve the ring road plan?"

CASES = {
    # pronouns._resolve rule 3: a "he" earlier in the pronoun's own sentence ("Asked how he would vote") is no "he" the
    # paragraph went on about before it; and mentions._split_possessor: "Brackley's Declan Furrow" tagged one body
    "asked_how_he_would_vote": (
        "The council votes on the ring road plan tonight.\n\n"
        "The quarry owners' spokesman, Idris Malkov, is with the protesters. \"Our trucks need that road,\" he said.\n\n"
        "Dozens of cyclists rode slowly round the square in protest at the plan.\n\n"
        "First to arrive is Brackley's Declan Furrow. Asked how he would vote, he said: \"My answer is the "
        "same as in June.\"",
        "My answer is the same", "Declan Furrow"),
    # pronouns._resolve's person: a lone surname the tagger calls a person, its full name only in the title
    "a_surname_whose_full_name_is_in_the_title": (
        "Will Renata Sollmark stand trial over the ring road contracts?\n\n"
        "Prosecutors want the former minister's immunity lifted.\n\n"
        "Elif Maroni, who leads the Clean Roads group, wants more than that. \"The contractors belong in the dock "
        "too,\" she said.\n\n"
        "How has Sollmark answered?\n\n"
        "Briefly. In a note to reporters in May, she described herself as \"the victim of a road nobody wanted to pay "
        "for\".",
        "the victim of a road", "Sollmark"),
    # pronouns._role_subject: "the commissioner" made the subject after the running speaker last spoke, whose holder
    # the article titles so
    "a_role_described_then_she": (
        "The council votes on the ring road plan tonight.\n\n"
        "Roads Commissioner Miriam Okafor-Hale told the committee the scheme was sound.\n\n"
        "The chair, Celia Marsh, spoke next. She says she would support the plan only if the bus lane stays, and asks "
        "whether the office could promise that.\n\n"
        "Asked about a cheaper tunnel, the commissioner was unmoved. She says a tunnel would do only if buses could "
        "use it as well.",
        "a tunnel would do only if", "Miriam Okafor-Hale"),
    # mentions._role_before: a role written before the name, in apposition ("The roads commissioner, X, is ..."), is her
    # title, which the role subject above then finds
    "a_role_before_the_name": (
        "The council votes on the ring road plan tonight.\n\n"
        "The roads commissioner, Miriam Okafor-Hale, is now giving evidence to the committee.\n\n"
        "The chair, Celia Marsh, spoke next. She says she would support the plan only if the bus lane stays.\n\n"
        "Asked about a cheaper tunnel, the commissioner was unmoved. She says a tunnel would do only if buses could "
        "use it as well.",
        "a tunnel would do only if", "Miriam Okafor-Hale"),
    # pronouns._the_one_asked: "X asked the minister why ... He replied": the minister the article titles so
    "he_replied_to_the_question": (
        "Transport Minister Teodor Varnsk faced an angry meeting in Northgate on Friday.\n\n"
        "Local party chairman Olaf Brennet praised the minister's record. \"Nobody has worked harder for Northgate,\" "
        "he said.\n\n"
        "A student, Pia Lund, asked the minister why the bypass had cost twice its budget. He replied that the "
        "builders had \"badly misjudged the clay\" and promised an audit.",
        "badly misjudged the clay", "Teodor Varnsk"),
    # speakers._reporting_plural: "they" of a reported clause is the plural that reports it in the same sentence, not the
    # people of the sentence before
    "they_of_the_reporting_subject": (
        "The council will vote on the ring road plan on Monday.\n\n"
        "Harbour officials said they hoped the road would bring new jobs.\n\n"
        "Ministry officials said they hoped the tunnel would open in May.",
        "the tunnel would open", "Ministry officials"),
    # authors._earlier_author: "the statement said" after a sentence whose speaker spoke in a statement, or issued one
    "the_statement_said": (
        "The council will vote on the ring road plan on Monday.\n\n"
        "Harwell Roads' chief executive, Daniel Ashbury-Pryce, said in a statement that the firm would appeal. \"We "
        "have built four bridges for this county and never missed a deadline,\" the statement said.",
        "never missed a deadline", "Daniel Ashbury-Pryce"),
    "the_statement_issued": (
        "The council will vote on the ring road plan on Monday.\n\n"
        "Finance Minister Otto Brandell released a statement an hour ago. He now says the treasury could find the "
        "money. \"Every payment will be audited twice,\" the statement says.",
        "Every payment will be audited", "Otto Brandell"),
    # names._misparsed_surname: a known given name and a surname the parse reads as an adverb
    "a_surname_parsed_as_an_adverb": (
        "The council votes on the ring road plan tonight.\n\n"
        "Karl Ostmann has confirmed the Green Party's five councillors will vote against. \"We offered the mayor a "
        "deal,\" he said.\n\n"
        "Mikkel Torvund, the Progress Alliance leader, has opened the debate. \"The ring road is a mistake,\" he "
        "told councillors.",
        "The ring road is a mistake", "Mikkel Torvund"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session23(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


def test_they_of_bare_officials_stays_unnamed(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._reporting_plural: the reporting's anonymous "officials" stay unnamed for their "they" too."""
    text = ("The council will vote on the ring road plan on Monday.\n\n"
            "Senior engineers said they feared the bridge would not last twenty years.\n\n"
            "Officials said they hoped the road would bring new jobs.")
    assert speaker_name(run(text, question=QUESTION), "the road would bring new jobs") is None
