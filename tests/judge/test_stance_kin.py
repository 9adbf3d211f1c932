"""The predicate in other words (a WordNet synonym whose subject is the question's) and praise of a
subject the predicate takes away: one invented sentence each (issue 9, session 6)."""

from __future__ import annotations

import pytest

from stancemap.judge.terms import kin_verbs

from .conftest import statement_with

INTRO = "Alderman Tove Rask of the Harbour Party spoke in Brenmoor on Tuesday.\n\n"
QUIT = "Will the treasurer resign before the audit?"
FIRE = "Will the orchestra sack its conductor Ivo Lenk?"
SIGN = "Will the governor sign the water compact?"


def test_kin_verbs_are_wordnet_synonyms_without_general_verbs() -> None:
    assert {"quit", "step down"} <= kin_verbs("resign")
    # Only synonyms holding the predicate's sense among their own two most frequent: "fire" and "dismiss"
    # hold it as their fourth sense, as "think" holds "recall"'s, so they go with it.
    assert {"force out", "send away"} <= kin_verbs("sack") and "fire" not in kin_verbs("sack")
    assert "make" not in kin_verbs("build") and kin_verbs("") == set()


def test_kin_verbs_of_an_act_with_an_object_take_no_intransitive_sense() -> None:
    """"scrap the tram line": WordNet's second sense of "scrap" is to quarrel ("Somebody ----s", no object),
    so "quarrel" and "dispute" are no other words for it; its first sense's "junk" and "trash" are."""
    assert {"quarrel", "dispute"} <= kin_verbs("scrap")  # the verb alone: both senses
    assert {"quarrel", "dispute"}.isdisjoint(kin_verbs("scrap", transitive=True))
    assert {"junk", "trash"} <= kin_verbs("scrap", transitive=True)


SCRAP = "Will the council scrap the tram line?"


def test_stance_kin_not_from_another_sense(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A quarrel about the tram line is not its scrapping (red before: "+quarrelled (the proposition in other
    words)", support); the rules alone (the learned layer off)."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    text = "Rask said councillors quarrelled over the tram line for an hour."
    statement = statement_with(run(INTRO + text, question=SCRAP), "tram line")
    assert statement.stance == "neutral", statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (QUIT, "Rask said she expected the treasurer to quit within a month.", "to quit", "support"),
    (QUIT, "Rask said the treasurer would step down once the audit was published.", "step down", "conditional"),
    (QUIT, "Rask said the treasurer would not quit over a clerical error.", "not quit", "oppose"),
    (QUIT, "Rask said the treasurer had done an excellent job and had her full support.", "excellent job", "oppose"),
    (QUIT, "Rask said the treasurer was a disgrace.", "a disgrace", "support"),
    pytest.param(FIRE, "Rask said the orchestra would force Lenk out before the season opened.", "force Lenk out",
                 "support", marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
                     "'force X out' is not read as the act in other words; it read support only through '+opened' of "
                     "the season, which judge/aim.py's aimed_elsewhere now passes over (session 23)"))),
    (SIGN, "Rask said the governor would ratify the compact in June.", "ratify", "support"),
])
def test_stance_kin(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_stance_kin_needs_the_questions_subject(run) -> None:  # type: ignore[no-untyped-def]
    """"I quit smoking" says nothing of the treasurer quitting."""
    statement = statement_with(run(INTRO + "Rask said the treasurer's audit was late and that her deputy had quit "
                                   "the choir.", question=QUIT), "quit the choir")
    assert "+quit" not in statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Rask said the treasurer should resign now, not in six weeks.", "not in six weeks", "support"),
    ("Rask said the treasurer should not resign now.", "should not resign", "oppose"),
    ("Rask said the treasurer would not resign, not now and not ever.", "not ever", "oppose"),
])
def test_stance_contrastive_not(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """"X now, not in six weeks": a "not" after a comma sets one time against another; it negates no verb."""
    statement = statement_with(run(INTRO + text, question=QUIT), words)
    assert statement.stance == stance, statement.stance_evidence
