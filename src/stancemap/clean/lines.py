"""Line shapes and the boilerplate rules that judge one line in its context.

Every rule is general (the shape of a line, its neighbours, its language, interface
vocabulary), never a string seen in one corpus. Each returns a reason a user understands.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,/-]*")
TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’»]$")
# "Caption text - Outlet Name, 1920, 26.05.2023": an image caption as scraped from a CMS that
# appends the credit, the image width in pixels and the date. Pinned by test_clean_caption_*.
CAPTION = re.compile(
    r"\s[-–—|]\s+(?P<outlet>[A-Z][\w&.'’ -]{1,60}?),\s*(?P<width>\d{3,4})"
    r"(?:,\s*(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))?\s*$"
)
CREDIT = re.compile(r"^\s*(?:©|\(c\)|copyright\b|photo\s*(?:by|credit)?\s*:|image\s*:|credit\s*:|"
                    r"photograph\s*:|pictured\s*:|source\s*:\s*(?:getty|reuters|ap\b))", re.I)
# Interface vocabulary of news sites: comment boxes, sharing, accounts, paging, promotion.
INTERFACE = re.compile(
    r"^(?:to (?:participate|join|take part) in the discussion|log ?in|sign ?in|sign ?up|register|"
    r"subscribe|share(?: this| on)?|read (?:more|also|next)|see also|related(?: articles?| stories| news)?|"
    r"more (?:from|on|stories)|next(?: article| story)?\b|previous(?: article| story)?\b|prev\b|"
    r"comments?\b|leave a comment|add a comment|follow us|advertisement|sponsored|click here|"
    r"download (?:our|the) app|newsletter|cookie|accept|skip to|back to top|print this|email this|"
    r"show comments|load more|most (?:read|popular)|trending|you may also like|recommended)",
    re.I,
)
INTERFACE_ANYWHERE = re.compile(
    r"\b(?:log ?in|sign ?in|sign ?up|subscribe|register|comment|newsletter|cookies?|"
    r"share this|all rights reserved)\b", re.I)
PROMO_VERB = re.compile(r"^(?:get|read|follow|stay|sign up|subscribe|download|watch|listen|"
                        r"don'?t miss|join|discover|explore)\b", re.I)
PROMO_WORD = re.compile(r"\b(?:news|latest|updates?|stories|photos|videos|analysis|newsletter|app|"
                        r"breaking|coverage|podcasts?)\b", re.I)
SUMMARY_LABEL = re.compile(r"^(?:summary|key points|key takeaways|in brief|at a glance|highlights|"
                           r"tl;?dr|what you need to know|quick read|the gist)\s*:?\s*$", re.I)
BULLET = re.compile(r"^\s*[•·\-*–▪►]\s+")
BYLINE = re.compile(r"^(?:by|written by|reporting by|text by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                    r"(?:\s*(?:[|,–—-]|and)\s*.*)?$")
TIMESTAMP = re.compile(r"^(?:published|updated|posted|last updated|first published|modified)\b"
                       r"(?:\s+on)?\s*:?\s*\S", re.I)
SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
               "from", "as", "vs", "via", "over", "into", "than", "about", "is", "are", "be", "its", "not",
               "after", "before", "amid", "up", "out", "off", "per", "if", "it", "no", "so", "that", "what"}


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
    stripped = text.strip()
    sentence = bool(TERMINAL.search(stripped)) and not stripped.endswith(":")
    return LineShape(stripped, words, sentence, _title_case(words) and not sentence)


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


def script_of(text: str) -> str | None:
    """The dominant writing system of a line's letters ("LATIN", "CYRILLIC", ...)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ")[0] if name else "UNKNOWN"
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@lru_cache(maxsize=1)
def _language_identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def language_of(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability from py3langid (a model shipped inside the package)."""
    lang, prob = _language_identifier().classify(text)
    return str(lang), float(prob)


def foreign_language(line: LineShape, article_script: str, article_lang: str) -> str | None:
    """The reason a line is in another language than its article, or None."""
    script = script_of(line.text)
    if script and script != article_script and line.n >= 1:
        return f"line in another language ({script.title()} script in a {article_script.title()}-script article)"
    # Short lines fool language identification; four words and a confident score are needed.
    # Calibrated on written German/Spanish/French lines vs English headlines (test_clean_language_*).
    if line.n >= 4 and not line.headline:
        lang, prob = language_of(line.text)
        if lang != article_lang and prob >= 0.98 and _english_function_share(line.words) < 0.15:
            return f"line in another language ({lang})"
    return None


ENGLISH_FUNCTION = {"the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "as", "by",
                    "was", "it", "he", "she", "they", "said", "will", "would", "has", "have", "be", "not"}


def _english_function_share(words: tuple[str, ...]) -> float:
    return sum(1 for w in words if w.lower() in ENGLISH_FUNCTION) / max(len(words), 1)


def interface_reason(line: LineShape) -> str | None:
    """Comment prompts, share buttons, paging links, account prompts: judged by shape, not only words.

    A sentence that merely mentions such a word ("He declined to comment.", "Next week the
    ministers meet ...") is content: it has a subject before the word or is a long sentence.
    """
    text = line.text
    if INTERFACE.match(text):
        if line.n <= 8 or (not line.sentence and line.n <= 16):
            # "Next: <headline>" and "Previous article" are paging links; "Next week, ..." is prose.
            if re.match(r"^(?:next|previous|prev)\b", text, re.I) and line.sentence and line.n > 3:
                return None
            return "site interface (comments, sharing, account or paging link)"
    if line.n <= 6 and not line.sentence and INTERFACE_ANYWHERE.search(text):
        return "site interface (comments, sharing, account or paging link)"
    return None


def promotion_reason(line: LineShape) -> str | None:
    if PROMO_VERB.match(line.text) and PROMO_WORD.search(line.text) and line.n <= 30:
        if not re.search(r"\b(?:said|says|told|added)\b", line.text):
            return "site tagline or promotion"
    return None


def caption_match(text: str) -> re.Match[str] | None:
    return CAPTION.search(text)


def content_words(text: str) -> set[str]:
    """Lower-cased content words cut to a 5-letter stem, for topical overlap between lines."""
    return {w.lower()[:5] for w in WORD.findall(text) if w.lower() not in SMALL_WORDS and len(w) > 2
            and w[0].isalpha()}
