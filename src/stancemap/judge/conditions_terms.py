"""The terms an act must come with, said without a conditional word of their own (issue 9, session 18):
  if it happens, it must   "If they renew, it must come with an outside auditor", "If there must be a
                           pause, let it be brief": the obligation after an if-clause is what the act, when it
                           comes, is held to (`if_then_must`)
  as a condition of        "ready to accept an inspector as a condition of renewal", "monitoring must be a
                           condition of the permit" (`as_a_condition`)
  must come with           "a state-owned shipyard must come with a proper business plan" (`must_come_with`)
  the last resort          "A split should be a last resort, kept for the day when ...": an act kept
                           for when all else fails (`last_resort`)
  a cap                    "should be put back, but by no more than a fortnight", "a pause of up to 12 days", "could live
                           with two weeks": how far the act may go (`a_cap`)
  has to go first          "But the exemption has to go first": what must happen first, said with "have to"
                           (`has_to_first`; conditions._obligations reads "must first", "would first have to")
Pinned by tests/judge/test_conditions_terms.py."""

from __future__ import annotations

from typing import Any

from .conditions import BELIEF, MODALS, SIDING, TIME_NOUNS, WISHED, Condition
from .requirements import condition
from .wishes import anothers_wish
from .wordnet import wordnet

# Modals of obligation on a verb, and the verbs that carry one with "to" ("has to come", "needs to be").
OBLIGING_MODALS = frozenset({"must", "should"})
OBLIGING_VERBS = frozenset({"have", "need"})
# Modals that foretell a necessity rather than lay one down ("will have to", "would need to").
FORETOLD = frozenset({"will", "would", "'ll", "wo"})
# The speaker's own part ("If they renew, we must fight it"): a plan or a threat of the speaker, not a term of the act.
SPEAKER = frozenset({"i", "we"})
# Nouns naming a condition ("as a condition of renewal", "a precondition for any deal").
CONDITION_NOUNS = frozenset({"condition", "precondition", "prerequisite"})


def _obliged(verb: Any) -> bool:
    """The verb is under a modal of obligation, or is "have/need" with a to-infinitive ("has to come"), not negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in FORETOLD for c in verb.children):
        return False  # "they will have to carry me out": a necessity foretold (defiance), not a term demanded now
    return verb.lemma_.lower() in OBLIGING_VERBS and any(
        c.dep_ == "xcomp" and any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children)
        and not any(d.dep_ == "neg" for d in c.children) for c in verb.children)


def clause_verbs(verb: Any) -> list[Any]:
    """The verbs an obligation carries ("has to come": "come"), whose adverbs are the clause's too."""
    return [g for c in verb.children if c.dep_ == "xcomp" for g in c.children]


def _aside(child: Any) -> bool:
    """A clause set off by a comma after what an obligation lays down (", because ..."), or the comma itself."""
    return child.dep_ == "punct" or (child.dep_ in {"advcl", "parataxis"} and child.doc[child.left_edge.i - 1].is_punct)


def if_then_must(sent: Any, event: frozenset[str] = frozenset()) -> list[Condition]:
    """"If they renew, it must come with an outside auditor and stiff fines": a fronted if-clause, then a
    main clause under an obligation (must, should, has to, needs to) whose subject is not the speaker: the main clause
    is what the act is held to when it comes (the if-clause itself is found by conditions._clause_conditions). Catches
    q_renew's, q_postpone's and q_freeze's shape (tests/judge/test_conditions_terms.py::test_conditions_if_then_must)."""
    doc = sent.doc
    found: list[Condition] = []
    for tok in sent:
        if tok.lower_ != "if" or tok.dep_ != "mark" or tok.head.dep_ != "advcl":
            continue
        clause, main = tok.head, tok.head.head
        if not (tok.i < clause.i < main.i) or clause.right_edge.i >= main.i or not _obliged(main):
            continue
        if clause.lemma_.lower() in BELIEF:
            continue  # "If anyone thinks this is over, they should think again": rhetoric (as conditions._clause_conditions)
        # "If residents wonder why, they should read the survey": another's wish, what they should do argued, listed
        # of the kind WISHED, not weighed (`event`: the question's act, as for the if-clause itself; wishes.py,
        # session 35; the act alone since session 36)
        kind = WISHED if anothers_wish(tok, clause, event) else "requires"
        if any(c.dep_ == "advmod" and c.lower_ == "then" for c in (*main.children, *clause_verbs(main))):
            continue  # "If the levy is passed, the treasury must then confirm it": the next step, not a term
        subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        if subject is None or subject.lower_ in SPEAKER or subject.i <= clause.right_edge.i:
            continue
        # what the obligation lays down, not a reason or a second clause after it (", because the station is a
        # disgrace": tests/judge/test_conditions_terms.py::test_conditions_if_then_must)
        last = max((c.right_edge.i for c in main.children if c.i > main.i and not _aside(c)), default=main.i)
        while last > subject.i and doc[last].is_punct:
            last -= 1
        found += condition(sent, subject.left_edge.i, last, kind)
    return found


def as_a_condition(sent: Any) -> list[Condition]:
    """"ready to accept an outside auditor as a condition of renewal": what is taken as a condition is one;
    "yearly inspections must be a condition of the permit": the subject of "be a condition" is one (not negated)
    (q_renew's shape; tests/judge/test_conditions_terms.py::test_conditions_as_a_condition)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lemma_.lower() not in CONDITION_NOUNS or tok.dep_ not in {"pobj", "attr"}:
            continue
        target = None
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in {"VERB", "AUX"}:
            verb = tok.head.head
            target = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in tok.head.children):
            verb = tok.head
            target = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if target is None or target.pos_ == "PRON" or any(c.dep_ == "neg" for c in verb.children):
            continue
        found += condition(sent, target.left_edge.i, target.right_edge.i, "requires")
    return found


def must_come_with(sent: Any) -> list[Condition]:
    """"A renewed permit must come with a clear plan to retire the oldest buses": what a thing must come
    with, under an obligation, is a term of it (q_nationalise's shape; the if-clause form is `if_then_must`'s;
    tests/judge/test_conditions_terms.py::test_conditions_must_come_with)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lower_ != "with" or tok.dep_ != "prep" or tok.head.lemma_.lower() != "come":
            continue
        verb = tok.head
        holder = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBLIGING_VERBS else verb
        if not _obliged(holder) or not any(c.dep_ == "pobj" for c in tok.children):
            continue
        found += condition(sent, tok.i + 1, tok.right_edge.i, "requires")
    return found


def has_to_first(sent: Any) -> list[Condition]:
    """"But the exemption for police databases has to go first": "first" on the verb that "have/need to" carries is
    what must happen first, with its subject when a noun names it (kind "must first", so that it is carried to the
    side the speaker took just before, article._carry_conditions; the statement set's s153 shape;
    tests/judge/test_conditions_terms.py::test_conditions_has_to_go_first)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lower_ != "first" or tok.dep_ != "advmod" or tok.head.dep_ != "xcomp":
            continue
        verb, holder = tok.head, tok.head.head
        if holder.lemma_.lower() not in OBLIGING_VERBS or not _obliged(holder):
            continue
        subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        first = subject.left_edge.i if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else holder.i
        found += condition(sent, first, max(verb.right_edge.i, tok.i), "must first")
    return found


# Verbs of wanting whose object, wanted "first", is what the speaker waits for ("would like to read the costings first").
WANTING = frozenset({"want", "like", "prefer", "wish", "need"})
# Verbs of getting sight of a thing under a wish ("to see X first", "to have X first", "rather see X first").
SEEING = frozenset({"see", "have", "get", "hear", "read"})


def wanted_first(sent: Any) -> list[Condition]:
    """"I would like to read the costings first", "would rather see a pilot on one street first", "We want an audit
    first": what the speaker wants seen or had before anything else, not negated, is what a side waits on (kind
    "requires"; the object alone, not the wish). A small clause wanted first ("want the costs published first") is
    demands._wanted_done's; "has to go first" is has_to_first's (tests/judge/test_conditions_terms.py::
    test_conditions_wanted_first)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lower_ != "first" or tok.dep_ != "advmod":
            continue
        verb = tok.head
        while verb.pos_ in {"NOUN", "PROPN", "ADP"} and verb.dep_ in {"pobj", "prep", "dobj"} and verb.head.i != verb.i:
            verb = verb.head  # "see a pilot on one street first" with "first" hung on "street": the verb above
        wish = verb.head if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in WANTING else verb
        rather = verb.lemma_.lower() in SEEING and any(c.lower_ == "rather" for c in verb.children)
        if not (rather or (wish.lemma_.lower() in WANTING and (wish is verb or verb.lemma_.lower() in SEEING))):
            continue
        if any(c.dep_ == "neg" for v in {verb, wish} for c in v.children):
            continue  # "we do not want to see it first": no wish
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ in {"NOUN", "PROPN"}), None)
        if thing is None or any(c.dep_ in {"acl", "ccomp"} and c.tag_ == "VBN" for c in thing.children):
            continue  # (no object, or a small clause read as one)
        found += condition(sent, thing.left_edge.i, min(thing.right_edge.i, tok.i - 1), "requires")
    return found


def last_resort(sent: Any, own: frozenset[str] = frozenset()) -> list[Condition]:
    """"A split should be a last resort, kept for the day when a firm has broken its promises",
    "a state takeover is a final step, never a first one": the proposition's act or thing (`own`, its words in the
    subject) said to be (not negated) a noun WordNet files under "expedient" with its modifier ("last resort", "pis
    aller") is kept for when all else fails, a condition with what the phrase says of it (q_nationalise's shape;
    tests/judge/test_conditions_terms.py::test_conditions_the_last_resort). Not another thing ("conscription should be
    a last resort" of a service bill opposes the bill: q_compulsory lost 2 without `own`)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.dep_ != "attr" or tok.pos_ != "NOUN" or tok.head.lemma_ != "be" or any(
                c.dep_ == "neg" for c in tok.head.children):
            continue
        subject = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not any(t.lemma_.lower() in own for t in subject.subtree):
            continue
        modifier = next((c for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1), None)
        if modifier is None or "expedient" not in wordnet().hypernyms(f"{modifier.lower_}_{tok.lemma_.lower()}", "n"):
            continue
        last = tok.right_edge.i
        while last > tok.i and sent.doc[last].is_punct:
            last -= 1
        after = sent.doc[last + 2] if last + 2 < sent.end and sent.doc[last + 1].text == "," else None
        if after is not None and after.tag_ in {"VBN", "VBD"} and after.left_edge.i == after.i:
            last = after.right_edge.i  # ", kept for the case in which ...": the participle the parser hung elsewhere
        while last > tok.i and sent.doc[last].is_punct:
            last -= 1
        found += condition(sent, tok.left_edge.i, last, "requires")
    return found


# Words before a quantity that cap it ("by no more than ten days", "of up to 18 days").
CAPS = ("no more than", "not more than", "up to", "at most", "no longer than", "a maximum of")


def a_cap(sent: Any, own: frozenset[str] = frozenset()) -> list[Condition]:
    """How far the act may go: a quantity capped ("no more than", "up to" ...) after "but" ("the match should be put back,
    but by no more than a fortnight") or on the proposition's act or thing (`own`: "a pause of up to 12 days would be
    fine"); and a counted span of time a side taken under a modal accepts ("could live with two weeks",
    "would accept six months"). Catches q_postpone's shape (tests/judge/test_conditions_terms.py::test_conditions_a_cap);
    a cap on another verb is a forecast ("the strike could last up to three weeks")."""
    doc = sent.doc
    found: list[Condition] = []
    for tok in sent:
        if tok.dep_ != "nummod" or tok.head.pos_ != "NOUN":
            continue
        noun = tok.head
        before = " ".join(t.lower_ for t in doc[max(sent.start, tok.i - 3):tok.i])
        cap = next((c for c in CAPS if before.endswith(c)), None)
        prep = noun.head if noun.dep_ == "pobj" else None
        if cap is not None and prep is not None:
            after_but = doc[prep.i - 1].lower_ == "but" or (prep.i > 1 and doc[prep.i - 1].text == "," and doc[
                prep.i - 2].lower_ == "but") or any(c.dep_ == "cc" and c.lower_ == "but" for c in prep.head.children
                                                     if prep.dep_ == "conj" and c.i < prep.i)
            on_the_act = prep.head.lemma_.lower() in own
            if after_but or on_the_act:
                found += condition(sent, prep.i, noun.right_edge.i, "requires")
            continue
        verb = prep.head if prep is not None and prep.lower_ == "with" else noun.head if noun.dep_ == "dobj" else None
        if cap is None and noun.lemma_.lower() in TIME_NOUNS and verb is not None and verb.lemma_.lower() in SIDING | {
                "live"} and any(c.lower_ in MODALS for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children):
            found += condition(sent, tok.left_edge.i, noun.right_edge.i, "requires")
    return found


# Nouns whose that-clause after a preposition is a proviso ("in the event that X", "on the understanding that X", "with
# the proviso that X", "on the basis that X").
PROVISO_NOUNS = frozenset({"event", "understanding", "proviso", "basis", "assumption", "premise", "stipulation"})


def proviso(sent: Any) -> list[Condition]:
    """"would renew the licence in the event that the operator pays", "on the understanding that the quay is kept",
    "with the proviso that the night crossings stay", "in the event of a strike": the clause (or the of-phrase of
    "event") is a condition; not a relative clause on the noun ("the understanding that she reached": "that" its
    object) (session 18's probe, kept in session 21: tests/judge/test_conditions_terms.py::
    test_conditions_phrased_proviso)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lemma_.lower() not in PROVISO_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "on", "with",
                                                                                                    "upon"}:
            continue
        clause = next((c for c in tok.children if c.i > tok.i and c.pos_ in {"VERB", "AUX"} and c.dep_ in {
            "acl", "ccomp", "relcl", "advcl"} and _that_clause(c, tok)), None)
        if clause is None and tok.lemma_.lower() == "event":
            clause = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if clause is not None:
            found += condition(sent, tok.head.i, clause.right_edge.i, "if")
    return found


def _that_clause(clause: Any, noun: Any) -> bool:
    """The clause is the noun's content, opened by "that": "that" its mark, or (the parser reading "that" as a relative
    pronoun) a "that" before a clause with a subject of its own, passive or not on "understanding" ("the understanding
    that she reached": a relative clause, what was reached)."""
    that = next((g for g in clause.children if g.lower_ == "that" and g.i == noun.i + 1), None)
    if that is None:
        return False
    if that.dep_ == "mark":
        return True
    subject = next((g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"} and g.i != that.i), None)
    return subject is not None and (subject.dep_ == "nsubjpass" or noun.lemma_.lower() != "understanding")


# Verbs a thing "would win" a side with ("only a guarantee would win our support").
WINNING = frozenset({"win", "earn", "secure", "buy", "get"})
SIDE_NOUNS = frozenset({"support", "backing", "vote", "votes", "approval", "endorsement", "consent", "signature", "yes"})


def what_it_takes(sent: Any) -> list[Condition]:
    """"it would take a binding guarantee for us to back it": what it takes for a side; "only a binding guarantee would
    win our support": what alone wins one; not "nothing would win our support", nor a time ("it would take years to
    build") (session 18's probe, kept in session 21: tests/judge/test_conditions_terms.py::
    test_conditions_what_it_takes)."""
    found: list[Condition] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "take" and any(c.lower_ == "it" and c.dep_ in {"nsubj", "expl"} for c in tok.children) and any(
                c.lower_ in MODALS for c in tok.children):
            taken = next((c for c in tok.children if c.dep_ == "dobj"), None)
            # the side in the to-infinitive "take" governs ("for us to back it"), not in a clause of its own ("will take
            # the board to court if the plan is approved": a threat, a place)
            side = next((c for c in tok.subtree if c.i > tok.i and c.lemma_.lower() in SIDING and c.pos_ == "VERB"
                         and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                         and not any(g.dep_ == "mark" and g.lower_ != "for" for a in (c, *c.ancestors) if a.i > tok.i
                                     for g in a.children)),
                        None)
            if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
                side = None
            if taken is not None and side is not None and taken.lemma_.lower() not in TIME_NOUNS and taken.ent_type_ not in {
                    "DATE", "TIME"}:
                found += condition(sent, taken.left_edge.i, taken.right_edge.i, "requires")
        elif lemma in WINNING and any(c.dep_ == "dobj" and c.lemma_.lower() in SIDE_NOUNS for c in tok.children):
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            only = next((c for c in subject.subtree if c.lower_ == "only"), None) if subject is not None else None
            if subject is not None and only is not None and only.i == subject.left_edge.i:
                found += condition(sent, only.i + 1, subject.right_edge.i, "requires")
    return found


# Nouns of a reckoning whose assumption is its condition ("the projection assumed X", "the forecast assumes X").
RECKONINGS = frozenset({"projection", "forecast", "estimate", "outlook", "model", "scenario", "prediction", "calculation"})


def assumed(sent: Any) -> list[Condition]:
    """"the forecast assumed that book prices would rise only slowly": what a forecast assumes is what it holds
    on (q_inflation, read after first contact in session 21; tests/judge/test_conditions_lists.py::
    test_what_a_forecast_assumes); not what a person assumes ("I assume they will sign": a belief)."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lemma_.lower() != "assume" or tok.pos_ != "VERB":
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if subject is not None and clause is not None and subject.lemma_.lower() in RECKONINGS:
            found += condition(sent, clause.left_edge.i, clause.right_edge.i, "if")
    return found
