"""Stage 5: relate what was extracted across documents: outlets (who they quote, their framing
terms), each actor's position over time, and where outlets' accounts disagree.

This module runs the steps in order and decides the outlets' groups, the positions' time order
and the sides; the outlets' framing is found by outlet_framing.py (here or in the run's helper
process), the disagreements by disagreements.py."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager

from .copies import CopyPair, counted, link_copies
from .disagreements import date_disagreements, stance_disagreements, wording_disagreements
from .model import Analysis, Outlet, Position, Side, Statement, sortable_date
from .outlet_framing import Worded, frame_in, frame_outlets, framed
from .positions import build_positions
from .wording import WordingCounts


def relate(analysis: Analysis, timings: dict[str, float] | None = None,
           copy_pairs: Sequence[CopyPair] | None = None, wording: WordingCounts | None = None,
           pool: Executor | None = None, worded: Future[Worded] | None = None) -> Analysis:
    """Each step in turn; `timings` (if given) receives each step's seconds, for the benchmark;
    `copy_pairs` are the candidate wire copies the reduce found (else found here); `wording` each
    outlet's noun phrases as the map counted them (framing's loaded and neutral words). With a
    `pool` (pipeline.py's one-process helper, started as the judging workers end), the
    outlets' framing terms, the longest step, are found in a worker while this process finds
    positions and the stance and date disagreements; the result is the same. `worded` (from
    `start_wording`, in the judging workers or this pool) holds each outlet's own words for the question's
    things, found there before the relating: the framing then adds them instead of finding them."""
    timings = timings if timings is not None else {}
    with _timed(timings, "copies"):
        link_copies(analysis, copy_pairs)  # wire copies: their repeated statements count once in positions
    with _timed(timings, "outlets"):
        analysis.outlets = outlet_groups(analysis)
        framing = frame_in(pool, analysis, wording, worded) if pool is not None else None
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
            framed(framing, analysis, wording)
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


def outlet_groups(analysis: Analysis) -> list[Outlet]:
    """The outlets with their documents and the speakers they quote, framing not yet found: every document in
    exactly one entry; documents with no known outlet each get their own."""
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


def positions_of(statements: list[Statement], analysis: Analysis) -> list[Position]:
    """Each actor's position: its statements in time order, the current stance and its changes
    (positions.py)."""
    published = {d.id: d.published for d in analysis.documents}
    when_of = {s.id: sortable_date(s.date, published.get(s.document)) if (s.date or published.get(s.document)) else ""
               for s in statements}
    return build_positions(statements, analysis, when_of)


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


