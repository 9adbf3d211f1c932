"""A header of labelled fields at the top of a saved text ("Title: ...", "Source: ...", "Date: ..."), as clipping
tools, archive exports and notes write one, or a Markdown file's front matter between two "---" lines: the title,
outlet and date it names, and the lines it takes (removed from the body as the header they are).

Only a block that opens the file counts, of two or more fields with a known label, one of them a title, outlet or
date: a paragraph that begins "Update: ..." or a headline "Analysis: ..." is no header
(tests/clean/test_header.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z -]{0,24}?)\s*:\s*(?P<value>\S.*)$")
FENCE = "---"
# The label of each field read; the other labels a header carries are taken as header lines and not read.
READ = {"title": "title", "headline": "title", "source": "outlet", "outlet": "outlet", "publication": "outlet",
        "publisher": "outlet", "newspaper": "outlet", "site": "outlet", "site name": "outlet", "date": "published",
        "published": "published", "publication date": "published", "pub date": "published", "date published": "published",
        "url": "url", "link": "url", "source url": "url"}
OTHER = {"author", "authors", "byline", "by", "section", "length", "language", "tags",
         "keywords", "category", "categories", "updated", "last updated", "modified", "dateline", "words", "word count",
         "copyright", "type", "id", "description", "summary", "saved", "clipped", "accessed", "retrieved"}


@dataclass
class Header:
    lines: set[int] = field(default_factory=set)  # indices of the header's lines (its fences too)
    fields: dict[str, str] = field(default_factory=dict)  # "title", "outlet", "published", "url" -> the value as written
    labels: dict[str, str] = field(default_factory=dict)  # the same keys -> the label the file gave ("Source")


def header(lines: list[str]) -> Header:
    """The header block that opens `lines` (blank lines allowed inside it), or an empty Header."""
    found = Header()
    known = 0
    indices = [i for i, line in enumerate(lines) if line.strip()]
    fenced = bool(indices) and lines[indices[0]].strip() == FENCE
    if fenced:
        found.lines.add(indices[0])
        indices = indices[1:]
    closed = not fenced
    for i in indices:
        text = lines[i].strip()
        if fenced and text == FENCE:
            found.lines.add(i)
            closed = True
            break
        m = FIELD.match(text)
        key = " ".join(m["key"].lower().split()) if m else ""
        if key not in READ and key not in OTHER:
            if fenced:  # front matter that does not close, or holds lines of another shape, is none
                return Header()
            break
        found.lines.add(i)
        known += 1
        value = m["value"].strip().strip("\"'") if m else ""
        if key in READ and READ[key] not in found.fields and value:
            found.fields[READ[key]] = value
            found.labels[READ[key]] = m["key"] if m else key
    if known < 2 or not found.fields.keys() & {"title", "outlet", "published"} or not closed:
        return Header()
    return found
