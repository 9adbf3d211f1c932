"""The briefing's content, shared by the Markdown and HTML renderers: what goes in each section.

Every view is plain data (dicts and lists) so that the Jinja templates only lay it out. Every
statement, summary sentence and event links to the place in its article where it is said.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..copies import counted
from ..model import Actor, Analysis, Document, Statement, sortable_date
from .answers import ROWS_SHOWN, actor_rows, answers, differences
from .articles import actor_names, anchor_id, article_views, display_title
from .chart import NARROW, WIDE, Point, chart_rows, in_window, timeline_points, timeline_svg
from .digest import summarize
from .outlets import disagreement_views, framing_table, outlet_views
from .pagedata import DISSENTING, EARLIEST, LATEST

STANCES = ("support", "conditional", "neutral", "oppose")
DIFFERENCES_LISTED = 50
# Input problems listed at the page's end (files not analysed, notes); the JSON output has them all.
NOTICES_LISTED = 200


@dataclass
class Briefing:
    question: str
    proposed: bool
    counts: dict[str, int]
    summary: list[dict[str, Any]] = field(default_factory=list)  # key sentences
    answers: dict[str, Any] = field(default_factory=dict)  # who supports, opposes, on what condition; changes
    rows: list[dict[str, Any]] = field(default_factory=list)  # one per actor: where it stands now
    rows_shown: int = ROWS_SHOWN
    details: list[dict[str, Any]] = field(default_factory=list)  # per actor: statements behind it, changes
    quoted: list[dict[str, Any]] = field(default_factory=list)  # who was quoted, when no stance was found
    positions_note: str = ""
    timeline: list[dict[str, Any]] = field(default_factory=list)
    chart_wide: str | None = None
    chart_narrow: str | None = None
    chart_left_out: int = 0  # background events listed but not drawn
    chart_binned: str = ""  # "week" or "month" when a large corpus's marks are merged
    chart_kinds: list[str] = field(default_factory=list)  # what the chart draws: "article", "event", "statement"
    outlets: list[dict[str, Any]] = field(default_factory=list)
    framing: dict[str, Any] = field(default_factory=dict)
    disagreements: list[dict[str, Any]] = field(default_factory=list)  # dates and words for one thing
    differences: list[dict[str, Any]] = field(default_factory=list)  # one actor, one week, opposite sides
    articles: list[dict[str, Any]] = field(default_factory=list)
    copies: list[dict[str, str]] = field(default_factory=list)  # wire copies: copy's outlet, original's outlet, title
    copy_groups: list[dict[str, Any]] = field(default_factory=list)  # the counts line's words on them
    left_out: dict[str, int] = field(default_factory=dict)  # what the page's data leaves to the JSON output
    index: list[dict[str, Any]] = field(default_factory=list)  # every article, when their texts are left out
    # Input problems, so that a reader of the page alone knows what it leaves out (they were only on
    # the terminal and in the JSON; test_briefing_lists_the_input_problems).
    notices: list[dict[str, Any]] = field(default_factory=list)


def copy_entry(doc: Document, original: Document) -> dict[str, str]:
    """A copy for the counts line: another outlet's (a wire copy, named by the outlets), or the same article of one
    outlet or none saved in two files (named by the files; test_markdown_and_html_say_an_article_saved_twice_*)."""
    if doc.outlet == original.outlet:
        return {"copy": doc.source, "original": original.source, "title": original.title or "", "kind": "twice"}
    return {"copy": doc.outlet or doc.source, "original": original.outlet or original.source,
            "title": original.title or "", "kind": "wire"}


def copy_groups(copies: list[dict[str, str]], shown: int = 3) -> list[dict[str, Any]]:
    """The counts line's groups of copies: '1 wire copy (Bay Herald carried Harbour Gazette's “T”): its statements are
    counted once, each outlet keeps its framing', then '1 article saved twice (b.txt repeats a.txt's “T”) ...'."""
    groups = []
    for kind, one, many, verb, tail in (
            ("wire", "wire copy", "wire copies", "carried", ", each outlet keeps its framing"),
            ("twice", "article saved twice", "articles saved twice", "repeats", "")):
        group = [c for c in copies if c["kind"] == kind]
        if group:
            groups.append({"count": len(group), "noun": one if len(group) == 1 else many, "verb": verb,
                           "items": group[:shown], "more": max(len(group) - shown, 0),
                           "its": "its" if len(group) == 1 else "their", "tail": tail})
    return groups


class Lookup:
    """Id -> object tables, built once: the model's `Analysis.actor` scans a list per call."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.actors: dict[str, Actor] = {a.id: a for a in analysis.actors}
        self.docs = {d.id: d for d in analysis.documents}
        self.statements = {s.id: s for s in analysis.statements}
        self.names = actor_names(analysis)

    def name(self, actor_id: str | None) -> str:
        return self.names.get(actor_id or "", "")

    def statement(self, s: Statement) -> dict[str, Any]:
        doc = self.docs[s.document]
        return {"id": s.id, "speaker": self.name(s.speaker) or s.speaker_mention or "unnamed source",
                "content": s.content, "stance": s.stance, "conditions": s.conditions, "cue": s.cue, "kind": s.kind,
                "quote": s.kind in {"direct", "mixed"}, "document": doc.id, "title": display_title(doc),
                "outlet": doc.outlet or "unknown outlet", "date": s.date or doc.published or "", "href": f"#{s.id}",
                "evidence": s.stance_evidence}


def build(analysis: Analysis, charts: bool = True, articles: bool = True) -> Briefing:
    """The briefing; `charts=False` skips rendering the timeline SVG (Markdown has no use for it),
    `articles=False` the articles' marked-up text (the HTML page draws it on demand from its data)."""
    look = Lookup(analysis)
    q = analysis.question
    b = Briefing(question=q.text if q else "(no question found)", proposed=bool(q and q.proposed),
                 counts={"articles": len(analysis.documents), "outlets": len({o.name for o in analysis.outlets if o.name}),
                         "actors": len(analysis.actors), "statements": len(counted(analysis.statements)),
                         "with_stance": sum(1 for s in counted(analysis.statements) if s.stance),
                         "events": len(analysis.events),
                         "copies": sum(1 for d in analysis.documents if d.copy_of),
                         "skipped": sum(1 for n in analysis.notices if n.skipped), "notices": len(analysis.notices)})
    b.notices = [{"path": n.path, "message": n.message, "skipped": n.skipped} for n in analysis.notices[:NOTICES_LISTED]]
    b.copies = [copy_entry(d, look.docs[d.copy_of]) for d in analysis.documents if d.copy_of]
    b.copy_groups = copy_groups(b.copies)
    b.summary = summarize(analysis) if analysis.summary is None else analysis.summary
    b.rows = actor_rows(analysis)
    found = differences(analysis)
    b.answers = answers(analysis, b.rows, found)
    b.details = position_details(look, b.rows)
    if not b.rows:
        b.quoted, b.positions_note = quoted_view(look)
    all_points = timeline_points(analysis)
    b.timeline = timeline_entries(look, all_points)
    if charts:
        points, b.chart_left_out = in_window(all_points)
        b.chart_kinds = sorted({p.kind for p in points})
        rows, b.chart_binned = chart_rows(points)
        b.chart_wide, b.chart_narrow = timeline_svg(points, WIDE, rows), timeline_svg(points, NARROW, rows)
    b.outlets = outlet_views(analysis, look.name)
    b.framing = framing_table(analysis)
    # Outlets that report one actor on opposite sides in the same week (answers.differences); the
    # JSON's all-time stance disagreements mostly show an actor changing over time, so the page
    # keeps relate's date and wording disagreements beside these.
    b.differences = [d for d in found if d["kind"] == "stance"][:DIFFERENCES_LISTED]
    b.disagreements = [d for d in disagreement_views(analysis, look.statement, look.name) if d["kind"] != "stance"]
    # Linked passages in the articles (start -> end): summary sentences, and events' date mentions.
    anchors: dict[str, dict[int, int]] = defaultdict(dict)
    for e in analysis.events:
        anchors[e.document][e.start] = e.start + max(1, len(e.mention))
    for item in b.summary:
        anchors[item["document"]][item["start"]] = item["end"]
    if articles:
        b.articles = article_views(analysis, anchors)
    b.index = [{"id": d.id, "title": display_title(d), "outlet": d.outlet or "unknown outlet", "published": d.published or ""}
               for d in analysis.documents] if not articles else []
    return b


def position_details(look: Lookup, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per actor, in the table's order: the statements that set the current stance (with their
    basis), the later ones it outweighs, and each change with the statement that made it."""
    positions = {p.actor: p for p in look.analysis.positions}
    out = []
    for r in rows:
        p = positions[r["actor"]]
        now = p.current
        assert now is not None
        # The earliest and the latest statements behind it (all of them are in the JSON output).
        chosen = now.statements if len(now.statements) <= LATEST + EARLIEST else [
            *now.statements[:EARLIEST], *now.statements[-LATEST:]]
        setting = [{**look.statement(look.statements[e.id]), "basis": e.basis} for e in chosen]
        out.append({"row": r["row"], "name": r["name"], "stance": r["stance"], "statements": setting,
                    "more": len(now.statements) - len(chosen), "more_dissenting": max(0, len(now.dissenting) - DISSENTING),
                    "dissenting": [look.statement(look.statements[i]) for i in now.dissenting[-DISSENTING:]],
                    "changes": [{**c, "statement": look.statement(look.statements[c["href"][1:]])} for c in r["changes"]]})
    return out


def quoted_view(look: Lookup) -> tuple[list[dict[str, Any]], str]:
    """Who was quoted, most first, when no statement took a stance: the section still shows who spoke."""
    counts = Counter(s.speaker for s in counted(look.analysis.statements) if s.speaker in look.actors)
    if not counts:
        return [], ""
    quoted = [{"name": look.name(a), "side": look.actors[a].side() or "", "count": n} for a, n in counts.most_common()]
    return quoted, ("No statement was given a stance toward the question, so this section shows who was quoted, "
                    "most quoted first, without sorting them by stance.")


def timeline_entries(look: Lookup, points: list[Point] | None = None) -> list[dict[str, Any]]:
    """The list under the chart: events (numbered as on the chart) and statements with a stance,
    in date order; undated statements are left to the Positions section."""
    points = timeline_points(look.analysis) if points is None else points
    number = {p.href: p.number for p in points if p.kind == "event"}
    entries = []
    for e in look.analysis.events:
        doc = look.docs[e.document]
        href = "#" + anchor_id(e.document, e.start)
        entries.append({"kind": "event", "number": f"E{number[href]}" if href in number else "", "date": e.date,
                        "sort": _sortable(e.date, doc.published), "text": e.text, "who": ", ".join(
                            n for a in e.actors if (n := look.name(a))), "stance": None,
                        "outlet": doc.outlet or "unknown outlet", "href": href, "document": doc.id,
                        "start": e.start, "end": e.start + max(1, len(e.mention))})
    for s in counted(look.analysis.statements):
        doc = look.docs[s.document]
        when = s.date or doc.published
        if s.stance and when:
            entries.append({"kind": "statement", "number": "", "date": when, "sort": _sortable(when, doc.published),
                            "text": s.content, "who": look.name(s.speaker) or s.speaker_mention or "unnamed source",
                            "stance": s.stance, "outlet": doc.outlet or "unknown outlet", "href": f"#{s.id}",
                            "document": doc.id, "start": s.start, "end": s.end})
    entries.sort(key=lambda e: (e["sort"], e["kind"] != "event", e["href"]))
    return entries


def _sortable(date: str, published: str | None) -> str:
    """A date string that sorts in time (model.sortable_date)."""
    return sortable_date(date, published)
