"""A quality the corpus argues of a thing (`quality_argued`): what the articles say the thing is, in nouns ("the pier is a
folly", "called the pier a bargain", "the porters are partners": frames_evaluations.py) and in adjectives ("the pier is
affordable": frames.py's properties), said of one thing in half the articles or more, more widely than any act on it or
on the thing the corpus argues most. A corpus argues such a question ("Is the pier a folly?", "Are the porters
partners?") in many words, one article a noun and the next an adjective, so no one word need
be said in two articles: the thing's being evaluated is pooled, and the evaluation asked is the one said most, then the
one its headlines write."""

from __future__ import annotations

from .extract.frames import PROPERTY
from .extract.frames_nouns import BEINGS, lexfile
from .question_act import ask_property
from .question_evaluation import widest_act
from .question_sum import Summed
from .question_words import object_of

# Articles that must say the evaluation asked of the thing: one article's word is no proposition of the corpus's
# (tests/test_question_quality.py::test_question_a_quality_said_in_one_article_each_is_not_asked)
WORD_LEAST = 2


def quality_argued(corpus: Summed, chosen: str) -> tuple[str, str, int] | None:
    """(the question, the thing it asks of, the articles evaluating that thing) for the thing evaluated (`_evaluations`)
    in half the corpus's articles or more (three at least), named in half its headlines or more, in more articles than
    any act is done to it or to the `chosen` thing; None otherwise (tests/test_question_quality.py)."""
    if corpus.articles < 3:
        return None
    found = []
    evaluations = _evaluations(corpus)
    for thing, said in evaluations.items():
        articles = set().union(*said.values())
        if 2 * len(articles) < corpus.articles or len(articles) < 3 or 2 * corpus.headlines[thing] < corpus.articles:
            continue
        if len(articles) <= max(widest_act(corpus, chosen), widest_act(corpus, thing), corpus.thing_spread[chosen]):
            # (nor in as many as act on the thing chosen at all, in whatever act: q_unionise and heldout2 keep their acts;
            # tests/test_question_quality.py::test_question_a_quality_said_as_widely_as_the_thing_is_acted_on_is_not_asked)
            continue
        found.append((len(articles), corpus.headlines[thing], thing))
    if not found:
        return None
    widest, _, thing = max(found)
    said = evaluations[thing]
    word = max(said, key=lambda w: (len(said[w]), corpus.headlines[w.removeprefix(PROPERTY)], not w.startswith(PROPERTY), w))
    if len(said[word]) < WORD_LEAST:
        return None
    if word.startswith(PROPERTY):
        return ask_property(corpus, thing, word), thing, widest
    written, said_of, number = max(corpus.evaluation_words[thing, word].items(), key=lambda kv: (kv[1], kv[0]))[0]
    named = object_of(corpus, thing)
    if any(w[:1].isupper() for w in named.split()) and not any(w[:1].isupper() for w in said_of.split()):
        said_of = named  # (the thing as the corpus names it where the evaluations write it bare: "Tarnwick's new pier")
    return f"{number.capitalize()} {said_of} {written}?", thing, widest


def _evaluations(corpus: Summed) -> dict[str, dict[str, set[int]]]:
    """thing -> what it is said to be -> the articles saying it: a noun (frames_evaluations.py) of anything, an adjective
    ("=be worth") of a thing that is no person ("she is proud" is a feeling, not a quality argued)."""
    said: dict[str, dict[str, set[int]]] = {}
    for thing, nouns in corpus.evaluated.items():
        for noun, articles in nouns.items():
            # (a noun said of a thing with "the" names which it is, not what it is like: "the answer", "the only way";
            # nor is a noun said of itself, "a park is a park"; tests/test_question_quality.py)
            if thing and noun.lower() != thing and any(
                    not w.startswith("the ") for w, _, _ in corpus.evaluation_words[thing, noun]):
                said.setdefault(thing, {})[noun] = set(articles)
    for (act, thing), articles in corpus.property_in.items():
        if act.startswith(PROPERTY) and thing and lexfile(thing) not in BEINGS:
            said.setdefault(thing, {})[act] = set(articles)
    return said

