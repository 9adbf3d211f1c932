"""The proposition's event said as a noun of being: "it is a recession", "the economy is in recession", "it looks like
a recession", and denied: "this is not a recession", "a slow spell, not a recession".

The stance words (polarity.py) read an event word only as a verb or as an adjective said of something, so a state
asked with a preposition ("Is the economy in recession?", proposition_state.py), whose event is a noun, was never
asserted: a statement calling it one had no side. A noun of the event that is the complement of a copula (its
attribute, or the object of a preposition on it, or of "like" after a verb of seeming) asserts it; a negation on
the noun or on its copula denies it. Not in an indirect question ("whether the country was in recession").
Read by stance.py only for a question that asks such a state (`asks_a_state`), and there before the stance words:
saying the state is the answer, whatever else the sentence weighs ("already in a recession the treasury is reluctant to
admit" read oppose by "reluctant"); tests/judge/test_proposition_state.py.
"""

from __future__ import annotations

from typing import Any

from .negation import negated
from .terms import Terms

BEING = frozenset({"be", "remain", "stay", "become"})
INDEFINITE = frozenset({"a", "an"})  # an identity's article: "a genuine Meissen"
SEEMING = frozenset({"look", "seem", "feel", "sound"})  # "it looks like a recession"
# The prepositions a state is said with after the copula (English's closed class, as the question's object opens):
# the rule is read only for such a question. Read for every question, it lost VALIDATE 1 and DEVELOP 3 besides
# q_recession ("the bus service was excellent value" under "Is the cable car better value than the bus service?").
PREPOSITIONS = frozenset({"in", "at", "on", "under", "out", "off", "beyond", "within", "into", "behind", "without",
                          "above", "below", "over", "outside", "inside", "among"})


def asks_a_state(prop: Any) -> bool:
    """The question asks a state said with a preposition after the copula ("be" / "in recession":
    proposition_state.py), or whether a thing is there at all ("Is there a shortage of nurses?", "Will there be a
    strike?": the copula with no subject, what is there its object, proposition.py's `_name_the_doer`): "there is no
    firewood shortage", "the lull was a strike in all but name" answer it as "it is a recession" answers the first
    (tests/judge/test_proposition_state.py::test_stance_on_what_is_said_to_be_there)."""
    obj = getattr(prop, "object", "") or ""
    if getattr(prop, "predicate", "") != "be" or not obj:
        return False
    # or an identity said with an indefinite article ("Is the vase found in the cellar a genuine Meissen?"): "it is not a
    # Meissen" answers it as "this is not a recession" answers the first (tests/judge/test_proposition_identity.py::
    # test_an_identity_said_or_denied)
    return obj.split(" ", 1)[0].lower() in PREPOSITIONS | INDEFINITE or not getattr(prop, "subject", "")


def said_state(tokens: list[Any], evidence: list[str], terms: Terms) -> int:
    """+1 / -1 for the first noun of the proposition's event said of something by a copula (denied: -1), 0 if none."""
    for tok in tokens:
        # the event's noun, or the object's head asked as an identity ("a genuine Meissen": a name, tagged either way)
        if not ((tok.pos_ == "NOUN" and tok.lemma_.lower() in terms.event) or (
                tok.pos_ in {"NOUN", "PROPN"} and terms.object_head and tok.lemma_.lower() == terms.object_head)):
            continue
        copula = _copula_of(tok)
        if copula is None or any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in copula.children):
            continue
        sign = -1 if negated(tok) or negated(copula) or _denied_beside(tok) else 1
        evidence.append(f"{'+' if sign > 0 else '-not '}{tok.text} said of it")
        return sign
    return 0


def _copula_of(tok: Any) -> Any:
    """The copula whose complement the noun is (through a list: "a pause, a slump"), or None."""
    noun = tok
    while noun.dep_ in {"conj", "appos"} and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ in {"attr", "oprd"} and head.lemma_.lower() in BEING:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and (
            head.head.lemma_.lower() in BEING or (head.lower_ == "like" and head.head.lemma_.lower() in SEEMING)):
        return head.head
    return None


def _denied_beside(tok: Any) -> bool:
    """A "not" right before the noun or its article in a list ("a slow spell, not a recession")."""
    doc = tok.doc
    first = tok.left_edge.i
    return first >= 1 and doc[first - 1].lower_ in {"not", "never"}


# Pronouns a copula's subject may be that stand for the question's thing ("it will be a sell-out"); not "he", "she"
# ("they" may stand for things or people: it is kept for the things).
THING_SUBJECTS = frozenset({"it", "this", "that", "they"})


def event_noun_said(tokens: list[Any], evidence: list[str], predicate: str, ours: frozenset[str]) -> int:
    """+1 / -1 for the noun a phrasal predicate's words make joined ("sell-out", "sellout" under "Will the fair sell
    out?", its hyphened form joined: hyphens.py) said by a copula of one of the question's subjects or things or of a
    pronoun ("the fair will be a sell-out"; "the fair was never a sell-out": -1); 0 if none. Read by stance.py when
    the stance words found no side. Not any noun of the act: "that offer is no settlement" under "settle" names the
    act's thing without saying it happens (read so for every act's noun, DEVELOP 6,373 -> 6,372: q_recall -3,
    q_settle, q_peace, q_better -1); tests/judge/test_said_state_event.py."""
    from .hyphens import hyphened

    words = predicate.lower().split()
    if len(words) != 2:
        return 0
    nouns = frozenset({"-".join(words), "".join(words)})
    joined = hyphened(tokens, nouns)
    for tok in tokens:
        word = joined.get(tok.i) or tok.lemma_.lower()
        if tok.pos_ != "NOUN" or word not in nouns:
            continue
        copula = _copula_of(tok)
        if copula is None or any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in copula.children):
            continue
        subjects = [c for c in copula.children if c.dep_ == "nsubj"]
        if not any(s.lower_ in THING_SUBJECTS or any(t.lower_ in ours or t.lemma_.lower() in ours for t in s.subtree)
                   for s in subjects):
            continue
        sign = -1 if negated(tok) or negated(copula) or _denied_beside(tok) else 1
        evidence.append(f"{'+' if sign > 0 else '-not '}{word} said of it (the act's own noun)")
        return sign
    return 0
