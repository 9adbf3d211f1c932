"""The question's act or standing said of another named party (issue 9, session 41): under "Is X still the favourite to
win the contest?" (or "Will X win re-election?"), "Sefton wins in straight sets" and "Sefton is the firm
favourite now" give the act to another: against X holding it, as rival_doer.py reads another doer of an act that should be
done and votes.rival_of a vote for a rival.

Read only where the question's subject is a name (its words all names of the question), a person's or the holder of a
standing its object names ("the favourite"), and its act is no taking away; the statement's word is the question's
event, a verb with no object whose subject is a name, or a noun said of a name with the copula ("Sefton is the
favourite") or made so ("make Sefton the favourite"); that name is none of the question's, nor a pronoun. Read by
polarity._word at one place. Pinned by tests/judge/test_rival_holder.py.
"""

from __future__ import annotations

from typing import Any

from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs that make their object what the noun says ("make Sefton the favourite", "name X the favourite"); general English.
MAKING = frozenset({"make", "name", "install", "declare", "tip", "rate"})


def rival_holder(tok: Token, terms: Terms) -> Token | None:
    """The other name the question's act or standing is said of, or None."""
    if terms.privative or not terms.subject_words or not terms.subject_words <= terms.participants:
        return None
    if tok.lemma_.lower() not in terms.event:
        return None
    if not (terms.subject_is_person or (terms.object_head and terms.object_head in terms.event)):
        # a contest only a person or a standing's holder wins: not a party's own candidate ("Grisby wins" under "Will the
        # Pellory Union win back the seat?": a batch lost one)
        return None
    holder = _holder(tok)
    if holder is None or holder.pos_ != "PROPN":
        return None
    names = {t.lower_ for t in holder.subtree if t.pos_ == "PROPN"}
    return None if names & terms.participants else holder


def _holder(tok: Token) -> Token | None:
    """Whom the word is said of: a verb's subject; a noun's, said with the copula ("X is the favourite"), or the object a
    verb of making makes it ("make X the favourite")."""
    if tok.pos_ == "VERB":
        # the act said outright, with no object of its own ("Sefton wins"; not "Vessland would never accept the
        # membership" under a question of joining, nor "the group blamed the company": an act on something else)
        if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children):
            return None
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.pos_ not in {"NOUN", "ADJ"} or tok.dep_ not in {"attr", "oprd", "acomp", "xcomp", "ccomp", "dobj"}:
        return None
    head = tok.head
    if head.lemma_.lower() == "be" and tok.dep_ in {"attr", "acomp"}:
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head.lemma_.lower() in MAKING:
        # the one made, not the maker: "the bookmakers made X the favourite", "X was made the favourite"
        return next((c for c in head.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < tok.i), None) or next(
            (g for c in head.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"), None)
    return None


# Personal pronouns that may stand for the question's subject when a standing is said of them ("she is the favourite").
PERSONAL = frozenset({"he", "she", "they", "it"})


def own_standing(tok: Token, terms: Terms) -> bool:
    """The question's standing, a noun of its event said with the copula of its own subject or a pronoun ("Kestrane is still
    the favourite", "she is no one's favourite"), under a question whose subject is a name; or the very noun the question
    asks of its subject (under "give it a mandate to ...": "the narrow result was no mandate at all", "this victory is a
    clear mandate") said of anything but another name, where the question compares no options (comparison.py reads
    "better value than"): the standing asserted (a negation on the noun or the copula denies it). The tagger may call
    "favourite" an adjective."""
    if terms.privative or not terms.subject_words:
        return False
    if tok.pos_ not in {"NOUN", "ADJ"} or tok.lemma_.lower() not in terms.event:
        return False
    asked = bool(terms.object_head) and tok.lemma_.lower() == terms.object_head and not terms.rival
    if not asked and not terms.subject_words <= terms.participants:
        return False
    # a noun: the copula's attribute, or its "adjective" with a determiner or possessor no adjective takes ("nobody's
    # favourite"); an adjective said of the subject is a property question's, read by polarity._said_property
    if tok.dep_ != "attr" and not (tok.dep_ == "acomp" and any(c.dep_ in {"det", "poss"} for c in tok.children)):
        return False
    if tok.head.lemma_.lower() != "be":
        return False
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return asked or subject.lower_ in PERSONAL
    if asked:
        # the asked noun said of any subject but another name ("this victory is a clear mandate"; "Sefton is the favourite"
        # is rival_holder's)
        return not any(t.pos_ == "PROPN" and t.lower_ not in terms.participants for t in subject.subtree)
    return subject.pos_ == "PROPN" and bool({t.lower_ for t in subject.subtree} & terms.subject_words)


# Determiners and possessors that deny a standing ("no favourite", "nobody's favourite"); general English.
DENYING = frozenset({"no", "nobody", "noone"})


def denied_standing(tok: Token) -> bool:
    """The standing denied by its determiner or possessor ("no longer" is read by negation.py)."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in DENYING for c in tok.children)
