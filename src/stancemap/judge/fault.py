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
from .evaluative import MODALS

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
    if root is not None and verb is not None and root.lemma_ == "be" and verb.i == root.i:
        # "Was the board wrong to impose fees?" read with the infinitive on "wrong" and the copula as the verb: the same
        # judgement (tests/judge/test_judge_review45.py::test_a_done_act_called_right_under_a_question_of_its_fault)
        judgement = next((c for c in root.children if c.dep_ in {"acomp", "attr"}), None)
        return judgement is not None and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in judgement.children) and not any(c.dep_ == "neg" for c in root.children) and _negative(
            judgement.lower_)
    if root is None or verb is None or root.lemma_ != "be" or verb.i == root.i or verb.head.i != root.i:
        return False
    if verb.dep_ not in {"advcl", "xcomp", "ccomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    judgement = next((c for c in root.children if c.dep_ in {"acomp", "attr"} and c.i < verb.i), None)
    return judgement is not None and not any(c.dep_ == "neg" for c in root.children) and _negative(judgement.lower_)


# A question of an act to come or owed ("Will ...", "Should ..."): its object's adjective describes, judges no act done.
# "Is the council going to impose ...?" too (tests/judge/test_judge_review45.py::test_an_act_to_come_judges_no_object)
MODAL_OPENING = re.compile(rf"^\s*(?:(?:{MODALS}|ought)\b|(?:is|are|am|isn't|aren't)\b.*\bgoing to\b)", re.I)
# A present progressive's opening: "Are the landlords charging unfair rents?" asks an act going on, not one done.
PRESENT_OPENING = re.compile(r"^\s*(?:is|are|am|isn't|aren't)\b", re.I)
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

    if not object_head or not predicate or predicate.split()[0] == "be" or MODAL_OPENING.match(question) or (
            PRESENT_OPENING.match(question) and _progressive(predicate.split()[0], question)):
        return ""  # (no head: every word would match it)
    words = re.findall(r"[a-z][\w'-]*", object_text.lower())
    # the head as written ("rents" of the head "rent", "penalties" of "penalty", "women" of "woman")
    at = next((k for k, w in enumerate(words) if object_head in _singulars(w)), None)
    if at is None:
        return ""
    # the adjectives written just before the head ("excessive force"; not "its stranded passengers compensation", whose
    # adjective is the passengers'), each an adjective, never a noun too ("criminal charges" classifies them)
    for word in reversed(words[:at]):
        if not wordnet().synsets(word, "adj") or wordnet().synsets(word, "noun"):
            return ""
        if _negative(word) or judging_adjective(word):
            return word
    return ""


def _singulars(word: str) -> set[str]:
    """The word and its singulars as WordNet's morphy reads a noun: its exception list ("women" -> "woman"), then the
    regular endings ("penalties" -> "penalty", "taxes" -> "tax", "rents" -> "rent")."""
    from .wordnet import wordnet

    out = {word, *wordnet().base_forms(word, "n")}
    for ending, put in (("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            out.add(word[:-len(ending)] + put)
    return out


def _progressive(verb: str, question: str) -> bool:
    """The question says its verb in "-ing" ("charging" of "charge", "stopping" of "stop")."""
    forms = {f"{verb}ing", f"{verb[:-1]}ing" if verb.endswith("e") else "", f"{verb}{verb[-1:]}ing"} - {""}
    return any(w in forms for w in re.findall(r"[a-z]+", question.lower()))


def judging_adjective(word: str) -> bool:
    """The adjective is the negated member of a WordNet antonym pair ("unlawful" of lawful, "disproportionate"), or its
    first sense is similar to one ("excessive" -> "immoderate" of moderate): a judgement that the thing falls short of a
    norm, whatever VADER scores it (VADER scores none of these)."""
    from .wordnet import SIMILAR, wordnet

    net = wordnet()
    # (a word of a pair is read alone; a satellite, with no antonym of its own, through the head it is similar to)
    heads = [word] if net.antonyms(word, "adj", senses=1) else sorted(net.related(word, "adj", SIMILAR, senses=1))
    # (not a privative of a participle, which classifies: "unarmed", "unpaid", "unsigned"; tests/judge/
    # test_judge_review45.py::test_a_privative_participle_judges_nothing)
    return any(head == prefix + other and not _participle(other) for head in heads
               for other in net.antonyms(head, "adj", senses=1) for prefix in NEGATING_PREFIXES)


def _participle(word: str) -> bool:
    """The word is the past participle of a WordNet verb ("armed" of "arm", "paid" of "pay")."""
    from .wordnet import wordnet

    net = wordnet()
    return word.endswith(("ed", "en", "id", "wn", "ne")) and any(
        base != word and net.synsets(base, "v") for base in [*net.base_forms(word, "v"), word[:-2], word[:-1]])


# Adjectives of knowing, likelihood and ability, which pair with a negated member too ("unclear", "unable", "unlikely")
# but judge no act: general English, written here.
EPISTEMIC = frozenset({"clear", "unclear", "able", "unable", "possible", "impossible", "certain", "uncertain", "sure",
                       "unsure", "known", "unknown", "aware", "unaware", "likely", "unlikely", "usual", "unusual",
                       "common", "uncommon", "familiar", "unfamiliar", "available", "unavailable", "precedented",
                       "unprecedented", "expected", "unexpected", "related", "unrelated", "happy", "unhappy"})
NORM_NOTE = "the question judges its act by its object's adjective"


# Subjects of a copula that stand for the act judged ("it was excessive", "that was unlawful").
ACT_PRONOUNS = frozenset({"it", "this", "that"})
# WordNet's lexicographer file of nouns of acts ("use", "response", "handling"): a copula's subject said of the act.
NOUN_ACT = 4


def said_of_act(tok: Any, terms: Any) -> bool:
    """The adjective is said of the act judged: on the object's head ("excessive force", "force that was not
    excessive"), or a copula's complement whose subject is the object's head, the act's own noun, "it", or a noun of an
    act whose phrase names the question's thing ("the wardens' response was lawful"); not an adjective on another noun
    ("an independent inquiry") nor said of one ("the report was incomplete")
    (tests/judge/test_judge_review45.py::test_the_judgement_said_of_the_act_only)."""
    from .bad_state import copula_subject
    from .wordnet import wordnet

    head = terms.object_head

    def the_act(noun: Any) -> bool:
        return noun.lower_ in ACT_PRONOUNS or noun.lemma_.lower() in ({head} - {""}) | terms.event

    adjective = tok
    while adjective.dep_ == "conj" and adjective.head.i != adjective.i:  # "gratuitous and unlawful"
        adjective = adjective.head
    if adjective.dep_ == "amod":  # "excessive force", "an unlawful use of force"
        return the_act(adjective.head)
    if adjective.dep_ in {"oprd", "ccomp", "xcomp"} and any(  # "call the force excessive", "found it unlawful"
            c.dep_ in {"dobj", "nsubj"} and c.i < adjective.i and the_act(c)
            for c in [*adjective.children, *adjective.head.children]):
        return True
    subject = copula_subject(tok)
    if subject is None:
        return False
    word = subject.lemma_.lower()
    if the_act(subject):
        return True
    return subject.pos_ == "NOUN" and NOUN_ACT in wordnet().lexfiles(word, "n", senses=2) and any(
        t.lemma_.lower() in terms.things for t in subject.subtree if t.i != subject.i)


def norm_said(tokens: list[Any], evidence: list[str], terms: Any = None) -> int:
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
        if tok.pos_ != "ADJ" or word in EPISTEMIC or word in lexicon() or (terms is not None and not said_of_act(tok, terms)):
            continue
        if judging_adjective(word):
            sign = 1
        elif not _participle(word) and any(other == prefix + word for other in wordnet().antonyms(word, "adj", senses=1)
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
