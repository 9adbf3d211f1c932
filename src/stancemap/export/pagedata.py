"""The data the HTML briefing fills its details from on demand, embedded once in the page as
gzip-compressed JSON in base64 (the page's script decompresses it with the browser's own
DecompressionStream): every article's title, outlet and date; the statements, with the text of their
articles (whole, or the paragraphs that hold them); each actor's row and the statements behind it;
the timeline list.

What goes in is chosen in order of need and cut at a byte budget, so the page stays under 3 MB at
any corpus size: first the statements the first screen links to and each position's changes, then
the latest and earliest statements behind each position and those it outweighs, then every other
statement with a stance (newest first), then the rest. An article's whole text goes in while the
text budget lasts; after that, only the paragraphs the chosen statements stand in. What is left out
is counted and said on the page (all of it is in the JSON output).
"""

from __future__ import annotations

import base64
import gzip
import json
from collections import defaultdict
from typing import Any

from ..model import Analysis, Statement
from ..positions import basis_of
from .articles import actor_names, display_title, paragraphs

# The encoded data at most (the rest of the page, chart included, stays under 0.6 MB).
MAX_BYTES = 2_300_000
# Raw characters of article text tried first; halved until the encoded data fits MAX_BYTES.
TEXT_CHARS = 8_000_000
# Per position: the latest and earliest statements that set it, and the latest it outweighs.
LATEST, EARLIEST, DISSENTING = 12, 2, 5
# Items of the timeline list (position changes, events, dated statements with a stance).
TIMELINE_ITEMS = 3_000
UNKNOWN = "unknown outlet"


class Budget:
    """Article text chosen under a character budget: whole bodies first, then single paragraphs."""

    def __init__(self, analysis: Analysis, chars: int) -> None:
        self.docs = {d.id: d for d in analysis.documents}
        self.left = chars
        self.full: set[str] = set()
        self.parts: dict[str, dict[int, int]] = defaultdict(dict)  # doc -> paragraph start -> end
        self._paragraphs: dict[str, list[tuple[int, int]]] = {}

    def covers(self, doc: str, start: int, end: int) -> bool:
        return doc in self.full or any(a <= start and end <= b for a, b in self.parts.get(doc, {}).items())

    def take(self, doc: str, start: int, end: int, must: bool = False) -> bool:
        """Make [start, end) of `doc` readable in the page; False when the budget is spent (unless `must`)."""
        if self.covers(doc, start, end):
            return True
        body = self.docs[doc].body
        extra = sum(len(r.text) + len(r.reason) for r in self.docs[doc].removed)
        if len(body) + extra <= self.left:
            self.left -= len(body) + extra
            self.full.add(doc)
            self.parts.pop(doc, None)
            return True
        paras = self._paragraphs.setdefault(doc, paragraphs(body))
        wanted = [(a, b) for a, b in paras if a < end and b > start] or [(start, end)]
        size = sum(b - a for a, b in wanted)
        if size > self.left and not must:
            return False
        self.left -= size
        for a, b in wanted:
            self.parts[doc][a] = b
        return True


def page_data(analysis: Analysis, b: Any) -> tuple[str, dict[str, int]]:
    """(the encoded data, what was left out), under MAX_BYTES."""
    chars = TEXT_CHARS
    while True:
        data, left_out = _data(analysis, b, chars)
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        encoded = base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode()
        if len(encoded) <= MAX_BYTES or chars < 50_000:
            return encoded, left_out
        chars //= 2


def _priorities(analysis: Analysis, b: Any) -> list[tuple[Statement, bool]]:
    """Statements in order of need, each with whether it must be in (the first screen links to it)."""
    by_id = {s.id: s for s in analysis.statements}
    order: dict[str, bool] = {}

    def add(sid: str, must: bool = False) -> None:
        if sid in by_id and sid not in order:
            order[sid] = must

    for r in b.rows:
        add(r["href"][1:], True)
    for c in b.answers.get("changes", []):
        add(c["href"][1:], True)
    for d in b.answers.get("differences", []):
        for x in d["accounts"]:
            if "href" in x:
                add(x["href"][1:], True)
    for p in analysis.positions:
        for c in p.changes:
            for sid in [c.statement, *c.statements[:3]]:
                add(sid, True)
    for p in analysis.positions:
        if p.current:
            ids = [e.id for e in p.current.statements]
            for sid in [*ids[-LATEST:][::-1], *ids[:EARLIEST], *p.current.dissenting[-DISSENTING:][::-1]]:
                add(sid)
    for d in [*b.differences, *b.answers.get("differences", [])]:
        for x in d["accounts"]:
            if "href" in x:
                add(x["href"][1:], True)
    for d in b.disagreements:
        for x in d.get("links", []):
            if x.get("href", "").startswith("#s"):
                add(x["href"][1:], True)
    dated = sorted((s for s in analysis.statements if s.stance), key=lambda s: s.date or "", reverse=True)
    for s in dated:
        add(s.id)
    for s in analysis.statements:
        add(s.id)
    return [(by_id[sid], must) for sid, must in order.items()]


def _data(analysis: Analysis, b: Any, chars: int) -> tuple[dict[str, Any], dict[str, int]]:
    budget = Budget(analysis, chars)
    # The first screen's key sentences must land somewhere readable.
    for item in b.summary:
        budget.take(item["document"], item["start"], item["end"], must=True)
    # Events the outlets section links to (outlets dating one event differently).
    events = []
    for d in b.disagreements:
        for x in d.get("links", []):
            doc, _, at = x.get("href", "")[1:].partition("-c")
            if at.isdigit() and doc in budget.docs:
                budget.take(doc, int(at), int(at) + 1, must=True)
                events.append((x["href"][1:], doc, int(at)))
    kept: list[Statement] = []
    for s, must in _priorities(analysis, b):
        if budget.take(s.document, s.start, s.end, must=must):
            kept.append(s)
        elif not must and budget.left <= 0:
            break
    outlets = [UNKNOWN, *sorted({d.outlet for d in analysis.documents if d.outlet})]
    outlet_index = {o: i for i, o in enumerate(outlets)}
    doc_index = {d.id: i for i, d in enumerate(analysis.documents)}
    actor_index = {a.id: i for i, a in enumerate(analysis.actors)}
    counts: dict[str, int] = defaultdict(int)
    for s in analysis.statements:
        counts[s.document] += 1
    docs = [[d.id, display_title(d)[:160], outlet_index[d.outlet] if d.outlet else 0, d.published or "", d.source,
             d.url or "", counts[d.id], 2 if d.id in budget.full else 1 if d.id in budget.parts else 0]
            for d in analysis.documents]
    # In the documents' order, not the budget's set's (whose order changes with the interpreter's hash seed): the
    # same analysis gives the same page, byte for byte (tests/export/test_pagedata.py::test_page_data_is_stable).
    texts: dict[str, list[list[Any]]] = {}
    for d in (doc.id for doc in analysis.documents):
        if d in budget.full:
            texts[d] = [[0, budget.docs[d].body]]
        elif parts := budget.parts.get(d):
            texts[d] = [[a, budget.docs[d].body[a:e]] for a, e in sorted(parts.items())]
    removed = {d: [[r.reason, r.text] for r in budget.docs[d].removed] for d in texts
               if d in budget.full and budget.docs[d].removed}
    statements = {s.id: [doc_index[s.document], s.start, s.end, actor_index.get(s.speaker or "", -1),
                         "" if s.speaker else s.speaker_mention, s.cue, s.stance or "", s.date or "", s.conditions,
                         s.kind, basis_of(s) if s.stance else ""] for s in kept}
    anchors = {item["anchor"]: [doc_index[item["document"]], item["start"], item["end"]] for item in b.summary}
    for anchor, doc, at in events:
        anchors[anchor] = [doc_index[doc], at, at + 1]
    timeline, timeline_left = _timeline(b, budget, doc_index, anchors, statements)
    shown = actor_names(analysis)
    data = {
        "outlets": outlets, "actors": [[shown[a.id], a.side() or ""] for a in analysis.actors], "docs": docs,
        "texts": texts, "removed": removed, "st": statements, "anchors": anchors,
        "rows": [_row(r, actor_index) for r in b.rows], "details": _details(analysis, statements),
        "timeline": timeline,
    }
    left_out = {"statements": len(analysis.statements) - len(kept), "texts": len(analysis.documents) - len(texts),
                "timeline": timeline_left}
    data["left_out"] = left_out
    return data, left_out


def _row(r: dict[str, Any], actor_index: dict[str, int]) -> list[Any]:
    return [actor_index.get(r["actor"], -1), r["name"], r["side"], r["stance"], r["since"], r["conditions"][:2],
            len(r["conditions"]), r["basis"], r["changes"][-1]["from"] if r["changes"] else "", r["href"][1:],
            r["outlet"], r["count"], r["total"], r["row"]]


def _details(analysis: Analysis, kept: dict[str, Any]) -> dict[str, Any]:
    """Per position: the statements behind it that are in the page, and how many are not."""
    out = {}
    for p in analysis.positions:
        if not p.current:
            continue
        setting = [[e.id, e.basis] for e in p.current.statements if e.id in kept]
        dissent = [i for i in p.current.dissenting if i in kept]
        out[f"pos-{p.actor}"] = {
            "set": setting, "more": len(p.current.statements) - len(setting), "dis": dissent,
            "dmore": len(p.current.dissenting) - len(dissent),
            "ch": [[c.from_stance, c.to_stance, c.date or "", c.statement] for c in p.changes]}
    return out


def _timeline(b: Any, budget: Budget, doc_index: dict[str, int], anchors: dict[str, list[int]],
              kept: dict[str, Any]) -> tuple[list[list[Any]], int]:
    """The list under the chart, as far as the page can show where each item is said: events whose
    sentence is in the page, dated statements in the page; TIMELINE_ITEMS at most, spread over time."""
    items = []
    for e in b.timeline:
        doc = e["document"]
        if e["kind"] == "event":
            if not budget.covers(doc, e["start"], e["end"]):
                continue
            anchors[e["href"][1:]] = [doc_index[doc], e["start"], e["end"]]
        elif e["href"][1:] not in kept:
            continue
        items.append([e["sort"], e["date"], e["kind"], e["number"], e["text"][:300], e["who"], e["stance"] or "",
                      doc_index[doc], e["href"]])
    total = len(b.timeline)
    if len(items) > TIMELINE_ITEMS:
        step = len(items) / TIMELINE_ITEMS
        items = [items[int(k * step)] for k in range(TIMELINE_ITEMS)]
    return items, total - len(items)
