"""A "not" or "never" that negates no verb: a contrast of times ("quit now, not in a month") and an
emphatic comparative ("has never been closer to signing"); a "nothing" that names a floor ("settle for nothing
less than a total freeze": `floor`). Read by negation.negated; and the B of
"A, not B", the alternative set aside (`rejected_alternative`, read by evaluative.py); the B of "A rather than
B", "A instead of B", "anything except B", "would rather A than B", set aside too (`set_aside`, read by
negation.negated as a denial of B's act, and by evaluative.py, which does not judge B's words)."""

from __future__ import annotations

from typing import Any

from ..extract.dates import SEASONS

Token = Any  # spaCy Token or parsed.ParsedToken

# Words of a time or manner an adjunct after "not" may name ("approve it now, not later", "this year,
# not next"); general English.
WHEN = frozenset(SEASONS) | frozenset({"now", "yet", "later", "today", "tomorrow", "tonight", "soon", "next", "then",
                                      "year", "month", "week", "day", "spring", "autumn", "summer", "winter",
                                      "quietly", "gradually", "immediately", "overnight"})
# Words that deny the verb they hang on ("cannot last", "is never final", "will not survive").
DENYING_WORDS = frozenset({"never", "not", "n't"})
# Counts that make a time a figure of speech ("not in a million years" is a flat no).
HYPERBOLE = frozenset({"million", "millions", "billion", "thousand", "thousands", "hundred", "hundreds"})


def denied_here(verb: Token) -> bool:
    """A negation hung on the verb itself ("cannot survive", "is never final"), not on a verb governing it (which
    negation.negated walks to)."""
    return any(c.dep_ == "neg" or c.lower_ in DENYING_WORDS for c in verb.children)


def contrastive(node: Token, neg: Token) -> bool:
    """"should quit now, not in a month", "approve it this year, not next": a "not" after the verb
    and a comma, before a time or manner adjunct (a DATE/TIME entity or a word of WHEN), sets one
    time against another; the verb stays asserted. "..., not a chance" and "..., not in a million
    years" are a colloquial no (tests/judge/test_stance_kin.py)."""
    if neg.i < node.i + 2 or neg.lower_ != "not" or node.pos_ not in {"VERB", "AUX"}:
        return False
    try:
        before, after = neg.nbor(-1), neg.nbor(1)
    except (IndexError, KeyError):
        return False
    if before.text not in {",", "—", "–", ";"} or after.head.i == neg.i:
        return False
    adjunct = list(after.subtree) if after.pos_ == "ADP" else [after]
    if after.pos_ == "DET":  # "this year, not next year"
        adjunct = [after, after.head]
    if any(t.lower_ in HYPERBOLE for t in adjunct):
        return False
    return any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in WHEN for t in adjunct)


# Comparatives of praise after a "no" on their noun ("no finer site for it", "no better candidate"): general English.
PRAISED = frozenset({"better", "finer"})


def emphatic(node: Token) -> bool:
    """"has never been closer to signing", "never been more determined": "never" with a comparative
    says more than ever, it negates nothing (tests/judge/test_stance.py). "There is no finer site for it": "no"
    with a comparative of praise on its noun, and no "than", says the place meant is the best, it negates nothing either
    (q_stadium, session 42; tests/judge/test_stance_comparison.py::test_no_better_place_is_praise)."""
    negators = [c for c in node.children if c.dep_ == "neg" or c.lower_ in {"never", "no"}]
    if negators and all(c.dep_ == "det" and c.lower_ == "no" for c in negators) and any(
            c.dep_ == "amod" and c.lower_ in PRAISED for c in node.children) and not any(
            t.lower_ == "than" for t in node.subtree):
        return True
    return bool(negators) and all(c.lower_ == "never" for c in negators) and any(
        c.dep_ in {"acomp", "advmod", "attr", "oprd"} and c.lower_ != "never" and (
            c.tag_ in {"JJR", "RBR"} or any(d.tag_ == "RBR" and d.dep_ == "advmod" for d in c.children))
        for c in node.children)


# Words after a "..., not" that make it a flat no rather than a contrast ("..., not a chance", "..., not at all").
FLAT_NO = frozenset({"chance", "way", "likely", "all", "really", "hope"})
CONTRAST_MARKS = frozenset({",", "—", "–", ";"})


def set_against(node: Token, neg: Token, tok: Token) -> bool:
    """"an invitation, not a token gesture", "keep the library open, not close it": a "not" after its
    head and a comma negates the phrase that follows it; a word before it (`tok`, under `node`) stays
    asserted. "..., not a chance" and "..., not in a million years" are a flat no and still negate
    (tests/judge/test_stance_own_words.py)."""
    if neg.i <= node.i or tok.i >= neg.i:
        return False
    return _contrast_not(neg.doc, neg.i)


def _contrast_not(doc: Any, k: int) -> bool:
    """doc[k] is the "not" of "A, not B" (after a comma or dash) that sets B aside, not a flat no
    ("..., not a chance", "..., not in a million years"): read by `set_against` (what it negates) and
    `rejected_alternative` (what it sets aside), so the two never disagree on which "not" this is."""
    if doc[k].lower_ != "not" or k == 0 or doc[k - 1].text not in CONTRAST_MARKS:
        return False
    after = []
    for j in range(k + 1, min(k + 7, len(doc))):
        if doc[j].is_punct:
            break
        after.append(doc[j].lower_)
    return bool(after) and not any(w in HYPERBOLE or w in FLAT_NO for w in after)


def contrast_not(doc: Any, k: int) -> bool:
    """doc[k] is the "not" of "A, not B" that sets B aside (public for conditions.py: "now, not after the review" sets a
    time aside, no condition)."""
    return _contrast_not(doc, k)


def rejected_alternative(tok: Token) -> bool:
    """The word stands in the B of "A, not B" ("a firm date, not a vague one"): the alternative
    set aside, described, not judged. A flat no ("..., not a chance") is no alternative."""
    doc = tok.doc
    for k in range(tok.i - 1, max(tok.i - 7, 0), -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ == "not" and k > 0 and doc[k - 1].text in CONTRAST_MARKS:
            return _contrast_not(doc, k)
    return False


# The words after "nothing" that make it a floor or an only: "nothing less than X", "nothing short of X",
# "nothing but X" (general English; session 17, tests/judge/test_stance_direction.py).
FLOORS = {"less": "than", "short": "of"}


def floor(noun: Token) -> bool:
    """"settle for nothing less than a total freeze", "nothing short of a ban", "nothing but a repeal": the negative
    pronoun names what is demanded, so the verb it is the object of is asserted of that, not denied."""
    return noun.lower_ == "nothing" and any(
        c.lower_ == "but" or (c.lower_ in FLOORS and any(g.lower_ == FLOORS[c.lower_] for g in c.children))
        for c in noun.children)


# The modals of a rhetorical "why" question ("Why would anyone approve it?", "Why should we back a merger that
# costs jobs?"): asked of an act, such a question denies that there is a reason for it (session 17,
# tests/judge/test_stance_direction.py).
RHETORICAL_MODALS = frozenset({"would", "should"})


def rhetorical(node: Token) -> bool:
    """A verb asked about with "why" and "would"/"should", its clause ending on a question mark: a denial."""
    children = list(node.children)
    return (any(c.dep_ == "advmod" and c.lower_ == "why" for c in children)
            and any(c.dep_ == "aux" and c.lower_ in RHETORICAL_MODALS for c in children)
            and any(c.dep_ == "punct" and c.text == "?" for c in children))


# Markers of an alternative set aside, as word sequences (general English: "impose a ban rather than wait", "talk
# instead of imposing a ban", "anything except a levy", "anything but a levy", "other than a ban"); "than" alone
# sets aside what follows it only after "rather" or "sooner" in its clause ("would rather talk than impose a ban").
SET_ASIDE = (("rather", "than"), ("instead", "of"), ("except",), ("other", "than"), ("anything", "but"))
# The two of them that also set one course against another on a verb ("should sue the builder rather than ask the
# council"), "instead" then standing alone too ("should sue the builder instead"; "rather" alone prefers, "would rather
# sue"): read by requirements._an_alternative (tests/judge/test_conditions_demanded.py::
# test_an_obligation_set_against_another_course_is_no_term; test_negation_forms.py::test_course_set_against_another).
AGAINST_ANOTHER_COURSE = (SET_ASIDE[0], SET_ASIDE[1][:1])
PREFERRING = frozenset({"rather", "sooner"})
_MARKER_FIRSTS = frozenset(marker[0] for marker in SET_ASIDE)


def opens_marker(tok: Token, markers: tuple[tuple[str, ...], ...]) -> bool:
    """The word opens one of `markers` (word sequences, lower case) in its document."""
    doc = tok.doc
    return any(tok.i + len(marker) <= len(doc) and all(doc[tok.i + k].lower_ == word for k, word in enumerate(marker))
               for marker in markers)


def set_aside(tok: Token) -> bool:
    """The word stands in the alternative an "A rather than B", "A instead of B", "anything except B" or
    "would rather A than B" sets aside: B is not what is wanted (issue 9, session 19;
    tests/judge/test_stance_flips.py::test_the_alternative_set_aside). Answered once per sentence."""
    doc = tok.doc
    # Asked of most tokens of a statement, several times each (polarity, negation, evaluative): each token's answer is
    # kept, so that a token asked again costs a lookup, not its sentence's bounds (docs/performance.md, session 30).
    answers = doc.user_data.get("stancemap_set_aside_i")
    if answers is None:
        answers = doc.user_data["stancemap_set_aside_i"] = {}
    found = answers.get(tok.i)
    if found is None:
        memo = doc.user_data.setdefault("stancemap_set_aside", {})
        sent = tok.sent
        if sent.start not in memo:
            memo[sent.start] = _alternatives(doc, sent.start, sent.end)
        found = answers[tok.i] = tok.i in memo[sent.start]
    return found


def _alternatives(doc: Any, start: int, end: int) -> frozenset[int]:
    """The token indices of every alternative set aside in doc[start:end]."""
    words = [doc[k].lower_ for k in range(start, end)]
    out: set[int] = set()
    for k in range(len(words)):
        after = None
        # (a marker opens on its first word: the others' slices are not made; issue 11, session 43,
        # tests/judge/test_negation_forms.py::test_alternatives_read_where_a_marker_opens)
        for marker in SET_ASIDE if words[k] in _MARKER_FIRSTS else ():
            if tuple(words[k:k + len(marker)]) == marker:
                after = start + k + len(marker)
                break
        if after is None and words[k] == "than" and any(w in PREFERRING for w in words[max(0, k - 8):k]):
            after = start + k + 1
        if after is None or after >= end:
            continue
        root = doc[after]
        # the alternative's phrase: the highest word over the first word after the marker that stays after it
        while root.head.i != root.i and after <= root.head.i < end:
            root = root.head
        out |= {t.i for t in root.subtree if after <= t.i < end}
    return frozenset(out)
