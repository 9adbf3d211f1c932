"""If-clauses that set no condition on the speaker's side, by the shape English gives them (issue 9, session 18):

- a purpose said with "if X is to Y" ("needs a bigger library if it is to keep its readers"): what Y needs, no condition;
- a reduced if-clause of need or of being asked ("if necessary", "if need be", "if we have to", "if asked for
  her view"): the speaker's own readiness, or the answer they would give, not what their side hangs on; a hedge
  ("if anything", "if at all") or a likeness ("as if it were a counterparty");
- a surprise or a lie the speaker would own to if the clause came true ("I would be amazed if they moved this
  month", "I would be lying if I told you I knew"): the clause is what the speaker does not expect or claim,
  so its words count the other way.

stance.py judges the statement without them (the second kind's clause denied); conditions_apart.py keeps them
out of the statement's conditions. Pinned by tests/judge/test_if_idioms.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .conditions import Condition

# The words of an if-clause whose verb phrase is only a need, elided ("if we have to", "if need be", "if necessary").
NEEDING = frozenset({"necessary", "need", "needs", "needed", "required", "have", "has", "must"})
ELIDED = NEEDING | frozenset({"if", "be", "to", "it", "they", "we", "i", "you", "he", "she", "really", "absolutely",
                              "ever", "truly"})
# If-clauses that only hedge what is said ("has, if anything, hardened", "late, if at all").
HEDGING = ({"if", "anything"}, {"if", "at", "all"})
# Reduced if-clauses of being asked: what follows is the speaker's answer ("if asked, she would say ...").
ASKED = frozenset({"ask", "press", "invite"})
REDUCED_NEED = "a need, a hedge or a likeness, not a condition"
SURPRISE = "a surprise foreseen: the clause denied"


def idle(condition: Condition, doc: Doc) -> str | None:
    """Why an if-clause sets no condition (REDUCED_NEED or SURPRISE), or None."""
    if not condition.text.lower().startswith("if "):
        return None
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return None
    words = {t.lower_ for t in span if t.is_alpha}
    if (span.start > 0 and doc[span.start - 1].lower_ == "as") or words in HEDGING:
        return REDUCED_NEED  # "as if it were a counterparty": a likeness; "if anything", "if at all": a hedge
    if words <= ELIDED and words & NEEDING and ("to" in words or not words & {"have", "has"}):
        return REDUCED_NEED  # "if they have to", "if necessary" (not "if they have", a perfect with its verb elided)
    verbs = [t for t in span if t.pos_ in {"VERB", "AUX"}]
    if verbs and verbs[0].lemma_ == "be" and verbs[0].dep_ != "aux" and any(
            c.dep_ in {"xcomp", "ccomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in verbs[0].children):
        return REDUCED_NEED  # "needs a bigger library if it is to keep its readers": a purpose (test_conditions_lists.py)
    if verbs and verbs[0].lemma_.lower() in ASKED and verbs[0].tag_ == "VBN" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verbs[0].children):
        return REDUCED_NEED  # "if asked for her view she would call it ..."
    return SURPRISE if _surprised(span) else None


def surprise_words(condition: Condition, doc: Doc) -> set[int]:
    """The words of the surprise itself ("be", "amazed"; "lying"): no stance of their own ("lying" is no blame)."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return set()
    main = span.root.head
    return {main.i, *(c.i for c in main.children if c.dep_ == "acomp")}


def _surprised(span: Span) -> bool:
    """The clause the if-clause hangs on is the speaker's surprise or lie with "would": "I would be amazed",
    "we'd be surprised", "I would be lying" (WordNet's adjectives like "surprised"; "lie" as a progressive)."""
    root = span.root
    main = root.head if root.head.i != root.i else root
    if main.i in {t.i for t in span} or not any(c.lower_ in {"would", "'d"} for c in main.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in main.children):
        return False
    if main.lemma_.lower() == "lie" and main.tag_ == "VBG":
        return True
    if main.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "acomp" and _like_surprised(c.lower_) for c in main.children)


def _like_surprised(adjective: str) -> bool:
    from .wordnet import wordnet

    try:
        return adjective == "surprised" or "surprised" in wordnet().related(adjective, "a", "&", senses=2)
    except OSError:
        return False
