#!/usr/bin/env python3
"""Cleaning figures on every annotated corpus: boilerplate recall, content lines lost, metadata.

    .venv/bin/python scripts/score_cleaning.py [BATCH ...]      # default: examples, dev and tests/data/*

Each corpus is analysed in this process and scored by the outside referee (../shared/eval/score.py).
score.py compares an article's raw lines with the cleaned body; for an HTML page those raw lines
are markup, so every page is given to the scorer as its visible text lines instead (one line per
block element, scripts, styles and the head left out: what a reader sees and what the gold's
boilerplate lines were copied from). A row of links or buttons (a breadcrumb, consent buttons, footer
links) is one line per item, as the gold copies them, unless the gold lists the row whole. A content line
is then lost only when visible article text is missing from the body.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "blockquote", "pre", "section",
          "article", "header", "footer", "nav", "aside", "figure", "figcaption", "ul", "ol", "main", "dd", "dt", "table"}
CORPORA = {"examples": (ROOT / "examples" / "corpus", ROOT / "examples" / "gold", "Will Valdoria join the Northern Compact?"),
           "dev": (SHARED / "corpus" / "dev", SHARED / "eval" / "gold", "Will Ukraine join NATO?"),
           "heldout": (ROOT / "tests/data/heldout/corpus", ROOT / "tests/data/heldout/gold",
                       "Will Estavia join the Atlantic Accord?"),
           "heldout2": (ROOT / "tests/data/heldout2/corpus", ROOT / "tests/data/heldout2/gold",
                        "Will Tessaly join the Southern Trade Union?")}


# Elements a page prints a row of, each its own item (menu and breadcrumb links, buttons): the gold copies each
# item's text as a line of its own ("Home", "›", "Water crisis"; "Accept all", "Manage preferences").
ITEMS = {"a", "button", "span", "time"}
OPEN, CLOSE = "\x01", "\x02"
# Text between items that only separates them ("Home › Topic", "Privacy | Terms", "Accept Reject").
SEPARATORS = re.compile(r"^[\s|·•›»>/,–—-]*$")
# A breadcrumb's last, unlinked item keeps the separator before it ("Home / Topic / Page"): stripped before the
# piece is compared with the gold's lines (session 28, q_better's live page).
SEPARATOR_EDGES = re.compile(r"^[\s|·•›»>/–—-]+|[\s|·•›»>/–—-]+$")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in {"script", "style", "head", "noscript", "template"}:
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")
        elif tag in ITEMS:
            self.parts.append(OPEN)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head", "noscript", "template"} and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n")
        elif tag in ITEMS:
            self.parts.append(CLOSE)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def _as_listed(piece: str, listed: frozenset[str]) -> str:
    """The piece as its gold copied it: with the separator before it ("/ Page") or without ("Page")."""
    bare = SEPARATOR_EDGES.sub("", piece)
    return bare if _norm(piece) not in listed and _norm(bare) in listed else piece


def _items(line: str, listed: frozenset[str]) -> list[str]:
    """A line made only of items (links, buttons) and the separators between them, or made of pieces its gold lists
    one by one: one line per item, as the gold copied them; any other line whole (a paragraph with a link in it)."""
    outside: list[str] = []
    pieces: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in line:
        if ch in (OPEN, CLOSE):
            pieces.append("".join(current))
            current = []
            depth = depth + 1 if ch == OPEN else max(depth - 1, 0)
            continue
        current.append(ch)
        if depth == 0:
            outside.append(ch)
    pieces.append("".join(current))
    whole = line.replace(OPEN, "").replace(CLOSE, "")
    words = [_as_listed(piece, listed) for piece in pieces if not SEPARATORS.match(piece)]
    # (a row the gold copied whole, as older batches' gold did, stays whole; a separator alone is no line)
    if OPEN not in line or _norm(whole) in listed:
        return [whole]
    # (a line whose every piece the gold lists, one by one, is split as it did: "By", "A. Name", ", Political Editor")
    if SEPARATORS.match("".join(outside)) or all(_norm(piece) in listed for piece in words):
        return words
    return [whole]


def gold_lines(gold: dict) -> frozenset[str]:  # type: ignore[type-arg]
    """The lines a gold file names: its boilerplate, optional lines and title."""
    named = [*gold.get("boilerplate", []), *gold.get("optional_lines", []), gold.get("title") or ""]
    return frozenset(_norm(line) for line in named if line)


def _norm(text: str) -> str:
    """score.py's own normalisation of a line."""
    return " ".join(text.translate(QUOTES).split())


def visible_lines(markup: str, listed: frozenset[str] = frozenset()) -> str:
    """The page's visible text, a line per block; `listed` holds the lines its gold names (boilerplate,
    optional lines, title), normalised as score.py does."""
    parser = _Visible()
    parser.feed(markup)
    lines = (" ".join(item.split()) for line in "".join(parser.parts).splitlines() for item in _items(line, listed))
    return "\n".join(line for line in lines if line)


def corpora(names: list[str]) -> dict[str, tuple[Path, Path, str]]:
    found = dict(CORPORA)
    for batch in sorted((ROOT / "tests" / "data").iterdir()):
        question = batch / "question.json"
        if question.is_file() and batch.name not in found:
            found[batch.name] = (batch / "corpus", batch / "gold", json.loads(question.read_text())["question"])
    unknown = [n for n in names if n not in found]
    if unknown:
        raise SystemExit(f"score_cleaning: no such corpus: {', '.join(unknown)} "
                         f"(names of tests/data batches or {', '.join(CORPORA)})")
    return {n: found[n] for n in (names or list(found)) if found[n][0].is_dir()}


def score(name: str, corpus: Path, gold: Path, question: str, work: Path) -> dict:  # type: ignore[type-arg]
    sys.path.insert(0, str(ROOT / "src"))
    from stancemap import analyze
    from stancemap.export.json_out import to_dict

    analysis = analyze([corpus], question=question)
    out = work / f"{name}.json"
    out.write_text(json.dumps(to_dict(analysis)), encoding="utf-8")
    listed = {}
    for gold_path in gold.glob("*.json"):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        listed[Path(g["document"]).name] = gold_lines(g)
    text_corpus = work / f"{name}-visible"
    text_corpus.mkdir()
    for path in corpus.rglob("*"):
        if path.is_file():
            target = text_corpus / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix.lower() in {".html", ".htm"}:
                markup = path.read_text(encoding="utf-8", errors="replace")
                target.write_text(visible_lines(markup, listed.get(path.name, frozenset())), encoding="utf-8")
            else:
                shutil.copy(path, target)
    run = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out), "--gold", str(gold),
                          "--corpus", str(text_corpus), "--json"], capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def _rejoined(line: str, body: str) -> str:
    """A note when a 'lost' line ends in a word hyphenated across the line break and the body holds
    the line with that word rejoined: score.py compares lines literally, so it counts the line."""
    m = re.search(r"(\S*[^\W\d_])-$", line)
    if m is None:
        return ""
    head = line[:m.start(1)] + m.group(1)
    return "  (a word hyphenated at the line end, rejoined in the body)" if head in body.replace("’", "'") else ""


def main() -> None:
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    print(f"{'corpus':10s} {'boilerplate':>11s} {'lost':>5s} {'metadata':>8s}")
    with tempfile.TemporaryDirectory() as folder:
        for name, (corpus, gold, question) in corpora(names).items():
            report = score(name, corpus, gold, question, Path(folder))
            analysis = json.loads((Path(folder) / f"{name}.json").read_text(encoding="utf-8"))
            meta = {Path(d["source"].split("#")[0]).name: {k: d.get(k) for k in ("title", "outlet", "published")}
                    for d in analysis["documents"]}
            bodies = {Path(d["source"].split("#")[0]).name: " ".join((d.get("body") or "").split())
                      for d in analysis["documents"]}
            f = report["figures"]
            print(f"{name:10s} {f['boilerplate_recall']!s:>11s} {f['content_lines_lost']!s:>5s} {f['metadata_accuracy']!s:>8s}")
            if verbose:
                for doc in report.get("documents", []):
                    for line in doc.get("boilerplate_kept", []):
                        print(f"   kept  {doc['document']}: {line}")
                    body = bodies.get(doc["document"], "")
                    for line in doc.get("content_lost", []):
                        print(f"   LOST  {doc['document']}: {line}{_rejoined(line, body)}")
                    bad = [k for k in ("title_ok", "outlet_ok", "published_ok") if doc.get(k) is False]
                    if bad:
                        got = meta.get(doc["document"], {})
                        print(f"   META  {doc['document']}: {', '.join(bad)} (got {got})")


if __name__ == "__main__":
    main()
