"""The words stance is judged with, from the question's proposition (judge/proposition.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ..model import Question
from .deadline import deadline_of
from .thresholds import bound_of

WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class Terms:
    """event: words naming the proposition's act ("join", "membership"; "pass", "passage");
    participants: words of the names in it; things: nouns naming what it is about, the corpus's own
    included ("bill", "the deal"); opposites: words for its opposite ("neutrality", "lose")."""
    event: frozenset[str]
    participants: frozenset[str]
    things: frozenset[str]
    opposites: frozenset[str]
    subject_is_person: bool = False
    anchors: frozenset[str] = frozenset()
    object_words: frozenset[str] = frozenset()  # the nouns of the question's object ("cruise", "ship")
    privative: bool = False  # the predicate takes its object away ("ban", "phase out")
    # Verbs that say the predicate in other words: WordNet synonyms in its two most frequent senses
    # ("resign" -> "quit", "step down"; "sack" -> "fire", "dismiss"), phrasal ones with their particle.
    kin: frozenset[str] = frozenset()
    subject_words: frozenset[str] = frozenset()  # the question's subject ("minister" of "the minister")
    departing: bool = False  # the predicate takes the subject away ("resign", "step down", "fall")
    # The state the act brings about ("reopen" -> open) and its opposite ("closed", "shut"): judge/state.py.
    states: frozenset[str] = frozenset()
    other_states: frozenset[str] = frozenset()
    # The question's own words ("the water compact" even when the parser read no noun in it): kin.py.
    words: frozenset[str] = frozenset()
    object_head: str = ""  # the object's head noun ("ship" of "large cruise ships")
    # A quantity's bound the outcome passes ("fall below 3 percent"): direction, value, in percent (judge/thresholds.py).
    bound: tuple[int, float, bool] = (0, 0.0, False)
    # The subject is a thing, no person or body ("the toll", "the bypass"): what does the act is its
    # instrument, not one who decides it (judge/evaluative.py).
    instrument: bool = False
    # The question's own nouns besides its subject and act, with their WordNet derivations ("deaths" -> death, die):
    # words that name its things, never a judgement of it (judge/outcome.py).
    akin: frozenset[str] = frozenset()
    # What a verb of acting against governs in the question ("to tackle poverty" -> poverty): judge/outcome.py.
    fought: frozenset[str] = frozenset()
    # A comparison's other option, the words after "than" the subject does not share ("diesel" of "Are electric buses
    # cheaper than diesel ones?"), and the subject's own words it does not share ("electric"): `rival_words`.
    rival: frozenset[str] = frozenset()
    own_option: frozenset[str] = frozenset()
    # The question asks whether its act was a fault ("wrong to close the library"): judge/fault.py.
    faulted: bool = False
    # The degree a faulted question's "too" judges excessive in its act ("soon" of "too soon to reopen"): fault.py.
    excess: str = ""
    # The question asks the order of two options ("build the library before the pool"): judge/order.py.
    ordered: bool = False
    # The question's deadline ("by 2031": ("year", 2031); "this year": ("next", "year")): judge/deadline.py.
    deadline: tuple[str, int | str] | None = None
    # The question judges an act already done ("Should X have sacked him?", "Was X right to sack him?"): a statement's
    # own "should have" says the course it wanted instead (judge/counterfactual.py).
    past_act: bool = False
    # The words of the question's place ("hollin", "common" of "build flats on Hollin Common"): judge/rival_place.py.
    place: frozenset[str] = frozenset()
    # The question says its subject is something bad ("Is the harbour wall an eyesore?", "Is the ferry a folly?"):
    # praise of it answers no, so its evaluative words are turned (judge/evaluative.py `negative_property`).
    negative_property: bool = False
    # The adjective of negative judgement on the question's object ("excessive" of "Did the rangers use excessive
    # force?"): the act is asked as a fault, its evaluative words and the learned layer's sides turned (judge/fault.py
    # `judged_object`), its stance words not (they weigh the act, whose doing is not in doubt).
    judged: str = ""
    # The question asks whether its subject is in a bad state said in the passive ("Is the well water contaminated?"): a good
    # word said of its thing by a copula answers no ("the water is clean"): judge/bad_state.py.
    bad_state: bool = False

    @cached_property  # read for every passage judged
    def topic(self) -> frozenset[str]:
        """Words whose mention makes a passage about the question."""
        return self.event | self.anchors | self.things | self.opposites


EMPTY = Terms(frozenset(), frozenset(), frozenset(), frozenset())


def terms_of(question: Question | None) -> Terms:
    if question is None:
        return EMPTY
    prop = question.proposition
    if prop is None:
        words = {w.lower() for w in WORD.findall(question.text) if w[:1].isupper() or w.isupper()}
        return Terms(frozenset(), frozenset(words), frozenset(), frozenset(), anchors=frozenset(words))
    return _terms(question.text, tuple(prop.event), tuple(prop.participants), tuple(prop.things) + tuple(prop.corpus_terms),
                  tuple(prop.opposites), bool(prop.subject_is_person), tuple(prop.anchors),
                  tuple(getattr(prop, "object_words", ())), bool(getattr(prop, "privative", False)),
                  # the predicate as looked up ("lie", not "lie to"; "be safe", not "be"): Proposition.verb
                  getattr(prop, "verb", "") or getattr(prop, "predicate", ""), getattr(prop, "subject", ""),
                  getattr(prop, "object_head", ""), getattr(prop, "compared_with", ""), bool(getattr(prop, "faulted", False)),
                  getattr(prop, "excess", "") or "", getattr(prop, "object", "") or "",
                  bool(getattr(prop, "past_act", False)), getattr(prop, "place", "") or "")


@lru_cache(maxsize=8)
def _terms(text: str, event: tuple[str, ...], participants: tuple[str, ...], things: tuple[str, ...],
           opposites: tuple[str, ...], person: bool, anchors: tuple[str, ...], object_words: tuple[str, ...] = (),
           privative: bool = False, predicate: str = "", subject: str = "", object_head: str = "",
           compared_with: str = "", faulted: bool = False, excess: str = "", object_text: str = "",
           past_act: bool = False, place: str = "") -> Terms:
    kin = kin_verbs(predicate, transitive=bool(object_head)) - set(event) - set(opposites)
    from .rival_doer import idiom_acts

    kin |= idiom_acts(predicate) - set(event) - set(opposites)  # "foot the bill" -> "pay" (rival_doer.py; its tests)
    kin |= giving_acts(predicate, object_head) - set(event) - set(opposites)  # "owe them compensation" -> "pay"
    subject_words = words_of(subject)
    departing = departs(predicate, person, subject_words)
    # a departure is privative as a reader reads the question (the subject leaves its post: Proposition.privative), but
    # what it takes away is its subject, which `departing` reads; `privative` is an object taken away
    privative = privative and not departing
    states, other_states = result_states(predicate)
    terms = Terms(frozenset(event), frozenset(participants), frozenset(things), frozenset(opposites), person,
                 frozenset(anchors), frozenset(object_words), privative, frozenset(kin), frozenset(subject_words),
                 departing, frozenset(states), frozenset(other_states),
                 frozenset(w.lower() for w in WORD.findall(text)), object_head=object_head, bound=bound_of(text),
                 instrument=instrument(subject), faulted=faulted, excess=excess, deadline=deadline_of(text),
                 past_act=past_act, place=frozenset(words_of(place)))
    from .bad_state import bad_state
    from .evaluative import negative_property
    from .fault import judged_object
    from .outcome import akin_words, fought_words

    # an order of two options ("build the library before the pool": no "than") sets the object against the other one
    # (proposition_order.py), and the other option's words make a passage about the question
    ordered = bool(compared_with) and "than" not in terms.words
    if ordered:  # a name's number is no figure compared ("the Route 9 ferry pier": test_stance_order.py::
        # test_a_number_in_the_other_options_name_is_no_figure)
        compared_with = " ".join(w for w in compared_with.split() if not any(ch.isdigit() for ch in w))
    rival, own = comparison(compared_with, object_text if ordered else subject)
    if ordered:  # the object's nouns name it, not its adjectives ("the new library": the pool is new too)
        own = frozenset(w for w in own if _noun(w))
    return replace(terms, akin=akin_words(text, terms, frozenset(words_of(predicate))), fought=fought_words(text),
                   rival=rival, own_option=own, ordered=ordered, things=terms.things | (rival if ordered else frozenset()),
                   negative_property=negative_property(predicate, object_text, text),
                   bad_state=bad_state(predicate, text),
                   judged=judged_object(object_text, object_head, predicate, text))


# Where the other option of "than" ends ("cheaper than diesel ones for the city": a preposition or a clause after it).
RIVAL_ENDS = frozenset({"for", "in", "at", "on", "to", "by", "with", "over", "under", "when", "if", "as", "from", "of",
                        "and", "or", "because", "after", "before", "during"})
# Words of the other option that name nothing of it: determiners, pro-forms ("diesel ones").
RIVAL_EMPTY = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "one",
                         "ones", "it", "they", "them", "any", "other", "current", "existing", "present"})


def comparison(option: str, subject: str) -> tuple[frozenset[str], frozenset[str]]:
    """A comparison's two options told apart, from the other option as the question's parse reads it
    (`Proposition.compared_with`): `rival_words`, and the subject's words the other option does not share (its head noun
    too when the other option stands for it with "one": "electric buses ... than diesel ones" -> electric); both empty
    when the question compares nothing."""
    subject_words = words_of(subject)
    rival = rival_words(option, subject_words)
    if not rival:
        return frozenset(), frozenset()
    phrase = set(WORD.findall(option.lower()))
    own = subject_words - phrase
    head = [w for w in WORD.findall(subject.lower()) if w in own]
    if phrase & {"one", "ones"} and len(head) > 1:
        own -= {head[-1]}
    return rival, frozenset(_with_singulars(own))


def rival_words(option: str, subject_words: set[str]) -> frozenset[str]:
    """The other option of a comparison as the question's parse reads it (`Proposition.compared_with`: "the bus upgrade"
    of "Is the tram better value than the bus upgrade?" -> bus, upgrade), up to a preposition or a clause, without
    determiners and pro-forms, and without the subject's own words ("electric buses ... than diesel ones": diesel); with
    each plural's singular that WordNet knows. Empty when the question compares nothing (the parse gives no option after
    "rather than" or an amount's "more than": judge/proposition.py `compared_with`) or compares with a figure, an
    expectation or a time. Read by evaluative.py and polarity.py: praise of the other option opposes
    (tests/judge/test_stance_comparison.py)."""
    words: list[str] = []
    for word in WORD.findall(option.lower()):
        if word in RIVAL_ENDS:
            break
        if word in RIVAL_EMPTY:
            continue
        if any(ch.isdigit() for ch in word) or (not words and (word in NUMBER_WORDS or _like_num(word))):
            return frozenset()  # a figure, not an option ("forty", "a third": spaCy's like_num)
        if not words and word.endswith("ed") and not _noun(word):
            return frozenset()  # "larger than expected", "higher than predicted": an expectation, not an option
        words.append(word)
    if words and _time(words[-1]):
        return frozenset()  # "longer than a week", "higher than last year": a time, not an option
    return frozenset(_with_singulars({w for w in words if w not in subject_words and w.isalpha()}) - subject_words)


def _like_num(word: str) -> bool:
    """A number written in words ("forty", "third"): spaCy's English `like_num`."""
    from spacy.lang.en.lex_attrs import like_num

    return bool(like_num(word))


def _time(word: str) -> bool:
    """The noun's first sense is a time ("week", "year": WordNet's noun.time; False without WordNet)."""
    from .wordnet import NOUN_TIME, wordnet

    try:
        return wordnet().lexfile(word, "n") == NOUN_TIME
    except OSError:
        return False


def _with_singulars(words: set[str]) -> set[str]:
    """The words and, for each plural WordNet does not know as written, its singular ("buses" -> bus; "gas" stays),
    by the regular endings outcome._singulars strips."""
    from .outcome import _singulars

    out = set(words)
    for w in words:
        base = None if _noun(w) else next((b for b in _singulars(w)[1:] if _noun(b)), None)
        if base:
            out.add(base)
    return out


def _noun(word: str) -> bool:
    """WordNet has the word as a noun (False without WordNet)."""
    from .wordnet import wordnet

    try:
        return bool(wordnet().synsets(word, "n"))
    except OSError:
        return False


# Words of a figure spaCy's `like_num` does not know ("twice the cost", "half the fare").
NUMBER_WORDS = frozenset({"twice", "half", "double"})


def instrument(subject: str) -> bool:
    """The question's subject is a thing named by a common noun ("the scheme", "the new bypass"): its head is written
    in lower case and none of its two most frequent WordNet senses is a person or a group (not "the council", "the
    regulator", nor a name: "Brennick Plastics")."""
    words = WORD.findall(subject)
    if not words or not words[-1].islower():
        return False
    from .wordnet import wordnet

    try:
        return not set(wordnet().lexfiles(words[-1], "noun", senses=2)) & {NOUN_GROUP, NOUN_PERSON} and bool(
            wordnet().synsets(words[-1], "n"))
    except OSError:
        return False


# Verbs too general to stand for a predicate ("build" shares a sense with "make").
GENERIC = frozenset({"get", "make", "do", "have", "take", "be", "go", "become", "see", "put", "give", "come", "set",
                     "free", "submit", "release", "move", "run", "keep"})
# Predicates that take their subject away: the one who resigns leaves, the government that falls goes.
# General English (tests/judge/test_stance_kin.py).
DEPARTING = frozenset({"resign", "quit", "step down", "stand down", "step aside", "leave office", "retire", "abdicate",
                       "fall", "collapse", "bow out", "vacate"})
# Of those, verbs that take a subject away only when it is a government or a person ("the cabinet fell");
# "inflation will fall" loses nothing.
FALLING = frozenset({"fall", "collapse"})
NOUN_GROUP, NOUN_PERSON = 14, 18  # WordNet lexicographer files noun.group and noun.person


def words_of(subject: str) -> set[str]:
    """The subject's words without its determiners ("minister" of "the minister")."""
    return {w for w in WORD.findall(subject.lower()) if w not in {"the", "a", "an", "'s", "its", "their"}}


def departs(predicate: str, person: bool, subject_words: set[str]) -> bool:
    """The predicate takes its subject away ("resign", "quit the council"; "fall" only of a person or a body: "the
    cabinet fell", not "inflation will fall")."""
    return predicate in DEPARTING and (predicate not in FALLING or person or _agent(subject_words))


def _agent(words: set[str]) -> bool:
    """A word of the subject is, in its most frequent WordNet sense, a group or a person ("government",
    "coalition", "chancellor"); not "inflation" or "prices"."""
    from .wordnet import wordnet

    try:
        return any(wordnet().lexfile(w, "noun") in {NOUN_GROUP, NOUN_PERSON} for w in words)
    except OSError:
        return False


def kin_verbs(predicate: str, transitive: bool = False) -> set[str]:
    """WordNet synonyms of the predicate in its two most frequent senses that hold that sense among
    their own two most frequent too (mutual: "resign" -> quit, step down, leave office, not "give up";
    "adopt" -> espouse, not "follow"), without the general verbs; "reopen" has none. Empty without WordNet.
    `transitive` (the question's act has an object): only senses that take one, so "scrap the tram line" has
    no kin "quarrel" or "dispute" (WordNet's intransitive second sense; tests/judge/test_stance_kin.py)."""
    if not predicate:
        return set()
    from .wordnet import wordnet

    try:
        found = wordnet().synonyms(predicate, "v", senses=2, mutual=True, transitive=transitive)
    except OSError:
        return set()
    return {w for w in found if w.replace(" ", "").isalpha() and w not in GENERIC and w.split(" ")[0] not in GENERIC}


# WordNet's frame of a verb with two objects, "Somebody ----s somebody something" ("owe them compensation").
DOUBLE_OBJECT = 14


def giving_acts(predicate: str, object_head: str) -> set[str]:
    """The acts that hand over what a verb of two objects gives ("owe its commuters compensation", a kind of "payment":
    "pay"): the verbs of giving WordNet derives from the kinds (one or two steps up) of the object's first sense, for
    a one-word predicate with the two-object frame in one of its first two senses; without the general verbs. Read into
    Terms.kin: "will not pay compensation" denies the act (tests/judge/test_stance_owed.py)."""
    if not predicate or " " in predicate or not object_head:
        return set()
    from .wordnet import wordnet

    wn = wordnet()
    try:
        if not any(DOUBLE_OBJECT in wn.frames(o) for o in wn.synsets(predicate, "v")[:2]):
            return set()
        kinds = wn.hypernyms(object_head, "noun", senses=1, depth=2)
        found = {v for k in kinds if " " not in k for v in wn.derivations(k, "n")
                 if wn.synsets(v, "v") and "give" in wn.hypernyms(v, "v", senses=1, depth=2)}  # a kind of giving
    except OSError:
        return set()
    return {w for w in found if w.isalpha() and w not in GENERIC and w != predicate}


def result_states(predicate: str) -> tuple[set[str], set[str]]:
    """The state the predicate's act brings about and its opposite, from WordNet: the predicate (or, for
    "reopen", the verb it repeats) as an adjective or participle ("open"; "close" -> "closed"), and the
    antonyms of those adjectives and of the verb ("closed", "shut"; "open"). Empty for predicates with no
    such state ("build", "resign") or without WordNet (tests/judge/test_stance_state.py)."""
    if not predicate or " " in predicate:
        return set(), set()
    from .wordnet import wordnet

    wn = wordnet()
    try:
        verbs = {predicate}
        if predicate.startswith("re") and predicate[2:] in wn.related(predicate, "v", "@", senses=2):
            verbs.add(predicate[2:])  # "reopen" is a kind of "open" (its WordNet hypernym); "resign" is not
        states: set[str] = set()
        other: set[str] = set()
        for verb in verbs:
            states.update(f for f in (verb + "d", verb + "ed", verb) if wn.synsets(f, "a"))  # "closed", "open"
            for antonym in wn.antonyms(verb, "v"):
                other.update([f for f in (antonym + "d", antonym + "ed", antonym) if wn.synsets(f, "a")][:1])
        for adjective in list(states):
            other |= wn.antonyms(adjective, "a")
    except OSError:
        return set(), set()
    return states, {w for w in other if w.isalpha()} - states
