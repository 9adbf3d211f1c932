"""What the pages show, computed from stored rows: an actor's position now (with its conditions,
since when and its evidence), its changes, and an article's text cut into plain and highlighted
pieces. Plain data for the templates, which escape every piece of text they print.

A position's `current` and `changes` come from relate (positions[].current / .changes in the
contract) when the store holds them; for results stored before relate gave them, the same reading
is made from the statements: the stance of the latest statement, since the first statement of the
latest run of that stance, with that run as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..model import sortable_date


@dataclass
class Evidence:
    id: str
    basis: str = "stated"
    content: str = ""
    document: str = ""
    date: str | None = None


@dataclass
class Change:
    from_stance: str | None
    to_stance: str | None
    date: str | None
    statement: str


@dataclass
class PositionView:
    actor: str
    name: str
    stance: str | None
    conditions: list[str]
    since: str | None
    evidence: list[Evidence]
    changes: list[Change] = field(default_factory=list)
    statements: int = 0


def _ids(items: list[Any]) -> list[tuple[str, str]]:
    """Evidence as (id, basis): relate gives {"id", "basis"} objects, older results plain ids."""
    found = []
    for item in items:
        if isinstance(item, dict):
            found.append((str(item.get("id", "")), str(item.get("basis", "stated"))))
        else:
            found.append((str(item), "stated"))
    return found


def needed_statements(position: dict[str, Any]) -> list[str]:
    """The statement ids a position's view reads."""
    current = position.get("current")
    if isinstance(current, dict):
        ids = [i for i, _ in _ids(current.get("statements") or [])]
        return ids + [str(c.get("statement")) for c in position.get("changes") or [] if isinstance(c, dict)]
    return list(position.get("statements") or [])


def position_view(position: dict[str, Any], name: str, statements: dict[str, dict[str, Any]],
                  published: dict[str, str | None], count: int = 0) -> PositionView:
    def evidence(sid: str, basis: str) -> Evidence:
        s = statements.get(sid, {})
        doc = s.get("document", "")
        return Evidence(sid, basis, s.get("content", ""), doc, s.get("date") or published.get(doc))

    current = position.get("current")
    if isinstance(current, dict):
        changes = [Change(c.get("from_stance"), c.get("to_stance"), c.get("date"), str(c.get("statement")))
                   for c in position.get("changes") or [] if isinstance(c, dict)]
        return PositionView(position["actor"], name, current.get("stance"), list(current.get("conditions") or []),
                            current.get("since"), [evidence(i, b) for i, b in _ids(current.get("statements") or [])],
                            changes, count)
    ordered = [statements[i] for i in position.get("statements") or [] if i in statements]
    stance = position.get("latest_stance")
    run: list[dict[str, Any]] = []
    for s in reversed(ordered):
        if s.get("stance") != stance:
            break
        run.insert(0, s)
    changes = []
    for before, after in pairwise(ordered):
        if before.get("stance") != after.get("stance"):
            changes.append(Change(before.get("stance"), after.get("stance"),
                                  after.get("date") or published.get(after.get("document", "")), after["id"]))
    since = (run[0].get("date") or published.get(run[0].get("document", ""))) if run else None
    conditions = next((list(s.get("conditions") or []) for s in reversed(run) if s.get("conditions")), [])
    return PositionView(position["actor"], name, stance, conditions, since,
                        [evidence(s["id"], "stated") for s in run[-3:]], changes, count)


def change_key(change: Change) -> str:
    return sortable_date(change.date)


@dataclass
class Piece:
    text: str
    statement: dict[str, Any] | None = None


def pieces(body: str, statements: list[dict[str, Any]]) -> list[Piece]:
    """The article's text in order, each statement's content a piece of its own (overlaps keep the
    first statement)."""
    found: list[Piece] = []
    at = 0
    for s in sorted(statements, key=lambda s: (s["start"], -s["end"])):
        start, end = int(s["start"]), int(s["end"])
        if start < at or end > len(body) or end <= start:
            continue
        if start > at:
            found.append(Piece(body[at:start]))
        found.append(Piece(body[start:end], s))
        at = end
    if at < len(body):
        found.append(Piece(body[at:]))
    return found
