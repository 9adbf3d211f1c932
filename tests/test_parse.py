"""parse.py: the attribute ruler's faster matching and the lemmatizer's cache give spaCy's own
annotations."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from stancemap.parse import MISREAD_VERBS, MODEL_NAME, _CachedLemmas, _paragraph_boundaries, _RulerMatch, _verb_lemmas, load_nlp

from .conftest import EXAMPLES, HELDOUT

# The model's multi-token and IN/NOT_IN/REGEX patterns, and tokens no article here has.
CASES = [
    "He ain't coming, y'all, and there is nothin' we're gonna do about it.",
    "There are reasons. It's gotta stop. Let's go, c'mon. I said it to you and to it.",
    "That which he did was what they had done; these were the ones, and those who'd ask.",
    "Ministers    met.\n\n  \"No,\" she said.  Cause it isn't so, nt even if he'd've gone.",
    "",
]


def _texts() -> list[str]:
    files = sorted(EXAMPLES.glob("*.txt")) + sorted((HELDOUT / "corpus").glob("*.txt"))
    return CASES + [f.read_text(encoding="utf-8") for f in files]


def test_ruler_matches_are_spacys_own() -> None:
    """Every match the Matcher finds, and no other, on the example and held-out articles."""
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = _RulerMatch(ruler)
    assert fast.understands  # the pinned model's patterns are all of the kinds it reads
    for doc in nlp.pipe(_texts(), disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert fast(doc) == sorted(set(type(ruler).match(ruler, doc)))


def test_annotations_equal_the_stock_pipeline() -> None:
    """Tags, parse, POS, morphology, lemmas, entities and sentences equal those of the stock
    pipeline (with the same paragraph component)."""
    fast = load_nlp()
    assert isinstance(fast.get_pipe("attribute_ruler").match, _RulerMatch)
    assert isinstance(fast.get_pipe("lemmatizer").lemmatize, _CachedLemmas)
    stock = spacy.load(MODEL_NAME)
    stock.add_pipe("stancemap_paragraphs", before="parser")
    stock.add_pipe("stancemap_verb_lemmas", after="lemmatizer")  # test_verbs_of_the_lexicon_keep_their_lemma
    attrs = [POS, TAG, DEP, HEAD, LEMMA, MORPH, ENT_IOB, ENT_TYPE, SENT_START]
    texts = _texts()
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs)), a.text[:80]
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b] and [str(t.morph) for t in a] == [str(t.morph) for t in b]


def test_lemma_index_is_sets_and_lemmas_spacys_own() -> None:
    """The rule lemmatizer's base forms are read as sets (a list of 57,528 nouns was scanned for each
    uncached word), and its lemmas stay spaCy's own on words its suffix rules rewrite."""
    fast = load_nlp()
    table = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(forms, frozenset) for forms in table.values())
    stock = spacy.load(MODEL_NAME)
    assert all(isinstance(forms, list) for forms in stock.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
    stock.add_pipe("stancemap_verb_lemmas", after="lemmatizer")
    text = ("The ferries were carrying boxes of studied, unwieldier glassware; the wolves howled as ministers "
            "hurried, stopped and denied the taxes' fairest readings, and the geese's flights grew likelier.")
    assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in stock(text)]


def _boundaries_token_by_token(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """The paragraph rule as first written, one token at a time through `Token.is_sent_start`."""
    for tok in doc[1:]:
        previous = doc[tok.i - 1]
        if "\n" in previous.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
        elif (tok.is_space and "\n" in tok.text) or (not tok.is_space and previous.text.isalnum()
                                                       and (previous.is_lower or previous.text[0].isdigit())):
            tok.is_sent_start = False
    return doc


def test_paragraph_boundaries_as_token_by_token() -> None:
    """The paragraph component, read and written as arrays, sets every sentence start the rule set
    token by token (and no other attribute)."""
    nlp = load_nlp()
    texts = [*_texts(), "a", "\n\nHello there", "x \n y\n\nZ. it 12\nthe", "She felt the 13th\nAmendment was"]
    attrs = [SENT_START, TAG, LEMMA, ENT_IOB]
    for text in texts:
        a, b = _boundaries_token_by_token(nlp.make_doc(text)), _paragraph_boundaries(nlp.make_doc(text))
        assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs)), text[:80]


def test_unknown_patterns_keep_spacys_matcher() -> None:
    """A pattern of a kind it does not read (an operator, another attribute) leaves the Matcher."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"OP": "?"}]], {"LEMMA": "x"})
    assert not _RulerMatch(ruler).understands
    ruler2 = spacy.blank("en").add_pipe("attribute_ruler")
    ruler2.add([[{"ORTH": "A"}]], {"LEMMA": "x"})
    assert not _RulerMatch(ruler2).understands


def test_verbs_of_the_lexicon_keep_their_lemma() -> None:
    """Every inflection of every verb the attribution rules know lemmatizes back to it: spaCy's rule
    lemmatizer read "hopes"/"hoped"/"hoping" as "hop" (and hate, rage, lambaste alike)."""
    from spacy.tokens import Doc

    from stancemap.extract.lexicon import (
        BELIEF_VERBS,
        EVALUATION_VERBS,
        EVIDENCE_VERBS,
        POSITION_VERBS,
        QUOTE_VERBS,
        SPEECH_VERBS,
    )

    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    wrong = []
    for verb in sorted(SPEECH_VERBS | BELIEF_VERBS | EVALUATION_VERBS | POSITION_VERBS | EVIDENCE_VERBS | QUOTE_VERBS):
        for form, tag in _inflections(verb):
            doc = Doc(nlp.vocab, words=["they", form, "it"], tags=["PRP", tag, "PRP"], pos=["PRON", "VERB", "PRON"])
            if _verb_lemmas(lemmatizer(doc))[1].lemma_ != verb:
                wrong.append((form, doc[1].lemma_))
    assert not wrong
    assert {"hope", "hate"} <= set(MISREAD_VERBS)


def _verb_lemmas_token_by_token(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """The misread verbs' lemmas put right as first written: every token read."""
    from stancemap.parse import MISREAD_FORMS

    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"} and tok.lower_ in MISREAD_FORMS:
            tok.lemma_ = MISREAD_FORMS[tok.lower_]
    return doc


def test_verb_lemmas_the_same_walked_or_found() -> None:
    """The misread verbs found by their hashes in a document's array of lower-case forms (parse._verb_lemmas)
    get the lemmas every token read one by one gives, in long documents and short ones (SHORT_DOC)."""
    from spacy.tokens import Doc

    from stancemap.parse import SHORT_DOC

    nlp = load_nlp()
    long_text = " ".join(["The harbour board HOPES the ferry returns; Mr Ostrel hoped so, hating delay, and raged at it."] * 6
                         + ["Critics lambasted the plan, lambasting its cost; their hopes rage on and she Hates the hoping."])
    texts = [*_texts(), long_text, "He hopes she hated it.", "Hoping, raging, lambastes."]
    changed = 0
    for doc in nlp.pipe(texts, disable=["stancemap_verb_lemmas"]):
        found = _verb_lemmas(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
        walked = _verb_lemmas_token_by_token(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
        assert [t.lemma_ for t in found] == [t.lemma_ for t in walked], doc.text[:80]
        changed += sum(a.lemma_ != b.lemma_ for a, b in zip(doc, found, strict=True))
    assert len(nlp(long_text)) >= SHORT_DOC and changed >= 8  # the long text's forms are put right, not passed over


def _inflections(verb: str) -> list[tuple[str, str]]:
    consonant_y = verb.endswith("y") and verb[-2] not in "aeiou"
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else (
        verb[:-1] + "ies" if consonant_y else verb + "s")
    past = verb + "d" if verb.endswith("e") else (verb[:-1] + "ied" if consonant_y else verb + "ed")
    ing = verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"
    return [(third, "VBZ"), (past, "VBD"), (ing, "VBG")]


@pytest.mark.parametrize(("text", "joined"), [
    ("Larkin felt the 13th Protocol needed a second look because \"few people know the clause.\"",
     "the 13th Protocol"),
    ("Some 46 percent would choose Marsh and 44 percent would back Berg, while 5 percent prefer Larkin.",
     "would back Berg"),
])
def test_parse_no_sentence_ends_on_a_lower_case_word(text: str, joined: str) -> None:
    """A sentence never ends on a lower-case word or a number inside a line (the parser split
    "the 13th | Protocol", "would back | Berg")."""
    doc = load_nlp()(text)
    assert any(joined in s.text for s in doc.sents), [s.text for s in doc.sents]


def test_parse_a_line_break_still_ends_a_sentence() -> None:
    doc = load_nlp()("The talks went on\n\nMarsh left early.")
    assert [s.text.strip() for s in doc.sents] == ["The talks went on", "Marsh left early."]
