"""Declarations of no side by examining: the speaker (or the body they speak for) says the question is still under
study, that judging it is not why they are there, that its outcome is hard to call, or gives no recommendation.

Read by undecided.declaration beside its own forms (session 38, issue 9 item 3: DEVELOP's gold-neutral statements given
a side, most carried from the speaker's other statements or read by the learned layer):
- "it would examine whether the landlord had answered the letters", "the firm is weighing whether to sell the quarry",
  "ministers were looking at whether a buyer could be found", "whether the mayor saw them is what we are looking at",
  "the ministry would study the application": an open question (or a proposal) under examination by its subject
  (`examining`; not called for, "he should consider whether ...", which asks for a course, nor denied);
- "I am not here to judge what went wrong last spring", "the board is not in the business of forecasting elections": judging
  denied as the speaker's purpose (`not_here_to`);
- "she expects the count to be close", "they foresee a close ballot", "the count will be close": the outcome open
  (`close_outcome`; not "we are very close", a party near its goal, nor "close to a deal", nor "had a close call", an
  escape);
- "how the council pays for it is their call", "that is the board's business": a judgement said to be someone else's
  (`theirs_to_call`; not "my call", "our decision");
- "the resignation made the contest hard to call", "it is difficult to predict how the members will vote": the outcome
  open (`hard_to_call`; not with a thing of its own to say, "hard to say no to");
- "will send the lease to a ballot without any recommendation", "has made no recommendation": no side given where
  one is asked for (`no_recommendation`).
General English forms only; pinned by tests/judge/test_examining.py on invented sentences.
"""

from __future__ import annotations

from typing import Any

from .abstention import COMING
from .deference import JUDGING

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs of examining a question before judging it ("would examine whether", "is weighing whether to", "look at whether").
EXAMINING = frozenset({"examine", "study", "weigh", "assess", "consider", "review", "investigate", "explore",
                       "evaluate", "look", "scrutinise", "scrutinize", "analyse", "analyze"})
# What one examines that is a proposal put to the speaker, not yet judged ("would study the application").
PROPOSALS = frozenset({"request", "bill", "application", "proposal", "offer", "bid", "motion", "petition",
                       "submission", "plan", "plans", "proposals", "draft"})
# Modals and verbs that call for the examining, a course asked of someone ("should consider whether he stays"): a side
# (deference.CALLING_MODALS holds the modals alone).
CALLING_FOR = frozenset({"should", "must", "ought", "need", "needs", "urge", "ask", "call", "tell", "want", "demand"})
# Adverbs that narrow what was examined to one thing, a claim about it ("the inspectors looked only at whether the quay
# flooded": q_pardon lost two supports on the first run).
NARROWING = frozenset({"only", "just", "merely", "solely", "simply"})
# Verbs of putting a thing to others, which "without a recommendation" may qualify ("send the lease to a ballot without a
# recommendation"; not "would go on fighting it even without a recommendation": q_vote lost an oppose).
PUTTING = frozenset({"put", "send", "refer", "pass", "forward", "table", "present", "submit", "return", "ballot"})
# Adjectives of an outcome hard to foresee ("hard to call", "difficult to predict").
HARD = frozenset({"hard", "difficult", "impossible", "tough", "tricky"})
FORESEEING = frozenset({"call", "predict", "forecast", "say", "tell", "judge"})
# Nouns of a contest whose outcome may be said to be close ("a close ballot", "the count will be close").
CONTESTS = frozenset({"vote", "race", "contest", "result", "ballot", "count", "election", "outcome", "finish", "call",
                      "fight", "decision", "referendum"})
# Verbs of expecting an outcome: "we expect the vote to be close".
EXPECTING = frozenset({"expect", "predict", "think", "reckon", "anticipate", "forecast", "believe"})
# Nouns of a judgement that may be said to be someone's: "it is their call", "that is the board's business".
OWNED = frozenset({"call", "business", "decision", "choice", "affair", "prerogative"})
OURS = frozenset({"my", "our", "mine", "ours"})
# Possessors that make the judgement everyone's, a claim ("the harbour is everybody's business": q_compulsory lost a
# support).
EVERYONE = frozenset({"everybody", "everyone", "anybody", "anyone", "nobody", "somebody", "someone", "all"})
# Nouns of a side one is asked to give ("without a recommendation", "made no recommendation").
RECOMMENDATIONS = frozenset({"recommendation", "endorsement"})
GIVING = frozenset({"make", "give", "issue", "offer"})
# The words these tests need of the token itself (undecided.NO_SIDE_WORDS).
WORDS = EXAMINING | {"be", "close"} | FORESEEING | RECOMMENDATIONS | OWNED


def _not(tok: Token) -> bool:
    """A "not"/"never" on the verb, or on the verb it completes."""
    verbs = [tok, tok.head] if tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"} else [tok]
    return any(c.dep_ == "neg" or c.lower_ == "never" for v in verbs for c in v.children)


def _first_word(tok: Token) -> str:
    return str(next(iter(tok.subtree)).lower_)


def _opens_question(tok: Token) -> bool:
    """The clause is an indirect question opened by "whether" ("whether the landlord had answered", "whether to sell")."""
    return _first_word(tok) == "whether" or any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children)


def _called_for(verb: Token) -> bool:
    """The examining is asked of someone: a modal of obligation on it ("should consider"), or a verb of asking above it
    ("urged the board to review whether"), or no subject at all (an imperative, "look at whether ...")."""
    if any(c.dep_ == "aux" and c.lower_ in CALLING_FOR for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CALLING_FOR:
        return True
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or (
        verb.dep_ in {"xcomp", "conj"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.head.children))
    return not subject


def examining(tok: Token) -> bool:
    """"it would examine whether ...", "is weighing whether to sell", "were looking at whether ...", "whether X is what
    we are looking at", "would study the application": an open question (or a proposal put to the speaker, under a future's
    auxiliary) under examination by the verb's subject; not denied, not called for (`_called_for`), not told in the past
    or narrowed to one thing ("the inspectors looked only at whether the quay flooded": a claim about what they did)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EXAMINING or _not(tok) or _called_for(tok):
        return False
    kids = list(tok.children)
    if tok.tag_ in {"VBD", "VBN"} or any(t.lower_ in NARROWING for c in kids for t in (c, *c.children)):
        return False  # a past examining told ("the inspectors looked at whether ..."), or one narrowed: a narrated claim
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and _opens_question(c) for c in kids):
        return True
    preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in {"at", "into"}]
    if any(g.dep_ in {"pcomp", "pobj"} and _opens_question(g) for p in preps for g in p.children):
        return True
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "be" and any(
            c.dep_ == "csubj" and _opens_question(c) for c in tok.head.children):
        # "whether the mayor saw the letters is what we are looking at": the question as the subject, the
        # examining its predicate ("what" the object of the verb or of its "at")
        return any(t.lower_ == "what" for t in tok.subtree)
    future = any(c.dep_ == "aux" and c.lower_ in COMING for c in kids)
    return future and any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSALS
                          and not any(d.dep_ in {"acl", "relcl", "amod"} for d in c.children) for c in kids)


def not_here_to(tok: Token) -> bool:
    """"I am not here to judge what went wrong", "you are not here to decide if you like it", "not in the business of
    forecasting elections": a negated "be here" whose infinitive is a verb of judging (deference.JUDGING), or a negated
    "be in the business of" judging."""
    if tok.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in tok.children):
        return False
    business = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                and any(g.lemma_.lower() == "business" for g in c.children)]
    if business:  # "not in the business of forecasting elections"
        # (the gerund as the parser hangs it: "of predicting" a pcomp, "of forecasting elections" a compound)
        return any(t.tag_ == "VBG" and t.lemma_.lower() in JUDGING for t in business[0].subtree)
    if not any(c.lower_ == "here" and c.dep_ == "advmod" for c in tok.children):
        return False
    return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in JUDGING
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def hard_to_call(tok: Token) -> bool:
    """"made the contest hard to call", "it is difficult to predict how members will vote": a verb of foreseeing after
    an adjective of difficulty; "say"/"tell"/"judge" only with nothing to say of their own or an indirect question ("hard
    to say no to the offer" says something)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in FORESEEING or tok.dep_ != "xcomp":
        return False
    # the adjective governs it ("made the vote hard to call"), or stands beside it under "be" ("it is hard to call")
    hard = tok.head if tok.head.lower_ in HARD else None
    if hard is None and tok.head.lemma_.lower() == "be":
        hard = next((c for c in tok.head.children if c.dep_ == "acomp" and c.lower_ in HARD), None)
    if hard is None or any(c.dep_ == "neg" for c in (*hard.children, *tok.head.children)):
        return False
    if tok.lemma_.lower() in {"call", "predict", "forecast"}:
        return True
    objects = [c for c in tok.children if c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd"}]
    return all(_first_word(c) in {"whether", "if", "how", "what", "which", "who", "when"} for c in objects)


def no_recommendation(tok: Token) -> bool:
    """"send the lease to a ballot without any recommendation", "did not make a recommendation", "has made no
    recommendation": a side asked for, not given."""
    if tok.lemma_.lower() not in RECOMMENDATIONS or tok.pos_ != "NOUN":
        return False
    if any(d.dep_ in {"prep", "acl", "relcl"} and d.lower_ not in {"on", "about"} for d in tok.children):
        return False  # "without a recommendation from the board that ..." says whose and what
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return tok.head.head.lemma_.lower() in PUTTING and not any(c.lower_ == "even" for c in tok.head.children)
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in GIVING:
        return False
    return _not(tok.head) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def close_outcome(tok: Token) -> bool:
    """"they foresee a close ballot", "the count will be close", "she expects it to be close": a contest's outcome said to
    be close, no side. Not "we are very close" (a party near its goal: only a contest's noun, or "it" under a verb of
    expecting, is close here), not "close to a deal" (a phrase of its own), not denied."""
    if tok.lower_ != "close" or tok.pos_ != "ADJ" or any(c.dep_ in {"prep", "neg", "xcomp"} for c in tok.children):
        return False
    if tok.dep_ == "amod":
        noun = tok.head
        if noun.lemma_.lower() == "call" and noun.dep_ in {"dobj", "pobj"} and noun.head.lemma_.lower() not in EXPECTING:
            # "the town had a close call", "survived a close call": a narrow escape, not a contest's outcome (as what a
            # thing is or is expected to be, "it will be a close call", it is one: test_a_close_call_escaped_is_no_contest)
            return False
        return noun.lemma_.lower() in CONTESTS
    if tok.dep_ != "acomp" or tok.head.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in tok.head.children):
        return False
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in CONTESTS:
        return True
    return subject.lower_ == "it" and tok.head.dep_ in {"ccomp", "xcomp"} and tok.head.head.lemma_.lower() in EXPECTING


def theirs_to_call(tok: Token) -> bool:
    """"how the council pays for it is their call", "that is the board's business": a judgement's noun (OWNED) as what the
    subject is, said to be someone else's (a possessive that is not the speaker's), with nothing said of it ("the wrong
    call", "a brave decision" judge it)."""
    if tok.lemma_.lower() not in OWNED or tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return False
    if any(c.dep_ == "neg" for c in tok.head.children) or any(c.dep_ in {"amod", "compound", "relcl", "acl"}
                                                              for c in tok.children):
        return False
    if any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in tok.head.children):
        return False  # "it is the board's decision, and we will respect whatever it decides": the clause after says more
    owners = [c for c in tok.children if c.dep_ == "poss"]
    return bool(owners) and not any(o.lower_ in OURS | EVERYONE for o in owners)
