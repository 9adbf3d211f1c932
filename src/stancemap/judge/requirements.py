"""What a speaker says a thing must be, said without a conditional word (issue 9, session 12):
  not negotiable   "The fisheries portfolio is not negotiable for us", "X is non-negotiable", "X is a
                   red line": the subject is a condition of the speaker's side
  has to mean      "A partnership has to mean that the hospitals stay open": what the thing must bring
  whatever         "will back whatever the inspectors say is sound": what is backed is whatever meets it (session 13)
  must be done     "the buyer must be credible", "the bill should be paid by the region": what must be true of,
                   or done to, something other than the proposition's own thing (session 13)
  must do          "the owners must put in money of their own", "a new operator would have to win the town's confidence":
                   what another party must do, not the proposition's act (session 16)
  has to be        "it has to be a sum the county can afford": what the thing has to be (session 16)
Pinned by tests/judge/test_conditions_restrictive.py."""

from __future__ import annotations

from typing import Any

from ..extract.frames_nouns import PARTICLES
from ..extract.lexicon import GENERIC_VERBS
from .conditions import MODALS, SIDING, Condition, normalize, sentence_words, span_text
from .negation_forms import AGAINST_ANOTHER_COURSE, opens_marker
from .wordnet import NOUN_PERSON, VERB_COGNITION, VERB_COMMUNICATION, VERB_PERCEPTION, wordnet

# Nouns that name a demand when the subject "is" one ("X is a red line", "X is a must").
DEMAND_ATTRS = frozenset({"line", "must", "precondition", "prerequisite"})
# must_be's first loop: "not negotiable", "non-negotiable", or a demand noun (its gate: `must_be`).
NOT_NEGOTIABLE = DEMAND_ATTRS | {"negotiable", "non-negotiable"}
# What _must_be_done, _must_do (`_obliged`) and _has_to_be need: a modal of obligation or "have/need to".
OBLIGATION_WORDS = frozenset({"must", "should", "have", "need"})


def condition(sent: Any, first: int, last: int, kind: str) -> list[Condition]:
    """The condition of `kind` worded by tokens `first` to `last` of the sentence (two words at least);
    shared with demands.py, which imports it (and `must_be`) from here."""
    if last <= first:
        return []
    text, start, end = span_text(sent.doc, first, last)
    return [Condition(text, normalize(kind, list(sent.doc[first:last + 1])), start, end)] if len(text.split()) >= 2 else []


def must_be(sent: Any, own: frozenset[str] = frozenset(), present: frozenset[str] | None = None,
            decider: frozenset[str] = frozenset()) -> list[Condition]:
    """The subjects said to be not negotiable or a red line, what a thing "has to mean", and what must be done
    to or be true of something other than the proposition's own words (`own`), by anyone but the question's own subject
    (`decider`: _on_the_decider). Each part runs only where a word its
    first tests need stands in the sentence (`present`: conditions.sentence_words; the same conditions)."""
    present = sentence_words(sent) if present is None else present
    found: list[Condition] = []
    for tok in sent if not NOT_NEGOTIABLE.isdisjoint(present) else ():
        # The word first (cheap), the clause's subject only for the few words that could name a demand.
        if not ((tok.dep_ == "acomp" and tok.lower_ in {"negotiable", "non-negotiable"})
                or (tok.dep_ == "attr" and tok.lemma_.lower() in DEMAND_ATTRS)):
            continue
        head = tok.head
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ == "PRON" or head.lemma_ != "be":
            continue
        negated = any(c.dep_ == "neg" for c in head.children)
        unnegotiable = tok.dep_ == "acomp" and ((tok.lower_ == "negotiable" and negated) or tok.lower_ == "non-negotiable")
        demanded = tok.dep_ == "attr" and not negated and tok.lemma_.lower() in DEMAND_ATTRS and (
            tok.lower_ != "line" or any(c.lower_ == "red" for c in tok.children) or _not_crossed(tok))
        if unnegotiable or demanded:
            found += condition(sent, subject.left_edge.i, subject.right_edge.i, "requires")
    if not OBLIGATION_WORDS.isdisjoint(present):  # (a modal of obligation, or "have/need to")
        found += _must_be_done(sent, own, decider) + _must_do(sent, own, decider) + _has_to_be(sent)
    if not FREE_RELATIVES.isdisjoint(present):
        found += _whatever(sent)
    for tok in sent if "mean" in present else ():  # "has to mean that X", "must mean X"
        if tok.lemma_.lower() != "mean" or not (any(c.lower_ in {"must", "should"} for c in tok.children) or (
                tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"have", "need"})):
            continue
        what = next((c for c in tok.children if c.dep_ in {"ccomp", "dobj"} and c.i > tok.i), None)
        if what is not None:
            found += condition(sent, what.left_edge.i, what.right_edge.i, "requires")
    return found


def _not_crossed(line: Any) -> bool:
    """"X is the line this party will not cross": a line its relative clause says is not crossed is a red line
    (tests/judge/test_conditions_demanded.py::test_conditions_the_line_not_crossed)."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() == "cross" and any(d.dep_ == "neg" for d in c.children)
               for c in line.children)


# Modals of obligation ("the buyer must be credible", "should be paid by the region").
OBLIGED = frozenset({"must", "should"})


def _must_be_done(sent: Any, own: frozenset[str], decider: frozenset[str] = frozenset()) -> list[Condition]:
    """"the buyer must be credible", "the bill should be paid by the region", "a truce would have to be monitored
    by observers": a state or a passive act with its doer required (a modal of obligation, or "have/need to be") of something
    that is not the proposition's act or thing (whose own fate is the side taken: "the bill must be scrapped"), not
    negated (session 13; tests/judge/test_conditions_with.py::test_conditions_must_be_done). Under "must" a passive needs
    no doer when it is done to a thing (_done_to_a_thing: "parking charges must be capped", "the report must be made
    public first"; not "should be suspended", a side recommended: session 24, tests/judge/test_conditions_after.py::
    test_must_be_done_without_a_doer)."""
    found: list[Condition] = []
    for pred in sent:
        # (a passive names who must do it: "paid by the region"; "should be suspended pending X" is a side taken)
        # (or, under "must", none, done to a thing: "parking charges must be capped", session 24; _done_to_a_thing)
        passive = pred.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in pred.children) and (any(
            c.dep_ == "agent" for c in pred.children) or (any(c.lower_ == "must" for c in pred.children)
                                                          and _done_to_a_thing(pred)))
        state = pred.lemma_ == "be" and any(c.dep_ == "acomp" for c in pred.children)
        if not (passive or state) or any(c.dep_ == "neg" for c in pred.children):
            continue
        if any(t.ent_type_ in {"DATE", "TIME"} for t in pred.subtree):
            continue  # a forecast: "turnout should be high on Tuesday", "should be ready by June" (test_conditions_with.py)
        holder = pred.head if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in {"have", "need"} else pred
        if not any(c.lower_ in OBLIGED for c in holder.children) and holder is pred:
            continue
        subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ != "NOUN" or _nobody(subject) or any(
                t.lemma_.lower() in own for t in subject.subtree) \
                or _on_the_decider(subject, decider):
            continue
        found += condition(sent, subject.left_edge.i, pred.right_edge.i, "requires")
    return found


def _done_to_a_thing(pred: Any) -> bool:
    """A "must" passive with no doer that is a term of a side: something done to a thing ("parking charges must be
    capped"), not to people ("every driver must be heard") nor a verb of thinking, saying or perceiving ("the mistakes
    of the past must be remembered", "the report must be read"): review s24-cond, tests/judge/
    test_conditions_after.py::test_must_be_done_without_a_doer."""
    subject = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
    if subject is None or wordnet().lexfile(subject.lemma_.lower(), "n") == NOUN_PERSON:
        return False
    return wordnet().lexfile(pred.lemma_.lower(), "v") not in {VERB_COGNITION, VERB_COMMUNICATION, VERB_PERCEPTION}


# The clauses an obligation is said in: a sentence's main clause, a reported one, a conjunct.
CLAUSES = frozenset({"ROOT", "ccomp", "conj"})


def _obliged(pred: Any) -> Any:
    """The verb carrying the obligation on `pred` ("must earn": itself; "would have to earn": "have"), or None."""
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in {"have", "need"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                                     for c in pred.children):
        return pred.head
    return pred if any(c.lower_ in OBLIGED for c in pred.children) else None


def _must_do(sent: Any, own: frozenset[str], decider: frozenset[str] = frozenset()) -> list[Condition]:
    """"Brightwell Mills ... must put in funds of its own", "a new operator would have to win the town's confidence": an act
    another party must do to a thing named by a noun (a noun or name as subject, under a modal of obligation or
    "have/need to"), not negated, not a side taken ("must back it", "should reject it": a pronoun for the thing), no
    verb too general to name an act without its particle ("give them room"), neither the proposition's act nor done to
    its thing (`own`: "the board must stop the merger" is a side), no forecast with its time (q_bailout's and q_sell's
    shape, session 16; tests/judge/test_conditions_with.py::test_conditions_must_do)."""
    found: list[Condition] = []
    for pred in sent:
        lemma = pred.lemma_.lower()
        # ("put in money": the parser may read a general verb's particle as a preposition with the object under it;
        # "stay in place" is no act on a place)
        particle = next((c for c in pred.children if c.i == pred.i + 1 and (
            c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in PARTICLES and lemma in GENERIC_VERBS))), None)
        if pred.pos_ != "VERB" or lemma in SIDING or lemma in own or pred.tag_ == "VBN" or (
                lemma in GENERIC_VERBS and particle is None):
            continue
        if any(c.dep_ == "advmod" and c.lower_ == "first" for c in pred.children):
            continue  # "must first carry out reforms": conditions._obligations' shape
        objects = [c for c in pred.children if c.dep_ == "dobj"] + [
            c for c in (particle.children if particle is not None else ()) if c.dep_ == "pobj"]
        if not any(c.pos_ == "NOUN" for c in objects) or any(t.lemma_.lower() in own for c in objects for t in c.subtree):
            continue  # "the fugitive must come home", "should reject it", "must rescue the steelworks", "must renounce
            # their plan to block Osterland's entry": a side taken
        if any(_clause_subject(c) for c in objects):
            continue  # "should admit that luck is not on its side": a clause read as "that luck", no act demanded
        holder = _obliged(pred)
        # (a main or reported clause: "should admit that luck ..." misparsed as a clausal subject is none)
        if holder is None or holder.dep_ not in CLAUSES or any(c.dep_ == "neg" for c in (*pred.children, *holder.children)):
            continue
        if _joined_to_a_side(holder, own):
            continue  # "the council must scrap the line, and the operator should refund tickets": a second demand
        if _an_alternative(pred):
            continue  # "the club should sue its builder rather than ask the council": a course preferred to another, argued
        # (the doer may be one the question names: "a new operator would have to win the town's confidence")
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or _on_the_decider(subject, decider) or _nobody(subject):
            continue
        if any(t.ent_type_ in {"DATE", "TIME"} for t in pred.subtree):
            continue  # "the board should decide by June": a forecast or a timetable
        # up to its object: a clause joined after it is said apart ("..., and the state keeps its share")
        found += condition(sent, subject.left_edge.i, max(c.right_edge.i for c in objects), "requires")
    return found


def _an_alternative(pred: Any) -> bool:
    """The obligation's verb is set against another course, "rather than ..." or "instead (of ...)" on it or on its
    object ("the club should sue its builder rather than ask the council", "should sue the builder instead of the
    council"): which course is better, argued, not a term another party must meet before the speaker's side holds
    (session 36, as demands._wanted_done's "instead" of session 33; tests/judge/test_conditions_demanded.py::
    test_an_obligation_set_against_another_course_is_no_term)."""
    return any(opens_marker(t, AGAINST_ANOTHER_COURSE) and _in_its_clause(t, pred) for t in pred.subtree)


# Dependencies that open a clause of its own under a verb: what is inside is not said of the verb itself.
OWN_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "csubj", "parataxis"})


def _in_its_clause(tok: Any, verb: Any) -> bool:
    """`tok` stands in `verb`'s own clause, not inside a clause of its own below it."""
    while tok.i != verb.i:
        if tok.dep_ in OWN_CLAUSES or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _on_the_decider(subject: Any, decider: frozenset[str]) -> bool:
    """The obligation's subject is the question's own subject, who would do its act ("The commission should resist the
    urge to reach for the padlock", "The commission should shut the site, full stop" under "Will the commission close
    X?"): advice on the decision, the speaker's side if any, not a term of it; a term is put on another party ("the buyer
    must be credible", "a new operator would have to win the crews' trust"). Its head noun among the subject's words
    (tests/judge/test_conditions_demanded.py::test_an_obligation_on_the_decider_is_no_term)."""
    return bool(decider) and (subject.lemma_.lower() in decider or subject.lower_ in decider)


def _nobody(subject: Any) -> bool:
    """The obligation's subject is "no one", "nobody", "no council": a prohibition on anyone ("no one should take the
    timetable as a judgement"), advice on how to take a thing, not a term another party must meet (session 35;
    tests/judge/test_conditions_demanded.py::test_an_obligation_on_nobody_is_no_term)."""
    return subject.lower_ in {"nobody", "none", "nothing", "noone"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _joined_to_a_side(verb: Any, own: frozenset[str]) -> bool:
    """The obligation is a conjunct of the clause that takes the side itself ("The council must scrap the tram line,
    and the operator should refund season tickets"; "... should scrap the line and that the police must investigate
    the contracts"): a second demand said beside the side, not a condition of it (the review, session 16;
    tests/judge/test_conditions_with.py::test_conditions_must_do)."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in own | SIDING or any(
                t.lemma_.lower() in own for c in node.children if c.dep_ in {"dobj", "xcomp"} for t in c.subtree):
            return True
    return False


def _clause_subject(noun: Any) -> bool:
    """A noun after "that" with a verb right after it: the subject of a clause the parser read as an object
    ("recognise that time is short")."""
    doc = noun.doc
    return any(c.dep_ == "det" and c.lower_ == "that" for c in noun.children) and noun.i + 1 < len(doc) and doc[
        noun.i + 1].tag_ in {"VBZ", "VBD", "VBP", "MD"}


def _has_to_be(sent: Any) -> list[Condition]:
    """"It has to be a sum that this county can afford without closing libraries": what the thing has to be, a noun
    phrase that says which (a modifier: a clause, an adjective, a phrase); not "must be" ("it must be hard" guesses)
    (q_scrap's shape, session 16; tests/judge/test_conditions_with.py::test_conditions_must_do)."""
    found: list[Condition] = []
    for pred in sent:
        if pred.lemma_ != "be" or not (pred.dep_ == "xcomp" and pred.head.lemma_.lower() in {"have", "need"}):
            continue
        attr = next((c for c in pred.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None and _superlative(attr):
            continue  # "it has to be the worst project this city has ever seen": a verdict, not a requirement
        if attr is None or any(c.dep_ == "neg" for c in (*pred.children, *pred.head.children)) or not any(
                c.dep_ in {"relcl", "acl", "amod", "prep"} for c in attr.children):
            continue
        found += condition(sent, attr.left_edge.i, attr.right_edge.i, "requires")
    return found


def _superlative(noun: Any) -> bool:
    """The noun's own modifier is a superlative ("the worst project", "the most reckless plan"): "has to be" then
    judges what is, it requires nothing (the review, session 16; tests/judge/test_conditions_with.py)."""
    return any(c.dep_ == "amod" and (c.tag_ in {"JJS", "RBS"} or any(d.tag_ == "RBS" for d in c.children))
               for c in noun.children)


# Free relatives a side is taken on ("will back whatever the inspectors say is sound").
FREE_RELATIVES = frozenset({"whatever", "whichever"})


def _any_outcome_taken(tok: Any) -> bool:
    from .undecided import _any_outcome  # (undecided imports the stance words, which import this module's users)

    return _any_outcome(tok)


def _whatever(sent: Any) -> list[Condition]:
    """"The village will back whatever the inspectors say is sound": a verb of siding under a modal whose object is a
    free relative takes whatever meets it, a condition up to the clause's end (q_lift's shape;
    tests/judge/test_conditions_with.py::test_conditions_whatever)."""
    found: list[Condition] = []
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in FREE_RELATIVES or tok.i == sent.start:
            continue
        verb = doc[tok.i - 1]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SIDING or not any(c.lower_ in MODALS for c in verb.children):
            continue
        if _any_outcome_taken(tok):
            continue  # "will accept whatever the panel decides", "will respect whatever ruling the panel makes": any
            # outcome taken, no term set (undecided.py reads it as no side; session 30,
            # tests/judge/test_conditions_conceded.py::test_whatever_is_decided_sets_no_condition)
        last = next((t.i - 1 for t in doc[tok.i:sent.end] if t.text in {",", ";", "—", "."}), sent.end - 1)
        found += condition(sent, tok.i, last, "if")
    return found
