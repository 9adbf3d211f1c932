"""The times an article writes, for the frames (frames.py): a date after "before", "by" or "until" ("before May"), or a
date said as this or next one ("this winter", "next year"), whatever it is written with. `time_of` reads one such
phrase (frames.time_bound reads it on a verb's own children: the act's bound); `times_written` every one in the
article, so that the reduce knows the time the corpus writes most widely, which bounds the question's act where it is
written of that act in one article only (question_act._bound)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Prepositions that bound an act in time ("before May", "by June", "until 2030").
BOUNDING = frozenset({"before", "by", "until"})


def time_of(tok: Token) -> str | None:
    """The time a preposition of bounding or a noun of date says, as written: "before May" (a date its object),
    "this winter" (a date opening with "this" or "next", said as an adverb); None otherwise ("on Monday" dates a
    report; "last winter" is past)."""
    if tok.dep_ == "prep" and tok.lower_ in BOUNDING:
        when = next((c for c in tok.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"), None)
        if when is not None:
            return f"{tok.lower_} {' '.join(t.text for t in when.subtree)}"
    if tok.dep_ == "npadvmod" and tok.ent_type_ == "DATE":
        span = [t.text for t in tok.subtree]
        if span[0].lower() in {"this", "next"}:
            return " ".join([span[0].lower(), *span[1:]])
    return None


def times_written(doc: Doc) -> dict[str, int]:
    """Every time the article writes, once each (per article: the reduce counts the articles writing it): what
    `time_of` reads, and a date opening with "this" or "next" in any role the parse gives it ("the risk this winter is
    high", where "winter" is read as the subject)."""
    found = {when: 1 for tok in doc if tok.dep_ in {"prep", "npadvmod"} and (when := time_of(tok)) is not None}
    for ent in doc.ents:
        if ent.label_ == "DATE" and ent[0].lower_ in {"this", "next"} and len(ent) > 1:
            found[" ".join([ent[0].lower_, *(t.text for t in ent[1:])])] = 1
    return found
