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
    ("Marsh was similarly defensive when forced to explain not paying a builder who said he was cheated "
     "after he built a pier at one of her harbors, saying, \"Maybe he did not do good work, and I was not "
     "happy with his pier.\"", "Maybe he did not do good work", "Lea Marsh"),
    # the object of a verb of blame or praise does what "for ...ing" says
    ("On Thursday, the committee held Ivo Brandt in contempt of parliament for refusing to show up to a "
     "hearing despite a summons.", "to show up to a hearing", "Ivo Brandt"),
    ("On Wednesday, Ivo Brandt thanked Marsh on the radio for backing his plan to widen the harbor.",
     "his plan to widen the harbor", "Lea Marsh"),
    # an inverted cue the tagger ran into the name: the name speaks, without the verb
    ("If anything, experts say her plans to raise port fees would make trade harder. Said Ivo Brandt: "
     "\"I do not get the sense she is the least bit interested in the pact.\"", "least bit interested",
     "Ivo Brandt"),
    # ... or the parse made it part of the name ("Said" a compound of the name, the name the root)
    ("What is more, Marsh has largely ignored the issue of fee reform. If anything, experts say her plans to raise "
     "a host of fees on the rich and give several targeted breaks to the middle class would make the code more "
     "complicated. Said Ellery: \u201cI don\u2019t get the sense she\u2019s the least bit interested in fee "
     "reform.\u201d", "least bit interested in fee", "Ellery"),
])
def test_speakers_participles(run, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(INTRO + text), words) == speaker


def test_speakers_participles_knowing_on_a_thing(run) -> None:  # type: ignore[no-untyped-def]
    """"who has come out the other side knowing that ...": a mind's state on a verb's object that is
    no person is the relative clause's; the mention runs through "who", as for "B, who said"."""
    analysis = run(INTRO + "I think of a friend who spent many years learning how to live, and who has come out "
                           "the other side knowing that patience and care are the only way forward.")
    assert statement_with(analysis, "patience and care").speaker_mention == "who"


def test_speakers_participles_on_people_stay_theirs(run) -> None:  # type: ignore[no-untyped-def]
    """A participle on a verb's object that names people is theirs, or no statement, never the
    subject's ("had a wide array of painters making pictures of her"; "lawsuits seeking ...")."""
    analysis = run(INTRO + "While Marsh had a wide array of young painters making pictures of her, that has not "
                           "been happening for Brandt. Several judges handling lawsuits seeking information about "
                           "the harbor deal have cited the vote.")
    for words in ("pictures of her", "information about the harbor deal"):
        found = [s for s in analysis.statements if words in s.content]
        assert all(analysis.actor(s.speaker) is None or analysis.actor(s.speaker).name != "Lea Marsh" for s in found)
        assert all(s.speaker_mention not in {"Marsh", "Several judges"} for s in found)


def test_speakers_participles_blame_inside_a_vote(run) -> None:  # type: ignore[no-untyped-def]
    """"voted to hold B in contempt for refusing ...": the whole is what the panel voted, one statement."""
    analysis = run(INTRO + "A parliament panel voted Thursday to hold Ivo Brandt, a former aide to Marsh, in "
                           "contempt of parliament for refusing to testify about the harbor deal.")
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
    ("Marsh is a keen climber. She released a letter from her doctor Friday afternoon that says she has "
     "\"very good health\" for a 63-year-old.", "very good health", "Lea Marsh"),
])
def test_speakers_participles_misparsed_clauses(run, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(INTRO + text), words) == speaker


def test_speakers_participles_issuer_mention(run) -> None:  # type: ignore[no-untyped-def]
    """The issuer's mention is the issuer's words, not a span running to the relative pronoun."""
    analysis = run(INTRO + "Marsh is a keen climber. She released a letter from her doctor Friday afternoon that says "
                           "she has \"very good health\" for a 63-year-old.")
    assert statement_with(analysis, "very good health").speaker_mention == "She"
