"""The framing's judgements do not depend on the order they are asked in (wording_links.py): the sets
that ask them iterate in an order set by the hash seed, so an order-dependent answer made the same
corpus give other framing terms from one run to the next (session 13)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from stancemap.extract.wording import wording_of
from stancemap.wording import WordingCounts


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from stancemap.parse import load_nlp

    return load_nlp()


def _counts() -> WordingCounts:
    """Two phrases set beside each other both ways ("the harbour levy, a cash grab"; "the cash grab, the
    harbour levy"), and one of them later beside a phrase of the question ("the toll plan of Brask")."""
    counts = WordingCounts()
    counts.add("courier", wording_of(_nlp()("The harbour levy, a cash grab, hits sailors. "
                                            "The cash grab, the harbour levy, starts in May.")))
    counts.add("beacon", wording_of(_nlp()("The cash grab is a harbour levy, the toll plan of Brask.")))
    counts.set_topic(frozenset({"toll", "brask"}), frozenset({"approve"}))
    return counts


def test_phrases_set_beside_each_other_speak_of_the_question_whichever_is_asked_first() -> None:
    # red before: asked after "harbour levy", "cash grab" met the levy's unfinished (False) answer and kept it
    counts = _counts()
    beside = [s for s in counts.slots["harbour levy"] if s.startswith("is:")]
    assert beside == ["is:cash grab", "is:toll plan"]  # the cycle is followed first
    levy_first = [counts._direct("harbour levy"), counts._direct("cash grab")]
    counts = _counts()
    grab_first = [counts._direct("cash grab"), counts._direct("harbour levy")][::-1]
    assert levy_first == grab_first == [True, True]


def test_phrases_set_beside_only_each_other_do_not_speak_of_the_question() -> None:
    counts = WordingCounts()
    counts.add("courier", wording_of(_nlp()("The harbour levy, a cash grab, hits sailors. "
                                            "The cash grab, the harbour levy, starts in May.")))
    counts.set_topic(frozenset({"toll", "brask"}), frozenset({"approve"}))
    assert [counts._direct("harbour levy"), counts._direct("cash grab")] == [False, False]


def _pension_terms(order: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each outlet's terms, asked outlet by outlet in `order`: three outlets write "pension reform" (the corpus's
    own name for the act, `_widely`), two others "pension grab" once each."""
    texts = {"a": "The government presented its pension reform on Monday. The retirement age would rise.",
             "b": "Unions will fight the pension reform. Ministers want to raise the retirement age.",
             "c": "The pension reform divides the coalition.",
             "d": "Workers face a pension grab.", "e": "The pension grab hits nurses first."}
    counts = WordingCounts()
    for name, text in texts.items():
        counts.add(name, wording_of(_nlp()(text)))
    counts.set_topic(frozenset({"retirement", "age", "raise"}), frozenset({"raise", "approve", "block"}),
                     frozenset({"age"}))
    return {name: [(t.term, t.variant_of) for t in counts.terms(name)] for name in order}


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="PhraseLinks._topical caches its answer under the phrase alone, though it "
                   "depends on `rival` (a weak link to a phrase most outlets write counts for a rival only): the "
                   "first caller decides for both. Asked a..e every outlet shows its terms; asked e..a none does. "
                   "Answered as a rival's everywhere it holds (keyed by (phrase, rival), d and e show nothing), but "
                   "it loses VALIDATE framing recall with the shipped ranker (114/162 -> 112; keyed: 108): "
                   "docs/evaluation.md, 'Issue 9, session 30: the topical cache'")
def test_outlets_terms_do_not_depend_on_the_order_the_outlets_are_asked() -> None:
    forward, backward = _pension_terms("abcde"), _pension_terms("edcba")
    assert forward["d"] == [("pension grab", "pension reform"), ("Workers", None)]
    assert forward == backward
