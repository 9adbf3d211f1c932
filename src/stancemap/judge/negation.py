"""Whether a word is negated, and the words a word reaches.

`negated` decides whether a stance word, the proposition's verb or an evaluative word is denied: a
"not"/"never"/"no" on it or on its governors (up to a clause boundary), a negative subject ("nobody
doubts"), a "without" above it, a refusal governing it, a negative pronoun as its object or head
("helps no one", "nothing to apologise for"), or a negation on a verb of believing above it ("did not
think it should pass"). The forms of "not" that negate nothing (a contrast of times, an emphatic
comparative) are told apart in negation_forms.py. `below` and `refused` give a word's reach: its
subtree without coordinated branches, and the words a stance word is aimed at (its objects, or the
subject of a passive). Read by polarity.py, privative.py, evaluative.py, stance.py and ballot.py.
"""

from __future__ import annotations

from typing import Any

from ..extract.lexicon import REFUSING
from .aim import no_longer
from .negation_forms import contrastive, emphatic, floor, rhetorical, set_against, set_aside

Token = Any  # spaCy Token or parsed.ParsedToken


def negated(tok: Token) -> bool:
    """A negation on the word or on its governors, a "without" above it, or a refusal governing it
    ("refusal of the member states to admit it", "did not oppose"). Answered once per token of a
    document (the rules ask it of the same token many times; the answer reads only the parse)."""
    memo = tok.doc.user_data.get("stancemap_negated")
    if memo is None:
        memo = tok.doc.user_data["stancemap_negated"] = {}
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = _negated(tok)
    return found


def _negated(tok: Token) -> bool:
    if set_aside(tok):
        return True  # "should talk to them rather than impose a ban", "anything except a levy" (negation_forms.py)
    node: Token | None = tok
    came: Token = tok
    for hop in range(4):
        if node is None:
            break
        if hop > 0 and (node.lemma_.lower() in REFUSING or (node.pos_ == "NOUN" and node.lemma_.lower() in HINDRANCES)) and (
                came.dep_ not in ACTIVE_SUBJECTS or node.pos_ != "VERB"):
            # (a refusal's own subject is who or what refuses, not refused: "the plan would prevent accidents",
            # "approving it would stop the strike"; tests/judge/test_stance_consequences.py)
            # "no objection to the two carriers combining", "did not refuse to sign": a refusal refused
            # affirms what it governs (tests/judge/test_stance.py::test_a_refusal_refused).
            return not any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in node.children)
        if hop > 0 and node.lemma_.lower() in ALTERNATIVES and came.lower_ in OTHER_THAN:
            # "had no choice but to close it", "could not see any alternative to closing it": the act is what is left,
            # asserted (tests/judge/test_stance_flips.py)
            return False
        if hop > 0 and node.lower_ == "against" and node.pos_ == "ADP":
            # "was against closing the library": the act under "against" is refused ("not against" affirms it)
            return not any(c.dep_ == "neg" for c in [*node.children, *node.head.children])
        if any((c.dep_ == "neg" or c.lower_ in {"never", "no"}) and not contrastive(node, c) and not set_against(node, c, tok)
               for c in node.children) and not emphatic(node):
            # "no reason why the truce should not hold", "no reason not to renew it": a negation denied by the
            # reason refused, the act affirmed (tests/judge/test_stance_flips.py::test_no_reason_why_not)
            return not _no_reason_for(node)
        if no_longer(node) or rhetorical(node):
            return True  # "no longer supports it" (judge/aim.py); "Why would anyone vote to approve it?": no reason to
        # "No sensible cabinet could accept that", "Nobody doubts ...": a negative subject.
        if any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"nobody", "none", "nothing", "no one"} or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in node.children):
            return True
        if node.lower_ == "without" or (node.head.i != node.i and node.head.lower_ == "without"):
            # "Without a ceasefire there can be no talks" demands the word, it does not negate it.
            without = node if node.lower_ == "without" else node.head
            main = without.head
            return not (without.i < main.i and any(c.dep_ in {"neg", "attr", "nsubj"} and (
                c.dep_ == "neg" or any(d.lower_ == "no" for d in c.children)) for c in main.children))
        if node.dep_ in {"relcl", "acl"} and ((no := _no_noun(node.head)) is not None or node.head.lower_ in NOBODY) and (
                not emphatic(node.head)):  # ("no finer site for it": praise, negation_forms.emphatic)
            # "There is no draft of this plan I could vote for", "nothing to apologise for"; not "no objection
            # to the carriers combining", a refusal refused
            return no is None or no.lemma_.lower() not in REFUSING
        if node.dep_ in {"relcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and any(
                d.dep_ == "det" and d.lower_ == "any" for d in node.head.children) and any(
                c.dep_ == "neg" for c in node.head.head.children):
            return True  # "could not see any reason to approve it": "any" in the negation's scope, and its clause too
        if hop == 0 and any(c.dep_ == "dobj" and not floor(c) and (c.lower_ in NOBODY or (c.lower_ == "one" and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children))) for c in node.children):
            return True  # "helps no one", "solves nothing"; not "accepts nothing less than a freeze"
        if node.dep_ == "relcl" and node.head.dep_ == "attr" and any(c.dep_ == "neg" for c in node.head.head.children):
            return True  # "I will not be the one who signs it away" (tests/judge/test_stance.py)
        if node.dep_ in {"ccomp", "xcomp"} and node.head.lemma_.lower() in NEG_RAISING | LETTING | PERSUADING and any(
                c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in NOBODY and not _asks(node))
                for c in node.head.children):
            # "did not think the rule should be dropped" (tests/judge/test_privative.py); "nothing will persuade me it is
            # safe": a negative subject of a verb of believing or persuading (test_stance_composed.py); "will not
            # let an argument sink the service", "won't allow the fees to rise", "would not make the plan any better":
            # what is not let or made happen is denied (test_stance_said_of.py)
            return True
        if node.dep_ == "relcl" and (said := _complement_misread(node)) is not None and any(
                c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in NOBODY) for c in said.children):
            # "You cannot tell a farmer on a low income that the drought is over": the that-clause the parser hung on
            # "income" is what is not told (tests/judge/test_stance_said_past.py::test_a_that_clause_read_as_relative)
            return True
        if node.head.i == node.i or node.dep_ in {"ccomp", "advcl", "relcl", "conj"}:
            break
        came, node = node, node.head
    return False


def _complement_misread(clause: Token) -> Token | None:
    """The verb of believing or telling whose that-clause the parser read as a relative clause on a noun after it ("tell
    a farmer on a low income that the drought is over"): "that" a complementiser (`mark`), not a relative pronoun
    (a subject or object of the clause), the clause with a subject of its own; the verb is a few arcs above the noun."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    node = clause.head
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node if node.lemma_.lower() in NEG_RAISING | PERSUADING else None
    return None


# The subject of an active verb: it does the verb's act ("the plan would prevent accidents"), it does not undergo it.
ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
# Nouns of what stands in an act's way: "no legal bar to passing the bill", "no obstacle to a deal" affirm the act
# (general English; tests/judge/test_stance_taken_away.py::test_a_refusal_held_or_lifted).
HINDRANCES = frozenset({"bar", "obstacle", "barrier", "impediment", "hurdle", "hindrance"})
# Nouns of the one way left ("no choice but to ...", "no alternative to ..."), and the words that name it.
ALTERNATIVES = frozenset({"choice", "alternative", "option"})
OTHER_THAN = frozenset({"but", "to", "than", "except"})
# Negative pronouns: as the head of a clause's noun ("nothing to apologise for") or as an object ("helps no one").
NOBODY = frozenset({"nothing", "nobody", "none", "no one", "noone"})
# Verbs of letting or making happen: "will not let X sink the service" denies the sinking, "would not make the plan
# any better" the plan being better (tests/judge/test_stance_said_of.py::test_what_is_not_let_happen_is_denied).
LETTING = frozenset({"let", "allow", "permit", "make"})
# Verbs of bringing another to believe: "nothing will persuade me it is safe" denies it being safe.
PERSUADING = frozenset({"convince", "persuade", "tell", "assure"})
# Verbs whose negation is read in their complement ("I don't think it will pass" denies it passing).
NEG_RAISING = frozenset({"believe", "think", "expect", "suppose", "want", "imagine", "see"})


def _asks(clause: Token) -> bool:
    """The clause is an indirect question ("nobody could tell her what day the bridge reopens", "whether it is safe"): asked, not
    asserted, so a negative subject above it denies nothing of it (tests/judge/test_stance_composed.py)."""
    return any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or (t.dep_ == "mark" and t.lower_ in {"whether", "if"})
               for t in clause.subtree if t.i <= clause.i)


# Nouns of a reason for something: what they give a reason for is denied when they are ("no reason to ...", "no grounds
# for ...", "no need to ...").
REASON_NOUNS = frozenset({"reason", "ground", "grounds", "excuse", "justification", "need", "cause", "basis", "case"})


def _no_reason_for(clause: Token) -> bool:
    """The clause is what a denied reason is for ("no reason why X should not V", "no reason not to V"): the clause's
    own negation and the reason's cancel."""
    head = clause.head
    return clause.dep_ in {"relcl", "acl"} and head.i != clause.i and head.lemma_.lower() in REASON_NOUNS and (
        _no_noun(head) is not None)


def _no_noun(noun: Token) -> Token | None:
    """The noun, or the noun its phrase hangs on ("no version of this bill"), that has the determiner "no";
    None when there is none."""
    for _ in range(3):
        if any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children):
            return noun
        if noun.dep_ not in {"pobj", "prep"} or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def below(tok: Token, cut: frozenset[str] = frozenset({"conj", "cc"})) -> list[Token]:
    """A token's subtree without coordinated branches ("renounce X and enshrine Y": Y is not renounced),
    nor any other branch whose relation is in `cut`."""
    out, stack = [], [tok]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in cut)
    return out


def refused(tok: Token) -> list[Token]:
    """What a stance word is aimed at: its objects, or for a passive ("X was rejected") its subject."""
    deps = {"dobj", "pobj", "prep", "xcomp", "ccomp", "nsubjpass", "acl", "attr"}
    return [t for c in tok.children if c.dep_ in deps for t in below(c)]
