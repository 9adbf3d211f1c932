"""What an interview's answer reports someone else saying ("Coddington: He told me over lunch that he is willing to
shift funds ..."): the reported words are that person's statement, not the interviewee's (issue 10, session 18).
The answer is cut around the sentence that reports: its other sentences stay the interviewee's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import Actor
from .candidate import Candidate
from .interview import answer_candidate
from .lexicon import PERSON_ROLES
from .speakers import SpeakerResolver
from .statements import SAYING, reports_within
from .text import doc_text

# Words that deny the cue ("never told me", "not said").
NEVER = frozenset({"never", "not", "n't"})

# One other person named by a pronoun ("He told me ...", "she said so"); not "they", "people": a vague many is
# the interviewee's own characterisation ("People in his party are telling him it is over").
THIRD_PERSON = frozenset({"he", "she"})
# Determiners and possessives of a role that names one holder ("the president", "my sporting director").
ONE_HOLDER = frozenset({"the", "my", "our", "your", "his", "her"})
# An answer's piece left with fewer words than this is no statement of its own ("Quite the reverse.").
MIN_PIECE_WORDS = 5
# Verbs that report what someone said or thinks ("He told me ...", "He thinks the judges will ..."); not an act
# reported as agreed or decided ("the council has agreed to cap ...": the interviewee's news).
REPORTING = SAYING | {"think", "believe"}
# A clause said that opens on a wh-word: "said what he said" tells nothing of what was said.
WH = frozenset({"WP", "WDT"})


def another_voice(speaker: Span | None) -> bool:
    """The words name one other person or body: he/she, a name, or a role with one holder ("the president")."""
    if speaker is None:
        return False
    root = speaker.root
    if root.lower_ in THIRD_PERSON:
        return True
    if root.pos_ == "PROPN" and root.tag_ != "NNPS":
        return True
    return root.lemma_.lower() in PERSON_ROLES and speaker[0].lower_ in ONE_HOLDER and root.tag_ == "NN"


def split_answers(sdoc: Doc, found: list[tuple[Candidate, Actor | None]], resolver: SpeakerResolver
                  ) -> tuple[list[tuple[Candidate, Actor | None]], list[tuple[Candidate, Actor, str]]]:
    """The answers cut around the sentences in which they report another voice, and those reports with their speakers
    (an actor and the rule that found it). Pinned by tests/extract/test_answer_reports.py."""
    text = doc_text(sdoc)
    sents = list(sdoc.sents)
    within = reports_within(sdoc, [(c.start, c.end) for c, _ in found])
    answers: list[tuple[Candidate, Actor | None]] = []
    reports: list[tuple[Candidate, Actor, str]] = []
    for (answer, who), candidates in zip(found, within, strict=True):
        inner = []
        for c in candidates:
            if c.speaker is None or not another_voice(c.speaker) or _denied(sdoc, c) or not _reporting(sdoc, c):
                continue
            actor, rule = resolver.phrase_actor(c.speaker, c.sent)
            # (the interviewee speaking of himself, or a voice nobody named: the answer's own words)
            if actor is not None and actor is not who and actor.kind != "other":
                inner.append(c)
                reports.append((c, actor, rule))
        if not inner:
            answers.append((answer, who))
            continue
        cursor, first = answer.start, True
        for report in sorted(inner, key=lambda c: c.start):
            sent = next(s for s in sents if s.start_char <= report.cue_start < s.end_char)
            piece = _piece(sdoc, text, cursor, max(cursor, sent.start_char), answer.cue_start if first else None)
            if piece is not None:
                answers.append((piece, who))
                first = False
            cursor = max(cursor, report.end)  # (the sentence may go on in the interviewee's own words: ", but I think ...")
        piece = _piece(sdoc, text, cursor, answer.end, answer.cue_start if first else None)
        if piece is not None:
            answers.append((piece, who))
    return answers, reports


def _reporting(sdoc: Doc, report: Candidate) -> bool:
    """A verb of saying or thinking with the clause said ("He told me [that] he is open to ..."; not "The mayor
    said what she said on purpose")."""
    cue = sdoc.char_span(report.cue_start, report.cue_start + len(report.cue), alignment_mode="expand")
    if cue is None or cue.root.lemma_.lower() not in REPORTING:
        return False
    said = sdoc.char_span(report.start, report.end, alignment_mode="expand")
    return any(c.dep_ == "ccomp" for c in cue.root.children) and said is not None and said[0].tag_ not in WH


def _denied(sdoc: Doc, report: Candidate) -> bool:
    """The cue is negated ("She has never told me she wants me gone"): nothing was said."""
    cue = sdoc.char_span(report.cue_start, report.cue_start + len(report.cue), alignment_mode="expand")
    return cue is not None and any(c.dep_ == "neg" or c.lower_ in NEVER for c in cue.root.children)


def _piece(sdoc: Doc, text: str, start: int, end: int, cue_start: int | None) -> Candidate | None:
    """The answer's words from start to end as the interviewee's statement, when there are enough of them."""
    while start < end and not text[start].isalnum() and text[start] not in "\"“'‘":
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if len(text[start:end].split()) < MIN_PIECE_WORDS:
        return None
    return answer_candidate(sdoc, start, end, cue_start)
