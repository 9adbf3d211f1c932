"""A reported position keeps the condition the writer put after it, and a refusal framed by "only if" is conditional
(issue 9, session 22). Invented sentences: the parser hangs "..., but only if X" or "... unless X" on the verb of
saying or of the position, and the content used to stop before it (extract/bounds.conditions_content); "would drop
its objection only if X" names what would change the refusal (judge/stance.py)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIBRARY = "Will the council approve the new library?"
RESIGN = "Will the mayor of Calde resign?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "condition"), [
    # "says A, but only if B": B read as a conjunct of "says"
    (LIBRARY, "Councillor Petra Lund says her party can live with the library, but only if the council puts a cap on "
     "the rent.", "her party can live with the library", "cap on the rent"),
    # a belief: "believes A, but only if B"
    (LIBRARY, "Lund thinks the library is worth the money, but only if the council sells the old museum to pay for "
     "it.", "the library is worth the money", "sells the old museum"),
    # a position by a verb: "have promised to block A unless B", B an adverbial clause of "promised": the rule in
    # statements._verbal is reached by no invented sentence tried in review (only by a DEVELOP sentence's own parse)
    pytest.param(LIBRARY, "Lund's councillors have promised to block the library in the chamber unless the car park "
                 "is cut to fifty spaces.", "block the library", "car park is cut",
                 marks=pytest.mark.xfail(strict=True, raises=AssertionError,
                     reason="the unless-clause, an adverbial clause of 'promised', is "
                                                             "cut from the content on this parse (review, session 22)")),
    # (a guard, as on main:) "said that he would step down if B"
    (RESIGN, "The mayor, Tomas Dahl, said on Friday that he would step down if the inspectors found that he had "
     "broken the rules.", "he would step down", "inspectors found"),
])
def test_a_condition_hung_on_the_cue_stays_in_the_content(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                          condition: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert condition in statement.content, statement.content
    assert any(condition in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "outside"), [
    # a concessive clause the writer adds about the speaker is not what was said
    ("Lund said she would vote for the library, although she refused to say when the work would start.",
     "she would vote for the library", "refused"),
])
def test_other_clauses_hung_on_the_cue_stay_out(run, text: str, words: str, outside: str) -> None:  # type: ignore[no-untyped-def]
    assert outside not in statement_with(run(INTRO + text, question=LIBRARY), words).content


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a refusal that names, with "only if", what would lift it: conditional
    ("Vost said her group would vote against the library, and would change its mind only if the council cut the "
     "car park.", "vote against the library", "conditional"),
    ("Vost said the Green Union would fight the library in the chamber, and would stop only if the council moved "
     "the car park underground.", "fight the library", "conditional"),
    # (a guard, as on main:) the refusal's own word of giving in
    ("Vost said the Green Union would drop its objection to the library only if the council moved the car park "
     "underground.", "drop its objection", "conditional"),
    # not a threat on the speaker's own terms without "only" (judge/stance.py, unchanged)
    ("Vost said the Green Union would scrap the library levy if it won the election in May.", "scrap the library levy",
     "oppose"),
])
def test_a_refusal_only_if(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # "when X, and not a day before": the clause of time framed as a requirement, as "and not before" is
    ('Vost said: "The library will open when the roof is paid for, and not a day before."', "library will open",
     "conditional"),
    ('Vost said: "We will back the library once the car park is moved, and not one minute sooner."', "back the library",
     "conditional"),
    # (a guard:) a plain date of the act stays a date
    ('Vost said: "The library will open when the builders finish in May."', "library will open", "support"),
])
def test_not_a_day_before(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, (statement.stance_evidence, statement.conditions)
