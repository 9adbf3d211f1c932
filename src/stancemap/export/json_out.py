"""The analysis as the JSON contract of ../shared/spec/analysis-json.md (schema_version 1),
plus added fields (never renamed or dropped ones)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import orjson

from ..model import Analysis, Document


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The contract as plain data: exactly what `write` writes, read back item by item."""
    return {key: ([_plain(item) for item in value.items] if isinstance(value, _Items) else _plain(value))
            for key, value in _sections(analysis).items()}


def section(analysis: Analysis, key: str) -> Iterator[Any]:
    """One section of the contract as plain data, item by item for a list section: what
    `to_dict(analysis)[key]` holds, without making the whole contract at once (the store writes
    15,000 articles' results this way)."""
    value = _sections(analysis)[key]
    if isinstance(value, _Items):
        for item in value.items:
            yield _plain(item)
    else:
        yield _plain(value)


def _sections(analysis: Analysis) -> dict[str, Any]:
    """The contract's sections in order; the long ones as `_Items`, serialised one item at a time."""
    q = analysis.question
    return {
        "schema_version": analysis.schema_version,
        "question": None if q is None else {
            "text": q.text, "proposed": q.proposed, "reason": q.reason, "terms": q.target_terms,
            "proposition": q.proposition.to_dict() if q.proposition is not None else None},
        "documents": _Items(_document(d) for d in analysis.documents),
        "actors": _Items(analysis.actors), "statements": _Items(analysis.statements),
        "events": _Items(analysis.events),
        "outlets": _Items({"name": o.name, "documents": o.documents, "framing": o.framing, "quoted": o.quoted}
                          for o in analysis.outlets),
        "positions": _Items(analysis.positions), "sides": _Items(analysis.sides),
        "disagreements": _Items(analysis.disagreements), "notices": _Items(analysis.notices),
    }


def _plain(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value, default=_default))


def write(analysis: Analysis, out: BinaryIO) -> None:
    """The JSON written section by section, one item per line: the text of the whole analysis is
    never held in memory at once (15,000 articles make a file of some 300 MB)."""
    whole = _sections(analysis)
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


def _default(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
