"""Whom an act or a thing is for, for the frames (frames.py) and the proposed question's words: a verb's
dative or "to" phrase, a noun's "to"/"for" a name (`recipient_of`), and what a verb too general to be an act
gives to whom (`given_to`)."""

from __future__ import annotations

from spacy.tokens import Token

from .frames_words import head_key, written_name


def given_to(verb: Token) -> str | None:
    """The key of whom a verb that is no act gives its object to ("give the bronzes to Almara" -> "bronze\tto
    Almara"; tests/test_question_recipient.py::test_question_a_thing_given_back_names_whom_for), or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.pos_ == "VERB" else None
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or (receiver := recipient_of(verb)) is None:
        return None
    return f"{head_key(obj)}\t{receiver[0]} {name}" if (name := written_name(receiver[1])) else None


def recipient_of(tok: Token) -> tuple[str, Token] | None:
    """Whom an act or a thing is for, with its preposition: a verb's dative ("give Dravet asylum",
    "grant asylum to Dravet"), a noun's "to" or "for" a name ("asylum for Dravet"), where a verb sends
    its object ("send Olsund (back) to Velloria"); who receives what the corpus argues about
    (tests/test_question_recipient.py). None for a common noun ("to dissidents")."""
    children = list(tok.children)
    preps = {"to", "for"} if tok.pos_ == "NOUN" else set()
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in children):
        # (tests/test_question_persons.py::test_frames_where_an_act_sends_its_object)
        preps = {"to"}
        children += [c for a in children if a.dep_ == "advmod" for c in a.children if c.dep_ == "prep"]
    for child in children:
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in preps):
            target = child if child.pos_ == "PROPN" else next((c for c in child.children if c.dep_ == "pobj"), None)
            prep = "for" if child.lower_ == "for" else "to"
            return (prep, target) if target is not None and target.pos_ == "PROPN" else None
    return None
