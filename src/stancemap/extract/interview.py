"""Interviews printed as questions and answers ("Q: ..." / "A: ..."): every answer is the
interviewee's own words, a direct statement, whoever else it names."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Actor
from .actors import ActorIndex
from .candidate import Candidate
from .mentions import Mention
from .text import doc_text

ANSWER = re.compile(r"^(?:A|Answer)\s*[:.]\s+", re.M)
QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]\s+", re.M)


def is_interview(body: str) -> bool:
    """Two answers and a question at the start of paragraphs make a Q&A transcript."""
    return len(ANSWER.findall(body)) >= 2 and len(QUESTION.findall(body)) >= 1


def interviewee(body: str, mentions: list[Mention], index: ActorIndex, sdoc: Doc | None = None) -> Actor | None:
    """The person the introduction makes the subject ("X spoke to Y"), else the one the writer says
    it spoke to ("We spoke to the union's secretary, X"), else the person named most outside the questions."""
    first_question = QUESTION.search(body)
    intro_end = first_question.start() if first_question else len(body)
    persons = [(m, a) for m in mentions if (a := index.by_id(m.actor)) is not None and a.kind == "person"]
    # The last person made a subject in the paragraph right before the first question ("Councillor X has
    # sat for the district since 2019." under a section's head): a page of several sections, whose standfirst's
    # subject is the reporter who asked them all (test_speakers_session31::test_qa_section_*).
    # (Only before a question: with none, the intro is the whole body and its last paragraph no introduction.)
    before = body[:intro_end].rstrip() if first_question else ""
    paragraph_start = before.rfind("\n") + 1
    last = [actor for m, actor in persons if paragraph_start <= m.start < len(before) and m.subject]
    if last:
        return last[-1]
    for m, actor in persons:
        if m.start < intro_end and m.subject:
            return actor
    for m, actor in persons:
        if m.start < intro_end and sdoc is not None and addressed_by_writer(sdoc, m):
            return actor
    counts: dict[str, int] = {}
    for m, actor in persons:
        line_start = body.rfind("\n", 0, m.start) + 1
        if not QUESTION.match(body, line_start):
            counts[actor.id] = counts.get(actor.id, 0) + 1
    return index.by_id(max(counts, key=lambda k: counts[k])) if counts else None


# The writer as a verb's subject: "We spoke to X", "I asked X".
WRITER = frozenset({"we", "i"})


def addressed_by_writer(sdoc: Doc, m: Mention, writers: frozenset[str] = WRITER) -> bool:
    """The name is whom the writer's verb is about ("We spoke to the club's treasurer, X": not the
    person the answers talk about most; test_speakers_session15[the_interviewee_the_writer_spoke_to])."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    while tok is not None and tok.dep_ in {"appos", "pobj", "prep", "dobj", "dative"} and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "VERB":
            return any(c.dep_ == "nsubj" and c.lower_ in writers for c in tok.children)
    return False


def answers(sdoc: Doc) -> list[Candidate]:
    """One direct statement per answer paragraph (its text after "A:")."""
    found = []
    text = doc_text(sdoc)
    for m in ANSWER.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        start = m.end()
        if end - start < 3:
            continue
        found.append(answer_candidate(sdoc, start, end, m.start()))
    return found


def answer_candidate(sdoc: Doc, start: int, end: int, cue_start: int | None = None) -> Candidate:
    """An answer as a direct statement, cue "answered" (its speaker is the one answering, set by the caller)."""
    sent = next((k for k, s in enumerate(sdoc.sents) if s.start_char <= start < s.end_char), 0)
    return Candidate(sent, "direct", "answered", start if cue_start is None else cue_start, start, end, None, "direct")


def inside_answer(body: str, offset: int) -> bool:
    line_start = body.rfind("\n", 0, offset) + 1
    return bool(ANSWER.match(body, line_start))
