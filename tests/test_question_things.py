"""The proposed question when the corpus names one thing with several words (issue 9, session 18): WordNet's
first sense of one word holding the other, as one of the other's common senses ("lawsuit": "lawsuit, suit, case,
cause", the third sense of "case"), makes them one thing, summed over the articles as one, so an act done to it
under one name ("settle the lawsuit", in one article) is argued about with the acts done to it under the other
("fight the case", in the others). Every name here is invented."""

from __future__ import annotations

import pytest

from stancemap.model import Source
from stancemap.pipeline import analyze_sources
from stancemap.question_sum import sum_frames


def _proposed(texts: list[str]) -> str:
    """The question proposed for these articles ("" when none)."""
    q = analyze_sources([Source(f"n{i}.txt", "text", text=t) for i, t in enumerate(texts)]).question
    return q.text if q is not None else ""


def test_things_of_one_sense_are_summed_as_one() -> None:
    # "lawsuit" (its first sense holds "case") and "case": one thing, in both articles, keyed by the one acted on
    # most; "cease-fire" as WordNet writes it is the corpus's "ceasefire"; a name and an unrelated noun stay apart.
    corpus = sum_frames([{"acts": {"settle\tlawsuit": 2, "sign\ttruce": 1}, "names": {}},
                         {"acts": {"fight\tcase": 3, "break\tceasefire": 2, "sell\tplant": 1}, "names": {}}])
    assert corpus.thing_spread["case"] == 2 and "lawsuit" not in corpus.thing_spread
    assert corpus.weight["settle", "case"] == 2
    assert corpus.thing_spread["ceasefire"] == 2 and corpus.weight["sign", "ceasefire"] == 1
    assert corpus.thing_spread["plant"] == 1
    # A sense far down the other word's list is no common name for it: "job" is the nineteenth sense of "line",
    # "placard" the sixth of "bill"; they stay apart.
    apart = sum_frames([{"acts": {"lose\tjob": 1, "print\tplacard": 1}, "names": {}},
                        {"acts": {"cross\tline": 1, "pass\tbill": 1}, "names": {}}])
    assert apart.thing_spread["job"] == apart.thing_spread["line"] == 1
    assert apart.thing_spread["bill"] == apart.thing_spread["placard"] == 1
    named = sum_frames([{"acts": {"settle\tlawsuit": 1}, "names": {}}, {"acts": {"back\tcase": 1}, "names": {"case": 1}}])
    assert named.thing_spread["lawsuit"] == 1 and named.thing_spread["case"] == 1


def test_question_a_thing_written_with_two_words() -> None:
    # q_settle's shape (session 18): the company settling is written once, of "the lawsuit"; the other articles
    # fight or hear "the case". Before, "the case" was asked about with its own act alone (*Will the case be heard?*).
    text = _proposed([
        "Brenlow Paints weighs settlement as Dunford trial nears\n\nBrenlow Paints could settle the lawsuit before the "
        "trial opens in May, two people close to the company said. The town of Dunford says the plant poisoned its "
        "wells. The company's board will meet on Friday and may approve a settlement.",
        "Dunford residents vow to fight on\n\nResidents said they would fight the case all the way to the High Court. "
        "\"We will not drop the case for a cheque,\" said Ada Rusk, who chairs the residents' group. Lawyers for the "
        "town say a judge should hear the case in May.",
        "Analysis: why a quiet deal may cost Brenlow more\n\nBrenlow Paints should not fight the case, said analyst Tom "
        "Veer. A long trial would hurt its shares, he said. The board could approve a settlement next week, he added.",
    ])
    assert text == "Will Brenlow Paints settle the case?", text


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="review s18: a first sense within the other word's first four also joins "
                   "things a corpus keeps apart ('job' is the third sense of 'business', 'price' the second of 'cost', "
                   "'deal' the fourth of 'trade', 'road' the second of 'route'): the sense's rank does not tell them "
                   "from 'lawsuit' (third of 'case')")
def test_things_of_a_shared_but_other_sense_stay_apart() -> None:
    corpus = sum_frames([{"acts": {"cut\tjob": 3, "raise\tprice": 2, "sign\tdeal": 2}, "names": {}},
                         {"acts": {"sell\tbusiness": 2, "cut\tcost": 3, "boost\ttrade": 3}, "names": {}}])
    assert corpus.thing_spread["business"] == corpus.thing_spread["job"] == 1
    assert corpus.thing_spread["price"] == corpus.thing_spread["cost"] == 1
    assert corpus.thing_spread["deal"] == corpus.thing_spread["trade"] == 1


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="session 20: a name and the noun set beside it ('Dunmore Rovers, the club') are "
                   "no longer one thing (session 19's rule, reverted: it gained only the batch it was read from and, with its "
                   "other parts, cost a sealed one); the club is asked about, not the name")
def test_question_a_name_and_its_description_are_one_thing() -> None:
    # q_sell's shape (session 19): the club is named in the headlines and once beside its description ("Tarnby
    # Rovers, the 120-year-old club"), and acted on as "the club" elsewhere; the buyer is named with the act noun
    # ("the sale to Quellby Capital"). Before, the description was asked about: *Will the family sell the club?*
    text = _proposed([
        "Pryce family agrees to sell Tarnby Rovers\n\nThe Pryce family said on Monday it would sell Tarnby Rovers, "
        "the 120-year-old club, to Quellby Capital. Fans fear Quellby will load the club with debt. The family could "
        "sell the club to Quellby Capital by June, a spokesman said.",
        "Fans march against Rovers sale\n\nThousands of fans marched on Saturday against the sale to Quellby Capital. "
        "\"Do not sell the club,\" said supporters' chief Ewan Hart. The mayor said the council would not block the "
        "sale to Quellby Capital.",
        "Analysis: Quellby's offer for Rovers\n\nQuellby Capital's offer values the club at 90 million pounds. The "
        "family should accept the offer, analyst Ruth Kell said. Others say the family must reject the offer and keep "
        "the club.",
    ])
    assert text == "Will the family sell Tarnby Rovers to Quellby Capital?", text


def test_frames_no_act_on_a_thing_contrasted_away() -> None:
    # session 43: "the hold-up is planning, not money" (the noun "planning" parsed a verb, "money" its object) acts on
    # no money; a verb's own object stays acted on
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    nlp = load_nlp()
    acts = frames_of(nlp('"The hold-up at Quellby is planning, not money, and no grant will fix that," she said.'))["acts"]
    assert not any(k.endswith("\tmoney") for k in acts), acts
    # the thing after ", not" with its determiner (session 43's review: before, 'plan\tmoney')
    acts = frames_of(nlp('"The hold-up at Kelbury is planning, not the money, and no grant will fix that," she said.'))["acts"]
    assert not any(k.endswith("\tmoney") for k in acts), acts
    assert "close\tmill" in frames_of(nlp("The Tarl board will close the mill next year."))["acts"]
