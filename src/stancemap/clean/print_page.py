"""The layout of a print or e-paper page copied as text, and of a site's menu copied with its spaces:
a running head or foot (the page number beside the paper's name or the date), an index of the
paper's pages, columns set apart by runs of spaces (`bar_running_heads` rewrites them with bars
before the lines are judged), and a menu whose links only spaces keep apart (`spaced_menu`).
styles.py's `style_reason` and metadata.py's `running_head_outlet` read them."""

from __future__ import annotations

import re

from .dates import date_in_line
from .navigation import SECTION_WORDS

# A print page's running head or foot: its page number beside the paper's name or date
# ("9 | THE MORNING LAMP | FRIDAY, MAY 8, 2026"), or an index of the paper's pages
# ("CLASSIFIEDS 28-31 | TV & RADIO 33 | PUZZLES 34").
PAGE_PART = re.compile(r"^(?:\d{1,3}|.*\s\d{1,3}(?:\s*[-–]\s*\d{1,3})?)$")
# A print page's number: "6", "A5", "B12".
PAGE_NUMBER = re.compile(r"[A-Z]?\d{1,3}")
# Columns of a line set apart by tabs or runs of spaces ("THE DAILY X      Wednesday, June 4, 2025      A5").
COLUMN_GAP = re.compile(r"\t+| {3,}")


def running_head_parts(text: str) -> list[str] | None:
    """The parts of a running head between bars, or None when the line is not one."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", text)]
    if len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts) and running_head(parts, shouting(text)):
        return parts
    return None


def shouting(text: str) -> bool:
    """Most of the line's letters are capitals (a header, kicker or label set in capitals)."""
    letters = list(filter(str.isalpha, text))  # (filter and map: asked of every line, issue 11)
    return len(letters) >= 4 and sum(map(str.isupper, letters)) >= 0.6 * len(letters)


def running_head(parts: list[str], capitals: bool) -> bool:
    """A page number at either end beside the paper's name in capitals or a date ("9 | THE MORNING
    LAMP | FRIDAY, JUNE 12, 2026"), or an index of pages set in capitals, most parts ending in a
    page number ("CLASSIFIEDS 28-31 | TV & RADIO 33 | PUZZLES 34"). A table row ("Labour | 214")
    has neither."""
    numbered = bool(PAGE_NUMBER.fullmatch(parts[0]) or PAGE_NUMBER.fullmatch(parts[-1]))
    if numbered and any(shouting(p) or date_in_line(p) for p in parts):
        return True
    return capitals and len(parts) >= 3 and 3 * sum(bool(PAGE_PART.match(p)) for p in parts) >= 2 * len(parts)


def bar_running_heads(text: str) -> str:
    """A print page's running head set in columns ("THE DAILY X      Wednesday, June 4, 2025      A5")
    rewritten with bars between its parts, so that the running-head, date and masthead rules read
    its parts; a table's rows (no page number beside a name in capitals or a date) are left alone."""
    if "  " not in text and "\t" not in text:
        return text
    out = []
    for line in text.splitlines():
        parts = [p for p in COLUMN_GAP.split(line.strip()) if p]
        if len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts) and running_head(parts, shouting(line)):
            line = " | ".join(" ".join(p.split()) for p in parts)
        elif (labels := spaced_menu(line)) is not None:
            line = " | ".join(labels)
        out.append(line)
    return "\n".join(out)


# A site's menu copied as text keeps its links apart by runs of spaces or tabs ("NEWS  SPORT
# BUSINESS", "Menu  Search  Donate"); once the spaces are collapsed it reads as a headline. Three
# or more capitalised labels of one to three words, no digits or sentence punctuation, at least half
# of them a section or menu word: a headline copied with double spaces ("Harbour Strike  Ends After
# Three Weeks") is none (tests/clean/test_lines.py::test_lines_spaced_menu).
SPACED_GAP = re.compile(r"\t+| {2,}")
SPACED_LABEL = re.compile(r"^[A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}$")


def spaced_menu(line: str) -> list[str] | None:
    """The labels of a menu whose links are set apart by runs of spaces, or None."""
    parts = [p for p in SPACED_GAP.split(line.strip()) if p]
    if len(parts) < 3 or not all(SPACED_LABEL.match(p) and not re.search(r"\d", p) for p in parts):
        return None
    return parts if 2 * sum(p.lower() in SECTION_WORDS for p in parts) >= len(parts) else None
