"""The project's example corpus against its gold files, article by article: every boilerplate
line removed, every other line kept, title, outlet and date right (cleaning only, no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from stancemap.clean import clean_corpus
from stancemap.ingest import read_sources
from stancemap.model import Document

from ..conftest import EXAMPLE_GOLD, EXAMPLES

QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
GOLD = sorted(EXAMPLE_GOLD.glob("*.json"))


def _norm(text: str | None) -> str:
    return " ".join((text or "").translate(QUOTES).split())


@pytest.fixture(scope="module")
def cleaned() -> dict[str, Document]:
    sources, _ = read_sources([EXAMPLES])
    return {Path(d.source).name: d for d in clean_corpus(sources)}


def _case(gold_file: Path, cleaned: dict[str, Document]) -> tuple[dict[str, Any], Document, list[str]]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    lines = (EXAMPLES / gold["document"]).read_text(encoding="utf-8").splitlines()
    return gold, cleaned[gold["document"]], lines


@pytest.mark.parametrize("gold_file", GOLD, ids=[g.stem for g in GOLD])
def test_examples_boilerplate_removed(gold_file: Path, cleaned: dict[str, Document]) -> None:
    gold, doc, _ = _case(gold_file, cleaned)
    body = {_norm(line) for line in doc.body.splitlines()}
    assert [b for b in gold["boilerplate"] if _norm(b) in body] == []
    removed = {_norm(r.text) for r in doc.removed}
    assert all(_norm(b) in removed or _norm(b) in _norm(doc.title) for b in gold["boilerplate"])


@pytest.mark.parametrize("gold_file", GOLD, ids=[g.stem for g in GOLD])
def test_examples_content_lines_kept(gold_file: Path, cleaned: dict[str, Document]) -> None:
    gold, doc, lines = _case(gold_file, cleaned)
    skip = {_norm(x) for x in [*gold["boilerplate"], *gold.get("optional_lines", []), gold.get("title") or ""]}
    body = _norm(doc.body)
    assert [line for line in map(_norm, lines) if line and line not in skip and line not in body] == []


@pytest.mark.parametrize("gold_file", GOLD, ids=[g.stem for g in GOLD])
def test_examples_metadata(gold_file: Path, cleaned: dict[str, Document]) -> None:
    gold, doc, _ = _case(gold_file, cleaned)
    assert _norm(doc.title) == _norm(gold["title"])
    assert doc.published == gold["published"]
    if gold["outlet"]:
        assert any(o.lower() in (doc.outlet or "").lower() for o in gold["outlet"])
    for field in ("title", "outlet", "published"):
        if getattr(doc, field):
            assert doc.provenance.get(field), f"{field} has no provenance"
