"""Declarations of no side by deference: the speaker says the judgement is not theirs to make, or not yet anyone's.

Read by undecided.declaration beside its own forms (session 34, issue 9: gold-neutral statements given a side on
DEVELOP, where these forms had taken their speaker's side from elsewhere or the learned layer's):
- "it is not for the council to tell voters how to choose", "that is not for me to say", "it isn't my place to
  say", "not my role to judge it": a judgement denied to oneself (`not_ours_to`);
- "the next step is up to the full council", "the timing is up to the board": a thing left to someone else
  (`up_to_others`; not an amount, "up to 400 posts", nor a charge laid on someone, "it is up to them to stop it");
- "I will leave the verdict to the inspectors", "we will let the tribunal decide": a judgement handed over
  (`handed_over`; not "leave it to chance", nor "will not let them decide");
- "it is too soon to tell whether ...", "nobody could yet say whether ...": the outcome not yet to be told
  (`not_yet_told`).
General English forms only; pinned by tests/judge/test_deference.py on invented sentences.
"""

from __future__ import annotations

from typing import Any

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs of judging, choosing or telling a judgement may be denied to oneself: "not for me to say", "not my place to
# tell the members what to think" (a verb of acting, "not for the capital to impose it", refuses an act: none here).
JUDGING = frozenset({"decide", "determine", "judge", "prejudge", "speculate", "comment", "conclude", "say", "tell",
                     "choose", "pick", "answer", "call", "label", "attach", "predict", "rule", "second-guess", "dictate",
                     "forecast"})
# Nouns of what is one's own to do: "it isn't my place to say", "not my role to judge".
ROLES = frozenset({"place", "job", "role", "business", "call"})
# Who stands for the speaker: "up to us" and "for us" claim the judgement (undecided._deferred_to_others' exception).
OURS = frozenset({"us", "me", "we", "i"})
# What one leaves to someone else's judgement: "leave the verdict to the inspectors", "leave that to the courts" (not a
# thing handed over, "leave the quay to the ferries").
LEFT = frozenset({"it", "that", "this", "rest", "decision", "question", "matter", "choice", "call", "judgement",
                  "judgment", "verdict", "label", "politics", "detail"})
# What a thing may be left to that is nobody's judgement: "leave it to chance".
NOBODY = frozenset({"chance", "fate", "luck", "nature"})
TOO_SOON = frozenset({"early", "soon"})
# What one is "up to" that is a measure of ability, no one's judgement: "the chair is up to the task".
MEASURES = frozenset({"job", "task", "challenge", "standard", "mark", "scratch", "speed", "date", "par", "it", "this",
                      "that", "snuff", "work", "role"})
# What one is "up to" that is a doing, no one's judgement: "up to no good", "up to something", "up to his old tricks".
DOINGS = frozenset({"good", "something", "anything", "mischief", "trick"})
# Modals of a call on someone else: "ministers should let the market decide" asks for a course, a side (modals alone:
# examining.CALLING_FOR adds the verbs that ask for a course, "urge", "ask", "want" ...).
CALLING_MODALS = frozenset({"should", "must", "ought", "need"})
# The openings of an indirect question: "too early to say whether ...", "nobody can say how it ends".
ASKING = frozenset({"whether", "if", "which", "what", "how", "when", "who"})
# The words these tests need of the token itself (undecided.NO_SIDE_WORDS).
WORDS = frozenset({"be", "up", "leave", "let", "say", "tell", "judge"})


def _infinitive(verb: Token) -> Token | None:
    """The infinitive a verb governs ("is not for X to say", "my place to tell"), as the parser hangs it."""
    return next((c for c in verb.children if c.dep_ in {"advcl", "xcomp", "acl"} and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _to_whom(tok: Token) -> list[Token]:
    """The objects of the word's "to" ("up to [the board]", "leave the verdict to [the inspectors]")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


def not_ours_to(tok: Token) -> bool:
    """"it was not for the council to tell voters how to choose", "that is not for me to say", "it isn't my
    place to say", "not my role to judge it": a negated "be" whose infinitive is a verb of judging (JUDGING),
    said to belong to someone else or to be no role of the speaker's. Not "it is for us to say" (no negation)."""
    if tok.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in tok.children):
        return False
    verb = _infinitive(tok)
    if verb is None:  # "that is not for me to say": the parser's "for" marks the infinitive
        verb = next((c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                     and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
    if verb is None:
        verb = next((_infinitive(c) for c in tok.children if c.dep_ == "attr" and c.lemma_.lower() in ROLES), None)
        if verb is None:
            return False
    elif not (any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
              or any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children)
              or any(c.dep_ == "attr" and c.lemma_.lower() in ROLES for c in tok.children)):
        return False
    return verb.lemma_.lower() in JUDGING


def up_to_others(tok: Token) -> bool:
    """"the next step is up to the full council", "the timing was up to the board": "up to" someone as what a
    thing is. Not an amount ("up to 400 posts", "up to five percent": a number on the noun), not the speaker's own
    ("up to us"), not a charge laid on someone with an act of their own ("it is up to the council to stop this"), not a
    measure of ability ("the chair is up to the task"), not a doing ("up to no good")."""
    if tok.lower_ != "up" or tok.head.lemma_.lower() != "be":
        return False
    owners = _to_whom(tok)
    if not owners or any(g.lower_ in OURS or g.lemma_.lower() in MEASURES | DOINGS or g.pos_ == "NUM" or g.like_num
                         or any(d.dep_ == "nummod" or d.like_num for d in g.children) for g in owners):
        return False
    act = _infinitive(tok.head) or _infinitive(tok)
    return act is None or act.lemma_.lower() in JUDGING


def handed_over(tok: Token) -> bool:
    """"I will leave the verdict to the inspectors", "let the voters decide": a judgement handed to someone else. A
    "leave" with an object of judgement (LEFT) and a "to" someone (not chance or fate, not "us"); a "let" of a verb
    of judging said of what the speaker will do, not called for ("ministers should let the market decide"); neither denied
    ("will not let them decide" keeps it)."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "leave" and tok.pos_ == "VERB":
        if not any(c.dep_ == "dobj" and (c.lower_ in LEFT or c.lemma_.lower() in LEFT) for c in tok.children):
            return False
        owners = _to_whom(tok)
        return bool(owners) and not any(g.lower_ in OURS or g.lemma_.lower() in NOBODY for g in owners)
    if lemma == "let" and tok.pos_ == "VERB":
        said_by = tok.head if tok.dep_ == "xcomp" else tok  # "we are going to let them decide": the subject of "going"
        if not any(c.dep_ == "nsubj" for c in said_by.children) or any(
                c.lower_ in CALLING_MODALS for c in (*tok.children, *said_by.children)):
            return False  # "let the voters decide!", "should let the market decide": a course called for, a side
        return any(c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in JUDGING - {"say", "tell"}
                   and any(s.dep_ == "nsubj" and s.lower_ not in OURS for s in c.children) for c in tok.children)
    return False


def not_yet_told(tok: Token) -> bool:
    """"it is too soon to tell whether the plan works", "too early to say", "nobody could say yet whether the
    money suffices", "too early to judge": the outcome not yet to be told. A "say"/"tell"/"judge" after "too early/soon",
    or with "nobody"/"no one" as its subject under "can"/"could" and an indirect question as its object."""
    if tok.lemma_.lower() not in {"say", "tell", "judge"} or tok.pos_ != "VERB":  # ("too early to judge": session 38)
        return False
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ in TOO_SOON and any(c.lower_ == "too" for c in head.children):
        return True
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    nobody = subject is not None and (subject.lower_ in {"nobody", "noone"} or (
        subject.lower_ == "one" and any(d.lower_ == "no" for d in subject.children)))
    modal = any(c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in tok.children)
    asked = any(c.dep_ in {"ccomp", "xcomp", "dobj"} and next(iter(c.subtree)).lower_ in ASKING for c in tok.children)
    return nobody and modal and asked
