"""Question shapes of session 24 (issue 9 items 1 and 6), probed on invented corpora before the day's batches were
read: the proposed question's words. Every name and sentence here is invented."""

from __future__ import annotations

from .test_question_named_acts import _propose


def test_a_dateline_before_the_thing() -> None:
    # Before: 'Will Monday - Palmer's power grid cope?' (the dateline's day hung on the phrase by the parse).
    text = _propose([
        "Sorrel grid faces winter test\n\nSorrel, Monday - Sorrel's power grid will cope with the winter, the operator "
        "said. An engineer warned the grid would not cope with a cold snap.",
        "Blackout fears in Sorrel\n\nSorrel, Wednesday - Engineers doubt the grid can cope with demand. The minister "
        "said the grid would cope.",
        "Sorrel grid holds\n\nSorrel, Friday - The operator said the night showed the grid could cope. Critics said one "
        "night proved nothing and the grid will not cope in January.",
    ])
    assert text == "Will Sorrel's power grid cope?", text
