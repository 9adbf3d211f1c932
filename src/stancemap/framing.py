"""Framing terms: different spellings of one name (gazetteer pairs such as Kiev/Kyiv, plus pairs
found in the corpus: framing_spelling.py decides when two words are one name), and loaded terms for
one thing (framing_loaded.py), counted per outlet. Which spellings are a choice is decided here: a
gazetteer spelling only beside a rival one in the corpus, a person's name only where outlets divide
over it. The outlets' own words for the question's things are wording.py's."""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .extract.places import is_place, rival_spellings
from .framing_loaded import is_loaded, loaded_terms, rival_of
from .framing_spelling import corpus_variants, given_name_variants
from .model import FramingTerm

# (is_loaded and rival_of are read from here by relate.py and export/outlets.py.)
__all__ = ["FramingIndex", "is_loaded", "rival_of"]

# Latin letters with diacritics (Latin-1, Extended-A and -B: "Ø", "é", and "ă", "š", "ł", which a
# range ending at "ÿ" left out, so "Dănescu" was never a name: test_outlets.py::test_extended_latin_spellings).
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
# A capitalised word, letters with diacritics included ("Øvrelid", "Bjørlund", "Dănescu").
# A capital inside ("McKellan", "MacKellan") is part of the name.
CAPITAL = re.compile(rf"\b(?=\w{{3}})[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?\b")
WORD = re.compile(rf"\b[{LOWER}]{{3,}}\b")
# Two capitalised words in a row ("Harrik Moor"), for names some write as one word ("Harrikmoor").
# Overlapping: "Governor Tristram Drevlin" gives "Governor Tristram" and "Tristram Drevlin".
NAME_PAIR = re.compile(rf"\b(?=([{UPPER}][{LOWER}]{{2,}}) ([{UPPER}][{LOWER}]{{2,}})\b)")
# ... or with a hyphen ("Velk-Stowe" / "Velkstowe"), kept with its hyphen.
HYPHEN_PAIR = re.compile(rf"\b[{UPPER}][{LOWER}]{{2,}}-[{UPPER}][{LOWER}]{{2,}}\b")
# Capitalised words that are never names whose spelling is a choice: "Tuesday"/"Thursday" and
# "June"/"July" are a letter or two apart and would otherwise pass for rival spellings.
CALENDAR = frozenset(w for w in (*calendar.day_name, *calendar.month_name) if w)
# A scandal named by a name of the story and "-gate" ("Weirgate", "DELVINGATE"): the outlet's coinage.
COINED_SCANDAL = re.compile(rf"\b([{UPPER}][{LOWER}]{{2,}}|[{UPPER}]{{3,}})(gate|GATE)\b")


class FramingIndex:
    """What the whole corpus says about spellings, computed once and then asked per outlet.

    A canonical gazetteer spelling ("Kyiv", "Moscow") is a framing choice only where a rival
    spelling of it is in the corpus too: the gazetteer knows foreign spellings (Moscou, Londyn)
    that no English outlet uses, so "Moscow" alone says nothing about an outlet. Of a pair found in
    the corpus, the spelling the corpus uses more often plays the canonical one ("Vask" when most
    articles write it so and some "Vaask"); on a tie each is the other's variant.

    `actor_names` are the extracted actors' names and aliases; `persons` each person's name followed
    by its aliases. A person's name is never a framing term, even where the gazetteer knows a city
    of that name (a minister called Kalisz) or the corpus misspells it (Tiirmaa/Tirmaa).
    """

    def __init__(self, corpus_texts: Iterable[str], actor_names: Iterable[str] | None = None,
                 persons: Iterable[Sequence[str]] | None = None, outlets: Sequence[Sequence[str]] | None = None) -> None:
        # Counted text by text and summed: no joined corpus in memory (15,000 articles).
        self.rivals = rival_spellings()
        self.corpus_words: Counter[str] = Counter()
        lower: set[str] = set()
        pairs: Counter[str] = Counter()
        # Each outlet's capitalised words and name pairs (for `_divided`), counted in this pass from
        # the texts it shares with the corpus (outlet_framing passes the same strings): a text is
        # scanned once, not twice (docs/performance.md, session 14).
        used, unread = _outlet_texts(outlets or [])
        self._used = used  # (kept for `terms` of an outlet by its position: its words are not found again)
        for text in corpus_texts:
            capitals, found = CAPITAL.findall(text), _pairs(text)
            self.corpus_words.update(capitals)
            lower.update(WORD.findall(text))
            pairs.update(found)
            for k in unread.pop(id(text), ("", []))[1]:
                used[k].update(capitals)
                used[k].update(found)
        # A capitalised word that also appears in lower case is an ordinary word at the start of a
        # sentence or in a title ("Minister"/"Ministry", "Analysis"/"Analysts"), not a name.
        self.names = {w for w in self.corpus_words if w.lower() not in lower and w not in CALENDAR}
        self.persons = _person_words(persons or [])
        variants = corpus_variants(sorted(self.names))
        actor_words = [CAPITAL.findall(n) for n in actor_names] if actor_names is not None else []
        known = {w for words in actor_words for w in words}
        if actor_names is not None:
            # With the actors known, a corpus pair must be a name the extractor found (at least one of
            # the two spellings): two capitalised common words ("Analysis"/"Analysts" in a heading
            # and at a sentence start) are a letter apart too.
            variants = {w: v for w, v in variants.items() if w in known or v in known}
        # What a scandal may be named after: the last word of an actor's name ("Delvin"; not "High" of "High
        # Court", whose "Highgate" is a place), or of a name of two ("Ulverby Weir"; not "The High" of "The High
        # Court"); a place or a body the extractor found is named so itself ("Tarrowgate", "Korsgate").
        spaced = [p.split(" ") for p in pairs if " " in p]
        ends = {b for _, b in spaced} - {a for a, _ in spaced}
        self.stems = ({words[-1] for words in actor_words if words} | ends) - set(CALENDAR)
        self.named = known
        # A person's name spelt two ways is a framing choice only where outlets divide over it (one
        # writes "Bjørlund" throughout, another "Bjorlund"); a slip in one article is not.
        # A name written as two words by some ("Harrik Moor", "Velk-Stowe") and as one by others
        # ("Harrikmoor", "Velkstowe"); a person's only where outlets divide over it (below).
        joined = {pair: re.sub(r"[ -]", "", pair).capitalize() for pair in pairs}
        self.split = {pair: one for pair, one in joined.items() if one in self.names}
        # ... or with a hyphen by some ("Port-Ottery") and a space by others ("Port Ottery").
        dashed = {pair: pair.replace("-", " ") for pair in pairs if "-" in pair and pairs[pair.replace("-", " ")]}
        self.split.update({spaced: pair for pair, spaced in dashed.items()} | dashed)
        for pair, one in self.split.items():
            self.corpus_words[pair] = pairs[pair]
            variants[pair] = one
            variants.setdefault(one, pair)
        given = given_name_variants(pairs)
        for first, other in given.items():
            variants.setdefault(first, other)
        divided = _divided(variants, used, unread)
        variants = {w: v for w, v in variants.items()
                    if (w not in self.persons and v not in self.persons) or (w, v) in divided}
        # A given name spelt two ways, by its sound or its letters, is shown with the surname it stands
        # before too ("Mikhail Zellner" / "Michail Zellner", "Sinead Quellan" / "Sinéad Quellan"): a reader
        # names the person in full (pair -> the other spelling's pair; test_outlets.py::test_framing_given_name_accents).
        self.full_names: dict[str, str] = {}
        for pair in pairs:
            first, _, last = pair.partition(" ")
            alt = given.get(first) or variants.get(first)
            if last and alt and first in variants and pairs[other := f"{alt} {last}"]:
                self.full_names[pair] = other
                self.full_names.setdefault(other, pair)
        self.persons -= {w for pair in divided for w in pair}
        # word -> the spelling it stands in for, None for the one the corpus uses most.
        self.spellings: dict[str, str | None] = {}
        for word, other in variants.items():
            mine, theirs = self.corpus_words[word], self.corpus_words[other]
            self.spellings[word] = None if mine > theirs else other
        spelt: dict[str, set[str]] = defaultdict(set)
        for word in self.corpus_words:
            if word not in self.persons and (canonical := self.rivals.get(word.lower())):
                spelt[canonical].add(word)
        self.contested = {c for c, words in spelt.items() if words - {c}}

    def terms(self, outlet_texts: Iterable[str], outlet: int | None = None) -> list[FramingTerm]:
        """One outlet's spellings, loaded terms and coined names, most written first. `outlet`: its position among the
        `outlets` the index was made with (and `outlet_texts` those texts), whose capitalised words and name pairs were
        counted then: not found again (the same counts; docs/performance.md, issue 11 session 29)."""
        text = "\n".join(outlet_texts)  # one outlet's articles
        terms: list[FramingTerm] = []
        if outlet is not None and outlet < len(self._used):
            # (a name pair holds a space or a hyphen, a capitalised word neither)
            counted = self._used[outlet]
            words = Counter({w: n for w, n in counted.items() if " " not in w and "-" not in w})
            paired = Counter({p: n for p, n in counted.items() if " " in p or "-" in p})
        else:
            words = Counter(CAPITAL.findall(text))
            paired = Counter(_pairs(text))
        words.update({p: n for p, n in paired.items() if p in self.split})
        for pair, count in paired.items():
            if pair in self.full_names:
                terms.append(FramingTerm(pair, count, self.full_names[pair]))
        for word, count in words.items():
            if word in self.persons:
                continue
            canonical = self.rivals.get(word.lower())
            if canonical and canonical != word:
                terms.append(FramingTerm(word, count, canonical))
            elif canonical and canonical in self.contested:
                terms.append(FramingTerm(word, count, None))
            elif word in self.spellings:
                terms.append(FramingTerm(word, count, self.spellings[word]))
        terms += loaded_terms(text, names=self.names)
        terms += self._coined(text)
        return sorted(terms, key=lambda t: (-t.count, t.term))


    def _coined(self, text: str) -> list[FramingTerm]:
        """The outlet's names for a scandal made of a name of the story and "-gate" ("Weirgate" after the
        Ulverby Weir, "DELVINGATE" after Delvin), never followed by a name's next word ("Ottergate Monitor")
        nor itself a name the extractor found (test_outlets.py::test_coined_scandal_names)."""
        found: Counter[str] = Counter()
        for m in COINED_SCANDAL.finditer(text):
            word, stem = m[0], m[1].capitalize()
            after = text[m.end():m.end() + 2]
            if stem in self.stems and word.capitalize() not in self.named and not (after[:1] == " " and after[1:].isupper()) \
                    and not _established(word):
                found[word] += 1
        return [FramingTerm(word, n, None) for word, n in found.items()]


def _established(word: str) -> bool:
    """A word "-gate" that English or the gazetteer already knows ("Watergate", "Margate"): no outlet's coinage
    (test_outlets.py::test_coined_scandal_names)."""
    from .judge.wordnet import wordnet

    return bool(wordnet().synsets(word.lower(), "n")) or is_place(word.capitalize())


def _person_words(persons: Iterable[Sequence[str]]) -> set[str]:
    """The words of persons' names: every word of a full name ("Witold Kalisz"), and of an alias that
    is a name ("Tirmaa", a misspelt surname) unless it is a place: an alias such as "the Kyiv mayor"
    does not make Kyiv a person. A person known by one word only is left out: a lone capitalised word
    the tagger calls a person is as often a place it did not know."""
    words: set[str] = set()
    for name, *aliases in persons:
        full = CAPITAL.findall(name)
        if len(full) < 2:
            continue
        words.update(full)
        for alias in aliases:
            parts = alias.split()
            if parts and all(p[:1].isupper() for p in parts):
                words.update(w for w in CAPITAL.findall(alias) if not is_place(w))
    return words


def _outlet_texts(outlets: Sequence[Sequence[str]]) -> tuple[list[Counter[str]], dict[int, tuple[str, list[int]]]]:
    """Each outlet's counts of capitalised words and name pairs, empty, and its texts by identity (a
    text, the outlets writing it), for the corpus's pass to count and `_divided` to read: none when
    fewer than two outlets can divide."""
    if len(outlets) < 2:
        return [], {}
    unread: dict[int, tuple[str, list[int]]] = {}
    for k, texts in enumerate(outlets):
        for text in texts:
            unread.setdefault(id(text), (text, []))[1].append(k)
    return [Counter() for _ in outlets], unread


def _divided(variants: dict[str, str], used: list[Counter[str]],
             unread: dict[int, tuple[str, list[int]]]) -> set[tuple[str, str]]:
    """Pairs of spellings that outlets divide over: some outlet uses only one of them, and another
    uses the other at least as often as the first (a slip once among many uses is no choice). `used`:
    each outlet's counts (`_outlet_texts`), to which its `unread` texts are added here."""
    if len(used) < 2:
        return set()
    for text, ks in unread.values():  # an outlet's text the corpus's pass did not read
        capitals, found = CAPITAL.findall(text), _pairs(text)
        for k in ks:
            used[k].update(capitals)
            used[k].update(found)
    users: dict[str, list[int]] = defaultdict(list)  # spelling -> the outlets writing it (no pass over
    for k, counts in enumerate(used):                # every outlet for every pair: 1,000 outlets x pairs)
        for word in counts:
            users[word].append(k)

    def only(a: str, b: str) -> bool:  # some outlet writes a, never b
        return any(not used[k][b] for k in users.get(a, ()))

    def prefers(a: str, b: str) -> bool:  # some outlet writes a at least as often as b
        return any(used[k][a] >= used[k][b] for k in users.get(a, ()))

    return {(w, v) for w, v in variants.items()
            if (only(w, v) and prefers(v, w)) or (only(v, w) and prefers(w, v))}


def _pairs(text: str) -> list[str]:
    """Two capitalised words in a row, with a space ("Harrik Moor") or a hyphen ("Velk-Stowe")."""
    return [" ".join(m) for m in NAME_PAIR.findall(text)] + HYPHEN_PAIR.findall(text)
