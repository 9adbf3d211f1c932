"""The direction of the proposition (issue 9, session 8): an act that ends, removes, prevents, delays or
leaves its object reads like "ban" whatever its verb, decided from WordNet (privative.takes_away), not
from a list; praise of what it takes away opposes it, blame supports it. Invented sentences on several
question shapes, the learned layer off so the rules answer; acts that create or keep are not inverted."""

from __future__ import annotations

import pytest

from stancemap.judge.privative import takes_away
from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Civic List spoke in Tallow on Tuesday.\n\n"
MERGER = "Will the regulator block the merger of Fenwick Foods and Oster Dairy?"
TRAM = "Will the city abandon the tram project?"
STADIUM = "Will the council demolish the old stadium?"
POSTPONE = "Will the council postpone the referendum?"
LEAVE = "Will Britain leave the customs union?"
PACT = "Will Norland withdraw from the trade pact?"
SACK = "Will the club sack its manager Ivo Lenk?"
LIFT = "Will the bloc lift sanctions on Karvia?"
BUILD = "Will the council build the new stadium?"
RENEW = "Will the board renew the broadcaster's licence?"
GOAHEAD = "Will the festival go ahead?"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("predicate", "has_object", "expected"), [
    ("postpone", True, True), ("delay", True, True), ("shelve", True, True), ("abandon", True, True),
    ("demolish", True, True), ("dismantle", True, True), ("discontinue", True, True), ("scrap", True, True),
    ("deport", True, True), ("leave", True, True), ("withdraw", False, True),
    # Acts that create, keep or change without taking away.
    ("build", True, False), ("adopt", True, False), ("approve", True, False), ("renew", True, False),
    ("extend", True, False), ("join", True, False), ("sign", True, False), ("recognise", True, False),
    ("host", True, False), ("run", False, False), ("win", True, False), ("raise", True, False),
    ("relocate", True, False), ("charge", True, False), ("privatise", True, False), ("leave", False, False),
])
def test_takes_away_from_wordnet(predicate: str, has_object: bool, expected: bool) -> None:
    assert takes_away(predicate, has_object) is expected


@pytest.mark.parametrize(("question", "privative", "object_words"), [
    (POSTPONE, True, ["referendum"]),
    (TRAM, True, ["project"]),
    (PACT, True, ["pact", "trade"]),  # the object of "from" is what is left
    (BUILD, False, ["stadium"]),
    # With no object, an act of ending ends its subject only when the subject undergoes it.
    ("Will the truce lapse?", True, ["truce"]),
    ("Will the firm settle?", False, []),
])
def test_proposition_privative_from_wordnet(question: str, privative: bool, object_words: list[str]) -> None:
    prop = parse_proposition(question)
    assert prop.privative is privative
    assert prop.object_words == object_words


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # Praise of what the act takes away opposes it; blame supports it.
    (TRAM, "\"The tram project is a waste of money,\" Voss said.", "waste of money", "support"),
    (TRAM, "Voss said the tram project was a great success.", "great success", "oppose"),
    (STADIUM, "Voss said the stadium was a dangerous ruin.", "dangerous ruin", "support"),
    (LEAVE, "Voss said the customs union was a disaster for farmers.", "a disaster", "support"),
    (PACT, "Voss said the trade pact had been a failure.", "a failure", "support"),
    # An adjective on a predicate noun is said of the copula's subject: "a reckless gamble" is the merger.
    (MERGER, "Voss said the merger was a reckless gamble.", "reckless gamble", "support"),
    # The act in other words (a WordNet verb of ending above the predicate) is judged, not inverted.
    (POSTPONE, "Voss said delaying the referendum would be an insult to voters.", "an insult", "oppose"),
    # What the act takes away going away is the act's result.
    (SACK, "Voss said Lenk must go.", "must go", "support"),
    (LIFT, "Voss said the sanctions had to go.", "had to go", "support"),
    # Praise of the one who takes it away is not aimed at the act.
    (MERGER, "\"The regulator has done excellent work,\" Voss said.", "excellent work", "neutral"),
    # The proposition's own thing is no requirement of it ("the referendum" is not a condition).
    (POSTPONE, "\"The referendum is long overdue,\" Voss said.", "long overdue", "oppose"),
    # Acts that create or keep are not inverted.
    (BUILD, "Voss said the stadium was a waste of money.", "waste of money", "oppose"),
    (RENEW, "\"The broadcaster has done excellent work,\" Voss said.", "excellent work", "support"),
    (GOAHEAD, "\"The festival is a wonderful tradition,\" Voss said.", "wonderful tradition", "support"),
])
def test_stance_direction_of_the_act(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="no packaged lexicon rates 'essential', 'lifeline' or 'working' (VADER does not)")
def test_stance_direction_unrated_praise(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "\"The sanctions are working,\" Voss said.", question=LIFT), "working")
    assert statement.stance == "oppose", statement.stance_evidence


RAIL = "Will the ministry approve the northern rail line?"
APOLOGY = "Will the mayor apologise for the housing scandal?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A verb of stopping whose complement is a gerund outside the proposition ends that doing, not the act.
    (RAIL, "Voss said the line was a great idea and urged the ministry to \"stop dithering\".",
     "stop dithering", "support"),
    (RAIL, "Voss said the ministry must stop the northern rail line.", "must stop", "oppose"),
    # "nothing to X" and a negative pronoun object negate the verb.
    (APOLOGY, "\"There is nothing to apologise for,\" Voss said.", "nothing to apologise", "oppose"),
    (RAIL, "\"A rail line that empties our towns helps no one,\" Voss said.", "helps no one", "oppose"),
    # "nothing less than X", "nothing but X" name what is demanded: the verb is asserted of X (session 17).
    (RAIL, "Voss said the towns would accept nothing less than the northern rail line.", "nothing less than", "support"),
    (RAIL, "Voss said the towns would support nothing but the northern rail line.", "nothing but", "support"),
    (RAIL, "Voss said the towns would accept nothing that brought the northern rail line.", "accept nothing", "oppose"),
    # A "why would/should" question about the act denies a reason for it (session 17).
    (RAIL, "\"Why would anyone approve the northern rail line?\" Voss asked.", "Why would anyone", "oppose"),
    (RAIL, "\"Why should we back the northern rail line?\" Voss asked.", "Why should we", "oppose"),
    (RAIL, "Voss said she knew why the ministry should approve the northern rail line.", "should approve", "support"),
])
def test_stance_idle_ending_and_negative_pronouns(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A raised subject: "the merger was likely to be approved" approves the merger.
    (MERGER, "Voss said the merger was likely to be approved.", "likely to be approved", "oppose"),
    # A light verb's object is said of its subject: "poses no threat" clears the merger.
    (MERGER, "Voss said the merger posed no threat to competition.", "no threat", "oppose"),
    # Staying said as a position of what the act takes away keeps it; a description does not.
    (LIFT, "Voss said the sanctions should remain.", "should remain", "oppose"),
    (LIFT, "Voss said the sanctions must stay in place.", "stay in place", "oppose"),
    # A verb that judges its subject is aimed at it: "deserved more time" backs the one to be sacked.
    (SACK, "Voss said Lenk deserved more time.", "deserved more time", "oppose"),
])
def test_stance_direction_raised_and_light(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a mental act ended, whatever it is of, is no act of the question's ended (polarity._mental, session 41)
    (RAIL, "Voss said the valley's farmers had long since stopped noticing the northern rail line's survey pegs.",
     "stopped noticing", "neutral"),
    (RAIL, "Voss said commuters had stopped worrying about the northern rail line.", "stopped worrying", "neutral"),
    # counter-examples: the act itself stopped, and a doing of the act's own stopped
    (RAIL, "Voss said the ministry must stop the northern rail line.", "must stop", "oppose"),
    (RAIL, "Voss said the ministry should stop building the northern rail line.", "stop building", "oppose"),
])
def test_a_mental_act_ended(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
