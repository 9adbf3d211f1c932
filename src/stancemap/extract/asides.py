"""Cues that stand aside the claim they attribute: "As X has pointed out, CLAUSE", "CLAUSE, as
police have said", and what a study or document shows when it closes the sentence ("CLAUSE, other
studies have shown", "CLAUSE, a new analysis of the filings shows"); and views held by no one named
("The vote is expected to be close", "X was accused of ...", "Y is widely seen as ..."): a
statement without a speaker, as PolNeAR annotates them (an attribution with no source).

The content is the clause the cue stands beside, without the cue's own words (PolNeAR annotates
the claim, not the aside). Pinned by tests/extract/test_asides.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .candidate import Candidate
from .clauses import speaker_capable, speaker_words
from .lexicon import DOCUMENT_NOUNS, EVIDENCE_VERBS, SPEECH_VERBS
from .quotes import inside
from .text import doc_text

EDGE_PUNCT = " ,;:—–-\n"
# "As X put it, ...", "as X described it": verbs that report only with "it" for what was said.
PUTTING = frozenset({"put", "phrase", "describe", "summarize", "summarise"})


def aside_candidates(sents: list[Span], i: int, quotes: list[tuple[int, int]],
                     any_quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or inside(quotes, verb.idx):
            continue
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or inside(quotes, subject.idx):
            continue
        if verb.dep_ == "advcl" and (lemma in _SPEECH_OR_EVIDENCE or lemma in PUTTING) and _as_clause(verb) \
                and (speaker_capable(subject) or _document(subject)):
            span = _beside(sent, verb)
        elif verb.dep_ == "ROOT" and lemma in EVIDENCE_VERBS and lemma not in SPEECH_VERBS and _document(subject) \
                and any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children):
            span = _trim(sent, sent.start_char, subject.left_edge.idx)
        else:
            continue
        if span is None or len(doc_text(sent.doc)[span[0]:span[1]].split()) < 3:
            continue
        start, end = span
        kind = "mixed" if any(start <= s < end for s, _ in any_quotes) else "indirect"
        yield Candidate(i, kind, verb.text, verb.idx, start, end, speaker_words(subject, verb), "speech")


def _as_clause(verb: Token) -> bool:
    """"as X said": the clause is introduced by "as" and reports nothing of its own (no object or
    clause: "as X said that ..." is not an aside)."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in {"ccomp", "dobj", "xcomp"} and c.lower_ != "it" for c in verb.children) and (
        verb.lemma_.lower() not in PUTTING or any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children))


def _beside(sent: Span, verb: Token) -> tuple[int, int] | None:
    """The sentence without the aside, when the aside opens or closes it; an aside in the middle
    ("X, as Y noted, would ...") would split the claim, and is left to the other finders."""
    first, last = verb.left_edge, verb.right_edge
    if first.i == sent.start:
        return _trim(sent, last.idx + len(last.text), sent.end_char)
    if last.i >= sent.end - 2:
        return _trim(sent, sent.start_char, first.idx)
    return None


def _trim(sent: Span, start: int, end: int) -> tuple[int, int] | None:
    text = doc_text(sent.doc)
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT + ".":
        end -= 1
    return (start, end) if end > start else None


def _document(subject: Token) -> bool:
    return subject.lemma_.lower() in DOCUMENT_NOUNS or subject.lower_ in DOCUMENT_NOUNS


# Verbs whose agentless passive reports a view held by unnamed people ("is expected to", "was
# accused of", "is considered", "is widely seen as"). Pinned by test_cues_unsourced_views.
UNSOURCED = frozenset({"expect", "consider", "believe", "think", "accuse", "criticize", "criticise", "blame",
                       "see", "view", "regard", "rate", "label", "suspect", "allege", "rumor", "rumour", "deem"})
UNSOURCED_PREPS = frozenset({"of", "for", "as"})
PERCEIVING = frozenset({"see", "view", "regard"})  # a view only with "as" ("is widely seen as ...")


def unsourced_candidates(sents: list[Span], i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in UNSOURCED or inside(quotes, verb.idx):
            continue
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subject is None or not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
            continue
        if subject.lower_ in {"it", "this", "that", "which", "who"} or subject.tag_ in {"WDT", "WP"}:
            continue  # "it is expected that ...", a relative pronoun: the view's object is elsewhere
        complement = [c for c in children if c.i > verb.i and (
            c.dep_ in {"xcomp", "oprd"} or (c.dep_ == "prep" and c.lower_ in UNSOURCED_PREPS))]
        if not complement or (verb.lemma_.lower() in PERCEIVING and not any(c.lower_ == "as" for c in complement)):
            continue  # "protesters are seen standing around ...": seen on a video, not judged
        last = max(c.right_edge.i for c in complement)
        span = _trim(sent, subject.left_edge.idx, sent.doc[last].idx + len(sent.doc[last].text))
        if span is None or len(doc_text(sent.doc)[span[0]:span[1]].split()) < 4:
            continue
        yield Candidate(i, "belief", verb.text, verb.idx, span[0], span[1], None, "predicate")


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_SPEECH_OR_EVIDENCE = SPEECH_VERBS | EVIDENCE_VERBS
