"""Which English an article is spelt in, as a last clue to how it writes a numeric date: British
spelling ("behaviour", "centre", "fibre") goes with day-first dates, American ("behavior", "center")
with month-first. Read only when the article's own dates do not show its convention
(dates.date_convention), for a lone ambiguous "10/05/2026"; tests/clean/test_metadata_text.py::
test_dates_convention_from_spelling.

A word counts only as one of a pair WordNet knows both spellings of (its files hold British and
American forms alike: "colour" and "color"), so "four"/"for" or "acre" never count.
"""

from __future__ import annotations

import re

# "-our" / "-or" words with three letters or more before the ending ("colour"; not "four", "hour"), and "-re" / "-er"
# words with two or more and a consonant before the ending ("fibre", "centre", "theatre"; not "acre", "ogre"). Not
# "-ise" / "-ize": WordNet files American "-ise" verbs under both spellings ("advertise", "improvise"), so they are no
# British clue, and Oxford's British spelling is "-ize".
_OUR = re.compile(r"\b([a-z]{3,})our(s?)\b")
_OR = re.compile(r"\b([a-z]{3,})or(s?)\b")
_RE = re.compile(r"\b([a-z]{2,}[^aeiou\W])re(s?)\b")
_ER = re.compile(r"\b([a-z]{2,}[^aeiou\W])er(s?)\b")


def _known(word: str) -> bool:
    from ..judge.wordnet import wordnet

    wn = wordnet()
    return any(wn.synsets(word, pos) for pos in ("n", "v", "a"))


def _pairs(text: str, pattern: re.Pattern[str], own: str, other: str) -> int:
    """Words of `pattern` whose spelling with `other` for `own` WordNet also knows."""
    found = 0
    for stem in {m.group(1) for m in pattern.finditer(text)}:
        if _known(stem + own) and _known(stem + other):
            found += 1
    return found


def british_spelling(text: str) -> bool | None:
    """True when the article spells more words the British way than the American, False the other way, None when
    it does not show (no such word, or as many of each)."""
    lowered = text.lower()
    british = _pairs(lowered, _OUR, "our", "or") + _pairs(lowered, _RE, "re", "er")
    american = _pairs(lowered, _OR, "or", "our") + _pairs(lowered, _ER, "er", "re")
    if british == american:
        return None
    return british > american
