"""Where each actor stands now: the current stance, the conditions attached to it, since when, the
statements that set it (read from the actor's own words, or weaker: carried from elsewhere), and
the history of changes. Computed once, in relate; every renderer reads it.

How the current stance is decided (docs/method.md, "Positions"):
1. Only statements that take a side on the question count (support, conditional, oppose), from the
   strongest *basis* the actor has: stated in the statement's own words (continuations of the same
   quote count half), else carried from the actor's stance elsewhere, else from their side's
   (analyses of earlier versions; judge/carry.py no longer carries a side's stance).
   Neutral statements decide only for an actor who never takes a side.
2. Statements are grouped into *rounds*, one per date (the statement's own date, else its
   article's), and each round takes the side its statements weigh most to ("conditional" when its
   conditional support weighs at least as much as its plain support).
3. The first round sets the position. A round on another side changes it only when confirmed:
   by weight (CONFIRM: two statements stated that day) or by the next round saying the same within
   CONFIRM_DAYS. A lone
   statement that is not confirmed leaves the position as it was and is listed as dissenting.
Linear in the number of statements after one sort per actor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .model import Analysis, Change, CurrentStance, Evidence, Position, Stance, Statement

SIDES = ("support", "conditional", "oppose")

# What a statement's stance rests on, strongest first (read from `stance_evidence`, which
# judge/stance.py and judge/carry.py write): its own words; the same quote continued; the speaker's
# stance elsewhere; the stance of others on the speaker's side (earlier versions only); neutral in
# an article about the question with no stance word.
BASES = ("stated", "continued", "carried", "side", "context")
# A round's weight in the strongest tier: a continuation repeats what its quote already said, so it
# counts half (tests/test_positions.py pins that a quote and its continuation do not change a position).
WEIGHT = {"stated": 1.0, "continued": 0.5, "carried": 1.0, "side": 1.0, "context": 1.0}
# A round on another side changes the position at once when it weighs this much (two statements in
# their own words on one day); otherwise the next round must say the same. Pinned by
# test_positions_single_stray_statement_does_not_flip and ..._confirmed_change.
CONFIRM = 2.0
# ... and the next round confirms it only within this many days: a lone statement a year before
# says nothing about a change now (test_positions_confirmation_has_a_window).
CONFIRM_DAYS = 180


def basis_of(statement: Statement) -> str:
    """Which of BASES a statement's stance rests on, from the first line of its evidence."""
    why = statement.stance_evidence[0] if statement.stance_evidence else ""
    if why.startswith("continues the same speaker"):
        return "continued"
    if why.startswith("not stated here;"):
        return "side" if "same side" in why else "carried"
    if why.startswith(("in a passage about the question", "no stance words and none carried")):
        return "context"
    # "about: ..." (the stance words of the statement itself) and any other reading of its own text.
    return "stated"


@dataclass
class _Round:
    when: str  # sortable date; "" for the undated round
    items: list[Statement] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @property
    def stance(self) -> Stance:
        w = self.weights
        lean_for, against = w["support"] + w["conditional"], w["oppose"]
        if lean_for > against:
            return "conditional" if w["conditional"] >= w["support"] else "support"
        if against > lean_for:
            return "oppose"
        return self.items[-1].stance or "neutral"  # a tie within one day: the last word said


def build_positions(statements: list[Statement], analysis: Analysis, when_of: dict[str, str]) -> list[Position]:
    """One Position per actor with a stance. `when_of` maps a statement id to a date that sorts in
    time ("" when neither the statement nor its article is dated)."""
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.speaker and s.stance:
            by_actor[s.speaker].append(s)
    published = {d.id: d.published for d in analysis.documents}
    positions = []
    for actor_id, items in by_actor.items():
        # Undated statements last: they cannot be placed in time.
        items.sort(key=lambda s: (when_of[s.id] == "", when_of[s.id], s.document, s.start))
        stances = [s.stance for s in items]
        actor = analysis.actor(actor_id)
        current, changes = _decide(items, when_of, published)
        positions.append(Position(actor_id, [s.id for s in items], stances[-1], len(set(stances)) > 1,
                                  current=current, changes=changes, side=actor.side() if actor else None))
    return positions


def _decide(items: list[Statement], when_of: dict[str, str],
            published: dict[str, str | None]) -> tuple[CurrentStance, list[Change]]:
    bases = {s.id: basis_of(s) for s in items}
    polar = [s for s in items if s.stance in SIDES]
    pool = polar or items
    tier = _strongest_tier(pool, bases)
    rounds = _rounds([s for s in pool if bases[s.id] in tier], bases, when_of)
    dated = [r for r in rounds if r.when]
    held, start, changes = _walk(dated or rounds)
    # Since the round that set it (every statement when nothing is dated): the statements on its
    # side set it, those on another side are outweighed (dissenting).
    since = when_of[start.id] if dated else ""
    run = [s for s in items if not dated or (when_of[s.id] and when_of[s.id] >= since)]
    setting = [s for s in run if _agrees(s.stance, held)]
    dissent = [s.id for s in run if s.stance in SIDES and not _agrees(s.stance, held)]
    conditions: list[str] = []
    seen: set[str] = set()
    for s in reversed(setting):  # the latest wording of a condition first
        for c in s.conditions if held == "conditional" else ():
            if c.lower() not in seen:
                seen.add(c.lower())
                conditions.append(c)
    current = CurrentStance(held, conditions, _date_of(start, published) if dated else None,
                            [Evidence(s.id, bases[s.id]) for s in setting], dissent,
                            min((bases[s.id] for s in setting), key=BASES.index, default="stated"))
    by_id = {s.id: s for s in items}
    for change in changes:
        change.date = _date_of(by_id[change.statement], published)
    return current, changes


def _agrees(stance: Stance | None, held: Stance) -> bool:
    """Conditional support agrees with a conditional position; plain support does too, since the
    conditions are what the position adds."""
    return stance == held or (held == "conditional" and stance == "support")


def _strongest_tier(items: list[Statement], bases: dict[str, str]) -> set[str]:
    present = {bases[s.id] for s in items}
    for tier in ({"stated", "continued"}, {"carried"}, {"side"}, {"context"}):
        if present & tier:
            return tier
    return set(BASES)


def _rounds(items: list[Statement], bases: dict[str, str], when_of: dict[str, str]) -> list[_Round]:
    rounds: dict[str, _Round] = {}
    for s in items:
        r = rounds.setdefault(when_of[s.id], _Round(when_of[s.id]))
        r.items.append(s)
        r.weights[s.stance or "neutral"] += WEIGHT[bases[s.id]]
    return sorted(rounds.values(), key=lambda r: (r.when == "", r.when))


def _walk(rounds: list[_Round]) -> tuple[Stance, Statement, list[Change]]:
    """(held stance, the first statement of the round that set it, the changes on the way)."""
    held = rounds[0].stance
    start = _first(rounds[0], held)
    changes: list[Change] = []
    pending: _Round | None = None
    for r in rounds[1:]:
        stance = r.stance
        if stance == held:
            pending = None
            continue
        confirms = pending is not None and pending.stance == stance and _days(pending.when, r.when) <= CONFIRM_DAYS
        if r.weights[stance] >= CONFIRM or confirms:
            opened = pending if confirms and pending is not None else r
            first = _first(opened, stance)
            confirmed = [s.id for s in (*(opened.items if opened is not r else ()), *r.items) if s.stance == stance]
            changes.append(Change(held, stance, None, first.id, confirmed))
            held, start, pending = stance, first, None
        else:
            pending = r  # one round alone does not move the position
    return held, start, changes


def _first(r: _Round, stance: Stance) -> Statement:
    """The round's first statement with that stance (or leaning its way)."""
    return next((s for s in r.items if s.stance == stance), None) or next(
        (s for s in r.items if _agrees(s.stance, stance)), r.items[0])


def _date_of(s: Statement, published: dict[str, str | None]) -> str | None:
    """The date a reader is told: the statement's own, else its article's."""
    return s.date or published.get(s.document)


def _days(a: str, b: str) -> int:
    """Days from one sortable date to a later one ("2025-03", a month, counts from its 15th; a
    year from 1 July); 0 when either is undated."""
    da, db = _day(a), _day(b)
    return (db - da).days if da and db else 0


def _day(value: str) -> date | None:
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else (15 if len(parts) > 1 else 1)
        return date(year, month, day)
    except ValueError:
        return None
