"""An evaluation the corpus argues (`evaluation_argued`): one judgement said with "be" of what the headlines are about,
in kin words ("the plan is enough", "the money is not sufficient", "the response is inadequate"; "the drones are
ready", "the machines are not ready"), in half the articles or more, where no act on the thing the corpus argues most
is said as widely. The frames key a property by its adjective and its thing, so an evaluation said in several words or of
several words for one thing falls under the one-article gates of question_act.widest_property; pooled here, it is
asked as a property of the thing the headlines name ("Is the plan enough?", "Are the drones ready?")."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from .extract.frames import PROPERTY
from .extract.frames_nouns import BEINGS, lexfile
from .question_sum import Summed
from .unionfind import DisjointSets

# Articles that must say the evaluation of the thing it asks about (of its group's kin words), whatever the group's
# spread over other things.
OWN_LEAST = 2


def evaluation_argued(corpus: Summed, chosen: str) -> tuple[str, str, int] | None:
    """(the property act to ask, "=be enough"; the thing it is said of; the articles the evaluation is said in) for the
    group of kin adjectives (`kin_adjectives`) said of things other than people in half the corpus's articles or more
    (three at least), of which a thing named in half the headlines or more is one (said so of it in OWN_LEAST articles),
    in more articles than any act is done to the `chosen` thing (the thing argued most) or to that thing; None
    otherwise. Of such things, the one the evaluation is said of in the most articles, then named in the most headlines;
    the adjective of the group said of it that the corpus says in the most articles."""
    if corpus.articles < 3:
        return None
    said: dict[str, dict[str, set[int]]] = defaultdict(dict)  # adjective -> thing -> articles
    for (act, thing), articles in corpus.property_in.items():
        if act.startswith(PROPERTY) and thing and lexfile(thing) not in BEINGS:
            said[act.removeprefix(PROPERTY)][thing] = set(articles)
    groups = DisjointSets(sorted(said))
    for adjective in sorted(said):
        for other in sorted(kin_adjectives(adjective) & said.keys()):
            if groups.root(adjective) != groups.root(other):
                groups.join(other, adjective)
    members: dict[str, list[str]] = defaultdict(list)
    for adjective in sorted(said):
        members[groups.root(adjective)].append(adjective)
    found = []
    for group in members.values():
        articles = set().union(*(a for adj in group for a in said[adj].values()))
        if 2 * len(articles) < corpus.articles or len(articles) < 3:
            continue
        of: dict[str, set[int]] = defaultdict(set)
        for adj in group:
            for thing, where in said[adj].items():
                of[thing] |= where
        # (the thing said so itself in OWN_LEAST articles: kin words said of other things, "adequate" of the wall once and
        # "not enough" of the budget and the sandbags, ask no evaluation of the wall; tests/test_question_evaluations.py::
        # test_question_an_evaluation_said_of_the_headlines_thing_once_is_not_asked)
        headlined = [t for t in of if 2 * corpus.headlines[t] >= corpus.articles and len(of[t]) >= OWN_LEAST]
        if not headlined:
            continue
        thing = max(headlined, key=lambda t: (len(of[t]), corpus.headlines[t], corpus.thing_spread[t], t))
        if len(articles) <= max(widest_act(corpus, chosen), widest_act(corpus, thing)):
            continue
        spread = Counter({adj: len(set().union(*said[adj].values())) for adj in group if thing in said[adj]})
        adjective = max(spread, key=lambda a: (spread[a], corpus.weight[PROPERTY + a, thing], a))
        found.append((len(articles), corpus.headlines[thing], thing, adjective))
    if not found:
        return None
    widest, _, thing, adjective = max(found)
    return PROPERTY + adjective, thing, widest


def widest_act(corpus: Summed, thing: str) -> int:
    """The most articles one act (not a property) is done to the thing in."""
    return max((n for (a, t), n in corpus.spread.items() if t == thing and not a.startswith(PROPERTY)), default=0)


@lru_cache(maxsize=4096)
def kin_adjectives(adjective: str) -> frozenset[str]:
    """Adjectives of one judgement with this one in WordNet's first two senses: its synonyms, the adjectives it is
    similar to, and its antonyms ("enough": "adequate", "sufficient"; "adequate": "inadequate"; "ready": "unready")."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    return frozenset(wn.synonyms(adjective, "a", senses=2) | wn.related(adjective, "a", "&", senses=2)
                     | wn.antonyms(adjective, "a", senses=2))
