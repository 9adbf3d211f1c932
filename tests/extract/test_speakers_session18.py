"""Speakers on articles never seen (issue 10, session 18): a person's name the tagger labelled a place or a product
where it speaks, a description named by a name between commas, an honorific and a given name of one surname, a
pronoun after a quotation introduced by a label or by a clause closed with a colon, or after a paragraph about its
person. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name

QUESTION = "Will the assembly pass the harbour bill?"

CASES = {
    # names.missed_names / _speaking_pair: "Tomas Ferreol" tagged a place, "Rufus Tallis" a body and a product
    "a_name_the_tagger_mislabelled": (
        "The harbour bill goes to a vote on Thursday. Anna Brekk, the committee chair, said the vote would be close.\n\n"
        "Tomas Ferreol, a committee member from the ruling Moderate Union party, took a softer line. He "
        "said a written reply might be a fair first move before the vote.",
        "a written reply might be a fair first move", "Tomas Ferreol"),
    "a_name_the_tagger_split": (
        "Staff at the Quarnby depot vote on the harbour bill's pay clause this week. Greta Sandvold said the choice was "
        "for the staff to make.\n\n"
        "Rufus Tallis, the depot's operations director, wrote to staff that the clause would cost jobs. He "
        "said he expected most of them to vote no.",
        "he expected most of them to vote no", "Rufus Tallis"),
    # clauses.appositive_name: the commas hang on the apposition; a description of the person named after it
    "a_body_named_between_commas": (
        "The harbour bill was debated again on Monday.\n\n"
        "The union representing harbour pilots, the HPU, says it cannot support the bill without a pension guarantee.",
        "it cannot support the bill without a pension guarantee", "HPU"),
    "a_description_named_between_commas": (
        "The harbour bill was debated again on Monday. Most boat owners oppose it.\n\n"
        "A third owner, former ferry pilot Ivo Saltrem, said he had gone through the bill line by line and would back it.",
        "he had gone through the bill line by line", "Ivo Saltrem"),
    # pronouns.resolve_pronoun rule 3: the sentences before the pronoun's own, after a label's quotation
    "a_label_then_she_added": (
        "The harbour bill goes to a vote today.\n\n"
        "Pilots' counsel Marta Olsen, arriving at the assembly: \"We have made our case. This bill cannot stand.\"\n\n"
        "Harbour Minister Vesna Tollar on breakfast radio: \"I expect the assembly to pass the bill.\" She added that "
        "the cabinet \"will abide by the result, whatever it is\".",
        "will abide by the result", "Vesna Tollar"),
    # direct._introduces: a person's clause closed by a colon announces the quotation; "he" after it is that person
    "a_clause_announcing_a_quotation": (
        "The harbour bill goes to a vote today. Defence Minister Oleks Varandi said on Monday that the navy backed it.\n\n"
        "Timing and the money. Henrik Oddvar-Lunde, director of the Kessmark Institute, sees it like this: \"Last "
        "spring I thought the bill was a dream. Today I think its odds are good.\"\n\n"
        "The harder part, he argues, starts after the vote, when someone has to pay.",
        "The harder part", "Henrik Oddvar-Lunde"),
    # pronouns.resolve_pronoun rule 3b: a paragraph naming nobody after one that made someone its subject
    "she_says_after_a_paragraph_about_her": (
        "Mayor Ingrid Sollen said on Monday that the harbour bill would pass before the summer.\n\n"
        "Elsa Tarnqvist keeps her son's postcards in a biscuit tin by the window. There are nine of them, one for "
        "each month since the court refused his appeal.\n\n"
        "\"They jailed the only pilot who spoke up,\" she says. \"The assembly must pass the harbour bill.\"",
        "They jailed the only pilot", "Elsa Tarnqvist"),
    # roleholders.named_company: no firm within two sentences, the firm the article made a subject first
    "the_company_the_article_is_about": (
        "Halden Freight offered its drivers a 3 per cent rise on Monday and said the harbour bill would cost it dearly."
        "\n\nThe Port Drivers' Union called the offer an insult. Its members vote next week. Turnout is expected to be "
        "high, and the ballot closes on Friday.\n\n"
        "The company says the weekend bonus dates from 2009, when weekend shifts were few.",
        "the weekend bonus dates from 2009", "Halden Freight"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session18(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


def test_an_honorific_and_a_given_name_are_one_person(run) -> None:  # type: ignore[no-untyped-def]
    # actors._person_key / same_name.titled_surname: "Ms MacCarrick" is "Oona MacCarrick"
    analysis = run("Polling day is Sunday. Mayor Lucian Pelgrave faces the Harbour League's Oona MacTavert, a former dock "
                   "engineer.\n\nOpening her campaign, Ms MacTavert said the mayor no longer understood the harbour "
                   "and would not pass the harbour bill.", question=QUESTION)
    assert speaker_name(analysis, "the mayor no longer understood") == "Oona MacTavert"
