"""An outlet's antithesis: a short contrast it writes and no other outlet does ("a ferry, not a fleet", "caution rather
than courage", a chant printed whole, "Lanes not levies"), the figure a writer or a speaker sums a side up with.

Neither a noun phrase the map counts nor a run of two to four words with no function word at its ends and no
punctuation inside (wording_spans.py), so no ranker saw one as a candidate: of DEVELOP's gold framing terms missed at
session 43's start, 26 were antitheses of these shapes (docs/evaluation.md, issue 9 session 43). Read from each outlet's
texts (headline and body) by shape alone, with no list of loaded words and nothing of a topic:
  - "X, not Y": the words after ", not" to the clause's end (one to MAX_SIDE words, not opening with a function word
    other than a determiner: "not for the council" is a place, "not a wall" a rival thing), and the words before it
    back to a determiner (kept), another function word or the clause's start (one to MAX_SIDE);
  - "X rather than Y": the same two sides around "rather than";
  - a whole quotation of two to MAX_QUOTED words that holds "not" (a placard's or a chant's words), not a speaker's
    sentence in the first person ("We will not sell").
Each outlet is shown at most MOST of its own (no other outlet writes it, case aside) not shown already: a whole
quotation first, then ", not", then "rather than", the one written most often first.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from .extract.lexicon import words
from .model import FramingTerm

# Words of one side of an antithesis at most: longer, it is a clause, not a figure.
MAX_SIDE = 4
# Words of a whole quotation at most (two at least).
MAX_QUOTED = 5
# Antitheses shown per outlet at most (issue 9 session 43: the next is gold about as often as the ranker's next phrase).
MOST = 1
WORD = re.compile(r"\w[\w'\u2019-]*")
# What ends a clause for a side: punctuation, a double quotation mark, a dash set apart, a single quotation mark opening
# or closing at a word's edge (an apostrophe inside a word, "council's", is none), a line's end.
BOUND = re.compile(r"[.,;:!?\"\u201c\u201d()\[\]\u2014\u2013\u2026]|\s-\s|(?<!\w)[\u2018']|[\u2019'](?!\w)|\n")
# A determiner opens a side and is kept with it ("a ferry, not a fleet"); another function word ends it unkept.
DETERMINERS = words("a an the our their his her its this that my your these those another")
# Function words the far side may open with, beside the determiners: a choice of time or of owner ("when, not whether",
# "ours, not theirs"; tests/test_wording_antithesis.py::test_an_antithesis_of_function_words).
OPENERS = words("whether theirs ours yours mine his hers just")
CONTRAST = re.compile(r",\s+not\s+|\s+rather\s+than\s+", re.IGNORECASE)
QUOTATION = re.compile(r"(?<!\w)[\"\u201c\u2018]([^\"\u201c\u201d\u2018\n]{3,80}?)[\"\u201d\u2019](?!\w)")
NOT = re.compile(r"\bnot\b", re.IGNORECASE)
# A quotation with one of these is a speaker's sentence, not a placard's words ("We will not sell", "She is not going").
SUBJECTS = words("i we you he she they it i'm we're you're he's she's they're it's")
# The kinds in the order an outlet's are shown.
KINDS = ("quoted", "not", "rather")


def _near_side(paragraph: str, end: int) -> int | None:
    """Where the side before `end` starts: back over content words to a determiner (kept), another function word or
    the clause's start; None when it holds no word or more than MAX_SIDE."""
    start = max((m.end() for m in BOUND.finditer(paragraph, 0, end)), default=0)
    words = list(WORD.finditer(paragraph, start, end))
    begin, n = None, 0
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group().lower()
        if word in STOP_WORDS and word not in DETERMINERS and not (n == 0 and k == 0):
            break  # (a clause opening with a function word is that side whole: "when, not whether")
        begin, n = words[k].start(), n + 1
        if word in DETERMINERS or n > MAX_SIDE:
            break
    return begin if 0 < n <= MAX_SIDE else None


def _far_side(paragraph: str, begin: int) -> int | None:
    """Where the side after `begin` ends: the clause's end, one to MAX_SIDE words, not opening with a function word but a
    determiner or an OPENER (tests/test_wording_antithesis.py::test_a_place_or_time_is_no_rival_side), nor one word
    ending in -ly (a sentence adverb: "The vote, not surprisingly, failed."); else None."""
    bound = BOUND.search(paragraph, begin)
    end = bound.start() if bound else len(paragraph)
    words = WORD.findall(paragraph, begin, end)
    if not 1 <= len(words) <= MAX_SIDE:
        return None
    first = words[0].lower()
    if len(words) == 1 and first.endswith("ly"):
        return None
    return end if first not in STOP_WORDS or first in DETERMINERS or first in OPENERS else None


def antitheses(text: str) -> Counter[tuple[str, str]]:
    """The antitheses of one outlet's text, (kind, as written) with how often written."""
    found: Counter[tuple[str, str]] = Counter()
    for paragraph in text.split("\n"):
        for m in CONTRAST.finditer(paragraph):
            start, end = _near_side(paragraph, m.start()), _far_side(paragraph, m.end())
            if start is not None and end is not None and not any(c.isdigit() for c in paragraph[start:end]):
                found["not" if "," in m.group() else "rather", paragraph[start:end].strip()] += 1
        for m in QUOTATION.finditer(paragraph):
            quoted = m.group(1).strip().rstrip(".!,")
            words = [w.lower().replace("\u2019", "'") for w in WORD.findall(quoted)]  # ("We\u2019re": as wording_headline)
            if 2 <= len(words) <= MAX_QUOTED and NOT.search(quoted) and SUBJECTS.isdisjoint(words):
                found["quoted", quoted] += 1
    return found


def shown_antitheses(texts: list[list[str]], shown: list[set[str]]) -> list[list[FramingTerm]]:
    """Each outlet's antitheses no other outlet writes (case aside), not among its `shown` terms (lower case), at most
    MOST: a whole quotation first, then ", not", then "rather than", the most written first; `texts`: each outlet's
    articles, headline first."""
    found = [antitheses("\n".join(mine)) for mine in texts]
    writers: Counter[str] = Counter()
    for mine in found:
        writers.update({term.lower() for _, term in mine})
    out = []
    for mine, theirs in zip(found, shown, strict=True):
        own: dict[str, tuple[int, int, str]] = {}
        for (kind, term), n in mine.items():
            low = term.lower()
            if writers[low] == 1 and low not in theirs:
                rank = (KINDS.index(kind), -n, term)
                own[low] = min(own.get(low, rank), rank)
        picked = sorted(own.values())[:MOST]
        out.append([FramingTerm(term, -count, None) for _, count, term in picked])
    return out
