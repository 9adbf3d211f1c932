"""The analysis as the JSON contract of ../shared/spec/analysis-json.md (schema_version 1),
plus added fields (never renamed or dropped ones)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any, BinaryIO

import orjson

from ..model import Analysis, Document


def to_dict(analysis: Analysis, lazy: bool = False) -> dict[str, Any]:
    """The contract as plain data. `lazy` leaves the long sections as generators of items (which
    `write` serialises one at a time)."""
    q = analysis.question
    if lazy:
        return {
            "schema_version": analysis.schema_version,
            "question": None if q is None else {
                "text": q.text, "proposed": q.proposed, "terms": q.target_terms,
                "proposition": q.proposition.to_dict() if q.proposition is not None else None},
            "documents": (_document(d) for d in analysis.documents),
            "actors": iter(analysis.actors), "statements": iter(analysis.statements), "events": iter(analysis.events),
            "outlets": ({"name": o.name, "documents": o.documents, "framing": o.framing, "quoted": o.quoted}
                        for o in analysis.outlets),
            "positions": iter(analysis.positions), "sides": iter(analysis.sides),
            "disagreements": iter(analysis.disagreements), "notices": iter(analysis.notices),
        }
    return {
        "schema_version": analysis.schema_version,
        "question": None if q is None else {
            "text": q.text, "proposed": q.proposed, "reason": q.reason, "terms": q.target_terms,
            "proposition": q.proposition.to_dict() if q.proposition is not None else None},
        "documents": [
            {"id": d.id, "source": d.source, "title": d.title, "outlet": d.outlet, "published": d.published,
             "body": d.body, "removed": [asdict(r) for r in d.removed], "provenance": d.provenance, "url": d.url,
             "copy_of": d.copy_of}
            for d in analysis.documents],
        "actors": [asdict(a) for a in analysis.actors],
        "statements": [asdict(s) for s in analysis.statements],
        "events": [asdict(e) for e in analysis.events],
        "outlets": [{"name": o.name, "documents": o.documents, "framing": [asdict(f) for f in o.framing],
                     "quoted": o.quoted} for o in analysis.outlets],
        "positions": [asdict(p) for p in analysis.positions],
        "sides": [asdict(s) for s in analysis.sides],
        "disagreements": [asdict(d) for d in analysis.disagreements],
        "notices": [asdict(n) for n in analysis.notices],
    }


def write(analysis: Analysis, out: BinaryIO) -> None:
    """The JSON written section by section, one item per line: the text of the whole analysis is
    never held in memory at once (15,000 articles make a file of some 300 MB)."""
    whole = to_dict_head(analysis)
    out.write(b"{\n")
    keys = list(whole)
    for k, key in enumerate(keys):
        value = whole[key]
        comma = b"," if k < len(keys) - 1 else b""
        out.write(b'  "' + key.encode() + b'": ')
        if isinstance(value, _Items):
            out.write(b"[")
            first = True
            for item in value.items:
                out.write(b"\n    " if first else b",\n    ")
                out.write(orjson.dumps(item, default=_default))
                first = False
            out.write(b"\n  ]" if not first else b"]")
        else:
            out.write(orjson.dumps(value, default=_default))
        out.write(comma + b"\n")
    out.write(b"}\n")


def render(analysis: Analysis) -> str:
    buffer = io.BytesIO()
    write(analysis, buffer)
    return buffer.getvalue().decode("utf-8")


class _Items:
    """A list section written item by item."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def _document(d: Document) -> dict[str, Any]:
    return {"id": d.id, "source": d.source, "title": d.title, "outlet": d.outlet, "published": d.published,
            "body": d.body, "removed": d.removed, "provenance": d.provenance, "url": d.url, "copy_of": d.copy_of}


def to_dict_head(analysis: Analysis) -> dict[str, Any]:
    """The sections of `to_dict`, the long lists left as generators for `write`."""
    full = to_dict(analysis, lazy=True)
    return {k: (_Items(v) if k in LIST_SECTIONS else v) for k, v in full.items()}


LIST_SECTIONS = ("documents", "actors", "statements", "events", "outlets", "positions", "sides", "disagreements",
                 "notices")


def _default(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
