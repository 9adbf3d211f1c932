"""An act argued in every article (issue 9 item 6, session 28): a charge levelled, denied and weighed across the corpus
("misled the assembly") whatever each article acts on most is the proposition, asked of the person the corpus argues
about most. Every name here is invented; the frames are written as extract/frames.py gives them."""

from __future__ import annotations

from typing import Any

from stancemap.question import propose_question


def _frame(acts: dict[str, int], past: tuple[str, ...] = (), names: dict[str, int] | None = None) -> dict[str, Any]:
    return {"acts": acts, "past": {k: 1 for k in past}, "names": names or {}, "headline": ["vandersloot"],
            "subjects": {}, "phrases": {}}


def _accused(weight: int, censure: int = 2) -> list[dict[str, Any]]:
    """Three articles naming Vandersloot in their headlines and acting on her in each (censured in `censure` of them, other acts
    once each); "mislead the assembly" in each, weighing `weight`."""
    other = ({"drag\tvandersloot": 3}, {"send\tvandersloot": 2}, {"summon\tvandersloot": 2})
    return [_frame({"mislead\tassembly": weight, **({"censure\tvandersloot": 2} if i < censure else {}), **other[i],
                    "publish\treport": 1}, past=("mislead\tassembly",), names={"vandersloot": 2})
            for i in range(3)]


def test_question_an_act_argued_in_every_article_is_asked() -> None:
    q = propose_question(_accused(weight=4))
    assert q is not None and q.text == "Did Vandersloot mislead the assembly?", q
    assert "every article" in q.reason


def test_question_an_act_said_plainly_in_every_article_is_not() -> None:
    # said once in each article with nothing contesting it: no charge argued, the thing argued most is asked about
    q = propose_question(_accused(weight=1))
    assert q is not None and "mislead" not in q.text, q


def test_question_an_act_on_the_thing_chosen_as_widely_is_its_own_question() -> None:
    # Vandersloot censured in every article: the thing chosen is acted on as widely as the charge, and is asked about
    q = propose_question(_accused(weight=4, censure=3))
    assert q is not None and "censure" in q.text, q


def test_question_an_act_argued_in_every_article_asked_of_its_doer() -> None:
    """No one is named winning the seats, but the Rowan League is named winning other things in two articles (as "the
    Rowan League Party" and "Rowan League"): it is asked of, not of the chamber the corpus acts on most (before: "Did
    Tessenmark win the seats?", the chamber the winner would abolish)."""
    frames = [
        {"acts": {"win\tseat": 4, "abolish\ttessenmark": 2, "publish\tbill": 1}, "past": {"win\tseat": 1},
         "names": {"tessenmark": 2}, "headline": ["tessenmark"], "phrases": {}, "forms": {"seat\tseats": 2},
         "subjects": {"win\tmajority\tThe Rowan League Party|ORG": 1}},
        {"acts": {"win\tseat": 4, "abolish\ttessenmark": 2, "delay\tvote": 1}, "past": {"win\tseat": 1},
         "names": {"tessenmark": 2}, "headline": ["tessenmark"], "phrases": {}, "forms": {"seat\tseats": 2},
         "subjects": {"win\tvote\tRowan League|ORG": 1}},
        {"acts": {"win\tseat": 4, "reform\ttessenmark": 2, "count\tballot": 1}, "past": {"win\tseat": 1},
         "names": {"tessenmark": 2}, "headline": ["tessenmark"], "phrases": {}, "subjects": {}},
    ]
    q = propose_question(frames)
    assert q is not None and q.text == "Did the Rowan League Party win the seats?", q
