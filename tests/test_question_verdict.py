"""A past act the corpus judges, asked as its verdict (question_verdict.py): the act already done in most of the articles
saying it, "right" or "wrong" said of who did it or of the decision in half the articles. Every name and sentence here
is invented."""

from __future__ import annotations

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
