"""Judge every line of a plain-text article: body, title, or boilerplate with a reason.

Local rules look at one line (shape, credit, caption, language, interface words: lines.py and the
modules it names); context rules look at its neighbours, in this order: blocks of site text
(styles.py, furniture.py, blocks.py; protected.py keeps the article's own tables, lists and turns),
the title (title.py), lines said twice and pull quotes (repeats.py), then labels and teasers between
the paragraphs (teasers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Removed
from .blocks import mark_blocks
from .credits import (
    BROADCAST,
    BYLINE,
    CREDIT,
    STAFF_CREDIT,
    STAMP_WITH_CREDIT,
    STAMP_WITH_CREDIT_MAX_WORDS,
    TIMESTAMP,
    caption_match,
)
from .dates import date_in_line
from .furniture import local_reason
from .header import header
from .interface import SUMMARY_LABEL, consent_reason, interface_reason, promotion_reason, script_notice_reason
from .language import article_language, foreign_language, script_of
from .lines import BULLET, LineShape, is_punctuation_only, norm, shape
from .navigation import MENU_SEPARATOR, label_part, menu_reason, tagline
from .protected import protected_lines
from .repeats import mark_pull_quotes, mark_repeats
from .styles import (
    mark_about_boilerplate,
    mark_author_card,
    mark_comments,
    mark_method_note,
    mark_release_tail,
    mark_self_description,
    mark_tagline,
    style_reason,
)
from .teasers import mark_labels_and_teasers
from .title import FURNITURE, TITLE_MAX_CHARS, find_title
from .wrapping import join_wrapped

__all__ = ["TITLE_MAX_CHARS", "CleanText", "classify", "norm", "outlet_label_reason"]

# "2 hours ago", "Updated 5 mins ago": a page's relative time stamp, alone on its line.
RELATIVE_TIME = re.compile(r"^(?:(?:updated|published|posted)\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
                           r"weeks?)\s+ago\.?$", re.I)
# The same relative stamp closing a date line.
RELATIVE_TAIL = re.compile(r"\s+(?:updated|published|posted)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
                           r"\s+ago\.?$", re.I)
# "Updated: 9:05 pm", "Posted 14.05 GMT": a stamp word with a clock time alone, the date given on the line above
# (test_text_clock_stamp_line).
CLOCK_STAMP = re.compile(r"^(?:published|updated|posted|last updated|modified)(?:\s+at)?\s*:?\s*\d{1,2}[:.]\d{2}\s*"
                         r"(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$", re.I)

# A live page's entry stamp ("14:05", "2:05PM", "14.05 BST", "Posted at 14:05"): on a page with three or more, the
# bullets under a summary label are the day's news in brief, content (test_text_live_page_summary_kept).
LIVE_STAMP = re.compile(r"^(?:(?:posted|updated)(?: at)?:?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?$",
                        re.I)
LIVE_STAMPS = 3


HEADER_FIELD = "header field ('Label: value' at the top of the file)"


@dataclass
class CleanText:
    title: str | None
    title_index: int | None
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)


def _local_reason(line: LineShape, script: str, lang: str) -> str | None:
    text = line.text
    if is_punctuation_only(text):
        return "punctuation only"
    if CREDIT.match(text):
        return "photo credit"
    if STAFF_CREDIT.match(text) and line.n <= 20:
        return "byline (reporting and editing credits)"
    if caption_match(text):
        return "image caption (credit, pixel width, date)"
    reason = (foreign_language(line, script, lang) or consent_reason(line) or interface_reason(line)
              or script_notice_reason(line) or promotion_reason(line) or menu_reason(line))
    if reason:
        return reason
    if BYLINE.match(text) and line.n <= 14 and not line.sentence:
        return "byline (author and date)"
    if (TIMESTAMP.match(text) and date_in_line(text)) or RELATIVE_TIME.match(text) or CLOCK_STAMP.match(text):
        return "time stamp"
    if STAMP_WITH_CREDIT.match(text) and not line.sentence and line.n <= STAMP_WITH_CREDIT_MAX_WORDS \
            and date_in_line(text, loose=True):
        return "time stamp (with its credit)"
    if (m := BROADCAST.match(text)) and date_in_line(m.group(0), loose=True):
        return "time stamp (when it was broadcast or recorded)"
    # The line, or one of its |-separated parts, is a date with at most a weekday, time or zone, and perhaps a
    # relative stamp after it ("May 9, 2025 7:15 PM UTC Updated 3 hours ago": test_text_date_line_with_relative_stamp).
    if not line.sentence and shape(RELATIVE_TAIL.sub("", text)).n <= 10 and date_in_line(text):
        return "date line"
    return None


def classify(raw_lines: list[str], known_title: str | None = None, furniture: frozenset[str] = frozenset(),
             outlets: frozenset[str] = frozenset(), headings: frozenset[str] = frozenset(),
             extracted: bool = False) -> CleanText:
    """Split an article's lines into title, body paragraphs and removed boilerplate.

    `furniture` holds normalised lines repeated across the corpus; `outlets` the names of the
    publications the corpus comes from (their own labels are not article text).
    """
    stripped = [" ".join(line.split()) for line in raw_lines]
    # A header of labelled fields opening a saved text ("Title: ...", "Source: ...", front matter) is no body text;
    # set aside before wrapped lines are joined (front matter's lines start in lower case).
    head = set() if extracted else header(stripped).lines
    header_removed = [Removed(stripped[i], HEADER_FIELD) for i in sorted(head)]
    lines, ends = join_wrapped(["" if i in head else line for i, line in enumerate(stripped)])
    shapes = [shape(line) for line in lines]
    prose = [s for s in shapes if s.sentence and s.n >= 6] or shapes
    script = script_of(" ".join(s.text for s in prose)[:2000]) or "LATIN"
    lang = article_language([w for s in prose for w in s.words][:400])
    reasons: list[str | None] = [None] * len(lines)
    nonblank = [i for i, line in enumerate(lines) if line]

    strong, soft = protected_lines(raw_lines, lines, nonblank)
    soft |= {i for i in nonblank if lines[i] in headings}  # the page set it as a subheading
    protected = strong | soft
    # A foot line's place is counted in printed lines: blank lines between a bio and the page's end are no distance
    # (tests/clean/test_furniture.py::test_furniture_bio_over_a_spaced_foot).
    last = len(nonblank) - 1
    in_summary = False
    live = sum(1 for i in nonblank if LIVE_STAMP.match(lines[i])) >= LIVE_STAMPS
    for pos, i in enumerate(nonblank):
        s = shapes[i]
        if in_summary and BULLET.match(lines[i]):
            if not live:
                reasons[i] = "summary widget"
                continue
            protected.add(i)  # a live page's key point, no teaser either (test_text_live_page_summary_kept)
        else:
            in_summary = False
        if SUMMARY_LABEL.match(lines[i]):
            reasons[i], in_summary = "summary widget", True
            continue
        reasons[i] = None if i in strong else (_local_reason(s, script, lang) or local_reason(s, pos, last)
                                               or style_reason(s))
        if reasons[i] is None and norm(lines[i]) in furniture:
            reasons[i] = FURNITURE
        if reasons[i] is None and not s.sentence:
            reasons[i] = outlet_label_reason(lines[i], outlets)

    mark_tagline(lines, reasons, nonblank)
    mark_release_tail(lines, reasons, nonblank)
    mark_about_boilerplate(lines, reasons, nonblank)
    mark_comments(lines, reasons, nonblank)
    mark_method_note(lines, reasons, nonblank)
    mark_author_card(lines, reasons, nonblank)
    mark_self_description(lines, reasons, nonblank, outlets)
    title_index = find_title(lines, shapes, reasons, nonblank, known_title)
    title = known_title or (lines[title_index] if title_index is not None else None)
    # In the main text an HTML extractor kept, a repeated line is the article's (a recipe's steps,
    # a refrain, a code listing); only the title's repeat is dropped (test_text_html_repeats_kept).
    mark_repeats(lines, shapes, reasons, nonblank, title, title_index, titles_only=bool(headings) or extracted)
    mark_pull_quotes(lines, reasons, nonblank, title_index)
    mark_blocks(lines, shapes, reasons, nonblank, protected | ({title_index} if title_index is not None else set()))
    mark_labels_and_teasers(lines, shapes, reasons, nonblank, title_index, protected)

    removed = header_removed + [Removed(lines[i], r) for i in nonblank if (r := reasons[i]) is not None]
    body_idx = [i for i in nonblank if reasons[i] is None and i != title_index]
    return CleanText(title, title_index, _paragraphs(lines, ends, body_idx), removed)


def outlet_label_reason(line: str, outlets: frozenset[str]) -> str | None:
    """The outlet's own name alone (masthead, sign-off), or followed by a section word or a tag
    ("Outlet Analysis", "Outlet Explains: ..."): the publication labelling itself, not article text."""
    # "The Evening Tide | Quay News" under a headline: a programme or section beside the outlet's own label
    # (tests/clean/test_metadata_text.py::test_metadata_text_programme_beside_the_outlets_label).
    parts = [p.strip() for p in MENU_SEPARATOR.split(line)]
    if len(parts) == 2 and all(label_part(p) for p in parts) and any(outlet_label_reason(p, outlets) for p in parts):
        return "the outlet's own label beside its programme or section"
    folded = line.casefold()
    for name in sorted(outlets, key=lambda n: (-len(n), n)):  # the longest name first, in a fixed order
        # A masthead with its article ("THE DAILY NORTHER", "The Workshop") is the name too.
        if folded == name.casefold() or folded == "the " + name.casefold():
            return "the outlet's name (masthead or sign-off)"
        if line.startswith(name + " ") or line.endswith(" " + name):
            rest = (line[len(name):] if line.startswith(name) else line[:-len(name)]).strip()
            # Up to three words make a section label; a longer remainder is a headline that may
            # merely begin with the name, unless it is tagged with a colon ("Outlet Explains: ...").
            if len(rest.split()) <= 3 and rest[:1].isupper() and ":" not in rest:
                return "the outlet's own section label"
            if re.match(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?:\s", rest):
                return "the outlet's own teaser (its name as a tag)"
            if tagline(rest):
                return "the outlet's name and tagline"
    return None


def _paragraphs(lines: list[str], ends: dict[int, int], body_idx: list[int]) -> list[str]:
    """Kept lines as paragraphs; a line cut short (no closing punctuation, the next line starting
    in lower case, no blank line between) is joined to its continuation."""
    paragraphs: list[str] = []
    previous_end = -2
    for i in body_idx:
        if (paragraphs and i == previous_end + 1 and not re.search(r"[.!?:\"”’)]$", paragraphs[-1])
                and lines[i][:1].islower()):
            paragraphs[-1] += " " + lines[i]
        else:
            paragraphs.append(lines[i])
        previous_end = ends.get(i, i)
    return paragraphs
