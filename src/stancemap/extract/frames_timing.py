"""Whether an act comes too soon, for the frames (frames.py): a word of timing said with "too" after "be" ("it is too
soon", "it is much too early to rebuild it", "the date is too soon", "it is not too soon"), or "premature" after "be"
("reopening would be premature"), read by question_timing.py. The frames' properties hold no such judgement: its
subject is "it" or an act named as a noun, and "soon" is an adverb."""

from __future__ import annotations

from spacy.tokens import Token

# Words of timing an excess is said in; "premature" says "too early" alone.
TIMING = frozenset({"soon", "early", "late"})
PREMATURE = "premature"
TIMING_WORDS = TIMING | {PREMATURE}
# Infinitives that make "too early" a judgement of knowing, not of the act ("too early to say", "too soon to tell").
_KNOWING = frozenset({"say", "tell", "know", "judge", "predict", "comment", "speculate", "draw", "call", "guess", "conclude"})


def timing_said(tok: Token) -> str | None:
    """The word of timing said with "too" (or "premature") as the complement of "be", denied or not ("it is too soon",
    "it is not too soon": "soon"; the articles saying it either way argue the timing: question_timing.py), else None;
    None too for an excess of knowing ("too early to say")."""
    word = tok.lower_
    if word in TIMING:
        if not any(c.dep_ == "advmod" and c.lower_ == "too" for c in tok.children):
            return None
    elif word != PREMATURE or tok.pos_ != "ADJ":
        return None
    be = tok.head
    if tok.dep_ not in {"acomp", "advmod"} or be.lemma_ != "be":
        return None
    infinitive = next((c for t in (tok, be) for c in t.children if c.dep_ in {"xcomp", "advcl", "ccomp"}
                       and c.i > tok.i and c.pos_ in {"VERB", "AUX"}), None)
    if infinitive is not None and infinitive.lemma_.lower() in _KNOWING:
        return None
    return word
