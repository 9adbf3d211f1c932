"""Words that name the proposition's own things, not a judgement of it.

Under "Is the tannery causing the algae blooms in the lake?" the words for the outcome ("blooms", "bloom") are the
question's subject matter: "the lake is full of dead algae" or "the blooms kill the weeds" says nothing of whether the
tannery caused them, though a sentiment lexicon scores "dead" and "kill" and the stance lexicon reads "kill" as a
refusal ("kill the bill"). So the question's own nouns (besides its subject and its act), their WordNet derivations
("death" -> "die") and the verbs that cause those in WordNet ("kill" causes "die") count as naming the question's
things, never as valence or as a side (judge/evaluative.py, judge/polarity.py; tests/judge/test_stance_outcome.py).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .terms import WORD, Terms

Token = Any  # spaCy Token or parsed.ParsedToken

CAUSE = ">"  # WordNet's pointer from a verb to the verb it causes ("kill" > "die")
# Function words of a question, never its things.
FUNCTION = frozenset({"a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "is", "are",
                      "was", "were", "be", "been", "will", "would", "should", "could", "can", "do", "does", "did",
                      "has", "have", "had", "it", "its", "their", "this", "that", "these", "those", "and", "or", "not",
                      "than", "rather", "enough", "more", "less", "too", "so", "any", "all", "s", "'s", "over", "under",
                      "about", "after", "before", "against", "between", "through", "during", "without", "within", "up",
                      "down", "out", "off", "as", "if", "whether", "still", "now", "ever", "next", "last"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "any"})


def akin_words(text: str, terms: Terms, predicate: frozenset[str] = frozenset()) -> frozenset[str]:
    """The question's nouns other than its subject, its act and its opposite, with their WordNet derivations
    ("the bird deaths" -> bird, death, die; "tackle poverty" -> poverty): a word after "to" or a
    participle after a verb of being is the question's act, not a thing ("to tackle", "is causing"), and so are the
    words of its `predicate` ("be safe"). Empty without WordNet."""
    from .wordnet import wordnet

    wn = wordnet()
    own = terms.event | terms.opposites | terms.kin | terms.subject_words | terms.participants | predicate
    words = [w.lower() for w in WORD.findall(text)]
    found: set[str] = set()
    try:
        for k, word in enumerate(words):
            before = words[k - 1] if k else ""
            if word in FUNCTION or word in own or before == "to" or (
                    word.endswith("ing") and before not in DETERMINERS and any(wn.synsets(v, "v") for v in _bare(word))):
                continue
            noun = next((w for w in _singulars(word) if wn.synsets(w, "n")), None)
            if noun is None or noun in own or wn.tagged_senses(noun, "adj") > wn.tagged_senses(noun, "noun"):
                # (an adjective as English mostly uses it, "safe", "fair": the question's predicate however parsed)
                continue
            found.add(noun)
            found |= {d for d in wn.derivations(noun, "noun", senses=2) if d.isalpha()}
    except OSError:
        return frozenset()
    return frozenset(found - own)


# Verbs of acting against a thing: "to tackle poverty", "fight crime", "reduce waiting lists" (general English).
ACTING_AGAINST = frozenset({"tackle", "fight", "combat", "reduce", "cut", "curb", "end", "prevent", "stop", "eradicate",
                            "eliminate", "beat", "lower", "halt", "counter", "address", "ease", "relieve", "solve"})


def fought_words(text: str) -> frozenset[str]:
    """The nouns a verb of acting against governs in the question ("enough to tackle rural poverty" -> rural, poverty),
    up to the next function word: what the question's act is against, so "a scheme against poverty" is no opposition
    to it (judge/polarity.py `_against_counts`)."""
    words = [w.lower() for w in WORD.findall(text)]
    found: set[str] = set()
    for k, word in enumerate(words):
        if word not in ACTING_AGAINST and not any(v in ACTING_AGAINST for v in _bare(word)) and word.rstrip("s") not in (
                ACTING_AGAINST):
            continue
        for after in words[k + 1:]:
            if after in FUNCTION - DETERMINERS:
                break
            if after not in DETERMINERS:
                found |= set(_singulars(after))
    return frozenset(found)


def _bare(participle: str) -> list[str]:
    """The verbs an "-ing" form may come from ("causing" -> caus, cause; "stopping" -> stopp, stop)."""
    stem = participle[:-3]
    return [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])


def _singulars(word: str) -> list[str]:
    """The word and its singular forms by the regular endings ("deaths" -> death; "shortages" -> shortage)."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


@lru_cache(maxsize=4096)
def _caused(lemma: str) -> frozenset[str]:
    """What the verb (or the verb a noun derives from: "kill" the noun) causes in WordNet ("kill" -> die, perish)."""
    from .wordnet import wordnet

    wn = wordnet()
    try:
        return frozenset(wn.related(lemma, "verb", CAUSE, senses=2))
    except OSError:
        return frozenset()


def names_own_thing(tok: Token, terms: Terms) -> bool:
    """The word names one of the question's things or what they derive from ("dying", "deaths" under "causing the
    deaths"), or causes it ("kill" causes "die"): the question's subject matter, not a judgement."""
    akin = terms.akin
    if not akin:
        return False
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma in terms.event or low in terms.event or lemma in terms.opposites or low in terms.opposites:
        return False
    if lemma in akin or low in akin:
        return True
    return tok.pos_ in {"VERB", "NOUN"} and bool(_caused(lemma) & akin)


def measured_by_own(tok: Token, own: frozenset[str]) -> bool:
    """The word stands in the complement of one of the proposition's own words ("proportionate to the danger",
    "fair to the victims" under "Was the fine proportionate?"): what it is measured against, not a judgement of it
    (tests/judge/test_stance_outcome.py)."""
    node = tok
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            owner = node.head.head
            if owner.i != node.head.i and owner.pos_ == "ADJ" and (owner.lemma_.lower() in own or owner.lower_ in own):
                return True
        if node.head.i == node.i or node.dep_ not in {"pobj", "amod", "compound", "prep", "det"}:
            return False
        node = node.head
    return False
