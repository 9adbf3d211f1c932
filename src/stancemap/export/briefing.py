"""The briefing's content, shared by the Markdown and HTML renderers: what goes in each section."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import Analysis, Statement

STANCES = ("support", "conditional", "neutral", "oppose")


@dataclass
class Briefing:
    question: str
    proposed: bool
    counts: dict[str, int]
    summary: list[dict[str, Any]] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)  # one row per affiliation
    timeline: list[dict[str, Any]] = field(default_factory=list)
    outlets: list[dict[str, Any]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)


def _statement_view(s: Statement, analysis: Analysis) -> dict[str, Any]:
    actor = analysis.actor(s.speaker)
    doc = next(d for d in analysis.documents if d.id == s.document)
    return {"id": s.id, "speaker": actor.name if actor else (s.speaker_mention or "unnamed source"),
            "content": s.content, "stance": s.stance, "conditions": s.conditions, "cue": s.cue, "kind": s.kind,
            "document": doc.id, "outlet": doc.outlet or "unknown outlet", "date": s.date or doc.published or "",
            "evidence": s.stance_evidence}


def build(analysis: Analysis) -> Briefing:
    q = analysis.question
    b = Briefing(question=q.text if q else "(no question found)", proposed=bool(q and q.proposed),
                 counts={"articles": len(analysis.documents), "actors": len(analysis.actors),
                         "statements": len(analysis.statements), "events": len(analysis.events)})
    b.summary = _summary(analysis)
    cells: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for s in analysis.statements:
        if not s.stance or not s.speaker:
            continue
        actor = analysis.actor(s.speaker)
        if actor is None:
            continue
        affiliation = actor.affiliation or (actor.name if actor.kind in {"organization", "country"} else "unaffiliated")
        cells[affiliation][s.stance].append(_statement_view(s, analysis))
    for affiliation in sorted(cells, key=lambda a: -sum(len(v) for v in cells[a].values())):
        row_cells: dict[str, dict[str, Any]] = {}
        for stance in STANCES:
            items = cells[affiliation].get(stance, [])
            row_cells[stance] = {"speakers": sorted({i["speaker"] for i in items}), "statements": items,
                                    "conditions": sorted({c for i in items for c in i["conditions"]})}
        b.positions.append({"affiliation": affiliation, "cells": row_cells})
    docs = {d.id: d for d in analysis.documents}
    for e in sorted(analysis.events, key=lambda e: e.date.replace("XXXX", "0000")):
        b.timeline.append({"date": e.date, "precision": e.precision, "text": e.text, "mention": e.mention,
                           "document": e.document, "outlet": docs[e.document].outlet or "unknown outlet",
                           "actors": [a.name for i in e.actors if (a := analysis.actor(i))]})
    for o in analysis.outlets:
        b.outlets.append({"name": o.name or "unknown outlet", "documents": len(o.documents),
                          "quoted": [(a.name if (a := analysis.actor(k)) else k, n) for k, n in o.quoted.items()],
                          "framing": [{"term": f.term, "count": f.count, "variant_of": f.variant_of} for f in o.framing]})
    for d in analysis.disagreements:
        actor = analysis.actor(d.actor)
        b.disagreements.append({"actor": actor.name if actor else d.actor, "accounts": d.accounts})
    for doc in analysis.documents:
        b.articles.append({"id": doc.id, "title": doc.title or doc.source, "outlet": doc.outlet or "unknown outlet",
                           "published": doc.published or "", "source": doc.source,
                           "segments": _segments(doc.body, [s for s in analysis.statements if s.document == doc.id]),
                           "removed": [{"text": r.text, "reason": r.reason} for r in doc.removed]})
    return b


def _summary(analysis: Analysis, limit: int = 8) -> list[dict[str, Any]]:
    """Extractive: the statements with a stance, most informative first (named speaker, stance
    that is not neutral, conditions attached), one per speaker, in date order."""
    scored = []
    for s in analysis.statements:
        if not s.stance:
            continue
        score = (2 if s.speaker else 0) + (1 if s.stance != "neutral" else 0) + (1 if s.conditions else 0)
        scored.append((score, s))
    chosen: list[Statement] = []
    speakers: set[str | None] = set()
    for _, s in sorted(scored, key=lambda x: -x[0]):
        if s.speaker in speakers and s.speaker is not None:
            continue
        chosen.append(s)
        speakers.add(s.speaker)
        if len(chosen) == limit:
            break
    published = {d.id: d.published or "" for d in analysis.documents}
    chosen.sort(key=lambda s: s.date or published[s.document])
    return [_statement_view(s, analysis) for s in chosen]


def _segments(body: str, statements: list[Statement]) -> list[dict[str, Any]]:
    """The body cut into plain and highlighted pieces (statements by stance), paragraphs kept."""
    pieces: list[dict[str, Any]] = []
    pos = 0
    for s in sorted(statements, key=lambda s: s.start):
        if s.start < pos:
            continue
        if s.start > pos:
            pieces.append({"text": body[pos:s.start], "stance": None, "id": None})
        pieces.append({"text": body[s.start:s.end], "stance": s.stance or "none", "id": s.id})
        pos = s.end
    if pos < len(body):
        pieces.append({"text": body[pos:], "stance": None, "id": None})
    return pieces
