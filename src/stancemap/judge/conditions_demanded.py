"""What a speaker holds out for, said as a demand kept, asked or not to be crossed (issue 9, session 18; the shapes of
the first-contact misses of q_settle and q_testify, read after their first contact):
  demand not dropped "the families would not withdraw their demand for a public apology" (`demand_kept`)
  what we asked      "What the union has asked is that the vote be public" (`what_we_asked`)
  (a line not crossed, "The new sea wall is the one line we will never cross": requirements.must_be, beside "X is a red line")
  without X, no      "a plan without a flood barrier will not get the parish's backing" (`refused_without`)
  only the act so    "the mayor will only sign in front of the press" (`only_the_act`)
  X in any Y         "unions expect every pension to be kept in any takeover", "expected a fair price for the yard in
                     any handover": what is wanted of every version of the act (`in_any`)
Pinned by tests/judge/test_conditions_demanded.py."""

from __future__ import annotations

from typing import Any

from ..extract.frames_nouns import BEINGS, lexfile
from ..extract.lexicon import PRIVATIVE
from .conditions import TIME_NOUNS, Condition
from .requirements import condition

# Nouns naming what is asked for ("their demand for X", "the call for X").
ASKING_NOUNS = frozenset({"demand", "call", "request", "insistence", "claim"})
# Verbs of asking whose free relative ("what we asked") names the demand as the subject of "is".
ASKING_VERBS = frozenset({"ask", "want", "demand", "need", "require", "seek", "insist", "request", "expect"})


def demand_kept(sent: Any, own: frozenset[str] = frozenset()) -> list[Condition]:
    """"would not withdraw their demand for a public apology as part of any deal": a demand not given up
    (a negated verb of undoing, lexicon.PRIVATIVE: "drop", "withdraw", "abandon"...) is what the speaker holds out for;
    not a demand for the proposition itself (`own`: "her call for a two-month delay" under *postpone* is a side)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lemma_.lower() not in ASKING_NOUNS or tok.dep_ != "dobj":
            continue
        verb = tok.head
        negated = any(c.dep_ == "neg" for c in verb.children)
        lemma = verb.lemma_.lower()
        if not (negated and (lemma in PRIVATIVE or lemma in {"abandon", "give", "waive"})):
            continue  # (a demand kept, "renewed its call for a prohibition", read a side as a condition in q_block)
        what = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                     if g.dep_ in {"pobj", "pcomp"}), None)
        if what is not None and not any(t.lemma_.lower() in own for t in what.subtree):
            found += condition(sent, what.left_edge.i, what.right_edge.i, "requires")
    return found


def what_we_asked(sent: Any) -> list[Condition]:
    """"What the union has asked is that the vote be public": a free relative of asking ("what" the object
    of "ask", "want", "demand"...) as the subject of "is" names the demand, the clause or noun after "is"."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lemma_.lower() not in ASKING_VERBS or tok.dep_ != "csubj" or tok.head.lemma_ != "be":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children) or any(
                c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
            continue
        what = next((c for c in tok.head.children if c.dep_ in {"ccomp", "attr", "xcomp"} and c.i > tok.head.i), None)
        if what is None or any(t.dep_ == "neg" for t in what.subtree):
            continue  # "What they wanted was for the closure never to go ahead": the act refused, a side
        first = what.left_edge.i
        if sent.doc[first].lower_ == "that":
            first += 1
        last = next((c.i - 1 for c in what.children if c.dep_ == "advcl" and c.i > what.i and sent.doc[c.i - 1].is_punct),
                    what.right_edge.i)  # up to ", as the rules allow": a clause said beside the demand
        found += condition(sent, first, last - (1 if sent.doc[last].is_punct else 0), "requires")
    return found


def refused_without(sent: Any) -> list[Condition]:
    """"a plan without a flood barrier will not get the parish's backing": a thing (not people) named with "without X"
    as the subject of a negated verb is refused without X, so X is required (conditions._without reads a fronted
    "without X" and one after a side refused)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lower_ != "without" or tok.dep_ != "prep" or tok.head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        thing, verb = tok.head, tok.head.head
        if lexfile(thing.lemma_.lower()) in BEINGS or thing.pos_ != "NOUN" or not any(
                c.dep_ == "neg" for c in verb.children):
            continue
        found += condition(sent, tok.i, tok.right_edge.i, "requires")
    return found


# Prepositions of the circumstance an act is limited to ("only testify behind closed doors", "only sign in public").
CIRCUMSTANCE_PREPS = frozenset({"behind", "in", "under", "with", "through", "via", "on", "at"})


def only_the_act(sent: Any, own: frozenset[str] = frozenset()) -> list[Condition]:
    """"the mayor will only sign in front of the press": "only" on the proposition's own verb (`own`) and a phrase of
    circumstance after it limit the act to that circumstance; not a time ("only sign in March"). Held to the
    proposition's verb: "only" on any verb with any phrase after it lost a VALIDATE statement in session 16."""
    found: list[Condition] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in own or not any(
                c.lower_ == "only" and c.dep_ == "advmod" and c.i < tok.i for c in tok.children):
            continue
        for prep in (c for c in tok.children if c.dep_ in {"prep", "prt"} and c.i > tok.i and c.lower_ in CIRCUMSTANCE_PREPS):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None or noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in TIME_NOUNS:
                continue
            found += condition(sent, prep.i, prep.right_edge.i, "requires")
    return found


# Nouns after "in any" that say "whatever happens", not a version of an act ("in any case", "in any event").
WHATEVER = frozenset({"case", "event", "way", "circumstance", "instance", "form", "sense", "respect", "language"})


def in_any(sent: Any) -> list[Condition]:
    """"unions expect every pension to be kept in any takeover", "it expected a fair price for the yard in any
    handover": what a verb of wanting or expecting (ASKING_VERBS) asks of its object "in any" version of
    an act is required of every version (q_breakup's and q_nationalise's shape); not "in any case"."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lower_ != "in" or tok.dep_ not in {"prep", "oprd"}:
            continue
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() in WHATEVER or not any(
                c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
            continue
        # what is asked: the object, or the small clause the parser makes of it ("job ... (to be) protected"), the phrase
        # hung on it or on a noun inside it ("compensation for the families in any deal")
        held = next((a for a in [tok.head, *tok.head.ancestors][:4] if a.dep_ in {"dobj", "ccomp", "xcomp"}
                     and a.head.lemma_.lower() in ASKING_VERBS), None)
        if held is None or any(c.dep_ == "neg" for c in held.head.children) or held.left_edge.i <= held.head.i:
            continue
        last = tok.i - 1
        while last > held.left_edge.i and sent.doc[last].is_punct:
            last -= 1
        found += condition(sent, held.left_edge.i, last, "requires")
    return found
