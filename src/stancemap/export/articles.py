"""The articles section: each cleaned body cut into paragraphs and pieces, statements marked by
stance, with anchors the rest of the briefing links to."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from pathlib import PurePath
from typing import Any

from ..model import Analysis, Document, Statement


def anchor_id(document: str, offset: int) -> str:
    """The id of a point in an article ("d3-c120"), used by summary sentences and the timeline."""
    return f"{document}-c{offset}"


def display_title(doc: Document) -> str:
    """A document's title, or failing that its file name (a full path would not wrap on a phone)."""
    if doc.title:
        return doc.title
    path, _, part = doc.source.partition("#")  # "wire.jsonl#2": the second object of a JSON file
    name = PurePath(path).name
    return f"{name}#{part}" if part else name


def actor_names(analysis: Analysis) -> dict[str, str]:
    """Each actor's name as the briefing shows it: a source one article names by its own words (`Actor.described_in`:
    "critics", "the union") with that article's outlet, "critics (Harbour Daily)", so that two articles' critics
    read as two sources, not one (issue 10, session 22; tests/export/test_described_names.py)."""
    outlets = {d.id: d.outlet or f"unknown outlet, {d.id}" for d in analysis.documents}
    return {a.id: f"{a.name} ({outlets.get(a.described_in, a.described_in)})" if a.described_in else a.name
            for a in analysis.actors}


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in a body whose paragraphs are joined by a blank line."""
    spans = []
    pos = 0
    for part in body.split("\n\n"):
        if part.strip():
            spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def article_views(analysis: Analysis, anchors: dict[str, dict[int, int]]) -> list[dict[str, Any]]:
    by_doc: dict[str, list[Statement]] = {}
    for s in analysis.statements:
        by_doc.setdefault(s.document, []).append(s)
    names = actor_names(analysis)
    return [article_view(doc, by_doc.get(doc.id, []), anchors.get(doc.id, {}), names) for doc in analysis.documents]


def article_view(doc: Document, statements: list[Statement], anchors: dict[int, int], names: dict[str, str]) -> dict[str, Any]:
    spans = _non_overlapping(statements)
    return {
        "id": doc.id, "title": display_title(doc), "outlet": doc.outlet or "unknown outlet",
        "published": doc.published or "", "source": doc.source, "url": doc.url or "",
        "statements": len(statements),
        "paragraphs": [_pieces(doc, start, end, spans, anchors, names) for start, end in paragraphs(doc.body)],
        "runs": [_runs(doc, start, end, spans) for start, end in paragraphs(doc.body)],
        "removed": [{"text": r.text, "reason": r.reason} for r in doc.removed],
    }


def _non_overlapping(statements: Iterable[Statement]) -> list[Statement]:
    """Statements in body order; one that starts inside the previous one is left unmarked, since a
    mark cannot nest in another (it is still listed under Positions)."""
    kept: list[Statement] = []
    for s in sorted(statements, key=lambda s: (s.start, -s.end)):
        if s.end > s.start and (not kept or s.start >= kept[-1].end):
            kept.append(s)
    return kept


def _pieces(doc: Document, start: int, end: int, spans: list[Statement], anchors: dict[int, int],
            names: dict[str, str]) -> list[dict[str, Any]]:
    """The paragraph [start, end) as groups of pieces: a group is a linked passage (a summary
    sentence, an event's date) or the plain text between them; pieces are cut at every statement
    edge, and a statement cut in several pieces carries its id on the first one."""
    inside = [s for s in spans if s.end > start and s.start < end]
    leads = sorted((a, min(b, end)) for a, b in anchors.items() if start <= a < end and b > a)
    cuts = {start, end}
    for a, b in leads:
        cuts |= {a, b}
    for s in inside:
        cuts |= {max(s.start, start), min(s.end, end)}
    edges = sorted(cuts)
    groups: list[dict[str, Any]] = []
    seen: set[str] = set()  # element ids already given out: each may appear once in the page
    for a, b in pairwise(edges):
        # The innermost passage holds the piece: an event's date inside a summary sentence gets its
        # own group, and the sentence resumes after it (its id only on its first group).
        lead = max((x for x in leads if x[0] <= a < x[1]), default=None)
        key = lead[0] if lead else None
        if not groups or groups[-1]["key"] != key:
            anchor = anchor_id(doc.id, key) if key is not None and anchor_id(doc.id, key) not in seen else None
            groups.append({"key": key, "lead": key is not None, "anchor": anchor, "pieces": []})
            if anchor:
                seen.add(anchor)
        st = next((x for x in inside if x.start <= a < x.end), None)
        piece: dict[str, Any] = {"text": doc.body[a:b], "stance": None, "sid": None, "label": "", "tag": "", "tag_for": ""}
        if st is not None:
            piece["stance"] = st.stance or "none"
            piece["sid"] = None if st.id in seen else st.id
            seen.add(st.id)
            who = names.get(st.speaker or "") or st.speaker_mention or "unnamed source"
            piece["label"] = f"{who} ({st.cue}): {st.stance or 'no stance toward the question'}"
            # The colour is also said in words, after the statement's last piece.
            piece["tag"] = (st.stance or "no stance") if b >= st.end else ""
            piece["tag_for"] = st.id
        groups[-1]["pieces"].append(piece)
    return groups


def _runs(doc: Document, start: int, end: int, spans: list[Statement]) -> list[dict[str, Any]]:
    """The paragraph as plain text and whole statements, for Markdown, which has no anchors to cut at
    (bold split in two pieces would not render)."""
    runs: list[dict[str, Any]] = []
    pos = start
    for s in spans:
        a, b = max(s.start, start), min(s.end, end)
        if b <= a:
            continue
        if a > pos:
            runs.append({"text": doc.body[pos:a], "stance": None})
        runs.append({"text": doc.body[a:b], "stance": s.stance or "none"})
        pos = b
    if pos < end:
        runs.append({"text": doc.body[pos:end], "stance": None})
    return runs
