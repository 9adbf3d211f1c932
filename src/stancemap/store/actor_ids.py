"""Actor ids that stay put across `add`s: a bookmark to a question's `a17` names the same actor tomorrow.

The reduce numbers a corpus's actors in the order it meets them (`a1`, `a2`, ...: extract/actors.py), so an article
added to a store can shift every later actor by one. Before a question's results are written, each actor of the new
analysis is given the id its canonical actor had in the question's earlier results, and an actor never seen before
the next id never given (ids are not reused, even for an actor that no longer appears). An actor is the same as one
seen before when, in this order (each step over every actor before the next, so a looser match never takes the id an
exact one claims):
  1. its name, kind and described document are the same ("Ada Brenning", person);
  2. its name and described document are the same, whatever the kind the corpus now votes for it;
  3. one of its names (name or aliases) is the one name of a single earlier actor, or its name one of a single earlier
     actor's names ("Brenning" named in full once the corpus grows: "Ada Brenning", alias "Brenning").
Names are compared without case. Only ids change: the analysis's order, its statements and stances are untouched.
A question's first results keep the reduce's own numbering, so a store made in one `add` exports the JSON `analyze`
writes (tests/store/test_store.py); tests/store/test_actor_ids.py pins the rest.

The ids seen are kept per question in the store's `meta` table (key `actor_ids:QUESTION_ID`, JSON; a store written
before has none, and starts from the actors its stored results name), written in the transaction that writes the
question's results, and dropped with the question (`unfollow`: results.drop_question_meta).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from ..model import Analysis
from .articles import get_meta, set_meta
from .schema import actors as actor_rows

PREFIX = "a"


def meta_key(question_id: int) -> str:
    return f"actor_ids:{question_id}"


@dataclass
class Known:
    """The actors a question's results have named: per id, [name, kind, described_in, aliases]."""

    actors: dict[str, list[Any]] = field(default_factory=dict)
    next: int = 1  # the number of the next id given

    @classmethod
    def read(cls, conn: Connection, question_id: int) -> Known:
        text = get_meta(conn, meta_key(question_id))
        if not text:
            return cls.stored(conn, question_id)
        data = json.loads(text)
        return cls(actors=data["actors"], next=int(data["next"]))

    @classmethod
    def stored(cls, conn: Connection, question_id: int) -> Known:
        """The actors of the question's results as stored (a store whose results were written before ids were kept:
        its first `add` keeps the ids its users have seen)."""
        found = cls()
        for (data,) in conn.execute(select(actor_rows.c.data).where(actor_rows.c.question_id == question_id)):
            actor = json.loads(data)
            found.actors[actor["id"]] = [actor["name"], actor["kind"], actor.get("described_in"), actor.get("aliases", [])]
        found.next = 1 + max((_number(a) for a in found.actors), default=0)
        return found

    def write(self, conn: Connection, question_id: int) -> None:
        set_meta(conn, meta_key(question_id), json.dumps({"next": self.next, "actors": self.actors},
                                                         ensure_ascii=False, separators=(",", ":")))


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def assign(analysis: Analysis, known: Known) -> dict[str, str]:
    """The new id of each of the analysis's actor ids (see the module's docstring); `known` is brought up to date."""
    if not known.actors:  # a question's first results: the reduce's own numbers
        mapping = {a.id: a.id for a in analysis.actors}
        known.next = 1 + max((_number(a.id) for a in analysis.actors), default=0)
    else:
        mapping = _match(analysis, known)
    for actor in analysis.actors:
        known.actors[mapping[actor.id]] = [actor.name, actor.kind, actor.described_in, list(actor.aliases)]
    return mapping


def _number(actor_id: str) -> int:
    digits = actor_id[len(PREFIX):]
    return int(digits) if actor_id.startswith(PREFIX) and digits.isdigit() else 0


def _match(analysis: Analysis, known: Known) -> dict[str, str]:
    exact: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
    named: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    # each name (name or alias) of an earlier actor -> the earlier actors it names
    names: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for old, (name, kind, described_in, aliases) in known.actors.items():
        exact[(_fold(name), kind, described_in)].append(old)
        named[(_fold(name), described_in)].append(old)
        for alias in [name, *aliases]:
            names[(_fold(alias), described_in)].add(old)
    taken: set[str] = set()
    mapping: dict[str, str] = {}

    def claim(actor_id: str, candidates: list[str] | set[str]) -> None:
        free = [c for c in sorted(candidates, key=_number) if c not in taken]
        if free:
            mapping[actor_id] = free[0]
            taken.add(free[0])

    for actor in analysis.actors:
        claim(actor.id, exact.get((_fold(actor.name), actor.kind, actor.described_in), []))
    for actor in analysis.actors:
        if actor.id not in mapping:
            claim(actor.id, named.get((_fold(actor.name), actor.described_in), []))
    for actor in analysis.actors:
        if actor.id in mapping:
            continue
        # an earlier actor one of whose names this actor's name is, or whose name is one of this actor's names
        found = set(names.get((_fold(actor.name), actor.described_in), set()))
        for alias in actor.aliases:
            found.update(named.get((_fold(alias), actor.described_in), []))
        found -= taken
        if len(found) == 1:
            claim(actor.id, found)
    for actor in analysis.actors:
        if actor.id not in mapping:
            mapping[actor.id] = f"{PREFIX}{known.next}"
            known.next += 1
    return mapping


def renumber(analysis: Analysis, mapping: dict[str, str]) -> None:
    """Every actor id of the analysis replaced by `mapping`'s (actors, speakers, events, outlets' quoted, positions,
    sides, disagreements), in place; orders are kept."""
    if all(old == new for old, new in mapping.items()):
        return

    def new(actor_id: str) -> str:
        return mapping.get(actor_id, actor_id)

    for actor in analysis.actors:
        actor.id = new(actor.id)
    # Analysis.actor's index (built when positions and relate looked actors up) was keyed by the old ids
    analysis.__dict__.pop("_actor_index", None)
    for st in analysis.statements:
        if st.speaker is not None:
            st.speaker = new(st.speaker)
    for event in analysis.events:
        event.actors = [new(a) for a in event.actors]
    for outlet in analysis.outlets:
        outlet.quoted = {new(a): n for a, n in outlet.quoted.items()}
    for position in analysis.positions:
        position.actor = new(position.actor)
    for side in analysis.sides:
        side.actors = [new(a) for a in side.actors]
    for disagreement in analysis.disagreements:
        if disagreement.actor:
            disagreement.actor = new(disagreement.actor)


def stabilise(conn: Connection, question_id: int, analysis: Analysis) -> None:
    """Give the analysis's actors the ids they had in the question's earlier results (in the caller's transaction)."""
    known = Known.read(conn, question_id)
    renumber(analysis, assign(analysis, known))
    known.write(conn, question_id)


__all__ = ["Known", "assign", "meta_key", "renumber", "stabilise"]
