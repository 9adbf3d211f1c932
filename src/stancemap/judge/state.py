"""The state a proposition's act brings about, and words that lessen what they govern.

1. Staying in the other state: "Will the bridge reopen?" is answered no by "it must stay closed",
   "Will the firm close the plant?" by "keep it open", "Will the minister resign?" by "he will stay in
   post". The act's result state comes from its lexical relations in WordNet (terms.states: the
   predicate's adjective or participle, "reopen" read as "open"; terms.other_states: their antonyms and
   the predicate's verb antonyms, "closed", "shut"); a verb of continuation whose complement is the
   other state opposes the act, and under a predicate that takes its subject away (terms.departing)
   staying on at all does.
2. Lessening: "lower costs", "cut delays", "reduce emissions" carry no valence of their own; a word of
   decrease takes the opposite of what it governs (a decrease of something bad is good), and nothing
   when that is neutral.
Pinned by tests/judge/test_stance_state.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .kin import PERSONS, STANDING, named
from .negation import negated as is_negated
from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs of continuing in a state (general English): "stay closed", "remain in office", "keep it open".
CONTINUING = frozenset({"stay", "remain", "keep", "continue", "carry", "hang", "cling"})
# Words of decrease (general English; VADER scores some of them as negative: "lower" -1.2, "cut" -1.1).
DECREASING = frozenset({"lower", "cut", "reduce", "ease", "curb", "slash", "lessen", "decrease", "shorten", "halve",
                        "trim", "relieve", "alleviate", "fewer", "less", "eliminate", "minimise", "minimize",
                        "diminish", "mitigate", "tackle", "end", "soften"})
# Words of an office a departing subject stays in ("stay in post", "remain in office"); general English.
OFFICE = frozenset({"office", "post", "power", "charge", "position", "role", "job", "seat", "place", "command",
                    "helm", "government", "cabinet", "saddle", "situ"})
# Relations under a verb of continuing that hold its complement ("stay closed", "keep the plant open").
COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "ccomp", "advmod", "prt", "dobj", "attr"})


def _names_ours(tok: Token, terms: Terms) -> bool:
    ours = named(terms) | terms.event
    return any(t.lower_ in ours or t.lemma_.lower() in ours for t in tok.subtree) or tok.lower_ in _STANDING_OR_PERSONS


def _holder(verb: Token, terms: Terms) -> bool:
    """Whose state is continued names the proposition's thing or people (or a pronoun for them): the
    subject of "stay"/"remain", the object of "keep"."""
    holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    holders += [g for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"} for g in c.children
                if g.dep_ in {"nsubj", "dobj"}]  # "keep [the plant open]"
    if not holders and verb.dep_ in {"xcomp", "conj"}:  # "must be allowed to stay open", "... and stay shut"
        holders = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(_names_ours(h, terms) for h in holders)


def _state_words(verb: Token) -> list[Token]:
    """The complement's words under a verb of continuing, one level down ("stay [shut]", "keep [it open]")."""
    out = []
    for c in verb.children:
        if c.dep_ in COMPLEMENTS:
            out.append(c)
            out.extend(g for g in c.children if g.dep_ in {"acomp", "oprd", "amod", "advmod", "prt"})
    return out


def continued(tok: Token, terms: Terms) -> tuple[int, list[Token], str]:
    """(sign, words settled, evidence) when `tok` is a verb of continuing in the state the act ends:
    -1 for "stay closed" under "reopen", "remain in office" under "resign"; +1 when negated. (0, [], "")
    otherwise."""
    if tok.lemma_.lower() not in CONTINUING or tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() in terms.event:
        return 0, [], ""
    if tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        return 0, [], ""  # "calls for the bridge to stay shut were ignored": what the noun names is weighed
    # Asked only of a verb of continuing: asked of every token polarity reads, it was a tenth of the
    # reduce's CPU (issue 11).
    negated = is_negated(tok)
    words = _state_words(tok)
    other = next((w for w in words if w.lower_ in terms.other_states and w.lower_ not in terms.states), None)
    sign, said = (1, "+not ") if negated else (-1, "-")
    settled = [t for w in words for t in w.subtree]
    if other is not None and _holder(tok, terms):
        return sign, settled, f"{said}{tok.text} {other.text} (the state the act ends)"
    if terms.departing and _stays_on(tok, words, terms) and _holder(tok, terms):
        return sign, settled, f"{said}{tok.text} on (the post the act leaves)"
    kept_out = [c for c in tok.children if c.dep_ == ("dobj" if tok.lemma_.lower() == "keep" else "nsubj")]
    if (out := _outside(tok)) is not None and any(_names_ours(h, terms) for h in kept_out) and (
            terms.privative or _outside_of_ours(out, terms)):
        settled = [t for t in out.subtree]
        if terms.privative and tok.lemma_.lower() == "keep":
            # "keep diesel buses out of the old town" under "ban diesel buses": keeping it out is the act
            return -sign, settled, f"{'-not ' if negated else '+'}{tok.text} {out.text} (what the act takes away)"
        if not terms.privative:
            return sign, settled, f"{said}{tok.text} {out.text} (outside what the act enters)"
    return 0, [], ""


def _outside(verb: Token) -> Token | None:
    """"stay out of the race", "remain outside the Compact", "keep them away": continuing outside."""
    return next((c for c in verb.children if c.lower_ in {"out", "outside", "away"}
                 and c.dep_ in {"prt", "advmod", "prep"}), None)


def _outside_of_ours(out: Token, terms: Terms) -> bool:
    """What one stays out of names the question's object, things or other participants ("stay out of the
    Compact" under "join the Compact"), or is the act itself said as a noun ("stay out of the race"
    under "run": "race" is a verb synonym of "run" in WordNet); not "stay out of the row over quotas".
    A bare "stay out" is read too."""
    objects = [g for g in out.subtree if g.dep_ == "pobj"]
    what = terms.object_words | terms.things | terms.anchors | (terms.participants - terms.subject_words)
    what = what | _act_nouns(terms.event)
    # the noun and its own modifiers, not a phrase hung on it ("the row over the Compact's quotas")
    return not objects or any(t.lower_ in what or t.lemma_.lower() in what for o in objects[:1]
                              for t in [o, *[c for c in o.children if c.dep_ in {"compound", "amod", "poss"}]])


@lru_cache(maxsize=8)
def _act_nouns(event: frozenset[str]) -> frozenset[str]:
    """The event's verbs' WordNet synonyms in every sense, one word long ("run" -> race, campaign)."""
    from .wordnet import wordnet

    try:
        return frozenset(w for e in event for w in wordnet().synonyms(e, "v", senses=50) if w.isalpha())
    except OSError:
        return frozenset()


def _stays_on(verb: Token, words: list[Token], terms: Terms) -> bool:
    """"stay in post", "remain in office", "stay on", "continue as leader", "will remain": continuing in
    place, not "remain popular" or "keep quiet" (a quality) nor "keep the car" (a thing), nor "stayed in
    London", "remains in hospital" (a place that is no office nor one of the question's things)."""
    if verb.lemma_.lower() in {"keep"}:
        return False
    if any(w.dep_ in {"acomp", "attr", "dobj", "ccomp"} for w in words if w.head.i == verb.i):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "as", "at", "on"}]
    if preps:
        return any(_an_office(o, p.lower_, terms) for p in preps for o in p.children if o.dep_ == "pobj")
    particle = any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"on", "put"} for c in verb.children)
    return particle or not any(c.dep_ in {"xcomp", "prep"} for c in verb.children)


def _an_office(noun: Token, prep: str, terms: Terms) -> bool:
    """"in office", "at the helm", "as leader" (a person's role after "as"), or one of the question's things."""
    from .wordnet import wordnet

    lemma = noun.lemma_.lower()
    if lemma in OFFICE or lemma in terms.things or noun.lower_ in terms.things:
        return True
    return prep == "as" and noun.pos_ == "NOUN" and wordnet().lexfile(lemma, "noun") == NOUN_PERSON


NOUN_PERSON = 18  # WordNet's lexicographer file noun.person


def lessened(tok: Token) -> list[Token]:
    """What a word of decrease governs: the object of "cut delays", the noun of "lower costs"."""
    if tok.lemma_.lower() not in DECREASING and tok.lower_ not in DECREASING:
        return []
    if tok.pos_ == "VERB" or any(c.dep_ == "dobj" for c in tok.children):  # "and end years of misery" (NOUN)
        return [t for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree]
    if tok.dep_ == "amod" and tok.head.pos_ in {"NOUN", "PROPN"}:
        # (and a participle's phrase on the noun: "fewer pupils turning up at the clinic with coughs", session 43)
        return [tok.head, *[t for c in tok.head.children if c.dep_ in {"compound", "prep", "acl"} for t in c.subtree]]
    return []


def lessened_by(tok: Token) -> Token | None:
    """The word of decrease that governs `tok` ("delays" of "cut delays", "costs" of "lower costs")."""
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in DECREASING:
        return tok.head
    return next((c for c in tok.children if c.dep_ == "amod" and (c.lemma_.lower() in DECREASING
                                                                   or c.lower_ in DECREASING)), None)


def extent(start: int, end: int, kind: str, doc: Any, terms: Terms) -> bool:
    """An until-clause on a verb of continuing ("must stay closed until the repairs are finished") says
    how long the other state lasts; it is not a condition the stance is held on. Not when the clause's
    verb is the act itself ("stay outside until it joins" holds the stance on the joining)."""
    if kind != "until":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.pos_ in {"VERB", "AUX"} and (t.lemma_.lower() in terms.event or t.lower_ in terms.event) for t in span):
        return False
    inside = {t.i for t in span}
    node = next((t for t in span if t.head.i not in inside), span[0])  # the clause's own head
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in CONTINUING and node.pos_ in {"VERB", "AUX"}:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            # "will keep fighting the plan until ...", "will continue to oppose it until ...": the verb carried on by a
            # verb of continuing, not denied (session 34; tests/judge/test_conditions_said.py::test_a_refusal_kept_up_until)
            return node.dep_ == "xcomp" and node.head.lemma_.lower() in CONTINUING and not any(
                c.dep_ == "neg" for c in (*node.children, *node.head.children))
    return False


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_STANDING_OR_PERSONS = STANDING | PERSONS
