"""The shape of one line: its words, whether it ends like a sentence or is set like a headline,
and the few cues every line judgement reads (a reporting verb, a bullet, content words).

The judgements themselves, one module per kind: credits.py (bylines, credits, captions, time
stamps), interface.py (the site speaking to its reader: interface words, consent and browser
notices, promotions, summary widgets), navigation.py (menus, section labels, the site's own name)
and language.py (a line in another language). Every rule is general (the shape of a line, its
neighbours, its language, interface vocabulary), never a string seen in one corpus. Each returns
a reason a user understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,/-]*")
TERMINAL = re.compile(r"[.!?…:;。！？．][\"'”“’»)\]」』]*$|[\"”’»」』]$")
# Scripts written without spaces between words (Chinese, Japanese, Thai, ...): a line's length in
# words is about its letters halved (a Japanese word averages two characters), so a sentence is
# not "stray words" (test_lines_shape_unspaced_*).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u1000-\u109f\uf900-\ufaff]")
REPORTING = re.compile(r"\b(?:said|says|told|added|according to|reported|ruled|fined)\b", re.I)
BULLET = re.compile(r"^\s*[•·\-*–▪►]\s+")
# Title-case questions of at least four content words are headlines (see shape()).
QUESTION_HEADLINE_MIN_WORDS = 4
INNER_STOP = re.compile(r"[.!?][\"'”’»)]*\s+[A-Z\"“]")
SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
               "from", "as", "vs", "via", "over", "into", "than", "about", "is", "are", "be", "its", "not",
               "after", "before", "amid", "up", "out", "off", "per", "if", "it", "no", "so", "that", "what"}


POSSESSIVE = re.compile(r"['’]s?$")
# Words that say nothing of a line's topic ("Why the Coast Matters" is about the coast).
NO_TOPIC = {"why", "how", "who", "whom", "when", "where", "which", "does", "did", "will", "would", "can", "could",
            "should", "has", "have", "had", "was", "were", "been", "this", "these", "those", "says", "said"}


@dataclass(frozen=True)
class LineShape:
    text: str
    words: tuple[str, ...]
    sentence: bool  # ends like a sentence (terminal punctuation)
    headline: bool  # title-case words, no terminal punctuation: a headline, teaser or label

    @property
    def n(self) -> int:
        return len(self.words)


def shape(text: str) -> LineShape:
    words = tuple(WORD.findall(text))
    unspaced = len(UNSPACED.findall(text))
    if unspaced > 2 * len(words):
        words = words + tuple("·" * max(0, unspaced // 2 - len(words)))
    stripped = text.strip()
    sentence = bool(TERMINAL.search(stripped)) and not stripped.endswith(":")
    title_case = _title_case(words)
    # A headline may end on its closing quote ("MERGER 'WILL HIT YOUR BILLS'"); a sentence that
    # ends in a quotation has its full stop inside it (test_lines_shape_quoted_headline).
    if sentence and title_case and stripped[:1] not in QUOTE_OPENERS and not STOP_THEN_QUOTE.search(stripped):
        sentence = False
    # A title-case question with no sentence break inside ("How Does a Town Leave the Water Board?")
    # is a headline; prose questions are in sentence case (test_lines_shape_*). A short one
    # ("What Happens Next?") may be the article's own subheading, so it stays a sentence.
    if (sentence and title_case and stripped.endswith("?") and not INNER_STOP.search(stripped[:-1])
            and _content_count(words) >= QUESTION_HEADLINE_MIN_WORDS):
        sentence = False
    return LineShape(stripped, words, sentence, title_case and not sentence)


def _content_count(words: tuple[str, ...]) -> int:
    return sum(1 for w in words if w.lower() not in SMALL_WORDS and w[0].isalpha())


def _title_case(words: tuple[str, ...]) -> bool:
    """Most content words start with a capital: the shape of headlines and teasers."""
    content = [w for w in words if w.lower() not in SMALL_WORDS and w[0].isalpha()]
    if len(content) < 2:
        return False
    capital = sum(1 for w in content if w[0].isupper())
    # 0.75 lets a headline keep one lower-case verb ("says", "warns") yet rejects sentence fragments.
    return capital / len(content) >= 0.75


def is_punctuation_only(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


STOP_THEN_QUOTE = re.compile(r"[.!?…:;。！？][\"'”“’»)\]」』]*$")
QUOTE_OPENERS = "\"“„«‹‘'「『"


def content_words(text: str) -> set[str]:
    """Lower-cased content words cut to a 5-letter stem, for topical overlap between lines.
    Possessives are cut ("NATO's" is "nato"); question words and auxiliaries carry no topic."""
    found = set()
    for w in WORD.findall(text):
        w = POSSESSIVE.sub("", w.lower())
        if len(w) > 2 and w[0].isalpha() and w not in SMALL_WORDS and w not in NO_TOPIC:
            found.add(w[:5])
    return found


@lru_cache(maxsize=4096)
def whole_word(text: str) -> re.Pattern[str]:
    """`text` as a whole word or phrase, any case ("Tele9" in "Watch Tele9 live", not in "Tele95"):
    how a line names the outlet or a word (title.py, styles.py, teasers.py); compiled once per text."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE)


def norm(text: str) -> str:
    """A line as lines are compared: spaces collapsed, lower case."""
    return " ".join(text.split()).lower()


# A line that is one quotation: opening and closing quotation marks around the whole of it.
QUOTED_LINE = re.compile(r"^[\"“‘'«](?P<inner>[^\"“”«»]{20,})[\"”’'»]$")


# A sentence-case headline (tabloid and many modern sites): "Lottery winner, 61, buys a fleet of
# vans", "Chef Ana Brel slams critics after flop". Its cues: an age or number set off by commas
# after a name, or a present-tense verb in -s right after a capitalised name; and no closing full
# stop. Prose has past-tense reporting and ends with a full stop (test_lines_sentence_case_*).
AGE_APPOSITION = re.compile(r"^[A-Z][^,]{2,60},\s*\d{1,3},\s+[a-z]")
NAME_THEN_VERB = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,4}(?P<verb>[a-z]{3,}s)\b")
NOT_VERB_S = re.compile(r"(?:ss|us|is|ous|ics|ies)$")
SENTENCE_CASE_HEADLINE_WORDS = (5, 20)
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my",
               "your", "some", "many", "most", "all", "both", "several", "few", "new", "other", "such", "no"}


def sentence_case_headline(line: LineShape) -> bool:
    """A line shaped like a sentence-case headline: no closing punctuation, five to twenty words,
    a capital first, and an age apposition or a name followed by a present-tense verb."""
    low, high = SENTENCE_CASE_HEADLINE_WORDS
    if line.sentence or line.headline or not low <= line.n <= high or not line.text[:1].isupper():
        return False
    if AGE_APPOSITION.match(line.text):
        return True
    m = NAME_THEN_VERB.match(line.text)
    if m is None or NOT_VERB_S.search(m["verb"]):
        return False
    # "The boats will ..." is a plural after a determiner; "Chef Ana Brel slams" names someone.
    return any(w.lower() not in DETERMINERS for w in line.text[:m.start("verb")].split())
