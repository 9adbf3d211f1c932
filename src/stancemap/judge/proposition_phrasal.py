"""A phrasal predicate's other phrases and its opposite of lasting (issue 9, session 43).

"Will Dunsary run out of water this autumn?" is also answered by "the wells will run dry", "the town runs short in
October" (yes) and "the supply will last until the rains" (no). WordNet does not file those as synonyms of "run out":
"run short" and "run low" are its sisters (their first senses sit under the same hypernym as its first, "end"), and
"run dry" is the phrase of the same verb whose gloss names what runs out ("become empty of water"). A predicate whose
first sense is a kind of ending ("run out", "give out") has lasting as its opposite ("last", "endure", "survive").
proposition.py joins the sisters to the question's event words; stance.py reads them, and lasting, where the stance
words find no side (`phrase_said`: a sister's second word is an adverb or a complement to the parser, not a particle).
Measured (session 43): DEVELOP 6,231 -> 6,240 (q_runout 0.439 -> 0.576, no other batch moved), VALIDATE and BASE
unchanged. tests/judge/test_proposition_opened43.py.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from .wordnet import HYPERNYM, NOUN_ATTRIBUTE, NOUN_COGNITION, NOUN_COMMUNICATION, NOUN_FEELING, NOUN_PERSON, wordnet

# WordNet's verbs of ending (the first synset above "run out", "give out", "peter out": cease, end, finish, stop,
# terminate): a predicate filed under one asks whether something ends.
ENDING_VERBS = frozenset({"cease", "end", "finish", "stop", "terminate"})
# Lasting, the opposite of ending (WordNet's "last" and "endure", and the one-word members of its sense "continue to
# live through hardship": "survive", "outlast"): general English.
LASTING_ACTS = frozenset({"last", "endure", "survive", "outlast"})
GLOSS_WORD = re.compile(r"[a-z]+")


def _above(offset: int) -> set[int]:
    """The direct hypernyms of a verb synset."""
    return {p[1] for p in wordnet()._synset(offset, "verb")[1] if p[0] == HYPERNYM}


@lru_cache(maxsize=1)
def _verb_index() -> bytes:
    wn = wordnet()
    path = os.path.join(wn.folder or "", "index.verb")
    if not wn.available or not os.path.isfile(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


def phrases_of(verb: str) -> list[str]:
    """WordNet's phrases built on `verb` and one more word ("run" -> "run dry", "run low", "run out", ...)."""
    if not verb.isalpha():
        return []
    found = re.findall(rb"\n(" + re.escape(verb.encode()) + rb"_[a-z]+) ", _verb_index())
    return [f.decode().replace("_", " ") for f in found]


def sister_phrases(predicate: str, object_nouns: set[str]) -> set[str]:
    """The phrases of the predicate's verb that say its act in other words: those whose first sense sits under the same
    hypernym as the predicate's first sense ("run out" -> "run short", "run low"), or whose first sense's gloss names
    a noun of what the act leaves ("run dry": "become empty of water" under "run out of water")."""
    words = predicate.split()
    if len(words) != 2:
        return set()
    wn = wordnet()
    first = wn.synsets(predicate, "verb")[:1]
    if not first:
        return set()
    above = _above(first[0])
    out = set()
    for phrase in phrases_of(words[0]):
        if phrase == predicate:
            continue
        own = wn.synsets(phrase, "verb")[:1]
        if not own:
            continue
        gloss = set(GLOSS_WORD.findall(wn.gloss(own[0], "verb").split('"')[0].lower()))
        if _above(own[0]) & above or gloss & object_nouns:
            out.add(phrase)
    return out


@lru_cache(maxsize=64)
def ends(predicate: str) -> bool:
    """The predicate's first sense is a kind of ending ("run out": "become used up", under "end")."""
    first = wordnet().synsets(predicate, "verb")[:1]
    return bool(first) and any(wordnet()._words(h, "verb") & ENDING_VERBS for h in _above(first[0]))


# The dependencies the word after a phrase's verb stands in ("run dry": advmod, "runs short": acomp, "ran low": oprd).
PHRASE_PARTS = frozenset({"prt", "advmod", "acomp", "oprd"})
# The dependencies of a verb a preposition holds or that is a subject ("by running dry", "running dry would ..."): what
# is spoken of, not asserted.
TOLD_OF = frozenset({"pcomp", "csubj", "csubjpass"})
# Pronouns that may stand for what lasts ("it will last", "they will hold"); not a person's.
THING_PRONOUNS = frozenset({"it", "they", "this", "that", "these", "those"})


# WordNet's lexicographer files of things that can be used up or run dry (artifact, food, location, object, possession,
# quantity, substance: "the taps", "the city", "the wells", "the reservoirs", "the money"), and those of what only runs out
# in a figure (attribute, cognition, communication, feeling, person: "her patience", "the conversation", "the jokes").
CONCRETE_FILES = frozenset({6, 13, 15, 17, 21, 23, 27})
FIGURATIVE_FILES = frozenset({NOUN_ATTRIBUTE, NOUN_COGNITION, NOUN_COMMUNICATION, NOUN_FEELING, NOUN_PERSON})


def _a_concrete_thing(noun: Any) -> bool:
    """The noun's first sense is no attribute, thought, speech, feeling or person, and one of its first three is a thing
    that can be used up (CONCRETE_FILES: "taps", "city", "reservoirs")."""
    if noun.pos_ != "NOUN":
        return False
    files = wordnet().lexfiles(noun.lemma_.lower(), "noun", senses=3)
    return bool(files) and files[0] not in FIGURATIVE_FILES and bool(set(files) & CONCRETE_FILES)


def _subject_ours(verb: Any, ours: frozenset[str]) -> bool:
    """The verb's subject (or that of the verb it is the complement of or joined to: "we are going to run out") names one
    of the question's words, is a pronoun ("the wells of X will run dry", "it will run low") or a concrete thing ("the
    taps will run dry", "the city runs short": `_a_concrete_thing`); not a figure's ("the conversation ran dry", "her
    patience was running short", "the protesters backed off": the review, session 43)."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return any(s.pos_ == "PRON" or s.lower_ in THING_PRONOUNS or _a_concrete_thing(s) or any(
                t.lemma_.lower() in ours or t.lower_ in ours for t in s.subtree) for s in subjects)
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def phrase_of_ours(tokens: list, event: frozenset[str], ours: frozenset[str]) -> Any | None:  # type: ignore[type-arg]
    """The verb of the first of `event`'s phrases (`phrases_read`) a statement says whose second word the parser hangs on
    the verb as a particle, an adverb or a complement ("the wells will run dry", "X runs short", "we are going to run
    out"), said of one of the question's things or subjects (`ours`: kin.named) or a pronoun (`_subject_ours`), or None.
    The stance words read a phrase only with a particle (privative.restates, kin.phrasal_event)."""
    phrases = set(event)
    if not phrases:
        return None
    for tok in tokens:
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in PHRASE_PARTS and f"{tok.lemma_.lower()} {c.lower_}" in phrases
                                               for c in tok.children) and _subject_ours(tok, ours):
            return tok
    return None


def lasting_said(tokens: list, ours: frozenset[str]) -> Any | None:  # type: ignore[type-arg]
    """The verb of lasting said of one of the question's things, or of a pronoun that may stand for one ("the water will
    last", "it will not last the summer"), or None; read only under a question of ending (`ends`)."""
    for tok in tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in LASTING_ACTS:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if any(s.lower_ in THING_PRONOUNS or any(t.lemma_.lower() in ours or t.lower_ in ours for t in s.subtree)
               for s in subjects):
            return tok
    return None


def phrase_said(tokens: list, evidence: list[str], event: frozenset[str], ours: frozenset[str],  # type: ignore[type-arg]
                ending: bool) -> int:
    """+1 where a statement says one of the question's phrases (`phrase_of_ours`) or, under a question of ending, denies
    its thing lasts ("will not last the summer"); -1 where it denies the phrase ("would never run dry") or says the thing
    lasts ("the reservoir will last"); 0 when it says neither. Called by stance.py when the stance words find no side
    (tests/judge/test_proposition_opened43.py)."""
    from .negation import negated

    tok = phrase_of_ours(tokens, event, ours)
    if tok is not None and _told_of(tok):
        return 0  # "talk of the town running dry", "fears of it running low": a thing spoken of, not asserted
    sign = 1
    if tok is None and ending:
        tok, sign = lasting_said(tokens, ours), -1
    if tok is None:
        return 0
    denied = negated(tok)
    sign = -sign if denied else sign
    what = " ".join([tok.text, *[c.text for c in tok.children if c.dep_ in PHRASE_PARTS][:1]])
    evidence.append(f"{'+' if sign > 0 else '-'}{'not ' if denied else ''}{what} (the proposition in other words)")
    return sign


def ends_asked(question: Any) -> bool:
    """The question asks whether something ends, in a phrasal predicate of ending ("run out of water"): its lasting is
    the opposite (`lasting_said`). A one-word predicate of ending ("close", "collapse") is read by the stance words."""
    prop = getattr(question, "proposition", None)
    verb = getattr(prop, "verb", "") or ""
    return " " in verb and not getattr(prop, "negated", False) and ends(verb)


def phrases_read(question: Any) -> frozenset[str]:
    """The phrases `phrase_said` reads: the predicate's sisters (proposition.py joins them to its event words), and under
    a question of ending the predicate itself ("we are going to run out"); not the predicate of another question, which
    the stance words read with its subject and object ("the ballot will go ahead" is not the takeover going ahead)."""
    prop = getattr(question, "proposition", None)
    verb = getattr(prop, "verb", "") or ""
    if " " not in verb:
        return frozenset()
    phrases = {w for w in getattr(prop, "event", ()) if " " in w and w.split()[0] == verb.split()[0]}
    return frozenset(phrases if ends_asked(question) else phrases - {verb})


def _told_of(tok: Any) -> bool:
    """The phrase's verb is what a noun speaks of, not asserted: "talk of the city running dry" (a clause on a noun with
    "of" or "about"), "fears that the wells would run dry" (a that-clause on a noun); "a hosepipe ban is not the wells running
    dry" asserts it, negated (tests/judge/test_proposition_opened43.py::test_a_sister_phrase_spoken_of_is_no_side)."""
    if tok.dep_ in TOLD_OF:
        return True
    return tok.dep_ == "acl" and (any(c.dep_ == "mark" for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in tok.head.children))
