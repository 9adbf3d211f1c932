"""A judgement scoped by a restriction said with no conditional word (issue 9, session 27): what the judgement is
limited to is its condition.
  for X, not for Y   "fine for city centres, but not for villages": an adjective or a noun of judgement with a
                     "for"-phrase, set against a negated "for"-phrase: both scopes
  For X, ...         "For indoor use, the paint is safe enough": a fronted "for"-phrase on a judgement
                     said with "be", naming a thing, not a person, a time or a way of speaking
(a when-clause in the present on a judgement in the present is read in conditions._generic_when.)
Pinned by tests/judge/test_conditions_scope.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .conditions import TIME_NOUNS, Condition
from .requirements import condition
from .wordnet import NOUN_GROUP, NOUN_PERSON, NOUN_TIME, wordnet

# The words every match needs (conditions.sentence_words): the preposition.
GATE = frozenset({"for"})
# Fronted "for"-phrases that are a way of speaking, a time or a concession, no scope: "For example", "For now", "For
# all its faults", "For once", "For sure", "For the first time", "For the record" (test_a_for_phrase_that_scopes_nothing).
NOT_SCOPES = frozenset({"example", "instance", "now", "once", "sure", "all", "time", "record", "moment", "part",
                        "sake", "reason", "purpose", "years", "decades", "while", "good", "ever", "starters", "start"})


# Nouns whose "for"-phrase says whose business a thing is, not where a judgement holds ("a job for the courts")
# (test_for_whom_it_is_a_matter_scopes_nothing).
WHOSE = frozenset({"matter", "question", "decision", "issue", "job", "call", "business", "task", "responsibility"})


def _scope_object(prep: Token) -> Token | None:
    """The noun a "for"-phrase scopes to: a common or proper noun that names no person and no time."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ in {"DATE", "TIME", "PERSON", "ORG", "NORP"}:
        return None
    low = obj.lemma_.lower()
    if low in TIME_NOUNS or low in NOT_SCOPES or any(c.lower_ == "all" for c in obj.children):
        return None
    if wordnet().synsets("_".join(t.lower_ for t in prep.subtree), "r"):
        # the whole phrase an adverb of WordNet's, a way of speaking: "For that matter, ...", "For the most part, ..."
        # (tests/judge/test_conditions_scope.py::test_a_for_phrase_that_scopes_nothing)
        return None
    files = wordnet().lexfiles(low, "n", senses=1)
    if files and files[0] in {NOUN_PERSON, NOUN_GROUP, NOUN_TIME}:
        # "For farmers, ...", "a question for the courts, not for the press": whom it touches or whose business it is
        return None
    return obj


def _judgement(word: Token) -> bool:
    """An adjective, or a noun said with "be", that a "for"-phrase limits ("fine for X", "a fair case for X", "an
    improvement for X")."""
    if word.pos_ == "ADJ":
        return True
    return word.pos_ == "NOUN" and word.dep_ in {"attr", "appos", "dobj", "conj"} and word.lemma_.lower() not in WHOSE



def _for_those_who(prep: Token) -> Token | None:
    """"safe for riders who wear a helmet", "affordable for towns that share a depot": an adjective of judgement
    limited by a "for"-phrase whose noun a restrictive relative clause narrows (no comma before it): the judgement
    holds for those the clause picks out, its condition. The noun (a bare plural, or after "those"), or None. Not "for
    everyone, who ..." (a comma: an aside), "for a bakery that ..." or "for the families who ..." (ones described),
    nor "for years" (tests/judge/test_conditions_scope.py::test_a_judgement_for_those_who, _for_all_is_no_scope)."""
    if prep.lower_ != "for" or prep.dep_ != "prep" or prep.head.pos_ != "ADJ":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is None or noun.lemma_.lower() in TIME_NOUNS or noun.tag_ != "NNS" or any(
            c.dep_ in {"det", "poss"} and c.lower_ not in {"those", "these"} for c in noun.children):
        return None  # "for a bakery that passed every inspection", "for the families who ...": one named, not a kind picked out
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
    if clause is None or any(t.text == "," for t in noun.doc[noun.i + 1:clause.left_edge.i]):
        return None
    return noun


def scoped(sent: Span) -> list[Condition]:
    """The scopes a judgement is limited to in one sentence."""
    found: list[Condition] = []
    doc = sent.doc
    for prep in sent:  # a judgement held for those a relative clause picks out ("safe for riders who wear a helmet")
        if (held := _for_those_who(prep)) is not None:
            found += condition(sent, prep.i, held.right_edge.i, "scope")
    fors = [t for t in sent if t.lower_ == "for" and t.dep_ in {"prep", "conj"} and _scope_object(t) is not None]
    for first in fors:
        negated = first.i > sent.start and doc[first.i - 1].lower_ in {"not", "never"}
        if negated:
            continue
        # for X, (but) not for Y: the second "for" negated after the first, the first on a judgement
        later = next((t for t in fors if t.i > first.i and doc[t.i - 1].lower_ in {"not", "never"}
                      and t.i - first.right_edge.i <= 4), None)
        if later is not None and _judgement(first.head):
            found += condition(sent, first.i, later.right_edge.i, "scope")
            continue
        # For X, <judgement with "be">: a fronted scope
        opening = next((t for t in sent if t.is_alpha), None)
        main = first.head
        if opening is not None and opening.i == first.i and main.lemma_ == "be" and main.dep_ in {"ROOT", "ccomp"} and any(
                c.dep_ in {"acomp", "attr", "prep"} for c in main.children if c.i > main.i) and not any(
                c.lower_ in {"would", "could", "will", "might"} for c in main.children):
            found += condition(sent, first.i, first.right_edge.i, "scope")
    return found
