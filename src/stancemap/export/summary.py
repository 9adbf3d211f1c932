"""The terminal summary (rich tables) printed when no output file is asked for."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..model import Analysis


def print_summary(console: Console, analysis: Analysis) -> None:
    q = analysis.question
    console.print(f"[bold]Question:[/] {escape(q.text) if q else '(none found)'}"
                  + (" [dim](proposed from the corpus)[/]" if q and q.proposed else ""), highlight=False)
    console.print(f"{len(analysis.documents)} articles, {len(analysis.actors)} actors, "
                  f"{len(analysis.statements)} statements, {len(analysis.events)} dated events", highlight=False)
    positions = Table(title="Positions", show_lines=False)
    for col in ("actor", "affiliation", "latest stance", "changed", "statements"):
        positions.add_column(col)
    for p in sorted(analysis.positions, key=lambda p: -len(p.statements)):
        actor = analysis.actor(p.actor)
        positions.add_row(*_cells(actor.name if actor else p.actor, (actor.affiliation if actor else None) or "",
                          p.latest_stance or "", "yes" if p.changed else "", str(len(p.statements))))
    console.print(positions)
    statements = Table(title="Statements", show_lines=False)
    for col in ("speaker", "cue", "stance", "conditions", "content"):
        statements.add_column(col, overflow="fold")
    for s in analysis.statements[:40]:
        actor = analysis.actor(s.speaker)
        statements.add_row(*_cells(actor.name if actor else f"({s.speaker_mention or 'unnamed'})", s.cue, s.stance or "",
                           "; ".join(s.conditions), s.content[:160]))
    console.print(statements)
    outlets = Table(title="Outlets")
    for col in ("outlet", "articles", "most quoted", "framing terms"):
        outlets.add_column(col, overflow="fold")
    for o in analysis.outlets:
        quoted = ", ".join(f"{(a.name if (a := analysis.actor(k)) else k)} ({n})" for k, n in list(o.quoted.items())[:3])
        framing = ", ".join(f"{f.term} ({f.count})" for f in o.framing[:5])
        outlets.add_row(*_cells(o.name or "(unknown)", str(len(o.documents)), quoted, framing))
    console.print(outlets)


def print_removed(console: Console, analysis: Analysis) -> None:
    for doc in analysis.documents:
        console.print(f"[bold]{escape(doc.source)}[/] ({len(doc.removed)} lines removed)", highlight=False)
        for r in doc.removed:
            console.print(f"  [dim]{escape(r.reason)}:[/] {escape(r.text)}", highlight=False, soft_wrap=True)


def _cells(*values: object) -> list[Text]:
    """Table cells as plain text: article words like "[sic]" are not rich markup."""
    return [Text(str(v)) for v in values]
