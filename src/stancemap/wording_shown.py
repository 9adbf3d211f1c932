"""What each outlet is shown beside its own phrases (wording.py): its counterparts, the plain words it
writes where another outlet shows a word of its own; and its own evaluative words (extract/loaded.py),
each with the short phrase it stands in. All read the corpus's sums in a `WordingCounts`; none knows a
topic or a loaded word."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .extract.loaded import semcor_count
from .model import FramingTerm
from .wording_lex import NOT_THINGS, lexfile

if TYPE_CHECKING:
    from .wording import WordingCounts

# Plain words an outlet writes for what other outlets show a term of their own for (`counterparts`):
# over the 28 batches of session 8, 3 found 268 of 428 gold terms (2: 262, none: 254), about 1.4 terms
# more an outlet (tests/test_wording.py::test_wording_counterparts_show_the_plain_word_beside_another_outlets_term).
MAX_COUNTERPARTS = 3
# Evaluative words with no rival phrase an outlet shows besides (`loaded_terms`).
MAX_LOADED = 3
# SemCor count at which a word's rank is halved: of two words as strong, the rarer is the chosen one.
RARITY_SCALE = 3.0
# ... where the other outlets together write the word at most this share as often as the outlet does.
LOADED_SHARE = 0.2
# How many phrases of one word are compared with an evaluative word, the most written first (`built_on`).
PHRASES_PER_WORD = 60
# Verbs of the act an outlet shows besides (`own_verbs`).
MAX_VERBS = 1


def counterparts(counts: WordingCounts, outlet: str, shown: set[str]) -> list[FramingTerm]:
    """`counterpart_candidates` not shown already, at most MAX_COUNTERPARTS."""
    return shown_counterparts(counterpart_candidates(counts, outlet), shown)


def shown_counterparts(candidates: list[FramingTerm], shown: set[str]) -> list[FramingTerm]:
    """The first MAX_COUNTERPARTS candidates whose word the outlet does not show already."""
    return [t for t in candidates if t.term.lower() not in shown][:MAX_COUNTERPARTS]


def counterpart_candidates(counts: WordingCounts, outlet: str) -> list[FramingTerm]:
    """The plain words this outlet writes for things other outlets name their own way: each rival
    (`WordingCounts._rival`, `_plain_name`) of a term another outlet shows ("offer" where a tabloid shows "raid"
    for it), when this outlet writes it in its own voice at least as often as that term; those naming
    the question's thing first, then the most distinctive of this outlet, in that order (no cap).
    Read after every outlet's `WordingCounts.terms` (the two sides of one choice: a reader sees what the others
    wrote instead). Names of the question's participants and of bodies are left out."""
    mine, voiced = counts.by_outlet.get(outlet), counts.voiced.get(outlet)
    if not mine or not voiced:
        return []
    if counts._shown_against is None:  # rival -> (outlet, its term), built once: linear in the outlets
        counts._shown_against = defaultdict(list)
        for other, pairs in counts.shown_rivals.items():
            for key, rival in pairs:
                counts._shown_against[rival].append((other, key))
    against: dict[str, str] = {}  # rival -> the first term another outlet shows for it
    for rival in voiced.keys() & counts._shown_against.keys():  # (this outlet's phrases: linear in all)
        if not voiced[rival]:
            continue
        # Only the first such term is read: looking no further keeps this linear in the outlets, where reading every
        # outlet's term against a rival most outlets write was quadratic (docs/performance.md, issue 11 session 29).
        first = next((key for other, key in counts._shown_against[rival] if other != outlet and mine[rival] >= mine[key]),
                     None)
        if first is not None:
            against[rival] = first
    # the question's own things first ("levy rise" against "tax raid"), then the most contrasted, the most written
    n_all = counts._size(None)
    found = sorted(((counts._direct(r), counts._z(r, outlet, n_all), mine[r], r) for r in against),
                   key=lambda t: (not t[0], -t[1], -t[2], t[3]))
    terms: list[FramingTerm] = []
    for _, _, count, rival in found:
        surface = counts.surface[outlet, rival]
        if surface.istitle() and (set(rival.split()) <= counts.topic_words or lexfile(counts.head[rival]) in NOT_THINGS):
            continue  # a participant's or a body's name ("Drummock Group", "Takeover Panel"): no word for a thing
        terms.append(FramingTerm(surface, count, counts.first_surface[against[rival]]))
    return terms


def built_on(counts: WordingCounts, word: str, outlet: str) -> FramingTerm | None:
    """The short phrase this outlet alone writes, in its own voice, around one of its evaluative
    words ("fossil folly" around "folly", "vulture funds" around "vulture"), the most written."""
    phrases = counts.by_outlet.get(outlet, Counter())
    voiced = counts.voiced[outlet]
    best: tuple[int, str] | None = None
    for key in counts._by_word().get(word, [])[:PHRASES_PER_WORD] + counts._indexes()[0].get(word, [])[:PHRASES_PER_WORD]:
        if key == word or not voiced[key] or counts.total[key] != phrases[key] or key.count(" ") > 1 or (
                " " not in key and "-" not in key):
            continue  # (two words at most: "fossil folly", "eco-zealots", "poverty-pay offer"; longer ones describe)
        if best is None or phrases[key] > best[0]:
            best = (phrases[key], key)
    return FramingTerm(counts.surface[outlet, best[1]], best[0], None) if best is not None else None


def loaded_terms(counts: WordingCounts, outlet: str) -> list[FramingTerm]:
    """The evaluative words (extract/loaded.py) this outlet writes in its own voice and the others
    write at most a LOADED_SHARE of as often (per word counted; none at all in a small corpus), the
    strongest and most written first, at most MAX_LOADED: "embattled", "caved", "boondoggle"."""
    mine = counts.loaded.get(outlet)
    if not mine:
        return []
    if counts._loaded_sizes is None:  # summed once the corpus is read: linear, not per outlet
        counts._loaded_sizes = {name: sum(c.values()) for name, c in counts.loaded.items()}
        counts._loaded_total = Counter()
        for c in counts.loaded.values():
            counts._loaded_total.update(c)
        counts._loaded_all = sum(counts._loaded_sizes.values())  # (not summed again per outlet)
    n_mine = counts._loaded_sizes[outlet]
    n_rest = counts._loaded_all - n_mine
    own = []
    for w, n in mine.items():
        rest = counts._loaded_total[w] - n
        if w in counts.topic_words or w in counts.topic_verbs or w in counts.topic_things:
            continue  # the question's own words ("pardon", "repeal"): what is argued about, not a colour
        if rest == 0 or (n_rest and rest / n_rest <= LOADED_SHARE * n / n_mine):
            # the strongest, most written and least common in general English first ("boondoggle")
            own.append((abs(counts.valence[w]) * n / (1 + semcor_count(w) / RARITY_SCALE), w))
    own.sort(key=lambda vw: (-vw[0], vw[1]))
    terms = []
    for _, w in own[:MAX_LOADED]:
        terms.append(FramingTerm(counts.loaded_surface[outlet, w], mine[w], None))
        if (phrase := built_on(counts, w, outlet)) is not None:
            terms.append(phrase)
    return terms


def own_verbs(counts: WordingCounts, outlet: str) -> list[FramingTerm]:
    """The uncommon verbs (extract/wording_verbs.py) this outlet writes of the question's participants and
    things ("Dănescu was clinging on", "wants rates frozen") and the other outlets write at most a LOADED_SHARE
    of as often (per verb counted), the rarest in general English first, at most MAX_VERBS; never the
    question's own verbs ("resign", "cut")."""
    mine = counts.verbs.get(outlet)
    if not mine:
        return []
    by_outlet, everyone = counts.verb_lemma_counts()
    lemmas = by_outlet[outlet]
    n_mine = sum(lemmas.values())
    n_rest = counts.verbs_counted() - n_mine
    about = counts.topic_words | counts.topic_things
    found = []
    for key, n in mine.items():
        lemma = counts.verb_lemma[key]
        if lemma in counts.topic_words or lemma in counts.topic_verbs or not counts.verb_arguments[key] & about:
            continue
        rest = everyone[lemma] - lemmas[lemma]
        if rest == 0 or (n_rest and rest / n_rest <= LOADED_SHARE * lemmas[lemma] / n_mine):
            found.append((semcor_count(lemma), -n, key))
    found.sort()
    return [FramingTerm(counts.verb_surface[outlet, key], mine[key], None) for _, _, key in found[:MAX_VERBS]]
