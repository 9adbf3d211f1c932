"""The proposition the corpus argues about: given by the user, or proposed from the corpus."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .extract.lexicon import MEMBERSHIP
from .model import Document, Question

STOP = {"will", "would", "should", "can", "could", "does", "do", "is", "are", "the", "a", "an", "of", "to",
        "be", "?", "join", "become", "get", "its", "their"}


def question_terms(text: str) -> list[str]:
    """Content words of the question ("Will Ukraine join NATO?" -> ["Ukraine", "NATO"])."""
    return [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in STOP]


def propose_question(documents: Sequence[Document], parsed: Sequence[Doc]) -> Question | None:
    """When no question is given, the membership the corpus argues about most.

    Counts every "X join(s) Y", "X's membership in Y", "X's accession/bid to join Y" and
    "Y admits X" in the parsed articles; the most frequent (X, Y) pair becomes "Will X join Y?".
    Falls back to the country and organisation named most often in sentences with a
    membership word. None when the corpus speaks of no membership at all.
    """
    subjects: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    for sdoc in parsed:
        for tok in sdoc:
            pair = _membership_pair(tok)
            if pair:
                subjects[pair[0]] += 1
                targets[pair[1].removeprefix("the ")] += 1
    if subjects and targets:
        # "the Compact" counts for "the Northern Compact"; a dateline's "VALDORIA" loses to "Valdoria".
        for short in list(targets):
            longer = [t for t in targets if t != short and t.endswith(" " + short)]
            if longer:
                targets[max(longer, key=len)] += targets.pop(short)
        subject = max(subjects, key=lambda s: (not (s.isupper() and len(s) > 3), subjects[s]))
        target = max(targets, key=lambda t: targets[t])
        article = "the " if not target.isupper() and len(target.split()) > 1 else ""
        return Question(f"Will {subject} join {article}{target}?", proposed=True)
    return _by_cooccurrence(parsed)


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


def _by_cooccurrence(parsed: Sequence[Doc]) -> Question | None:
    gpe: Counter[str] = Counter()
    org: Counter[str] = Counter()
    for sdoc in parsed:
        for sent in sdoc.sents:
            if not any(t.lemma_.lower() in MEMBERSHIP for t in sent):
                continue
            for ent in sent.ents:
                if ent.label_ == "GPE":
                    gpe[ent.text] += 1
                elif ent.label_ == "ORG":
                    org[ent.text] += 1
    if not gpe or not org:
        return None
    subject = gpe.most_common(1)[0][0]
    target = next((o for o, _ in org.most_common() if o != subject), None)
    if target is None:
        return None
    return Question(f"Will {subject} join {target}?", proposed=True)
