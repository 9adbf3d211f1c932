"""Dated events and the dates statements were made.

Every date expression the tagger finds (plus seasons it misses) is normalized against the
article's publication date (dates.normalize); the sentence that holds it is the event's text
and the actors named in that sentence are its actors.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..model import Document, Event
from .dates import DateValue, normalize
from .lexicon import SPEECH_VERBS, WANTING, WANTING_DONE
from .mentions import Mention
from .text import doc_text

SEASON_RE = re.compile(r"\b(?:early |late |mid-)?(?:spring|summer|autumn|fall|winter)(?: of)? (?:19|20)\d{2}\b", re.I)
# Relative expressions the tagger sometimes leaves untagged at the start of a sentence.
RELATIVE_RE = re.compile(r"\b(?:last|next|this|on) (?:week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday|night)\b|\b(?:yesterday|tonight|the spring|the summer|"
                         r"the autumn|the winter)\b|\b(?:in|within) \w+ (?:days?|weeks?)\b|\b\w+ years? ago this month\b", re.I)
# Words that put a sentence's undated weekday or month in the future ("the meeting on Thursday").
FUTURE = re.compile(r"(?:will|shall|'ll|would)$", re.I)
NOMINATIVE = {"i", "we", "he", "she", "they"}
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# A day and a month the tagger reads as a number ("the advice of 28 May": '28' CARDINAL); month names
# capitalised, so the modal "may" is not one (test_events_ranges_and_ends).
_MONTH_NAMES = "|".join(calendar.month_name[1:])
DAY_MONTH_RE = re.compile(rf"\b(?:\d{{1,2}} (?:{_MONTH_NAMES})|(?:{_MONTH_NAMES}) \d{{1,2}}(?!\d))(?:,? (?:19|20)\d{{2}})?\b")


def _reference(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _years(text: str) -> list[int]:
    return sorted({int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", text)})


def date_mentions(sdoc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, text) of every date expression: DATE entities, and seasons with a year.
    Computed once per document (statement_date asks for each statement)."""
    cached = sdoc.user_data.get("stancemap_dates")
    if cached is None:
        cached = sdoc.user_data["stancemap_dates"] = _date_mentions(sdoc)
    return list(cached)


def _date_mentions(sdoc: Doc) -> list[tuple[int, int, str]]:
    found = [(e.start_char, e.end_char, e.text) for e in sdoc.ents if e.label_ == "DATE"]
    text = doc_text(sdoc)
    for m in [*SEASON_RE.finditer(text), *RELATIVE_RE.finditer(text), *DAY_MONTH_RE.finditer(text)]:
        if not any(s == m.start() and e == m.end() for s, e, _ in found):
            found.append((m.start(), m.end(), m.group()))
    return sorted(found)


def _tense(sdoc: Doc, start: int, end: int) -> bool | None:
    """True when the date lies ahead of the writer ("will meet on Thursday", "is scheduled for May",
    "the upcoming summit in July"), False when the governing verb is past ("was submitted in
    March"), None when the grammar does not say. The governing verb decides, not the sentence."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    before = sdoc[max(span.start - 2, 0):span.start].text.lower()
    # "next May", "the upcoming summit in July", "the survey, due in mid-April" (test_events_due_and_scheduled)
    if re.search(r"\b(?:next|upcoming|coming|due|scheduled)\b", before):
        return True
    node = span.root
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            break
        node = node.head
    auxiliaries = [c for c in node.children if c.dep_ in {"aux", "auxpass"}]
    if any(FUTURE.match(c.text) for c in auxiliaries) or node.lemma_ in {"schedule", "expect", "due"}:
        return True
    # A clause wanted or planned by a present verb lies ahead, whatever its own tag ("I want that settled
    # before June": "settled" tagged VBD); a past verb under "if" is a hypothesis or reported speech's
    # backshift, not the past (test_events_wanted_conditional_founded_and_periods).
    if node.dep_ in {"ccomp", "xcomp"} and node.head.tag_ in {"VBP", "VBZ"} and node.head.lemma_ in WANTING \
            and not _finite_past(node):
        return True
    if node.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in node.children):
        return None
    if node.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in {"has", "have", "had"} for c in auxiliaries):
        return False
    # The simple present of a timetable with a weekday ("the bill goes to committee on Thursday") is the
    # future; a reporting verb in the present is a live page's past, and a month under a present verb may
    # be the past ("the bill follows the plot in November"): test_events_due_and_scheduled_and_futurate_present.
    # Not a weekday that names an event by its day ("after Saturday's draw": a possessive; test_events_ranges_and_ends).
    if node.tag_ in {"VBZ", "VBP"} and not auxiliaries and node.lemma_.lower() not in SPEECH_VERBS \
            and WEEKDAY.search(doc_text(sdoc)[start:end]) and span.root.dep_ != "poss":
        return True
    return None


def _finite_past(node: Token) -> bool:
    """A past tense with a subject of its own under a verb of wanting: "we hope they signed it in March",
    "I like how the council handled it" (not "I want that settled": test_events_wanted_conditional_...)."""
    if node.tag_ != "VBD":
        return False
    if node.head.lemma_ not in WANTING_DONE:
        return True
    return any((c.dep_ == "nsubj" and c.lower_ in NOMINATIVE) or c.dep_ == "mark" or c.tag_ in {"WRB", "WP"}
               for c in node.children) or any(c.dep_ == "dobj" and c.lower_ == "that" and c.i < node.i
                                              for c in node.head.children)


def _value(sdoc: Doc, start: int, end: int, text: str, ref: date | None, years: list[int]) -> DateValue | None:
    return normalize(text, ref, years, future=_tense(sdoc, start, end))


def find_events(doc: Document, sdoc: Doc, mentions: list[Mention], offset: int) -> list[Event]:
    ref = _reference(doc.published)
    years = _years(doc.body) or ([ref.year] if ref else [])
    events: list[Event] = []
    taken: list[tuple[int, int]] = []
    # Longest first, so that "on Friday" wins over "Friday", and an entity the tagger ran too far
    # ("Today last Thursday") gives way to the expression inside it that can be read.
    for start, end, text in sorted(date_mentions(sdoc), key=lambda m: m[0] - m[1]):
        if any(s <= start and end <= e for s, e in taken):
            continue
        sent = sdoc.char_span(start, end, alignment_mode="expand")
        if sent is None:
            continue
        sentence = sent.sent
        value = _value(sdoc, start, end, text, ref, years)
        if value is None:
            continue
        taken.append((start, end))
        actors = sorted({m.actor for m in mentions if m.actor and sentence.start_char <= m.start < sentence.end_char},
                        key=lambda a: int(a[1:]))
        events.append(Event(id="", document=doc.id, date=value.value, precision=value.precision,  # type: ignore[arg-type]
                            mention=text, text=sentence.text.strip(), actors=actors, start=start))
    events.sort(key=lambda e: e.start)
    for k, event in enumerate(events):
        event.id = f"e{offset + k + 1}"
    return events


def statement_date(sentence: Span, published: str | None, content_start: int = 0, content_end: int = 0) -> str | None:
    """When the statement was made, if its own frame says so ("said on Monday", "In early May, X said")."""
    ref = _reference(published)
    years = sentence.doc.user_data.get("stancemap_years")
    if years is None:
        years = sentence.doc.user_data["stancemap_years"] = _years(doc_text(sentence.doc)) or (
            [ref.year] if ref else [])
    for start, end, text in date_mentions(sentence.doc):
        if not (sentence.start_char <= start < sentence.end_char) or content_start <= start < content_end:
            continue
        value = _value(sentence.doc, start, end, text, ref, years)
        if value is not None:
            return value.value
    return None
