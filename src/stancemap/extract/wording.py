"""The words one article names things with, counted in the map for framing (framing.py, wording.py
at the corpus level): each noun phrase's head with the modifiers written before it ("the snooping
bill", "a mega-merger", "the residents' group", "the Eastway Road tunnel"), how often, as written,
and the slots it stands in (the verb it is the object or subject of, the names attached to it, the
phrase it is set beside: "Open Rivers Vessmark, the lobby group"; "this is a cash grab").

The headline's phrases are counted too (`with_headline`): the body's parse never reads it.
What one outlet writes where others write something else for the same thing is a framing choice;
which phrases are rival names for one thing is decided over the corpus (stancemap/wording.py,
wording_links.py).
Nothing here knows a topic or a loaded word.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from .lexicon import words
from .text import doc_text

# Modifiers that place or count a thing rather than name it a way ("last week", "the first
# reading", "other groups"): left out of a phrase.
PLAIN_MODIFIERS = words("""
new last next first second third final other such same former own many several few more most much recent current
early late previous following certain various whole main key top entire further additional possible latest
""")
# Words of an amount left before a phrase once its figure is set apart ("7 per cent fare rise").
UNITS = words("per cent percent million billion thousand bn m k")
# Verbs that name a thing a way ("which Vedder insists on calling a fair-travel fee", "branded it a grab").
NAMING_VERBS = words("call dub brand label term nickname describe")
# Dependencies of the words that make a phrase with its head noun.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
MAX_WORDS = 4
# Marks that join the words of one phrase ("mega-merger", "residents' group").
JOINERS = frozenset({"-", "’", "'"})
# The particles of a verb written as a noun with a hyphen ("tie-up", "phase-out", "sell-off", "take-over").
PARTICLES = words("up out off over down in back away")
# Words of a headline's phrase at most (a hyphened word one): "land grab", "crony minister", "no-tender contracts".
HEADLINE_WORDS = 2
# How many slots of one phrase an article keeps.
MAX_SLOTS = 6
# A phrase's entry: where its count in the headline and in the lede stand, and the lede's sentences.
PLACED, LEDE_COUNT = 5, 6
LEDE = 2


def with_headline(found: dict[str, list[Any]], hdoc: Doc | None) -> dict[str, list[Any]]:
    """The body's phrases (`wording_of`) and the headline's added: the headline parsed on its own (a
    dozen words, by the map with the bodies: article._map_batch), where an outlet frames a story most
    ("Stop the Wragby land grab") and which the body's parse never reads (of the gold framing terms of
    the batches developed on, 22 of 388 stand in a headline only; test_wording.py::test_wording_headline).
    Its quotations in single marks ("‘We are not for sale’: ...") are a speaker's words too."""
    if hdoc is None:
        return found
    # In a headline written in sentence case, capitalised words inside are names ("Assembly debates Data
    # Retention Bill"): a name and its noun is one phrase however long (test_wording.py::test_wording_headline).
    sentence_case = any(t.is_alpha and t.is_lower for t in hdoc[1:])
    for key, (count, surface, head, slots, quoted, *_) in wording_of(hdoc, HEADLINE_QUOTATION).items():
        named = sentence_case and all(w[:1].isupper() and not w.isupper() for w in surface.split()[:-1]) and _noun_only(head)
        if key.count(" ") >= HEADLINE_WORDS and not named:
            continue  # headlinese the tagger reads as one noun phrase ("Marrowin unveils bill", "levy row deepens")
        entry = found.setdefault(key, [0, surface, head, [], 0, 0, 0])
        entry[0] += count
        entry[4] += quoted
        entry[PLACED] += count  # (the ranker's feature: where an outlet frames a story most)
        for slot in slots:
            if len(entry[3]) < MAX_SLOTS:
                _add_slot(entry[3], slot)
    return found


def wording_of(sdoc: Doc, quotation: re.Pattern[str] | None = None) -> dict[str, list[Any]]:
    """phrase key -> [count, surface as first written, head lemma, slots, count inside quotations, count in the
    headline (`with_headline`), count in the lede]. The key is the phrase in
    lower case with its head lemmatised ("tap tax bill", "eco-zealot"); slots are "verb:dep"
    ("block:dobj", "vote:for"), "of:name" for a name attached to it, and "is:key" for a phrase
    set beside it by apposition or "to be". The lede is the first LEDE sentences: with the headline, where
    an outlet frames its story (a feature of the framing ranker, wording_rank.py)."""
    found: dict[str, list[Any]] = {}
    key_of: dict[int, str] = {}
    quoted = quotations(doc_text(sdoc), quotation or QUOTATION)
    lede = _lede_end(sdoc)
    for tok in sdoc:
        phrase = _phrase(tok)
        if phrase is None:
            continue
        key, surface, name = phrase
        key_of[tok.i] = key
        entry = found.setdefault(key, [0, surface, _head(tok, key), [], 0, 0, 0])
        entry[0] += 1
        if quoted and in_spans(tok.idx, quoted):
            entry[4] += 1  # in a speaker's words, not the outlet's
        if tok.i < lede:
            entry[LEDE_COUNT] += 1
        for slot in [*_slots(tok), *([f"is:{name}"] if name else [])]:
            if slot not in entry[3] and len(entry[3]) < MAX_SLOTS:
                entry[3].append(slot)
    for key, surface, head, name in _labels(sdoc):  # "whistleblower Ada Lind": a label for the person
        entry = found.setdefault(key, [0, surface, head, [], 0, 0, 0])
        entry[0] += 1
        _add_slot(entry[3], f"is:{name}") if len(entry[3]) < MAX_SLOTS else None
    for i, key in key_of.items():  # phrases set beside each other name one thing
        tok = sdoc[i]
        partners = [tok.head] if tok.dep_ in {"appos", "attr"} else []
        partners += [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "attr":  # "this is a cash grab": the subject of "to be"
            partners += [c for c in tok.head.children if c.dep_ == "nsubj"]
        if tok.dep_ in {"oprd", "xcomp", "ccomp", "dobj"} and tok.head.lemma_.lower() in NAMING_VERBS:
            # "the road toll, which Vedder insists on calling a fair-travel fee"; "branded it a grab"
            verb = tok.head
            named = [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i]
            while not named and verb.dep_ in {"relcl", "xcomp", "pcomp", "prep"} and verb.head.i != verb.i:
                if verb.dep_ == "relcl":
                    named = [verb.head]
                verb = verb.head
            partners += named
        for partner in partners:
            other = key_of.get(partner.i) or (_name(partner) if partner.pos_ == "PROPN" else None)
            if other and other != key:
                _add_slot(found[key][3], f"is:{other}")
                if other in found:
                    _add_slot(found[other][3], f"is:{key}")
    return found


def _lede_end(sdoc: Doc) -> int:
    """The token the body's lede (its first LEDE sentences) ends before."""
    end = 0
    for k, sent in enumerate(sdoc.sents):
        if k == LEDE:
            break
        end = sent.end
    return end


def _labels(sdoc: Doc) -> list[tuple[str, str, str, str]]:
    """(key, surface, head lemma, name) of each label written before a name in lower case
    ("whistleblower Ada Lind", "eco-warrior Tor Berg", "union boss Ina Brok"; at a sentence's start
    "Campaigner Ada Lind", but no title alone: "Mr", "President"): up to MAX_WORDS nouns
    and adjectives right before the name, not a capitalised title ("Finance Minister ...") nor a
    determiner or a verb."""
    found = []
    for ent in sdoc.ents:
        if ent.label_ not in NAMED or ent.start == 0:
            continue
        words: list[Token] = []
        k = ent.start - 1
        while k >= 0 and len(words) < MAX_WORDS * 2:
            t = sdoc[k]
            first = k == 0 or sdoc[k - 1].is_sent_end or sdoc[k].is_sent_start
            if t.text in JOINERS and words and not t.whitespace_ and k > 0 and not sdoc[k - 1].whitespace_:
                words.insert(0, t)  # "eco-warrior"
            elif t.is_alpha and (t.is_lower or first) and t.pos_ in {"NOUN", "ADJ", "PROPN"} and (
                    t.tag_ not in {"JJR", "JJS"} or _common_noun(t.lower_)):  # "whistleblower" read as JJR
                words.insert(0, t)
            else:
                break
            k -= 1
        while words and (words[0].lower_ in PLAIN_MODIFIERS or words[0].text in JOINERS):
            words = words[1:]  # "former minister": the label is "minister"
        content = [t for t in words if t.is_alpha]
        if not content or len(content) > MAX_WORDS or (content[-1].pos_ == "ADJ" and not _common_noun(content[-1].lower_)):
            continue  # "the jailed ... Lind" with no noun ("whistleblower", tagged ADJ, is one); too long for a label
        last = content[-1]
        if last.lower_ in PLAIN_MODIFIERS or (len(content) == 1 and last.lower_ in TITLES_OF_ADDRESS):
            continue
        surface = "".join(t.text + t.whitespace_ for t in words).strip()
        head = last.lemma_.lower() if last.pos_ == "NOUN" else last.lower_  # ("whistleblower" as JJR: not "whistleblow")
        key = "".join(t.lower_ + t.whitespace_ for t in words[:-1]) + head
        name = " ".join(t.lower_ for t in ent if t.pos_ == "PROPN")
        if name:
            found.append((key, surface, head, name))
    return found


# Names a label may stand before ("whistleblower Ada Lind", "carmaker Brenmoor", "breakaway region X").
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Words of address and titles of office before a name, which say nothing of how an outlet sees the
# person ("Mr Stavik", "President Stavik" at a sentence's start: test_wording.py::test_labels_not_titles).
TITLES_OF_ADDRESS = words("mister madam sir lady lord dame mr mrs ms dr prof professor president minister senator "
                          "governor mayor chancellor premier judge")


# A quotation: curly or straight double quotes within one paragraph.
QUOTATION = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")


# ... and in a headline, where a quotation is often in single marks (not an apostrophe: "‘We’re out’").
HEADLINE_QUOTATION = re.compile(r"‘[^‘\n]{1,300}’(?!\w)|" + QUOTATION.pattern)


def quotations(text: str, quotation: re.Pattern[str] = QUOTATION) -> list[tuple[int, int]]:
    """The character spans of the article's quotations, in order."""
    return [(m.start(), m.end()) for m in quotation.finditer(text)]


def headline_quotations(hdoc: Doc | None) -> list[tuple[int, int]]:
    """The character spans of a headline's quotations, in single marks too; none without a headline."""
    return quotations(hdoc.text, HEADLINE_QUOTATION) if hdoc is not None else []


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """`offset` lies in one of `spans` (sorted, not overlapping: quotations.py's spans)."""
    k = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _phrase(tok: Token) -> tuple[str, str, str | None] | None:
    """(key, surface, name) of the noun phrase `tok` heads, or None when it heads none worth counting.
    A common noun's phrase that opens with a name ("the Tolvik Clean Air pressure group") is kept
    without it ("pressure group"), the name returned apart: a description of the named thing."""
    if tok.pos_ not in {"NOUN", "PROPN"} and not _particle_noun(tok):
        return None  # only nouns head a phrase (checked first: this runs on every token of the map)
    short = len(tok.text) < 3 and not (tok.lower_ in PARTICLES and _hyphened(tok, after=False))  # "tie-up"
    if tok.dep_ == "compound" or not tok.is_alpha or short or _hyphened(tok, after=True):
        return None
    if tok.pos_ == "PROPN":
        # A name ending in a common noun ("Water Metering Bill", "Markets Tribunal") is a phrase; a
        # plain name is a spelling (framing.py).
        if not any(c.dep_ == "compound" and c.i < tok.i for c in tok.children) or not _common_noun(tok.lower_):
            return None
    elif tok.pos_ != "NOUN" and not _particle_noun(tok):
        return None
    start = tok.i
    while start >= 2 and _hyphened(tok.doc[start], after=False):
        start -= 2  # "mega-merger", "eco-zealots", "anti-terror": one word to the reader
    for child in sorted((c for c in tok.children if c.i < start), key=lambda c: -c.i):
        if child.text in JOINERS and child.i == start - 1:
            start = child.i  # the hyphen of "mega-merger"
            continue
        qualifies = child.dep_ in MODIFIER_DEPS or (child.dep_ == "poss" and child.pos_ == "NOUN" and _possessive(child))
        if not qualifies or child.right_edge.i != start - 1:
            break  # not a modifier, or not next to the phrase ("the council's new budget")
        first = child.left_edge.i
        while child.dep_ == "poss" and first < child.i and tok.doc[first].pos_ == "DET":
            first += 1  # "the residents' group": the possessor's article is not the phrase's
        if any((t.pos_ in {"DET", "PRON"} and not _in_hyphened_word(t)) or t.pos_ == "NUM" or t.like_num
               for t in tok.doc[first:child.i + 1]):
            break  # (a determiner inside one hyphened word is part of it: "no-confidence motion", "rent-a-mob")
        start = first
        if first > child.left_edge.i:
            break
    while start >= 2 and _hyphened(tok.doc[start], after=False):
        start -= 2  # the rest of a hyphened word the modifiers end in ("rent-a-mob militants")
    tokens = [t for t in tok.doc[start:tok.i + 1]]
    while tokens and ((tokens[0].lower_ in _PLAIN_OR_UNITS and not _hyphened(tokens[0], after=True))
                      or tokens[0].text in JOINERS):
        tokens = tokens[1:]  # (a plain word opening a hyphened word is part of it: "top-class orchestra", "brand-new stadiums")
    if len(tokens) > 1 and _after_figure(tokens[0]) and not (_hyphened(tokens[0], after=True) and tokens[0].i >= 1
                                                             and tokens[0].doc[tokens[0].i - 1].whitespace_):
        tokens = tokens[1:]  # "a 14.6 billion krona merger", "4.7-billion-crown plan": the figure's unit; not a
        # hyphened word after a figure written apart, which counts the phrase ("two brand-new stadiums", "one long-serving
        # porter", "three non-executive trustees": no "-new stadiums"; test_wording.py::test_wording_phrase_keys)
    name = None
    names = [k for k, t in enumerate(tokens) if t.pos_ == "PROPN"]
    if tok.pos_ != "PROPN" and names:
        # The words after a name the phrase opens with describe the named thing ("the Tolvik Clean Air
        # pressure group"), and so do those after the last name inside a phrase too long to keep whole
        # ("the proposed Ingleby Quay data centre": "data centre" of "ingleby quay";
        # test_wording.py::test_wording_phrase_keys).
        first = 0 if names[0] == 0 else names[-1]
        while first > 0 and _in_name(tokens, first - 1):
            first -= 1
        end = first
        while end < len(tokens) and _in_name(tokens, end):
            end += 1
        rest = tokens[end:]
        while rest and (rest[0].tag_ == "POS" or rest[0].text in JOINERS):
            rest = rest[1:]  # "Velmora's beloved Games gamble": the possessive's "'s" goes with the name
        if len([t for t in rest if t.is_alpha]) >= 2 and (first == 0 or len([t for t in tokens if t.is_alpha]) > MAX_WORDS):
            name = " ".join(t.lower_ for t in tokens[first:end])
            tokens = rest
    content = [t for t in tokens if t.is_alpha]
    if not content or len(content) > MAX_WORDS or any(t.is_punct and t.text not in JOINERS for t in tokens):
        return None
    surface = tok.doc[tokens[0].i:tok.i + 1].text  # (not doc.text: joined anew on every call)
    key = "".join(t.lower_ + t.whitespace_ for t in tokens[:-1]) + tok.lemma_.lower()
    return key, surface, name


def _in_name(tokens: list[Token], k: int) -> bool:
    """`tokens[k]` is a word of a name: a proper noun, or "of", "and", "the" between two ("Bank of
    Kilbracken": no phrase "of Kilbracken spokesman"; test_wording.py::test_wording_phrase_keys)."""
    t = tokens[k]
    return t.pos_ == "PROPN" or (t.pos_ in {"ADP", "CCONJ", "DET"} and 0 < k < len(tokens) - 1
                                 and tokens[k - 1].pos_ == "PROPN" and tokens[k + 1].pos_ == "PROPN")


def _particle_noun(tok: Token) -> bool:
    """A verb's particle joined to it by a hyphen and standing where a noun stands ("the shake-up
    being drawn up", "a carve-up"): the tagger reads the particle, but the reader reads one noun."""
    return tok.lower_ in PARTICLES and _hyphened(tok, after=False) and tok.dep_ in NOUN_DEPS


# Where a noun stands in a clause (a particle noun's dependency: `_particle_noun`).
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT", "oprd"})


def _in_hyphened_word(tok: Token) -> bool:
    """`tok` is joined by a hyphen, without spaces, to the word before or after it ("no" of "no-confidence")."""
    return _hyphened(tok, after=True) or _hyphened(tok, after=False)


def _after_figure(first: Token) -> bool:
    """The word right after a figure ("billion krona", "4.7-billion-crown"): the figure's unit."""
    doc = first.doc
    before = first.i - 1
    if before >= 1 and doc[before].text == "-" and not doc[before].whitespace_:
        before -= 1
    return before >= 0 and (doc[before].like_num or doc[before].pos_ == "NUM")


def _head(tok: Token, key: str) -> str:
    """The phrase's head word: the noun's lemma, or the whole of a verb-and-particle noun written with
    a hyphen ("tie-up", "phase-out", "sell-off"), whose last part alone names nothing."""
    if tok.lower_ in PARTICLES and "-" in key:
        return key.rsplit(" ", 1)[-1]
    return tok.lemma_.lower()


def _amounts(tok: Token) -> list[str]:
    """The figures a phrase is given ("a 7 per cent fare rise", "a giveaway worth £14 million"): two
    outlets giving one thing the same figure name the same thing."""
    found = []
    for child in tok.children:
        if child.dep_ in {"nummod", "compound", "amod", "quantmod", "npadvmod", "prep"}:
            found += [t.text.replace(",", "") for t in child.subtree if t.like_num and t.text[:1].isdigit()]
    return found[:2]


def _add_slot(slots: list[str], slot: str) -> None:
    if slot not in slots:
        slots.append(slot)


def _name(tok: Token) -> str:
    """A name with the words compounded before it, lower-cased ("digital freedom kestland")."""
    first = min([tok.i, *(c.left_edge.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i)])
    return " ".join(t.lower_ for t in tok.doc[first:tok.i + 1])


def _possessive(tok: Token) -> bool:
    """A plural possessor that says what kind of thing it is ("residents' group", "workers’ union"),
    not whose it is ("the government's bill")."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in {"’", "'"} and tok.lower_.endswith("s")


def _hyphened(tok: Token, after: bool) -> bool:
    """`tok` is joined by a hyphen, without spaces, to the word after it (or before it)."""
    doc = tok.doc
    if after:
        return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_


@lru_cache(maxsize=8192)
def _noun_only(word: str) -> bool:
    """WordNet knows the word as a noun and as nothing else ("affair", not "reopen", "confident", "chief")."""
    from ..judge.wordnet import wordnet

    wn = wordnet()
    return bool(wn.synsets(word, "n")) and not any(wn.synsets(word, pos) for pos in ("v", "a", "r"))


@lru_cache(maxsize=8192)
def _common_noun(word: str) -> bool:
    from ..judge.wordnet import wordnet

    return bool(wordnet().synsets(word, "n"))


def _slots(tok: Token) -> list[str]:
    """The verb a phrase is the object or subject of ("block:dobj", "vote:for") and the names attached
    to it ("of:korvax" for "Korvax's takeover", "the merger with Tessel")."""
    slots = [f"n:{n}" for n in _amounts(tok)]
    if tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and tok.head.pos_ == "VERB":
        slots.append(f"{tok.head.lemma_.lower()}:{tok.dep_}")
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        slots.append(f"{tok.head.head.lemma_.lower()}:{tok.head.lower_}")
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN":
        slots.append(f"{tok.head.head.lemma_.lower()}:{tok.head.lower_}")  # "clearance for the tie-up"
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            slots.append(f"of:{child.lower_}")
        elif child.dep_ == "prep" and child.lower_ in {"of", "with", "between", "by", "for", "on"}:
            slots += [f"of:{g.lower_}" for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return slots


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_PLAIN_OR_UNITS = PLAIN_MODIFIERS | UNITS
