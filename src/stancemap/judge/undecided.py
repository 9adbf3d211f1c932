"""A statement that declares no side: "he had still not decided how he would vote", "the ministry does
not take sides", "before I take a position", "the panel has an open mind", "his members are split".

Such a statement has no stance word (it names none of the question's words, or names them and takes no
side), so judge/carry.py would give it its speaker's side from elsewhere; but it says in plain words that the speaker (or the
body they speak for) holds none, so it is neutral, whatever the speaker says elsewhere. General English
forms only: a verb of deciding or judging denied, put off or turned down ("too early to prejudge", "am
not going to speculate", "declined to comment") or still to come on a side or an open question ("will
decide whether ...", session 12), a side, position, stand or decision not taken (or taken "no"),
an open mind, a group said to be split, divided, undecided or torn. Session 10 (docs/evaluation.md);
pinned by tests/judge/test_undecided.py on invented sentences. Session 18 (carried stances): "has not yet made up
his mind" (a verb of deciding), "will respect whatever the board decides" (any outcome taken), "is for the
trustees to decide" (the decision left to others): statements that took their speaker's side from elsewhere.
Session 19 (carried stances): a decision still to come, said with nothing of its content ("will deliver its final
decision by April", "she expected a decision in the autumn", "no decision was expected", "the council would vote on
the design on 12 May") and "no option had been ruled out": schedules and processes of the decision, which took their
speaker's side from elsewhere where the batches' gold reads them neutral.
Session 20 (sides read onto statements that take none): a declaration is read on every statement judged in its own
words and outweighs a side read from no stance word, valence alone, and stance words inside its own clause
(`outweighs`: what the speaker was asked, what others hold); none is read inside an if-clause; a thing left to
someone else ("a matter for the board"), "no view", declining to say which way, all options looked at, an outcome
taken whatever others set, a decision resting with someone, "neutral on" a thing, a process's independence respected.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..extract.lexicon import HEDGES, NEGATIVE, REFUSING
from .abstention import (
    COMING,
    abstains,
    any_way,
    for_others,
    indifferent,
    neither_side,
    no_comment,
    not_anticipated,
    not_given,
    outcome_kept,
    waiting_to_see,
)
from .abstention import WORDS as ABSTENTION_WORDS
from .deference import WORDS as DEFERENCE_WORDS
from .deference import handed_over, not_ours_to, not_yet_told, up_to_others
from .examining import WORDS as EXAMINING_WORDS
from .examining import close_outcome, examining, hard_to_call, no_recommendation, not_here_to, theirs_to_call
from .negation import negated
from .polarity import RESISTING
from .wordnet import wordnet

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs of deciding, and the nouns of a side one takes: "has not decided", "take no position".
DECIDING = frozenset({"decide", "determine", "prejudge", "speculate", "comment", "conclude"})
# "too early to decide": a decision put off.
TOO_SOON = frozenset({"early", "soon"})
# Verbs that turn down what they govern: "declined to take a side", "refused to comment".
DECLINING = frozenset({"decline", "refuse"})
SIDES = frozenset({"side", "sides", "position", "stand", "stance", "view", "opinion"})  # "had no view on whether ..."
# The nouns of the verbs of deciding: a decision not taken ("has taken no decision", "no decision has been made").
DECISIONS = frozenset({"decision", "conclusion", "determination", "judgement", "judgment"})
# What a decision comes to: "regardless of the outcome", "the ruling, whatever it is" (tests/judge/test_undecided.py).
OUTCOMES = DECISIONS | {"outcome", "result", "verdict", "ruling", "vote"}
# Verbs whose object is a side or a decision taken: "take a position", "make a decision", "reach a conclusion"; "draw"
# since session 38 ("drew no conclusion", "before she drew any conclusion": tests/judge/test_examining.py).
TAKING = frozenset({"take", "have", "make", "reach", "draw"})
# COMING, the auxiliaries of a decision still to come ("will decide whether ...", "a decision won't be taken before May"),
# is abstention's set since session 38 (with "wo": tests/judge/test_undecided.py).
# Words that put a decision off: "before deciding", "yet to decide", "until she takes a position".
DEFERRING = frozenset({"before", "until", "yet"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Prepositions that name what the options hold ("including a strike", "like a court case"; "such as").
NAMING = frozenset({"including", "like"})
# Verbs that wait for a decision to come: "I expect a decision by May", "we await the ruling".
AWAITING = frozenset({"expect", "await", "anticipate"})
# Verbs that bring a decision about: "will take its decision", "due to deliver its decision" (not a
# verb done to a decision, "will appeal the decision", "would respect the decision").
GIVING = TAKING | {"deliver", "announce", "issue", "give", "publish", "hand", "render"}
# Prepositions that put something off until a decision: "before a final decision", "pending a decision".
UNTIL_DECIDED = frozenset({"before", "until", "pending", "awaiting"})
# What a decision still to come may be called besides its noun's own words: "its final decision", "a formal
# ruling" (a modifier of value, "the right decision", "a brave decision", takes a side and is no such decision).
PLAIN_DECISION = frozenset({"final", "formal", "definitive", "provisional", "official", "binding", "full"})
# The marks of a clause that supposes rather than states: "if a deal cannot be concluded".
SUPPOSING = frozenset({"if", "unless"})
# Verbs of weighing every option: "is looking at all options", "would consider every option".
WEIGHING = frozenset({"look", "consider", "examine", "study", "weigh", "explore", "review"})
# Verbs of telling, turned down with a question as their object: "declined to say whether they would back it"; "tell"
# since session 37 ("would not tell members how to vote": tests/judge/test_abstention.py).
TELLING = frozenset({"say", "tell", "reveal", "disclose", "indicate", "specify"})
# The words that open an indirect question: "whether", "which side", "how she would vote".
ASKING = frozenset({"whether", "if", "which", "what", "how", "when", "who"})
# Nouns of a thing to be settled that may be said to belong to someone: "a matter for the board".
MATTERS = frozenset({"matter", "question", "issue", "business"})
# Words that make "a matter for X" X's right against all others ("for the town and for nobody else").
ALONE = frozenset({"nobody", "alone", "only", "solely", "exclusively", "else"})
# Verbs of choosing what others will have to take: "whatever fee the trustees pick" (and DECIDING's).
CHOOSING = DECIDING | {"choose", "set", "pick", "opt", "agree", "adopt"}
# The free relatives of an outcome left open: "will respect whatever it decides", "its decision, whatever it is"
# (tests/judge/test_undecided.py).
ANY_OUTCOME = frozenset({"whatever", "whichever"})


def _deferred(tok: Token, denied: bool) -> bool:
    """Denied (`denied`: the caller's reading of it), or put off: under "before"/"until" ("before
    deciding", "before I take a position") or after "yet to" ("is yet to decide")."""
    if denied or tok.head.lemma_.lower() in DECLINING:
        return True
    if tok.head.lower_ in TOO_SOON and any(c.lower_ == "too" for c in tok.head.children):
        return True  # "too early to prejudge" (not "too quick to judge", which says they did)
    # (a "before" phrase of the verb's own is its date: "will decide before the summer" puts nothing off)
    if any(a.lower_ in DEFERRING for a in (tok.head, tok.head.head)):
        return True
    marks = [c for c in tok.children if c.dep_ in {"mark", "advmod"} and c.lower_ in DEFERRING]
    # "before I take a position", "before deciding"; a body named as the one deciding dates something else ("a week
    # before the council decides, she will publish her report": session 20, tests/judge/test_undecided.py)
    return bool(marks) and not any(c.dep_ in SUBJECTS and c.pos_ in {"NOUN", "PROPN"} for c in tok.children)


def _own_not(tok: Token) -> bool:
    """A "not"/"never" on the verb itself ("has not yet decided"), or on the verb it completes ("am not
    going to speculate", "did not want to comment")."""
    verbs = [tok, tok.head] if tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"} else [tok]
    return any(c.dep_ == "neg" or c.lower_ == "never" for v in verbs for c in v.children)


def _deciding(tok: Token) -> bool:
    """A verb of deciding: DECIDING's, or "make up one's mind" (its "make", with "up" and "mind")."""
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() in DECIDING:
        return True
    # "have not made up their minds": the noun's lemma (its plural too; tests/judge/test_undecided.py)
    return tok.lemma_.lower() == "make" and {"up", "mind"} <= {
        c.lemma_.lower() for c in tok.children if c.dep_ in {"prt", "dobj"}}


def _any_outcome(tok: Token) -> bool:
    """"will respect whatever the committee decides", "has my backing whatever she decides", "the
    members' decision, whatever it is", "will picket the meeting regardless of the outcome": the speaker
    takes the decision as it comes, whichever way it goes. A free relative ("whatever") as the object of a
    verb of deciding or as what a decision's noun is; "regardless of" (or "irrespective of") an outcome or a
    clause ("regardless of what is agreed"), not a bare "regardless" ("will go ahead regardless" defies)."""
    head = tok.head
    if tok.lower_ in {"regardless", "irrespective"}:
        return any(c.lower_ == "of" and any(g.lemma_.lower() in OUTCOMES or g.dep_ == "pcomp" for g in c.children)
                   for c in tok.children)
    if tok.lower_ not in ANY_OUTCOME:
        return False
    if tok.dep_ == "dobj" and _deciding(head):
        return True
    if tok.dep_ == "det" and head.dep_ == "dobj" and (head.head.lemma_.lower() in CHOOSING or head.lemma_.lower() in OUTCOMES):
        # (or the outcome named: "will respect whatever ruling the panel makes", session 30,
        # tests/judge/test_conditions_conceded.py::test_whatever_is_decided_sets_no_condition)
        # "will police whatever fee the board picks", "whichever route they choose" (session 20, test_undecided); not
        # the outcome fought ("will fight whatever plan the board adopts": review s20, test_undecided)
        governor = head.head.head
        return governor.i == head.head.i or governor.lemma_.lower() not in NEGATIVE | REFUSING | RESISTING
    return tok.dep_ == "attr" and head.lemma_.lower() == "be" and (
        head.head.lemma_.lower() in OUTCOMES or any(c.lemma_.lower() in OUTCOMES for c in head.head.children
                                                    if c.dep_ in {"dobj", "nsubj", "nsubjpass"}))


def _options_open(tok: Token) -> bool:
    """"Every option remains on the table", "keeps all its options open": every way of deciding still open."""
    if tok.lemma_.lower() != "option" or not any(c.lower_ in {"all", "every", "any"} for c in tok.children):
        return False
    head = tok.head
    if any(c.dep_ == "prep" and (c.lower_ in NAMING or (c.lower_ == "as" and any(d.lower_ == "such" for d in c.children)))
           for c in head.subtree):
        return False  # "every option remains on the table, including a legal challenge": a step weighed, named (a threat)
    weighing = head.head if tok.dep_ == "pobj" and head.lower_ == "at" else head  # "looking at all options"
    if weighing.lemma_.lower() in WEIGHING and (tok.dep_ == "dobj" or weighing is not head):
        # "is looking at all options", "would consider every option"; not with an if-clause, a threat
        # ("would weigh every option if the plan went ahead": tests/judge/test_undecided.py)
        return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SUPPOSING for m in c.children)
                       for c in weighing.children)
    if tok.dep_ == "nsubj":  # "every option remains on the table"
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "table" for g in c.children)
                   for c in head.children) or any(c.lower_ == "open" and c.dep_ == "acomp" for c in head.children)
    return tok.dep_ == "dobj" and any(c.lower_ == "open" and c.dep_ in {"oprd", "acomp", "xcomp"} for c in head.children)


def _left_to_others(tok: Token) -> bool:
    """"That is for the trustees to decide", "is for councillors to judge": a decision (or a judgement)
    said to belong to someone named, "for X to" deciding, not the speaker's own."""
    if tok.pos_ != "VERB" or not (_deciding(tok) or tok.lemma_.lower() == "judge"):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(c.dep_ in SUBJECTS for c in kids)


def _not_telling(tok: Token) -> bool:
    """"declined to say whether they would back the bid", "would not say which side she was on", "refused to
    reveal how he would vote": a verb of telling denied or turned down, whose object is an indirect question
    (not "refused to say yes", nor "would not say anything more": session 20, tests/judge/test_undecided.py);
    or whose object offers two opposite verdicts, "won't say it was right or wrong", "not going to come on air and say
    it was good or bad" (`_verdicts_offered`, session 36)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TELLING | VERDICT_GIVING:
        return False
    turned_down = _own_not(tok) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in DECLINING)
    if tok.lemma_.lower() in TELLING and turned_down and any(
            c.dep_ in {"ccomp", "xcomp", "dobj"} and next(iter(c.subtree)).lower_ in ASKING for c in tok.children):
        return True
    # "not going to come on air and say ...": the "not" of the verb it is coordinated with
    turned_down = turned_down or (tok.dep_ == "conj" and tok.head.pos_ == "VERB" and (
        _own_not(tok.head) or (tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() in DECLINING)))
    return turned_down and _verdicts_offered(tok)


# Verbs that give a verdict as well as TELLING's: "refuse to call it right or wrong", "won't judge it good or bad".
VERDICT_GIVING = frozenset({"call", "judge", "pronounce", "deem"})


def _verdicts_offered(tok: Token) -> bool:
    """Two opposite verdicts joined by "or" in what the verb governs ("right or wrong", "good or bad", "fair or
    unfair": WordNet antonyms): the speaker declines to choose between them, no side (session 36; tests/judge/
    test_undecided.py::test_a_refusal_to_choose_between_two_verdicts)."""
    for t in tok.subtree:
        if t.i == tok.i or t.pos_ not in {"ADJ", "NOUN"}:
            continue
        for other in t.children:
            if other.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in t.children) and (
                    other.lemma_.lower() in wordnet().antonyms(t.lemma_.lower(), "a" if t.pos_ == "ADJ" else "n")
                    or t.lemma_.lower() in wordnet().antonyms(other.lemma_.lower(), "a" if other.pos_ == "ADJ" else "n")):
                return True
    return False


def _deferred_to_others(tok: Token) -> bool:
    """"This is a matter for the board", "this is a question for the wardens, not for my department": a thing to be
    settled said to belong to someone else, as the predicate of "be" (session 20; session 18 tried it without
    the exception and lost a statement of the base corpora: "a matter for the town and for nobody else" claims
    the right against all others, a side, and "a matter for us" the speaker's own; tests/judge/test_undecided.py)."""
    if tok.lemma_.lower() not in MATTERS or tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return False
    owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    if not owners or any(g.lower_ in {"us", "me", "now"} for g in owners):
        return False
    return not any(t.lower_ in ALONE for t in tok.head.subtree)  # (the parser hangs "and for nobody else" on "be")


def _resting_with(tok: Token) -> bool:
    """"the decision rests with the full council", "the choice lies with the voters": a decision said to belong
    to someone (session 20; as "a matter for the board", `_deferred_to_others`; tests/judge/test_undecided.py)."""
    return (tok.lemma_.lower() in DECISIONS | {"choice"} and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in {"rest", "lie"}
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.head.children))


def _neutral_on(tok: Token) -> bool:
    """"stays neutral on the bridge", "is neutral about the design": a side held on nothing, said of a thing
    named (not a bare "will remain neutral", which under a question of joining a bloc is a side: session 20,
    tests/judge/test_undecided.py)."""
    return (tok.lower_ == "neutral" and tok.dep_ in {"acomp", "oprd"} and not negated(tok)
            and any(c.dep_ == "prep" and c.lower_ in {"on", "about"} for c in tok.children))


def _independence_respected(tok: Token) -> bool:
    """"will respect the independence of the inquiry", "respects the independence of the courts": a process
    left to run on its own (session 20; tests/judge/test_undecided.py)."""
    return (tok.lemma_.lower() == "independence" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "respect"
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def _no_side_taken(tok: Token) -> bool:
    """"take no side", "does not take sides", "declined to take a position", "has taken no decision", "no
    decision has been made": a side's or a decision's noun as the object of "take" (or "have", "make",
    "reach"), or as a passive's subject, denied or put off."""
    if not (tok.lower_ in SIDES or tok.lemma_.lower() in DECISIONS) or tok.head.lemma_.lower() not in TAKING:
        return False
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    if tok.dep_ == "nsubjpass":
        return no  # "no decision has been taken"
    return tok.dep_ == "dobj" and (no or _deferred(tok.head, negated(tok.head)))


def _decision_to_come(tok: Token) -> bool:
    """A verb of deciding still to come whose object is a side or an open question: "would decide its
    position in the coming days", "will decide whether to back it" (not its date alone: "will decide
    before the summer" says when, not that no side is held)."""
    if not any(c.dep_ == "aux" and c.lower_ in COMING for c in tok.children):
        return False
    # ("whether to approve the terminal" is the parser's xcomp, "whether it backs it" its ccomp: test_undecided)
    return any((c.dep_ == "dobj" and c.lower_ in SIDES) or (c.dep_ in {"ccomp", "xcomp"} and any(
        m.dep_ == "mark" and m.lower_ == "whether" for m in c.children)) for c in tok.children)


def _decision_pending(tok: Token) -> bool:
    """A decision said to be still to come, with nothing of its content: "the board will deliver its final
    decision by April", "she expected a decision in the autumn", "she would listen to everyone before a final
    decision", "no decision was expected this week", "no outcome had yet been decided" (session 19, carried stances:
    schedules of a decision took their speaker's side from elsewhere). A decision's noun (DECISIONS, and an
    outcome or a ruling when denied) with no clause of its own ("the decision to close the plant" says what it
    is) and no modifier of value ("the right decision"), as the object of a verb still to come (a future or
    an infinitive) that brings it about or of a verb of awaiting, under a word that puts something off until
    it, or denied as a passive's subject. Pinned by tests/judge/test_undecided.py."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in OUTCOMES:
        return False
    kids = list(tok.children)
    if any(c.dep_ in {"acl", "relcl", "ccomp"} for c in kids) or any(
            c.dep_ == "amod" and c.lower_ not in PLAIN_DECISION for c in kids):
        return False
    head = tok.head
    if tok.dep_ == "nsubjpass":  # "no decision was expected", "no outcome had yet been decided" (not "a no vote")
        dets = [c.lower_ for c in kids if c.dep_ == "det"]
        if dets == ["no"]:
            return True
        # "a decision will be taken next week", "any decision would be announced meeting by meeting"
        return lemma in DECISIONS and head.lemma_.lower() in GIVING and _future(head)
    if lemma not in DECISIONS:
        return False
    if tok.dep_ == "pobj":  # "before a final decision", "pending a decision", "a deadline for a decision"
        return head.lower_ in UNTIL_DECIDED or (head.lower_ == "for" and head.head.lemma_.lower() in {"deadline", "date"})
    if tok.dep_ != "dobj" or negated(head):
        return False
    if head.lemma_.lower() in AWAITING:
        return True
    # "will take its decision", "would make that decision", "due to deliver its decision"
    return head.lemma_.lower() in GIVING and (_future(head) or any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in head.children))


def _future(tok: Token) -> bool:
    """The verb has a future's auxiliary ("will", "would", "shall")."""
    return any(c.dep_ == "aux" and c.lower_ in COMING for c in tok.children)


def _outcome_left(tok: Token) -> bool:
    """"would not dictate the result", "would not prejudge the decision": a speaker who says they will not decide
    the outcome for others holds no side in it (session 19; tests/judge/test_undecided.py)."""
    return (tok.pos_ == "VERB" and tok.lemma_.lower() in {"dictate", "predetermine", "preempt", "pre-empt"}
            and _own_not(tok) and any(c.dep_ == "dobj" and c.lemma_.lower() in OUTCOMES for c in tok.children))


def _deciding_to_come(tok: Token) -> bool:
    """A body's decision still to come, said with its verb and no side: "the council will decide on the
    petition within weeks", "would vote on the fate of the line on 20 May", "we will deliberate and vote
    in June", "the court will rule on the appeal" (session 19: as a decision's noun, _decision_pending). A
    verb of deciding (or "vote", "deliberate", "rule on") under a future's auxiliary, not denied, with no
    decision of its own ("will decide to close", "will vote for the bill", "would vote against it"). Pinned by
    tests/judge/test_undecided.py ("would decide before the summer", "vote on the design", "vote yes")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in {"decide", "vote", "deliberate", "rule"} or _own_not(tok):
        return False
    if tok.dep_ in {"relcl", "acl"}:
        return False  # "the largest budget this board will ever vote on": a noun described (session 20, test_undecided)
    kids = list(tok.children)
    future = tok if any(c.dep_ == "aux" for c in kids) else tok.head if tok.dep_ == "conj" else tok
    if not _future(future):
        return False
    if any(c.dep_ in {"xcomp", "ccomp", "dobj", "prt", "advcl"} for c in kids):
        return False  # "will decide to close", "will decide that ...", "would rule out", "votes the budget"
    # (the next two words of the text, not of the subtree: the parser may hang "yes" elsewhere, "we’ll vote yes")
    if any(d.lower_ in {"yes", "no", "aye", "nay"} for d in tok.doc[tok.i + 1:min(tok.i + 3, tok.sent.end)]) or any(
            c.dep_ == "prep" and any(g.lemma_.lower() in {"favour", "favor"} for g in c.children) for c in kids):
        return False  # "would vote yes", "will vote no tonight", "will vote in favour": a side
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    if lemma == "rule" and "on" not in preps:
        return False
    return not preps & {"for", "against", "with", "to"}


def _outcome_open(tok: Token) -> bool:
    """An outcome said to be open, either way: "the odds were fifty-fifty", "it is a coin toss", "a toss-up",
    "too close to call", "likely but far from certain", "anyone's guess", "no objection either way" (a way
    of either kind on a noun; "will go ahead either way" defies, as "regardless"). A forecast of no side: its
    speaker's side from elsewhere is not carried onto it (session 19; tests/judge/test_undecided.py)."""
    low = tok.lower_
    kids = list(tok.children)
    if low == "fifty":
        return any(c.lower_ == "fifty" and c.dep_ == "compound" for c in kids)
    if low == "toss" or (low == "up" and any(c.lower_ == "toss" for c in kids)):
        return tok.dep_ in {"attr", "appos"} and (low == "up" or any(c.lower_ == "coin" for c in kids))
    if low == "call" and tok.dep_ == "xcomp":  # "too close to call"
        return tok.head.lower_ == "close" and any(c.lower_ == "too" for c in tok.head.children)
    if low == "certain" and tok.head.lower_ == "from":  # "a yes vote was far from certain", said of a thing (not
        # "she is far from certain (that) it helps": a person's doubt about something said)
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or any(c.dep_ == "ccomp" for c in verb.children) or not any(
                c.dep_ == "nsubj" and (c.pos_ == "NOUN" or c.lower_ == "it") for c in verb.children):
            return False
        return any(c.lower_ == "far" for c in tok.head.children) or tok.head.head.lower_ == "far"
    if low == "guess" and tok.dep_ == "attr":  # "anyone's guess"
        return any(c.dep_ == "poss" and c.lower_ in {"anyone", "anybody"} for c in kids)
    if low == "way" and any(c.dep_ == "det" and c.lower_ == "either" for c in kids):
        head = tok.head  # "no objection either way", as the parser hangs it on the noun or on its verb
        return head.pos_ == "NOUN" or any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                                          for c in head.children)
    return False


def _nothing_ruled_out(tok: Token) -> bool:
    """"No option had been ruled out", "nothing is ruled out", "has not ruled anything out": every way of
    deciding still open, as _options_open's "every option remains on the table" (session 19; pinned by
    tests/judge/test_undecided.py, and "ruled out a second survey" rules out a thing, no side)."""
    if tok.lemma_.lower() != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "nsubjpass" and (c.lower_ == "nothing" or (c.lemma_.lower() == "option" and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children))):
            return True
        if c.dep_ == "dobj" and c.lower_ == "anything" and negated(tok):
            return True
    return False


def _split(tok: Token) -> bool:
    """A group said to be split, divided, undecided or torn ("the crew were split down the middle",
    "she remains undecided"): the word predicated of a subject, not a modifier ("a divided country")."""
    if tok.lower_ not in HEDGES or tok.tag_ not in {"JJ", "VBN"} or tok.dep_ == "amod" or negated(tok):
        return False  # "would split the town" acts on something; "a divided country" describes it
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False  # "until the lease is torn up": a thing torn up, not a mind torn (session 20, test_undecided)
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    if any(c.dep_ == "agent" for c in tok.children):
        return False  # "was divided by the river": split by something, not a group's mind (test_undecided)
    if not passive and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "has split the vote" (a passive's "object" is the parser's: "were split down the middle")
    return any(c.dep_ in SUBJECTS for c in tok.children) or (
        tok.dep_ in {"acomp", "oprd"} and any(c.dep_ in SUBJECTS for c in tok.head.children))


# Declarations of no side read off one word, in the order they are tried: (the test, the evidence's words).
_DECLARATIONS: tuple[tuple[Callable[[Token], bool], Callable[[Token], str]], ...] = (
    (lambda t: _deciding(t) and _decision_to_come(t), lambda t: f"{t.text}, still to come"),
    (_any_outcome, lambda t: f"{t.text} {t.head.text}"),
    (_options_open, lambda t: f"every {t.text} open"),
    (_nothing_ruled_out, lambda t: f"nothing {t.text} out"),
    (_outcome_open, lambda t: f"{t.text}: the outcome open"),
    (_outcome_left, lambda t: f"not {t.text} the outcome"),
    (lambda t: _deciding_to_come(t) or _decision_pending(t), lambda t: f"{t.text}, still to come"),
    (_left_to_others, lambda t: f"for someone else to {t.text}"),
    (_not_telling, lambda t: f"not {t.text} which way"),
    (_deferred_to_others, lambda t: f"a {t.text} for someone else"),
    (_resting_with, lambda t: f"the {t.text} {t.head.text} with someone else"),
    (_neutral_on, lambda t: f"{t.text} on it"),
    (_independence_respected, lambda t: f"{t.head.text} the {t.text}"),
    # session 34: deference (deference.py; tests/judge/test_deference.py)
    (not_ours_to, lambda t: f"not {t.text} for the speaker to judge"),
    (up_to_others, lambda t: f"{t.text} to someone else"),
    (handed_over, lambda t: f"{t.text} to someone else to judge"),
    (not_yet_told, lambda t: f"not yet to {t.text}"),
    # session 37: abstaining (abstention.py; tests/judge/test_abstention.py)
    (indifferent, lambda t: f"not {t.text} which way"),
    (any_way, lambda t: f"any {t.text} it goes"),
    (no_comment, lambda t: f"no comment: {t.text}"),
    (outcome_kept, lambda t: f"{t.text} the outcome as it comes"),
    (not_anticipated, lambda t: f"not {'pre-empt' if t.lower_ == 'empt' else t.text} the process"),
    (for_others, lambda t: f"{t.text} for someone else to judge"),
    (waiting_to_see, lambda t: f"waiting to {t.text}"),
    (not_given, lambda t: f"not {t.text}: no word given"),
    (neither_side, lambda t: f"{t.text} {t.head.text} nor its opposite"),
    (abstains, lambda t: f"{t.text}: a vote for neither side"),  # session 40 (test_abstention.py)
    # session 38: examining (examining.py; tests/judge/test_examining.py)
    (examining, lambda t: f"{t.text}: the question under examination"),
    (not_here_to, lambda t: f"not {t.text} here to judge"),
    (hard_to_call, lambda t: f"hard to {t.text}: the outcome open"),
    (no_recommendation, lambda t: f"no {t.text} given"),
    (close_outcome, lambda t: f"{t.text}: the outcome open"),
    (theirs_to_call, lambda t: f"{t.text}: someone else's to judge"),
)


# Every word (a token's lower-case form or lemma) one of declaration's tests needs of the token itself, read off each
# test's first line; keep in step with them. A token with none of them is passed over before any test: the same
# answer, faster (docs/performance.md, session 20; tests/judge/test_undecided.py::test_undecided_words_every_test_needs).
NO_SIDE_WORDS = (DECIDING | {"make", "judge", "mind", "option", "rule", "regardless", "irrespective"} | ANY_OUTCOME
                 | {"fifty", "toss", "up", "call", "certain", "guess", "way"}  # _outcome_open
                 | {"dictate", "predetermine", "preempt", "pre-empt"}  # _outcome_left
                 | {"decide", "vote", "deliberate"} | OUTCOMES | SIDES | DECISIONS | frozenset(HEDGES)
                 | TELLING | VERDICT_GIVING | MATTERS | {"choice", "neutral", "independence"}  # (session 20's five)
                 | DEFERENCE_WORDS  # (session 34's deference)
                 | ABSTENTION_WORDS  # (session 37's abstention)
                 | EXAMINING_WORDS)  # (session 38's examining)


def declaration(tokens: list[Token]) -> tuple[str, Token] | None:
    """The words by which the statement declares no side, and the word they were read off; or None. Not
    inside an if-clause ("would keep the old lease if a new one could not be concluded"): what is said there is
    supposed, not declared (session 20, tests/judge/test_undecided.py)."""
    for tok in tokens:
        if tok.lower_ not in NO_SIDE_WORDS and tok.lemma_.lower() not in NO_SIDE_WORDS:
            continue
        if _supposed(tok):
            continue
        # Only a "not" of its own denies a decision: "has no power to decide" says nothing of a side.
        if _deciding(tok) and _deferred(tok, own := _own_not(tok)):
            return f"{'not ' if own else ''}{tok.text}", tok
        declared = next((words(tok) for test, words in _DECLARATIONS if test(tok)), None)
        if declared is not None:
            return declared, tok
        if _no_side_taken(tok):
            denied = negated(tok.head) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
            return f"{tok.head.text} {'no ' if denied else ''}{tok.text}", tok
        if tok.lemma_.lower() == "mind" and any(c.dep_ == "amod" and c.lower_ == "open" for c in tok.children):
            return "an open mind", tok
        if _split(tok):
            return tok.text, tok
    return None


def _supposed(tok: Token) -> bool:
    """The token stands in an if- or unless-clause (an adverbial clause with that mark, up its heads)."""
    node = tok
    for _ in range(12):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUPPOSING for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Dependencies that open a clause of its own: a declaration's clause ends there (`clause_of`).
CLAUSE_EDGES = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "acl", "parataxis", "csubj", "csubjpass"})
# An evaluative line's words, each with its valence: "-evaluative: dislike (-1.6), strike (-0.5)".
VALENCED = re.compile(r"([\w'-]+) \([+-]?\d")
FIRST_WORD = re.compile(r"[\w'-]+")


def clause_of(tok: Token) -> set[int]:
    """The token indices of the clause a declaration stands in: up from its word to the head of its clause
    (through the verbs it completes: "declined to take a side"), with everything below, but a clause
    coordinated with it ("is split, and a few of them would rather ...") or given as its reason."""
    top = tok
    for _ in range(12):
        if top.dep_ in CLAUSE_EDGES or top.head.i == top.i:
            break
        top = top.head
    inside = {t.i for t in top.subtree}
    # (not the "nor" of a "neither" on the clause's head: "will neither back nor oppose it" is one declaration, session 38)
    both_denied = any(p.dep_ == "preconj" and p.lower_ == "neither" for p in top.children)
    for c in top.children:
        # a coordinated clause, or one of the speaker's own reason or concession ("because we oppose it outright",
        # "although they back it"; a participle, "asked whether she opposed it", stays: tests/judge/test_undecided.py)
        if (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not both_denied) or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)):
            inside -= {t.i for t in c.subtree}
    for t in list(top.subtree):
        if t.dep_ == "relcl":  # "no decision on the plan, which it considers a disaster": a judgement of its own
            inside -= {d.i for d in t.subtree}
    return inside


def _stance_words(line: str) -> list[str]:
    """The words a polar line of the evidence was read from: "-opposed", "+not support", "+evaluative: merits
    (+1.7)" (judge/polarity.py, evaluative.py write them)."""
    rest = line[1:].strip()
    rest = rest[4:] if rest.startswith("not ") else rest
    if rest.startswith("evaluative:"):
        return VALENCED.findall(rest)
    first = FIRST_WORD.match(rest)
    return [first.group(0)] if first else []


def outweighs(tok: Token, tokens: list[Token], evidence: list[str]) -> bool:
    """Every stance word the rules read in the statement stands inside the clause of its declaration of no
    side (`tok`, from `declaration`), as what was asked or what others hold: "Asked whether she opposed the
    bill, she declined to take a side", "the members are split, with a third favouring a strike". The
    declaration is what the speaker says of their own side; a stance word in a clause of its own ("does not
    comment on leaks, and its support is unchanged") still takes it (tests/judge/test_undecided.py)."""
    inside = clause_of(tok)
    if tok.lower_ in ANY_OUTCOME and _any_outcome(tok):
        # "will respect whatever ruling the panel makes", "will accept whatever the panel decides": the verb taking the
        # outcome takes any outcome, no side (session 30, tests/judge/test_conditions_conceded.py::
        # test_whatever_is_decided_sets_no_condition)
        # (the parser hangs the outcome's noun on its own clause's verb, "reaches", or on the taking one, "support";
        # not a verb the outcome only qualifies: "will open it as planned, whatever the residents decide" defies them)
        up = tok
        for _ in range(3):
            if up.dep_ not in {"det", "dobj", "ccomp", "xcomp", "pobj", "prep"} or up.head.i == up.i or (
                    up.left_edge.i > 0 and up.doc[up.left_edge.i - 1].text == ","):
                break  # (", whatever the residents decide", set off by a comma, is no object, whatever the parse says)
            up = up.head
            inside = set(inside) | {up.i}
    polar = [e for e in evidence[1:] if e[:1] in "+-"]
    if polar and all(e[1:].strip().startswith("evaluative:") for e in polar):
        return True  # valence alone ("worried about the terrible traffic") weighs less than a declaration (test_undecided)
    for line in polar:
        words = [w.lower() for w in _stance_words(line)]
        if not words:
            return False
        for word in words:
            at = [t.i for t in tokens if t.lower_ == word]
            if not at or any(i not in inside for i in at):
                return False
    return True
