"""Attribution by a phrase that names the source beside the claim: "According to X, ...",
"..., according to X", "In his opinion, ...", "In the latest poll, X led Y ..." (split from
statements.py, whose verb finders it shares the candidate form with)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .candidate import Candidate
from .clauses import speaker_span
from .quotes import inside
from .text import doc_text
from .text import trim as _trim

OPINION_NOUNS = frozenset({"opinion", "view", "words", "assessment", "estimation", "judgment", "judgement", "eyes",
                           "mind"})
# What a sentence opening "In the ... poll," reports is the poll's finding (test_cues_in_a_poll).
FINDING_NOUNS = frozenset({"poll", "survey", "study", "analysis", "census", "audit", "estimate", "forecast",
                           "projection", "ranking"})
GATE_WORDS = ("according", *sorted(OPINION_NOUNS))


def according_candidates(sent: Span, i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    """"According to X, ...", "..., according to X", "In his opinion, ..."."""
    doc = sent.doc
    # Gate (exact): each branch below needs "according" or an opinion noun written in the sentence, or the
    # sentence opening with "in" (a poll's finding); other sentences are not walked (test_according_gate.py).
    low = doc_text(doc)[sent.start_char:sent.end_char].lower()
    if sent[0].lower_ != "in" and not any(word in low for word in GATE_WORDS):
        return
    for tok in sent:
        source: Token | None = None
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None) or _misread_source(doc[tok.i + 1])
            phrase_end = source.right_edge.i if source is not None else tok.i + 1
        elif tok.lower_ in OPINION_NOUNS and tok.head.lower_ in {"in", "to"}:
            source = next((c for c in tok.children if c.dep_ == "poss"), None)
            phrase_end = tok.i
        elif tok.lemma_.lower() in FINDING_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and tok.head.i == sent.start and tok.head.head.dep_ == "ROOT":
            source, phrase_end = tok, tok.right_edge.i  # "In the latest poll, X led Y by 5 points"
        if source is None or inside(quotes, tok.idx):
            continue
        source = _publisher(source)
        phrase_start = tok.i if tok.lower_ == "according" else tok.head.i
        last_word = max(t.i for t in sent if not (t.is_punct or t.is_space))
        if phrase_start == sent.start and phrase_end >= last_word:
            # "According to X, the move reeks of ...": the parse hung the claim on the source (an
            # apposition); the source's phrase ends at its comma (test_cues_according_to_swallowed_claim).
            phrase_end = next((t.i - 1 for t in doc[source.i + 1: phrase_end] if t.text == ","), phrase_end)
        if phrase_start == sent.start:
            s, e = _trim(doc, doc[phrase_end].idx + len(doc[phrase_end].text), sent.end_char)
        elif phrase_end >= min(sent.end - 2, last_word) or (
                sent.root.i < phrase_start and doc[phrase_start - 1].text in {",", "—", "–", "-"}):
            # "..., according to X." and "A rose 19 percent, according to X, more than ...": the claim is
            # what comes before; "X, according to Y, would ..." is the whole sentence. (The phrase's last word is the
            # sentence's last also before a paragraph's break and a line after it: test_speakers_session33.py::
            # test_an_opinion_phrase_closing_a_line_is_no_content.)
            s, e = _trim(doc, sent.start_char, doc[phrase_start].idx)
        else:
            s, e = _trim(doc, sent.start_char, sent.end_char)
        cue = "according to" if tok.lower_ == "according" else "in" if source is tok else f"in {source.text} {tok.text}"
        yield Candidate(i, "indirect", cue, tok.idx, s, e, speaker_span(source), "according")


def _misread_source(to: Token) -> Token | None:
    """"according to show insiders": with no object of "to" (the parse read "show" as a verb), the last
    noun of the phrase after it names the source (test_cues_according_to_a_misread_source)."""
    words = to.doc[to.i + 1: to.right_edge.i + 1]
    return next((t for t in reversed(words) if t.pos_ in {"NOUN", "PROPN"}), None)


def _publisher(source: Token) -> Token:
    """"a survey published by the X Centre": the publisher is the source, not the document."""
    for child in source.children:
        if child.dep_ == "acl":
            agent = next((a for a in child.children if a.dep_ == "agent"), None)
            by = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return by
    return source
