"""A question preferring one option to an alternative named after "rather than", "instead of", "versus" or a verb of
choosing's "over" (judge/alternative.py, terms.alternative_options): support for or praise of the alternative alone
leans against the question. Invented questions and sentences, the learned layer off (issue 9, session 34)."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import alternative_options, words_of

from .conftest import statement_with

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Harrowby on Tuesday.\n\n"
STAFF = "Are Palvo's couriers staff rather than freelance contractors?"
SITE = "Should the new clinic be built at Ormsby rather than at Gellan Quay?"
FUND = "Should the council fund a library instead of a skate park?"
ROUTE = "Should the board choose the coastal line over the inland line?"


def _options(question: str) -> tuple[frozenset[str], frozenset[str]]:
    prop = parse_proposition(question)
    return alternative_options(prop.preferred, prop.alternative, words_of(prop.subject))


def test_the_options_of_an_alternative() -> None:
    assert _options(STAFF) == (frozenset({"freelance", "contractor", "contractors"}), frozenset({"staff"}))
    assert _options(SITE) == (frozenset({"gellan", "quay"}), frozenset({"ormsby"}))
    assert _options(FUND) == (frozenset({"skate", "park"}), frozenset({"library"}))
    # the words both options share name neither
    assert _options(ROUTE) == (frozenset({"inland"}), frozenset({"coastal"}))


def test_over_only_after_a_verb_of_choosing() -> None:
    assert _options("Will the minister resign over the ferry contracts?") == (frozenset(), frozenset())
    assert _options("Does Tellan need a second bridge over the river?") == (frozenset(), frozenset())


def test_a_stem_shared_with_the_preferred_option_names_it() -> None:
    # "self-employed" against "employees": "employed" names the preferred option as much as the alternative
    assert alternative_options("employees", "self-employed contractors", set()) == (
        frozenset({"self", "contractor", "contractors"}), frozenset({"employee", "employees"}))


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # support for the alternative alone (polarity.py via comparison.rival_named): red before (read as support)
    (FUND, "Vord said her party would back the skate park in the vote.", "would back", "oppose"),
    # praise of the alternative alone (evaluative.py): red before
    (SITE, "Vord said Gellan Quay was an excellent choice for the clinic.", "excellent choice", "oppose"),
    # the preferred option supported, or both named: read as before
    (FUND, "Vord said her party would back the library in the vote.", "would back", "support"),
    (FUND, "Vord said her party would back the library, not the skate park.", "would back", "support"),
])
def test_the_alternative(run, monkeypatch: pytest.MonkeyPatch, question: str, text: str, words: str,
                         stance: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
