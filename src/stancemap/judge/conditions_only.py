"""What support is limited to, said with "only" or "not without" (moved from conditions.py in session 14):
"only with a signed pledge", "not without a pay pledge", "will not back the ordinance without a pay pledge",
"only through pharmacies" (`only_with`); with the list the parser cut after its first item ("only with a
lower cap, a review every year and a ban on night flights": `listed_end`).
Pinned by tests/judge/test_conditions.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .conditions import MODALS, SIDING, TIME_NOUNS, Condition, normalize, span_text
from .conditions_needed import needed_to_last
from .wordnet import wordnet

# "only through pharmacies", "only for adults", "only on behalf of the council", "only under strict
# rules", "only at 48 crowns a share": "only" before one of these prepositions limits the act to a scope,
# which is a condition (tests/judge/test_conditions.py::test_conditions_only_scope). "only by", "only to"
# mostly measure or aim ("passed only by three votes"); a time ("only in March") is a date, not a condition.
SCOPE_PREPS = frozenset({"through", "for", "on", "under", "in", "via", "within", "at"})


def _only_scope(tok: Token) -> bool:
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    # "..., but only in the name of the council": after "but" the parser makes the phrase a conjunct.
    if tok.lower_ not in SCOPE_PREPS or tok.dep_ not in {"prep", "conj"} or before is None or before.lower_ != "only":
        return False
    if before.i > 0 and tok.doc[before.i - 1].lower_ in {"not", "n't"}:
        return False  # "easing widely, and not only at the fuel pump": "not only" adds, it limits nothing (session 29;
        # tests/judge/test_conditions_refused_kind.py::test_not_only_adds)
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    if tok.lower_ == "for" and objects and all(_duration(o) for o in objects) and any(t.lower_ in MODALS for t in tok.sent):
        return True  # "should renew it, but only for three years": a limit on how long (q_renew; test_conditions_terms.py)
    return bool(objects) and not any(o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in TIME_NOUNS for o in objects)


def _at_a_price(tok: Token) -> bool:
    """"will only purchase at a fair price", "would only take the yard over at a fair price": "only" on the verb
    and a price the act is done at after its object (q_nationalise's shape; test_conditions_terms.py); a price is a noun
    WordNet puts under cost or value in its first two senses ("price", "rate", "fee"; not "risk", "pace")."""
    verb = tok.head
    if tok.lower_ != "at" or tok.dep_ != "prep" or verb.pos_ != "VERB" or not any(
            c.lower_ == "only" and c.dep_ == "advmod" and c.i < verb.i for c in verb.children):
        return False
    noun = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return noun is not None and bool({noun.lemma_.lower(), *wordnet().hypernyms(noun.lemma_.lower(), "n")} & PRICES)


# What a price is, by WordNet ("price" -> cost, value; "rate" -> charge, cost).
PRICES = frozenset({"cost", "value", "price", "charge"})


def _duration(noun: Token) -> bool:
    """A counted span of time ("three years", "six months"), not a date ("in March") nor a bare "for years"."""
    return noun.lemma_.lower() in TIME_NOUNS and any(c.dep_ == "nummod" for c in noun.children)


def only_with(sent: Span, named: frozenset[str] = frozenset()) -> list[Condition]:
    """"only with a signed pledge", "not without a pay pledge", "only if it includes X" (the
    if-clause itself is found by _clause_conditions), "only through pharmacies": what support requires; `named`, the
    words of the question's act and thing (a lasting it asks about keeps its "without": conditions_needed)."""
    found = []
    for tok in sent:
        before = sent.doc[tok.i - 1] if tok.i > sent.start else None
        if before is not None and _at_a_price(tok):
            # the price, not an aside after a comma ("at a loss, which is why ...": test_conditions_only_at_a_price)
            last = next((t.i - 1 for t in sent.doc[tok.i:tok.right_edge.i + 1] if t.text == ","), tok.right_edge.i)
            text, start, end = span_text(sent.doc, tok.i, last)
            found.append(Condition(text, normalize("requires", list(tok.subtree)), start, end))
            continue
        if before is not None and _only_scope(tok):
            text, start, end = span_text(sent.doc, before.i, tok.right_edge.i)
            if len(text.split()) >= 3:
                found.append(Condition(text, normalize("requires", list(tok.subtree)), start, end))
            continue
        if tok.lower_ not in {"with", "without"} or (tok.dep_ != "prep" and not (
                tok.lower_ == "without" and before is not None and before.lower_ in {"not", "never"}) and not (
                tok.dep_ == "conj" and before is not None and before.lower_ == "only" and (
                    _only_scope(tok.head) or (tok.i > 1 and sent.doc[tok.i - 2].lower_ == "but")))):
            # ("Not without a firm limit on fares.": a fragment the parser roots on "without"; "only for two years and
            # only with an auditor": the second limit a conjunct of the first, q_renew, test_conditions_terms.py; "could
            # accept it, but only with a cap on fees": a limit after "but" the parser makes a conjunct of the clause,
            # tests/judge/test_conditions_lists.py::test_but_only_with)
            continue
        verb = next((a for a in list(tok.ancestors)[:3] if a.pos_ in {"VERB", "AUX"}), tok.head)  # or on its object
        if tok.lower_ == "with" and before is not None and before.lower_ != "only" and verb.i < tok.i and any(
                c.lower_ == "only" and c.i < tok.i for c in verb.children) and verb.lemma_.lower() in SIDING:
            before = next(c for c in verb.children if c.lower_ == "only")  # "We only vote yes with X written in"
        # "will not back the ordinance without a pay pledge": a negated verb the without-phrase hangs on.
        refused = tok.lower_ == "without" and any(c.dep_ == "neg" for c in tok.head.children) and tok.head.i < tok.i
        if refused and needed_to_last(tok.head, tok, named):
            continue  # "the pier will not last a winter without new piles": what a thing needs to go on, no term of a
            # side (session 36; tests/judge/test_conditions_needed.py::test_what_a_thing_cannot_last_without)
        if before is None or (tok.lower_ == "with" and before.lower_ != "only") or (
                tok.lower_ == "without" and before.lower_ not in {"not", "never"} and not refused):
            continue
        first = before.i if before.lower_ in {"only", "not", "never"} and before.i == tok.i - 1 else tok.i
        text, start, end = span_text(sent.doc, first, listed_end(tok.right_edge.i, sent))
        if len(text.split()) >= 3:
            found.append(Condition(text, normalize("requires", list(tok.subtree)), start, end))
    return found


# How the parser hangs a later item of a list it cut after the first ("..., independent observers and ...").
LOOSE_ITEMS = frozenset({"dep", "conj", "appos"})


def listed_end(last: int, sent: Span) -> int:
    """The end of a phrase ending at `last`, stretched over the items of a list the parser cut after it: after a
    comma, a noun phrase opening right there that it hangs loose on the clause rather than inside the phrase
    ("only with a lower, fixed cap, a review every year and a ban on night flights": the review and the ban are
    conditions too;
    tests/judge/test_conditions.py::test_conditions_a_list_cut_after_its_first_item)."""
    doc = sent.doc
    while last + 2 < sent.end and doc[last + 1].text == ",":
        item = next((t for t in doc[last + 2:sent.end] if t.left_edge.i == last + 2 and t.pos_ in {"NOUN", "PROPN"}
                     and t.dep_ in LOOSE_ITEMS and t.head.i < last + 1), None)
        if item is None:
            break
        last = item.right_edge.i
    return last
