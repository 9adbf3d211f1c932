"""Issue 10, session 6: speakers the parse hides or misleads (written sentences, fictional people).
Each case is one of the real errors read on PolNeAR dev, rewritten with other words."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a relative clause on a description of a named person: the person, not a name inside the description
    ("Also questioned was Nora Vilks, a Marsh campaign aide-turned-lawyer who made the final determination on "
     "how to sort the files.", "how to sort the files", "Nora Vilks"),
    # a relative clause on the complement of a copula: its subject
    ("Tomas Berg is a former trade lawyer who is a fierce opponent of the harbor tax.", "the harbor tax",
     "Tomas Berg"),
    # a cue set in a sentence by commas, the parse taking the name before the commas for its subject
    ("To understand the old Harbor Pact, Judge Anton Kell said, one should read the first treaty.",
     "one should read the first treaty", "Anton Kell"),
    # a participle on a statement issued by someone
    ("After a short meeting, the Osterland Senate issued a statement calling the vote a clear breach of "
     "the treaty.", "the vote a clear breach", "Osterland Senate"),
    # a participle complementing a verb with an object: the person the footage is of
    ("The new advert uses footage of Lea Marsh asking, \"Why should we wait for the others?\"",
     "Why should we wait", "Lea Marsh"),
])
def test_speakers_fixes(run, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    assert speaker_name(analysis, words) == speaker


def test_speakers_fixes_relative_pronoun_in_the_mention(run) -> None:  # type: ignore[no-untyped-def]
    """The mention runs through the relative pronoun that is the clause's subject ("X, ... who")."""
    analysis = run(INTRO + "Also questioned was Nora Vilks, a Marsh campaign aide-turned-lawyer who made the final "
                           "determination on how to sort the files.")
    assert statement_with(analysis, "how to sort the files").speaker_mention.endswith("who")


def test_speakers_fixes_a_pronoun_beside_a_news_conference(run) -> None:  # type: ignore[no-untyped-def]
    """"she said at a news conference announcing that ...": the announcement is hers."""
    analysis = run(INTRO + "\"We will get there,\" Marsh said at a news conference announcing that her ministry "
                           "was suing the port authority over its new tariff.")
    assert speaker_name(analysis, "was suing the port authority") == "Lea Marsh"


def test_speakers_fixes_one_of_the_people_who(run) -> None:  # type: ignore[no-untyped-def]
    """"One of the doctors who sent the letter called X a quack": the parse hangs the cue on the
    relative clause's object; the speaker is "One of the doctors"."""
    analysis = run(INTRO + "One of the doctors who sent the letter called Marsh a liar, fraud and coward.")
    found = [s for s in analysis.statements if "a liar" in s.content]
    assert all(s.speaker_mention != "the letter" for s in found)


def test_speakers_fixes_the_head_name_speaks(run) -> None:  # type: ignore[no-untyped-def]
    """"Marsh spokesman Piet Anders said ...": the spokesman speaks, affiliated, not Marsh."""
    analysis = run(INTRO + "Marsh spokesman Piet Anders said on Friday that the ministry would sign the pact "
                           "if it came to a vote.")
    assert speaker_name(analysis, "the ministry would sign the pact") == "Piet Anders"


@pytest.mark.parametrize(("text", "words"), [
    ("Piet Anders said many of the projects that critics point to as harbor waste had created hundreds of jobs.",
     "had created hundreds of jobs"),
    ("Marsh knows there are voters in every district who think the pact is a trap.", "the pact is a trap"),
])
def test_speakers_fixes_a_restrictive_relative_clause_goes_on(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """A relative clause without a comma describes a noun of the content, even with a verb of
    saying or believing in it: the content runs on through it."""
    analysis = run(INTRO + text)
    assert any(words in s.content and s.content.split()[0] in {"many", "there"} for s in analysis.statements), \
        [s.content for s in analysis.statements]


def test_speakers_fixes_a_comma_relative_clause_is_its_own_report(run) -> None:  # type: ignore[no-untyped-def]
    """"X endorsed Y, who says he is honored": Y's words are a statement of their own."""
    analysis = run(INTRO + "Tomas Berg endorsed Piet Anders, who says he is honored by the support.")
    assert speaker_name(analysis, "he is honored") == "Piet Anders"
    assert all("honored" not in s.content for s in analysis.statements if s.cue.startswith("endorse"))


def test_speakers_fixes_a_cue_closing_a_reported_clause_with_its_own_cue(run) -> None:  # type: ignore[no-untyped-def]
    """"Marsh said she felt the pact was worth a look because "few know it," she said": Marsh's
    cue reports the clause; the closing "she said" adds no statement of the whole sentence."""
    analysis = run(INTRO + "Marsh said she felt the pact was worth a second look because \"few people know what "
                           "it says,\" she said.")
    found = statement_with(analysis, "the pact was worth a second look")
    assert not found.content.startswith("Marsh said") and speaker_name(analysis, "worth a second look") == "Lea Marsh"


def test_speakers_fixes_a_quoted_condition_stays_in_the_content(run) -> None:  # type: ignore[no-untyped-def]
    """'said she expected a yes "unless A"': a condition opening a quotation is the speaker's words."""
    analysis = run(INTRO + "Marsh said she expected a clear yes \"unless the northern towns turn out in force and "
                           "everyone else stays at home\".")
    assert "unless the northern towns" in statement_with(analysis, "she expected a clear yes").content


def test_speakers_fixes_a_passive_clause_before_its_cue(run) -> None:  # type: ignore[no-untyped-def]
    """"Osterland could be admitted on condition that ..., the diplomat said": the closing cue reports
    the passive clause (a verb of saying in the passive is no cue of its own)."""
    analysis = run(INTRO + "Another diplomat said the mood was better than the paper suggested. Osterland could be "
                           "admitted on condition that it accepts a seven-year transition, the diplomat said.")
    assert statement_with(analysis, "could be admitted on condition").cue == "said"


def test_speakers_fixes_an_aside_after_a_comma_is_its_own_report(run) -> None:  # type: ignore[no-untyped-def]
    """"said the bridge will stay shut until X, work she does not expect to finish before spring": the
    relative clause on a noun added after a comma is a report of its own, not the content's."""
    analysis = run(INTRO + "Marsh has said the bridge will stay shut until its pier is rebuilt, work she does not "
                           "expect to finish before spring.")
    assert "before spring" not in statement_with(analysis, "the bridge will stay shut").content
