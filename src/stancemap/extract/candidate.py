"""The record a statement finder yields before its speaker is resolved, shared by the finders
(statements.py, interview.py) and the overlap rules (overlap.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

# Lower number = more specific; when candidates overlap the most specific survives.
RANK = {"direct": 0, "speech": 1, "passive": 1, "according": 2, "nominal": 2, "position": 3, "predicate": 3}


@dataclass
class Candidate:
    sent: int
    kind: str  # direct | indirect | mixed | position | belief
    cue: str
    cue_start: int
    start: int
    end: int
    speaker: Span | None  # the words that name the source, None when there are none
    finder: str  # which rule found it (a key of RANK)
    # The pieces of one utterance interrupted by its cue ('"A," she said, "B."'): start/end span
    # them all; empty when the content is one piece.
    parts: list[tuple[int, int]] = field(default_factory=list)
    # The cue's own circumstance cut from the start of the content ("Asked whether X, she said, ...": the question
    # answered; bounds.fronted_circumstance): not content, but still read with it by the stance judge. None: none.
    context: tuple[int, int] | None = None
