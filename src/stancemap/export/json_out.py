"""The analysis as the JSON contract of ../shared/spec/analysis-json.md (schema_version 1),
plus added fields (never renamed or dropped ones)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..model import Analysis


def to_dict(analysis: Analysis) -> dict[str, Any]:
    q = analysis.question
    return {
        "schema_version": analysis.schema_version,
        "question": None if q is None else {
            "text": q.text, "proposed": q.proposed, "terms": q.target_terms,
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


def render(analysis: Analysis) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=2) + "\n"
