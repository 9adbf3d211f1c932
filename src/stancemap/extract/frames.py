"""What one article says about candidate propositions, for proposing a question when none is
given: frames are counted per article in the map and summed over the corpus in the reduce
(question.propose_question)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc, Token

from .lexicon import MEMBERSHIP, NEGATIVE, POSITION_VERBS, POSITIVE, REFUSING

# Verbs whose object is what a speaker takes a side on ("support the bill", "scrap the coal exit").
SIDE_VERBS = POSITION_VERBS | POSITIVE | NEGATIVE | REFUSING


def frames_of(sdoc: Doc) -> dict[str, Any]:
    """What one parsed article contributes to proposing a question: every "X join(s) Y" pair, and
    the countries and organisations named in sentences with a membership word."""
    pairs = [list(pair) for tok in sdoc if (pair := _membership_pair(tok))]
    gpe: Counter[str] = Counter()
    org: Counter[str] = Counter()
    for sent in sdoc.sents:
        if not any(t.lemma_.lower() in MEMBERSHIP for t in sent):
            continue
        for ent in sent.ents:
            if ent.label_ == "GPE":
                gpe[ent.text] += 1
            elif ent.label_ == "ORG":
                org[ent.text] += 1
    return {"pairs": pairs, "gpe": dict(gpe), "org": dict(org), "objects": dict(_side_objects(sdoc))}


def _side_objects(sdoc: Doc) -> Counter[str]:
    """The nouns speakers take sides on in this article: objects of support, opposition and undoing
    verbs ("rejected the timetable", "block the deal", "repeal the law"), and what "vote for/against" is about.
    Summed over the corpus, the most frequent are the corpus's own names for the question's thing."""
    found: Counter[str] = Counter()
    for tok in sdoc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SIDE_VERBS:
            continue
        for child in tok.children:
            target = child if child.dep_ in {"dobj", "nsubjpass"} else None
            if child.dep_ == "prep" and child.lower_ in {"for", "against", "to"}:
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None and target.pos_ == "NOUN":
                found[target.lemma_.lower()] += 1
    return found


def _name(tok: Token) -> str | None:
    """The proper name a token heads ("the Harbor Pact"), or None for common nouns and pronouns."""
    if tok.pos_ != "PROPN":
        return None
    words = [t for t in tok.subtree if (t.i <= tok.i and (t.pos_ == "PROPN" or t.lower_ == "the")
             and t.dep_ in {"compound", "det", "amod"}) or t.i == tok.i]
    words = [t for t in words if t.i >= tok.i - 4]
    text = " ".join(t.text for t in words)
    return text if (text and text[0].isupper()) or text.startswith("the ") else None


def _membership_pair(tok: Token) -> tuple[str, str] | None:
    lemma = tok.lemma_.lower()
    if lemma == "join" and tok.pos_ == "VERB":
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None and tok.head.pos_ == "VERB":
            # "urged Ukraine to join": the object of the governing verb joins; "wants to join": its subject.
            governing = list(tok.head.children)
            subject = next((c for c in governing if c.dep_ == "dobj"), None) or next(
                (c for c in governing if c.dep_ == "nsubj"), None)
        target = next((c for c in tok.children if c.dep_ == "dobj"), None)
    elif lemma in {"membership", "accession", "bid", "admission"}:
        subject = next((c for c in tok.children if c.dep_ == "poss"), None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "to", "of"}), None)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if target is None:  # "Ukraine's NATO membership"
            target = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    else:
        return None
    s, t = (_name(subject) if subject is not None else None), (_name(target) if target is not None else None)
    return (s, t) if s and t and s != t else None
