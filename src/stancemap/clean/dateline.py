"""A wire dateline: the place in capitals that opens a report, with its region, date and agency, up to its dash
("TASBY, March 3 (Harbor Wire) - ", "NEWPORT CITY, Ore. - ", "HOLMBY, Kess., Sept. 26 (Wire) — ", "KELLBY (Ledger) – ").

The one reading of it (issue 10, session 26): the cleaner takes the outlet and the filing date from it
(metadata.outlet_from_dateline, published.published_from_dateline), the digest leaves it out of a summary's
sentence, and the extractors know that no word of it acts or speaks (roleholders.in_dateline,
clauses.past_dateline and speaker_span, frames_roles.verb_subject: `dateline_end`). Pinned by
tests/clean/test_dateline.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Token

# The place: one to three words in capitals ("WASHINGTON", "ST. ALDEN", "PORT QUARNE", "SAINT-VELD"); then, each after
# a comma, a region or a date whose every word opens with a capital or a digit ("Ore.", "N.Y.", "Sept. 26", "3 March
# 2026", "Oct 2, 2025"); the agency in brackets; the dash (a colon only after an agency: "CITY (Agency): ").
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,2})"
    r"(?P<middle>(?:,\s*[A-Z0-9][\w.'’]*(?:\s+[A-Z0-9][\w.'’]*){0,3}){0,3})"
    r"(?:\s*\((?P<outlet>[^()\n]{2,60})\))?"
    r"\s*(?:(?P<dash>--?|[–—]|:)(?:[ \t]+|$)|(?P<tight>[–—])(?=[A-Z\"“]))")


class Dateline(NamedTuple):
    end: int  # where the dateline's dash and the spaces after it end, from the start of its line
    place: str
    middle: str  # the region and date after the place, their commas included (", Ore., Sept. 26")
    outlet: str | None


def read_dateline(line: str) -> Dateline | None:
    """The dateline opening `line`, or None: a place in capitals (two letters at least), a region or date, an agency in
    brackets, then the dash; a colon ends one only after an agency ("CITY (Agency): "), a bare "CITY: " is a label."""
    m = DATELINE.match(line)
    if m is None or sum(c.isalpha() for c in m["place"]) < 2 or m["place"].endswith("-"):
        return None
    if m["dash"] == ":" and not m["outlet"]:
        return None
    # A colon after a bracket opening in lower case is a transcript's turn with a note, "NAME (recorded): ..."; a dash
    # still ends a lower-case agency's dateline, "CITY (dpa) - " (tests/clean/test_dateline.py::test_no_dateline).
    if m["dash"] == ":" and m["outlet"][:1].islower():
        return None
    return Dateline(m.end(), m["place"], m["middle"], m["outlet"].strip() if m["outlet"] else None)


@lru_cache(maxsize=16)
def datelines(text: str) -> tuple[tuple[int, int, int], ...]:
    """Every dateline of a text as (start, end, end of its place) offsets, at the start of any of its lines (a report's
    first paragraph; a body may join several reports)."""
    found: list[tuple[int, int, int]] = []
    start = 0
    for line in text.split("\n"):
        if line[:1].isupper() and (d := read_dateline(line)) is not None:
            found.append((start, start + d.end, start + len(d.place)))
        start += len(line) + 1
    return tuple(found)


def in_dateline(text: str, start: int, end: int) -> bool:
    """The characters start..end lie inside a dateline of the text (its place, date, agency or dash)."""
    return any(a <= start and end <= b for a, b, _ in datelines(text))


def dateline_end(tok: Token) -> int | None:
    """The offset where the dateline a token stands in ends (after its dash), or None when it stands in none
    ("TASBY", "March", "Harbor Wire" or the dash of "TASBY, March 3 (Harbor Wire) - Vennick Motors ...")."""
    return next((b for a, b, _ in _spans(tok) if a <= tok.idx < b), None)


def in_dateline_place(tok: Token) -> bool:
    """The token is a word of a dateline's place ("PORT QUARNE" of "PORT QUARNE, May 2 (Wire) - "): a place, named
    there as where the report was filed, never an actor that speaks or acts (mentions.py)."""
    return any(a <= tok.idx < p for a, _, p in _spans(tok))


def _spans(tok: Token) -> tuple[tuple[int, int, int], ...]:
    doc = tok.doc
    spans: tuple[tuple[int, int, int], ...] | None = doc.user_data.get("stancemap_datelines")
    if spans is None:
        spans = datelines(doc.text)
        doc.user_data["stancemap_datelines"] = spans
    return spans
