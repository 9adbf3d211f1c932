"""Issue 10, session 10: who a participle, an inverted cue or a blamed object speaks for (written
sentences, fictional people). Each case is one of the real errors read on PolNeAR dev, rewritten
with other words; each was red on the code before."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a participle after a comma that the parse hung on a restrictive relative clause before it: the
    # subject of the clause the relative clause's noun stands in, not the noun
    ("Marsh was just as guarded when pressed to explain not paying a mason who said he was cheated "
     "after he built a wall at one of her farms, saying, \"Perhaps his work was poor, and I was not "
     "pleased with his wall.\"", "Perhaps his work was poor", "Lea Marsh"),
    # the object of a verb of blame or praise does what "for ...ing" says
    ("On Thursday, the tribunal held Ivo Brandt in contempt of court for refusing to appear at an inquiry "
     "despite an order.", "to appear at an inquiry", "Ivo Brandt"),
    ("On Wednesday, Ivo Brandt thanked Marsh on the radio for backing his plan to widen the harbor.",
     "his plan to widen the harbor", "Lea Marsh"),
    # an inverted cue the tagger ran into the name: the name speaks, without the verb
    ("Besides, analysts think her scheme to lift dock charges would slow shipping. Said Ivo Brandt: "
     "\"I do not think she cares one bit about the pact.\"", "cares one bit",
     "Ivo Brandt"),
    # ... or the parse made it part of the name ("Said" a compound of the name, the name the root)
    ("Besides, Marsh has mostly skipped the subject of port rules. Analysts think her scheme to add a range "
     "of levies on big shippers and grant a few narrow rebates to small boats would make the rules more "
     "complex. Said Ellery: \u201cI don\u2019t think she cares one bit about the port "
     "rules.\u201d", "cares one bit about the port", "Ellery"),
])
def test_speakers_participles(run, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(INTRO + text), words) == speaker


def test_speakers_participles_knowing_on_a_thing(run) -> None:  # type: ignore[no-untyped-def]
    """"who has reached the far shore knowing that ...": a mind's state on a verb's object that is
    no person is the relative clause's; the mention runs through "who", as for "B, who said"."""
    analysis = run(INTRO + "I think of a cousin who spent a decade rebuilding her farm, and who has reached "
                           "the far shore knowing that thrift and patience are the only path ahead.")
    assert statement_with(analysis, "thrift and patience").speaker_mention == "who"


def test_speakers_participles_on_people_stay_theirs(run) -> None:  # type: ignore[no-untyped-def]
    """A participle on a verb's object that names people is theirs, or no statement, never the
    subject's ("had a crowd of painters making pictures of her"; "suits seeking ...")."""
    analysis = run(INTRO + "While Marsh had a large crowd of young painters making pictures of her, that is not "
                           "the case for Brandt. Several courts hearing suits seeking records about "
                           "the harbor deal have cited the vote.")
    for words in ("pictures of her", "records about the harbor deal"):
        found = [s for s in analysis.statements if words in s.content]
        assert all(analysis.actor(s.speaker) is None or analysis.actor(s.speaker).name != "Lea Marsh" for s in found)
        assert all(s.speaker_mention not in {"Marsh", "Several courts"} for s in found)


def test_speakers_participles_blame_inside_a_vote(run) -> None:  # type: ignore[no-untyped-def]
    """"voted to hold B in contempt for refusing ...": the whole is what the panel voted, one statement."""
    analysis = run(INTRO + "A parliament panel voted Thursday to hold Ivo Brandt, a former aide to Marsh, in "
                           "contempt for declining to give evidence on the harbor deal.")
    assert statement_with(analysis, "to hold Ivo Brandt").speaker_mention == "A parliament panel"


def test_speakers_participles_a_signed_quotation(run) -> None:  # type: ignore[no-untyped-def]
    """`"..." ― Ana Huerta.`: the signer's name does not begin with the dash that signs."""
    analysis = run("Voters in Osterland told us what they think of the pact.\n\n\u201cMarsh relies on slogans when it "
                   "comes to the harbor. Therefore, it might be in her interest to stop.\u201d \u2015 Ana Huerta.\n\n"
                   "\u201cShe is trying to divide our towns.\u201d \u2015 Carl Ruiz")
    assert speaker_name(analysis, "relies on slogans") == "Ana Huerta"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a subordinator the parse read as a preposition, the clause's verb made a conjunct with no "and"
    ("Marsh has been targeting Vilks since Brandt, at Monday's debate, cited harsh comments Marsh had made "
     "about Vilks after she lost the vote.", "harsh comments", "Brandt"),
    # a letter or statement someone issued, with a relative clause of saying: the issuer's
    ("Marsh is a keen climber. She released a letter from her physician Tuesday morning that says she has "
     "\"superb fitness\" for a 70-year-old.", "superb fitness", "Lea Marsh"),
])
def test_speakers_participles_misparsed_clauses(run, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(INTRO + text), words) == speaker


def test_speakers_participles_issuer_mention(run) -> None:  # type: ignore[no-untyped-def]
    """The issuer's mention is the issuer's words, not a span running to the relative pronoun."""
    analysis = run(INTRO + "Marsh is a keen climber. She released a letter from her physician Tuesday morning that "
                           "says she has \"superb fitness\" for a 70-year-old.")
    assert statement_with(analysis, "superb fitness").speaker_mention == "She"
