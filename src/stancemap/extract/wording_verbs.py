"""The verbs a headline writes for what is done by or to whom ("Dock crews divided as sweetened pay offer
goes out to members", "NOT BUDGING: Rolf digs in"), counted in the map for framing with the words of who does it and
to what, so that the reduce (wording_shown.own_verbs) keeps a verb one outlet alone writes of the question's
participants and things: its own word for the act, where the others write none or a plainer one.

Only verbs uncommon in general English (SemCor, as for the evaluative words of loaded.py), outside
quotation marks, that introduce no speech. The headline's only: the body's verbs, counted so too, found
one gold framing term more over DEVELOP for 45 terms more (docs/evaluation.md, session 13). Nothing here
knows a topic or a loaded word.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from .loaded import is_cue, semcor_count
from .wording import headline_quotations, in_spans

# SemCor count at or below which a verb is the writer's choice: "cling" 16, "freeze" 15, "sweeten" 0 are,
# "swallow" 22, "grab" 32, "close" 193 are not (test_wording.py::test_wording_own_verb_for_the_act).
MAX_COMMON_VERB = 20
# Dependencies of who does the act and what it is done to.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Clauses whose subject is their head's ("calls X clinging to power", "wants rates frozen" has its own).
OPEN_CLAUSES = frozenset({"xcomp", "oprd"})


def verbs_of(sdoc: Doc, quoted: list[tuple[int, int]]) -> dict[str, list[Any]]:
    """surface key -> [count, surface as first written, lemma, words of its doer and its object]. The surface
    is the verb with its particle ("clinging on") or its preposition and a bare noun ("clinging to power")."""
    found: dict[str, list[Any]] = {}
    for tok in sdoc:
        if tok.pos_ != "VERB" or not tok.is_alpha or len(tok.text) < 4 or tok.ent_type_ or in_spans(tok.idx, quoted):
            continue
        lemma = tok.lemma_.lower()
        if semcor_count(lemma) > MAX_COMMON_VERB or is_cue(tok):
            continue  # a plain verb, or one that reports speech ("fumed that ...")
        surface = _surface(tok)
        entry = found.setdefault(surface.lower(), [0, surface, lemma, []])
        entry[0] += 1
        entry[3] = sorted(set(entry[3]) | _arguments(tok))
    return found


def headline_verbs(hdoc: Doc | None) -> dict[str, list[Any]]:
    """`verbs_of` the headline, parsed on its own (extract/wording.with_headline); none without one."""
    return verbs_of(hdoc, headline_quotations(hdoc)) if hdoc is not None else {}


def _surface(tok: Token) -> str:
    """The verb as written (a headline's capitals lowered), with its particle or its preposition and a bare noun."""
    text = tok.lower_ if tok.text.isupper() else tok.text
    for child in tok.children:
        if child.dep_ == "prt":
            return f"{text} {child.lower_}"
        if child.dep_ == "prep" and child.i == tok.i + 1:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if len(objects) == 1 and objects[0].pos_ == "NOUN" and not list(objects[0].children) and objects[0].i == child.i + 1:
                return f"{text} {child.lower_} {objects[0].lower_}"
    return text


def _arguments(tok: Token) -> set[str]:
    """The words of who does the act and what it is done to: its subject and object with the words compounded
    into them, the subject of the clause it completes, and the noun it describes ("sweetened pay offer")."""
    heads = [c for c in tok.children if c.dep_ in ARGUMENTS]
    if tok.dep_ in OPEN_CLAUSES and not any(c.dep_.startswith("nsubj") for c in tok.children):
        heads += [c for c in tok.head.children if c.dep_ in {"nsubj", "dobj"} and c.i != tok.i]
    if tok.dep_ in {"amod", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        heads.append(tok.head)
    words: set[str] = set()
    for head in heads:
        words.add(head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_)
        words.update(c.lower_ for c in head.children if c.dep_ == "compound")
    return words
