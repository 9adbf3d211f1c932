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
                  + (f" [dim](proposed from the corpus: {escape(q.reason)})[/]" if q and q.proposed else ""), highlight=False)
    console.print(f"{len(analysis.documents)} articles, {len(analysis.actors)} actors, "
                  f"{sum(1 for s in analysis.statements if s.copy_of is None)} statements, {len(analysis.events)} dated events"
                  + _copies(analysis), highlight=False)
    positions = Table(title="Where each actor stands now", show_lines=False)
    for col in ("actor", "side", "now", "on condition", "changed", "statements"):
        positions.add_column(col, overflow="fold")
    for p in sorted(analysis.positions, key=lambda p: -len(p.statements)):
        actor = analysis.actor(p.actor)
        now = p.current
        stance = f"{now.stance}, since {now.since}" if now and now.since else (now.stance if now else "")
        conditions = "; ".join(_short(c) for c in now.conditions[:2]) if now else ""
        if now and len(now.conditions) > 2:
            conditions += f" (+{len(now.conditions) - 2})"
        changes = "; ".join(f"{c.from_stance} → {c.to_stance}, {c.date or 'undated'}" for c in p.changes)
        positions.add_row(*_cells(actor.name if actor else p.actor, p.side or "", stance, conditions, changes,
                          str(len(p.statements))))
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


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _cells(*values: object) -> list[Text]:
    """Table cells as plain text: article words like "[sic]" are not rich markup."""
    return [Text(str(v)) for v in values]


def _copies(analysis: Analysis) -> str:
    """', 1 wire copy, 1 article saved twice (statements counted once)': one outlet's article in two files is no wire
    copy (tests/test_cli.py::test_cli_summary_says_an_article_saved_twice)."""
    from .briefing import copy_entry, copy_groups

    docs = {d.id: d for d in analysis.documents}
    copies = [copy_entry(d, docs[d.copy_of]) for d in analysis.documents if d.copy_of and d.copy_of in docs]
    said = [f"{g['count']} {g['noun']}" for g in copy_groups(copies)]  # the briefing's counts line's words
    return f", {', '.join(said)} (statements counted once)" if said else ""
