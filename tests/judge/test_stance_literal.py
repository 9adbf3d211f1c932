"""A stance word in a plain sense that takes no side (issue 9, session 34; judge/literal.py): "open" done to a thing
("couriers open the app between jobs", "opened a review of the accounts") is no openness to the question's act.
Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
STAFF = "Are Quillo's couriers employees of the company?"
BLAME = "Is the Tarvo water company to blame for the Denholt floods?"
MERGER = "Will the regulator approve the Tarvo merger?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # "open" done to a thing: no openness to anything.
    (STAFF, "\"Quillo's couriers open the app between school runs,\" Voss said.",
     "between school runs", "neutral"),
    (BLAME, "Voss said the regulator had opened a review of the Tarvo water company's drain records.",
     "opened a review", "neutral"),
    # Counter-examples: what "open" opens the way to, and openness to the act, keep their side.
    (MERGER, "\"The regulator should open the door to the Tarvo merger,\" Voss said.", "open the door", "support"),
    (MERGER, "Voss said the regulator was open to the Tarvo merger.", "open to", "support"),
])
def test_open_done_to_a_thing_takes_no_side(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a warning given, with nothing said of what it warns of: it tells someone, no side (literal.warns_no_one_of_anything,
    # session 41)
    ("Voss said she had warned the Tarvo merger's lawyers twice in March.", "warned the Tarvo", "neutral"),
    ("Voss said the regulator's Tarvo merger team had been warned in writing last spring.", "been warned", "neutral"),
    # counter-examples: what the warning is of, against or about, or the clause it warns
    ("Voss warned against the Tarvo merger.", "against the Tarvo merger", "oppose"),
    ("Voss said she had warned the regulator about the Tarvo merger.", "warned the regulator about", "oppose"),
])
def test_a_warning_of_nothing_said_takes_no_side(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=MERGER), words)
    assert statement.stance == stance, statement.stance_evidence
