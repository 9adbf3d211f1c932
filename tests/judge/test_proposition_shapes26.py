"""Question shapes of session 26 (the open set's remaining misses and the known bugs of session 25), pinned on
invented questions: an irregular comparative read under its adjective."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "verb", "event", "opposite"), [
    # the tagger's lemma of "better" is the adverb's "well" ("be well": healthy); WordNet's exception list files it
    # under "good"
    ("Are trams better than buses for the Oskvale suburbs?", "be good", "good", "bad"),
    ("Is the Haddon plan worse than doing nothing?", "be bad", "bad", "good"),
    # a regular comparative keeps the tagger's lemma
    ("Are heat pumps cheaper to run than oil boilers in Lowick?", "be cheap", "cheap", "expensive"),
])
def test_an_irregular_comparative_is_read_under_its_adjective(question: str, verb: str, event: str,
                                                              opposite: str) -> None:
    prop = parse_proposition(question)
    assert prop.verb == verb and prop.predicate == "be"
    assert event in prop.event and opposite in prop.opposites
    assert "well" not in prop.event
