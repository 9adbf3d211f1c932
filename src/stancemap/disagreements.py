"""Where outlets' accounts disagree: on an actor's stance, on the words for one thing, on the date
of one event (relate.py runs them after the positions).

An account is an outlet's (or an unknown outlet's single document's: `account_labels`). The date
disagreements pair events without comparing every pair (`_similar_pairs`: prefix filtering on
rare words, bounded per word), so the step stays linear in the corpus's events.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from itertools import pairwise

from .framing_loaded import is_loaded, rival_of  # (not .framing: it loads the parser: tests/test_startup.py)
from .model import Analysis, Disagreement, Event, Statement
from .unionfind import DisjointSets


def account_labels(analysis: Analysis) -> dict[str, str]:
    """Document id -> the name its outlet goes by in accounts ("(unknown outlet, d4)" when unknown)."""
    return {d: (o.name or f"(unknown outlet, {d})") for o in analysis.outlets for d in o.documents}


def disagreements_of(analysis: Analysis) -> list[Disagreement]:
    return stance_disagreements(analysis) + wording_disagreements(analysis) + date_disagreements(analysis)


def stance_disagreements(analysis: Analysis) -> list[Disagreement]:
    """Actors whose stance differs depending on which outlet reports them."""
    outlet_of = account_labels(analysis)
    by_actor: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for s in analysis.statements:
        if s.speaker and s.stance:
            by_actor[s.speaker][outlet_of[s.document]].append(s)
    found = []
    for actor, per_outlet in by_actor.items():
        if len(per_outlet) < 2:
            continue
        accounts: dict[str, list[str]] = {o: sorted({str(s.stance) for s in ss if s.stance}) for o, ss in per_outlet.items()}
        # Two outlets disagree when each reports the actor taking a side and no side in common:
        # "neutral" is what most reporting of procedure looks like, so it contradicts nothing.
        sides = list({frozenset(v) - {"neutral"} for v in accounts.values()} - {frozenset()})
        if _some_pair_disjoint(sides):
            who = analysis.actor(actor)
            found.append(Disagreement(actor, accounts, [s.id for ss in per_outlet.values() for s in ss],
                                      kind="stance", subject=who.name if who else actor))
    return found


def thing_of(term: str) -> str:
    """The thing a loaded term names, following the rival chain to its end
    ("stabilisation mission" -> "incursion" -> "invasion")."""
    seen = {term}
    while (nxt := rival_of(term)) and nxt not in seen:
        seen.add(nxt)
        term = nxt
    return term


def wording_disagreements(analysis: Analysis) -> list[Disagreement]:
    """One thing named with rival loaded terms by different outlets: some outlets say "incursion"
    and others, never using it, say "stabilisation mission"."""
    labels = account_labels(analysis)
    per_thing: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for outlet in analysis.outlets:
        name = labels[outlet.documents[0]]
        for term in outlet.framing:
            if is_loaded(term.term):
                per_thing[thing_of(term.term)].setdefault(name, set()).add(term.term)
    found = []
    for thing, accounts in sorted(per_thing.items()):
        if _some_pair_disjoint(list({frozenset(t) for t in accounts.values()})):
            found.append(Disagreement("", {o: sorted(t) for o, t in accounts.items()}, [], kind="wording", subject=thing))
    return found


# Two events are one happening told twice when their sentences share this share of content words
# (Jaccard) and, if both name actors, at least one actor; and their dates are at most
# SAME_EVENT_DAYS apart, since accounts further apart are more likely two rounds of the same thing.
SAME_EVENT_WORDS = 0.5  # _similar_pairs' positional bounds (2|x| - 3i) are written for this 1/2: change both
SAME_EVENT_DAYS = 45
# Candidates looked at per rare word when events are paired (see _similar_pairs).
SIMILAR_PER_WORD = 64
CONTENT = re.compile(r"[a-z][a-z'-]{3,}")


def date_disagreements(analysis: Analysis) -> list[Disagreement]:
    """One event that outlets date differently (one says the talks opened on the 3rd, another the 5th)."""
    labels = account_labels(analysis)
    events = [e for e in analysis.events if _as_date(e.date)]
    words = {e.id: frozenset(CONTENT.findall(e.text.lower())) for e in events}
    same_event = DisjointSets(e.id for e in events)
    day = {e.id: (_as_date(e.date) or date.min).toordinal() for e in events}
    named = {e.id: frozenset(e.actors) for e in events}

    # The same sentence carried by many articles (wire copies) is one event told many times: its
    # reports are chained in date order, so that a thousand copies cost a thousand steps, not a
    # million pairs; only one report of each wording is compared with other wordings.
    same_words: dict[frozenset[str], list[Event]] = defaultdict(list)
    for e in events:
        same_words[words[e.id]].append(e)
    for group in same_words.values():
        group.sort(key=lambda e: day[e.id])
        for a, b in pairwise(group):
            if _same_report(a.id, b.id, words, day, named):
                same_event.join(a.id, b.id)
    # A pair already in one group needs no test: joining it changes no group. The bench corpus's copies of a sentence
    # (names spelt a dozen ways) are found pair by pair, and most of their pairs are joined by then; the tests of
    # the rest read what each event's test needs, found once (docs/performance.md, issue 11 session 29).
    for a, b in _similar_pairs([g[0] for g in same_words.values()], words, day):
        if same_event.root(a.id) != same_event.root(b.id) and _same_report(a.id, b.id, words, day, named):
            same_event.join(a.id, b.id)
    clusters: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        clusters[same_event.root(e.id)].append(e)
    found = []
    for members in clusters.values():
        accounts: dict[str, set[str]] = defaultdict(set)
        for e in members:
            accounts[labels[e.document]].add(e.date)
        if len(accounts) < 2:
            continue
        sets = list({frozenset(d) for d in accounts.values()})
        # Two outlets none of whose dates agree; a vaguer third account ("March") settles nothing.
        if any(not any(_dates_agree(x, y) for x in a for y in b) for i, a in enumerate(sets) for b in sets[i + 1:]):
            shortest = min(members, key=lambda e: len(e.text))
            found.append(Disagreement(shortest.actors[0] if shortest.actors else "",
                                      {o: sorted(d) for o, d in accounts.items()}, [], kind="date",
                                      subject=shortest.text, events=[e.id for e in members]))
    return found


def _some_pair_disjoint(sets: list[frozenset[str]]) -> bool:
    """True when two of the sets share nothing. Called on distinct sets only: outlets that report
    the same thing the same way are one set, so the pairs stay few however many outlets there are."""
    return any(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1:])


def _similar_pairs(events: list[Event], words: dict[str, frozenset[str]],
                   day: dict[str, int]) -> Iterator[tuple[Event, Event]]:
    """Pairs of events whose words may reach SAME_EVENT_WORDS (Jaccard) and whose days (`day`: each event's day
    number) are at most SAME_EVENT_DAYS apart, found without comparing every pair (prefix filtering: two sets that
    similar share one of the rarest words of each set's prefix of |x| - ceil(t|x|) + 1 words, in one corpus-wide
    order, rarest first). The events are taken in date order (run order within a day), and each word's list keeps
    only the events of the last SAME_EVENT_DAYS days: a pair further apart is never looked at (it was four in five of
    the pairs looked at on 1,500 bench articles, and their share grows with the corpus: docs/performance.md, issue 11
    session 30). A word shared by more than SIMILAR_PER_WORD events of those days pairs each new one with the latest
    of them only: the cost stays linear in the number of events. Yielded as found, each pair once (a pair's later
    event is the one in hand, so only its own candidates can repeat): never all held at once."""
    frequency = Counter(w for e in events for w in words[e.id])
    order = {w: (n, w) for w, n in frequency.items()}  # rarest first
    taken = sorted(events, key=lambda e: day[e.id])
    # per word: where its events of the last SAME_EVENT_DAYS days begin, and its events as (day, size, reach, number)
    index: dict[str, tuple[list[int], list[tuple[int, int, int, int]]]] = {}
    assert SAME_EVENT_WORDS == 0.5  # the positional bounds below are this Jaccard's (test_similar_pairs_at_the_bounds)
    for number, event in enumerate(taken):
        ranked = sorted(words[event.id], key=order.__getitem__)
        size = len(ranked)
        seen: set[int] = set()
        when = day[event.id]
        for place, w in enumerate(ranked[:size - math.ceil(SAME_EVENT_WORDS * size) + 1]):
            first, listed = index.setdefault(w, ([0], []))
            start = first[0]
            while start < len(listed) and listed[start][0] < when - SAME_EVENT_DAYS:
                start += 1
            first[0] = start
            # The shared words of x (this event, size |x|) and y (|y|), whose rarest shared word w is at places i and j
            # when they first meet, are at most min(|x| - i, |y| - j) (positional filtering, PPJoin), and a Jaccard of
            # 1/2 needs 3 x shared >= |x| + |y|: so |y| <= 2|x| - 3i and y's reach 2|y| - 3j >= |x| (which bound the
            # sizes too: |x|/2 <= |y| <= 2|x|). A later meeting's bound is no larger, so a pair failing at its first
            # fails at all, and only one that passes is marked seen. (Exact while no list is cut at SIMILAR_PER_WORD.)
            most = 2 * size - 3 * place
            for _, other_size, reach, other in listed[max(start, len(listed) - SIMILAR_PER_WORD):]:
                if reach >= size and other_size <= most and other not in seen:
                    seen.add(other)
                    yield taken[other], event
            listed.append((when, size, 2 * size - 3 * place, number))


def _same_event(a: Event, b: Event, words: dict[str, frozenset[str]]) -> bool:
    """Two events one: actors shared (or either has none), a Jaccard of their words of SAME_EVENT_WORDS or more, and dates
    at most SAME_EVENT_DAYS apart. The rule as written, no longer called by the reduce since session 30: `_same_report`
    is its faster form, and tests/test_reduce_linear.py checks the two against each other and `_similar_pairs`
    against it."""
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    wa, wb = words[a.id], words[b.id]
    if not wa or not wb or len(wa & wb) / len(wa | wb) < SAME_EVENT_WORDS:
        return False
    da, db = _as_date(a.date), _as_date(b.date)
    return bool(da and db and abs((da - db).days) <= SAME_EVENT_DAYS)


def _same_report(a: str, b: str, words: dict[str, frozenset[str]], day: dict[str, int],
                 named: dict[str, frozenset[str]]) -> bool:
    """`_same_event` of two events by id, with their dates as day numbers and their actors as sets (the same answer:
    its three tests in another order, and no two sets' union made to count it)."""
    if abs(day[a] - day[b]) > SAME_EVENT_DAYS:
        return False
    wa, wb = words[a], words[b]
    if not wa or not wb or 2 * min(len(wa), len(wb)) < max(len(wa), len(wb)):
        return False  # (the words of one share not half of the two's together: a Jaccard under SAME_EVENT_WORDS)
    if named[a] and named[b] and named[a].isdisjoint(named[b]):
        return False
    shared = len(wa & wb)
    return shared / (len(wa) + len(wb) - shared) >= SAME_EVENT_WORDS


ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@lru_cache(maxsize=65536)  # read twice for each of some 200,000 pairs of events at 1,500 articles
def _as_date(text: str) -> date | None:
    """The first day a date string can mean (YYYY, YYYY-MM, YYYY-MM-DD); None for partial forms."""
    m = ISO_DATE.fullmatch(text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def _dates_agree(x: str, y: str) -> bool:
    """Two dates agree when the less precise one contains the other ("2025-03" and "2025-03-14")."""
    return x.startswith(y) or y.startswith(x)


