"""A comparison's other option (judge/comparison.py, terms.comparison): under "Is A better than B?" praise of B, support
for B and the question's comparative said of B lean against A; a clause naming A, or both, is read as before. Invented
questions and sentences, the learned layer off (issue 9, session 29)."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import comparison, rival_words

from .conftest import statement_with

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Harrowby on Tuesday.\n\n"
VALUE = "Is the Lormont cable car better value than the river bus service?"
CHEAPER = "Are heat pumps cheaper to run than gas boilers for Tellan households?"


def _options(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The options as the judge reads them: from the question's parse (Proposition.compared_with)."""
    prop = parse_proposition(question)
    return comparison(prop.compared_with, prop.subject)


def _rival(question: str, subject_words: set[str]) -> frozenset[str]:
    return rival_words(parse_proposition(question).compared_with, subject_words)


def test_the_options_of_a_comparison() -> None:
    assert _options(VALUE) == (frozenset({"river", "bus", "service"}),
                                                          frozenset({"lormont", "cable", "car"}))
    assert _options(CHEAPER) == (frozenset({"gas", "boiler", "boilers"}),
                                                 frozenset({"heat", "pump", "pumps"}))
    # "than diesel ones": the pro-form names nothing, and the subject's head is shared with it
    assert _options("Are electric vans cheaper than diesel ones?") == (frozenset({"diesel"}), frozenset({"electric"}))
    assert _rival("Will unemployment rise to more than 5 percent?", set()) == frozenset()  # a figure
    assert _rival("Should Tellan build a tram rather than widen the road?", {"tellan"}) == frozenset()
    assert _rival("Will the council approve the budget?", set()) == frozenset()


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # praise of the other option (evaluative.py): red before (read as support)
    (VALUE, "Vord said the river bus service was excellent value for the town.", "excellent value", "oppose"),
    # support for the other option (polarity.py): red before
    (VALUE, "Vord said her party would back the river bus service in the vote.", "would back", "oppose"),
    # the question's comparative said of the other option: red before
    (CHEAPER, "Vord said gas boilers remained the cheaper option for most households.", "cheaper option", "oppose"),
    # the question's own option praised, and a clause naming both: read as before
    (VALUE, "Vord said the cable car was excellent value for the town.", "excellent value", "support"),
    (CHEAPER, "Vord said heat pumps were the cheaper option for most households.", "cheaper option", "support"),
    (VALUE, "Vord said the cable car, unlike the river bus service, was excellent value.", "excellent value", "support"),
    (VALUE, "Vord said her party would back the cable car over the river bus service.", "would back", "support"),
    # the statement's own comparison: the option after its "than" is the one beaten, not the one praised
    (VALUE, "Vord said a fixed line was far better value than the river bus service.", "better value", "support"),
    # "against" the other option measures against it; a verb refusing it is read the other way
    (VALUE, "Vord said her party had rejected the river bus service at the vote.", "rejected", "support"),
])
def test_the_other_option(run, monkeypatch: pytest.MonkeyPatch, question: str, text: str, words: str,
                          stance: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


FORTY = "Will the Workers' Front win more than forty seats in the Assembly of Rhenmark?"


def test_an_amount_compares_no_options() -> None:
    # "than" after "more", "less", "fewer", before a number in words, an expectation or a time: an amount or a degree
    # measured, no other option (questions3.jsonl's "more than forty seats" gave rival {forty, seats})
    assert _rival(FORTY, {"workers", "front"}) == frozenset()
    assert _rival("Will the party win more than a third of the vote?", {"party"}) == frozenset()
    assert _rival("Will the deficit be larger than expected?", {"deficit"}) == frozenset()
    assert _rival("Will turnout be higher than last year?", {"turnout"}) == frozenset()
    assert _rival("Will the strike last longer than a week?", {"strike"}) == frozenset()
    assert _rival("Will the new tax raise twenty times what the levy did, rather than ten?", set()) == frozenset()
    # more of a thing than another option is still two options
    assert _rival("Will the Front win more seats than the Liberal Union?", {"front"}) >= {"liberal", "union"}


def test_an_amount_flips_nothing(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # Before (s29-stance 7c53978a): "gain" read as support for the other option "seats" and counted against: oppose.
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    statement = statement_with(run(INTRO + "Vord said the Front would gain seats in every region.", question=FORTY),
                               "gain seats")
    assert statement.stance == "support", statement.stance_evidence


HOSPITAL = "Is Brackwell the best place to build the new county hospital?"


def test_no_better_place_is_praise(run) -> None:  # type: ignore[no-untyped-def]
    """"There is no finer site for it": "no" with a comparative of praise on its noun says the place meant is the
    best, it negates nothing (negation_forms.emphatic, read by negation.negated); with a "than" it names another place
    and stays a negation."""
    intro = "Alderman Tove Rask of the Harbour Party spoke in Brackwell on Tuesday.\n\n"
    praised = statement_with(run(intro + 'Rask said: "The land is ours already. You will find no finer site for a '
                                 'hospital anywhere."', question=HOSPITAL), "no finer site")
    assert praised.stance == "support", praised.stance_evidence
    other = statement_with(run(intro + 'Rask said: "There is no better place to build it than Ostley."', question=HOSPITAL),
                           "than Ostley")
    assert other.stance != "support", other.stance_evidence
