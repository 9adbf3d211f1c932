"""How the frames write a thing (frames.py): its key (`head_key`: a lemma, a name lower-cased), the
phrase it is written with (`written_phrase`: "the Water Metering Bill", "Dunstaple's merger with
Cadwallow", amounts left out), a proper name as written (`written_name`: "the Bank of Talmoria", a
headline's label before a name left out) and the headline's words (`headline_words`)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from .frames_nouns import lexfile
from .text import with_word

# A frame's object phrase is kept when it is short enough to stand in a question.
MAX_PHRASE_WORDS = 9


def headline_words(sdoc: Doc, title: str | None) -> list[str]:
    """The headline's words as the frames key things: a word the body writes too takes its lemma
    there ("rates" -> "rate"), a name is lower-cased ("Darvas" -> "darvas"): the body's parse names its
    words, as it did before the map parsed the headline on its own for its phrases (wording.with_headline),
    whose lemmas these could take."""
    if not title:
        return []
    # (letters of any script: "Vărescu" is one word, not "v" and "rescu")
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", title.lower())
    wanted = set(words)  # (only the headline's words are looked up: the last body token of each wins, as before)
    lemma_of = {t.lower_: (t.lower_ if t.pos_ == "PROPN" else t.lemma_.lower()) for i in with_word(sdoc, wanted)
                if (t := sdoc[i]).is_alpha and t.lower_ in wanted}
    found = {lemma_of.get(w, w) for w in words}
    return sorted(found)


# The words a yes/no question opens with (judge/proposition_phrases.QUESTION_WORDS, without the negative contractions: a
# headline asking "Won't ...?" mocks more than it asks).
ASKING = re.compile(r"^(will|would|should|can|could|does|do|did|is|are|was|were|has|have)\b", re.I)
# Where a headline's parts meet ("After the march: was the operation lawful?", "Explainer - Will X ...?"; both pinned by
# tests/test_question_asked.py::test_frames_the_yes_no_questions_a_headline_asks).
HEADLINE_PARTS = re.compile(r"(?<=[?!.:])\s+|\s+[-\u2013\u2014|]\s+|(?<=[A-Za-z])-(?=[A-Z][a-z])")


def headline_questions(sdoc: Doc, title: str | None) -> list[list[object]]:
    """The yes/no questions a headline asks, each with its words keyed as `headline_words` keys them ("After the march:
    was the Eastmoor operation lawful?" -> [["Was the Eastmoor operation lawful?", ["eastmoor", "lawful", "operation",
    "the", "was"]]]: tests/test_question_asked.py): the press's own statement of what is argued (question.py)."""
    if not title:
        return []
    found: list[list[object]] = []
    for part in HEADLINE_PARTS.split(title.strip()):
        part = part.strip().strip("'\"\u2018\u2019\u201c\u201d").strip()
        if part.endswith("?") and ASKING.match(part) and len(part.split()) >= 3 and not part.isupper():
            asked = part[:1].upper() + part[1:]
            found.append([asked, headline_words(sdoc, asked)])
    return found


def head_key(obj: Token) -> str:
    """A noun's lemma ("merger", "ship"), a name lower-cased ("vedder", "bill" for "the Water Metering
    Bill": a name and the common noun it ends in are one thing; `names` says which were names)."""
    return obj.lower_ if obj.pos_ == "PROPN" else obj.lemma_.lower()


def written_phrase(obj: Token) -> str | None:
    """The object as written, when it names something ("the Water Metering Bill", "Dunstaple's merger
    with Cadwallow", "coal power"): its determiner, possessor, modifiers and one of/with/on phrase; None
    for a bare common noun with nothing of its own. An amount and its unit are left out ("Dunstaple
    Rail's planned 3.2 billion euro merger with Cadwallow Freight" -> "... planned merger with ..."),
    and so is a time that owns it ("next year's climate summit", "Thursday's vote": when, not whose)."""
    keep = {obj.i}
    for child in obj.children:
        if child.dep_ in {"det", "poss", "compound", "amod", "nummod", "case"} and child.i < obj.i:
            if _amount(child) or (child.dep_ == "poss" and child.ent_type_ in {"DATE", "TIME"}):
                continue
            keep |= {t.i for t in child.subtree}
        elif child.dep_ == "prep" and child.lower_ in {"of", "with", "on", "to", "between", "for"} and child.i > obj.i:
            keep |= {t.i for t in child.subtree}
            break
    first, last = min(keep), max(keep)
    words = [t for t in obj.doc[first:last + 1] if t.i in keep or t.text in {"-", "–"}]
    if len(words) > MAX_PHRASE_WORDS or any(t.is_punct and t.text not in {"-", "–", "'s", "’s"} for t in words):
        return None
    if len(words) == 1 or (len(words) == 2 and words[0].dep_ == "det"):
        return None
    text = "".join(t.text_with_ws for t in words).strip()
    return text[0].lower() + text[1:] if words[0].dep_ == "det" else text


def written_sum(obj: Token) -> str | None:
    """A sum of money the object is, with its figure, as written ("12 million crowns", "2 billion euros"): the word of
    its currency alone ("the crowns") names no thing (tests/test_question_written.py::test_question_a_sum_keeps_its_figure).
    A sum is a noun with a number before it that WordNet files, in some sense, as a monetary unit or a currency."""
    if obj.pos_ != "NOUN" or not obj.is_alpha or not _money_unit(obj.lemma_.lower()):
        return None
    figures = [t for c in obj.children if c.i < obj.i and c.dep_ in {"nummod", "compound"} for t in c.subtree if t.like_num]
    if not figures:
        return None
    return obj.doc[min(t.i for t in figures):obj.i + 1].text


@lru_cache(maxsize=4096)
def _money_unit(noun: str) -> bool:
    from ..judge.wordnet import wordnet

    wn = wordnet()
    return bool({"monetary unit", "currency"} & wn.hypernyms(noun, "n", senses=len(wn.synsets(noun, "n")), depth=3))


def _amount(child: Token) -> bool:
    """A modifier giving an amount, not a name: a figure other than a year ("14.6 billion"), or the
    unit right after one ("krona", "crown" in "4.7-billion-crown"). A number hyphened to its unit that is no sum
    of money, share or size ("a four-day week", "a 32-hour week", "the two-child limit") says which kind of thing it
    is, not how much of it: kept (tests/test_question_written.py::test_frames_keep_a_kind_said_with_a_number)."""
    if _kind_by_number(child):
        return False
    if any((t.like_num or t.pos_ == "NUM") and not YEAR.fullmatch(t.text) for t in child.subtree):
        return True
    doc, before = child.doc, child.i - 1
    if before >= 1 and doc[before].text == "-" and not doc[before].whitespace_:
        before -= 1
    return before >= 0 and doc[before].like_num and not YEAR.fullmatch(doc[before].text)


YEAR = re.compile(r"(?:19|20)\d\d")
# What a number hyphened to a unit measures when it is an amount, not a kind ("a 5-billion-crown deal", "a 5-percent
# rise", "the 300-metre pier": a sum, a share, a size).
AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def _kind_by_number(child: Token) -> bool:
    """A modifier that is a number hyphened to its unit, written as one word ("four-day", "32-hour", "two-child"),
    measuring no sum of money or share."""
    words = list(child.subtree)
    if any(t.ent_type_ in AMOUNTS for t in words) or len(words) != 3:
        return False
    number, hyphen, unit = words
    return ((number.like_num or number.pos_ == "NUM") and hyphen.text in {"-", "–"} and not number.whitespace_
            and not hyphen.whitespace_ and unit.is_alpha and unit.i == child.i)


def written_name(tok: Token) -> str | None:
    """The proper name a token heads ("the Harbor Pact"), or None for common nouns and pronouns."""
    if tok.pos_ != "PROPN":
        return None
    ent = next((e for e in tok.doc.ents if e.root.i == tok.i), None) if tok.ent_type_ else None
    if ent is not None and len(ent) <= 6 and any(t.lower_ == "of" for t in ent):
        # "the Bank of Talmoria", "the Senate of Dusmara": the name goes on after its head.
        return ent.text[0].lower() + ent.text[1:] if ent[0].lower_ == "the" else ent.text
    words = [t for t in tok.subtree if (t.i <= tok.i and (t.pos_ == "PROPN" or t.lower_ == "the")
             and t.dep_ in {"compound", "det", "amod"}) or t.i == tok.i]
    words = [t for t in words if t.i >= tok.i - 4]
    if len(words) >= 2 and words[0].lower_ == "the" and words[1].i > words[0].i + 1:
        words = words[1:]  # "the Sarvonian journalist Ilka Dravet": the "the" is the description's, not the name's
    while len(words) >= 3 and words[0].pos_ == "PROPN" and _label(words[0]):
        words = words[1:]  # a title-case headline's label run into the name: "Campaigners Seraphina Gorrindge"
    text = " ".join(t.text for t in words)
    return text if (text and text[0].isupper()) or text.startswith("the ") else None


def _label(tok: Token) -> bool:
    """A capitalised plural noun for people ("Campaigners", "Residents"; WordNet's noun.person or
    noun.group): a label before a name, never its first word
    (tests/test_question.py::test_frames_a_headline_label_is_not_part_of_the_name)."""
    word = tok.lower_  # (a PROPN keeps its plural as its lemma)
    singular = [word[:-3] + "y"] if word.endswith("ies") else [word[:-1], word[:-2]] if word.endswith("s") else []
    return any(lexfile(w) in {14, 18} for w in singular if len(w) > 2)


def compared_option(than: Token) -> Token | None:
    """The option a comparison's "than" names, its object when a noun or a name ("cheaper than buses", "better value than
    the coach upgrade"), else None ("than expected", "than forty"). A bare verb as its object is a noun misread
    ("than the Brennock day pass" with "pass" a VB; a preposition never governs a bare verb). The one reading of it: the
    frames' degrees (frames._compared_with) and the question's proposition (proposition.compared_with, which
    judge/terms.py reads; the bare verb: tests/judge/test_proposition_comparison.py::
    test_a_bare_verb_after_than_is_the_option)."""
    return next((c for c in than.children if c.dep_ == "pobj" and (c.pos_ in {"NOUN", "PROPN"} or c.tag_ == "VB")), None)
