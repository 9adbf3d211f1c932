"""The code never quotes the project's own written batches (the brief: code that knows a name, outlet or
phrase of any corpus is a defect). tests/test_no_shared_text.py guards ../shared's articles; this test
guards the batches written for development (tests/data/*/corpus and examples/corpus): no run of six of
their words, and no name of their gold actors or outlets, in src/. A comment that needs an example writes
an invented sentence of the same shape, with invented names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from stancemap.judge.wordnet import wordnet
from stancemap.stop_words import STOP_WORDS

from .conftest import ROOT
from .test_no_shared_text import ALLOWED, TAG, _runs, _telling
from .test_no_shared_text import _words as _all_words

# General page furniture that clean/furniture.py matches as such (tests/clean/test_furniture.py pins it).
FURNITURE = (
    "let us know what you think in the comments",
    "key events show key events only",
)


def _words(text: str) -> list[str]:
    """Words without the quotation marks a comment puts round them ("'the plan" is "the plan")."""
    return [word.strip("'") for word in _all_words(text) if word.strip("'")]


NAME_PART = re.compile(r"[A-Za-z][\w&-]*")


def _corpus_folders() -> list[Path]:
    return [ROOT / "examples", *sorted(p for p in (ROOT / "tests" / "data").iterdir() if p.is_dir())]


def _batch_runs() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    for folder in _corpus_folders():
        for path in sorted((folder / "corpus").rglob("*")) if (folder / "corpus").is_dir() else []:
            if path.is_file():
                text = TAG.sub(" ", path.read_text(encoding="utf-8", errors="ignore"))
                for run in _runs(_words(text)):
                    runs.setdefault(run, str(path.relative_to(ROOT)))
    return runs


def _telling_name(name: str) -> bool:
    """A name of two words or more with a word English does not have ("Orla Vintmark", not "Health Ministry")."""
    parts = NAME_PART.findall(name)
    return len(parts) >= 2 and any(p[0].isupper() and p.lower() not in STOP_WORDS and not wordnet().synsets(p.lower(), "noun")
                                   for p in parts)


def _batch_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for folder in _corpus_folders():
        for path in sorted((folder / "gold").glob("*.json")) if (folder / "gold").is_dir() else []:
            gold = json.loads(path.read_text(encoding="utf-8"))
            outlets = gold.get("outlet") or []
            candidates = [actor.get("name", "") for actor in gold.get("actors", [])]
            candidates += [outlets] if isinstance(outlets, str) else list(outlets)
            for name in candidates:
                if isinstance(name, str) and _telling_name(name):
                    names.setdefault(" ".join(NAME_PART.findall(name)), str(path.relative_to(ROOT)))
    return names


def _quotes(text: str, runs: dict[tuple[str, ...], str], names: dict[str, str], allowed: set[tuple[str, ...]]) -> list[str]:
    found = [f"'{' '.join(run)}' ({runs[run]})" for run in sorted(_runs(_words(text)))
             if run in runs and run not in allowed and _telling(run)]
    parts = NAME_PART.findall(text)
    for size in (2, 3, 4):
        for i in range(len(parts) - size + 1):
            name = " ".join(parts[i:i + size])
            if name in names:
                found.append(f"name '{name}' ({names[name]})")
    return found


def test_no_batch_text_in_the_code() -> None:
    if not (ROOT / "tests" / "data").is_dir():
        pytest.skip("tests/data is not in this checkout")
    runs, names = _batch_runs(), _batch_names()
    allowed = set().union(*(_runs(_words(phrase)) for phrase in (*ALLOWED, *FURNITURE)))
    copied = [f"{path.relative_to(ROOT)}: {quote}" for path in sorted((ROOT / "src").rglob("*.py"))
              for quote in _quotes(path.read_text(encoding="utf-8"), runs, names, allowed)]
    assert not copied, "written batches' text or names in the code (write an invented example):\n" + "\n".join(copied)


def test_the_check_finds_a_quote_and_a_name() -> None:
    """The check itself: a six-word run and an invented-looking full name are found; a common organisation is not."""
    runs = {("the", "harbour", "wall", "would", "open", "soon"): "a batch"}
    names = {"Orla Vintmark": "a gold"}
    found = _quotes("# As 'the harbour wall would open soon', said Orla Vintmark.", runs, names, set())
    assert found == ["'the harbour wall would open soon' (a batch)", "name 'Orla Vintmark' (a gold)"]
    assert _telling_name("Orla Vintmark") and not _telling_name("Orla")
    assert not _telling_name("Health Ministry") and not _telling_name("The Ledger")
