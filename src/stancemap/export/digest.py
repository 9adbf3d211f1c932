""""In two minutes": an extractive summary, 5 to 8 sentences of the articles themselves, chosen for
how much they say about the question, how central they are to the corpus and whose position they
carry, without repeating each other, then told in date order."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..clean.dateline import read_dateline
from ..judge.terms import terms_of
from ..model import Analysis, Document, Statement
from ..stop_words import STOP_WORDS
from .articles import actor_names, anchor_id, display_title, paragraphs

TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]+")
# Sentences outside this many words are headlines, captions or run-ons, not summary material.
MIN_WORDS, MAX_WORDS = 8, 60
# Articles read for the summary at most (candidates): 200 articles' sentences are split and ranked
# in about two seconds.
MAX_ARTICLES = 200
# How far a sentence must differ from those already chosen: its score is cut by this much times
# its word overlap (Jaccard) with the closest chosen one (maximal marginal relevance).
REDUNDANCY = 0.8


@dataclass(frozen=True)
class Sentence:
    document: str
    start: int
    end: int
    text: str
    words: frozenset[str]


def summary_length(documents: int) -> int:
    """5 sentences for a handful of articles, one more per five articles, at most 8."""
    return max(5, min(8, 4 + math.ceil(documents / 5)))


@lru_cache(maxsize=1)
def _splitter():  # type: ignore[no-untyped-def]
    import spacy

    # The rule-based sentencizer needs no model and is fast on a hundred articles; the parse the
    # pipeline made is not kept in the Analysis.
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _stem(word: str) -> str:
    """Drop one letter off longer words so "Ostrelia" meets "Ostrelian" and "Ukraine" "Ukrainian"."""
    return word if len(word) <= 5 else word[:-1]


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in TOKEN.findall(text) if w.lower() not in STOP_WORDS and len(w) > 2)


def candidates(analysis: Analysis) -> list[Document]:
    """The articles the summary is chosen from: all of them up to MAX_ARTICLES; beyond, in each of
    ten stretches of time the articles whose statements take the most sides, so that the summary
    costs the same at 1,500 or 15,000 articles and still spans the whole period."""
    docs = analysis.documents
    if len(docs) <= MAX_ARTICLES:
        return docs
    weight = Counter(s.document for s in analysis.statements if s.stance in {"support", "oppose", "conditional"})
    dated = sorted(docs, key=lambda d: (d.published or "", d.id))
    per = MAX_ARTICLES // 10
    keep: set[str] = set()
    for k in range(10):
        stretch = dated[k * len(dated) // 10:(k + 1) * len(dated) // 10]
        keep.update(d.id for d in sorted(stretch, key=lambda d: -weight[d.id])[:per])
    return [d for d in docs if d.id in keep]


def sentences(analysis: Analysis, documents: list[Document] | None = None) -> list[Sentence]:
    chosen = analysis.documents if documents is None else documents
    chunks = [(doc.id, a, doc.body[a:b]) for doc in chosen for a, b in paragraphs(doc.body)]
    found = []
    for (doc_id, offset, _), sdoc in zip(chunks, _splitter().pipe(c[2] for c in chunks), strict=True):
        for sent in sdoc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            found.append(Sentence(doc_id, start, start + len(text), text, _words(text)))
    return found


def _eligible(s: Sentence) -> bool:
    n = len(s.text.split())
    # A sentence with no lower-case word is a heading or a dateline; one ending in ":" introduces a list.
    return MIN_WORDS <= n <= MAX_WORDS and any(c.islower() for c in s.text) and not s.text.endswith(":")


def _relevance(s: Sentence, stems: list[str], event: tuple[str, ...]) -> float:
    """Share of the proposition's participants the sentence names, plus half a point for a word of
    its event ("approval", "phase-out", "membership": judge/proposition.py)."""
    hit = sum(any(w.startswith(stem) for w in s.words) for stem in stems) / len(stems) if stems else 0.0
    if event and any(w.startswith(event) for w in s.words):
        hit += 0.5
    return hit


def _proposition_stems(analysis: Analysis) -> tuple[list[str], tuple[str, ...]]:
    """Stems of the words naming the proposition's participants, and of the words naming its event."""
    q = analysis.question
    if q is None:
        return [], ()
    terms = terms_of(q)
    event = tuple(sorted({_stem(w) for w in terms.event if len(w) >= 4 and " " not in w}))
    names = terms.anchors or terms.participants
    stems = [_stem(w) for w in sorted(names) if len(w) > 2 and not w.startswith(event or ("\0",))]
    if not stems:
        stems = [_stem(w) for w in sorted(_words(q.text)) if not w.startswith(event or ("\0",))]
    return stems, event


def _statement_bonus(statements: list[Statement]) -> float:
    """Sentences that carry someone's position are what a reader of a contested question needs first."""
    best = 0.0
    for st in statements:
        bonus = 0.2 + (0.3 if st.speaker else 0.0)
        if st.stance:
            bonus += 0.4 + (0.3 if st.stance != "neutral" else 0.0)
        if st.conditions:
            bonus += 0.3
        best = max(best, bonus)
    return best


def summarize(analysis: Analysis, limit: int | None = None) -> list[dict[str, Any]]:
    limit = limit or summary_length(len(analysis.documents))
    pool = [s for s in sentences(analysis, candidates(analysis)) if _eligible(s)]
    if not pool:
        return []
    stems, event = _proposition_stems(analysis)
    idf = _idf(pool)
    centroid = _normalise(Counter({w: idf[w] for s in pool for w in s.words}))
    by_doc: dict[str, list[Statement]] = {}
    for st in analysis.statements:
        if st.copy_of is None:  # a wire copy's repeat of a statement is summarised once (copies.py)
            by_doc.setdefault(st.document, []).append(st)
    scored: dict[Sentence, float] = {}
    carried: dict[Sentence, list[Statement]] = {}
    for s in pool:
        inside = [st for st in by_doc.get(s.document, []) if st.start < s.end and st.end > s.start]
        carried[s] = inside
        vector = _normalise(Counter({w: idf[w] for w in s.words}))
        centrality = sum(v * centroid.get(w, 0.0) for w, v in vector.items())
        scored[s] = _relevance(s, stems, event) + centrality + _statement_bonus(inside)
    chosen = _select(scored, limit, stems, event)
    published = {d.id: d.published or "" for d in analysis.documents}
    order = {d.id: i for i, d in enumerate(analysis.documents)}

    def when(s: Sentence) -> str:
        return next((st.date for st in carried[s] if st.date), None) or published[s.document]

    chosen.sort(key=lambda s: (when(s) == "", when(s), order[s.document], s.start))
    docs = {d.id: d for d in analysis.documents}
    names = actor_names(analysis)
    items = []
    for s in chosen:
        doc = docs[s.document]
        lead = max(carried[s], key=lambda st: (st.stance is not None, st.speaker is not None), default=None)
        # (a wire dateline opening the sentence, "KELLBY (Harbor Ledger) – ", is noise in the summary: the source is
        # named beside every sentence; clean/dateline.py reads it)
        dateline = read_dateline(s.text)
        text = s.text[dateline.end:] if dateline else s.text
        items.append({"text": text, "document": s.document, "anchor": anchor_id(s.document, s.start),
                      "start": s.start, "end": s.end,
                      "outlet": doc.outlet or "unknown outlet", "title": display_title(doc), "date": when(s),
                      "speaker": names.get(lead.speaker or "", "") if lead else "",
                      "stance": lead.stance if lead else None, "conditions": lead.conditions if lead else []})
    return items


def _select(scored: dict[Sentence, float], limit: int, stems: list[str], event: tuple[str, ...]) -> list[Sentence]:
    """Greedy maximal marginal relevance: first one sentence per article among those touching the
    question, then relaxing (two per article, then any sentence) until `limit` are chosen."""
    chosen: list[Sentence] = []
    ranked = sorted(scored, key=lambda s: (-scored[s], s.document, s.start))
    relevant = {s: _relevance(s, stems, event) > 0 for s in ranked}  # once, not per pass
    for per_doc, need_question in ((1, True), (2, True), (2, False), (limit, False)):
        while len(chosen) < limit:
            taken = Counter(s.document for s in chosen)
            best, best_score = None, -math.inf
            for s in ranked:
                if s in chosen or taken[s.document] >= per_doc:
                    continue
                if need_question and not relevant[s] and (stems or event):
                    continue
                overlap = max((len(s.words & c.words) / (len(s.words | c.words) or 1) for c in chosen), default=0.0)
                value = scored[s] - REDUNDANCY * overlap
                if value > best_score:
                    best, best_score = s, value
            if best is None:
                break
            chosen.append(best)
    return chosen


def _idf(pool: list[Sentence]) -> dict[str, float]:
    df = Counter(w for s in pool for w in s.words)
    n = len(pool)
    return {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}


def _normalise(vector: Counter[str]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {w: v / norm for w, v in vector.items()}
