"""Interviews printed without "Q:"/"A:" (interview.py has those): answers after a speaker's label
("Renata Hollós: ...", "RH: ...", "Stolnic: ...") and answers printed as the paragraph after a
question. Each answer is one direct statement of the person who gives it, whoever else it names
(issue 10, session 11; tests/extract/test_transcript.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..model import Actor, Document
from .actors import ActorIndex
from .candidate import Candidate
from .mentions import Mention
from .text import doc_text

# "Lund: ...", "Petra Lund: ...", "RH: ...": one to three capitalised words and a colon open the paragraph.
LABEL = re.compile(r"[\"“]?(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*:\s")
QUOTE_MARKS = "\"“”"
# The page calls itself an interview (a title "INTERVIEW: ...", a breadcrumb "Interviews", a credit
# "Interview by ...", "Q&A").
INTERVIEW_WORD = re.compile(r"\binterview|\bQ\s?&\s?A\b", re.I)


def printed_as_interview(document: Document) -> bool:
    """The page's title or a line the cleaner removed (breadcrumb, credit) says it is an interview."""
    return any(INTERVIEW_WORD.search(text) for text in [document.title or "", *(r.text for r in document.removed)])


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            yield start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        start = end + 1


def is_question(paragraph: str) -> bool:
    """A paragraph asking something, not a quotation that does."""
    return paragraph.endswith("?") and paragraph[:1] not in QUOTE_MARKS


def label_actor(label: str, index: ActorIndex) -> Actor | None:
    """The person a transcript label names: a name or surname of the article's, or the initials of
    exactly one of its persons ("RH" for Renata Hollós)."""
    actor = index.lookup(label)
    if actor is not None:
        return actor if actor.kind == "person" else None
    if label.isalpha() and label.isupper() and 2 <= len(label) <= 4:
        persons = [a for a in index.actors if a.kind == "person"
                   and "".join(w[0] for w in a.name.split() if w[:1].isupper()) == label]
        return persons[0] if len(persons) == 1 else None
    return None


def _candidate(sdoc: Doc, start: int, end: int) -> Candidate:
    sent = next((k for k, s in enumerate(sdoc.sents) if s.start_char <= start < s.end_char), 0)
    return Candidate(sent, "direct", "answered", start, start, end, None, "direct")


def labelled_answers(sdoc: Doc, index: ActorIndex, interview: bool) -> list[tuple[Candidate, Actor]]:
    """Each paragraph opened by a label naming a person, with that person; not the questioner's (a
    label whose paragraphs mostly ask). Only in a transcript: two answers or more, and the page an
    interview or a questioner's label beside them."""
    text = doc_text(sdoc)
    paragraphs = list(_paragraphs(text))
    found: list[tuple[int, int, Actor | None, str]] = []
    for k, (start, end) in enumerate(paragraphs):
        m = LABEL.match(text, start)
        if m is None or m.end() >= end:
            continue
        opener = text[start] if text[start] in QUOTE_MARKS else ""
        for next_start, next_end in paragraphs[k + 1:]:
            # A turn opened by a quotation mark runs on through the next paragraphs opened by one
            # ('"MARSH: ...' / '"But ...'; test_roundup_transcript_turns).
            if not opener or text[next_start] != opener or LABEL.match(text, next_start):
                break
            end = next_end
        found.append((m.end(), end, label_actor(m.group("label"), index), m.group("label")))
    asked: dict[str, list[bool]] = {}
    for start, end, actor, label in found:
        asked.setdefault(actor.id if actor else label, []).append(is_question(text[start:end]))
    questioner = {key for key, questions in asked.items() if sum(questions) * 2 > len(questions)}
    answers = [(_candidate(sdoc, start, end), actor) for start, end, actor, _ in found
               if actor is not None and actor.id not in questioner and end - start >= 3]
    if len(answers) < 2 or not (interview or questioner):
        return []
    return answers


def unlabelled_answers(sdoc: Doc, mentions: list[Mention], index: ActorIndex) -> list[tuple[Candidate, Actor]]:
    """In a page printed as an interview whose questions stand as paragraphs of their own (two or
    more), the paragraph right after each question is the interviewee's answer; the interviewee is the
    first person named in the paragraph before the first question ("We spoke to X, who ...")."""
    text = doc_text(sdoc)
    paragraphs = list(_paragraphs(text))
    questions = [k for k, (s, e) in enumerate(paragraphs) if is_question(text[s:e]) and not LABEL.match(text, s)]
    if len(questions) < 2 or questions[0] == 0:
        return []
    intro_start, intro_end = paragraphs[questions[0] - 1]
    persons = [(m.start, a) for m in mentions if intro_start <= m.start < intro_end
               and (a := index.by_id(m.actor)) is not None and a.kind == "person"]
    if not persons:
        return []
    speaker = min(persons, key=lambda p: p[0])[1]
    answers = []
    for k in questions:
        if k + 1 < len(paragraphs) and k + 1 not in questions:
            start, end = paragraphs[k + 1]
            if text[start:start + 1] not in QUOTE_MARKS and not LABEL.match(text, start):
                answers.append((_candidate(sdoc, start, end), speaker))
    return answers if len(answers) >= 2 else []


def transcript_answers(document: Document, sdoc: Doc, mentions: list[Mention],
                       index: ActorIndex) -> list[tuple[Candidate, Actor]]:
    """The answers of an interview printed with labels, else of one printed as question paragraphs."""
    interview = printed_as_interview(document)
    labelled = labelled_answers(sdoc, index, interview)
    if labelled or not interview:
        return labelled
    return unlabelled_answers(sdoc, mentions, index)
