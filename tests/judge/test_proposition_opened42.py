"""Question shapes of session 42's opened batches (issue 9), pinned on invented questions: a possibility asked with
"Might" read as "Will" and "May" are (the statement read again when the tagger misses the verb)."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import NO_VERB, parse_proposition


@pytest.mark.parametrize(("question", "subject", "predicate", "bound"), [
    ("Might Mount Kessel erupt before 2030?", "Mount Kessel", "erupt", "before 2030"),
    ("Might the Velmoor dam burst this winter?", "the Velmoor dam", "burst", "this winter"),
])
def test_might_opens_a_yes_no_question(question: str, subject: str, predicate: str, bound: str) -> None:
    # "Might" is a question word as "May" is: with the verb tagged an adverb ("erupt"), the question is read again as
    # the statement it asks about, "Mount Kessel might erupt before 2030."
    prop = parse_proposition(question)
    assert prop.reading != NO_VERB
    assert (prop.subject, prop.predicate, prop.time_bound, prop.modal) == (subject, predicate, bound, "might")
