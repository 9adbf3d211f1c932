"""What a verb says of its object's or subject's state, for the frames (frames.py): the state a verb of
keeping holds its object in ("keep rates unchanged": `kept_state`) or a verb of making puts it in ("make the
harbour district traffic-free": `made_state`, a resultative), and a bare noun of time after a verb
of lasting, which says how long its subject lasts rather than naming what is acted on ("the coalition would
not survive the spring": `duration_object`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..judge.wordnet import NOUN_TIME
from .frames_nouns import lexfile

# WordNet's lexicographer file of verbs of being and keeping in a state (verb.stative: keep, hold, maintain,
# last, survive).
VERB_STATIVE = 42
# What a bare noun of time may carry and still be only a stretch of time ("the winter", "another long year").
BARE = frozenset({"det", "amod"})


def kept_state(verb: Token, obj: Token | None) -> str | None:
    """The state a verb of keeping (WordNet's verb.stative) holds its object in ("keep rates unchanged", "keep
    the ward open"), or None: with it, a verb too general alone is an act (tests/test_question_states.py)."""
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or not stative(verb.lemma_.lower()):
        return None
    state = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"ADJ", "VERB"} and c.is_alpha), None)
    return state.lower_ if state is not None else None


def duration_object(verb: Token, obj: Token | None) -> bool:
    """A verb of lasting (verb.stative) whose object is a bare noun of time: "survive the winter", "last the
    year" say how long the subject lasts; the act is the subject's own, done to nothing
    (tests/test_question_states.py::test_frames_a_time_survived_is_no_object). Not "postpone the vote"
    (no noun of time), nor "extend the 2030 deadline" (no verb of lasting, and a modified noun)."""
    if obj is None or obj.pos_ != "NOUN" or lexfile(obj.lemma_.lower()) != NOUN_TIME:
        return False
    return all(c.dep_ in BARE for c in obj.children) and stative(verb.lemma_.lower())


@lru_cache(maxsize=4096)
def stative(verb: str) -> bool:
    from ..judge.wordnet import wordnet

    return wordnet().lexfile(verb, "v") == VERB_STATIVE


# Dependencies under which the parser hangs a resultative's adjective on "make" ("make X car-free").
RESULT_DEPS = frozenset({"ccomp", "oprd", "xcomp"})


def made_state(verb: Token) -> tuple[Token, str] | None:
    """A resultative: the object a verb of making ("make", or a kind of it in WordNet: "render") puts in a
    state, and the state ("make the harbour district traffic-free", "make military service compulsory"), or None. The
    parser hangs the adjective on the verb and the object anywhere under it ("district" under "traffic" under
    "free"), so the words decide: the state is the adjective with the words hyphened to it, the object the
    last noun of the noun phrase between the verb and it (tests/test_question_states.py::test_frames_a_state_made_is_an_act)."""
    if verb.pos_ != "VERB" or not making(verb.lemma_.lower()) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    state = next((c for c in verb.children if c.dep_ in RESULT_DEPS and c.pos_ == "ADJ" and c.i > verb.i), None)
    if state is None:
        return None
    doc = verb.doc
    first = state.i
    while first > verb.i + 1 and not doc[first - 1].whitespace_:
        first -= 1  # "car-free": the words hyphened to the adjective
    between = doc[verb.i + 1:first]
    if not between or between[-1].pos_ != "NOUN" or any(t.pos_ not in NOUN_PHRASE for t in between):
        return None
    words = doc[first:state.i + 1].text.lower()
    return (between[-1], words) if words.replace("-", "").isalpha() else None


# The parts of speech of a noun phrase between a verb of making and its adjective ("the old town").
NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


@lru_cache(maxsize=4096)
def making(verb: str) -> bool:
    """"make", or a verb WordNet's first sense makes a kind of it ("render")."""
    from ..judge.wordnet import wordnet

    return verb == "make" or "make" in wordnet().hypernyms(verb, "v", senses=1, depth=2)
