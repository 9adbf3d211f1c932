"""A subject described and named between commas: "The main opposition party, <Name>, said", "The mayor of
Kelmsby, Jolanta Inchcombe, told": the name the description's apposition or its complement carries speaks (clauses.py's
speaker_span reads them; moved out of clauses.py to keep it under 400 lines)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import PERSON_ROLES
from .names import ORG_HEADS, first_name_gender
from .roleholders import a_body


def appositive_name(subject: Token) -> Token | None:
    """"The main opposition party, <Name>, said", "Its chair, <Name>, said", "The operator, the <Name>
    Authority, says": a description whose apposition between commas is a proper name is named by it
    (test_speakers_appositive_name_speaks)."""
    # ("One of the two members who voted against, X's Wenzel Strenik, called ...": a number of a group, described)
    one_of = subject.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    # ("The team's backers, the Pellham Sport Group, have promised": a plural described by one body's name, below)
    owners = subject.tag_ == "NNS" and any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in subject.children)
    if (subject.pos_ != "NOUN" or subject.ent_type_ or subject.tag_ != "NN") and not one_of and not owners:
        return None
    doc = subject.doc
    for c in subject.children:
        if c.dep_ != "appos" or c.i < subject.i:
            continue
        if _name_right_after(subject, c):
            return c
        # (the commas may hang on the apposition itself: "The union representing X, the UHW, says")
        words = [t for t in c.subtree if not t.is_punct]
        first, last = words[0], words[-1]
        if first.i == subject.i + 1 and c.pos_ == "PROPN" and c.ent_type_ == "ORG" and first.ent_iob_ == "B" \
                and (subject.lemma_.lower() in ORG_HEADS or a_body(subject.lemma_.lower())):
            # "The transparency group Open Books Initiative said", no commas: the body's word and its name (the
            # tagger's, from its first word) (test_speakers_session21[a_body_word_then_its_name])
            return c
        # (or the sentence's end, after a cue that comes first: '"...," said its transport adviser, Rufus Ashgrove.';
        # test_speakers_session21[a_name_after_an_inverted_cue])
        ends = last.i + 1 < len(doc) and (doc[last.i + 1].text in {",", "—", "–"} or (
            doc[last.i + 1].text in {".", "!", "?"} and subject.head.i < subject.i))
        if first.i == 0 or doc[first.i - 1].text != "," or not ends:
            continue
        if c.pos_ == "PROPN" and c.text[:1].isupper():
            return c
        # "Another resident, retired nurse Hortense Mossop, said": a description of the person named after it
        # (test_speakers_session18[a_description_named_between_commas])
        named = next((g for g in c.children if g.dep_ == "appos" and g.i > c.i and g.ent_type_ == "PERSON"), None)
        if c.pos_ == "NOUN" and named is not None:
            return named
    return None


def _name_right_after(subject: Token, name: Token) -> bool:
    """"His cousin Ivo Arnholt-Pike, 26, thinks", "Dockers' leader Anke Tolvanen, 51, argued": a lower-case word for a person
    followed with no comma by a proper name of two words or more that the parse made its apposition (the tagger, thrown
    by the age after it, tagged no person) is named by it (tests/extract/test_speakers_session44.py)."""
    from ..judge.wordnet import NOUN_PERSON
    from .frames_nouns import lexfile

    words = subject.doc[name.left_edge.i: name.i + 1]
    lemma = subject.lemma_.lower()
    return name.pos_ == "PROPN" and name.left_edge.i == subject.i + 1 and subject.text.islower() \
        and (lemma in PERSON_ROLES or lexfile(lemma) == NOUN_PERSON) \
        and sum(t.is_alpha for t in words) >= 2 and all(t.text[:1].isupper() or t.text == "-" for t in words) \
        and not any(t.ent_type_ in {"ORG", "NORP"} for t in words)


def role_holder_between_commas(subject: Token) -> Span | None:
    """"The mayor of Kelmsby, Jolanta Inchcombe, told ...", "The president of the X Chamber, Eero Belstrom, said":
    a role whose holder's name stands between commas after its complement, where the parse hung the name on
    the complement's noun, is named by it (test_speakers_session15[a_role_named_after_its_complement])."""
    if subject.lemma_.lower() not in PERSON_ROLES or subject.ent_type_ or subject.tag_ != "NN":
        return None
    doc = subject.doc
    for t in subject.subtree:
        if t.i <= subject.i or t.pos_ != "PROPN" or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            continue
        start = t.i
        while start - 1 > subject.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == t.i:
            start -= 1  # the name's first words, hung on its last
        person = t.ent_type_ == "PERSON" or (start < t.i and first_name_gender(doc[start].text) is not None)
        if person and doc[start - 1].text == "," and t.i + 1 < len(doc) and doc[t.i + 1].text in {",", "—", "–"}:
            return doc[start:t.i + 1]
    return None
