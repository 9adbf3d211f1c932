"""A question that asks whether its act was a fault (session 34): "Was the council wrong to close the library?", "Was
it a mistake to sell the port?", "Is it wrong for the club to charge fans?". The parse keeps the act ("close the
library") and lost the judgement of it, so every stance word was weighed toward the act: "the board got it badly wrong",
"they will appeal to overturn it" read as against the question, "the committee was right to act" as for it. The
judgement is negative when its word is a word of refusing or harm in the stance lexicon ("wrong", "mistake",
"reckless") or VADER scores it negative; a positive one ("right to", "fair to") asks about the act as it is. A judgement
of excess said of the act with an extraposed "it" ("Is it too soon to reopen the footbridge?", "Is it too late for
the trust to save the pier?", session 35) judges it negatively whatever its adjective: "too" says the act should not (or
can no longer) be done, so arguing for the act opposes; the parse reads the infinitive as the act (`excess_act`).

`faulted` reads the question's parse (judge/proposition.py, kept as Proposition.faulted and Terms.faulted); stance.py
turns the score of the statement's stance words (polarity.py) under it, with FAULT_NOTE as evidence, but not a state said
(said_state.py) nor VADER's evaluative words, which praise or blame the parties as often as the act.
Pinned by tests/judge/test_stance_fault.py.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.lexicon import NEGATIVE

# VADER valence under which a judgement of the act is a fault ("unfair" -2.1, "foolish" -1.9); "harsh" -1.9 too.
FAULT_VALENCE = -1.0
FAULT_NOTE = "the question asks whether the act was wrong: its stance words turned"
EXCESS_NOTE = "the question asks whether the act is excessive: its evaluative words turned"
# Degrees of earliness: under "Is it too soon / too early to V?" what is asked is when the act may come, so a clause of
# time on it ("not before the load test is done", "after the inspectors report") says the side's timing, no condition
# (stance.py `_with_conditions`; tests/judge/test_stance_fault.py::test_a_time_clause_under_too_soon_is_no_condition).
EARLINESS = frozenset({"soon", "early", "quick", "quickly", "fast", "hasty"})
# `faulted` not given the question's excess: it reads it itself.
UNREAD = object()


def faulted(root: Any, verb: Any, excess: Any = UNREAD) -> bool:
    """The question's copula judges its act negatively: "be" with a complement (acomp, attr) of negative judgement and
    the act an infinitive of the copula ("Was X wrong to V?", "Was it a mistake to V?", "Is it wrong for X to V?"), or
    an excess said of the act ("Is it too soon to V?": `excess_of`, passed in when the caller has read it)."""
    read = excess_of(root) if excess is UNREAD else excess
    if verb is not None and isinstance(read, tuple) and read[1].i == verb.i:
        return not any(c.dep_ == "neg" for c in root.children)
    if root is None or verb is None or root.lemma_ != "be" or verb.i == root.i or verb.head.i != root.i:
        return False
    if verb.dep_ not in {"advcl", "xcomp", "ccomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    judgement = next((c for c in root.children if c.dep_ in {"acomp", "attr"} and c.i < verb.i), None)
    return judgement is not None and not any(c.dep_ == "neg" for c in root.children) and _negative(judgement.lower_)


# A question of an act to come or owed ("Will ...", "Should ..."): its object's adjective describes, judges no act done.
MODAL_OPENING = re.compile(r"^\s*(?:will|would|should|shall|can|could|may|might|must|ought)\b", re.I)
# Prefixes of negation an adjective's antonym pair marks its judging member with ("immoderate" of moderate/immoderate,
# "unlawful" of lawful/unlawful): fault.judging_adjective.
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")


def judged_object(object_text: str, object_head: str, predicate: str, question: str = "") -> str:
    """The adjective of negative judgement the question's object carries before its head, which judges the act: "Did
    the rangers use excessive force at the camp?", "Did the landlord charge unfair rents?" ask whether the act was a
    fault (that force was used is not in doubt), "" when none. Not a copula's complement (`faulted`,
    evaluative.negative_property read those), nor an act asked to come or owed ("Will the city impose unpopular fees?"
    describes the fees, it asks the act). tests/judge/test_proposition_opened45.py::
    test_an_act_judged_by_its_objects_adjective."""
    from .wordnet import wordnet

    words = re.findall(r"[a-z][\w'-]*", object_text.lower())
    # the head as written ("rents" of the head "rent", "taxes" of "tax")
    at = next((k for k, w in enumerate(words) if w.startswith(object_head) and len(w) <= len(object_head) + 2), None)
    if not predicate or predicate.split()[0] == "be" or at is None or MODAL_OPENING.match(question):
        return ""
    # the adjectives written just before the head ("excessive force"; not "its stranded passengers compensation", whose
    # adjective is the passengers'), each an adjective, never a noun too ("criminal charges" classifies them)
    for word in reversed(words[:at]):
        if not wordnet().synsets(word, "adj") or wordnet().synsets(word, "noun"):
            return ""
        if _negative(word) or judging_adjective(word):
            return word
    return ""


def judging_adjective(word: str) -> bool:
    """The adjective is the negated member of a WordNet antonym pair ("unlawful" of lawful, "disproportionate"), or its
    first sense is similar to one ("excessive" -> "immoderate" of moderate): a judgement that the thing falls short of a
    norm, whatever VADER scores it (VADER scores none of these)."""
    from .wordnet import SIMILAR, wordnet

    net = wordnet()
    # (a word of a pair is read alone; a satellite, with no antonym of its own, through the head it is similar to)
    heads = [word] if net.antonyms(word, "adj", senses=1) else sorted(net.related(word, "adj", SIMILAR, senses=1))
    return any(head == prefix + other for head in heads for other in net.antonyms(head, "adj", senses=1)
               for prefix in NEGATING_PREFIXES)


# Adjectives of knowing, likelihood and ability, which pair with a negated member too ("unclear", "unable", "unlikely")
# but judge no act: general English, written here.
EPISTEMIC = frozenset({"clear", "unclear", "able", "unable", "possible", "impossible", "certain", "uncertain", "sure",
                       "unsure", "known", "unknown", "aware", "unaware", "likely", "unlikely", "usual", "unusual",
                       "common", "uncommon", "familiar", "unfamiliar", "available", "unavailable", "precedented",
                       "unprecedented", "expected", "unexpected", "related", "unrelated", "happy", "unhappy"})
NORM_NOTE = "the question judges its act by its object's adjective"


def norm_said(tokens: list[Any], evidence: list[str]) -> int:
    """Under a question that judges its act by its object's adjective ("Did the rangers use excessive force?": Terms.judged),
    what the statement's adjectives say of the judgement: a negated member of a WordNet antonym pair, or a satellite of
    one (`judging_adjective`: "excessive", "unlawful", "disproportionate", "unnecessary"), says the fault (+1); the
    other member ("lawful", "proportionate", "necessary") that the act met its norm (-1); a negation turns either ("not
    excessive", "nothing about it was proportionate"). Not VADER's words (evaluate reads them) nor those of knowing
    or likelihood ("unclear"). tests/judge/test_proposition_opened45.py::test_the_judgement_and_its_antonyms_said."""
    from .evaluative import lexicon
    from .negation import negated
    from .wordnet import wordnet

    total = 0
    said: list[str] = []
    for tok in tokens:
        word = tok.lower_
        if tok.pos_ != "ADJ" or word in EPISTEMIC or word in lexicon():
            continue
        if judging_adjective(word):
            sign = 1
        elif any(other == prefix + word for other in wordnet().antonyms(word, "adj", senses=1)
                 for prefix in NEGATING_PREFIXES):
            sign = -1
        else:
            continue
        sign = -sign if negated(tok) else sign
        total += sign
        said.append(f"{'+' if sign > 0 else '-'}{tok.text}")
    if total:
        evidence.append(f"{NORM_NOTE}: {', '.join(said[:4])}")
    return (total > 0) - (total < 0)


def _negative(word: str) -> bool:
    from .evaluative import lexicon

    return word in NEGATIVE or lexicon().get(word, 0.0) <= FAULT_VALENCE


def excess_degree(root: Any) -> Any:
    """The word "too" is said of in an extraposed judgement ("soon" of "Is it too soon to V?"), or None."""
    if root is None or root.lemma_ != "be" or not any(
            c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ in {"acomp", "advmod", "attr"}
                 and any(g.dep_ == "advmod" and g.lower_ == "too" for g in c.children)), None)


def excess_act(root: Any) -> Any:
    """The act an extraposed judgement of excess is said of, or None (`excess_of`)."""
    return read[1] if (read := excess_of(root)) is not None else None


def excess_of(root: Any) -> tuple[Any, Any] | None:
    """The degree and the act of an extraposed judgement of excess, or None: "be" with "it" as its subject, a
    complement or adverb carrying "too" ("too soon", "too late", "too risky"), and an infinitive after it, on that word
    or on the copula ("Is it too soon to reopen the footbridge?" -> (soon, reopen); "Is it too late for the trust to
    save the pier?" -> (late, save)). Not a subject of its own judged ("Is the dam too old to be safe?" asks a property
    of the dam). Read once by the question's parse for `faulted` and Proposition.excess (session 36: it was read
    again by each). tests/judge/test_stance_fault.py::test_an_excess_said_of_the_act."""
    if (degree := excess_degree(root)) is None:
        return None
    act = next((c for t in (degree, root) for c in t.children if c.dep_ in {"xcomp", "advcl", "ccomp"}
                and c.i > degree.i and c.pos_ in {"VERB", "AUX"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return (degree, act) if act is not None else None
