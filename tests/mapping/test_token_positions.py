"""The map's whole-document walks that find the tokens passing their first test in the document's arrays
(extract/text.py: with_pos, with_value, with_word, with_lemma; docs/performance.md, "Issue 11, session 31"):
the same tokens, in the same order, as a walk over every `Token`, and the same answers as the walks they replaced,
on articles of tests/data."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc

from stancemap.article import MappedArticle, prepare
from stancemap.extract import nationalities_of
from stancemap.extract.frames import _side_objects
from stancemap.extract.frames_words import headline_words
from stancemap.extract.lexicon import MEMBERSHIP, SIDE_VERBS
from stancemap.extract.mentions import find_mentions, surname_mentions
from stancemap.extract.names import ORG_HEADS
from stancemap.extract.text import with_lemma, with_pos, with_value, with_word
from stancemap.ingest import read_sources
from stancemap.parse import load_nlp

DATA = Path(__file__).resolve().parents[1] / "data"
# The first two articles of a few batches: wire copy, a feature, an interview, long and short.
BATCHES = ("q_accept", "q_adopt", "q_afford", "q_allow", "clean1")


@pytest.fixture(scope="module")
def docs() -> list[tuple[Doc, str]]:
    files = [f for b in BATCHES for f in sorted((DATA / b / "corpus").glob("*"))[:2] if (DATA / b / "corpus").is_dir()]
    sources, _ = read_sources(files)
    prepared = [r.record.document for s in sources if isinstance(r := prepare(s), MappedArticle)]
    nlp = load_nlp()
    parsed = list(zip(nlp.pipe([d.body for d in prepared]), [d.title or "" for d in prepared], strict=True))
    assert len(parsed) >= 8
    return parsed


def test_positions_are_the_walks(docs: list[tuple[Doc, str]]) -> None:
    for doc, _ in docs:
        assert with_pos(doc, "ADJ", "VERB") == [t.i for t in doc if t.pos_ in {"ADJ", "VERB"}]
        assert with_value(doc, ENT_TYPE, "NORP", "PERSON") == [t.i for t in doc if t.ent_type_ in {"NORP", "PERSON"}]
        assert with_word(doc, ORG_HEADS) == [t.i for t in doc if t.lower_ in ORG_HEADS]
        names = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
        assert with_word(doc, names, lower=False) == [t.i for t in doc if t.text in names]
        assert with_lemma(doc, lambda lemma: lemma.lower() in MEMBERSHIP).tolist() == [
            t.lemma_.lower() in MEMBERSHIP for t in doc]
    assert any(with_word(doc, ORG_HEADS) for doc, _ in docs)  # (the walks find something to compare)
    assert any(with_value(doc, ENT_TYPE, "NORP") for doc, _ in docs)


def test_the_rewritten_walks_answer_as_before(docs: list[tuple[Doc, str]]) -> None:
    """Each function against the token walk it was written as before session 31."""
    surnamed = 0
    for doc, title in docs:
        assert nationalities_of(doc) == {t.text for t in doc if t.text[:1].isupper() and (
            t.ent_type_ == "NORP" or t.pos_ == "ADJ") and t.text.endswith(("an", "ese", "ish", "i"))}
        sides: Counter[str] = Counter()
        for tok in doc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in SIDE_VERBS:
                for child in tok.children:
                    target = child if child.dep_ in {"dobj", "nsubjpass"} else None
                    if child.dep_ == "prep" and child.lower_ in {"for", "against", "to"}:
                        target = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if target is not None and target.pos_ == "NOUN":
                        sides[target.lemma_.lower()] += 1
        assert _side_objects(doc) == sides
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", title.lower())
        lemma_of = {t.lower_: (t.lower_ if t.pos_ == "PROPN" else t.lemma_.lower()) for t in doc
                    if t.is_alpha and t.lower_ in set(words)}
        assert headline_words(doc, title) == (sorted({lemma_of.get(w, w) for w in words}) if title else [])
        mentions = find_mentions("d0", doc)
        surnames = {t.text: f"a{k}" for k, t in enumerate(doc) if t.pos_ == "PROPN" and t.text[:1].isupper()}
        found = surname_mentions("d0", doc, [m for m in mentions if m.label != "PERSON"], surnames)
        sent_of = {tok.i: k for k, sent in enumerate(doc.sents) for tok in sent}
        assert [m.sent for m in found] == [sent_of[doc.char_span(m.start, m.end)[0].i] for m in found]
        assert surname_mentions("d0", doc, mentions, {}) == []
        surnamed += len(found)
    assert surnamed > 10
