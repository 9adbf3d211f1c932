"""Sides read the wrong way round (issue 9, session 21): what an act or the question's thing would do to something
else (judge/consequence.py), a refusal's own subject (judge/negation.py), "become" with no thing of ours
(judge/polarity.py), and a figure against a question's bound (judge/thresholds.py). Invented sentences, the learned
layer off so the rules answer.
"""

from __future__ import annotations

import pytest

from stancemap.judge.thresholds import bound_of

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
HARBOUR = "Will the council approve the harbour plan?"
LIBRARY = "Should the council close the Denholt library?"
PRICES = "Will inflation in Ardmoor fall below 4 percent by the end of the year?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # the act or its refusal as a subject, judged by a consequence no stance or valence lexicon reads
    (HARBOUR, "Voss said rejecting the harbour plan would put hundreds of jobs at risk.", "at risk", "support"),
    (HARBOUR, "Voss said refusing the harbour plan would finish the fishing fleet.", "finish the fishing", "support"),
    (HARBOUR, "Voss said approving the harbour plan would put the old quay at risk.", "at risk", "oppose"),
    (HARBOUR, "Voss said approving the harbour plan would break the town's promise to the fishermen.", "break",
     "oppose"),
    (HARBOUR, "Voss said approving the harbour plan would prevent dozens of accidents a year.", "prevent", "support"),
    # the question's thing as the subject
    (HARBOUR, "Voss said the harbour plan could prevent dozens of accidents a year.", "prevent", "support"),
    (HARBOUR, "Voss said the harbour plan would cost the town its beaches.", "cost the town", "oppose"),
    (HARBOUR, "Voss said the harbour plan would lead to chaos in the old town.", "lead to chaos", "oppose"),
    (HARBOUR, "Voss said the harbour plan would break the deadlock at the port.", "break the deadlock", "support"),
    (HARBOUR, "Voss said the harbour plan would mean no overtime pay for the dockers.", "no overtime pay", "oppose"),
    (HARBOUR, "Voss said the harbour plan would mean no more delays for the ferries.", "no more delays", "support"),
    # the other state under an act that takes its object away
    (LIBRARY, "Voss said closing the library would put the reading club at risk.", "at risk", "oppose"),
    (LIBRARY, "Voss said keeping the library open would prevent loneliness among the old.", "prevent", "oppose"),
    # counter-examples: a consequence denied, and one that is a stance word anyway
    (HARBOUR, "Voss said approving the harbour plan would not put a single job at risk.", "not put", "support"),
    (HARBOUR, "Voss said the harbour plan would threaten the river's last salmon.", "threaten", "oppose"),
])
def test_a_consequence_judges_the_act(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Voss said the harbour plan would cost 40 million euros and take three years.",  # a price
    "Voss said the harbour plan would break the record for the largest dock on the coast.",  # another sense
    "Voss said the harbour plan would finish the job the old council started.",
])
def test_no_consequence_in_these_shapes(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """Session 21's review: a price, "break the record", "finish the job" are no harm done (red before: oppose)."""
    statement = statement_with(run(INTRO + text, question=HARBOUR), "harbour plan would")
    assert not any("(a consequence)" in e for e in statement.stance_evidence), statement.stance_evidence


def test_consequences_weighed_both_ways_take_no_side(run) -> None:  # type: ignore[no-untyped-def]
    """Two consequences of opposite sign compare amounts the rules cannot read: neither is counted."""
    text = INTRO + ("Voss said a short delay to the exams costs the pupils a week of holiday; no delay costs the teachers "
                    "their marking time.")
    statement = statement_with(run(text, question="Will the ministry postpone the national exams?"), "short delay")
    assert not any("consequence" in line for line in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # "become" with nothing of ours as what is become takes no side
    (LIBRARY, "Voss said at night the library square becomes a car park.", "car park", "neutral"),
    ("Will Valdoria join the Northern Compact?", "Voss said prices across the Northern Compact have become dearer.",
     "dearer", "neutral"),
    # counter-example: becoming a member of the body asked about
    ("Will Valdoria join the Northern Compact?", "Voss said Valdoria will become a member of the Northern Compact.",
     "become a member", "support"),
])
def test_become_takes_a_side_only_on_ours(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert (statement.stance or "neutral") == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "bound"), [
    (PRICES, (-1, 4.0, True)),
    ("Will turnout in the referendum exceed 60 percent?", (1, 60.0, True)),
    ("Will the league have more than twelve clubs next season?", (1, 12.0, False)),
    ("Will the council approve the harbour plan?", (0, 0.0, False)),
    ("Will the government raise the retirement age to 67?", (0, 0.0, False)),
])
def test_a_question_bound(question: str, bound: tuple[int, float, bool]) -> None:
    assert bound_of(question) == bound


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Voss said inflation will be below four percent by December.", "below four", "support"),
    ("Voss said inflation would climb back above four percent in the winter.", "above four", "oppose"),
    ("Voss said she expects inflation of 4.3 percent in December.", "4.3", "oppose"),
    ("Voss said her forecast for inflation was 3.6 percent for December.", "3.6", "support"),
    ("Voss said inflation would come in at 4.4 or 4.5 percent.", "4.4", "oppose"),
    ("Voss said she sees inflation at 3.8 percent in December.", "3.8", "support"),
    ("Voss said inflation will not dip under four percent this year.", "not dip", "oppose"),
    # counter-examples: a figure reported, a starting point, a figure of another thing
    ("Voss said inflation fell to 4.6 percent in October.", "4.6", "neutral"),
    ("Voss said inflation was revised down from 4.1 percent.", "4.1", "neutral"),
    ("Voss said the bank would keep its 5.5 percent lending rate on inflation.", "5.5", "neutral"),
])
def test_a_figure_against_the_bound(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=PRICES), words)
    assert (statement.stance or "neutral") == stance, statement.stance_evidence


def test_a_share_of_a_group_is_no_figure_against_the_bound(run) -> None:  # type: ignore[no-untyped-def]
    """Session 21's review: "2 percent of shops" counts shops, not prices (red before: read as below the bound)."""
    statement = statement_with(run(INTRO + "Voss said only 2 percent of shops in Ardmoor expect their prices to rise.",
                                   question=PRICES), "of shops")
    assert not any("the question's bound" in e for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("text", "stance"), [
    # a sum in a unit no tagger or lexicon knows, counted in millions, is a price (consequence._sum, session 41)
    ("Voss said the harbour plan would cost 38 million florets to build.", "neutral"),
    ("Voss said the harbour plan would cost about 12 million marrows, against 20 million for a new quay.", "neutral"),
    # counter-examples: a cost someone bears, and a cost in what is lost
    ("Voss said the harbour plan would cost the town 38 million florets.", "oppose"),
    ("Voss said the harbour plan would cost 300 jobs on the quay.", "oppose"),
])
def test_a_sum_in_an_unknown_unit_is_a_price(run, text: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=HARBOUR), "harbour plan would")
    assert statement.stance == stance, statement.stance_evidence
