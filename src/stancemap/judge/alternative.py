"""A question that prefers one option to another named after "rather than", "instead of", "as opposed to", "versus",
or "over" after a verb of choosing ("Are the couriers staff rather than freelancers?", "Should the clinic open at the
harbour instead of at the old mill?", "Should the board pick the coastal line over the inland one?").

The parse keeps no such option (judge/proposition.py `compared_with` reads only a comparative's "than"), so praise of
or support for the alternative was read as support for the question. Here the two options are read from the words
around the marker: the preferred one is the noun phrase (or the name) just before it, the alternative the words after
it up to a preposition or a clause; judge/terms.py `comparison` then gives them to the rules of judge/comparison.py,
which turn a side aimed at the alternative alone (tests/judge/test_stance_alternative.py, issue 9, session 34).
"""

from __future__ import annotations

import re
from typing import Any

# Markers written before the other option, as lower-case word sequences.
MARKERS: tuple[tuple[str, ...], ...] = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"), ("versus",),
                                        ("vs",), ("vs.",), ("in", "preference", "to"))
# "over" marks an alternative only after a verb of choosing ("choose X over Y"; not "resign over the affair", "a bridge
# over the river"): tests/judge/test_stance_alternative.py::test_over_only_after_a_verb_of_choosing.
CHOOSING = frozenset({"choose", "prefer", "favour", "favor", "prioritise", "prioritize", "pick", "select", "opt"})
# Words of the preferred option that name nothing of it (determiners, possessives, prepositions).
EMPTY_POS = frozenset({"DET", "ADP", "PART", "PUNCT", "PRON", "CCONJ", "AUX", "SCONJ"})


def _marker_at(doc: Any) -> tuple[int, int] | None:
    """The first marker's start and the index just after it, or None."""
    words = [t.lower_ for t in doc]
    for i in range(1, len(words)):
        for marker in MARKERS:
            if tuple(words[i:i + len(marker)]) == marker:
                return i, i + len(marker)
        if words[i] == "over" and any(t.lemma_.lower() in CHOOSING for t in doc[:i]):
            return i, i + 1
    return None


def options_of(text: str, doc: Any, nlp: Any) -> tuple[str, str]:
    """The options of the question as written (parsed again only when it writes a marker: the question may have been
    read again as a statement that loses the option before it, "the couriers staff are rather than ..."), else of the
    doc the question's parse used."""
    if not MARKED.search(text):
        return "", ""
    found = options(nlp(text))
    return found if found[0] else options(doc)


MARKED = re.compile(r"\b(?:rather than|instead of|as opposed to|versus|vs\.?|in preference to|over)\b", re.IGNORECASE)


def options(doc: Any) -> tuple[str, str]:
    """(the preferred option, the alternative) as written ("staff", "freelancers"), or ("", "") when the question names
    no alternative. The preferred option is the noun phrase ending just before the marker (`_phrase_ending`), without
    determiners and prepositions; the alternative is what follows the marker, less a leading preposition."""
    found = _marker_at(doc)
    if found is None:
        return "", ""
    start, end = found
    before = start - 1
    while before >= 0 and doc[before].pos_ == "PUNCT":
        before -= 1
    if before < 0:
        return "", ""
    own = _phrase_ending(doc[before])
    rest = [t for t in doc[end:] if t.pos_ != "PUNCT" or t.text == "-"]
    while rest and rest[0].pos_ in {"ADP", "DET"}:  # "rather than at the old mill": the place's own preposition
        rest = rest[1:]
    other = "".join(t.text_with_ws for t in rest).strip()
    return (" ".join(t.text for t in own if t.pos_ not in EMPTY_POS), other) if own and other else ("", "")


# The links of a word that modifies the noun after it within one noun phrase ("coastal" of "the coastal line").
MODIFIER = frozenset({"compound", "amod", "nmod", "nummod", "poss", "case", "punct"})


def _phrase_ending(tok: Any) -> list[Any]:
    """The noun phrase that ends with `tok`: the words just before it that modify a word of it ("the coastal line"),
    not a subject an apposition follows ("the couriers staff": staff alone)."""
    words = [tok]
    i = tok.i - 1
    while i >= 0:
        word = tok.doc[i]
        if word.dep_ not in MODIFIER or word.head.i not in {w.i for w in words} or word.pos_ in {"VERB", "AUX"}:
            break
        if word.tag_ == "NNS" and word.dep_ == "compound":
            break  # a plural noun before a noun ends a subject ("the couriers staff"): a modifier is mostly singular
        words.insert(0, word)
        i -= 1
    return words
