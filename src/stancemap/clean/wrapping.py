"""Hard-wrapped text (print and e-paper dumps, e-mail, text exported at a fixed width): the lines of
one paragraph joined so each is judged whole, a word hyphenated across a line break kept as one
hyphenated word, and a sentence cut by a column break (a blank line in mid-sentence) carried on.

`join_wrapped` is the interface; `wrap_width` finds the width a text was wrapped at, and
`mend_hyphen` says how a word broken at a line end ("de-" / "velopment") is rejoined.
"""

from __future__ import annotations

import re

from .print_page import shouting

# A hard-wrapped line stops within this share of the wrap width (a word longer than the rest
# did not fit); calibrated with textwrap at 60-100 columns on the example articles.
WRAP_NEAR = 0.75
# Wrapped text: lines of at most 120 characters, and at least 40 % of the longer lines near the
# width (textwrap at 60-100 columns gives 70-90 %; scraped one-paragraph-per-line text has lines of
# hundreds of characters). A page may carry a few longer lines that were never wrapped (a row of
# small ads, a running header): up to this share of the lines may run past the width
# (test_wrapping_width_*).
WRAP_MAX, WRAP_SHARE, WRAP_OUTLIERS = 120, 0.4, 0.15
# A few lines of similar length are a coincidence; a wrapped text has at least this many near its width.
WRAP_MIN_LINES = 4
# Wrapped lines stop within a long word's length of the width.
MARGIN = 12
TERMINAL_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
# A sentence's own end; a closing quotation mark alone ("said she had “listened”") may go on in
# lower case on the next line.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# "de-" at a line end, a letter before the hyphen, no space: a word broken by hyphenation (a dash
# between words has spaces around it, "the vote -").
BROKEN = re.compile(r"(?<![\w-])(?P<head>[^\W\d_][\w'’]*)-$")
HEAD_WORD = re.compile(r"(?P<tail>[^\W\d_][\w'’]*)(?P<rest>.*)$", re.S)
# A column break: a paragraph that ends in mid-sentence (on a lower-case word or a comma), over a
# blank line, goes on in the next block of text.
MID_SENTENCE = re.compile(r"(?:\b[a-z][\w'’]*|,)$")


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when its lines are whole paragraphs.

    Wrapped lines crowd just under the width: the candidate is the line length with the most
    lines within MARGIN characters below it; it stands when at most WRAP_OUTLIERS of the lines run
    past it and WRAP_SHARE of them reach near it."""
    lengths = [len(line) for line in lines if len(line) > 20]
    if len(lengths) < 4:
        return None
    candidates = sorted({n for n in lengths if n <= WRAP_MAX})
    if not candidates:
        return None
    width = max(candidates, key=lambda w: (sum(1 for n in lengths if w - MARGIN <= n <= w), -w))
    over = sum(1 for n in lengths if n > width)
    near = sum(1 for n in lengths if WRAP_NEAR * width <= n <= width)
    return width if over <= WRAP_OUTLIERS * len(lengths) and near >= max(WRAP_MIN_LINES, WRAP_SHARE * len(lengths)) else None


def join_wrapped(lines: list[str]) -> tuple[list[str], dict[int, int]]:
    """Rejoin the lines of a hard-wrapped paragraph so each is judged whole.

    Returns the lines with a joined paragraph at its first index and blanks at the others, and
    {first index: last index} for every joined paragraph. A line continues the one before when
    that one does not end a sentence and either the text is hard-wrapped (most lines stop near
    one width) and that line reaches near the width, or it runs six words or more and this line
    starts in lower case (a sentence cut in two). In wrapped text, a paragraph of several lines
    that ends in mid-sentence goes on across one blank line (a column or page break).
    """
    width = wrap_width(lines)
    out = list(lines)
    ends: dict[int, int] = {}
    pieces: dict[int, list[str]] = {}  # a joined paragraph's lines, joined once at the end (linear time)
    words: dict[int, int] = {}
    start_of: dict[int, int] = {}  # a joined paragraph's last index -> its first
    start: int | None = None
    for i, line in enumerate(lines):
        last = lines[i - 1] if i else ""
        cut = (bool(line) and bool(last) and start is not None and _prose(last) and _prose(line)
               and ((width is not None and WRAP_NEAR * width <= len(last) <= width and not TERMINAL_END.search(last))
                    or (words.get(start, len(last.split())) >= 6 and line[:1].islower()
                        and not SENTENCE_END.search(last))))
        if (not cut and bool(line) and width is not None and i >= 2 and not last and lines[i - 2]
                and (i - 2) in start_of and _open_paragraph(lines[i - 2], width, line)):
            start, cut = start_of[i - 2], True
        if cut and start is not None:
            parts = pieces.setdefault(start, [lines[start]])
            parts[-1], piece = _join(parts[-1], line)
            if piece:
                parts.append(piece)
            words[start] = words.get(start, len(lines[start].split())) + len(line.split())
            out[i] = ""
            start_of.pop(ends.get(start, -1), None)
            ends[start], start_of[i] = i, start
        else:
            start = i if line else None
    for first, parts in pieces.items():
        out[first] = " ".join(parts)
    return out, ends


def _prose(line: str) -> bool:
    """A line that may belong to a wrapped paragraph: not a label set in capitals ("ELMSTEAD POINT",
    "By MARTA KEEL", a running header) and not a row of parts between bars ("NEWS | PAGE 6")."""
    return not shouting(line) and " | " not in line


def _open_paragraph(last: str, width: int, following: str) -> bool:
    """The last line of a joined paragraph of several lines stops in mid-sentence, and it reaches
    near the wrap width or the text after the blank goes on in lower case: the paragraph was cut
    by a column break."""
    return (bool(MID_SENTENCE.search(last)) and not TERMINAL_END.search(last)
            and (WRAP_NEAR * width <= len(last) <= width or following[:1].islower()))


def _join(text: str, line: str) -> tuple[str, str]:
    """`line` after the paragraph's last line `text`: (the last line, the new piece), the new piece
    empty when a word hyphenated at the line end is mended into the last line."""
    m = BROKEN.search(text)
    n = HEAD_WORD.match(line)
    if m is None or n is None:
        return text, line
    return text[:m.start()] + mend_hyphen(m["head"], n["tail"]) + n["rest"], ""


def mend_hyphen(head: str, tail: str) -> str:
    """The word a line-end hyphen broke ("appli-" + "cation"), joined without the break but with its
    hyphen: the body keeps every line's words as the page wrote them (the cleaner never rewrites
    article text, and a reader or scorer finds each printed line in it), while the parser sees one
    hyphenated word instead of two pieces across a line (test_wrapping_hyphen_*)."""
    return f"{head}-{tail}"
