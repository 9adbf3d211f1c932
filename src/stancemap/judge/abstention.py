"""Declarations of no side by abstaining: the speaker does not mind which way it goes, says nothing, or gives the
thing to someone else's judgement in forms undecided.py and deference.py did not read.

Read by undecided.declaration beside their forms (session 37, issue 9 item 3: DEVELOP's gold-neutral statements given
a side, most carried from the speaker's other statements or the learned layer's):
- "I don't care who runs the harbour", "I don't mind which plan wins": indifference to an open question
  (`indifferent`; not "I don't mind if they build it", which accepts);
- "the tenders will be ready whichever way the ballot goes", "it could go either way", "I could argue it either way":
  the speaker ready for any outcome, or the outcome open (`any_way`; not "we will build it whichever way the ballot goes",
  an act done whatever others decide, a side);
- "had nothing to add", "would not be drawn on whether ...", "ask me again in the autumn", "I honestly don't know": no
  comment (`no_comment`);
- "will abide by the result of the poll", "would abide by the ruling": an outcome taken as it comes (`outcome_kept`;
  not denied, nor a decision with its content, "the decision to close the line");
- "not going to pre-empt the report", "won't prejudge the inquiry": a process not anticipated (`not_anticipated`);
- "the question is one for the courts", "which scheme goes first is for the councillors": a judgement said to be
  someone else's (`for_others`; not "that is for the children", a purpose, which has neither form);
- "would need to see the full plans", "will wait and see what the board does": what the speaker waits to read before
  a side (`waiting_to_see`; not "want to see the terminal built", a side);
- "would not dignify the pamphlet with a reply", "does not bargain through the newspapers", "declined to give a date",
  "won't give you a probability", "I'd not read much into the poll": no word given, no reading taken (`not_given`; not
  "would not negotiate with the pilots", a refusal of a party, nor "would read a lot into it").
- "is neither for nor against the levy", "will neither back nor oppose the bill", "neither encourages nor
  discourages it": both sides denied together (`neither_side`, session 38; pinned by tests/judge/test_examining.py).
- "will abstain in the vote", "abstained": a vote declared for neither side, with no condition in its sentence
  (`abstains`, session 40; not "will abstain unless the amendment passes", nor "abstain from voting for it").
General English forms only; pinned by tests/judge/test_abstention.py on invented sentences.
"""

from __future__ import annotations

from typing import Any

from ..extract.lexicon import NEGATIVE, POSITIVE, REFUSING
from .wordnet import wordnet

Token = Any  # spaCy Token or parsed.ParsedToken

# The openings of an indirect question one may be indifferent to ("don't care who wins"); not "if" ("don't mind if
# they build it" accepts it).
OPEN_QUESTION = frozenset({"whether", "which", "what", "who", "whoever", "whichever", "whatever", "how", "when"})
CARING = frozenset({"care", "mind"})
ANY = frozenset({"whichever", "whatever", "either"})
# Verbs an outcome is said to go (or be argued) with "either way": "it could go either way", "I could argue it either way".
SWINGING = frozenset({"go", "swing", "break", "fall", "cut", "argue", "read", "call"})
# Verbs of being ready whichever way the ballot goes ("have the forms ready", "be ready", "stay neutral"): not an act done
# whatever others decide ("we will build it whichever way the ballot goes" is a side).
BEING = frozenset({"be", "have", "get", "keep", "stay", "remain", "prepare"})
MAYBE = frozenset({"could", "might", "may", "can"})
KEEPING = frozenset({"respect", "abide", "honour", "honor"})
OUTCOMES = frozenset({"outcome", "result", "verdict", "ruling", "decision", "judgement", "judgment", "vote", "ballot",
                      "referendum"})
COMING = frozenset({"will", "would", "'ll", "\u2019ll", "shall", "wo"})
# Verbs of judging a process before it ends ("won't prejudge the inquiry"). Not "anticipate": "we do not anticipate any
# delay" forecasts, no abstention (tests/judge/test_abstention.py::test_a_forecast_denied_is_no_process_left_alone).
ANTICIPATING = frozenset({"preempt", "pre-empt", "prejudge", "predetermine"})
# What a judgement may be said to be ("the question is one for the courts").
JUDGED = frozenset({"question", "matter", "issue", "decision", "choice", "call", "judgement", "judgment", "that", "this",
                    "it"})
OURS = frozenset({"us", "me", "we", "i", "myself", "ourselves"})
# What others say or think, one may not care about and still hold a side ("I don't care what the columnists write": q_nationalise
# lost a support on the first run).
OPINING = frozenset({"say", "think", "write", "believe", "claim", "report", "call"})
# Verbs that report the speaker's own words: "the army will respect the ruling" said, not trusted of another ("trusted
# that the neighbour would respect the ruling": q_extradite lost a support on the first run).
REPORTING = frozenset({"say", "tell", "add", "state", "confirm", "announce", "insist", "stress", "repeat", "reiterate",
                       "pledge", "promise", "vow", "declare", "write"})
# What one may wait to see before taking a side: "would need to see the full plans", "want to see the figures".
INFORMATION = frozenset({"detail", "plan", "figure", "number", "evidence", "report", "proposal", "text", "term", "data",
                         "print", "result", "fact", "document", "study", "analysis", "costing", "paper"})
WAITING = frozenset({"need", "want", "wait", "like"})
# Where one may refuse to talk ("would not debate it on television", "does not negotiate through the newspapers";
# "public" since session 38: "will not bargain in public", tests/judge/test_examining.py).
MEDIA = frozenset({"public", "radio", "air", "airwaves", "television", "tv", "newspaper", "paper", "press", "media", "microphone",
                   "headline", "twitter", "camera"})
# What one may decline to give that would be a side or a forecast ("declined to give a date", "won't give a probability").
FORECASTS = frozenset({"date", "timetable", "timescale", "probability", "odds", "forecast", "prediction", "estimate",
                       "figure", "number", "view", "opinion", "verdict", "answer", "percentage"})
GIVEN = frozenset({"dignify", "negotiate", "bargain", "debate", "argue", "give", "put", "offer", "read", "make"})
# What one may decline to make that would foretell the outcome ("does not make forecasts": session 38, not the rest of
# FORECASTS, "did not make the date" says something else).
FORETELLING = frozenset({"forecast", "prediction", "estimate", "projection"})
# The words these tests need of the token itself (undecided.NO_SIDE_WORDS).
WORDS = (CARING | {"way", "nothing", "comment", "draw", "ask", "know", "one", "be", "empt", "see", "neither", "abstain"}
         | KEEPING | ANTICIPATING | GIVEN)
# Verbs that turn down the act of their xcomp ("refused to be drawn", "declined to give a date").
DECLINING = frozenset({"refuse", "decline"})
# Dependents of "be" that say more than that the judgement is someone's (an attribute, a complement, a negation, a
# clause): for_others reads none of them.
PREDICATING = frozenset({"attr", "acomp", "neg", "xcomp", "ccomp", "advcl"})


def _not(tok: Token) -> bool:
    """A "not"/"never" on the verb, or on the verb it completes ("am not going to pre-empt")."""
    verbs = [tok, tok.head] if tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"} else [tok]
    return any(c.dep_ == "neg" or c.lower_ == "never" for v in verbs for c in v.children)


def _declined(tok: Token) -> bool:
    """The verb is what a "refuse"/"decline" turns down ("refused to be drawn", "declined to give a date")."""
    return bool(tok.dep_ == "xcomp" and tok.head.lemma_.lower() in DECLINING)


def _first_word(tok: Token) -> str:
    """The first word of the token's subtree, lower case (an indirect question's "who", "whether")."""
    return str(next(iter(tok.subtree)).lower_)


def _for_whom(verb: Token) -> list[Token]:
    """The objects of the verb's "for" phrases ("is one for the courts": "courts")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]


def _then_claims(verb: Token) -> bool:
    """A verb coordinated with it says something more: "would not be drawn into any quarrel but insisted the party
    needed a new leader" (q_best lost an oppose on the first run: the claim after "but" is the side)."""
    return any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in verb.children)


def indifferent(tok: Token) -> bool:
    """"I don't care who runs the harbour", "we do not mind which plan wins": "care"/"mind" denied, whose clause is an
    indirect question (not "if": "I don't mind if they build it" accepts it; not what others say, OPINING)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CARING or not _not(tok):
        return False
    return any(c.dep_ in {"ccomp", "xcomp", "dobj", "advcl"} and _first_word(c) in OPEN_QUESTION
               and c.lemma_.lower() not in OPINING for c in tok.children)


def any_way(tok: Token) -> bool:
    """"the forms will be ready whichever way the ballot goes": ready for any outcome (a verb of being, BEING); "it
    could go either way", "I could argue it either way": the outcome open, under "could"/"might"/"may"/"can" (MAYBE)."""
    if tok.lower_ != "way" or not any(c.dep_ == "det" and c.lower_ in ANY for c in tok.children):
        return False
    verb = tok.head
    if any(c.dep_ == "det" and c.lower_ == "either" for c in tok.children):
        return (verb.lemma_.lower() in SWINGING and not any(c.dep_ == "prt" for c in verb.children)
                and any(c.dep_ == "aux" and c.lower_ in MAYBE for c in verb.children))
    # "whichever way the ballot goes": the way's own clause says it goes; what hangs on it is being ready, not acting
    goes = any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() == "go" for c in tok.children)
    ready = verb.lemma_.lower() in BEING or (verb.pos_ == "ADJ" and verb.head.lemma_.lower() in BEING)
    return goes and ready


def no_comment(tok: Token) -> bool:
    """"had nothing to add", "had no comment", "would not be drawn on whether ...", "refused to be drawn", "ask me
    again in the autumn", "I honestly don't know" (no object: "I don't know the figures" says something)."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if _then_claims(tok) or (low in {"nothing", "comment"} and _then_claims(tok.head)):
        return False
    if low == "nothing":
        return tok.head.lemma_.lower() == "have" and any(
            c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in {"add", "say"} for c in tok.children)
    if lemma == "comment" and tok.pos_ == "NOUN":
        return tok.head.lemma_.lower() == "have" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    if lemma == "draw" and tok.pos_ == "VERB":
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        return passive and (_not(tok) or _declined(tok)) and not any(c.dep_ in {"dobj", "agent"} for c in tok.children)
    if lemma == "ask" and tok.pos_ == "VERB":  # an imperative "ask me again"
        kids = list(tok.children)
        return (not any(c.dep_ in {"nsubj", "aux"} for c in kids) and any(c.dep_ == "dobj" and c.lower_ in {"me", "us"}
                                                                          for c in kids)
                and any(c.lower_ == "again" for c in kids))
    if lemma == "know" and tok.pos_ == "VERB":
        kids = list(tok.children)
        return (_not(tok) and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in kids)
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "advcl", "conj", "attr"} for c in kids))
    return False


def outcome_kept(tok: Token) -> bool:
    """"will abide by the result of the poll", "would abide by the ruling", "will honour the result": an outcome to
    come taken as it comes, under a future's auxiliary, not denied; the outcome with no content of its own ("the decision
    to close the line", "the right result": a side)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in KEEPING or _not(tok):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in COMING for c in tok.children):
        return False
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() not in REPORTING:
        return False  # another's keeping of it, trusted or hoped ("trusted that X would respect the ruling")
    objects = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in OUTCOMES and not any(d.dep_ in {"acl", "relcl", "amod"} for d in o.children)
               for o in objects)


def not_anticipated(tok: Token) -> bool:
    """"I am not going to pre-empt the report", "won't prejudge the inquiry": a process (its object) not anticipated
    (the tokenizer splits "pre-empt" into "pre", "-", "empt": read at "empt")."""
    lemma = tok.lemma_.lower()
    if lemma == "empt" or tok.lower_ == "empt":
        i = tok.i
        if i < 2 or tok.doc[i - 1].text != "-" or tok.doc[i - 2].lower_ != "pre":
            return False
    elif lemma not in ANTICIPATING:
        return False
    return _not(tok) or _declined(tok)


def for_others(tok: Token) -> bool:
    """"the question is one for the courts" ("one" as what a judgement's noun is, for someone), "which scheme goes first
    is for the councillors" (an indirect question as the subject of "be", for someone): a judgement someone else's. Not
    the speaker's own ("for us"), and not "that is for the children" (a purpose: neither form)."""
    if tok.lower_ == "one" and tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
        owners = _for_whom(tok)
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return (bool(owners) and subject is not None and subject.lemma_.lower() in JUDGED
                and not any(g.lower_ in OURS for g in owners))
    if tok.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and (c.lemma_.lower() in JUDGED - {"this", "it"})
                                          for c in tok.children):
        # "the matter is now for the harbour board, not for her office", "that is for the inspectors": a judgement's
        # noun (or "that") as the subject, "for" someone its predicate (no infinitive: "that is for the pilots to
        # block" is read by deference.not_ours_to and undecided._left_to_others)
        fors = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
        owners = [g for c in fors for g in c.children if g.dep_ == "pobj"]
        # every phrase of the verb a "for" after it: not "For the harbour, that is well within the limit" (a
        # fronted scope and a predicate of its own: q_reliable lost two on the first run)
        if any(c.dep_ == "prep" and (c.lower_ != "for" or c.i < tok.i) for c in tok.children):
            return False
        return (bool(owners) and not any(g.lower_ in OURS | {"you"} for g in owners)
                and not any(t.pos_ in {"VERB", "AUX"} for c in fors for t in c.subtree)
                and not any(c.dep_ in PREDICATING for c in tok.children))
    if tok.lemma_.lower() == "be" and any(c.dep_ == "csubj" and _first_word(c) in OPEN_QUESTION for c in tok.children):
        owners = _for_whom(tok)
        # not "all they hoped was for the mill to stay shut" (an infinitive after "for": a wish; attrib1 lost two on the
        # first run)
        return bool(owners) and not any(g.lower_ in OURS for g in owners) and not any(
            c.dep_ in PREDICATING for c in tok.children)
    return False


def waiting_to_see(tok: Token) -> bool:
    """"would need to see the full plans", "want to see the figures first": a thing to read (INFORMATION) the speaker
    waits to see, nothing said of it ("want to see the terminal built" is a side: a clause on "see" or its object);
    "will wait and see what the board does"."""
    if tok.lemma_.lower() != "see" or tok.pos_ != "VERB" or _not(tok):
        return False
    if tok.dep_ == "conj" and tok.head.lemma_.lower() == "wait":
        return True
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in WAITING or _not(tok.head):
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "advcl"} for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in INFORMATION
               and not any(d.dep_ in {"acl", "relcl", "oprd"} for d in c.children) for c in tok.children)


def not_given(tok: Token) -> bool:
    """"would not dignify the pamphlet with a reply", "would not debate it on television", "does not negotiate through
    the newspapers", "declined to give a date", "won't give you a probability", "I'd not read much into the poll": a word
    or a reading the speaker will not give. Denied or declined; a talk refused only where it would be had (MEDIA), not
    with whom ("would not negotiate with the pilots" refuses a party); "read" only with "much"/"anything" into a thing."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in GIVEN or _then_claims(tok):
        return False
    if not (_not(tok) or _declined(tok)):
        return False
    kids = list(tok.children)
    if lemma == "dignify":
        return True
    if lemma in {"negotiate", "bargain", "debate", "argue"}:
        return any(c.dep_ == "prep" and c.lower_ in {"on", "in", "through", "via"} and any(
            g.lemma_.lower() in MEDIA for g in c.children) for c in kids)
    if lemma == "read":  # the speaker's own reading, not one asked of others ("as long as the pilots do not read much
        # into the survey" sets a term: q_reliable lost a conditional on the first run)
        if any(c.dep_ == "nsubj" and c.lower_ not in {"i", "we"} for c in kids):
            return False
        return any(c.dep_ == "dobj" and c.lower_ in {"much", "anything"} for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "into" for c in kids)
    if lemma == "make":  # "her department does not make forecasts" (session 38, tests/judge/test_examining.py)
        return any(c.dep_ == "dobj" and c.lemma_.lower() in FORETELLING for c in kids)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FORECASTS for c in kids)


def neither_side(tok: Token) -> bool:
    """"is neither for nor against the levy", "will neither back nor oppose the bill", "neither encourages nor
    discourages it": "neither" on a word whose "nor" conjunct is its opposite ("for"/"against", a word of support and one
    of refusing, or WordNet antonyms), both sides denied together (session 38; not "neither the pilots nor the council
    back it", two parties, nor "neither fast nor cheap", two faults of one thing)."""
    if tok.lower_ != "neither" or tok.dep_ != "preconj":
        return False
    first = tok.head
    if not any(c.dep_ == "cc" and c.lower_ == "nor" for c in first.children):
        return False
    a = first.lemma_.lower()
    for other in first.children:
        if other.dep_ != "conj":
            continue
        b = other.lemma_.lower()
        if {a, b} == {"for", "against"}:
            return True
        if (a in POSITIVE and b in NEGATIVE | REFUSING) or (b in POSITIVE and a in NEGATIVE | REFUSING):
            return True
        if first.pos_ == other.pos_ == "VERB" and (b in wordnet().antonyms(a, "v") or a in wordnet().antonyms(b, "v")):
            return True
    return False


# Subordinators of a condition: an abstention in a sentence holding one may be the condition's other branch ("will
# abstain unless the quay is widened": conditional).
CONDITIONING = frozenset({"if", "unless", "until", "provided"})


def abstains(tok: Token) -> bool:
    """"would abstain in Thursday's vote", "the deputy abstained": the verb "abstain", not negated, with no "from" of what
    is refrained from, and no condition in its sentence: a vote declared for neither side (session 40;
    tests/judge/test_abstention.py::test_abstention_declares_no_side)."""
    if tok.lemma_.lower() != "abstain" or tok.pos_ != "VERB":
        return False
    from .negation import negated  # (past the test most tokens stop at)

    if negated(tok) or any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False
    return not any(t.dep_ == "mark" and t.lower_ in CONDITIONING for t in tok.sent)
