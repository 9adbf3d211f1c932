"""The question's act said at another place: "Should the council let the builder put up 300 flats on the common?" is
answered "build on the old gasworks instead" or "the flats should go up, but on land behind the station": the act is
named, but done somewhere else than the question's place, so the speaker says it should NOT be done there (a rival place, as
rival_doer.py reads a rival doer and comparison.py a rival option).

Read only where the question names its place (Proposition.place: the "on" / "at" phrase of its act, no time) and the
statement's verb is the question's act (its event or kin), not negated, with an "on" / "at" phrase of its own whose
noun names a place (a place's name, or a location, an artefact or a natural object in WordNet's first three senses)
and shares no word with the question's place, participants, things or object. A pro-form ("build there", "on it") is
no place here: nothing resolves it. Read by polarity._word at one place. Pinned by tests/judge/test_rival_place.py.
"""

from __future__ import annotations

from typing import Any

from .negation import negated
from .proposition_permitted import LOCATING, PLACE_FILES, is_place, located_noun
from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken


def rival_place(tok: Token, terms: Terms) -> Token | None:
    """The noun of another place the question's act is said to be done at ("build on the gasworks instead" under "build
    flats on the common"), or None."""
    if not terms.place or tok.pos_ != "VERB" or tok.lemma_.lower() not in terms.event | terms.kin or negated(tok):
        return None
    ours = terms.place | terms.participants | terms.things | terms.object_words
    # the place's phrase hung on the verb, or joined to it by "but" ("built but on land by the railway": a conj), or
    # after it on the verb whose clause it completes ("wanted the flats built but on land ...": on "wanted")
    above = [tok.head] if tok.dep_ in {"ccomp", "xcomp"} and tok.head.i != tok.i else []
    for prep in (c for t in (tok, *above) for c in t.children if c.dep_ in {"prep", "conj"} and c.lower_ in LOCATING
                 and c.i > tok.i):
        pobj = located_noun(prep)
        if pobj is None or not is_place(pobj, senses=3, kinds=PLACE_FILES):
            continue  # "build on this momentum" names no place
        words = {t.lower_ for t in pobj.subtree} | {t.lemma_.lower() for t in pobj.subtree}
        if not words & ours:
            return pobj
    return None
