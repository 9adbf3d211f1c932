"""A past act the corpus judges, asked as its verdict (question_verdict.py): the act already done in most of the articles
saying it, "right" or "wrong" said of who did it or of the decision in half the articles. Every name and sentence here
is invented."""

from __future__ import annotations

from stancemap.model import Source
from stancemap.pipeline import analyze_sources

from .test_question_named_acts import _propose

_CLOSED = [
    "Vellan council shuts Orrin library\n\nThe Vellan council closed the Orrin library on Monday after a year of losses. "
    "The council was right, its chair insisted. Readers said they would keep protesting.",
    "Readers fume at library closure\n\nThe council shut the Orrin library last week. Readers say the council was wrong "
    "and want the doors opened again.",
    "Was the library call right?\n\nCouncillors are split. The decision was right, one said; the council closed the "
    "Orrin library too fast, said another.",
    "Orrin library: what next\n\nThe council closed the Orrin library in March. The building may become flats.",
]


def test_question_a_past_act_judged_is_asked_as_its_verdict() -> None:
    # the closing said as done in every article, "right"/"wrong" said of the council or the decision in three of four:
    # whether it was right is the proposition, not whether the council will close the library
    text = _propose(_CLOSED)
    assert text is not None and text.startswith("Was ") and " to close " in text and "library" in text, text
    assert "right" in text or "wrong" in text, text


def test_question_a_future_act_judged_keeps_its_question() -> None:
    # the same verdicts on an act not yet done ("will close"): the act itself is still what is argued
    future = [t.replace("closed", "will close").replace("shut the", "will shut the") for t in _CLOSED]
    text = _propose(future)
    assert text is not None and not text.startswith("Was "), text


def test_question_a_past_act_no_verdict_keeps_its_question() -> None:
    # done, but judged in one article only: no verdict argued, the act asked as before
    plain = [_CLOSED[0], _CLOSED[3], _CLOSED[3].replace("in March", "in April").replace("next", "now"),
             "Library staff moved\n\nThe council closed the Orrin library and moved its staff to Kessel."]
    text = _propose(plain)
    assert text is not None and not text.startswith("Was "), text


def test_question_one_denial_of_a_detail_keeps_the_verdict() -> None:
    # one article denying a detail of the act ("denied that it closed it to sell the site"): the act is still done and
    # judged, no charge argued (question_verdict.DENIED_LEAST; red with a threshold of one)
    one = [*_CLOSED[:2], _CLOSED[2].replace("Councillors are split.", "Councillors are split. The council denied that it "
                                            "closed the Orrin library to sell the site."), _CLOSED[3]]
    text = _propose(one)
    assert text is not None and text.startswith("Was ") and " to close " in text, text


def test_question_a_charge_denied_keeps_its_fact() -> None:
    # whether the act was done is what is argued (denied, rejected as a claim, in three articles): a verdict said of the
    # one charged ("Vask was wrong") does not turn it into a question of her judgement
    text = _propose([
        "Vask accused over audit\n\nCritics claim Rena Vask misled the audit panel. They deny Vask misled it by "
        "accident. Vask was wrong, they said.",
        "Vask denies charge\n\nRena Vask denied that she misled the audit panel. Allies reject claims Vask misled it. "
        "Vask was right, allies said.",
        "Panel to rule on Vask\n\nCritics insist Rena Vask misled the audit panel. Vask denies she misled it. Vask was "
        "wrong, the critics said.",
        "What Vask said\n\nRena Vask rejected claims she misled the audit panel. Critics say Vask misled it twice.",
    ])
    assert text is not None and not text.startswith("Was "), text


_VETO = [
    "Harbour backers angry at Pellor veto\n\nChair Orla Pellor cast her veto on Tuesday to block the Tarnby harbour plan. "
    "Supporters of the plan said the veto was a disgrace.",
    "Was Pellor right at the Tarnby summit?\n\nThe veto split the council. Some members said Pellor was wrong; others said "
    "the harbour plan was too costly.",
    "Harbour backers fume over veto\n\nBackers of the harbour plan called the veto a betrayal. The council will meet again "
    "in May.",
    "Pellor defends veto\n\nOrla Pellor said she was right and would cast the veto again. Fishermen welcomed the veto.",
]


def _titled(texts: list[str]) -> str | None:
    """The question proposed for articles given with their headlines as titles."""
    found = analyze_sources([Source(f"n{i}.json", "json", text=t.split("\n\n", 1)[1], title=t.split("\n\n", 1)[0])
                             for i, t in enumerate(texts)]).question
    return found.text if found is not None else None


def test_question_a_verdict_on_a_name_asked_with_its_act() -> None:
    # session 45 (q_penalty's shape): a headline asks a verdict of a name with a place and no act ("Was Pellor right at
    # the Tarnby summit?"); the act judged is the one the name is said doing to what the headlines write with the name
    # ("Pellor veto"), named in every article: asked with it, in question_verdict's form
    assert _titled(_VETO) == "Was Pellor right to cast the veto at the Tarnby summit?"
    # not when no article says the name doing anything to it: the headline's question as it is
    plain = [t.replace("Chair Orla Pellor cast her veto on Tuesday", "The veto came on Tuesday").replace(
        "would cast the veto again", "had no regrets") for t in _VETO]
    assert _titled(plain) == "Was Pellor right at the Tarnby summit?"


def test_question_a_verdict_on_a_name_asked_with_its_act_in_a_possessive() -> None:
    # session 45's review item 2: the headline naming the thing writes the name's possessive ("Pellor's veto"); before,
    # "pellor's" never matched "pellor" and the headline's question stayed as it was
    possessive = [_VETO[0].replace("angry at Pellor veto", "angry at Pellor's veto"), *_VETO[1:]]
    assert _titled(possessive) == "Was Pellor right to cast the veto at the Tarnby summit?"


def test_question_a_verdict_on_the_act_itself_is_not_completed() -> None:
    # session 45's review item 3: the verdict's phrase names the thing already ("right on the veto"): before, "Was Pellor
    # right to cast the veto on the veto?"
    on = [_VETO[0], _VETO[1].replace("Was Pellor right at the Tarnby summit?", "Was Pellor right on the veto?"), *_VETO[2:]]
    text = _titled(on)
    assert text is None or "veto on the veto" not in text, text
