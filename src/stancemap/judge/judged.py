"""An act toward the proposition named as the subject of a judgement: "rejecting the offer would be a
mistake" supports accepting it, "blocking the merger would be a disaster" supports approving it,
"passing the bill would be reckless" opposes passing it; a noun of taking a side as the subject of a
hypothetical too ("a vote against it would not win a better deal" supports it). The act's own sign (its stance word, or the
proposition's event) times the sign of what is said of it: a double negation read compositionally
(Moilanen & Pulman 2007), as judge/privative.py reads one for privative predicates (which it leaves
to that module). Pinned by tests/judge/test_stance_own_words.py.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..extract.lexicon import FAILING, NEGATIVE, POSITIVE, PRIVATIVE, REFUSING
from .aim import PROPOSALS, undoing_act
from .consequence import consequence
from .kin import PERSONS, STANDING, phrasal_event
from .negation import below, negated
from .privative import _phrase as with_particle
from .privative import act_kin, aimed_at_object, gerunds
from .state import continued
from .terms import Terms
from .votes import vote_sign

Token = Any  # spaCy Token or parsed.ParsedToken

# Relations of a verb that is the subject of its clause: "Rejecting the offer would be ...", "To reject it is ...".
SUBJECTS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass"})
# Modals that make a clause a hypothetical: its subject act is weighed, not done ("a veto would ...").
HYPOTHETICAL = frozenset({"would", "could", "might", "'d"})
RELATIVE = frozenset({"relcl"})
# Adjectives by which a speaker judges someone's choice to do an act ("the board would be crazy to refuse it", "she was
# right to sign it"): general English, written here (session 38; tests/judge/test_stance_composed.py).
CHOICE_JUDGED = frozenset({"right", "wrong", "mad", "crazy", "insane", "foolish", "stupid", "daft", "silly", "wise",
                           "unwise", "sensible", "correct", "reckless", "irresponsible", "naive", "justified", "fools"})


def subject_act(tokens: list[Token], terms: Terms) -> Token | None:
    """A gerund or infinitive subject of a clause in the statement, aimed at the proposition (its words,
    a participant, or a pronoun that may stand for them, in its phrase)."""
    kept = {t.i for t in tokens}
    ours = terms.topic | terms.participants
    for tok in tokens:
        if (tok.dep_ not in SUBJECTS or tok.head.i not in kept) and not (extraposed(tok) is not None and tok.head.i in kept):
            continue
        if tok.pos_ == "NOUN" and _stance_noun(tok, terms):
            return tok  # "a veto would cost ...", "a vote against it would not win a better deal"
        if tok.pos_ == "NOUN" and (meant := intended(tok)) is not None and (phrasal_event(meant, terms) or any(
                t.lower_ in ours or t.lemma_.lower() in ours for t in meant.subtree)):
            return tok  # "any move to cancel the licence would be a disaster": the act it means, judged (`intended`)
        if tok.pos_ != "VERB" or tok.tag_ not in {"VBG", "VB"}:
            continue
        if phrasal_event(tok, terms) or any(
                t.lower_ in ours or t.lemma_.lower() in ours or (t.pos_ == "PRON" and t.lower_ in STANDING | PERSONS)
                for t in tok.subtree):
            return tok
        if _side_taking(tok, terms):
            return tok  # "pulling out now would be a disgrace": an act of taking a side, with nothing else named
        if vote_sign(tok) != 0 and extraposed(tok) is not None:
            return tok  # "the members would be crazy to vote no": a vote judged, naming nothing (session 38; test_ballot.py)
    return None


# Nouns of an act meant or tried, whose infinitive names the act ("any move to cancel it", "an attempt to strip it of its
# licence", "the decision to close it"): aim.PROPOSALS and the nouns of trying.
INTENTS = PROPOSALS | frozenset({"attempt", "bid", "effort", "push", "drive", "campaign"})


def intended(noun: Token) -> Token | None:
    """The infinitive a noun of an act meant or tried names ("any move to cancel the licence", "an attempt to strip the
    ferry of its licence"): said of the noun, a judgement is said of that act, as "cancelling the licence would be a
    disaster" is (session 43; tests/judge/test_stance_own_words.py::test_an_act_meant_judged). None for any other noun."""
    if noun.lemma_.lower() not in INTENTS:
        return None
    return next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def extraposed(tok: Token) -> Token | None:
    """The judging word of an infinitive that is the real subject of a copula whose subject is an empty "it": "it
    would be a mistake to reject the offer" (*mistake*), "it is right to approve it" (*right*; the parse hangs the
    infinitive on the judging word or on the copula). The act is judged as "rejecting the offer would be a mistake"
    is (tests/judge/test_stance_composed.py). None for any other word."""
    if tok.pos_ != "VERB" or tok.tag_ != "VB" or tok.dep_ not in {"relcl", "xcomp", "acl", "ccomp", "advcl"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    copula = head.head if head.dep_ in {"attr", "acomp"} else head
    if copula.lemma_.lower() != "be" or copula.i == tok.i:
        return None
    judging = head if head.i != copula.i else next(
        (c for c in copula.children if c.dep_ in {"attr", "acomp"} and c.i < tok.i), None)
    if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return judging
    # "the members would be mad to turn it down", "they were right to reject it": a word judging the choice of the one
    # who acts judges the act as "it would be mad to turn it down" does; not a word of the doer's own disposition
    # ("ready", "happy", "reluctant to": their leaning, read by polarity.py) (session 38; test_stance_composed.py)
    if judging is not None and judging.lemma_.lower() in CHOICE_JUDGED and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in copula.children):
        return judging
    return None


def _side_taking(tok: Token, terms: Terms) -> bool:
    """A subject act with no object or complement of its own that takes a side by itself: a phrasal verb of
    abandoning or undoing ("walking away", "backing down", "giving up", "pulling out") in a statement about the
    question. What is said of it weighs the act toward the question: "pulling out now would be a disgrace"
    supports the act pulled out of (tests/judge/test_stance_composed.py)."""
    from .polarity import gives_up

    return gives_up(tok) and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} and c.lower_ not in {"now"}
                                     for c in tok.children)


def _stance_noun(tok: Token, terms: Terms) -> bool:
    """A noun of taking a side on the proposition ("a rejection", "a veto", "a No vote"), the subject of
    a hypothetical ("would", "could"): the act weighed by what is said it would bring, not asserted."""
    if not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in tok.head.children):
        return False
    if tok.lemma_.lower() in terms.event:
        return False  # "the merger would bring ...": polarity.py reads the event as a subject
    return _noun_sign(tok, terms) != 0


def _noun_sign(tok: Token, terms: Terms) -> int:
    """The side a noun of taking one says, whatever governs it: a vote's answer or preposition, else
    the stance word it is (+1 "approval", -1 "veto"), 0 for any other noun."""
    if (vote := vote_sign(tok)) != 0:
        return vote
    lemma = tok.lemma_.lower()
    if lemma in NEGATIVE or lemma in REFUSING or lemma in terms.opposites or _undoes_thing(tok, terms):
        return -1
    return 1 if lemma in POSITIVE else 0


# Prepositions that aim a noun of ending at what ends ("a lapse of the treaty", "the collapse of the accord").
ENDED_BY = frozenset({"of", "in", "to", "on"})


def _undoes_thing(tok: Token, terms: Terms) -> bool:
    """A noun of ending or failing aimed at the proposition's thing ("a lapse of the treaty", "the collapse
    of the accord", "the expiry of the licence" under an act that keeps or makes it): the act's opposite named,
    weighed by what is said it would bring (tests/judge/test_stance_flips.py::test_the_thing_ending_judged). Its
    verb (the noun itself or the verb WordNet derives it from) fails (lexicon FAILING) or takes its object away
    (privative.takes_away)."""
    if terms.privative or tok.pos_ != "NOUN":
        return False
    from .privative import takes_away
    from .wordnet import wordnet

    lemma = tok.lemma_.lower()
    try:
        verbs = {lemma} | wordnet().derivations(lemma, "n")
    except OSError:
        return False
    if not any(v in FAILING or takes_away(v, True) for v in verbs):
        return False
    things = terms.things | terms.object_words | terms.anchors
    return any(t.lower_ in things or t.lemma_.lower() in things
               for c in tok.children if c.dep_ == "prep" and c.lower_ in ENDED_BY for t in below(c))


def judged(tokens: list[Token], evidence: list[str], terms: Terms) -> int | None:
    """The signed stance of a statement that judges an act toward the proposition, noted in `evidence`;
    None when it has no such act, or the act or the judgement takes no side (the usual rules then read it)."""
    act = subject_act(tokens, terms)
    if act is None:
        return None
    from .polarity import word_sign

    # A noun's sign is its own ("a vote against it would not win ..."): the negation is the judgement's, weighed below.
    sign = _act_sign(act, terms, word_sign)
    if sign == 0 and act.pos_ != "NOUN":
        sign = continued(act, terms)[0]  # "keeping the library open would be a mistake" under "close": the other state
    if act.pos_ != "NOUN" and _denied_by_judgement(act):
        sign = -sign  # "closing it would not save a penny": the "not" is the judgement's, weighed below, not the act's
    if sign == 0:
        return None
    said: list[str] = []
    judgement = said_of(act, tokens, terms, said)
    if judgement == 0:
        return None
    score = 1 if (sign > 0) == (judgement > 0) else -1
    evidence.append(f"{'+' if score > 0 else '-'}{act.text} judged {'well' if judgement > 0 else 'badly'}: "
                    + ", ".join(e.lstrip("+-") for e in said[:3]))
    return score


def _denied_by_judgement(act: Token) -> bool:
    """The act, a clause's subject, reads as negated only through its clause's verb ("rejecting the offer would not
    be a mistake", "closing the library has not saved a penny"): that negation is what is said of the act, counted
    in the judgement, not a denial of the act (tests/judge/test_stance_taken_away.py::test_a_judgement_denied)."""
    judging = extraposed(act)  # "it would not be a mistake to reject it": the copula's "not" too
    head = judging if judging is not None else act.head
    return (act.dep_ in SUBJECTS or judging is not None) and head.i != act.i and not any(
        c.dep_ == "neg" for c in act.children) and negated(act) and negated(head)


def said_of(target: Token, tokens: list[Token], terms: Terms, said: list[str]) -> int:
    """The sign of what the statement says of `target` (an act, or a side: judge/aim.py), its words noted in
    `said`. What is said of it is its own clause ("quitting today would be taken as a confession"), not the
    statement's other clauses ("her lawyer welcomes the review, and ...") nor a relative clause inside it
    ("a bet on the only trade that still draws tourists"): tests/judge/test_stance_own_words.py."""
    from .evaluative import evaluate
    from .polarity import polarity

    if target.dep_ in SUBJECTS and (effect := consequence(target.head))[0] != 0:
        # "rejecting it would put jobs at risk", "a rejection would mean no overtime pay": what the act would do to
        # another thing, in words no stance or valence lexicon reads (judge/consequence.py)
        denied = negated(target.head)
        said.append(f"not {effect[1].lstrip('+-')}" if denied else effect[1])
        return -effect[0] if denied else effect[0]
    inside = {t.i for t in target.subtree}
    if (judging := extraposed(target)) is not None:
        return judging_sign(judging, said)
    clause = {t.i for t in below(target.head, RELATIVE)}
    rest = [t for t in tokens if t.i not in inside and t.i in clause]
    plain = _plain(terms)
    return polarity(rest, said, plain) or evaluate(rest, said, plain, anywhere=True)


def judging_sign(word: Token, said: list[str]) -> int:
    """The sign of the word an extraposed act is judged by ("a mistake", "right", "a terrible idea", "not wise"): a
    stance word's, else its or a modifier's valence in VADER (at least 1), turned by a negation of its copula.
    Read alone: the word governs the act in the parse, and the act's own words are weighed apart."""
    from .evaluative import lexicon

    lemma = word.lemma_.lower()
    sign = 1 if lemma in POSITIVE else -1 if lemma in NEGATIVE else 0
    if sign == 0:
        values = [lexicon().get(t.lower_, lexicon().get(t.lemma_.lower(), 0.0))
                  for t in (word, *(c for c in word.children if c.dep_ in {"amod", "advmod"}))]
        value = sum(values)
        sign = (value >= 1.0) - (value <= -1.0)
    if sign == 0:
        return 0
    if negated(word):
        sign = -sign
    said.append(f"{'not ' if negated(word) else ''}{word.text}")
    return sign


def _act_sign(act: Token, terms: Terms, word_sign: Any) -> int:
    """The act's sign toward the proposition (a noun of taking a side: its own, `_noun_sign`). Under a
    privative predicate a word of removal aimed at its object is the act itself ("scrapping the line",
    "blocking the merger": +1), and any other word aimed at the object takes the other way ("keeping the
    line", "clearing the merger": -1)."""
    if act.pos_ == "NOUN" and (meant := intended(act)) is not None:
        act = meant  # "any move to cancel the licence": the act it means
    noun = act.pos_ == "NOUN"
    if not terms.privative:
        # "lifting the curfew would be good news" under "extend the curfew": another act that undoes its thing
        return _noun_sign(act, terms) if noun else int(word_sign(act, terms)) or undoing_act(act, terms) or vote_sign(act)
    lemma = act.lemma_.lower()
    own = {lemma, with_particle(act)} & (terms.event | act_kin(terms) | PRIVATIVE)
    named = terms.event | {g for w in terms.event for g in gerunds(w)}  # "halting the scrapping of the line"
    if own and not any(t.lemma_.lower() in named - {lemma} and t.pos_ == "NOUN" for t in act.subtree):
        # "a blanket stop would ..." under "halt construction": the act named; "refusing the extradition"
        # names the act as its object and is read below.
        return -1 if negated(act) and not noun else 1
    if noun:
        return _noun_sign(act, terms)
    sign = int(word_sign(act, terms))
    return -sign if aimed_at_object(act, terms) else sign


@lru_cache(maxsize=8)
def _plain(terms: Terms) -> Terms:
    """The terms read as a non-privative proposition's: a judgement's words keep their own sign."""
    return replace(terms, privative=False) if terms.privative else terms
