"""The evaluations an article makes of a thing in a noun, for the frames (frames.py): "the pier is a folly",
"the porters are not partners", "the library is dear money", "called the pier a bargain". A corpus argues a
quality of a thing in nouns and headline wording more than in "X is ADJ" sentences (frames.py's properties); these,
with those, let the proposer ask "Is <thing> <quality>?" (question_quality.py) when the corpus argues a quality of the
thing more widely than any act on it. Per article, keyed "<noun lemma, or a name as written>\\t<thing's key>\\t
<the evaluation as written>\\t<the thing as written>\\t<is|are>"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .frames_words import head_key

# The words written before an evaluating noun that are part of the evaluation ("a costly folly", "dear money", "a
# genuine Orlam", "not partners" has none).
_BEFORE = frozenset({"det", "amod", "compound", "advmod", "nmod", "nummod"})


def evaluations_of(*docs: Doc | None) -> dict[str, int]:
    """Each noun said of a thing (a common noun or a name, the subject of "be": "the pier is a folly", "are
    Velko porters partners?"; or the object of a verb that names it so: "called the pier a bargain"), once
    per article, over the body and the headline parsed on its own (tests/test_question_quality.py)."""
    found: dict[str, int] = {}
    for doc in docs:
        if doc is None:
            continue
        for tok in doc:
            if tok.pos_ not in {"NOUN", "PROPN"} or not tok.is_alpha or tok.dep_ not in {"attr", "oprd"}:
                continue
            if (thing := _thing(tok)) is None:
                continue
            number = "are" if thing.tag_ in {"NNS", "NNPS"} else "is"
            found["\t".join((tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.text, head_key(thing), _written(tok),
                             _thing_written(thing), number))] = 1
    return found


def _thing(noun: Token) -> Token | None:
    """What the noun is said of: the subject of its "be" (attr), the object of the verb naming it so (oprd: "called the
    pier a waste"); None for a pronoun ("it is a waste": which thing is the parse's guess), "there" ("there is a shortage":
    frames_exists.py's) or no such word."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() != "be":
        return None
    wanted = "nsubj" if noun.dep_ == "attr" else "dobj"
    thing = next((c for c in head.children if c.dep_ == wanted), None)
    if thing is None or thing.pos_ not in {"NOUN", "PROPN"} or not thing.is_alpha:
        return None
    return thing


def _written(noun: Token) -> str:
    """The evaluation as written: the noun with the words before it that modify it ("a costly folly", "dear money",
    "partners"), lower case but for a name."""
    before = sorted({t.i for c in noun.children if c.dep_ in _BEFORE and c.i < noun.i for t in c.subtree})
    start = before[0] if before and before[-1] < noun.i and before[-1] >= noun.i - 4 else noun.i
    return _joined(noun.doc[start:noun.i + 1], lambda t: t.text if t.pos_ == "PROPN" else t.lower_)


def _thing_written(thing: Token) -> str:
    """The thing as written: its name, or its noun with the words before it that modify it, with "the" for a bare
    common noun or one the speaker owns ("the Tarnwick pier", "Velko porters", "our museum": "the museum")."""
    before = sorted({t.i for c in thing.children if c.dep_ in {"compound", "amod", "poss", "det", "nmod"}
                     and c.i < thing.i for t in c.subtree})
    start = before[0] if before and before[-1] < thing.i else thing.i
    span = thing.doc[start:thing.i + 1]
    if any(t.is_punct and t.text not in {"'s", "’s", "-"} for t in span):
        span = thing.doc[thing.i:thing.i + 1]
    written = _joined(span, lambda t: t.lower_ if t.pos_ in {"DET", "PRON"} else t.text)
    first, _, rest = written.partition(" ")
    if first in _NOT_THE and rest:  # "our museum", "its budget": "the museum", "the budget"
        return f"the {rest}"
    if thing.pos_ == "NOUN" and span[0].pos_ != "DET" and span[0].text.islower():
        return f"the {written}"
    return written


# The determiners and possessive pronouns a question writes "the" for.
_NOT_THE = frozenset({"your", "our", "my", "its", "their", "this", "that", "these", "those"})


def _joined(span: Span, form: Callable[[Token], str]) -> str:
    """The span's words in `form`, spaced as written ("Orm-Tessel", not "Orm - Tessel")."""
    # (spaces made one: a tab or a newline written in the span would break the tab-joined key; question_sum reads five)
    return " ".join("".join(form(t) + t.whitespace_ for t in span).split())
