"""The proposed question when the corpus writes one act with several verbs (issue 9, session 15): "sack" and
"dismiss" the coach are one act, whose weight the question's act carries, as an act's opposite's already
does. Every name here is invented."""

from __future__ import annotations

import pytest

from stancemap.model import Source
from stancemap.pipeline import analyze_sources
from stancemap.question_act import one_act


def _proposed(texts: list[str]) -> str:
    """The question proposed for these articles ("" when none)."""
    q = analyze_sources([Source(f"n{i}.txt", "text", text=t) for i, t in enumerate(texts)]).question
    return q.text if q is not None else ""


def test_one_act_is_one_synset() -> None:
    # One synset among the first two senses of either verb, either way round ("sack" holds "dismiss" in its
    # first sense, "dismiss" holds "sack" only in a later one); opposites and kindred acts are not one act.
    assert one_act("sack", "dismiss") and one_act("dismiss", "sack")
    assert one_act("close", "shut")
    assert not one_act("open", "close") and not one_act("sack", "replace") and not one_act("approve", "reject")


def test_question_an_act_written_with_two_verbs() -> None:
    # The board sacking the coach is written "sack" once and "dismiss" twice; a side act ("replace the coach")
    # is written in two articles, more than either verb alone: the act asked about is the one the two verbs name.
    text = _proposed([
        "Board to meet on Drenn's future\n\nThe Orvel Rovers board could sack the coach, Pavel Drenn, on Monday after "
        "a fifth defeat. Drenn said the club would never replace the coach in midseason.",
        "Fans turn on Drenn\n\nSeveral directors want to dismiss the coach now. Club captain Ivo Sarl said the board "
        "should not replace the coach.",
        "Analysis: what next for Orvel Rovers\n\nA director said the board would not dismiss the coach before the "
        "winter break. Rivals think the slump will pass by May.",
    ])
    assert text in {"Will the board sack the coach?", "Will the board dismiss the coach?"}, text


def test_question_a_synonyms_doer_does_the_act() -> None:
    # Session 16 (q_expel's shape): the party is named doing the act to the member only in other words ("boot out"),
    # the act's own verb ("expel") is written with nobody named, or as wanted ("want Pirell expelled"), and a committee
    # expels someone else: the question asks whether the party expels her.
    text = _proposed([
        "Liberal Union moves against Ana Pirell\n\nSenior members want Ana Pirell expelled over the leaked letter. The "
        "Liberal Union could boot out Pirell as soon as Friday, aides said. Pirell denies wrongdoing.",
        "Pirell defiant as expulsion looms\n\nAna Pirell said she would not go quietly. Her allies said the party "
        "should not expel Pirell. The disciplinary committee expelled a councillor in March.",
        "What next for Pirell\n\nMany activists want Pirell expelled before the conference. Others say expelling "
        "Pirell would split the Liberal Union.",
    ])
    assert text == "Will the Liberal Union expel Ana Pirell?", text


def test_question_two_sides_of_one_exchange_are_not_one_decision() -> None:
    # Session 17 (q_nationalise's shape): the state "buys" the plant and its owner "sells" it (WordNet's antonyms, but
    # two sides of one exchange, not one decision argued both ways); the act argued about is "nationalise". Opposite
    # decisions ("accept" / "reject" the offer) still count for each other against a procedural act ("table").
    from stancemap.question_act import ask
    from stancemap.question_sum import sum_frames

    plant = [{"acts": {"buy\tplant": 2, "sell\tplant": 1, "nationalise\tplant": 2}, "names": {}} for _ in range(3)]
    found = ask(sum_frames(plant), "plant")
    assert found is not None and found[1] == "nationalise", found
    offer = [{"acts": {"accept\toffer": 1, "reject\toffer": 2, "table\toffer": 2}, "names": {},
              "subjects": {"accept\toffer\tthe union|BODY": 1, "reject\toffer\tthe union|BODY": 1}} for _ in range(3)]
    found = ask(sum_frames(offer), "offer")
    assert found is not None and found[1] == "accept", found


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="session 20: session 19's rule (question_sum.general_act: a particle verb WordNet "
                   "makes a kind of its bare verb counted as it where the corpus writes both) reverted: it gained only the "
                   "batch it was read from and, with its other parts, cost a sealed one")
def test_question_a_particle_verb_is_its_verb() -> None:
    # "sell off the club" and "sell the club" in one article: one act on one thing.
    from stancemap.question_sum import sum_frames

    corpus = sum_frames([{"acts": {"sell off\tclub": 2, "sell\tclub": 1}, "names": {}}])
    assert corpus.weight["sell", "club"] == 3 and corpus.spread["sell", "club"] == 1
