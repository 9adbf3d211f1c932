"""Stage 5: relate what was extracted across documents: outlets (who they quote, their framing
terms), each actor's position over time, and where outlets' accounts disagree."""

from __future__ import annotations

import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from itertools import pairwise

from .copies import CopyPair, counted, link_copies
from .framing import FramingIndex, is_loaded, rival_of
from .model import Analysis, Disagreement, Event, FramingTerm, Outlet, Position, Question, Side, Statement
from .positions import build_positions
from .wording import WordingCounts
from .wording_shown import shown_counterparts


def relate(analysis: Analysis, timings: dict[str, float] | None = None,
           copy_pairs: Sequence[CopyPair] | None = None, wording: WordingCounts | None = None,
           pool: Executor | None = None, worded: Future[Worded] | None = None) -> Analysis:
    """Each step in turn; `timings` (if given) receives each step's seconds, for the benchmark;
    `copy_pairs` are the candidate wire copies the reduce found (else found here); `wording` each
    outlet's noun phrases as the map counted them (framing's loaded and neutral words). With a
    `pool` (pipeline.py's one-process helper, started as the judging workers end), the
    outlets' framing terms, the longest step, are found in a worker while this process finds
    positions and the stance and date disagreements; the result is the same. `worded` (from
    `start_wording`, in the same pool) holds each outlet's own words for the question's things,
    found there while the reduce read its records: the framing then adds them instead of finding them."""
    timings = timings if timings is not None else {}
    with _timed(timings, "copies"):
        link_copies(analysis, copy_pairs)  # wire copies: their repeated statements count once in positions
    with _timed(timings, "outlets"):
        analysis.outlets = outlet_groups(analysis)
        framing = _frame_in(pool, analysis, wording, worded) if pool is not None else None
        if framing is None:
            frame_outlets(analysis, analysis.outlets, wording)
    with _timed(timings, "positions"):
        analysis.positions = positions_of(counted(analysis.statements), analysis)
    with _timed(timings, "sides"):
        analysis.sides = sides_of(analysis)
    with _timed(timings, "disagreements"):
        by_stance, by_date = stance_disagreements(analysis), date_disagreements(analysis)
    if framing is not None:
        with _timed(timings, "outlets"):  # what is left of it: waiting for the worker
            _framed(framing, analysis, wording)
    with _timed(timings, "disagreements"):
        analysis.disagreements = by_stance + wording_disagreements(analysis) + by_date  # disagreements_of's order
    return analysis


@contextmanager
def _timed(timings: dict[str, float], step: str) -> Iterator[None]:
    """A step's seconds, added up when it is timed in two parts."""
    started = time.perf_counter()
    yield
    key = f"relate_{step}_seconds"
    timings[key] = timings.get(key, 0.0) + time.perf_counter() - started


def outlet_key(outlet: str | None, document: str) -> str:
    """The key an article's outlet is grouped by: its name in lower case, else the document's own id."""
    return outlet.lower() if outlet else f"#{document}"


def outlets_of(analysis: Analysis, wording: WordingCounts | None = None) -> list[Outlet]:
    """Every document in exactly one entry; documents with no known outlet each get their own."""
    outlets = outlet_groups(analysis)
    frame_outlets(analysis, outlets, wording)
    return outlets


def outlet_groups(analysis: Analysis) -> list[Outlet]:
    """The outlets with their documents and the speakers they quote, framing not yet found."""
    by_name: dict[str, Outlet] = {}
    outlets: list[Outlet] = []
    for doc in analysis.documents:
        if doc.outlet:
            key = doc.outlet.lower()
            if key not in by_name:
                by_name[key] = Outlet(doc.outlet)
                outlets.append(by_name[key])
            by_name[key].documents.append(doc.id)
        else:
            outlets.append(Outlet(None, [doc.id]))
    speakers_of: dict[str, Counter[str]] = defaultdict(Counter)  # document -> statements per speaker
    for s in analysis.statements:
        if s.speaker:
            speakers_of[s.document][s.speaker] += 1
    for outlet in outlets:
        quoted: Counter[str] = Counter()
        for d in outlet.documents:
            quoted.update(speakers_of.get(d, {}))
        outlet.quoted = dict(quoted.most_common())
    return outlets


def frame_outlets(analysis: Analysis, outlets: list[Outlet], wording: WordingCounts | None) -> None:
    """Each outlet's framing terms: spellings and loaded terms (framing.py), then its own words for
    the question's things (wording.py)."""
    for outlet, terms in zip(outlets, framing_terms(*_framing_inputs(analysis, outlets, wording)), strict=True):
        outlet.framing = terms


_FramingInputs = tuple[list[str], list[str], list[tuple[str, ...]], list[list[int]], list[str],
                       "WordingCounts | None", tuple[frozenset[str], frozenset[str], frozenset[str]]]


def _framing_inputs(analysis: Analysis, outlets: list[Outlet], wording: WordingCounts | None) -> _FramingInputs:
    """What finding the framing reads, and nothing else (it may be sent to a worker process): the
    bodies in document order, the actors' names, each outlet's documents by position, its key."""
    position = {d.id: k for k, d in enumerate(analysis.documents)}
    return ([d.body for d in analysis.documents], [n for a in analysis.actors for n in (a.name, *a.aliases)],
            [(a.name, *a.aliases) for a in analysis.actors if a.kind == "person"],
            [[position[d] for d in outlet.documents] for outlet in outlets],
            [outlet_key(outlet.name, outlet.documents[0]) for outlet in outlets], wording, topic_of(analysis))


def framing_terms(bodies: list[str], names: list[str], persons: list[tuple[str, ...]], outlets: list[list[int]],
                  keys: list[str], wording: WordingCounts | None,
                  topic: tuple[frozenset[str], frozenset[str], frozenset[str]],
                  worded: dict[str, list[FramingTerm]] | None = None,
                  plain: dict[str, list[FramingTerm]] | None = None) -> list[list[FramingTerm]]:
    """Each outlet's framing terms, from `_framing_inputs` (a module-level function: a worker runs it).
    `worded`, `plain`: `wording_terms` of the same counts and topic, found earlier (then `wording` is
    not read)."""
    index = FramingIndex(iter(bodies), names, persons, [[bodies[k] for k in docs] for docs in outlets])
    if wording is not None and worded is None:
        wording.set_topic(*topic)
        worded = {key: wording.terms(key) for key in keys}
        # counterparts read what every outlet's `terms` showed: found after them all
        plain = {key: wording.counterpart_candidates(key) for key in keys}
    found = []
    for docs, key in zip(outlets, keys, strict=True):
        terms = index.terms(bodies[k] for k in docs)
        if worded is not None:
            spelt = {t.term for t in terms}
            terms += [t for t in worded[key] if t.term not in spelt]
            # each outlet's plain words for what the others show terms of their own for
            terms += shown_counterparts((plain or {}).get(key, []), {t.term.lower() for t in terms})
        found.append(terms)
    return found


# The question's topic for wording.py (topic_of), and each outlet key's own words for its things.
Topic = tuple[frozenset[str], frozenset[str], frozenset[str]]
Worded = tuple[Topic, dict[str, list[FramingTerm]], dict[str, list[FramingTerm]]]


def wording_terms(wording: WordingCounts, topic: Topic) -> Worded:
    """Every outlet's own words for the question's things (`WordingCounts.terms`, four fifths of
    the framing's time), and then its plain words' candidates (`counterpart_candidates`, which read
    what every outlet's terms showed), by outlet key: they read only the first pass's counts and
    the question, so a worker finds them while the reduce reads its records again (`start_wording`)."""
    wording.set_topic(*topic)
    own = {key: wording.terms(key) for key in wording.by_outlet}
    return topic, own, {key: wording.counterpart_candidates(key) for key in wording.by_outlet}


def start_wording(pool: Executor | None, wording: WordingCounts, question: Question | None) -> Future[Worded] | None:
    """`wording_terms` sent to the pool's worker (the helper that then finds the framing), or None."""
    if pool is None or question is None:
        return None
    try:
        return pool.submit(wording_terms, wording, question_topic(question))
    except Exception:  # a broken or closed pool: the framing finds them itself
        return None


def _frame_in(pool: Executor, analysis: Analysis, wording: WordingCounts | None,
              worded: Future[Worded] | None = None) -> Future[list[list[FramingTerm]]] | None:
    """The framing sent to a worker; None if the pool cannot take it (it is then found here). The
    outlets' own words found ahead (`worded`) are used when they are of this topic and every outlet."""
    inputs = _framing_inputs(analysis, analysis.outlets, wording)
    ahead = None
    if worded is not None:
        try:
            topic, by_key, plain = worded.result()
        except Exception:  # a dead worker: found with the framing, or here
            topic, by_key, plain = None, {}, {}
        if topic == inputs[6] and all(key in by_key for key in inputs[4]):
            ahead = by_key
    try:
        if ahead is not None:
            return pool.submit(framing_terms, *inputs[:5], None, inputs[6], ahead, plain)
        return pool.submit(framing_terms, *inputs)
    except Exception:  # a broken or closed pool: the framing is found in this process
        return None


def _framed(framing: Future[list[list[FramingTerm]]], analysis: Analysis, wording: WordingCounts | None) -> None:
    """The worker's framing terms into the outlets; found here instead if the worker failed (died)."""
    try:
        found = framing.result()
    except Exception:  # a dead worker (a fault of the framing itself is raised again here)
        frame_outlets(analysis, analysis.outlets, wording)
        return
    for outlet, terms in zip(analysis.outlets, found, strict=True):
        outlet.framing = terms


SEASON_MONTH = {"SP": "04", "SU": "07", "FA": "10", "WI": "01"}


def sortable_date(value: str | None, published: str | None = None) -> str:
    """A date of the contract as a string that sorts in time: a season by its middle month, a
    year-less day by its article's year, an unknown date last."""
    if not value:
        return published or "9999"
    if value.startswith("XXXX"):
        value = (published[:4] if published else "9999") + value[4:]
    year, _, rest = value.partition("-")
    if rest[:2] in SEASON_MONTH:
        rest = SEASON_MONTH[rest[:2]] + rest[2:]
    return f"{year}-{rest}" if rest else year


def positions_of(statements: list[Statement], analysis: Analysis) -> list[Position]:
    """Each actor's position: its statements in time order, the current stance and its changes
    (positions.py)."""
    published = {d.id: d.published for d in analysis.documents}
    when_of = {s.id: sortable_date(s.date, published.get(s.document)) if (s.date or published.get(s.document)) else ""
               for s in statements}
    return build_positions(statements, analysis, when_of)


def account_labels(analysis: Analysis) -> dict[str, str]:
    """Document id -> the name its outlet goes by in accounts ("(unknown outlet, d4)" when unknown)."""
    return {d: (o.name or f"(unknown outlet, {d})") for o in analysis.outlets for d in o.documents}


def sides_of(analysis: Analysis) -> list[Side]:
    """Per affiliation (an actor's own name for countries and organisations): the current stances of
    its actors (positions.py), counted, and the one most of them hold (None on a tie)."""
    groups: dict[str, list[Position]] = defaultdict(list)
    for position in analysis.positions:
        actor = analysis.actor(position.actor)
        if actor is None or position.current is None:
            continue
        side = actor.side()
        if side:
            groups[side].append(position)
    sides = []
    for side, positions in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        counts = Counter(p.current.stance for p in positions if p.current)
        ranked = counts.most_common()
        prevailing = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
        if prevailing is None and {ranked[0][0], ranked[1][0]} == {"support", "conditional"}:
            prevailing = "conditional"  # as many support outright as on conditions: support, with conditions
        sides.append(Side(side, [p.actor for p in positions], dict(ranked), prevailing))  # type: ignore[arg-type]
    return sides


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
SAME_EVENT_WORDS = 0.5
SAME_EVENT_DAYS = 45
# Candidates looked at per rare word when events are paired (see _similar_pairs).
SIMILAR_PER_WORD = 64
CONTENT = re.compile(r"[a-z][a-z'-]{3,}")


def date_disagreements(analysis: Analysis) -> list[Disagreement]:
    """One event that outlets date differently (one says the talks opened on the 3rd, another the 5th)."""
    labels = account_labels(analysis)
    events = [e for e in analysis.events if _as_date(e.date)]
    words = {e.id: frozenset(CONTENT.findall(e.text.lower())) for e in events}
    parent = {e.id: e.id for e in events}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # The same sentence carried by many articles (wire copies) is one event told many times: its
    # reports are chained in date order, so that a thousand copies cost a thousand steps, not a
    # million pairs; only one report of each wording is compared with other wordings.
    same_words: dict[frozenset[str], list[Event]] = defaultdict(list)
    for e in events:
        same_words[words[e.id]].append(e)
    for group in same_words.values():
        group.sort(key=lambda e: _as_date(e.date) or date.min)
        for a, b in pairwise(group):
            if _same_event(a, b, words):
                parent[root(a.id)] = root(b.id)
    for a, b in _similar_pairs([g[0] for g in same_words.values()], words):
        if _same_event(a, b, words):
            parent[root(a.id)] = root(b.id)
    clusters: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        clusters[root(e.id)].append(e)
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


def _similar_pairs(events: list[Event], words: dict[str, frozenset[str]]) -> Iterator[tuple[Event, Event]]:
    """Pairs of events whose words may reach SAME_EVENT_WORDS (Jaccard), found without comparing every
    pair (prefix filtering: two sets that similar share one of the rarest words of each set's prefix
    of |x| - ceil(t|x|) + 1 words, in one corpus-wide order, rarest first). A word shared by more
    than SIMILAR_PER_WORD events pairs each new one with the latest of them only: the cost stays
    linear in the number of events. Yielded as found, each pair once (a pair's later event is the
    one in hand, so only its own candidates can repeat): never all held at once (some 1.8 million
    pairs at 15,000 articles)."""
    frequency = Counter(w for e in events for w in words[e.id])
    order = {w: (n, w) for w, n in frequency.items()}
    index: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        ranked = sorted(words[event.id], key=order.__getitem__)
        prefix = ranked[:len(ranked) - math.ceil(SAME_EVENT_WORDS * len(ranked)) + 1]
        seen: set[str] = set()
        for w in prefix:
            for other in index[w][-SIMILAR_PER_WORD:]:
                if other.id not in seen:
                    seen.add(other.id)
                    yield other, event
            index[w].append(event)


def _same_event(a: Event, b: Event, words: dict[str, frozenset[str]]) -> bool:
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    wa, wb = words[a.id], words[b.id]
    if not wa or not wb or len(wa & wb) / len(wa | wb) < SAME_EVENT_WORDS:
        return False
    da, db = _as_date(a.date), _as_date(b.date)
    return bool(da and db and abs((da - db).days) <= SAME_EVENT_DAYS)


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


def topic_of(analysis: Analysis) -> Topic:
    """The question's words (event, things, participants), its verbs (its event's and those of
    taking sides) and its things, for the framing of loaded and neutral words (wording.py)."""
    return question_topic(analysis.question)


def question_topic(question: Question | None) -> Topic:
    from .extract.frames import SIDE_VERBS
    from .judge.terms import terms_of

    terms = terms_of(question)
    words = terms.event | terms.things | terms.participants | terms.object_words | terms.opposites
    return frozenset(words), frozenset(terms.event | terms.opposites | SIDE_VERBS), frozenset(terms.things | terms.object_words)
