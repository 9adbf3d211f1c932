"""The analysis as flat tables, one per entity, for CSV and Parquet: what pandas reads as is.

Each row is the entity as the JSON contract writes it; a list of plain values stays a list in
Parquet and becomes JSON text in CSV, anything nested (removed lines, framing terms, provenance,
counts) is JSON text in both. A few columns a spreadsheet user needs are joined in: a statement's
speaker name, outlet and publication date, a position's actor name.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..model import Actor, Analysis, Disagreement, Document, Event, Notice, Outlet, Position, Side, Statement
from .json_out import to_dict

TABLES: dict[str, type] = {"documents": Document, "actors": Actor, "statements": Statement, "events": Event,
                           "outlets": Outlet, "positions": Position, "sides": Side,
                           "disagreements": Disagreement, "notices": Notice}
JOINED = {"statements": ["speaker_name", "outlet", "published"], "positions": ["actor_name"]}


def tables(analysis: Analysis) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Table name -> (columns, rows)."""
    data = to_dict(analysis)
    names = {a.id: a.name for a in analysis.actors}
    docs = {d.id: d for d in analysis.documents}
    found: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for name, kind in TABLES.items():
        rows = [dict(r) for r in data[name]]
        if name == "statements":
            for r in rows:
                doc = docs.get(r["document"])
                r.update(speaker_name=names.get(r["speaker"] or ""), outlet=doc.outlet if doc else None,
                         published=doc.published if doc else None)
        elif name == "positions":
            for r in rows:
                r["actor_name"] = names.get(r["actor"])
        columns = list(rows[0]) if rows else [f.name for f in fields(kind)] + JOINED.get(name, [])
        found[name] = (columns, rows)
    return found


# The tables a period filters (`export --since/--until`); the others describe the whole store (who the actors are,
# where each stands now, the outlets) and are written whole.
DATED = ("documents", "statements", "events")


def in_period(found: dict[str, tuple[list[str], list[dict[str, Any]]]], since: str | None, before: str | None
              ) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """The documents published, and the statements and events dated, from `since` to before `before` (sortable
    dates, as the API's since/until compare them: a statement's or event's own date, else its article's; an unknown
    date sorts last, "9999"); the other tables as they are (test_cli_store_export_tables_of_a_period)."""
    from ..model import sortable_date

    published = {r["id"]: r.get("published") for r in found["documents"][1]}

    def kept(key: str) -> bool:
        return (since is None or key >= since) and (before is None or key < before)

    out = dict(found)
    columns, rows = found["documents"]
    out["documents"] = (columns, [r for r in rows if kept(r.get("published") or "9999")])
    for name in ("statements", "events"):
        columns, rows = found[name]
        out[name] = (columns, [r for r in rows if kept(sortable_date(r.get("date"), published.get(r.get("document")))[:16])])
    return out


def _plain_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, (str, int, float, bool)) or v is None for v in value)


def _flat(value: Any, keep_lists: bool) -> Any:
    if keep_lists and _plain_list(value):
        return value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


# A text cell a spreadsheet would run as a formula (CSV injection): kept as text with a leading apostrophe
# (tests/export/test_tables.py::test_csv_text_cell_that_looks_like_a_formula_is_kept_as_text).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    value = _flat(value, keep_lists=False)
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def to_csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    handle = io.StringIO()
    writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return handle.getvalue()


Found = dict[str, tuple[list[str], list[dict[str, Any]]]]


def write_csv(analysis: Analysis, folder: Path, found: Found | None = None) -> list[Path]:
    """`found`: the tables to write, when the caller has made (or filtered) them already."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (columns, rows) in (found or tables(analysis)).items():
        path = folder / f"{name}.csv"
        path.write_text(to_csv(columns, rows), encoding="utf-8")
        written.append(path)
    return written


def write_parquet(analysis: Analysis, folder: Path, found: Found | None = None) -> list[Path]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        from ..errors import StancemapError

        raise StancemapError("Parquet export needs pyarrow: pip install 'stancemap[parquet]'") from None
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (columns, rows) in (found or tables(analysis)).items():
        # A column stays a list column only when every row holds a list of plain values.
        lists = {c for c in columns if rows and all(_plain_list(r.get(c)) or r.get(c) is None for r in rows)}
        flat = {c: [_flat(r.get(c), keep_lists=c in lists) for r in rows] for c in columns}
        table = pa.table({c: pa.array(v) for c, v in flat.items()}) if rows else pa.table(
            {c: pa.array([], type=pa.string()) for c in columns})
        path = folder / f"{name}.parquet"
        pq.write_table(table, path)
        written.append(path)
    return written
