"""Two question shapes whose act is not the verb the parser makes the root (issue 9, session 37).

A causative of permission, "Should the council let the builder put up 300 flats on the common?" / "allow the club to
sell the ground": the council's part is permitting, the act permitted is the complement's (the putting up, by the
builder). The question keeps "let" / "allow" as its predicate, and its terms gain the permitted act's words, its doer's
names and its object's nouns, so that "the flats should go up" and "approve the plans" both speak of it
(`permitted_act`).

An entitlement said with a participle WordNet knows as an adjective and the preposition it requires, "Are the tenants
entitled to compensation for the damp?" (parsed as the passive of "entitle" with "to compensation" left out): the
subject holds the property, the preposition's object is what it is to ("compensation", an act noun whose verb,
"compensate", is the question's act too) (`entitlement`).
tests/judge/test_proposition_permitted.py.
"""

from __future__ import annotations

from typing import Any

from .wordnet import wordnet

# Verbs of permitting that take the permitted act as a clause with its own subject ("let X build", "allow X to build").
PERMITTING_CLAUSE = frozenset({"let", "allow", "permit"})
# A permission's refusal, which answers a question of permission no (general English; WordNet gives "let" only
# "prevent", "allow" "deny" and "disallow"): "a refusal is the only sound answer", "asked them to turn it down".
REFUSING_PERMISSION = frozenset({"refuse", "refusal", "reject", "rejection", "deny", "denial", "turn down"})
# The preposition of what an adjectival participle of holding a right is to ("entitled to"; not the "for" of
# "compensated for the damp", which says why: "Should the tenants be compensated for the damp?" stays the passive act).
HOLDING_PREPOSITIONS = frozenset({"to"})


def permitted_act(verb: Any) -> tuple[Any, Any] | None:
    """(the permitted verb, its doer) of "let X build ..." / "allow X to build ..." (a clause with its own subject under
    a verb of permitting with no object of its own), or None."""
    if verb.lemma_.lower() not in PERMITTING_CLAUSE or any(c.dep_ == "dobj" for c in verb.children):
        return None
    act = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB" and c.i > verb.i), None)
    doer = next((c for c in act.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if act is not None else None
    if act is None or doer is None:
        return None
    return act, doer


def entitlement(verb: Any, voice: str, privative: bool) -> tuple[Any, Any] | None:
    """(the preposition, its object) of a passive participle read as an adjective of holding a right ("are entitled to
    compensation"): no agent ("by"), WordNet knows the participle as an adjective, its subject is people or a body
    (`holds_rights`: not "the port be sold to a buyer"), its "to" phrase names a noun; never a passive of taking away
    ("be closed to traffic"), which is the act asked. None otherwise."""
    if voice != "passive" or privative or verb.tag_ != "VBN" or not wordnet().synsets(verb.lower_, "a"):
        return None
    holder = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if holder is None:  # the subject hung on the auxiliary ("Are the tenants ... entitled")
        holder = next((g for a in verb.children if a.dep_ in {"aux", "auxpass"} for g in a.children
                       if g.dep_ in {"nsubj", "nsubjpass"}), None)
    if not holds_rights(holder):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in HOLDING_PREPOSITIONS and c.i == verb.i + 1),
                None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) if prep is not None else None
    return (prep, pobj) if pobj is not None else None


# The prepositions of a place an act is done at ("build flats on the common", "open a store at the harbour").
LOCATING = frozenset({"on", "at"})


def place_of(verb: Any) -> Any:
    """The object of the "on" / "at" phrase an act is done at, when it names no time ("build 300 flats on the common":
    "the common"; not "on Friday"), or None: the question's place, which another place said for the act opposes
    (rival_place.py)."""
    from .proposition_phrases import names_time

    # on the verb, or on its object where the parser hung it there ("build 300 flats on the common")
    held = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for t in held for c in t.children if c.dep_ == "prep" and c.lower_ in LOCATING):
        pobj = located_noun(prep)
        if pobj is not None and not names_time(pobj) and is_place(pobj, senses=1, kinds=PLACE_FILES[:1]):
            return pobj
    return None


def located_noun(prep: Any) -> Any:
    """The noun an "on" / "at" phrase is to, when no date or time is named in it ("on the common", not "on Friday
    morning"), or None: read for the question's place (`place_of`) and for another place said (rival_place.py)."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
    return None if pobj is None or any(t.ent_type_ in {"DATE", "TIME"} for t in pobj.subtree) else pobj


# WordNet's lexicographer files of what an act may be done at: a location ("common", "site"), an artefact ("gasworks"), a
# natural object ("land" in its second sense).
PLACE_FILES = (15, 6, 17)


def is_place(noun: Any, senses: int, kinds: tuple[int, ...]) -> bool:
    """The noun names a place: a place's name (the tagger's GPE, LOC, FAC), or a noun one of whose first `senses` WordNet
    senses is filed under `kinds` ("default on its bonds", "a referendum on independence", "cap rents at eight
    percent" name none). The question's place asks a location in the first sense; another place said in a statement
    may be any of PLACE_FILES in the first three ("build on the gasworks instead")."""
    if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in (noun, *(c for c in noun.children if c.dep_ == "compound"))):
        return True  # the noun's own name, not a place named inside it ("the ban on fishing in the Sound")
    return bool(set(wordnet().lexfiles(noun.lemma_.lower(), "n", senses=senses)) & set(kinds))


def holds_rights(holder: Any) -> bool:
    """The holder of an entitlement is people or a body: a person's or a body's name, or a noun whose most frequent
    WordNet sense is a person or a group ("the tenants", "the club"); not a thing given ("the port be sold to a buyer")."""
    from .wordnet import NOUN_GROUP, NOUN_PERSON

    if holder is None:
        return False
    if any(t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in holder.subtree):
        return True
    return bool(set(wordnet().lexfiles(holder.lemma_.lower(), "n", senses=1)) & {NOUN_PERSON, NOUN_GROUP})
