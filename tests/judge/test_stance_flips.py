"""Sides read the wrong way round (issue 9, session 19): the polarity of the act in its clause. Invented
sentences, the learned layer off so the rules answer.

- Under a privative proposition ("postpone", "block"), the act in other words is a word of refusal too ("delay",
  "stop"): refusing it refuses the act, it is no refusal refused (polarity._privative_act).
- An alternative set aside ("A rather than B", "A instead of B", "anything except B", "would rather A than B"):
  B is not wanted (negation_forms.set_aside).
- A noun of ending aimed at the proposition's thing ("a lapse of the treaty") is the act's opposite, judged by
  what is said it would bring (judged._undoes_thing).
"""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
POSTPONE = "Will the council postpone the referendum?"
MERGER = "Will the regulator block the merger?"
SHIPS = "Will the council ban cruise ships?"
RAIL = "Will the council approve the northern rail line?"
SETTLE = "Will the firm settle the lawsuit?"
FISH = "Will the two countries sign a new fishing agreement?"
LICENCE = "Will the board renew the broadcaster's licence?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # The privative act in other words, refused: opposition to the act.
    (POSTPONE, "\"We shall block any move to delay the referendum,\" Voss said.", "move to delay", "oppose"),
    (POSTPONE, "Voss said she opposed delaying the referendum.", "opposed delaying", "oppose"),
    (MERGER, "Voss said she would reject any attempt to stop the merger.", "attempt to stop", "oppose"),
    # The act named as a subject is judged by what is said of it, not read as a refusal.
    (POSTPONE, "Voss said a delay to the referendum would be justice for the islands.", "justice", "support"),
    (POSTPONE, "Voss said a delay to the referendum would be a disaster.", "a disaster", "oppose"),
    # Counter-examples: the act in other words asserted, or welcomed.
    (POSTPONE, "Voss said the council must delay the referendum.", "must delay", "support"),
    (MERGER, "Voss said she welcomed the move to stop the merger.", "welcomed the move", "support"),
])
def test_the_privative_act_refused(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (SHIPS, "Voss said she would rather the council talked to the operators than imposed a ban.", "than imposed",
     "oppose"),
    (SHIPS, "Voss said the council should talk to the operators instead of banning the ships.", "instead of",
     "oppose"),
    # The alternative set aside is described, not judged: "a blank cheque" still refuses the settlement.
    (SETTLE, "Voss said the firm would rather fight on in court than write the claimants a blank cheque by settling.",
     "blank cheque", "oppose"),
    # Counter-examples: the act is what is preferred.
    (SHIPS, "Voss said the council should ban the ships rather than wait for another summer of crowds.",
     "rather than wait", "support"),
    (RAIL, "Voss said her group would back the northern rail line rather than see the valley fail.",
     "see the valley fail", "support"),
])
def test_the_alternative_set_aside(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_anything_except_the_act_takes_no_side_for_it(run) -> None:  # type: ignore[no-untyped-def]
    text = "Voss said the operators would discuss quieter engines and fewer sailings, any measure except a ban."
    statement = statement_with(run(INTRO + text, question=SHIPS), "any measure except")
    assert statement.stance != "support", statement.stance_evidence
    assert any("set aside" in e for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 9: a word of welcome aimed at the other measures ('would accept quieter "
                   "engines') outweighs the act set aside ('any measure except a ban'): read support")
def test_anything_except_the_act_after_a_word_of_welcome(run) -> None:  # type: ignore[no-untyped-def]
    text = "Voss said the operators would accept quieter engines and fewer sailings, any measure except a ban."
    statement = statement_with(run(INTRO + text, question=SHIPS), "any measure except")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (FISH, "Voss said any lapse of the agreement would be a disaster for the net makers.", "any lapse", "support"),
    (FISH, "Voss said the collapse of the agreement would be a catastrophe for the harbour towns.", "the collapse",
     "support"),
    (FISH, "Voss said the collapse of the agreement would be good news for the harbour towns.", "good news", "oppose"),
    (LICENCE, "Voss said a lapse in the licence would be a scandal.", "a scandal", "support"),
])
def test_the_thing_ending_judged(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_lapse_of_something_else_is_not_the_question(run) -> None:  # type: ignore[no-untyped-def]
    text = "Voss said a lapse in concentration would be a disaster for the harbour towns."
    statement = statement_with(run(INTRO + text, question=FISH), "concentration")
    assert statement.stance in {None, "neutral"}, statement.stance_evidence


LIBRARY = "Will the council close the library?"
WIND = "Will the council approve the wind farm?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A verb of resisting with an object refuses it; "fight for" backs it.
    (LIBRARY, "Voss said residents would fight any plan to close the library.", "fight any plan", "oppose"),
    (LIBRARY, "Voss said residents would resist the closure of the library.", "resist the closure", "oppose"),
    (LIBRARY, "Voss said residents would challenge the decision to close the library in court.", "challenge", "oppose"),
    (WIND, "Voss said residents would fight the wind farm at every hearing.", "fight the wind farm", "oppose"),
    (WIND, "Voss said residents would fight for the wind farm at every hearing.", "fight for", "support"),
    # The act under "against" is refused; "not against" affirms it.
    (LIBRARY, "Voss said she was against closing the library.", "against closing", "oppose"),
    (WIND, "Voss said she was against approving the wind farm.", "against approving", "oppose"),
    (WIND, "Voss said she was not against approving the wind farm.", "not against", "support"),
    # The one way left is asserted: "no choice but to", "no alternative to".
    (LIBRARY, "Voss said the council had no choice but to close the library.", "no choice but", "support"),
    (LIBRARY, "Voss said she could not see any alternative to closing the library.", "any alternative", "support"),
    (WIND, "Voss said the council had no choice but to approve the wind farm.", "no choice but", "support"),
    # "any" in a negation's scope takes its infinitive clause with it.
    (WIND, "Voss said she could not see any reason to approve the wind farm.", "any reason", "oppose"),
    (WIND, "Voss said she could see every reason to approve the wind farm.", "every reason", "support"),
])
def test_resisting_against_and_the_one_way_left(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 9: a verb of resisting is read against whatever its object, 'fight "
                   "for' for whatever it names (polarity._resists, _fights_for): read as the act refused or backed")
@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Voss said the council would fight rising bills by approving the wind farm.", "fight rising", "support"),
    # ... and "fight for" backs whatever it names: here what the act would take away
    ("Voss said residents would fight for their views of the valley if the council approved the wind farm.",
     "fight for their views", "oppose"),
])
def test_resisting_something_else_by_the_act(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=WIND), words)
    assert statement.stance == stance, statement.stance_evidence


DATABILL = "Will the assembly pass the data bill?"
COALITION = "Will the parties form a coalition government?"


@pytest.mark.parametrize(("question", "text", "words"), [
    # A clause of time told in the past narrates what happened; it takes no side now.
    (DATABILL, "Voss said the data bill was needed to close a gap left when the court struck down the old law in 2023.",
     "struck down"),
    (WIND, "Voss said the valley had been quiet since the council rejected the first wind farm in 2019.", "rejected"),
])
def test_no_side_taken_by_what_is_told(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance in {None, "neutral"}, statement.stance_evidence
    assert not any(words.split()[0] in e for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # Counter-examples: the act itself refused or foretold to fail, and a clause of time to come (a condition).
    (FISH, "Voss said the government refused to sign the agreement.", "refused to sign", "oppose"),
    (COALITION, "Voss said a coalition government would collapse within a year.", "collapse within", "oppose"),
    (WIND, "Voss said the council should approve the wind farm once the survey is finished.", "once the survey",
     "conditional"),
])
def test_what_is_told_counter_examples(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_statement_told_inside_a_clause_of_time_is_read() -> None:
    """Only a clause of time inside the statement narrates: the content of a statement reported inside one (the
    statement's words alone) is read."""
    from stancemap.judge.aim import narrated
    from stancemap.parse import load_nlp

    doc = load_nlp()("The chamber erupted when the minister rejected the agreement.")
    rejected = next(t for t in doc if t.lower_ == "rejected")
    assert narrated(rejected, {t.i for t in doc})  # the statement is the whole sentence: the clause narrates
    assert not narrated(rejected, {t.i for t in doc if t.i > 2})  # the statement is the clause itself


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a reason denied for a negated act cancels its negation: the act affirmed (negation._no_reason_for, session 41)
    ("Voss said the engineers had found no reason why the northern rail line could not be approved this spring.",
     "could not be approved", "support"),
    ("Voss said there was no need not to approve the northern rail line.", "no need", "support"),
    # counter-examples: a reason denied for the act itself, and a plain negation
    ("Voss said the engineers had found no reason to approve the northern rail line.", "no reason", "oppose"),
    ("Voss said the council would not approve the northern rail line.", "would not approve", "oppose"),
])
def test_no_reason_why_not(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=RAIL), words)
    assert statement.stance == stance, statement.stance_evidence
