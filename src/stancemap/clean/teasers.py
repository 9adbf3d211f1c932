"""Headline-shaped lines between the paragraphs: a subheading of the article, or a label or a
teaser for another story (beside other page furniture, tagged with a name the article never
mentions, or sharing few words with the paragraphs around it)."""

from __future__ import annotations

import re

from .blocks import NUMBERED, ZONED_STAMP, numbered_run
from .lines import BULLET, REPORTING, LineShape, content_words, sentence_case_headline, whole_word
from .navigation import LABEL_TAGS, NAME_TAG, SECTION_WORDS

# "Name: Headline" and "Headline – Name": teasers that carry the quoted person or source.
TAGGED_TEASER = re.compile(r"^[A-Z][\w.'’ -]{2,40}:\s+\S|\s[–—]\s+[A-Z][\w.'’ -]{2,30}$")
# After the last sentence, a sentence-case line of ten words or more, or one reporting speech
# ("..., Vask said"), that only lacks its full stop is the article's last paragraph, not a link
# (test_text_keeps_last_paragraph_*).
LONG_UNPUNCTUATED = 10
# A teaser shares few content words with the paragraphs around it; a real subheading
# announces the next paragraph. 0.34 separates the two on the example and dev corpora (teasers
# ≤ 0.29, subheadings ≥ 0.5) and on the written cases of tests/clean/test_text.py.
SUBHEADING_OVERLAP = 0.34
# A "Name: Headline" line is a teaser unless half its words announce the paragraphs around it
# (a real subheading with a colon, test_text_keeps_*).
TAGGED_SUBHEADING_OVERLAP = 0.5
# Neighbours that make a headline-shaped line a link: menus, labels, interface, other furniture.
# A caption, credit, date or foreign line beside a subheading says nothing about it.
LINK_FURNITURE = ("site interface", "navigation or section label", "repeated label", "repeated across articles",
                  "the outlet's", "summary widget", "stray words")
# A name and a reporting verb closing a line with a colon: the paragraph below is what was said.
INTRODUCES_NEXT = re.compile(r"^[A-Z][\w.'’-]+\s+(?:said|says|added|adds|continued|continues|wrote|writes|"
                             r"explained|explains|concluded|tweeted|replied|responded|argued|insisted|declared):$")


def mark_labels_and_teasers(lines: list[str], shapes: list[LineShape], reasons: list[str | None],
                             nonblank: list[int], title_index: int | None, protected: set[int]) -> None:
    body_sentences = [i for i in nonblank if reasons[i] is None and shapes[i].sentence and shapes[i].n >= 6]
    last_sentence = body_sentences[-1] if body_sentences else -1
    first_sentence = body_sentences[0] if body_sentences else len(lines)
    introduced = False  # inside a list the article introduced with a colon ("His demands:")
    for pos, i in enumerate(nonblank):
        s = shapes[i]
        if not BULLET.match(lines[i]):
            introduced = reasons[i] is None and lines[i].endswith(":") and s.n >= 2
        elif introduced and reasons[i] is None:
            continue
        if reasons[i] is not None or i == title_index or s.sentence or i in protected:
            continue
        # A numbered list inside the article ("1. Finland" / "2. Norway" ...) is the article's.
        if i < last_sentence and NUMBERED.match(lines[i]) and numbered_run(lines, nonblank, pos):
            continue
        if s.n <= 2 and INTRODUCES_NEXT.match(lines[i].strip()) and pos + 1 < len(nonblank) \
                and shapes[nonblank[pos + 1]].sentence:
            continue  # "Garrow added:" over a paragraph: the cue of what follows (tests/clean/test_text.py)
        if ZONED_STAMP.match(lines[i].strip()) and i < last_sentence:
            continue  # "14.35 BST" over an entry: kept as "14:35 BST" is (blocks.ZONED_STAMP)
        if s.n <= 2:
            reasons[i] = ("stray words after the end of the article" if i > last_sentence
                          else "navigation or section label")
            continue
        if i > last_sentence and last_sentence >= 0 and (
                s.headline or (s.n < LONG_UNPUNCTUATED and not REPORTING.search(lines[i])) or _section_tagged(lines[i])):
            reasons[i] = "headline after the end of the article (related link)"
            continue
        # A sentence-case headline inside the body ("Chef Ana Brel slams critics after flop") is
        # judged like a title-case one; before the body it may be the standfirst.
        if not (s.headline or (i > first_sentence and sentence_case_headline(s))):
            continue
        neighbours = [nonblank[p] for p in (pos - 1, pos + 1) if 0 <= p < len(nonblank)]
        overlap = _overlap(lines[i], [lines[j] for j in neighbours if reasons[j] is None])
        if any((r := reasons[j]) is not None and r.startswith(LINK_FURNITURE) for j in neighbours):
            reasons[i] = "related-article teaser (headline beside other page furniture)"
        elif TAGGED_TEASER.search(lines[i]) and overlap < TAGGED_SUBHEADING_OVERLAP:
            reasons[i] = "related-article teaser (headline tagged with a name)"
        elif (tag := _unmentioned_tag(lines, nonblank, i)) is not None:
            reasons[i] = f"related-article teaser (headline quoting {tag}, whom the article never mentions)"
        elif overlap < SUBHEADING_OVERLAP:
            reasons[i] = "related-article teaser (headline unrelated to the paragraphs around it)"


def _section_tagged(line: str) -> bool:
    """"Opinion: Headline", "Analysis: ...": a headline tagged with a section of the site."""
    m = NAME_TAG.match(line)
    return m is not None and all(w.lower() in SECTION_WORDS for w in m["tag"].split())


def _unmentioned_tag(lines: list[str], nonblank: list[int], i: int) -> str | None:
    """The name of a "Name: Headline" line when no other line of the article mentions it: a teaser
    for another story quoting another person. A subheading quoting the article's own speaker
    ("Vask: The Boats Come First") names someone the article reports (test_text_*_tagged_*)."""
    m = NAME_TAG.match(lines[i])
    if m is None:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", m["tag"]) if len(w) > 2]
    if not words or any(w.lower() in LABEL_TAGS for w in words):
        return None
    rest = " ".join(lines[j] for j in nonblank if j != i)
    if any(whole_word(w).search(rest) for w in words):
        return None
    return m["tag"]


def _overlap(headline: str, around: list[str]) -> float:
    words = content_words(headline)
    near = set().union(*(content_words(t) for t in around)) if around else set()
    return len(words & near) / len(words) if words else 0.0
