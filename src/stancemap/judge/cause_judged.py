"""A cause asked about, judged right or wrong, or said to have changed the outcome (issue 9, sessions 43-44).

"Did the umpire's ruling cost the Vendrath Ostlings the shield?", "Did the toll rise cause the slump in trade?" ask
whether the question's subject brought its object about. Session 43 read only a decision's nouns under "cost"; session
44 reads any cause the question names, in WordNet's terms (`wordnet.py`):

- the question asks of a cause (`decision_asked`) when its predicate is a verb of causing or of necessitating (a
  sense among its first two under "cause", "bring about", "give rise", or below "necessitate": cause, trigger, lead,
  cost "require to lose"; not "need") and its subject is an act, an event or a thing, no person, body or place
  (`_a_cause`: a ruling, a red card, a toll rise, a storm);
- the nouns that name the cause (`cause_nouns`) are the subject's head noun, its WordNet synonyms and hyponyms ("call",
  "move" of "decision"), the synset right above it ("choice" of "decision", "judicial decision" of "ruling"), and "it",
  "this", "that" (counterfactual.REFERRING);
- a cause of a harm (`harm_asked`: "cost", or an outcome VADER scores as bad) that is a choice someone made
  (`judged_cause`: WordNet's noun.act, noun.cognition, noun.communication: a
  decision, a ruling, a call, a penalty; not a mine or a storm, nor a red "card", which WordNet files as a thing) is
  judged: a speaker who calls it wrong ("the umpire got the ruling wrong", "the ruling was a mistake") argues that it
  brought the harm about, one who calls it right or backs it ("the ruling was correct", "the ruling was supported by
  the replay") that it did not; the stance words read "wrong" against the question and "supported" for it, as if the
  question asked for the cause: here their sign turns (not the question's own words, "blamed", "the cause");
- "it made no difference", "it changed everything", "the result would be the same without it", said of the cause, is
  the counterfactual outcome any question of a cause asks about (`difference_said`; the outcome's nouns are WordNet's
  synonyms of "outcome" and the question's own object).

stance.py calls `judged_decision` after the stance words. tests/judge/test_proposition_opened43.py,
tests/judge/test_cause_judged.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .counterfactual import REFERRING, RIGHTNESS, unreal_past
from .proposition_phrases import head_noun
from .proposition_terms import is_event_noun
from .wordnet import (
    ACT_FILES,
    HYPERNYM,
    NOUN_ACT,
    NOUN_COGNITION,
    NOUN_COMMUNICATION,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_PERSON,
    NOUN_PHENOMENON,
    wordnet,
)

# WordNet's synsets above a verb of causing ("cause", "trigger", "lead", "bring about") or of necessitating ("cost":
# "require to lose, suffer, or sacrifice", under "necessitate").
CAUSED = frozenset({"cause", "bring about", "give rise"})
NECESSITATING = frozenset({"necessitate"})
# WordNet's lexicographer files of a cause one can call right or wrong: noun.act, noun.cognition, noun.communication.
CHOSEN = frozenset({NOUN_ACT, NOUN_COGNITION, NOUN_COMMUNICATION})
# WordNet's lexicographer files of those who act: noun.person, noun.group, noun.location.
AGENTS = frozenset({NOUN_PERSON, NOUN_GROUP, NOUN_LOCATION})
# The senses of a cause whose kinds name it too: a thing done or happening ("decision", "storm"); not "cut" as a share.
HAPPENING_FILES = ACT_FILES | {NOUN_PHENOMENON}
# Words calling a decision right (+1) or wrong (-1) that the stance words do not weigh: counterfactual's RIGHTNESS, and
# "justified", "fair" (general English). Called right, it did not cost them (-1); wrong, it did (+1).
CALLED_RIGHT = {**RIGHTNESS, "justified": 1, "fair": 1}
# The dependencies of a word said of a noun: the copula's complement ("was wrong"), a verb's result ("got it wrong").
SAID_OF = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp"})
# Hyponym pointers of WordNet's data files (a kind of, an instance of).
HYPONYMS = frozenset({"~", "~i"})


def _head(question: Any) -> tuple[str, str]:
    """The question's predicate verb and its subject's head noun ("cost", "ruling")."""
    prop = getattr(question, "proposition", None)
    if prop is None:
        return "", ""
    verb = (getattr(prop, "predicate", "") or "").lower().split()
    words = (getattr(prop, "subject", "") or "").lower().split()
    return (verb[0] if verb else ""), (words[-1] if words else "")


@lru_cache(maxsize=1024)
def causes(verb: str) -> bool:
    """A verb with a sense among its first two that is or falls under a verb of causing (CAUSING: "cause", "trigger",
    "lead"), or falls under one of necessitating ("cost"; not "need", "require", that sense itself)."""
    net = wordnet()
    for offset in net.synsets(verb, "verb")[:2]:
        own = net.hypernym_words(offset, "verb", 0)
        if (net.hypernym_words(offset, "verb", 3) - (own if not own & CAUSED else set())) & (CAUSED | NECESSITATING):
            return True
    return False


def decision_asked(question: Any) -> str:
    """The head noun of the question's subject when the question asks whether that act or event brought its object
    about ("the umpire's ruling" -> "ruling", "the toll rise" -> "rise"), or ""."""
    prop = getattr(question, "proposition", None)
    if prop is None or getattr(prop, "negated", False):
        return ""
    verb, head = _head(question)
    return head if head and verb and causes(verb) and _a_cause(head) else ""


def _a_cause(head: str) -> bool:
    """An act, an event or a thing, as WordNet files the noun's first sense: not a person, a body or a place (AGENTS),
    who act themselves ("Did the council cost them the cup?" asks of its doings, not of a thing judged)."""
    if is_event_noun(head):
        return True
    files = wordnet().lexfiles(head, "noun", 1)
    return bool(files) and files[0] not in AGENTS


def harm_asked(question: Any) -> bool:
    """The question asks whether its cause brought a harm about, so that a cause called wrong argues it did: a verb of
    necessitating ("cost": require to lose), or an object VADER scores as bad ("the strike", "the deaths", "a
    recession"); not a good or an unscored outcome ("lower prices": calling the cause right there argues for it)
    (tests/judge/test_cause_judged.py::test_a_cause_of_a_good_outcome_is_not_turned)."""
    from .evaluative import lexicon

    verb, _ = _head(question)
    net = wordnet()
    if any(net.hypernym_words(o, "verb", 3) & NECESSITATING and not net.hypernym_words(o, "verb", 3) & CAUSED
           for o in net.synsets(verb, "verb")[:2]):
        return True
    head = next(iter(sorted(outcome_nouns(question) - wordnet().synonyms("outcome", "noun", senses=1) - {"outcome"})), "")
    valence = lexicon().get(head, lexicon().get(head[:-1], 0.0) if head.endswith("s") else 0.0)
    return valence < 0


@lru_cache(maxsize=1024)
def judged_cause(head: str) -> bool:
    """The cause is a choice someone made, which can be called right or wrong (CHOSEN: "decision", "ruling", "penalty",
    "call"); not a thing or an event ("mine", "storm": "the mine was rejected as the cause" is no verdict on a choice)
    (tests/judge/test_cause_judged.py::test_a_thing_asked_as_a_cause_is_not_judged)."""
    return bool(set(wordnet().lexfiles(head, "noun", 1)) & CHOSEN)


@lru_cache(maxsize=1024)
def decision_nouns(decision: str) -> frozenset[str]:
    """The nouns that name the cause asked about: its head noun, its WordNet synonyms in its first two senses and
    hyponyms in those of them that are acts, events, processes or phenomena (HAPPENING_FILES), and the words of the
    synset right above its first when it is one ("decision" -> "call", "move", "choice"; "ruling" -> "judicial
    decision")."""
    net = wordnet()
    out = {decision} | net.synonyms(decision, "noun", senses=2)
    for k, offset in enumerate(net.synsets(decision, "noun")[:2]):
        if net.lexfile_of(offset, "noun") not in HAPPENING_FILES:
            continue  # a sense of a thing done or happening only: not "cut" -> share, portion (the review of session 44, item 9;
            # tests/judge/test_cause_judged.py::test_the_cause_and_outcome_nouns_come_from_wordnet)
        _, pointers = net._synset(offset, "noun")
        for symbol, target, pos, _s, _t in pointers:
            if symbol in HYPONYMS or (symbol == HYPERNYM and k == 0):
                out |= net._words(target, "noun" if pos == "n" else pos)
    return frozenset(w for w in out if " " not in w)


def _names(tok: Any, nouns: frozenset[str]) -> bool:
    """The phrase names the cause (`decision_nouns`), or is "it", "this", "that" (counterfactual.REFERRING)."""
    return tok.lower_ in REFERRING or any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in tok.subtree)


def _of_decision(tok: Any, nouns: frozenset[str]) -> bool:
    """`tok` is said of the cause (`nouns`: `decision_nouns`; or a phrase that is "it", "this", "that"): the copula's
    complement whose subject names it ("the ruling was wrong"), a verb done to it ("supported the ruling", "the ruling was
    supported"), a result said of its object ("got the ruling wrong"), an adjective on one of its nouns ("the right
    ruling"); not a word said of the team or the prize ("the Ostlings deserved the shield")."""
    if tok.dep_ == "amod" and tok.head.lemma_.lower() in nouns:
        return True
    if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"dobj", "nsubjpass"} and _names(c, nouns) for c in tok.children):
        return True
    if tok.dep_ in SAID_OF and tok.head.i != tok.i:
        return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _names(c, nouns) for c in tok.head.children)
    return False


def said_of_decision(nouns: frozenset[str]) -> Callable[[Any], bool]:
    """The test of a word said of the cause (`_of_decision`), for the evaluative words ("the ruling was a disgrace":
    it cost them; evaluative.evaluate's `turned`)."""
    return lambda tok: _of_decision(tok, nouns)


def judged_decision(tokens: list, terms: Any, nouns: frozenset[str], evidence: list[str]) -> int:  # type: ignore[type-arg]
    """The change to a statement's score where it judges the cause: each stance word said of it turned (twice its
    sign: its own weight taken back, the other way counted), and "right" or "wrong" with no stance weight counted
    (-1, +1); 0 when it judges none."""
    from .negation import negated
    from .polarity import word_sign

    change = 0
    for tok in tokens:
        if not _of_decision(tok, nouns) or tok.lemma_.lower() in terms.event:
            continue  # ("the ruling was blamed" under "cause": the question's own act is said, not the choice judged)
        sign = word_sign(tok, terms)
        if sign != 0:
            change -= 2 * sign
            evidence.append(f"{'+' if sign < 0 else '-'}{tok.text} (said of the decision asked as a cause: turned)")
        elif (word := tok.lemma_.lower()) in CALLED_RIGHT:
            cost = -CALLED_RIGHT[word] * (-1 if negated(tok) else 1)
            change += cost
            evidence.append(f"{'+' if cost > 0 else '-'}{tok.text} (the decision asked as a cause called "
                            f"{'right' if CALLED_RIGHT[word] > 0 else 'wrong'})")
    return change


def outcome_nouns(question: Any) -> frozenset[str]:
    """The nouns of how things came out: WordNet's synonyms of "outcome" in its first sense, and the head of the
    question's object (what the cause is asked to have brought about: "the shield", "the slump")."""
    prop = getattr(question, "proposition", None)
    head = head_noun(getattr(prop, "object", "") or "") if prop is not None else ""
    return frozenset({"outcome"} | wordnet().synonyms("outcome", "noun", senses=1) | ({head} if head else set()))


def _nothing_else_taken(same: Any, nouns: frozenset[str]) -> bool:
    """"the result would have been the same" takes the cause away only when it names nothing else changed: no "with" or
    "without" another thing, no if-clause or adverbial clause on another ("the same with a stronger grid", "the same if
    the engineers had been on duty": the review of session 44, item 7; tests/judge/test_cause_judged.py::
    test_an_outcome_the_same_with_something_else_taken_away_is_no_side)."""
    for word in (same, same.head):
        for c in word.children:
            if c.dep_ == "prep" and c.lower_ in {"with", "without"} and not any(
                    o.dep_ == "pobj" and _names(o, nouns) for o in c.children):
                return False
            if c.dep_ == "advcl" and not any(_names(t, nouns) for t in c.subtree if t.pos_ in {"NOUN", "PROPN", "PRON"}):
                return False
    return True


def _caused_by(verb: Any, nouns: frozenset[str]) -> bool:
    """The subject of "make" or "change" is the cause (`_names`): "the ruling made no difference", "it changed
    everything"; not another cause ("the rain made no difference", "the new manager changed everything")."""
    return any(c.dep_ == "nsubj" and _names(c, nouns) for c in verb.children)


def _without_it(same: Any, nouns: frozenset[str]) -> bool:
    """"the same without X", X the cause (`_names`): "the result would be the same without it"; not "without the
    new striker"."""
    preps = [c for w in (same, same.head) for c in w.children if c.dep_ == "prep" and c.lower_ == "without"]
    return any(o.dep_ == "pobj" and _names(o, nouns) for p in preps for o in p.children)


def difference_said(tokens: list, evidence: list[str], nouns: frozenset[str],  # type: ignore[type-arg]
                    outcomes: frozenset[str] = frozenset({"outcome", "result"})) -> int:
    """+1 where a statement says the cause (`nouns`: `decision_nouns`, or "it", "this", "that") changed how things came
    out ("it made the difference", "the ruling changed everything"), -1 where it says it did not ("it made no
    difference", "the result would be the same without it"): the counterfactual outcome that a question of a cause
    asks about (`outcomes`: `outcome_nouns`); 0 otherwise."""
    from .negation import negated

    changed = outcomes | {"everything"}
    for tok in tokens:
        lemma = tok.lemma_.lower()
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        sign = 0
        if tok.pos_ == "VERB" and lemma == "make" and any(o.lemma_.lower() == "difference" for o in objects) \
                and _caused_by(tok, nouns):
            none = any(d.lower_ in {"no", "little"} for o in objects for d in o.children if d.dep_ == "det")
            sign = -1 if none else 1
        elif tok.pos_ == "VERB" and lemma == "change" and any(o.lemma_.lower() in changed for o in objects) \
                and _caused_by(tok, nouns):
            sign = 1
        elif lemma == "same" and tok.dep_ in {"acomp", "attr"} and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in outcomes for c in tok.head.children) and (
                _without_it(tok, nouns) or (unreal_past(tok.head) and _nothing_else_taken(tok, nouns))):
            sign = -1
        if sign == 0:
            continue
        if negated(tok):
            sign = -sign
        evidence.append(f"{'+' if sign > 0 else '-'}{tok.text} (the outcome {'changed' if sign > 0 else 'unchanged'})")
        return sign
    return 0
