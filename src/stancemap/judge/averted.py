"""An outcome a privative question asks to be escaped, said in its own verb or as a motion (issue 9, session 44).

"Can the club avoid relegation this season?" takes away an event noun ("relegation"); the corpus says that event in
its verb ("they will be relegated": it happens, no) and, where WordNet glosses the verb's sense as a move to a lower
(or higher) position ("relegate" = "assign to a lower position"), as a motion in that direction: "we are going down"
says it happens, "they will stay up" that it does not. The direction is WordNet's own: the particle adverb ("down",
"up") whose first sense's gloss names the same end ("from a higher to a lower level or position"), its antonym the
other way; a phrase of motion is a WordNet verb phrase of a verb with that particle whose gloss names the end too ("go
down" = "move downward and lower"), and staying is WordNet's "remain in a certain state" (stay, remain, rest) with
the other particle. stance.py reads these where the stance words find no side (`averted_said`), said of one of the
question's subjects or things, or a pronoun (`_said_of_ours`). Pinned by
tests/judge/test_averted.py (invented questions and sentences).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .wordnet import ANTONYM, wordnet

Token = Any  # spaCy Token or parsed.ParsedToken

# Particles whose first WordNet sense is a direction between levels ("down": "from a higher to a lower level or
# position", "up" its antonym): the candidates for the direction an event's sense names.
DIRECTIONS = ("down", "up")
GLOSS_END = re.compile(r"\bto an? (\w+)")
# The deps a particle of motion stands in on its verb ("go down": prt; "went down": advmod).
PARTICLE_DEPS = frozenset({"prt", "advmod"})
# How far up a clause a negation is looked for over the words a verb of staying or moving hangs on ("not quick enough to
# stay up": xcomp under "enough" under "were"; "not a club that stays up": relcl on the attribute); never over a
# complement clause ("it was no surprise that X went down": tests/judge/test_averted.py, the review of session 44).
CLIMB_DEPS = frozenset({"xcomp", "relcl", "acl", "attr", "acomp", "advmod"})
# Marks of a complement clause ("that", "whether"): what is said above it ("no surprise", "never in doubt") is no
# negation of its verb (test_averted.py::test_a_negation_above_a_clausal_complement_is_not_the_event).
COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


def _first_gloss(word: str, pos: str) -> str:
    senses = wordnet().synsets(word, pos)[:1]
    return wordnet().gloss(senses[0], pos).split(";")[0].lower() if senses else ""


@lru_cache(maxsize=64)
def direction_of(verbs: tuple[str, ...]) -> tuple[str, str] | None:
    """(the particle the event moves by, the particle against it), or None: the particle among DIRECTIONS whose first
    sense's gloss ends where one of the event verbs' first three senses' glosses does ("relegate": "assign to a lower
    position"; "down": "from a higher to a lower level") and its WordNet antonym ("up")."""
    wn = wordnet()
    ends = {m.group(1) for v in verbs for o in wn.synsets(v, "verb")[:3]
            for m in GLOSS_END.finditer(wn.gloss(o, "verb").split(";")[0].lower())}
    for particle in DIRECTIONS:
        own = GLOSS_END.findall(_first_gloss(particle, "adv"))
        if not own or own[-1] not in ends:
            continue
        offsets = wn.synsets(particle, "adv")[:1]
        other = {w for o in offsets for p in wn._synset(o, "adv")[1] if p[0] == ANTONYM
                 for w in wn._words(p[1], p[2]) if w in DIRECTIONS}
        if other:
            return particle, sorted(other)[0]
    return None


@lru_cache(maxsize=1)
def staying() -> frozenset[str]:
    """WordNet's verbs of remaining in a state ("stay", its first sense: "stay, remain, rest")."""
    return frozenset({"stay"} | wordnet().synonyms("stay", "verb", senses=1))


@lru_cache(maxsize=256)
def moves_toward(verb: str, particle: str, end: str) -> bool:
    """"go down": a WordNet phrase of the verb and the particle one of whose first three senses' glosses names the end
    ("move downward and lower")."""
    wn = wordnet()
    return any(end in re.findall(r"\w+", wn.gloss(o, "verb").split(";")[0].lower())
               for o in wn.synsets(f"{verb} {particle}", "verb")[:3])


def averted_event(question: Any) -> tuple[frozenset[str], tuple[str, str] | None, str] | None:
    """(the event's verbs, its direction, the end word) when the question's predicate takes away an event noun ("avoid
    relegation": {"relegate"}, ("down", "up"), "lower"), else None."""
    prop = getattr(question, "proposition", None)
    head = (getattr(prop, "object_head", "") or "").lower()
    if prop is None or not getattr(prop, "privative", False) or not head or getattr(prop, "negated", False):
        return None
    return _event_of(head)


@lru_cache(maxsize=64)
def _event_of(head: str) -> tuple[frozenset[str], tuple[str, str] | None, str] | None:
    from .proposition_terms import is_event_noun

    if not is_event_noun(head):
        return None
    verbs = tuple(sorted(d for d in wordnet().derivations(head, "noun") if " " not in d and wordnet().synsets(d, "verb")))
    if not verbs:
        return None
    way = direction_of(verbs)
    end = GLOSS_END.findall(_first_gloss(way[0], "adv"))[-1] if way else ""
    return frozenset(verbs), way, end


def _denied(tok: Token) -> bool:
    """A negation on the verb or on the words its clause hangs on ("not quick enough to stay up", "not a club that stays
    up", "are not going down")."""
    from .negation import negated

    if any(c.dep_ == "mark" and c.lower_ in COMPLEMENT_MARKS for c in tok.children):
        # a complement clause is denied only within itself
        return any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in tok.children)
    if negated(tok):
        return True
    if tok.dep_ == "xcomp" and any(c.lower_ == "too" for c in tok.head.children):
        return True  # "too good to go down": the excess denies the act
    node = tok
    for _ in range(3):
        if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in node.children):
            return True
    return False


def event_said(tokens: list, event: tuple[frozenset[str], tuple[str, str] | None, str],  # type: ignore[type-arg]
               ours: frozenset[str]) -> tuple[Token, int, str] | None:
    """(the verb, +1 when it says the event happens, -1 when it says it is escaped, its words) for the first verb of the
    statement that says the event of one of the question's subjects or things: its own verb ("will be relegated"), a
    motion toward its end ("going down"), or staying the other way ("stay up"); None when none does."""
    verbs, way, end = event
    for tok in tokens:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = tok.lemma_.lower()
        found: tuple[int, str] | None = None
        if lemma in verbs and (any(c.dep_ == "nsubjpass" for c in tok.children)
                               or not any(c.dep_ == "dobj" for c in tok.children)):
            # the event's own verb said of the club, not done by it to another ("would relegate the reserve side":
            # test_averted.py::test_the_event_verb_done_to_another_is_no_side)
            found = 1, tok.text
        elif way is not None:
            part = next((c for c in tok.children if c.dep_ in PARTICLE_DEPS and c.lower_ in way), None)
            if part is not None and not any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children):
                if part.lower_ == way[0] and moves_toward(lemma, part.lower_, end):
                    found = 1, f"{tok.text} {part.text}"
                elif part.lower_ == way[1] and lemma in staying():
                    found = -1, f"{tok.text} {part.text}"
        if found is not None and _said_of_ours(_clause_of(tok), ours):
            return tok, found[0], found[1]
    return None


def _clause_of(tok: Token) -> Token:
    """The verb whose subject the verb's act is said of: itself, or the verb an adjective it complements hangs on ("the
    Rovers were not quick enough to stay up": "were")."""
    node = tok
    for _ in range(3):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) or node.dep_ not in {"xcomp", "acomp"}:
            return node
        node = node.head
    return node


def _said_of_ours(verb: Token, ours: frozenset[str]) -> bool:
    """The verb's subject (or that of the verb it is the complement of or joined to) names one of the question's words
    or is a pronoun; not another group or thing ("the other side", "the government", "the sun would go down":
    test_averted.py::test_a_fall_of_another_group_or_thing_is_no_side, the review of session 44)."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return any(s.pos_ == "PRON" or any(t.lemma_.lower() in ours or t.lower_ in ours for t in s.subtree)
                       for s in subjects)
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def averted_said(tokens: list, evidence: list[str], question: Any, ours: frozenset[str]) -> int:  # type: ignore[type-arg]
    """The side a statement takes by saying the averted event (`event_said`): the event said to happen is against the
    question's escaping it, escaped or denied for it; 0 when it says neither (called by stance.py when the stance words
    find no side)."""
    event = averted_event(question)
    if event is None:
        return 0
    said = event_said(tokens, event, ours)
    if said is None:
        return 0
    tok, happens, words = said
    denied = _denied(tok)
    sign = -happens if not denied else happens
    evidence.append(f"{'+' if sign > 0 else '-'}{'not ' if denied else ''}{words} (the averted event "
                    f"{'escaped' if sign > 0 else 'said to happen'})")
    return sign
