"""Whether two capitalised words are one name spelt two ways ("Vodna"/"Wodna", "Vask"/"Vaask",
"Øvrelid"/"Ovrelid", "Ewan"/"Euan" before one surname), and not two names sharing a stem or one word
inflected ("Russia"/"Russian", "National"/"Nations"): the corpus's own rival spellings, which
framing.py's `FramingIndex` shows per outlet beside the gazetteer's."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

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


def given_name_variants(pairs: Counter[str]) -> dict[str, str]:
    """Given names written two ways before one surname ("Ewan Gwilt" / "Euan Gwilt",
    "Vasilij" / "Vazilij"): the same first letter and the same sound (Soundex), where the letters
    differ too much for `corpus_variants` (a ratio of 75 for Ewan/Euan)."""
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


# Soundex's sound classes of consonants.
SOUNDEX_CODES = {c: str(d) for d, letters in enumerate(("bfpv", "cgjkqsxz", "dt", "l", "mn", "r"), 1) for c in letters}


@lru_cache(maxsize=65536)  # asked of each given name once per other given name before the same surname
def soundex(word: str) -> str:
    """American Soundex (Knuth, TAOCP vol. 3): the first letter and three digits of the consonants'
    sound classes, vowels and h/w left out, one digit for a run of one class."""
    word = _fold(word).lower()
    codes = SOUNDEX_CODES
    out, last = word[:1].upper(), codes.get(word[:1], "")
    for c in word[1:]:
        code = codes.get(c, "")
        if code and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """The word without diacritics ("Øvrelid" -> "Ovrelid", "Bjørlund" -> "Bjorlund")."""
    word = word.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Letters that Unicode does not decompose into a base letter and a mark.
FOLD = str.maketrans({"Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "ß": "ss", "Ł": "L", "ł": "l",
                      "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th"})


def corpus_variants(names: list[str]) -> dict[str, str]:
    """Each name -> another spelling of it elsewhere in the corpus ("Vodna" -> "Wodna"): one or two
    letters apart at about the same length, sharing the first letter or everything after it.

    Names are bucketed by first letter and length, and by their tail, so that only plausible pairs are
    compared: a 100-article corpus has thousands of capitalised words, and all pairs is quadratic.
    """
    by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
    by_tail: dict[str, list[str]] = defaultdict(list)
    by_fold: dict[str, list[str]] = defaultdict(list)
    short: dict[str, list[str]] = defaultdict(list)  # names under MIN_DOUBLED_VARIANT letters, by their letters
    by_sound: dict[str, list[str]] = defaultdict(list)  # names with "š", "č", "ž", by their English transliteration
    for name in names:
        if len(name) >= MIN_DOUBLED_VARIANT:
            by_start[name[0], len(name)].append(name)
            by_tail[name[1:]].append(name)
            by_fold[_skeleton(name)].append(name)
            if (spelt := _transliterated(name)) != name:
                by_sound[_skeleton(spelt)].append(name)
        else:
            short[_fold(name)].append(name)
    # A short name differs from another only by its accents ("Zoë"/"Zoe"): one name at any length, which
    # unrelated short words never are (test_outlets.py::test_short_names_with_accents).
    found: dict[str, str] = {w: next(o for o in same if o != w) for same in short.values() if len(same) > 1 for w in same}
    # Each bucket's names by their first six letters, with their places in it: the names of a bucket sharing a word's
    # first six letters found at once, where every name of the three buckets was sliced and compared for each word (a
    # third of this function's time at 1,500 articles: docs/performance.md, issue 11 session 37;
    # tests/test_framing_spelling_stems.py::test_corpus_variants_stem_candidates_in_bucket_order).
    stems: dict[tuple[str, int], dict[str, list[int]]] = {}
    for place, bucket in by_start.items():
        stems[place] = defaultdict(list)
        for k, name in enumerate(bucket):
            stems[place][name[:6]].append(k)
    for (first, length), bucket in sorted(by_start.items()):
        for word in bucket:
            folded = [o for o in by_fold.get(_skeleton(word), []) if o != word]
            # ... or by its letters written as English spells their sounds ("Krašovec"/"Krashovets")
            folded += [o for o in by_sound.get(_skeleton(word), []) if o != word]
            folded += [o for o in by_fold.get(_skeleton(_transliterated(word)), []) if o not in (word, *folded)]
            if folded:  # "Øvrelid" / "Ovrelid", "Drummock" / "Drumok": the same but for diacritics and doubling
                found[word] = folded[0]
                continue
            around = [(first, length - 1), (first, length), (first, length + 1)]
            tail = by_tail.get(word[1:], [])
            candidates = [*(name for place in around for name in by_start.get(place, [])), *tail]
            # Only a pair at fuzz.ratio >= CORPUS_VARIANT_RATIO or with one long stem can be rivals
            # (_rival_pair): rapidfuzz screens the bucket in C, so large buckets cost little.
            kept = {i for _, _, i in process.extract(word, candidates, scorer=fuzz.ratio,
                                                     score_cutoff=CORPUS_VARIANT_RATIO, limit=None)}
            start = 0  # (those of the same first six letters, in candidates' order)
            for place in around:
                kept.update(start + k for k in stems.get(place, {}).get(word[:6], []))
                start += len(by_start.get(place, []))
            kept.update(start + k for k, o in enumerate(tail) if o[:6] == word[:6])
            candidates = [candidates[i] for i in sorted(kept)]
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
        # doubled last letter is a transliteration ("Velinsky"/"Velinskyy").
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


# Letters of Slavic names an English text spells by their sound ("Krašovec" -> "Krashovets"): in such a
# name a plain "c" is said "ts" too (test_outlets.py::test_transliterated_names).
SOUNDS = str.maketrans({"š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh", "ć": "ch", "Ć": "Ch", "c": "ts"})


@lru_cache(maxsize=65536)
def _transliterated(word: str) -> str:
    """The name as English spells the sounds of its "š", "č", "ž", "ć" ("Krašovec" -> "Krashovets"); itself without them."""
    return word.translate(SOUNDS) if any(c in word for c in "šŠčČžŽćĆ") else word


def _doubled(short: str, long: str) -> bool:
    """`long` is `short` with one letter doubled ("Vask"/"Vaask")."""
    return len(long) == len(short) + 1 and any(
        long[i] == long[i - 1] and long[:i] + long[i + 1:] == short for i in range(1, len(long)))
