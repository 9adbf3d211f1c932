"""Conditions that ask for the same thing, grouped: "a referendum" with "until a referendum is
held" and "if voters endorsed it"; "the end of the war" with "once the fighting stops".

What a condition asks for is its content words, less the words of the question and the words that
only say how it is attached ("if", "until", "must first") or that any two conditions may share
(verbs of beginning, lasting, ending). Each word stands for itself and for what WordNet relates to
it (synonyms, derivations and the next broader term: "voters" -> "vote" <- "referendum"; "war" and
"fighting" -> "fight", "struggle"), read from the WordNet 3.0 files the project installs
(judge/wordnet.py); without them, the words alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from ..judge.wordnet import wordnet
from ..model import Analysis
from ..stop_words import STOP_WORDS

WORD = re.compile(r"[a-z][a-z'-]+")
# Words that say how a condition is attached, not what it asks for ("if", "only", "must first"), and
# general verbs of beginning, lasting and ending, which any two conditions may share ("until the
# talks end", "if the fighting ends"): what a condition asks for is in its other words.
MARKERS = {"if", "unless", "until", "once", "provided", "long", "while", "after", "before", "only", "first", "must",
           "requires", "depends", "condition", "without", "when", "as",
           "end", "ends", "ended", "ending", "stop", "stops", "stopped", "begin", "begins", "began", "start", "starts",
           "started", "continue", "continues", "continued", "remain", "remains", "remained", "resume", "resumed",
           "hold", "holds", "held", "have", "has", "had", "take", "takes", "took", "make", "makes", "made", "give",
           "gives", "gave", "carry", "carries", "carried", "complete", "completes", "completed", "least"}
# Broader WordNet terms too general to say two conditions ask for one thing.
GENERIC = {"act", "action", "activity", "human action", "human activity", "group action", "event", "state", "change",
           "thing", "entity", "abstraction", "attribute", "relation", "condition", "situation", "statement",
           "communication", "move", "get", "give", "take", "have", "be", "do", "go", "come", "put", "set", "make",
           "cause", "create", "change state", "time period", "period", "measure", "quantity", "unit",
           "person", "individual", "someone", "people", "group", "social group", "organization", "body", "place",
           "location", "region", "area", "point", "object", "whole", "part", "psychological feature", "feeling",
           "decide", "think", "judge", "express", "say", "tell", "show"}


def key_words(text: str, common: set[str]) -> set[str]:
    """The words that say what a condition asks for: content words, less the words of the question."""
    return {w for w in WORD.findall(text.lower()) if w not in STOP_WORDS and w not in MARKERS
            and stem(w) not in common and len(w) > 2}


def stem(word: str) -> str:
    """Enough stemming to meet "reforms"/"reform", "ends"/"ended", "voters"/"vote"."""
    for suffix in ("ments", "ment", "ings", "ing", "ers", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=8192)
def concepts(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(near, broad): the word's stem, base forms, synonyms and derivations; and its broader terms
    in WordNet (two most frequent senses of its base form, as noun and verb)."""
    near, broad = {stem(word)}, set()
    wn = wordnet()
    if not wn.available:
        return frozenset(near), frozenset()
    for base in _bases(word):
        for pos in ("noun", "verb"):
            if not wn.synsets(base, pos):
                continue
            near.add(base)
            near |= wn.synonyms(base, pos, 2) | wn.derivations(base, pos, 2)
            broad |= wn.related(base, pos, "@", 2)
    return frozenset(near - GENERIC), frozenset(broad - GENERIC)


def meet(a: str, b: str) -> bool:
    """Two words meet when they are near (a shared synonym or derivation) or one is broader than the
    other ("referendum" is a "vote", which "voter" derives from); two words that only share a broader
    term ("membership" and "partnership" are both relationships) do not."""
    near_a, broad_a = concepts(a)
    near_b, broad_b = concepts(b)
    return bool(near_a & near_b or near_a & broad_b or broad_a & near_b)


def _bases(word: str) -> list[str]:
    """Candidate base forms, the word itself first ("voters" -> "voter", "fighting" -> "fight")."""
    found = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            found.append(word[: -len(suffix)] + repl)
    return found


def same_thing(a: set[str], b: set[str]) -> bool:
    """Two conditions ask for the same thing when two words of what each asks for meet (a word meets
    another when they share a concept), or all of the shorter one's if it has fewer: "Karsovian
    forces remain in the east" and "reforms of its armed forces" meet in one word of three."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    met = sum(1 for w in small if any(meet(w, v) for v in large))
    return met >= min(2, len(small))


def condition_groups(rows: list[dict[str, Any]], analysis: Analysis) -> list[dict[str, Any]]:
    """Conditions of conditional supporters, grouped when they ask for the same thing: each group
    grows from a seed (the conditions most actors state come first, then the shortest), and a
    condition joins the first group whose seed asks for the same thing. Joining the seed, not any
    member, keeps one shared word from chaining unrelated conditions together. Largest groups first."""
    q = analysis.question
    common = {stem(w) for w in WORD.findall((q.text if q else "").lower())}
    common |= {stem(w) for t in (q.target_terms if q else []) for w in WORD.findall(t.lower())}
    stated: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        for c in r["conditions"]:
            stated[c].append(r)
    order = sorted(stated, key=lambda c: (-len(stated[c]), len(c), c))
    groups: list[tuple[set[str], list[str]]] = []
    for c in order:
        words = key_words(c, common)
        home = next((g for g in groups if same_thing(g[0], words)), None)
        if home is None:
            groups.append((words, [c]))
        else:
            home[1].append(c)
    out = []
    for _, texts in groups:
        members = [r for c in texts for r in stated[c]]
        out.append({"label": texts[0], "conditions": texts,
                    "actors": list(dict.fromkeys(r["name"] for r in members)),
                    "rows": list(dict.fromkeys(r["row"] for r in members))})
    out.sort(key=lambda g: (-len(g["actors"]), -len(g["conditions"])))
    return out
