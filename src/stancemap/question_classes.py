"""A classification the corpus argues (`class_argued`): what a thing is, said with "be" and a noun ("the couriers are
employees", "the couriers are partners", "cleaners are their own managers"), in half the articles or more, of a thing the
headlines name, where no act on the thing the corpus argues most is said as widely. The frames read an adjective said
with "be" as a property (question_evaluation.py asks it); a class said as a noun they record apart
(extract/frames_classes.py), and it is asked here as the articles write it ("Are the Zippa couriers employees?")."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .extract.frames import PROPERTY
from .extract.frames_nouns import is_event_noun
from .question_sum import Summed
from .question_words import object_of


def class_argued(corpus: Summed, chosen: str) -> tuple[str, str, str, int] | None:
    """(the question, the thing, the class asked, the articles) for the thing whose class is said with "be" in half the corpus's
    articles or more (three at least, whatever the class: what it is, argued), named in half the headlines or more, in
    more articles than any act is done to the `chosen` thing (the thing argued most) or to that thing; None otherwise.
    Of such things, the one said so in the most articles, then named in the most headlines. The class asked is the one
    said of it in the most articles, then one the headlines name in a word of its family ("employee" of "employment
    status"), then the one said the most contested; the thing written as the corpus names it where it acts on it, else
    as the articles saying it write it. Catches q_employees' shape (what a class of workers is, said in three articles of five in
    three nouns); pinned by tests/test_question_classes.py, each gate by a test of its own (without the headline gate
    DEVELOP loses q_settle, without the act gate q_should: docs/evaluation.md, issue 9 session 33)."""
    if corpus.articles < 3:
        return None
    said: dict[str, set[int]] = {}
    for (_, thing), articles in corpus.classes.items():
        said[thing] = said.get(thing, set()) | articles
    found = []
    for thing, articles in said.items():
        if is_event_noun(thing):
            continue  # ("the levy is the best tool we have", "the ban is the wrong tool": an act judged, asked as itself)
        if 2 * len(articles) < corpus.articles or len(articles) < 3 or 2 * corpus.headlines[thing] < corpus.articles:
            continue
        if len(articles) <= max(_widest_act(corpus, chosen), _widest_act(corpus, thing)):
            continue
        found.append((len(articles), corpus.headlines[thing], thing))
    if not found:
        return None
    widest, _, thing = max(found)
    kinds = {kind: len(where) for (kind, t), where in corpus.classes.items() if t == thing}
    headlined = {w for w, n in corpus.headlines.items() if n}
    kind = max(kinds, key=lambda k: (kinds[k], bool(family(k) & headlined), corpus.class_weight[k, thing], k))
    written: Counter[tuple[str, str]] = Counter()
    number: Counter[str] = Counter()
    for (said_as, is_are, as_written), n in corpus.class_words[kind, thing].items():
        written[said_as, as_written] += n
        number[is_are] += n
    said_as, as_written = max(written, key=lambda w: (written[w], w))
    verb = max(number, key=lambda v: (number[v], v)).title()
    subject = object_of(corpus, thing) if corpus.phrases.get(thing) or corpus.cased.get(thing) else said_as
    return f"{verb} {subject} {as_written}?", thing, kind, widest


def _widest_act(corpus: Summed, thing: str) -> int:
    """The most articles one act (not a property) is done to the thing in."""
    return max((n for (a, t), n in corpus.spread.items() if t == thing and not a.startswith(PROPERTY)), default=0)


@lru_cache(maxsize=4096)
def family(noun: str) -> frozenset[str]:
    """The noun and the words of its family in WordNet: its derivations and theirs ("employee": "employ", "employer",
    "employment")."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    near = wn.derivations(noun, "n")
    return frozenset({noun} | near | {w for d in sorted(near) for pos in ("v", "n", "a") for w in wn.derivations(d, pos)})
