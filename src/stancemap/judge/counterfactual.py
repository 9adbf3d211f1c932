"""A question that judges an act already done (session 36): "Should Albion have sacked its manager in March?" (an
obligation in the perfect: the act happened, the question is whether it was right, as "Was the board right to sack
him?" asks, or "Was it wrong to ...?"). A statement's own "should have" then says what the speaker wanted done
instead: another course wanted ("they should have kept her until the spring", "she should have been given another
year", "they should have backed her") answers no; the act itself wanted, said with a verb of doing ("we should have
moved in the autumn", "they should have done it at Easter"), answers yes, as wishing it earlier does. The act's own
verb ("should have sacked him in November") is read by the other rules (its kin, the proposition in other words). And
the act told with a judgement of what it was done to or when ("they dropped the wrong woman in the wrong week", "did
it at the right moment") is judged by that word, not asserted by its verb: the act is done whatever anyone says; and
so is the act called right or wrong by a copula ("it was the correct choice", "the decision was wrong"), where "it" has
no word of the question.

`past_act` reads the question's parse (judge/proposition.py, kept as Proposition.past_act and Terms.past_act);
polarity.py adds `another_course`'s signs and leaves the words of the course wanted to it. General English only;
pinned by tests/judge/test_stance_counterfactual.py.
"""

from __future__ import annotations

from typing import Any

from .kin import kin
from .negation import negated

Token = Any  # spaCy Token or parsed.ParsedToken

# Modals of obligation whose perfect says what was owed and not done ("should have").
OWED = frozenset({"should", "ought"})
# Verbs of doing that stand for the act itself ("we should have acted sooner", "should have done it in December").
DOING = frozenset({"act", "do", "move"})
# Adjectives of rightness said of what the act was done to or when ("dropped the wrong woman in the wrong week").
RIGHTNESS = {"right": 1, "correct": 1, "proper": 1, "wrong": -1, "incorrect": -1}
# What stands for a done act as the subject of its judgement ("it was the correct choice", "the decision was wrong").
REFERRING = frozenset({"it", "this", "that"})
DECISION_NOUNS = frozenset({"decision", "call", "choice", "move"})
# Who a course wanted is wanted of, without a name: the deciders, the speaker's side, the one it was done to.
# Modals of a counterfactual's main clause ("I would be ...", "we could have ..."): if_idioms.py's past if-clauses and
# `unreal_past` read the same set.
UNREAL_MODALS = frozenset({"would", "'d", "could", "might"})
PRONOUNS = frozenset({"they", "we", "you", "i", "he", "she", "him", "it"})


def past_act(root: Any, verb: Any) -> bool:
    """The question judges an act already done: an obligation in the perfect ("Should the club have sacked him?"),
    or a judgement in the past with the act its infinitive ("Was the board right to sack him?", "Was it a mistake to
    sell the port?")."""
    if verb is None:
        return False
    if _owed(verb):
        return True
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return (root is not None and root.lemma_ == "be" and root.tag_ == "VBD" and verb.i != root.i
            and verb.head.i == root.i and verb.dep_ in {"advcl", "xcomp", "ccomp"} and to is not None
            and (any(c.dep_ in {"acomp", "attr"} and c.i < verb.i for c in root.children) or _judgement_on_act(verb, to)))


def _judgement_on_act(verb: Any, to: Any) -> bool:
    """The judgement hung by the parser on the infinitive as its adverb: "Was the umpire right to give them a corner?"
    parsed with "right" an advmod of "give" (a word of rightness before the "to"; issue 9, session 45, q_penalty's
    question; tests/judge/test_proposition_opened45.py::test_a_judgement_hung_on_the_act_is_a_past_act)."""
    return any(c.dep_ == "advmod" and c.i < to.i and c.lower_ in RIGHTNESS for c in verb.children)


def _owed(tok: Token) -> bool:
    """A verb in the perfect of an obligation: "should have given", "ought to have acted", "should have been given"."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.tag_ != "VBN":
        return False
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.lemma_.lower() == "have" for c in auxes) and any(c.lower_ in OWED for c in auxes)


def _of_ours(tok: Token, terms: Any) -> bool:
    """The course is wanted of the question's deciders or of the one the act was done to: a pronoun, or a word of
    the question's subject, names or object."""
    ours = terms.subject_words | terms.participants | terms.object_words
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in PRONOUNS or any(
        t.lower_ in ours or t.lemma_.lower() in ours for t in c.subtree)) for c in tok.children)


def another_course(tokens: list[Token], terms: Any) -> list[tuple[int, str, set[int]]]:
    """Each "should have V-ed" of the statement under a question judging a done act: +1 for the act itself said with a
    verb of doing, -1 for another course wanted of the deciders or of the one it was done to; with its evidence and the
    tokens it settles (the verb and what it governs but its subject: "given her the two clerks she wanted" is the
    course wanted, no stance word of its own). Not the act's own verb, nor a "should not have" (the other rules read
    both), nor a copula ("it should have been December")."""
    if not getattr(terms, "past_act", False):
        return []
    out = []
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if not _owed(tok) or lemma == "be" or negated(tok) or lemma in terms.event or kin(tok, terms):
            continue
        if not _of_ours(tok, terms):
            continue
        sign = 1 if lemma in DOING else -1
        why = "the act wanted, said with a verb of doing" if sign > 0 else "another course wanted instead of the act"
        settled = {t.i for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass"} for t in c.subtree} | {tok.i}
        out.append((sign, f"{'+' if sign > 0 else '-'}should have {tok.text} ({why})", settled))
    return out


def judged_in_the_telling(tokens: list[Token], terms: Any) -> list[tuple[int, str, set[int]]]:
    """Under a question judging a done act, the act's verb with an adjective of rightness on its object or on a noun of
    its prepositions ("dropped the wrong woman in the wrong week": -1; "dropped the right one": +1), turned by a
    negation of the verb; with its evidence and the tokens it settles (the verb, whose telling is no side, and the
    adjective)."""
    if not getattr(terms, "past_act", False):
        return []
    out = []
    for tok in tokens:
        if tok.pos_ != "VERB" or _owed(tok) or not (tok.lemma_.lower() in terms.event or kin(tok, terms)):
            continue
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
        nouns += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        said = [a for n in nouns for a in n.children if a.dep_ == "amod" and a.lower_ in RIGHTNESS]
        if not said:
            continue
        sign = RIGHTNESS[said[0].lower_] * (-1 if negated(tok) else 1)
        out.append((sign, f"{'+' if sign > 0 else '-'}{tok.text} the {said[0].text} (the act judged in the telling)",
                    {tok.i} | {a.i for a in said}))
    return out


def _asked(tok: Token) -> bool:
    """The token's sentence ends in a question mark (before any closing quotation mark)."""
    return tok.sent.text.rstrip(" \"'\u201d\u2019").endswith("?")


def called_right(tokens: list[Token], terms: Any) -> list[tuple[int, str, set[int]]]:
    """Under a question judging a done act, a copula that calls "it", a decision or the act's own noun right or wrong
    ("it was the correct choice": +1, "the decision was wrong": -1, "it was not the correct choice": -1): the adjective
    of rightness as the complement or on the complement's noun; with its evidence and the tokens it settles. Not under
    a modal nor with a clause of its own ("it would be wrong to take sides" judges the infinitive's act). A verbless
    verdict on the decision too ("Correct decision.")."""
    if not getattr(terms, "past_act", False):
        return []
    out = []
    for tok in tokens:
        # (not one asked: "Correct decision on the coach? Hardly." tests/judge/test_judge_review45.py::
        # test_a_verbless_verdict_asked_is_none)
        if tok.dep_ == "ROOT" and tok.lemma_.lower() in DECISION_NOUNS and not _asked(tok) and (said := next(
                (a for a in tok.children if a.dep_ == "amod" and a.lower_ in RIGHTNESS), None)) is not None:
            # "Correct decision.", "Wrong call, plain and simple.": a verbless verdict on the decision (issue 9, session 45;
            # tests/judge/test_proposition_opened45.py::test_a_verbless_verdict_on_the_decision)
            sign = RIGHTNESS[said.lower_] * (-1 if negated(said) else 1)
            out.append((sign, f"{'+' if sign > 0 else '-'}{said.text} (the done act called so)", {tok.i, said.i}))
            continue
        if tok.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and (
                c.lower_ in REFERRING or c.lemma_.lower() in DECISION_NOUNS | terms.event) for c in tok.children):
            continue
        if any(c.tag_ == "MD" or c.dep_ in {"xcomp", "ccomp", "advcl"} for c in tok.children):
            continue  # "it would be improper for the board to pick sides": another act, supposed, not the done one
        complements = [c for c in tok.children if c.dep_ in {"attr", "acomp"}]
        said = [c for c in complements if c.lower_ in RIGHTNESS]
        said += [a for c in complements for a in c.children if a.dep_ == "amod" and a.lower_ in RIGHTNESS]
        if not said:
            continue
        sign = RIGHTNESS[said[0].lower_] * (-1 if negated(tok) else 1)
        out.append((sign, f"{'+' if sign > 0 else '-'}{said[0].text} (the done act called so)", {tok.i, said[0].i}))
    return out


def unreal_past(verb: Any) -> bool:
    """A past counterfactual: a past participle under "would"/"could"/"might" and "have" ("we'd have lost more") tells
    what did not happen (recouping.py's gains and losses, cause_judged.py's outcome "the same";
    tests/judge/test_recouping.py::test_a_past_counterfactual_turns_a_gain_or_loss)."""
    auxes = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"} | {
        c.lower_.replace("\u2019", "'") for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(auxes & UNREAL_MODALS) and bool(auxes & {"have", "'ve"})
