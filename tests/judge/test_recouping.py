"""A question of a thing's returns against its cost read in general terms (recouping.py, issue 9, session 44): the
classes of gain, cost, aid and loss and of acquiring, losing, needing and meeting come from WordNet, so questions of
other shapes than "pay for itself" are read. Invented questions and sentences."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.recouping import gain_asked, noun_class, recoup_sign, verb_class
from stancemap.model import Question

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Anwen Tolly of the Quay Group spoke in Marrowby on Monday.\n\n"
FERRY = "Will the new Marrowby ferry route cover its costs?"
CANAL = "Will the Orsk canal recoup its construction costs?"
FAIR = "Will the Pellow Street fair make a profit?"
LOSING = "Will the Gaddon night bus lose money?"


def _sign(text: str) -> int:
    return recoup_sign(Question(text, proposition=parse_proposition(text)))


def test_the_classes_come_from_wordnet() -> None:
    assert (noun_class("money"), noun_class("outlay"), noun_class("grant"), noun_class("loss")) == (
        "gain", "cost", "aid", "loss")
    assert noun_class("harbour") == "" and noun_class("match") == ""
    assert (verb_class("earn"), verb_class("lose"), verb_class("require"), verb_class("cover")) == (
        "acquire", "lose", "need", "meet")
    assert verb_class("break even") == "even"


@pytest.mark.parametrize(("question", "sign"), [
    (FERRY, 1), (CANAL, 1), (FAIR, 1), (LOSING, -1), ("Will the Tarn lido pay for itself?", 1),
    # not a return against a cost: another's payment, aid repaid, a share of a charge, a match
    ("Will the council pay for the new Tarn lido roof?", 0),
    ("Does Orsk Water have to pay back the 12 million crown grant?", 0),
    ("Do Orsk's landlords pay their fair share of tax?", 0),
    ("Did the linesman's flag cost Orsk Rovers the match?", 0),
    ("Will the Orsk board adopt the budget?", 0), ("Does the Tarn school need more money?", 0),
])
def test_a_question_of_a_return_against_a_cost(question: str, sign: int) -> None:
    assert _sign(question) == sign


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (FERRY, "Tolly said the route would make money from its second summer.", "make money", "support"),
    (FERRY, "Tolly said the route would need a grant every winter.", "grant", "oppose"),
    (FERRY, "Tolly said the route would lose money on the early sailings.", "lose money", "oppose"),
    (CANAL, "Tolly said the canal would earn its outlay back within twenty years.", "earn", "support"),
    (CANAL, "Tolly said the canal would never meet its costs from tolls.", "never meet", "oppose"),
    (LOSING, "Tolly said the night bus would make money from the first month.", "make money", "oppose"),
    (LOSING, "Tolly said the night bus would need a grant for ever.", "grant", "support"),
])
def test_words_of_gain_and_loss_answer_other_shapes(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                    stance: str) -> None:
    """Before: the lexicon was read only under "pay for itself"; "lose money" asked turns every sign."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_coming_out_even_is_no_profit(run) -> None:  # type: ignore[no-untyped-def]
    """Breaking even recovers the cost ("cover its costs": yes) but makes no profit ("make a profit": no)."""
    assert gain_asked(Question(FAIR, proposition=parse_proposition(FAIR)))
    text = "Tolly said the fair would break even at best."
    statement = statement_with(run(INTRO + text, question=FAIR), "break even")
    assert statement.stance == "oppose", statement.stance_evidence
    statement = statement_with(run(INTRO + text.replace("fair", "ferry route"), question=FERRY), "break even")
    assert statement.stance == "support", statement.stance_evidence


def test_a_past_counterfactual_turns_a_gain_or_loss(run) -> None:  # type: ignore[no-untyped-def]
    """"we would have lost far more" without something: it did not lose it (before: oppose)."""
    text = "Tolly said that without the summer visitors the fair would have lost a lot of money."
    statement = statement_with(run(INTRO + text, question=FAIR), "lost")
    assert statement.stance != "oppose", statement.stance_evidence
    # without aid, the loss it would have made is what it needs the aid for: no turn
    # (the "without" clause may also be read as a condition: conditional, never support)
    text = "Tolly said that without its grant from the county the fair would have lost £40,000."
    statement = statement_with(run(INTRO + text, question=FAIR), "lost")
    assert "-lost (its cost recovered or not)" in statement.stance_evidence, statement.stance_evidence
    assert statement.stance in {"oppose", "conditional"}, statement.stance_evidence


def test_an_amount_of_money_is_a_gain(run) -> None:  # type: ignore[no-untyped-def]
    """"made £40,000", "lost $4 million": an amount written with its currency sign (before: no class)."""
    statement = statement_with(run(INTRO + "Tolly said the ferry route lost $4 million last year.", question=FERRY),
                               "lost")
    assert statement.stance == "oppose", statement.stance_evidence


def test_words_of_money_under_another_question_are_no_side(run) -> None:  # type: ignore[no-untyped-def]
    text = "Tolly said the ferry route would lose money every year."
    statement = statement_with(run(INTRO + text, question="Will the council approve the new Marrowby ferry route?"),
                               "lose money")
    assert not any("its cost recovered" in line for line in statement.stance_evidence), statement.stance_evidence


def test_a_gain_or_loss_of_another_time_is_no_side(run) -> None:  # type: ignore[no-untyped-def]
    """"the winters when the fair lost money" tells of other years (before: oppose)."""
    text = "Tolly said the fair used the same books as in the three winters when it lost money."
    statement = statement_with(run(INTRO + text, question=FAIR), "lost money")
    assert not any("its cost recovered" in line for line in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("question", "sign"), [
    ("Will Harrow Mills sell itself to a rival?", 0),  # a transfer of itself, no return against a cost (review item 5)
    ("Will the Tarn ferry link pay its way?", 1),  # "pay one's way": the old case restored (review item 6)
])
def test_a_reflexive_transfer_is_no_return_and_paying_its_way_is(question: str, sign: int) -> None:
    """The review of session 44 (items 5, 6)."""
    assert _sign(question) == sign
