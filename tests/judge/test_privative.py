"""Stance toward privative propositions ("block the merger", "strike down the law", "ban cars"),
where a word aimed at the object counts the other way (judge/privative.py), and the question
readings that need it. All sentences are written for these tests (fictional people and places)."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

INTRO = "Officials spoke on Monday.\n\n"
MERGER = "Will the Trade Office block the merger of Ambrel and Kosta?"
COURT = "Will the High Court strike down the Media Law?"
BAN = "Should Tarrow ban cars from its old town?"
TRUCE = "Will the ceasefire between Arvel and Dorn hold until the March talks?"
STRIKE = "Is the dockers' strike at Perrow going to end before June?"


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # the proposition's own verb aimed at its object asserts it, whatever the refusal lexicon says
    (MERGER, "Consumer advocate Rina Kessing said the Trade Office must block the merger.", "must block", "support"),
    # another verb of removal aimed at the object restates it
    (COURT, "Petitioner Sara Kell said the court should annul the Media Law in its entirety.", "should annul", "support"),
    (COURT, "Professor Nils Aberg said the judges were likely to strike the law down.", "likely to strike", "support"),
    # letting the object be, aimed at it, opposes
    (MERGER, "Analyst Pia Lund said the Trade Office would clear the merger by the autumn.", "would clear", "oppose"),
    (COURT, "Professor Nils Aberg said he expected the court to uphold the Media Law.", "to uphold", "oppose"),
    # the object going ahead opposes a block
    (MERGER, "Ambrel chief Tom Vane said the merger would go ahead as planned.", "would go ahead", "oppose"),
    # "not stand in the way of" the object: opposes the block
    (MERGER, "Minister Ada Voss said she would not stand in the way of the merger.", "stand in the way", "oppose"),
    # a judgement of the act itself keeps its sign
    (MERGER, "Kosta chairman Olaf Brun said blocking the merger would be a disaster.", "would be a disaster", "oppose"),
    # a phrasal verb of removal with its particle as predicate complement ("kept out of")
    (BAN, "Councillor Mia Stahl said cars must be kept out of the old town.", "kept out", "support"),
    # a verb of failing with the thing as subject denies it; a WordNet synonym names the thing
    (TRUCE, "President Tal Osk said the truce would collapse within days.", "would collapse", "oppose"),
    (TRUCE, "Mediator Lena Rook said she was confident the truce would hold.", "would hold", "support"),
    # with no object, what ends is the subject: letting it go on opposes its end
    (STRIKE, "Mediator Ann Lusk said the strike could not be allowed to drag into a second month.", "allowed to drag", "support"),
    (STRIKE, "Branch chair Tom Rees said the members would keep the strike going.", "keep the strike going", "oppose"),
    # a word of removal aimed at a pronoun that stands for the object restates the proposition; one that
    # stands for the act is aimed at the act (privative._antecedent)
    (MERGER, "Consumer advocate Rina Kessing said the merger was bad for shoppers and called on the Trade Office to "
             "stop it.", "to stop it", "support"),
    (COURT, "The bar council said the Media Law was unjust and recommended that the court annul it.", "annul it",
     "support"),
    (BAN, "Shopkeeper Ivo Marsh said the ban would ruin the old town and vowed to stop it.", "to stop it", "oppose"),
    # ... but not when the nearest noun "it" can stand for is something else: the strike is to end
    (MERGER, "The merger talks have set off a dock strike in Velm. Union leader Ana Vell urged the council to end it "
             "before the harvest.", "to end it", "neutral"),
    # a condition that is the act in other words is its trigger, not a condition of support: what would
    # follow it is the stance (a counter-measure opposes)
    (COURT, "Justice Minister Ivo Kern said the government would amend the constitution if the court annuls the "
            "Media Law.", "amend the constitution", "oppose"),
    (COURT, "Minister Ivo Kern said the cabinet would weigh all its options if the law were struck down.",
     "all its options", "oppose"),
])
def test_privative_patterns(run, rules_only, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


TAKEOVER = "Will the Trade Office block Ambrel's takeover of Kosta?"
TAKEOVER_TEXT = INTRO + (
    "Consumer advocate Rina Kessing said the Trade Office must block the deal.\n\n"
    "Councillor Ivo Strand said he opposed the deal.\n\n"
    "Union leader Per Lind said the deal was the worst thing to happen to the valley in a generation.\n\n"
    "Ambrel chief Tom Vane said the deal was a great opportunity for the towns of the valley.")


@pytest.mark.parametrize(("words", "stance"), [("worst thing", "support"), ("great opportunity", "oppose")])
def test_judging_the_corpus_name_of_the_object_counts_the_other_way(run, rules_only, words: str,  # type: ignore[no-untyped-def]
                                                                   stance: str) -> None:
    """Under "block the takeover", the corpus's "the deal" names what is taken away: blame of the deal
    supports the block, praise of it opposes."""
    statement = statement_with(run(TAKEOVER_TEXT, question=TAKEOVER), words)
    assert statement.stance == stance, statement.stance_evidence


AGE = "Should Dorrin lower the voting age to 16?"
AGE_TEXT = INTRO + (
    "Youth council chair Lina Moss said she supported the reform.\n\n"
    "Senator Ivo Brand said he opposed the reform.\n\n"
    "Teacher Ada Kell said the reform was a wonderful chance for young people.\n\n"
    "Councillor Per Lind said the reform was a dangerous gamble.")


@pytest.mark.parametrize(("words", "stance"), [("supported the reform", "support"), ("opposed the reform", "oppose"),
                                               ("wonderful chance", "support"), ("dangerous gamble", "oppose")])
def test_an_amount_lowered_is_no_act_taken_away(run, rules_only, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Under "lower the voting age" the object's head ("age") is an amount, not an act, though "voting" names
    one: the corpus's "the reform" names the change itself, judged with its own sign (privative._sides)."""
    statement = statement_with(run(AGE_TEXT, question=AGE), words)
    assert statement.stance == stance, statement.stance_evidence


def test_the_act_as_a_subject_is_judged_not_asserted(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Senator Ivo Brand said repealing the Press Act would be a reckless gamble that readers would pay for."
    statement = statement_with(run(text, question="Will parliament repeal the Press Act?"), "reckless gamble")
    assert statement.stance == "oppose", statement.stance_evidence


def test_negation_of_a_belief_reaches_its_complement(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "The employers' council said it did not believe the Press Act should be scrapped."
    statement = statement_with(run(text, question="Will parliament repeal the Press Act?"), "should be scrapped")
    assert statement.stance == "oppose", statement.stance_evidence


def test_a_relative_clause_is_not_a_double_negative(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + '"People here are against ships that block the whole bay," said resident Lia Moor.'
    statement = statement_with(run(text, question="Should Tarrow ban cruise ships from its harbour?"), "against ships")
    assert not any("against block" in e for e in statement.stance_evidence), statement.stance_evidence
    assert any(e.startswith("+against") for e in statement.stance_evidence), statement.stance_evidence


def test_idiom_of_fragility(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "General Ivo Kran said the ceasefire was hanging by a thread."
    assert statement_with(run(text, question=TRUCE), "hanging by a thread").stance == "oppose"


def test_question_the_tagger_reads_as_a_name_is_read_as_a_statement() -> None:
    prop = parse_proposition(COURT)
    assert (prop.predicate, prop.object, prop.privative) == ("strike down", "the Media Law", True)
    assert prop.subject == "the High Court"  # not split inside the name


def test_privative_object_act_is_a_thing_not_the_event() -> None:
    prop = parse_proposition(MERGER)
    assert "merger" in prop.things and "merger" not in prop.event and "block" in prop.event


def test_single_sense_things_bring_their_synonyms() -> None:
    prop = parse_proposition(TRUCE)
    assert {"truce", "ceasefire"} <= set(prop.things) and "and" not in prop.participants
    assert "grapevine" not in parse_proposition("Will the government halt construction of the Tarn pipeline?").things


def test_unless_the_proposition_is_a_demand_for_it(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + ("The valley council said it would take the ministry to every court it could reach unless "
                    "construction of the Tarn pipeline is halted.")
    statement = statement_with(run(text, question="Will the government halt construction of the Tarn pipeline?"),
                               "every court")
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ('"We will be urging every member to vote no on the pay offer," said branch chair Ada Kell.', "vote no", "oppose"),
    ('"I am voting yes on the pay offer," said driver Tom Rees.', "voting yes", "support"),
    ("Branch chair Ada Kell urged a No vote on the pay offer.", "a No vote", "oppose"),
])
def test_yes_and_no_votes(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    question = "Will Perrow dockers accept the pay offer in the ballot?"
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


REPEAL = "Will parliament repeal the Press Act?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # the act as a gerund subject is what is judged: the judgement decides
    ("Publisher Ida Lund said tearing up the Press Act with nothing in its place would be a disaster.",
     "would be a disaster", "oppose"),
    # a threat if the proposition has not happened demands it
    ("Union leader Per Brenneke said the unions would strike if parliament had not passed the repeal by June.",
     "would strike", "support"),
    # "against" aimed at someone else takes no side; "the right to say no" casts no vote
    ("Per Brenneke said the Press Act had been used for years against printers on strike.", "used for years", None),
])
def test_repeal_patterns(run, rules_only, text: str, words: str, stance: str | None) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=REPEAL), words)
    if stance is None:
        assert not any("against" in e for e in statement.stance_evidence), statement.stance_evidence
    else:
        assert statement.stance == stance, statement.stance_evidence


RATES = "Will the Bank of Tarrow cut interest rates in March?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a prediction of the event supports it (issue 9 item 3), its denial opposes
    ("Economist Ada Kell said she was still expecting a quarter-point cut in March.", "expecting a quarter-point",
     "support"),
    ("Economist Ada Kell said she did not expect a cut before the summer.", "did not expect", "oppose"),
    # keeping what a privative predicate takes away opposes it
    ("Economist Per Brenneke said the bank should hold interest rates for now.", "should hold", "oppose"),
    # an idiom of insult aimed at the act
    ("Savers' leader Ivo Brand said lowering interest rates this spring would be a real slap in the face to pensioners.",
     "slap in the face", "oppose"),
    # undoing the act if the speaker wins power is a threat, not a condition
    ("Opposition leader Tal Osk said a government of hers would reverse any cut if her party won power in May.",
     "reverse any cut", "oppose"),
])
def test_rate_patterns(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=RATES), words)
    assert statement.stance == stance, statement.stance_evidence
