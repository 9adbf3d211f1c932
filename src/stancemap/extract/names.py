"""Person names the tagger misses or mislabels, found by two general signals: a known first name
(gender-guesser's dictionary of given names) followed by a capitalised surname, or a role word
followed by two or three capitalised words ("spokeswoman Lenka Dostal"). Also the gender a
first name or a gendered role word implies, which pronoun resolution respects."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..tables import derived_table
from .lexicon import PERSON_ROLES, SPEECH_VERBS
from .places import is_place

FEMALE_ROLES = {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "duchess",
                "empress", "actress", "mrs", "ms", "madam", "madame", "mother", "wife", "sister", "daughter"}
MALE_ROLES = {"spokesman", "chairman", "congressman", "businessman", "king", "prince", "duke", "emperor",
              "mr", "sir", "father", "husband", "brother", "son"}


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Lower-cased given name -> "female", "male" or "either", from gender-guesser's dictionary
    (its answer over all countries), built once and kept on disk (tables.py)."""

    def build() -> dict[str, str]:
        import gender_guesser.detector as detector

        found = detector.Detector(case_sensitive=False)
        table = {}
        for name in found.names:
            answer = found.get_gender(name)
            if answer in {"female", "mostly_female"}:
                table[name] = "female"
            elif answer in {"male", "mostly_male"}:
                table[name] = "male"
            elif answer == "andy":
                table[name] = "either"
        return table

    return derived_table("given-names", "gender-guesser", build)  # type: ignore[no-any-return]


def first_name_gender(word: str) -> str | None:
    """"female"/"male" for a known given name, "either" for an ambiguous one, None if unknown."""
    if not word[:1].isupper() or len(word) < 2:
        return None
    return _given_names().get(word.lower())


@lru_cache(maxsize=1)
def _leaning_names() -> frozenset[str]:
    """Lower-cased given names gender-guesser gives only as "mostly" one gender over all countries ("Robin", "Kelly",
    "Jamie"): a hint, which an article's own pronouns for the person overrule (pronouns.person_gender)."""

    def build() -> list[str]:
        import gender_guesser.detector as detector

        found = detector.Detector(case_sensitive=False)
        return sorted(n for n in found.names if found.get_gender(n) in {"mostly_female", "mostly_male"})

    return frozenset(derived_table("given-names-leaning", "gender-guesser", build))


def leaning_name(word: str) -> bool:
    """The given name is only mostly one gender (`_leaning_names`)."""
    return word.lower() in _leaning_names()


def gender(name: str, roles: list[str], leaning: bool = True) -> str | None:
    """"female"/"male" by a gendered role word, else by the given name of a name of two words or more; with
    `leaning` false, not by a given name that is only mostly one gender (`_leaning_names`)."""
    words = {w.lower().strip(".") for r in roles for w in r.replace("-", " ").split()}
    if words & FEMALE_ROLES:
        return "female"
    if words & MALE_ROLES:
        return "male"
    first = name.split()[0] if name.split() else ""
    found = first_name_gender(first) if len(name.split()) > 1 else None
    if not leaning and leaning_name(first):
        return None
    return found if found in {"female", "male"} else None


# Last words that make a capitalised phrase a body, not a person.
ORG_HEADS = {"party", "ministry", "council", "institute", "centre", "center", "university", "committee", "union",
             "bank", "agency", "office", "group", "foundation", "association", "alliance", "front", "movement",
             "compact", "accord", "pact", "treaty", "organization", "organisation", "news", "times", "post", "radio",
             "television", "tv", "network", "press", "herald", "tribune", "journal", "company", "corporation",
             "fund", "forum", "league", "coalition", "army", "navy", "force", "forces", "command", "court",
             "parliament", "assembly", "senate", "congress", "government", "administration", "commission",
             # Regulators and public bodies ("the X Competition Board", "the Y Port Authority"): a person's
             # name never ends in these (test_speakers_board_named_on_a_weekday_is_a_body).
             "board", "authority", "bureau", "department", "federation", "secretariat", "directorate",
             "inspectorate", "tribunal", "chamber", "trust", "society", "club", "guild"}
# Last words of a firm's name ("Harriet Mutual", "Kelvar Holdings", "Velo Motors"): a person's name never ends in these
# either, and "the company" may be such a firm (roleholders.named_company; test_speakers_session24[a_firm_*])
# (a builder's or maker's plural, "X Homes", "Y Developments", "Z Industries", "W Works": typed a person by the vote, its
# spokeswoman given to its chief executive; tests/extract/test_speakers_session45.py::test_a_firm_named_by_a_plural)
FIRM_HEADS = frozenset({"mutual", "holdings", "insurance", "motors", "airlines", "airways", "logistics", "telecom",
                        "homes", "developments", "industries", "technologies", "properties", "builders", "works",
                        "estates"})
ORG_HEADS |= FIRM_HEADS
NOT_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def missed_names(doc: Doc) -> list[Span]:
    """Person names not already tagged PERSON: "Firstname Surname" with a known first name, or
    two or three capitalised words after a role word ("spokeswoman Lenka Dostal")."""
    # An "organisation" the tagger found may still be a person when it acts like one: titled
    # ("President Runa Korvel") or the subject of a verb. "reported by Al Jazeera" stays an organisation.
    tagged = {i for e in doc.ents if e.label_ in {"PERSON", "GPE", "LOC", "DATE", "FAC"}
              or (e.label_ == "ORG" and not _acts_like_person(e)) for i in range(e.start, e.end)}
    persons = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc) - 1:
        tok = doc[i]
        start = None
        if (_name_word(tok, tagged) and _name_word(doc[i + 1], tagged) and first_name_gender(tok.text)) or (
                first_name_gender(tok.text) in {"female", "male"} and (_speaking_pair(tok, persons)
                                                                        or _misparsed_surname(tok, tagged))) \
                or _described_pair(tok, tagged):
            start = i
        elif (tok.lower_ in PERSON_ROLES or person_word_before(tok)) and i + 2 < len(doc) \
                and _name_word(doc[i + 1], persons) and _name_word(doc[i + 2], persons):
            # After a role word only a PERSON tag stops a name: "spokeswoman Lenka Dostal" with
            # "Lenka" tagged a place is a person (test_speakers_role_before_mistagged_name).
            start = i + 1
        if start is None:
            i += 1
            continue
        end = start + 2
        while end < len(doc) and end - start < 3 and _name_word(doc[end], tagged) and doc[end - 1].whitespace_:
            end += 1
        if doc[end - 1].lower_ not in ORG_HEADS:  # "Meadow Party" is a party, whatever "Meadow" may be
            found.append(doc[start:end])
        i = end
    return found


def _described_pair(tok: Token, tagged: set[int]) -> bool:
    """Two capitalised words the tagger left untagged, a given name it does not know and a surname, set off by an
    apposition that is a role's word ("Quorin Oakes, chair of the tenants' committee, has ..."): a person; not any word
    WordNet files as a person, which a firm's trade may be ("X Steel, the country's largest steelmaker")
    (tests/extract/test_speakers_session45.py::test_an_untagged_name_described_as_a_person)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.i in tagged or tok.i + 1 in tagged:
        return False
    surname = doc[tok.i + 1]
    if tok.dep_ != "compound" or tok.head.i != surname.i or tok.pos_ != "PROPN" or surname.pos_ != "PROPN" \
            or not (_capitalised(tok) and _capitalised(surname)) or surname.lower_ in ORG_HEADS \
            or surname.lower_ in NOT_NAMES or tok.lower_ in NOT_NAMES or is_place(tok.text) or is_place(surname.text) \
            or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
        return False
    return surname.i + 1 < len(doc) and doc[surname.i + 1].text == "," and any(
        c.dep_ == "appos" and c.i > surname.i + 1 and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ROLES
        for c in surname.children)


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()


def person_word_before(tok: Token) -> bool:
    """"Bosun Aldo Quennell-Marsh disagreed": a capitalised word for a person (WordNet's first noun sense noun.person),
    no given name itself, that the parse hung on the name after it as a compound is a role before the name, as a role
    word is (tests/extract/test_speakers_session44.py::test_a_word_for_a_person_before_an_untagged_name)."""
    return tok.dep_ == "compound" and tok.head.i > tok.i + 1 and tok.text[:1].isupper() and not tok.text.isupper() \
        and first_name_gender(tok.text) is None and person_noun(tok.lower_)


@lru_cache(maxsize=4096)
def person_noun(lemma: str) -> bool:
    """The word's first noun sense in WordNet is filed noun.person ("skipper", "keeper", "pal")."""
    from ..judge.wordnet import NOUN_PERSON, wordnet

    return wordnet().lexfile(lemma, "n") == NOUN_PERSON


def _speaking_pair(tok, persons: set[int]) -> bool:  # type: ignore[no-untyped-def]
    """A known given name hung on the capitalised word after it, the pair a subject or set off by an apposition, which
    the tagger labelled a place, a body or a product ("Wenzel Strenik, a committee member ..., struck", "One of them,
    Civic Right's Wenzel Strenik, called", "Tancred Marrach, the yard's operations chief, told", "Mum-of-three Bronwen
    Stennet disagrees"): a person speaking, whatever the labels (test_speakers_session18[a_name_the_tagger_mislabelled])."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.i in persons or tok.i + 1 in persons:
        return False
    surname = doc[tok.i + 1]
    if tok.dep_ != "compound" or tok.head.i != surname.i or not tok.whitespace_ or surname.pos_ != "PROPN" \
            or not surname.is_alpha or not surname.text[:1].isupper() or surname.text.isupper() \
            or surname.lower_ in ORG_HEADS or surname.lower_ in NOT_NAMES or surname.lower_ in PERSON_ROLES \
            or tok.ent_type_ == "DATE" or (tok.i > 0 and doc[tok.i - 1].lower_ in PLACE_PREPS) \
            or tok.lower_ in PERSON_ROLES or surname.tag_ == "NNPS" or surname.ent_type_ == "NORP" \
            or (is_place(tok.text) and not _speaks(surname)):
        return False  # (not "Virginia Democrats": a place and a people)
    after = doc[surname.i + 1] if surname.i + 1 < len(doc) else None
    if after is not None and (after.pos_ == "PROPN" or after.lower_ in {"and", "of", "&"}):
        return False  # a longer name goes on ("General Warehouse and Distribution Union")
    subject = surname.dep_ in {"nsubj", "nsubjpass"} or (
        surname.dep_ == "appos" and surname.head.dep_ in {"nsubj", "nsubjpass"})
    return subject or any(c.dep_ == "appos" for c in surname.children)


def _speaks(surname) -> bool:  # type: ignore[no-untyped-def]
    """The pair is the subject of a verb of saying ("Dolores Pitkeld, for the union, tells councillors ..."): a given
    name that is also a place names a person there (test_speakers_session24[a_given_name_that_is_a_place])."""
    return surname.dep_ == "nsubj" and surname.head.lemma_.lower() in SPEECH_VERBS


def _misparsed_surname(tok, tagged: set[int]) -> bool:  # type: ignore[no-untyped-def]
    """A known given name the parse made a subject on its own, its capitalised surname read as an adverb or the like
    ("Aksel Brund, the party's leader, spoke first": the surname an adverb): a person's name when the pair is set off
    by a comma or the given name is the subject (test_speakers_session23[a_surname_parsed_as_an_adverb])."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or tok.i in tagged or tok.i + 1 in tagged or tok.pos_ != "PROPN" or not tok.whitespace_:
        return False
    surname = doc[tok.i + 1]
    if surname.pos_ in {"PROPN", "NOUN", "VERB", "AUX"} or not surname.is_alpha or not surname.text[:1].isupper() \
            or surname.text.isupper() or surname.lower_ in ORG_HEADS or surname.lower_ in NOT_NAMES \
            or surname.lower_ in PERSON_ROLES or is_place(tok.text):
        return False
    return doc[tok.i + 2].text == "," or tok.dep_ in {"nsubj", "nsubjpass"}


# Prepositions before a place ("in Santa Clara", "from Victoria Station").
PLACE_PREPS = frozenset({"in", "at", "from", "to", "near", "outside", "inside", "across", "around", "through"})


def _acts_like_person(ent: Span) -> bool:
    titled = ent.start > 0 and ent.doc[ent.start - 1].lower_ in PERSON_ROLES
    return titled or ent.root.dep_ in {"nsubj", "nsubjpass"}


def _name_word(tok, tagged: set[int]) -> bool:  # type: ignore[no-untyped-def]
    return (tok.i not in tagged and tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper()
            and not tok.text.isupper() and tok.lower_ not in NOT_NAMES and tok.lower_ not in PERSON_ROLES)


def titled_name(span: Span) -> tuple[str, str] | None:
    """"Trust spokesperson Griselda Oakhill" -> ("Griselda Oakhill", "spokesperson"): a role word
    followed by two or more capitalised words is a person the tagger did not see."""
    tokens = list(span)
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].lower_ in PERSON_ROLES:
            name = tokens[k + 1:]
            if len(name) >= 2 and all(t.text[:1].isupper() for t in name):
                return span.doc[name[0].i: name[-1].i + 1].text, span.doc[span.start: tokens[k].i + 1].text
            return None
    return None


def proper_name(span: Span) -> str:
    """The capitalised words of a speaker phrase ("the Ostrelian General Staff" -> "Ostrelian General Staff")."""
    words = [t for t in span if not (t.i == span.start and t.lower_ in {"the", "a", "an"})]
    if not words or not all(t.text[:1].isupper() or t.lower_ in {"of", "for", "and", "-", "'", "’", "'s", "’s", "&"}
                            for t in words):
        return ""
    return span.doc[words[0].i: words[-1].i + 1].text


def body_name(span: Span) -> str:
    """The proper name of a speaker phrase headed by a body's word ("Workers' Union", "Chamber of
    Commerce"), or ""."""
    head = span.root
    if not _body_word(head):
        # "The Fenmoor and Coast Lifeboat Trust said": a name with "and" in it, parsed as two names joined,
        # is one body when its last part is headed by a body's word (test_speakers_session20[a_body_named_with_and])
        last = span[-1]
        name = proper_name(span)
        joined = last.dep_ == "conj" and last.head == head and _body_word(last)
        return name if joined and "and" in name.split() and name.endswith(last.text) else ""
    name = proper_name(span)
    return name if len(name.split()) >= 2 else ""


def _body_word(token: Token) -> bool:
    return token.lower_ in ORG_HEADS or (token.text[:1].isupper() and token.lower_ in BODY_WORDS)


# Heads of a body's name beyond ORG_HEADS, capitalised in a name ("Chamber of Commerce").
BODY_WORDS = frozenset({"chamber", "authority", "board", "bureau", "department", "federation", "society",
                        "council", "service", "agency", "fund", "club", "trust", "institute", "network"})


def name_head(name: str) -> str:
    """The word a body's name is headed by, lower-cased: the last, or the one before "of" or "for" ("Bank of Tarn":
    "bank"; "Office for Tunnel Safety": "office", so "the regulator" finds it: tests/extract/test_speakers_session30.py)."""
    words = name.lower().split()
    k = next((i for i, w in enumerate(words) if i > 0 and w in {"of", "for"}), len(words))
    return words[k - 1]
