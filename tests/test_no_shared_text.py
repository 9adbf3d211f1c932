"""The project never copies ../shared's article text (the brief: read it at test time, never copy its
articles' words into the project). Every run of six words of ../shared's articles (corpus/dev, the
PolNeAR dev texts, the html-dev pages) found in src/, tests/, docs/, README.md or scripts/ fails this
test, except the generic English furniture below that a rule must match as such. A test or a comment
that needs an example writes an invented sentence of the same shape (session 25)."""

from __future__ import annotations

import gzip
import html
import re
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

N = 6
WORD = re.compile(r"[a-z0-9']+")
TAG = re.compile(r"<[^>]+>")

# Runs kept on purpose: general page or news furniture a rule matches as such, or the command the
# html-dev README prescribes. A six-word run inside one of these phrases is allowed.
ALLOWED = (
    "has been updated with comment from",  # an editor's note (clean/furniture.py; test_furniture)
    "an earlier version of this article",  # a correction note (clean/furniture.py CORRECTION)
    "a version of this article appears in print on",  # a print-edition note (test_furniture)
    "by signing up you agree to",  # a newsletter box (test_furniture)
    "terms of use and privacy policy",  # page tools (test_furniture)
    "is not responsible for the content of external",  # an external-links disclaimer (clean/furniture.py)
    "by the end of the year",  # a deadline (judge/thresholds.py; test_proposition, test_stance_consequences)
    "analyze pages question will the government change its policy",  # html-dev README's command (scripts)
)


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


def _telling(run: tuple[str, ...]) -> bool:
    """A run of words, not of markup or numbers ("0 0 0 0 1 0", "t 0 t 1 t 2")."""
    return sum(1 for w in run if len(w) > 1 and not w.isdigit()) >= 4


def _shared_texts(shared: Path) -> list[Path]:
    files = sorted((shared / "corpus" / "dev").glob("*")) + sorted((shared / "eval" / "polnear" / "dev" / "text").glob("*"))
    files += sorted(f for f in (shared / "eval" / "html-dev").rglob("*") if f.suffix != ".py")
    return [f for f in files if f.is_file()]


def _read(path: Path) -> str:
    if path.suffix == ".gz":  # an html-dev page: its text without the tags
        return html.unescape(TAG.sub(" ", gzip.decompress(path.read_bytes()).decode("utf-8", "ignore")))
    return path.read_text(encoding="utf-8", errors="ignore")


def _project_files() -> list[Path]:
    files = [*(ROOT / "src").rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *(ROOT / "docs").rglob("*.md"),
             ROOT / "README.md", *(ROOT / "scripts").rglob("*.py")]
    sealed = ROOT / "tests" / "sealed"
    return sorted(f for f in files if f.is_file() and sealed not in f.parents)


def test_no_shared_article_text_in_the_project() -> None:
    if not (SHARED / "corpus" / "dev").is_dir() or not (SHARED / "eval" / "polnear" / "dev" / "text").is_dir():
        pytest.skip("../shared (its dev corpus and PolNeAR dev texts) is not beside this checkout: nothing to compare")
    shared: dict[tuple[str, ...], str] = {}
    for path in _shared_texts(SHARED):
        for run in _runs(_words(_read(path))):
            shared.setdefault(run, str(path.relative_to(SHARED)))
    allowed = set().union(*(_runs(_words(phrase)) for phrase in ALLOWED))
    copied = []
    for path in _project_files():
        for run in sorted(_runs(_words(path.read_text(encoding="utf-8", errors="ignore")))):
            if run in shared and run not in allowed and _telling(run):
                copied.append(f"{path.relative_to(ROOT)}: '{' '.join(run)}' (../shared/{shared[run]})")
    assert not copied, "../shared article text copied into the project (write an invented sentence of the " \
                       "same shape):\n" + "\n".join(copied)


def test_the_check_finds_a_copy() -> None:
    """The check itself: a six-word run is found, a shorter one and an allowed phrase are not."""
    article = _runs(_words("The mayor said the new harbour wall would open by the end of the year, officials said."))
    assert ("the", "new", "harbour", "wall", "would", "open") in article
    assert not _runs(_words("the new harbour wall would"))
    assert ("by", "the", "end", "of", "the", "year") in set().union(*(_runs(_words(p)) for p in ALLOWED))
    assert not _telling(("0", "0", "0", "0", "1", "0")) and _telling(("the", "new", "harbour", "wall", "would", "open"))
