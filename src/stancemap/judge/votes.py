"""Votes: "vote for" / "vote yes" / "a Yes vote" and their opposites, and support aimed at a rival.

`vote_sign` reads a vote's direction from its answer or preposition; `rival_of` says when the support
is aimed at another named person while the question asks whether a person wins ("will vote for his
challenger" backs a rival). Read by polarity.py (votes on the question) and ballot.py (votes cast on
nothing named).
"""

from __future__ import annotations

from typing import Any

from .negation import refused
from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken

# A vote's particle as its answer: "vote down" defeats what it is cast on, "vote through" passes it.
PARTICLE_VOTES = {"down": -1, "through": 1}


def rival_of(tok: Token, terms: Terms) -> Token | None:
    """Support aimed at another named person when the question asks whether a person wins:
    "will vote for his challenger, Moira MacKellan" backs a rival."""
    if not terms.subject_is_person:
        return None
    names = [t for t in refused(tok) if t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", ""}
             and t.lower_ not in terms.participants and t.dep_ != "poss"]
    # "vote for Marrant" backs him; "vote for Marrant's challenger" does not.
    mine = any(t.lower_ in terms.participants and t.dep_ != "poss" and not any(
        a.dep_ == "poss" for a in t.ancestors if a in refused(tok)) for t in refused(tok))
    return names[0] if names and not mine else None


def vote_sign(tok: Token) -> int:
    """"vote for" / "vote yes" / "say yes" / "a Yes vote" (+1), "vote against" / "vote no" / "say no" /
    "a No vote" (-1), 0 otherwise (tests/judge/test_privative.py pins the yes/no forms)."""
    lemma = tok.lemma_.lower()
    if lemma not in {"vote", "say"} or (lemma == "say" and tok.dep_ == "acl"):
        return 0  # "the right to say no" names a right, it casts no vote
    answers = {c.lower_ for c in tok.children if c.lower_ in {"yes", "no"} and (
        c.dep_ in {"dobj", "intj", "advmod", "npadvmod", "attr", "oprd", "ccomp"}
        or (tok.pos_ == "NOUN" and c.i < tok.i and (c.text[:1].isupper() or _after_an_article(c))))}
    # ("a No vote", "a no vote", not "no vote at all"; tests/judge/test_ballot.py::test_a_no_vote_and_voting_it_down)
    if len(answers) == 1:
        return 1 if "yes" in answers else -1
    if lemma != "vote":
        return 0
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if not preps & {"for", "against"} and (particle := next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")):
        return PARTICLE_VOTES.get(particle, 0)  # "vote it down", "voted the plan through"
    return 1 if "for" in preps else -1 if "against" in preps else 0


def _after_an_article(answer: Token) -> bool:
    """"a no vote", "the yes vote": an article before the answer makes it the vote's answer, not its determiner; read
    where the vote is wanted, expected or called the way ("canvass for a no vote", "expects a yes vote", "a no vote is
    our one chance"), not where it is the subject of what it would bring ("a yes vote would slow the depot down", "a
    no vote was likely": those weigh an outcome, they cast nothing; q_unionise, q_strike lost three so)."""
    vote = answer.head
    if answer.i == 0 or answer.doc[answer.i - 1].lower_ not in {"a", "an", "the"}:
        return False
    if vote.dep_ in {"dobj", "pobj"}:
        # not a subject read as an object ("warn a yes vote might bring closures": a modal or verb right after it)
        after = vote.doc[vote.i + 1] if vote.i + 1 < len(vote.doc) else None
        return after is None or not (after.tag_ == "MD" or after.pos_ in {"VERB", "AUX"})
    # the subject of a copula with a noun, said as it is, not as what it would bring, nor blamed ("a no vote is the sole
    # remedy"; not "a no vote would be a disaster", "a yes vote is a betrayal": tests/judge/test_ballot.py::
    # test_a_vote_weighed_by_a_copula_casts_nothing)
    copula = vote.head
    if vote.dep_ != "nsubj" or copula.lemma_ != "be" or any(c.tag_ == "MD" for c in copula.children):
        return False
    return any(c.dep_ == "attr" and not _blamed(c) for c in copula.children)


def _blamed(noun: Token) -> bool:
    """A noun of blame: the stance lexicon's negative words, or VADER's at -1.0 or under ("disaster", "betrayal")."""
    from ..extract.lexicon import NEGATIVE
    from .evaluative import lexicon

    return noun.lower_ in NEGATIVE or (lexicon().get(noun.lower_) or 0.0) <= -1.0
