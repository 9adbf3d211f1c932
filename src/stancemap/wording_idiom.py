"""Whether a run of words is a set expression of English: a multiword lemma of WordNet 3.0 (the packaged files of
judge/wordnet.py), and whether its sense is more than its head's ("a sacred cow" is no cow; a dining room is a room).
General lexicon only: WordNet lists every kind of set phrase, plain ones ("dining room", "ball game") with the
figurative ("paper tiger", "kick the bucket"), and knows nothing of any topic or of loaded words. Features of the
several-word runs' model (wording_spans.py; docs/evaluation.md, issue 9 session 32;
tests/test_wording_idiom.py pins each).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .judge.wordnet import wordnet

# Inflectional endings a run's first word (a verb) or last word (a noun) may carry: (ending, what replaces it).
VERB_ENDINGS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""))
NOUN_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))
# How far above a sense its head is looked for (hypernyms).
DEPTH = 6
WORD = re.compile(r"[a-z]+")


def _bases(word: str, pos: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """The word and the bases it may be an inflection of: WordNet's exception lists, then regular endings ("kicked" ->
    "kick", "stopped" -> "stop"), most likely first."""
    out = [word, *wordnet().base_forms(word, pos)]
    for ending, instead in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            out.append(stem + instead)
            if pos == "v" and instead == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # a doubled consonant ("stopped" -> "stop")
    return list(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def lemma_of(run: str) -> tuple[str, str, list[int]] | None:
    """(lemma, part of speech, senses) of the WordNet multiword lemma the run writes, inflected or not ("spilled the beans"
    -> "spill_the_beans", verb; "dark horses" -> "dark_horse", noun), or None."""
    words = run.lower().replace("\u2019", "'").split()
    if len(words) < 2:
        return None
    wn = wordnet()
    tried = [("_".join(words), pos) for pos in ("n", "v", "a", "r")]
    tried += [("_".join([b, *words[1:]]), "v") for b in _bases(words[0], "v", VERB_ENDINGS)[1:]]
    tried += [("_".join([*words[:-1], b]), "n") for b in _bases(words[-1], "n", NOUN_ENDINGS)[1:]]
    for lemma, pos in tried:
        if senses := wn.synsets(lemma, pos):
            return lemma, pos, senses
    return None


def set_phrase(run: str) -> bool:
    """The run is a multiword lemma of WordNet (plain or figurative: "dining room", "hot potato")."""
    return lemma_of(run) is not None


def figurative(run: str) -> bool:
    """A set phrase whose most frequent sense is more than its head: a noun whose first sense neither is a kind of its
    last word nor names it in its gloss ("sacred cow": a person or thing above criticism; not "sitting room"), or
    a verb phrase of three words or more ("kick the bucket", "spill the beans"; a verb and a particle is not)."""
    found = lemma_of(run)
    if found is None:
        return False
    lemma, pos, senses = found
    words = lemma.split("_")
    if pos == "v":
        return len(words) >= 3
    if pos != "n":
        return False
    wn, head = wordnet(), words[-1]
    above = {w for phrase in wn.hypernym_words(senses[0], "n", DEPTH) - {lemma.replace("_", " ")} for w in phrase.split()}
    return head not in above and head not in WORD.findall(wn.gloss(senses[0], "n").split(";")[0].lower())
