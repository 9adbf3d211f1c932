"""Framing terms: different spellings of one name (gazetteer pairs such as Kiev/Kyiv, plus
pairs found in the corpus) and loaded terms for one thing, counted per outlet."""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from .extract.places import is_place, rival_spellings
from .model import FramingTerm

# Loaded terms for one thing: (term, the neutral or rival term it stands for). General vocabulary
# of conflict reporting, not of one conflict. "special ... operation" and "<Name> regime" are
# patterns (SPECIAL_OPERATION, NAMED_REGIME), not fixed terms.
LOADED = [
    ("invasion", None), ("incursion", "invasion"), ("aggression", "invasion"), ("occupation", None),
    ("liberation", "occupation"), ("regime", "government"), ("terrorists", "fighters"), ("militants", "fighters"),
    ("separatists", "rebels"), ("insurgents", "rebels"), ("freedom fighters", "fighters"), ("annexation", None),
    ("reunification", "annexation"), ("puppet government", "government"), ("junta", "government"),
    ("intervention", "invasion"),
]
# Missions named for what they claim to do ("peace-enforcement mission", "stabilisation mission",
# "peacekeeping operation"): the sender's word for an intervention.
MISSION = re.compile(r"\b(?:peace[- ]?(?:enforcement|keeping|making)|peacekeeping|stabili[sz]ation|humanitarian) "
                     r"(?:mission|operation)\b")
MISSION_RIVAL = "invasion"
# A government named by a pejorative ("the Velkor clique", "the Vask junta"): a term of its own.
NAMED_PEJORATIVE = re.compile(r"\b([A-Z][a-z]{2,}) (clique|junta|cabal)\b")
LOADED_TERMS = frozenset(term for term, _ in LOADED)
_RIVAL = dict(LOADED)
_LOADED_RE = {term: re.compile(rf"\b{re.escape(term)}\b") for term, _ in LOADED}
# The euphemism for an invasion in its variants: "special operation", "special military operation",
# "special security operation", "special counter-terrorist operation"; a special forces operation is
# a raid by special forces, not a name for a war.
SPECIAL_OPERATION = re.compile(r"\bspecial (?:(?!forces\b)[a-z][a-z-]* )?operation\b")
SPECIAL_OPERATION_RIVAL = "invasion"
# A government named "the <Name> regime" ("the Assad regime", "the Vask regime") instead of
# "the <Name> government": a term of its own, so that whose government is meant stays visible.
NAMED_REGIME = re.compile(r"\b([A-Z][a-z]{2,}) [Rr]egime\b")
NAMED_REGIME_TERM = re.compile(r"([A-Z][a-z]{2,}) regime")
ANY_REGIME = re.compile(r"(?:\b([\w-]+) )?\b(?i:regime)\b")
# "Regime" meaning a set of rules ("the sanctions regime", "a visa regime") names no government.
RULES_REGIME = frozenset({
    "sanctions", "sanction", "visa", "tax", "customs", "trade", "tariff", "export", "import", "inspection",
    "inspections", "verification", "monitoring", "control", "controls", "regulatory", "legal", "treaty",
    "non-proliferation", "nonproliferation", "ceasefire", "border", "travel", "transit", "currency",
    "exchange-rate", "fiscal", "pension", "licensing", "safeguards", "security", "training", "fitness",
})
# A capitalised word, letters with diacritics included ("Øvrelid", "Bjørlund").
# A capital inside ("McKellan", "MacKellan") is part of the name.
CAPITAL = re.compile(r"\b(?=\w{3})[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\b")
WORD = re.compile(r"\b[a-z]{3,}\b")
# Two capitalised words in a row ("Harrik Moor"), for names some write as one word ("Harrikmoor").
# Overlapping: "Governor Theodor Halm" gives "Governor Theodor" and "Theodor Halm".
NAME_PAIR = re.compile(r"\b(?=([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b)")
# ... or with a hyphen ("Velk-Stowe" / "Velkstowe"), kept with its hyphen.
HYPHEN_PAIR = re.compile(r"\b[A-Z][a-z]{2,}-[A-Z][a-z]{2,}\b")
# Capitalised words that are never names whose spelling is a choice: "Tuesday"/"Thursday" and
# "June"/"July" are a letter or two apart and would otherwise pass for rival spellings.
CALENDAR = frozenset(w for w in (*calendar.day_name, *calendar.month_name) if w)
# A corpus-found rival spelling needs this many letters: below it, unrelated short words ("Dask"/"Das",
# a German article) are a letter apart. Calibrated on the example corpus (Vodna/Wodna has 5);
# four-letter city names (Kyiv/Kiev) come from the gazetteer instead.
MIN_CORPUS_VARIANT = 5
# ...except a doubled letter ("Vask"/"Vaask", "Tallin"/"Tallinn"), a transliteration choice even in a
# four-letter name, and one that unrelated short words rarely differ by.
MIN_DOUBLED_VARIANT = 4
# rapidfuzz ratio at or above which two capitalised words are one name spelt two ways: keeps
# one-letter swaps and insertions in 5-9 letter names (Vodna/Wodna 80, Stanek/Staneck 92,
# Sarkhova/Sarakhova 94) and rejects distinct names sharing a stem.
CORPUS_VARIANT_RATIO = 80


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
        for text in corpus_texts:
            self.corpus_words.update(CAPITAL.findall(text))
            lower.update(WORD.findall(text))
            pairs.update(_pairs(text))
        # A capitalised word that also appears in lower case is an ordinary word at the start of a
        # sentence or in a title ("Minister"/"Ministry", "Analysis"/"Analysts"), not a name.
        self.names = {w for w in self.corpus_words if w.lower() not in lower and w not in CALENDAR}
        self.persons = _person_words(persons or [])
        variants = _corpus_variants(sorted(self.names))
        if actor_names is not None:
            # With the actors known, a corpus pair must be a name the extractor found (at least one of
            # the two spellings): two capitalised common words ("Analysis"/"Analysts" in a heading
            # and at a sentence start) are a letter apart too.
            known = {w for n in actor_names for w in CAPITAL.findall(n)}
            variants = {w: v for w, v in variants.items() if w in known or v in known}
        # A person's name spelt two ways is a framing choice only where outlets divide over it (one
        # writes "Bjørlund" throughout, another "Bjorlund"); a slip in one article is not.
        # A name written as two words by some ("Harrik Moor", "Velk-Stowe") and as one by others
        # ("Harrikmoor", "Velkstowe"); a person's only where outlets divide over it (below).
        joined = {pair: re.sub(r"[ -]", "", pair).capitalize() for pair in pairs}
        self.split = {pair: one for pair, one in joined.items() if one in self.names}
        # ... or with a hyphen by some ("Port-Mireille") and a space by others ("Port Mireille").
        dashed = {pair: pair.replace("-", " ") for pair in pairs if "-" in pair and pairs[pair.replace("-", " ")]}
        self.split.update({spaced: pair for pair, spaced in dashed.items()} | dashed)
        for pair, one in self.split.items():
            self.corpus_words[pair] = pairs[pair]
            variants[pair] = one
            variants.setdefault(one, pair)
        given = _given_name_variants(pairs)
        for first, other in given.items():
            variants.setdefault(first, other)
        divided = _divided(variants, outlets or [])
        variants = {w: v for w, v in variants.items()
                    if (w not in self.persons and v not in self.persons) or (w, v) in divided}
        # A given name spelt two ways is shown with the surname it stands before too ("Theodor Halm" /
        # "Teodor Halm"): a reader names the person in full (pair -> the other spelling's pair).
        self.full_names: dict[str, str] = {}
        for pair in pairs:
            first, _, last = pair.partition(" ")
            if last and first in given and first in variants and pairs[other := f"{given[first]} {last}"]:
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

    def terms(self, outlet_texts: Iterable[str]) -> list[FramingTerm]:
        text = "\n".join(outlet_texts)  # one outlet's articles
        terms: list[FramingTerm] = []
        words = Counter(CAPITAL.findall(text))
        pairs = _pairs(text)
        words.update(p for p in pairs if p in self.split)
        for pair, count in Counter(p for p in pairs if p in self.full_names).items():
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
        terms += self._loaded(text)
        return sorted(terms, key=lambda t: (-t.count, t.term))

    def _loaded(self, text: str) -> list[FramingTerm]:
        low = text.lower()
        found: Counter[str] = Counter()
        for term, _ in LOADED:
            if term != "regime":  # (the regular expression only where the words occur at all: speed)
                found[term] = len(_LOADED_RE[term].findall(low)) if term in low else 0
        # (Each pattern read only where a word it needs occurs: speed, the same matches.)
        if "operation" in low:
            found.update(m[0] for m in SPECIAL_OPERATION.finditer(low))
        if "mission" in low or "operation" in low:
            found.update(m[0] for m in MISSION.finditer(low))
        if "clique" in text or "junta" in text or "cabal" in text:
            found.update(f"{m[1]} {m[2]}" for m in NAMED_PEJORATIVE.finditer(text) if m[1] in self.names)
        for m in ANY_REGIME.finditer(text) if "regime" in low or not text.isascii() else ():  # (İ matches (?i:i))
            before = m[1] or ""
            if before in self.names and NAMED_REGIME.fullmatch(m[0]):
                found[f"{before} regime"] += 1
            elif before.lower() not in RULES_REGIME:
                found["regime"] += 1
        return [FramingTerm(term, n, rival_of(term)) for term, n in found.items() if n]


def is_loaded(term: str) -> bool:
    """A loaded term for one thing ("incursion"), as opposed to a spelling of a name."""
    low = term.lower()
    return low in LOADED_TERMS or bool(SPECIAL_OPERATION.fullmatch(low) or NAMED_REGIME_TERM.fullmatch(term)
                                       or MISSION.fullmatch(low) or NAMED_PEJORATIVE.fullmatch(term))


def rival_of(term: str) -> str | None:
    """The neutral or rival term a loaded term stands for ("incursion" -> "invasion",
    "special security operation" -> "invasion", "Vask regime" -> "Vask government"), or None."""
    low = term.lower()
    if low in _RIVAL:
        return _RIVAL[low]
    if SPECIAL_OPERATION.fullmatch(low):
        return SPECIAL_OPERATION_RIVAL
    if MISSION.fullmatch(low):
        return MISSION_RIVAL
    if m := NAMED_PEJORATIVE.fullmatch(term):
        return f"{m[1]} government"
    if m := NAMED_REGIME_TERM.fullmatch(term):
        return f"{m[1]} government"
    return None


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


def _divided(variants: dict[str, str], outlets: Sequence[Sequence[str]]) -> set[tuple[str, str]]:
    """Pairs of spellings that outlets divide over: some outlet uses only one of them, and another
    uses the other at least as often as the first (a slip once among many uses is no choice)."""
    if len(outlets) < 2:
        return set()
    used: list[Counter[str]] = []
    users: dict[str, list[int]] = defaultdict(list)  # spelling -> the outlets writing it (no pass over
    for k, texts in enumerate(outlets):              # every outlet for every pair: 1,000 outlets x pairs)
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(CAPITAL.findall(text))
            counts.update(_pairs(text))
        used.append(counts)
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


def _given_name_variants(pairs: Counter[str]) -> dict[str, str]:
    """Given names written two ways before one surname ("Ewan Gwilt" / "Euan Gwilt",
    "Vasilij" / "Vazilij"): the same first letter and the same sound (Soundex), where the letters
    differ too much for `_corpus_variants` (a ratio of 75 for Ewan/Euan)."""
    firsts: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if " " not in pair:
            continue  # "Velk-Stowe": one name, not a given name and a surname
        first, last = pair.split(" ", 1)
        firsts[last].add(first)
    found: dict[str, str] = {}
    for names in firsts.values():
        for a in names:
            for b in names:
                if a != b and a[0] == b[0] and soundex(a) == soundex(b) and _fold(a) != _fold(b):
                    found[a] = min(found.get(a, b), b)
    return found


def soundex(word: str) -> str:
    """American Soundex (Knuth, TAOCP vol. 3): the first letter and three digits of the consonants'
    sound classes, vowels and h/w left out, one digit for a run of one class."""
    word = _fold(word).lower()
    codes = {c: str(d) for d, letters in enumerate(("bfpv", "cgjkqsxz", "dt", "l", "mn", "r"), 1) for c in letters}
    out, last = word[:1].upper(), codes.get(word[:1], "")
    for c in word[1:]:
        code = codes.get(c, "")
        if code and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


def _fold(word: str) -> str:
    """The word without diacritics ("Øvrelid" -> "Ovrelid", "Bjørlund" -> "Bjorlund")."""
    word = word.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Letters that Unicode does not decompose into a base letter and a mark.
FOLD = str.maketrans({"Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "ß": "ss", "Ł": "L", "ł": "l",
                      "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th"})


def _corpus_variants(names: list[str]) -> dict[str, str]:
    """Each name -> another spelling of it elsewhere in the corpus ("Vodna" -> "Wodna"): one or two
    letters apart at about the same length, sharing the first letter or everything after it.

    Names are bucketed by first letter and length, and by their tail, so that only plausible pairs are
    compared: a 100-article corpus has thousands of capitalised words, and all pairs is quadratic.
    """
    by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
    by_tail: dict[str, list[str]] = defaultdict(list)
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if len(name) >= MIN_DOUBLED_VARIANT:
            by_start[name[0], len(name)].append(name)
            by_tail[name[1:]].append(name)
            by_fold[_skeleton(name)].append(name)
    found: dict[str, str] = {}
    for (first, length), bucket in sorted(by_start.items()):
        for word in bucket:
            folded = [o for o in by_fold.get(_skeleton(word), []) if o != word]
            if folded:  # "Øvrelid" / "Ovrelid", "Drummock" / "Drumok": the same but for diacritics and doubling
                found[word] = folded[0]
                continue
            candidates = [*by_start.get((first, length - 1), []), *bucket, *by_start.get((first, length + 1), []),
                          *by_tail.get(word[1:], [])]
            # Only a pair at fuzz.ratio >= CORPUS_VARIANT_RATIO or with one long stem can be rivals
            # (_rival_pair): rapidfuzz screens the bucket in C, so large buckets cost little.
            close = {i for _, _, i in process.extract(word, candidates, scorer=fuzz.ratio,
                                                      score_cutoff=CORPUS_VARIANT_RATIO, limit=None)}
            candidates = [o for i, o in enumerate(candidates) if i in close or o[:6] == word[:6]]
            if other := next((o for o in candidates if o != word and _rival_pair(word, o)), None):
                found[word] = other
    return found


def _rival_pair(word: str, other: str) -> bool:
    if abs(len(other) - len(word)) > 1:
        return False
    short, long = sorted((word, other), key=len)
    if len(short) < MIN_CORPUS_VARIANT:
        return _doubled(short, long)
    if long.startswith(short):
        # A plural, possessive or demonym ("Russia"/"Russian") is the same name inflected; only a
        # doubled last letter is a transliteration ("Zelensky"/"Zelenskyy").
        return long[-1] == short[-1] and len(long) > len(short)
    if word[0] != other[0] and frozenset((word[0].lower(), other[0].lower())) not in SOUND_ALIKE:
        return False  # "Tarvish"/"Marvish" are two names; "Vodna"/"Wodna" one
    if _inflected(word, other):
        return False  # "National"/"Nations", "Economics"/"Economists": one stem, two words
    return fuzz.ratio(other, word) >= CORPUS_VARIANT_RATIO or _ending_spelt(word, other)


# First letters a transliteration swaps ("Vodna"/"Wodna", "Kalasi"/"Calasi").
SOUND_ALIKE = frozenset(frozenset(p) for p in ("vw", "ck", "kq", "cs", "fp", "iy", "jy", "sz", "ie"))
# English endings that make another word of one stem.
SUFFIXES = frozenset({"", "s", "es", "al", "als", "ist", "ists", "ics", "ic", "ical", "ian", "ians", "ese", "ish", "ism",
                      "ity", "ies", "y", "e", "ed", "er", "ers", "ing", "ion", "ions", "an", "ans"})


def _common(a: str, b: str) -> int:
    """How many first letters two words share."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _inflected(a: str, b: str) -> bool:
    common = _common(a.lower(), b.lower())
    return any(a[k:].lower() in SUFFIXES and b[k:].lower() in SUFFIXES for k in range(max(common - 3, 1), common + 1))


def _ending_spelt(a: str, b: str) -> bool:
    """The same long stem with its last letters spelt two ways ("Kilbarragh"/"Kilbarrow"): at least
    six shared letters, three quarters of the shorter name, and endings of at most three letters."""
    common = _common(a, b)
    shorter = min(len(a), len(b))
    return common >= 6 and common >= 0.75 * shorter and max(len(a), len(b)) - common <= 3


def _skeleton(word: str) -> str:
    """The letters a transliteration keeps: no diacritics, no doubled letters, "ck" as "k", "ph" as
    "f", "y" as "i", "sz" as "s", "Mac" as "Mc", no silent final e after a consonant
    ("Marcellotti"/"Marcelotti", "Kalássy"/"Kalasi", "MacKellan"/"McKellan", "Wraszk"/"Wrask",
    "Orvelle"/"Orvel")."""
    w = _fold(word).lower()
    w = "mc" + w[3:] if w.startswith("mac") else w
    w = w.replace("ck", "k").replace("ph", "f").replace("y", "i").replace("sz", "s")
    w = w[:-1] if len(w) > 5 and w.endswith("e") and w[-2] not in "aeiou" else w  # a silent e: "Orvelle" / "Orvel"
    return re.sub(r"(.)\1+", r"\1", w)


def _doubled(short: str, long: str) -> bool:
    """`long` is `short` with one letter doubled ("Vask"/"Vaask")."""
    return len(long) == len(short) + 1 and any(
        long[i] == long[i - 1] and long[:i] + long[i + 1:] == short for i in range(1, len(long)))
