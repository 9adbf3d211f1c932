"""Lines that are the article whatever their shape, kept from the furniture rules: table rows, Q&A
questions and a Q&A's speakers' turns, a timeline's dated items (strong); the headline of a live entry
under its bare time stamp and an embedded post under its author's handle (soft: kept from the teaser
rules, not from the interface rules)."""

from __future__ import annotations

import re
from itertools import pairwise

from .blocks import is_block_label
from .dates import MONTH_NAMES
from .interface import INTERFACE
from .navigation import LABEL_TAGS, NAME_TAG

# "16:05" alone on its line: a live entry's time stamp, its headline on the next line.
BARE_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
HANDLE = re.compile(r"\(@\w{2,}\)|^@\w{2,}\b")


def protected_lines(raw_lines: list[str], lines: list[str], nonblank: list[int]) -> tuple[set[int], set[int]]:
    """Lines that are the article whatever their shape, as (strong, soft). Strong: table rows
    (columns set off by runs of spaces or tabs), Q&A questions ("Q: ..." or a speaker's tag: "Quay Radio:
    How is she?"), a timeline's dated items ("20
    March: ballot closes"). Soft, kept from the teaser rules but not from the interface rules: the
    headline of a live entry under its bare time stamp, the text of an embedded post under its
    author's handle."""
    strong: set[int] = set()
    soft: set[int] = set()
    speakers = _interview_tags(lines, nonblank)
    for pos, i in enumerate(nonblank):
        raw = raw_lines[i] if i < len(raw_lines) else ""
        before = lines[nonblank[pos - 1]] if pos else ""
        table_row = len(re.findall(r"\S(?:\t| {3,})(?=\S)", raw)) >= 2 and not re.search(r"(?i)\bshare\b", raw)
        dated = bool(DATED_ITEM.match(lines[i])) and any(
            DATED_ITEM.match(lines[j]) for j in nonblank[max(pos - 1, 0):pos + 2] if j != i)
        turn = (m := NAME_TAG.match(lines[i].strip())) is not None and m["tag"] in speakers
        if table_row or dated or turn or re.match(r"^(?:Q|Question)\s*[:.]\s", lines[i]):
            strong.add(i)
        elif (BARE_TIME.match(before) and not BARE_TIME.match(lines[i]) and not is_block_label(lines[i])) or (
                HANDLE.search(before) and len(before.split()) <= 8):
            soft.add(i)
    return strong, soft


# "20 March: BCWU pay ballot closes", "May 15 - deadline": one item of a dated list.
DATED_ITEM = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)? (?i:{MONTH_NAMES})\.?|(?i:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?|"
                        rf"\d{{4}})(?:,? \d{{4}})?\s*[:–—-]\s+\S")


def _interview_tags(lines: list[str], nonblank: list[int]) -> set[str]:
    """The speakers' tags of a Q&A ("Quay Radio: How is she?" / "Dorr: Tired."): tags that open two
    lines or more, none a label ("Interview:", "Analysis:"), and at least two such tags, one answering
    the other; else none (tests/clean/test_text.py::test_text_interview_turns_kept)."""
    counts: dict[str, int] = {}
    for j in nonblank:
        m = NAME_TAG.match(lines[j].strip())
        # A speaker is never a link's label ("Related: ...", "See also: ..."; test_text_related_links_are_no_turns).
        if m is not None and not all(w.lower() in LABEL_TAGS for w in m["tag"].split()) and not INTERFACE.fullmatch(
                m["tag"]):
            counts[m["tag"]] = counts.get(m["tag"], 0) + 1
    tags = {t for t, n in counts.items() if n >= 2}
    if len(tags) < 2:
        return set()
    # One answering the other: a tagged line followed within two lines by another speaker's. A
    # kicker repeated over the headline ("SCANDAL: ...") and a pair of "READ MORE: ..." links at the
    # foot never answer each other (test_text_interview_turns_kept, test_text_repeated_labels_not_turns).
    turns = [(pos, m["tag"]) for pos, j in enumerate(nonblank)
             if (m := NAME_TAG.match(lines[j].strip())) is not None and m["tag"] in tags]
    answered = any(b[1] != a[1] and b[0] - a[0] <= 2 for a, b in pairwise(turns))
    return tags if answered else set()
