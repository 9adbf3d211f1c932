"""The time the corpus writes most widely bounds the proposed act where one article bounds the act by it (extract/
frames_times.py; question_act._corpus_time; docs/evaluation.md, issue 9 session 38). Every name and sentence here is
invented."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def test_frames_every_time_the_article_writes() -> None:
    # A date opening with "this" or "next" said as an adverb, of a noun or a verb, and a date after "by", "before" or
    # "until" of anything; a past date ("last spring") and "on Monday" are no bound.
    times = _frames("The risk this spring is high, a warden said. The dam will be ready by June. The mayor spoke on Monday. "
                    "The ferry sank last spring. Fares rise next year.")["times"]
    assert times == {"this spring": 1, "by June": 1, "next year": 1}, times


def test_question_an_act_bounded_once_by_the_time_the_corpus_writes_widely() -> None:
    # Flooding the village is bounded by "this winter" in one article; three of four write "this winter" of other
    # things (the risk, the sandbags). Before (session 37's code): 'Will the village be flooded?'.
    text = _propose([
        "Tolvern braces for storms\n\nThe village could be flooded this winter, a warden said. The pumps are old.",
        "Pumps fail test in Tolvern\n\nEngineers said the village will be flooded if the river rises. The risk this winter is "
        "high, they said.",
        "Tolvern residents meet\n\nResidents fear the village will be flooded. Sandbags ran short this winter.",
        "Council reassures Tolvern\n\nThe mayor says the village will not be flooded. A new wall opens in the spring.",
    ])
    assert text == "Will the village be flooded this winter?", text


def test_question_a_time_written_in_few_articles_bounds_no_act() -> None:
    # As above, "this winter" written in two of four articles only (TIMES_LEAST): the act is asked without it.
    text = _propose([
        "Tolvern braces for storms\n\nThe village could be flooded this winter, a warden said. The pumps are old.",
        "Pumps fail test in Tolvern\n\nEngineers said the village will be flooded if the river rises. The risk is high, they "
        "said.",
        "Tolvern residents meet\n\nResidents fear the village will be flooded. Sandbags ran short this winter.",
        "Council reassures Tolvern\n\nThe mayor says the village will not be flooded. A new wall opens in the spring.",
    ])
    assert text == "Will the village be flooded?", text
