"""A state said with a preposition after the copula: "Is the economy in recession?", "Is the fund at risk of
collapse?", "Is the club in breach of the rules?", "Are the talks on track?".

The parser hangs the phrase on "is" (or on the subject's noun, "the fund in crisis") and leaves the copula with no
complement, so the question read "be" alone: every "is" made a passage about it and the state's own noun
("recession") was no term, read only as an evaluative word (VADER's "recession" is negative, so calling it a
recession read oppose). The phrase is the complement, as an adjective is ("Is the paint safe?"): the object shown is
the phrase ("in recession"), and the state's head noun with its WordNet derivations is the event, its antonyms the
opposites (proposition.py `parse_proposition`; tests/judge/test_proposition_state.py).
"""

from __future__ import annotations

from typing import Any

from .proposition_phrases import SEQUENCING, names_time
from .wordnet import wordnet

# The complements a copula takes other than a preposition's phrase: with one of them the phrase is a circumstance.
COMPLEMENTS = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp", "expl", "advcl", "dobj"})
# Prepositions that date or bound in time, not a state ("by June", "since the vote").
TIMING = frozenset({"by", "within", "from", "since", "during"})
# WordNet's lexicographer file of places (noun.location): "in the harbour" is where, not a state. (Kept here, not in
# wordnet.py, which is part of the map's code, whose every change re-keys the cache; proposition.py reads it too.)
NOUN_LOCATION = 15


def prepositional_state(verb: Any, subject: Any, stated: bool = False) -> tuple[Any, Any] | None:
    """The preposition and the state's head noun of "be <subject> <prep> <noun>" with no other complement, or None:
    on the copula after its subject, or the subject's own last phrase closing the question ("Is the fund in crisis?"
    parsed with "in crisis" on "fund"). Not a time ("in May", "before the vote"), a place (a name, or a noun whose
    first sense is a location) nor a name."""
    # (`stated`: the statement's order, "Corvel Town's manager is under pressure.", as proposition._as_declarative reads a
    # question whose own parse had no subject: tests/judge/test_proposition_shapes45.py::
    # test_a_state_said_with_a_preposition_after_a_long_subject)
    if verb.lemma_.lower() != "be" or subject is None or subject.dep_ != "nsubj" or (subject.i < verb.i and not stated):
        return None
    if any(c.dep_ in COMPLEMENTS for c in verb.children):
        return None
    doc = verb.doc
    end = len(doc) - 1 - int(doc[-1].is_punct)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > subject.i), None)
    if prep is None:
        last = max((c for c in subject.children if c.dep_ == "prep" and c.i > subject.i), key=lambda c: c.i, default=None)
        prep = last if last is not None and last.right_edge.i == end else None
    if prep is None or prep.lower_ in SEQUENCING | TIMING:
        return None
    head = _state_noun(prep)
    if head is None or head.pos_ != "NOUN" or names_time(head) or any(
            t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for t in prep.subtree):
        return None
    if wordnet().lexfile(head.lemma_.lower(), "n") == NOUN_LOCATION:
        return None
    return prep, head


def _state_noun(prep: Any) -> Any:
    """The noun a preposition governs, through a second preposition ("out of work": "out", "of", "work")."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None:
        inner = next((g for g in prep.children if g.dep_ == "prep"), None)
        pobj = next((g for g in inner.children if g.dep_ == "pobj"), None) if inner is not None else None
    return pobj


def state_words(noun: str) -> tuple[set[str], set[str]]:
    """The state's words (the noun and its WordNet derivations: "recession", "recede") and its opposites (WordNet's
    antonyms of the noun: "danger" -> "safety")."""
    wn = wordnet()
    own = {noun} | {w for w in wn.derivations(noun, "n") if w.isalpha()}
    return own, {w for w in wn.antonyms(noun, "n") if w.isalpha()} - own
