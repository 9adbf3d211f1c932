"""A class said of a thing with "be" and a noun (frames.py's `classes`): "the couriers are employees", "the pier is a
money pit", "she is the wrong pick for chair". An evaluation or a classification the corpus argues is often said
so, as a noun rather than an adjective (docs/evaluation.md, issue 9 session 33); the adjectives are frames.py's
`_property`. Recorded per article with how the class and its thing are written, so that the reduce can ask it as the
articles say it ("Are the couriers employees?"; question_classes.py)."""

from __future__ import annotations

from spacy.tokens import Token

# Determiners a class is written with that the question writes otherwise: "no money pit" is asked "a money
# pit"; a speaker's own "our" or "your" as "the".
_NEGATIVE_DETERMINERS = frozenset({"no"})
_OWN_DETERMINERS = frozenset({"our", "your", "my"})
# Modifiers of the class written with it ("the strongest nominee", "a money pit", "full employees").
_WRITTEN_WITH = frozenset({"det", "amod", "compound", "poss"})


def copula_of_class(noun: Token) -> Token | None:
    """The copula of a common noun said of its subject with "be" ("the couriers are employees": "are"), else None: a
    noun that is no complement of "be", a pronoun's or a number's place, a word of no letters."""
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or not noun.is_alpha or noun.head.lemma_.lower() != "be":
        return None
    return noun.head


def written_class(noun: Token) -> str:
    """The class as written, lower-cased, with its determiner and the modifiers before it ("a money pit", "the strongest
    nominee", "employees", a possessor with its "'s": "the town's worst mistake"); "no" written "a" or "an" (left out
    before a plural: "no employees" is asked "employees"), a speaker's "our" as "the"; an adverb before an adjective kept
    ("a truly independent contractor"), one before the noun left out ("simply employees")."""
    kept = [c for c in noun.children if c.dep_ in _WRITTEN_WITH and c.i < noun.i]
    words: list[str] = []
    for child in sorted(kept, key=lambda c: c.i):
        for tok in sorted(child.subtree, key=lambda t: t.i):
            if tok.i < noun.i and tok.tag_ == "POS" and words:
                words[-1] += tok.lower_  # ("the town's", "the workers'")
            elif tok.i < noun.i and (tok.is_alpha or tok.text == "-"):
                words.append(tok.lower_)
    if words and words[0] in _NEGATIVE_DETERMINERS and noun.tag_ in {"NNS", "NNPS"}:
        words = words[1:]
    elif words and words[0] in _NEGATIVE_DETERMINERS:
        words[0] = "an" if (words[1:] or [noun.lower_])[0][:1] in "aeiou" else "a"
    elif words and words[0] in _OWN_DETERMINERS:
        words[0] = "the"
    return " ".join([*words, noun.lower_]).replace(" - ", "-")
