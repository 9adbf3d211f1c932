"""The order of two things proposed as the question: a corpus that argues which of two projects goes first ("build the
pier first", "the ferry should go first") in half its articles or more, one act done to both ("build"), asks whether
the one it argues most is done before the other ("Will the city build the pier before the ferry?"). The frames say
which thing goes first (extract/frames_order.py); tests/test_question_order.py pins both."""

from __future__ import annotations

from .extract.frames import INTRANSITIVE, PROPERTY
from .question_act import STANCE_ONLY
from .question_sum import Summed
from .question_words import object_of, participle, subject_of

# Articles that must say of some thing that it goes first, and in which each of the two must be acted on by the act
# they share, before the order is the question.
ORDER_LEAST = 2
# The things argued most among which both rivals must be (the order of two side things is no proposition).
ORDER_AMONG = 3


def order_argued(corpus: Summed, scored: dict[str, float]) -> tuple[str, str, str, str] | None:
    """(the question, the thing asked to go first, its rival, the act) when half the articles or more (ORDER_LEAST at
    least) say of some thing that it goes first, two of the ORDER_AMONG things argued most (`scored`, question._things)
    are each said to go first in some article, and one act (not a side taken, a property or an act of itself) is done
    to each in ORDER_LEAST articles: the one scored higher asked to be done before the other, by the one named doing
    it, else in the passive. None otherwise."""
    if corpus.articles < 3 or corpus.order_spread < ORDER_LEAST or 2 * corpus.order_spread < corpus.articles:
        return None
    top = sorted(scored, key=lambda t: (-scored[t], t))[:ORDER_AMONG]
    rivals = [t for t in top if corpus.firsts[t]]
    if len(rivals) < 2:
        return None
    first, other = rivals[:2]
    shared = [(min(corpus.spread[a, first], corpus.spread[a, other]), corpus.weight[a, first] + corpus.weight[a, other], a)
              for (a, t) in corpus.spread if t == first and not a.startswith((PROPERTY, INTRANSITIVE))
              and a not in STANCE_ONLY]
    shared = [s for s in shared if s[0] >= ORDER_LEAST]
    if not shared:
        return None
    act = max(shared)[2]
    before = f"{object_of(corpus, first)} before {object_of(corpus, other)}"
    if (subject := subject_of(corpus, act, first, own=True)) is not None:
        return f"Will {subject} {act} {before}?", first, other, act
    return f"Will {object_of(corpus, first)} be {participle(act)} before {object_of(corpus, other)}?", first, other, act
