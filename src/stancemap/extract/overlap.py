"""Which candidate statements survive: cues inside someone else's words are part of them, a
reporter's frame yields to the named holder inside it, nested named speakers keep their own
statement, and otherwise the more specific finder wins."""

from __future__ import annotations

from .candidate import RANK, Candidate
from .lexicon import PERSON_PRONOUNS, PERSON_ROLES, PLURAL_PRONOUNS, UNNAMED_SOURCES
from .names import first_name_gender


def reporter_frame(cand: Candidate) -> bool:
    """A frame that names only who reported ("according to Reuters", "the report said",
    "sources said"), not who holds the view: a named holder inside it speaks instead."""
    if cand.speaker is None:
        return True
    root = cand.speaker.root
    if any(t.ent_type_ == "PERSON" for t in cand.speaker) or root.lower_ in PERSON_PRONOUNS:
        return False
    if cand.finder == "according":
        return root.lemma_.lower() not in PERSON_ROLES or root.tag_ in {"NNS", "NNPS"}
    return root.lemma_.lower() in UNNAMED_SOURCES and not any(t.ent_type_ for t in cand.speaker) \
        and root.tag_ in {"NNS", "NNPS"} | ({"NN"} if root.lemma_.lower() in {"report", "media", "outlet"} else set())

def _named(cand: Candidate) -> str | None:
    if cand.speaker is None or not any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and first_name_gender(t.text))
                                       for t in cand.speaker):
        return None
    return cand.speaker.text

def _nested(inner: Candidate, outer: Candidate) -> bool:
    """"X argues that the obstacle is Y, whose prime minister, Z, has told colleagues that ...":
    a named speaker's words reported inside another speaker's are a statement of their own."""
    return (outer.start <= inner.start and inner.end <= outer.end and _named(inner) is not None
            and _named(inner) != _named(outer) and inner.finder not in {"position", "predicate"})

def _embedded(cand: Candidate, others: list[Candidate]) -> bool:
    """A cue inside someone else's reported words is part of what they said, not a new statement."""
    for outer in others:
        if outer is cand or outer.cue_start == cand.cue_start or not (outer.start <= cand.cue_start < outer.end):
            continue
        if outer.kind == "position" or (reporter_frame(outer) and not _frame_itself(cand, outer)) or _nested(cand, outer):
            continue
        if cand.start <= outer.cue_start < cand.end and RANK[cand.finder] <= RANK[outer.finder]:
            continue  # each inside the other's words (a misparse): the more specific finder stays
        return True
    return False


def _frame_itself(inner: Candidate, outer: Candidate) -> bool:
    """"Port officials said they hoped X": the pronoun opening the frame's words and agreeing with its subject in number
    is the frame's own speaker, no holder inside it: its "hoped" is part of what they said
    (tests/extract/test_speakers_session33.py::test_officials_said_they_hoped)."""
    if inner.speaker is None or outer.speaker is None or len(inner.speaker) != 1 or inner.speaker.start_char != outer.start:
        return False
    plural = outer.speaker.root.tag_ in {"NNS", "NNPS"}
    word = inner.speaker.root.lower_
    return word in PLURAL_PRONOUNS if plural else word in {"he", "she"}


def _end_before_nested_reports(found: list[Candidate], sent_starts: list[int]) -> None:
    """Words that run over several sentences (a transcript's turn, an answer) stop before a later
    sentence that reports someone's report ("But I rang her on Thursday. She told me the
    board could accept ..."): that report is a statement of its own."""
    for outer in found:
        if outer.kind == "position" or outer.parts:
            continue
        for inner in found:
            if inner is outer or inner.cue_start == outer.cue_start or inner.finder not in {"speech", "passive", "according"}:
                continue
            if not outer.start <= inner.cue_start < outer.end:
                continue
            begin = max((s for s in sent_starts if s <= min(inner.cue_start, inner.start)), default=0)
            if outer.start + 20 < begin < outer.end:
                outer.end = begin


def reduce_candidates(found: list[Candidate], sent_starts: list[int] | None = None) -> list[Candidate]:
    """Keep one candidate per claim. Cues embedded in another speaker's words go; a reporter's
    frame yields to the named holder inside it; otherwise the more specific finder wins."""
    # "he said his country would not sign until ..., 'but we are not waiting'": the quoted end of
    # a reported clause is part of one mixed statement, not a separate direct one.
    for speech in [c for c in found if c.finder == "speech"]:
        inner = [d for d in found if d.finder == "direct" and d.cue_start == speech.cue_start
                 and speech.start <= d.start and d.end <= speech.end + 2
                 and (speech.end - speech.start) - (d.end - d.start) > 10]
        if inner:
            speech.kind = "mixed"
            found = [c for c in found if c not in inner]
    if sent_starts:
        _end_before_nested_reports(found, sent_starts)
    found = [c for c in found if not _embedded(c, found)]
    # Holders are speakers of reported speech: a belief or position found inside a frame ("Analysts
    # said the tone suggested Tarnsk regards ...") is part of what the frame reports.
    holders = [c for c in found if c.finder not in {"position", "predicate"} and not reporter_frame(c)
               and c.speaker is not None and (
        any(t.ent_type_ or t.pos_ == "PROPN" for t in c.speaker) or c.speaker.root.lower_ in PERSON_PRONOUNS)]
    found = [c for c in found if not (reporter_frame(c) and any(
        h is not c and c.start <= h.cue_start < c.end for h in holders))]
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (RANK[c.finder], c.end - c.start)):
        clash = False
        for other in kept:
            overlap = min(cand.end, other.end) - max(cand.start, other.start)
            same_cue = other.cue_start == cand.cue_start  # one cue, one statement, whoever else claims it
            if overlap <= 0 or (not same_cue and (_nested(cand, other) or _nested(other, cand))):
                continue
            shorter = min(cand.end - cand.start, other.end - other.start)
            if overlap >= 0.5 * shorter or cand.start <= other.cue_start < cand.end:
                clash = True
                if same_cue and other.context is None and cand.context is not None and cand.context[1] <= other.start:
                    other.context = cand.context  # the quotation that won its cue answered the same question
                break
        if not clash:
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)
