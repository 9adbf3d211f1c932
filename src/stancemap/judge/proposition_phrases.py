"""The phrases of a parsed question (judge/proposition.py): a word's phrase as written, what the act
leaves ("withdraw from the pact"), a prepositional object, and the time bound ("by 2030", "before the
election", "this term"); and the words a yes/no question opens with.
"""

from __future__ import annotations

import re
from typing import Any

from .wordnet import NOUN_TIME, wordnet

# The words a yes/no question opens with; a negative contraction ("Won't", "Shouldn't") first, or "can" would
# match the "can" of "can't" (tests/judge/test_proposition.py).
NEGATIVE_OPENINGS = r"(?:won|wouldn|shouldn|can|couldn|doesn|don|didn|isn|aren|wasn|weren|hasn|haven|mustn)['’]t"
QUESTION_WORDS = re.compile(
    rf"^\s*({NEGATIVE_OPENINGS}|will|would|should|shall|can|could|does|do|did|is|are|was|were|has|have|may|might|must)\b", re.I)


def phrase(tok: Any) -> str:
    if tok is None:
        return ""
    doc, first = tok.doc, tok.left_edge.i
    if first == 0 < tok.i and QUESTION_WORDS.fullmatch(doc[0].text):
        first = 1  # "Will striking dockers accept ...?" parsed with "Will" inside the subject
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
        first -= 2  # "re-election" is parsed "re", "-", "election"
    words = [t for t in doc[first:tok.right_edge.i + 1] if not t.is_punct or t.text in {"-", "'s", "'", "%"}]
    text = "".join(t.text_with_ws for t in words).strip()
    return re.sub(r"\s+'s", "'s", text)


def left_behind(verb: Any) -> Any:
    """The object of "from" / "out of" on the verb ("withdraw from the pact"), or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "out"}:
            inner = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), c)
            obj = next((g for g in inner.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def prep_object(verb: Any) -> str:
    # A circumstance or a time is not what the act is done to ("reopen after the fire"), nor a destination, a
    # role or a reason ("expand to twenty clubs", "resign as manager", "resign over the affair"), nor a threshold
    # ("fall below 5 per cent": tests/judge/test_proposition_shapes25.py).
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ not in {
        "by", "before", "in", "within", "after", "until", "during", "since", "despite", "amid", "to", "as", "over",
        "at", "below", "above", "under", "beyond", "past"}), None)
    return phrase(prep) if prep is not None else ""


# Prepositions of a goal: where an act goes ("spread to the capital's hospitals") or what it makes of its object ("turn the
# depot into a park").
GOAL_PREPOSITIONS = frozenset({"to", "into", "onto"})


def goal_of(verb: Any, obj: Any) -> Any:
    """The object of the preposition that says where the act goes or what it turns its object into, or None: "to" /
    "into" / "onto" on a verb with no direct object ("Will the strike spread to Veskmoor's hospitals?": the hospitals), or
    "into" on one with ("turn the gasworks site into a park": the park). Not a time or an amount ("rise to 5 per cent",
    "extended into June"). Its names and nouns are words of the question (`fill_terms`), not its object, which a goal
    is not (`prep_object`); tests/judge/test_proposition_goal.py."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in GOAL_PREPOSITIONS
                 and (obj is None or c.lower_ == "into")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.pos_ not in {"NOUN", "PROPN"} or names_time(pobj) or any(
            t.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"} or t.like_num for t in pobj.subtree):
        return None
    return pobj


def time_bound(doc: Any, verb: Any) -> str | None:
    """The phrase that dates the act: "by 2030", "within two years", "from January", "by the autumn", "this
    term", "next spring"; before, after or until anything not a name of who acts ("before the election",
    "after the inquiry", "until the summer recess") or a clause ("before exams start"). Not an amount ("by a
    third") nor a date inside something else ("the fifth month in a row"): tests/judge/test_proposition.py."""
    for c in verb.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in DATING and any(names_time(t) for t in c.subtree):
            return phrase(c)
        if c.dep_ == "prep" and c.lower_ in SEQUENCING and any(
                g.dep_ in {"pobj", "pcomp"} and g.pos_ != "PRON" and g.ent_type_ not in AGENTS for g in c.children):
            return phrase(c)
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SEQUENCING for m in c.children):
            return phrase(c)
        if c.dep_ == "npadvmod" and (c.ent_type_ == "DATE" or any(
                d.dep_ == "det" and d.lower_ in {"this", "next", "last"} for d in c.children)):
            return phrase(c)
    return None


# Prepositions that date an act by a time ("by June", "in 2027", "within a year", "from January"), and those
# that date it by anything that happens ("before the election", "after the inquiry", "until the recess").
DATING = frozenset({"by", "in", "within", "from"})
SEQUENCING = frozenset({"before", "after", "until", "till"})
AGENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_time(tok: Any) -> bool:
    """A word that names a time: a date's name or number ("June", "2030"), or a noun whose most frequent
    WordNet sense is a time ("years", "autumn", "decade"); not "row" of "the fifth month in a row"."""
    if tok.ent_type_ in {"DATE", "TIME"} and (tok.pos_ in {"PROPN", "NUM"} or tok.like_num):
        return True
    return tok.pos_ == "NOUN" and wordnet().lexfile(tok.lemma_.lower(), "n") == NOUN_TIME


def _prepositions_by_verb(by_preposition: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each verb of the lists (a preposition and the verbs, comma-separated, that require it) with the prepositions it
    requires ("lie": "about", "to")."""
    out: dict[str, set[str]] = {}
    for prep, verbs in by_preposition.items():
        for v in verbs.split(","):
            out.setdefault(v.strip(), set()).add(prep)
    return {v: frozenset(p) for v, p in out.items()}


# Prepositional verbs of general English: the preposition introduces the verb's own argument, and the verb's sense
# changes with it ("lie to" / "lie about", "vote for" / "vote against"). After the grammars' lists (Quirk et al. 1985,
# 16.5-16.6, prepositional and phrasal-prepositional verbs; Biber et al. 1999, 5.3.2, the commonest of news
# writing), not from any corpus; read by proposition.as_a_reader_reads (tests/judge/test_proposition_shapes25.py). A
# verb of motion's "to", "from" and a threshold's "below" are no such preposition ("move to the capital", "fall below
# 5 per cent"); "withdraw from" keeps its own reading (privative.LEAVING: what it leaves is its object).
PREPOSITIONAL_VERBS = _prepositions_by_verb({
    "about": "know, hear, learn, talk, speak, think, care, complain, worry, lie, testify, warn, argue, ask, forget, "
             "boast, brief, inquire, enquire",
    "to": "lie, talk, speak, listen, respond, reply, object, belong, contribute, lead, amount, refer, apologise, "
          "apologize, appeal, adhere, agree, consent, defect, switch, convert, stick, submit, surrender, yield, react, "
          "cater, subscribe, succumb, resort, commit, testify, admit, confess, report, defer, cling, attend, "
          "face up, stand up, own up, give in, cave in, live up",
    "with": "cope, deal, comply, side, cooperate, collaborate, negotiate, merge, reckon, interfere, part, tamper, plead, "
            "sympathise, sympathize, disagree, agree, break, clash, consult, meddle, do away, put up, come up, "
            "catch up, keep up, fall out, go along, get away",
    "on": "rely, depend, insist, rule, comment, focus, default, vote, decide, count, embark, act, capitalise, "
          "capitalize, renege, elaborate, settle, agree, crack down, go back, clamp down, follow up, miss out, "
          "pick up, frown, impose, prey, hinge, bank, touch, dwell",
    "in": "participate, invest, result, believe, engage, intervene, persist, specialise, specialize, compete, "
          "take part, interfere, indulge, confide, share, join, enrol, enroll, cash",
    "for": "apply, pay, vote, call, account, ask, wait, care, campaign, lobby, push, opt, argue, stand, qualify, "
           "compensate, apologise, apologize, allow, provide, plead, press, settle, atone, strive, budget, "
           "make up, stand up, run",
    "against": "vote, campaign, rule, protest, argue, lobby, discriminate, testify, appeal, rebel, retaliate, "
               "legislate, guard, react, warn, side, turn",
    "of": "approve, consist, dispose, disapprove, despair, know, think, hear, smack, back out, pull out, drop out, "
          "opt out, get out, run out, get rid, break out",
    "from": "refrain, abstain, benefit, recover, profit, suffer, stem, emerge, result, differ, dissent, "
            "walk away, break away, back away, shy away",
    "into": "look, inquire, enquire, delve, probe, tap, buy, opt, bump, run, break",
    "at": "look, aim, hint, balk, baulk, marvel, scoff, jeer, grumble, laugh, stare, glance",
    "over": "preside, agonise, agonize, fight, argue, quarrel, haggle, dither, squabble, hesitate",
    "after": "look, take, ask, inquire, enquire, hanker",
    "through": "go, see, push, follow, sit, get, pull, carry",
    "on to": "hold, hang, pass",
})


def head_noun(phrase: str) -> str:
    """The head noun of a question's object as written: its last word before a preposition ("its construction costs"
    -> "costs", "the result of the final" -> "result"; read by recouping.py and cause_judged.outcome_nouns)."""
    words = phrase.lower().split()
    cut = next((k for k, w in enumerate(words) if w in {"of", "for", "to", "from", "on", "in", "at", "by", "with"}),
               len(words))
    return words[cut - 1] if cut else ""
