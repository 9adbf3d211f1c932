"""The language of a line against its article's: writing system, function words, then py3langid.

Function words (articles, prepositions, conjunctions, auxiliaries) are the most frequent words of
every language and are what a reader recognises a language by, even in a five-word line where
character n-gram models guess. The profiles below are the most frequent function words of each
language (general knowledge, not words from any corpus), minus words that are also common English
words ("die", "war", "also", "do", "to"). py3langid is asked only when the function words cannot
tell, so its model (0.4 s to load) is not read for an ordinary English corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lines import QUOTE_OPENERS, LineShape


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and review)."""
    return frozenset(text.split())


ENGLISH = wordset(
    "the of and to a in is that for on with as by was it he she they said will would has have be not "
    "are were this his her their its from at but or an which who had been after over than about more "
    "also into could should may can our we you your there when what new one two told last year")
# Common English words that foreign function-word lists must not count ("die", "war", "also").
_ENGLISH_HOMOGRAPHS = ENGLISH | wordset(
    "i me my us so no do man die war hat also was will am an as be see son same ever pan lie more sale "
    "after under over con pro bin dog top")
_PROFILES = {
    "de": "der die das und ist nicht mit von zu den dem des ein eine einen einem zum zur auf für sich auch wird "
          "werden bei nach über aus noch wie oder aber sind wurde haben mehr dass sie es im vom nur schon gegen",
    "es": "el la los las del de que y en un una por para con se su sus es al lo como más pero también sobre este "
          "esta ante sin hay fue ha son entre desde cuando muy sí ya según",
    "fr": "le la les des du de et est une un dans pour pas que qui sur au aux avec ce cette sont ont par plus ne "
          "se il elle nous vous mais ou été être leur entre sans aussi",
    "it": "il lo la gli le di del della dei delle che è un una per con non sono nel nella anche più ma da come "
          "questo alla al ha essere tra dopo",
    "pt": "os do da dos das de que em um uma para com não por mais como mas ao foi são na nos também ser pelo "
          "pela entre já",
    "nl": "de het een van en dat niet op te met voor zijn er maar ook als bij door naar uit om worden wordt heeft "
          "nog meer tegen",
    "sv": "och att det som en är på för med av inte den har till jag om ett men de kan var vid från efter",
    "da": "og er til af ikke med den det på som har de en et jeg fra efter kan var ved også",
    "pl": "w z na się nie że jest jak ale po co od za przez dla oraz który są jego tym też czy",
    "cs": "v se na je že s z o jsou by ale jako pro za si tak jsem nebo jeho také které",
    "ro": "și în de la cu nu pe că din pentru este o un mai sunt care să fost sau după",
    "tr": "ve bir bu da de için ile çok olarak daha gibi ama olan sonra kadar değil",
    "id": "yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke adalah ada",
}
# One-letter words (Czech "v", Polish "w", Spanish "y") are left out: initials, variables and
# abbreviations make them too common in English text (found on 73,000 English lines of docs).
PROFILES: dict[str, frozenset[str]] = {"en": ENGLISH} | {
    lang: frozenset(w for w in wordset(text) - _ENGLISH_HOMOGRAPHS if len(w) > 1) for lang, text in _PROFILES.items()}
ALL_FUNCTION = frozenset().union(*PROFILES.values())

# A line is in its article's language when ≥ 15 % of its words are that language's function words:
# English sentences run at 30-50 %, English headlines at 0-20 %, a German or Spanish line at 0 %.
SAME_LANGUAGE_SHARE = 0.15
# Another language needs two different function words of its own making ≥ 20 % of the line:
# "Mehr zum Thema: ..." (mehr, zum, der) and "Lea también: La ... del ... su ..." pass; a name such
# as "Mateo de la Torre" has two but no lower-case content word (see foreign_by_function_words).
FOREIGN_MIN_HITS, FOREIGN_MIN_SHARE = 2, 0.2
# py3langid, when asked, must be this sure: short lines fool it (calibrated on written German,
# Spanish, French and Finnish lines against English headlines; test_lines_language_*).
LANGID_MIN_PROB = 0.98


EAST_ASIAN = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "FULLWIDTH": "CJK", "HALFWIDTH": "CJK",
              "IDEOGRAPHIC": "CJK"}


# A letter outside the Latin alphabets (with their accented forms): only then is a line's script
# worth naming character by character.
NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00AA\u00BA\u00C0-\u024F\u1E00-\u1EFF]")


def script_of(text: str) -> str | None:
    """The dominant writing system of a text's letters ("LATIN", "CYRILLIC", ...)."""
    if text.isascii() or not NON_LATIN_LETTER.search(text):  # most lines: no need to name every character
        return "LATIN" if any(ch.isalpha() for ch in text) else None
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            # Japanese mixes kana and kanji, and East Asian text uses full-width forms: one writing
            # system for the article-versus-line comparison (test_language_japanese_one_script).
            script = EAST_ASIAN.get(_script(ch), _script(ch))
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def share(words: tuple[str, ...] | list[str], lang: str) -> float:
    profile = PROFILES.get(lang, frozenset())
    return sum(1 for w in words if w.lower() in profile) / max(len(words), 1)


def by_function_words(words: tuple[str, ...] | list[str]) -> tuple[str, int]:
    """The language whose function words the text uses most, and how many different ones it uses."""
    lowered = {w.lower() for w in words}
    best, hits = "", 0
    for lang, profile in PROFILES.items():
        n = len(lowered & profile)
        if n > hits:
            best, hits = lang, n
    return best, hits


def article_language(words: list[str]) -> str:
    """The article's language from the function words of its sentences; py3langid if they cannot tell."""
    lang, hits = by_function_words(words)
    # Ten different function words of one language are unmistakable in a few sentences of prose.
    if hits >= 10:
        return lang
    return language_of(" ".join(words))[0] if words else "en"


def foreign_by_function_words(words: tuple[str, ...], article_lang: str) -> str | None:
    """The other language a line is written in, judged by function words, or None."""
    if len(words) < 3 or share(words, article_lang) >= SAME_LANGUAGE_SHARE:
        return None
    lang, hits = by_function_words(words)
    if lang in ("", article_lang) or hits < FOREIGN_MIN_HITS:
        return None
    own = sum(1 for w in words if w.lower() in PROFILES[lang])
    if own / len(words) < FOREIGN_MIN_SHARE:
        return None
    # Real text has lower-case content words; a run of names with particles ("Mateo de la Torre") has not.
    if not any(len(w) > 1 and w[0].islower() and w.lower() not in ALL_FUNCTION and w.isalpha() for w in words):
        return None
    return lang


@lru_cache(maxsize=1)
def _language_identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def language_of(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability from py3langid (a model shipped inside the package)."""
    lang, prob = _language_identifier().classify(text)
    return str(lang), float(prob)


# An article is judged not English only when it is long enough to tell and both signals agree:
# English function words make 30-50 % of English prose and under 5 % of other languages' (a
# quoted English phrase or a name adds a little), and py3langid is sure of another language.
# Calibrated on the example, dev and held-out corpora (English share >= 0.30) and written
# German, French, Spanish and Japanese articles (tests/clean/test_language.py).
BODY_MIN_WORDS, BODY_SAMPLE_WORDS = 20, 600
BODY_MAX_ENGLISH_SHARE, BODY_LANGID_MIN_PROB = 0.08, 0.95


def body_language(body: str) -> str | None:
    """The name of the language an article body is written in when it is clearly not English
    ("German (de)"), else None."""
    import re

    words = re.findall(r"[^\W\d_]+", body[:20_000])
    sample = " ".join(body.split()[:BODY_SAMPLE_WORDS])
    unspaced = script_of(sample) not in (None, "LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW",
                                         "ARABIC")
    if len(words) < BODY_MIN_WORDS and not (unspaced and len(sample) >= 2 * BODY_MIN_WORDS):
        return None
    if share(words[:BODY_SAMPLE_WORDS], "en") > BODY_MAX_ENGLISH_SHARE:
        return None
    lang, prob = language_of(sample)
    if lang == "en" or prob < BODY_LANGID_MIN_PROB:
        return None
    return f"{language_name(lang)} ({lang})"


def language_name(code: str) -> str:
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code


def foreign_language(line: LineShape, article_script: str, article_lang: str) -> str | None:
    """The reason a line is in another language than its article, or None. A quotation in its
    speaker's language („...“ then, usually, its translation) is the article's (test_lines_language_*)."""
    if line.sentence and line.n >= 4 and line.text[:1] in QUOTE_OPENERS:
        return None
    script = script_of(line.text)
    if script and script != article_script and line.n >= 1:
        return f"line in another language ({script.title()} script in a {article_script.title()}-script article)"
    lang = foreign_by_function_words(line.words, article_lang)
    if lang:
        return f"line in another language ({lang}: its function words are not the article's)"
    # No function word of the article's language at all in a line of five words or more, most of
    # them lower-case words (prose, not a date, a list of names or a headline): ask py3langid.
    lower = sum(1 for w in line.words if w[0].islower() and w.isalpha())
    if line.n >= 5 and 2 * lower >= line.n and not line.headline and share(line.words, article_lang) == 0:
        lang, prob = language_of(line.text)
        if lang != article_lang and prob >= LANGID_MIN_PROB:
            return f"line in another language ({lang})"
    return None
