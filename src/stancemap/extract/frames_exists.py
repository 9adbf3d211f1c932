"""Whether a thing is there, for the frames (frames.py): a noun said to exist or not with an existential "there" ("there
is a shortage of homes", "there is no real shortage in this valley", "there's a real glut"), read by question_exists.py. The
acts and properties never hold it: the noun is the complement of "be", done to nothing and said of nothing."""

from __future__ import annotations

from spacy.tokens import Token

# Determiners that turn a possessive or a pointing word into the plain "the" of a question ("in this city": "in the city").
_POINTING = frozenset({"this", "that", "these", "those", "our", "my", "your"})


def said_to_exist(tok: Token) -> str | None:
    """The key "<noun>\t<no or empty>\t<the noun as written>\t<what it is of>\t<where it is>" for a noun that is the
    complement of "be" with an existential "there" ("there is no real shortage in this valley": "shortage", "no", "shortage",
    "", "the valley"), else None. Denied with "no" or a negation of "be"; what it is of and where it is, each a noun phrase
    after "of" or "in" under the noun (or "in" under "be"), as written with "the" for a pointing word."""
    if tok.dep_ != "attr" or tok.pos_ != "NOUN" or not tok.is_alpha:
        return None
    be = tok.head
    if be.lemma_ != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return None
    denied = any(c.dep_ == "neg" for c in be.children) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    written = " ".join([c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.is_alpha] + [tok.lower_])
    of = _after(tok, "of")
    where = _after(tok, "in") or _after(be, "in")
    return "\t".join((tok.lemma_.lower(), "no" if denied else "", written, of, where))


def _after(head: Token, preposition: str) -> str:
    """The noun phrase after the preposition under `head`, as written ("grain", "the town", "Oskerby"), or ""."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return ""
    words = [c for c in noun.subtree if (c.i <= noun.i and c.dep_ in {"det", "compound", "amod", "poss"}) or c.i == noun.i]
    text = " ".join("the" if w.lower_ in _POINTING and w.dep_ in {"det", "poss"} else w.text for w in words)
    return text if all(w.replace("-", "").replace("'", "").isalnum() for w in text.split()) else ""
