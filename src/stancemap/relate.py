"""Stage 5: relate what was extracted across documents: outlets (who they quote, their framing
terms), each actor's position over time, and where outlets' accounts disagree."""

from __future__ import annotations

from collections import Counter, defaultdict

from .framing import framing_terms
from .model import Analysis, Disagreement, Outlet, Position, Statement


def relate(analysis: Analysis) -> Analysis:
    analysis.outlets = outlets_of(analysis)
    analysis.positions = positions_of(analysis.statements, analysis)
    analysis.disagreements = disagreements_of(analysis)
    return analysis


def outlets_of(analysis: Analysis) -> list[Outlet]:
    """Every document in exactly one entry; documents with no known outlet each get their own."""
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
    docs = {d.id: d for d in analysis.documents}
    for outlet in outlets:
        members = set(outlet.documents)
        quoted = Counter(s.speaker for s in analysis.statements if s.document in members and s.speaker)
        outlet.quoted = dict(quoted.most_common())
        outlet.framing = framing_terms([docs[d].body for d in outlet.documents],
                                       [d.body for d in analysis.documents])
    return outlets


def _sort_key(statement: Statement, published: dict[str, str | None]) -> str:
    return statement.date or published.get(statement.document) or "9999"


def positions_of(statements: list[Statement], analysis: Analysis) -> list[Position]:
    published = {d.id: d.published for d in analysis.documents}
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.speaker and s.stance:
            by_actor[s.speaker].append(s)
    positions = []
    for actor, items in by_actor.items():
        items.sort(key=lambda s: (_sort_key(s, published), s.document, s.start))
        stances = [s.stance for s in items]
        positions.append(Position(actor, [s.id for s in items], stances[-1], len(set(stances)) > 1))
    return positions


def disagreements_of(analysis: Analysis) -> list[Disagreement]:
    """Actors whose stance differs depending on which outlet reports them."""
    outlet_of = {d: (o.name or f"(unknown outlet, {d})") for o in analysis.outlets for d in o.documents}
    by_actor: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for s in analysis.statements:
        if s.speaker and s.stance:
            by_actor[s.speaker][outlet_of[s.document]].append(s)
    found = []
    for actor, per_outlet in by_actor.items():
        if len(per_outlet) < 2:
            continue
        accounts: dict[str, list[str]] = {o: sorted({str(s.stance) for s in ss if s.stance}) for o, ss in per_outlet.items()}
        sets = [frozenset(v) for v in accounts.values()]
        if len(set(sets)) > 1 and not frozenset.intersection(*sets):
            found.append(Disagreement(actor, accounts, [s.id for ss in per_outlet.values() for s in ss]))
    return found
