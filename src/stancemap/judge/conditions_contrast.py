"""A side taken, then what it stops short of, after "but" (issue 9, session 15): the contrast limits the side to
what it is not, which is its condition.
  but not on X   "A treaty would help us all, but not at any cost, and not on the terms of a plan written in
                 one ministry", "would back the rescue but not at the cost of jobs": the circumstances
                 after "but not"
  but not take X "wanted a treaty but would not accept what she called a one-sided quota": a side, then a
                 verb of taking refused after "but": what is refused
  not X outright "will never hand the mayor a blank cheque" (session 43): a grant without terms refused, the side held
                 on terms (refused_outright); not "would not take a merger at any price", which means never
Pinned by tests/judge/test_conditions_contrast.py."""

from __future__ import annotations

from typing import Any

from .conditions import SIDING, TIME_NOUNS, Condition
from .requirements import condition

# Verbs of wanting a thing, which a refusal after "but" limits as it limits a side taken ("wanted an agreement but").
FAVOURING = SIDING | {"want", "seek", "favour", "favor", "welcome"}
# Prepositions that set terms after "but not" ("at any price", "on the basis of", "without a vote", "in this form").
TERMS = {"at", "on", "under", "without", "with", "in", "by"}


def but_not(sent: Any) -> list[Condition]:
    """The conditions said after "but" in one sentence."""
    found: list[Condition] = []
    doc = sent.doc
    for tok in sent:
        if tok.dep_ != "neg" or tok.i == sent.start:
            continue
        head = tok.head
        # ("but" hung on the negated word's head, or on the verb that head is joined to: "wanted X but would not")
        after_but = doc[tok.i - 1].lower_ == "but" or any(
            c.dep_ == "cc" and c.lower_ == "but" and c.i < tok.i for c in [*head.children, *head.head.children])
        if not after_but:
            continue
        objects = [c for c in head.children if c.dep_ == "pobj"]
        if (head.lower_ == "by" and any(o.lower_ in DEGREE for o in objects)) or _a_feeling(head):
            continue  # "It will pass, but not by much": how much; "I am furious, but not at the negotiators": whom a feeling is
            # aimed at; neither sets a term (tests/judge/test_conditions_contrast.py::test_a_degree_or_a_feelings_aim)
        # (terms, not a reason: "but not for the reasons the mayor gave" is no condition)
        if head.pos_ == "ADP" and head.lower_ in TERMS and head.i == tok.i + 1 and objects and not _parallel(sent, head) \
                and not any(
                o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in TIME_NOUNS for o in objects):
            # "but not at any cost, and not on the terms of X": the prepositions, with those joined to them; not a
            # scope set against the same preposition ("will bargain over many things, but not over that",
            # examples) nor a time ("could slip to October, but not past the winter")
            last = max([head.right_edge.i] + [c.right_edge.i for c in head.children if c.dep_ == "conj"])
            found += condition(sent, tok.i, last, "requires")
        elif head.pos_ == "VERB" and head.lemma_.lower() in SIDING and head.dep_ == "conj" \
                and head.head.lemma_.lower() in FAVOURING and not any(c.dep_ == "neg" for c in head.head.children):
            # "wanted a treaty but would not accept X": X, refused
            found += condition(sent, tok.i, head.right_edge.i, "requires")
    return found


# Objects of "by" that say how much, not on what terms ("but not by much", "not by far").
DEGREE = frozenset({"much", "far", "little", "lot", "mile", "miles"})


def _a_feeling(preposition: Any) -> bool:
    """The preposition after "but not" is joined to a copula whose complement is a bare adjective, said as a fact ("I am
    furious, but not at the negotiators"): the feeling's aim, no side limited; one under a modal or with a clause of its own
    ("we would be happy to sign, but not at any price") stays a term."""
    verb = preposition.head
    if preposition.dep_ != "conj" or verb.lemma_ != "be" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(c.dep_ == "acomp" and c.pos_ == "ADJ" and not any(d.dep_ in {"xcomp", "ccomp", "prep"} for d in c.children)
               for c in verb.children)


def _parallel(sent: Any, preposition: Any) -> bool:
    """The same preposition said earlier in the sentence, not negated: a scope set against another ("over many
    things, but not over that"), not a condition."""
    return any(t.lower_ == preposition.lower_ and t.i < preposition.i and t.pos_ == "ADP"
               and sent.doc[t.i - 1].lower_ not in {"not", "never"} for t in sent)


# The words of WordNet 3.0's synsets of "blank check" (both senses: "freedom to do as you see fit", a check with its
# amount left blank) and of "carte blanche" ("complete freedom or authority to act"): a grant without terms.
UNCONDITIONAL = frozenset({"blank check", "blank cheque", "free hand", "carte blanche"})
# Verbs of granting a thing or taking a side, whose object the grant without terms is ("hand", "write", "agree to").
GRANTING = SIDING | {"give", "write", "hand", "say", "issue", "grant", "offer", "provide"}
# The words the finder's matches need one of (its gate in demands.FINDERS).
OUTRIGHT_GATE = frozenset({"cheque", "check", "blanche", "hand"})


def refused_outright(sent: Any) -> list[Condition]:
    """A grant without terms refused: a negated verb, or one after "without", whose object is a blank cheque, a free hand
    or carte blanche ("will never hand the mayor a blank cheque", "backs the museum without writing anyone a blank cheque"):
    the side is held on terms, its condition what it refuses (issue 9, session 43; tests/judge/test_conditions_contrast.py::
    test_a_grant_without_terms_refused). Not the copula ("the grant is no blank cheque": what a thing is called), nor a
    refusal told in the past ("the board did not write the library a blank cheque"), nor a side refused "at any price"
    ("she would not accept the terminal at any price": never, no condition; "X, but not at any price" is `but_not`'s)."""
    found: list[Condition] = []
    doc = sent.doc
    for tok in sent:
        grant = tok.lower_ in {"cheque", "check", "cheques", "checks", "hand", "blanche"} and tok.pos_ in {"NOUN", "PROPN"} \
            and tok.i > sent.start and f"{doc[tok.i - 1].lower_} {tok.lemma_.lower()}" in UNCONDITIONAL
        if not grant:
            continue
        verb = tok.head
        for _ in range(4):  # up through the preposition and the nouns it hangs on ("agree to a blank cheque")
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() == "be" or verb.i > tok.i:
            continue
        if verb.lemma_.lower() not in GRANTING:
            continue  # ("won't excuse a blank cheque": no grant refused)
        neg = next((c for c in verb.children if c.dep_ == "neg"), None)
        if neg is not None and _refusal_in_past(verb):
            continue  # a refusal told in the past, a decision told, no side held on terms; one under any modal or in the
            # present holds ("I'd never hand", "we must never hand", "we do not hand anyone a blank cheque": the review,
            # session 43)
        without = verb.head if verb.dep_ == "pcomp" and verb.head.lower_ == "without" else None
        opening = neg if neg is not None else without
        if opening is None:
            continue  # neither negated nor after "without" ("last year the board declined to write them a blank cheque": a
            # decision told, its refusal in the verb "declined", not a negation of the grant)
        found += condition(sent, opening.i, tok.right_edge.i, "requires")
    return found


def _refusal_in_past(verb: Any) -> bool:
    """The verb, or the verb its bare infinitive hangs on, is told in the past: a past tense or participle, or an auxiliary
    in the past ("the board did not write the library a blank cheque", "the board chose not to shut the reading room and
    not to write the library a blank cheque": the review, session 43); not a verb with an auxiliary of its own in the
    present or a modal, tested first ("the mayor will never be handed a blank cheque": a participle under "will"). (aim.py's
    `_told_in_past` is another test.)"""
    for _ in range(4):
        if any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBP", "VBZ"} for c in verb.children):
            return False
        if verb.tag_ in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children):
            return True
        if verb.dep_ not in {"xcomp", "conj"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in verb.children):
            return False  # ("we will never hand": its own modal; "not to sign" under "chose": the head's tense)
        verb = verb.head
    return False
