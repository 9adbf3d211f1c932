"""Who speaks behind a phrase that names a role or a staff, not a person: "X's energy minister"
(the person this article titles so), "analysts at X Securities" (the firm), "the statistics office" (a
body described, not named). Used by speakers.SpeakerResolver."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..clean.dateline import in_dateline
from ..judge.wordnet import NOUN_GROUP
from ..model import Actor
from .actors import ActorIndex
from .lexicon import PERSON_ROLES, UNNAMED_SOURCES
from .mentions import Mention
from .names import FIRM_HEADS, ORG_HEADS, first_name_gender, name_head, proper_name
from .places import is_place

# People who speak for the firm or body they work at ("analysts at X said"): that body speaks.
STAFF_NOUNS = frozenset({"analyst", "economist", "researcher", "strategist", "expert", "official", "executive"})


def staff_body(index: ActorIndex, span: Span, inside: list[Mention]) -> Actor | None:
    """"Analysts at X Securities said", "economists of the X Bank": people who speak for the firm
    or body they are said to work at are that body; other unnamed sources stay unnamed
    (test_speakers_analysts_at_a_firm_speak_for_it)."""
    head = span.root
    if head.lemma_.lower() not in STAFF_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "of", "from", "with"}:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            start, end = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
            for m in inside:
                actor = index.by_id(m.actor)
                if start <= m.start and m.end <= end and actor is not None and actor.kind in {"organization", "media"}:
                    return actor
    return None


def staff_named(index: ActorIndex, span: Span) -> Actor | None:
    """"Analysts at Pendry Mottram said": people of a staff after whose preposition stands a proper name the tagger did not
    label (so no mention is inside the phrase) speak for the firm or body of that name; not a place ("analysts in
    Wendlow", "officials of Lestovia") nor a person's name (test_speakers_session19[analysts_at_an_untagged_firm])."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "of", "from", "with"}:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            if pobj.ent_type_ in {"GPE", "LOC", "NORP", "PERSON", "FAC"}:
                continue
            name = proper_name(span.doc[pobj.left_edge.i: pobj.i + 1])
            if not name or is_place(name) or first_name_gender(name.split()[0]) in {"female", "male"}:
                continue
            found = index.lookup(name)
            if found is not None:
                return found if found.kind in {"organization", "media"} else None
            return index.organization(name)
    return None


def owned_role_holder(index: ActorIndex, mentions: list[Mention], span: Span, inside: list[Mention]) -> Actor | None:
    """The person titled with the role a possessed role phrase names, before it or after it:
    one whose title holds the role's words ("energy minister"), else its role word."""
    head = span.root
    if any(m.start <= head.idx < m.end for m in inside):
        return None  # "Minister X" named in the phrase itself
    words = [t.lower_ for t in span if t.i <= head.i and (t == head or (t.dep_ in {"compound", "amod"}
                                                                        and t.head == head))]
    # The nearest holder named before, else the first named after.
    before = [m for m in mentions if m.start < span.start_char][::-1]
    after = [m for m in mentions if m.start >= span.end_char]
    persons = [a for m in before + after if (a := index.by_id(m.actor)) is not None and a.kind == "person"]
    owner = " ".join(t.lower_ for t in span if t.dep_ == "poss" or (t.dep_ == "compound" and t.head.dep_ == "poss"))
    for wanted in (words, [head.lower_]):
        for actor in persons:
            aff = (actor.affiliation or "").lower()
            if aff and owner and aff not in owner and owner not in aff and aff not in words:
                continue  # "Y's mayor" is not the mayor of Z
            if any(all(w in role.lower().split() for w in wanted) for role in actor.roles):
                return actor
    return None



def described_body(index: ActorIndex, span: Span) -> Actor | None:
    """"The statistics office said", "Dunvale police said", "the Trastovian foreign ministry", "the port workers'
    union says": a body described by words of its own (a noun, a proper possessor, a nationality) and named
    nowhere before is the body of that description; a bare "the union" or "the company" stays unnamed
    (test_speakers_session16[a_described_body])."""
    head = span.root
    lemma = head.lemma_.lower()
    # (a lower-case head the tagger may call a proper noun: "the Tarnish foreign ministry")
    if head.pos_ not in {"NOUN", "PROPN"} or not head.text.islower() or lemma in PERSON_ROLES \
            or lemma in UNNAMED_SOURCES or span[0].lower_ in {"a", "an"}:
        return None
    described = _describing(head)
    of = _of_field(head)
    if not described and of is not None and (a_body(lemma) or lemma in AGENCY_WORDS) and head.tag_ in {"NN", "NNP"}:
        # "The ministry of environment said": the body and its field after "of", a common noun in lower case, none before
        # the head (tests/extract/test_speakers_session45.py::test_a_body_described_after_of)
        return body_of_words(index, span.doc[head.i: of.i + 1])
    # (a plural is members, not one body: "the cruise lines", "Fuming families"; "police" is its own lemma)
    # (a public body's word WordNet files as a person, "the energy regulator", "the statistics watchdog", is a body here:
    # tests/extract/test_speakers_session30.py)
    if not described or (head.tag_ in {"NNS", "NNPS"} and lemma != head.lower_) \
            or not (a_body(lemma) or lemma in AGENCY_WORDS):
        return None
    # Its name: the describing words and the head ("Even the warehouse union, which": "warehouse union"), none before
    # the phrase (a dateline the parse hung on a possessor, "DALMORE, Sept 16 (Harbor Wire) - Quellmark's government":
    # test_speakers_session24[a_dateline_hung_on_the_subject])
    first = max(span.start, min(c.left_edge.i for c in described))
    return body_of_words(index, span.doc[first: head.i + 1])


def _of_field(head: Token) -> Token | None:
    """The field of a body written after its word with "of" ("ministry of environment", "department of transport"): the
    one noun in lower case (the tagger may call it a proper noun), with no determiner or word of its own, that "of"
    takes; else None."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1):
        field = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if field is not None and field.i == prep.i + 1 and field.tag_ in {"NN", "NNP"} and field.text.islower() \
                and not any(True for _ in field.children):
            return field
    return None


def _describing(head: Token) -> list[Token]:
    """The words that describe a body before its head: a noun, a proper possessor, a nationality or a capitalised
    adjective ("the statistics office", "Kell Council's scrutiny committee", "the Ostrelian finance ministry")."""
    return [c for c in head.children if c.i < head.i and (
        c.dep_ in {"compound", "nmod"} or (c.dep_ == "poss" and c.pos_ == "PROPN")
        or (c.dep_ == "amod" and (c.ent_type_ in {"NORP", "GPE"} or (c.text[:1].isupper() and c.i > c.sent.start))))]


def described_elsewhere(index: ActorIndex, mentions: list[Mention], span: Span) -> Actor | None:
    """"The committee has backed ...", "the family said" with the body written out elsewhere in the article ("the
    Kell Council's scrutiny committee", "The Vesk family", "the Lathe Workers' Union" after it): a bare "the <body
    word>" (WordNet files it as a body of people) is that body, the nearest before, else the first after; named
    nowhere, it stays unnamed (test_speakers_session20[a_bare_body_named_elsewhere])."""
    if not _the_body_word(span) and not _bare_mass_body(span):
        return None
    return body_by_word(index, mentions, span.root, span.start_char)


def _bare_mass_body(span: Span) -> bool:
    """"Police said ...", "the police say", "Council said": a body's word alone with no article (capitalised only where it
    opens the sentence), or after "the" a word that is its own plural (its lemma is the word, "police"; a singular is
    _the_body_word's); taken up only as the body the article names by that word (body_by_word: "Kessel City Police"),
    never a body of its own
    (tests/extract/test_speakers_session45.py::test_a_bare_body_word_takes_up_the_named_body)."""
    head = span.root
    lemma = head.lemma_.lower()
    words = [t for t in span if t.lower_ != "the"]
    return len(words) == 1 and words[0].i == head.i and len(span) <= 2 and (len(span) == 1 or span[0].lower_ == "the") \
        and head.tag_ in {"NNS", "NN", "NNP", "NNPS"} and lemma == head.lower_ \
        and (head.text.islower() or (head.i == head.sent.start and head.text[1:].islower())) \
        and lemma not in PERSON_ROLES and lemma not in UNNAMED_SOURCES and not a_polity(lemma) and a_body(lemma)


def body_by_word(index: ActorIndex, mentions: list[Mention], head: Token, pos: int) -> Actor | None:
    """The body the article names or describes by the word `head` ("ministry": "the health ministry", "the Kell
    Ministry of Health"), the nearest before `pos`, else the first after (described_elsewhere; a document's body word,
    authors._body_word_author)."""
    lemma = head.lemma_.lower()
    found: list[tuple[int, Actor | Span]] = []  # (offset, a body named or the words describing one)
    for m in mentions:
        actor = index.by_id(m.actor)
        if actor is not None and actor.kind in {"organization", "group", "media"} and not m.locative \
                and name_head(actor.name) == head.lower_:
            found.append((m.start, actor))
    for token in head.doc:
        if token.i != head.i and token.tag_ == "NN" and token.lemma_.lower() == lemma and token.text.islower() \
                and (described := _describing(token)):
            found.append((token.idx, head.doc[min(c.left_edge.i for c in described): token.i + 1]))
    if not found:
        return None
    before = [f for f in found if f[0] < pos]
    _, best = max(before, key=lambda f: f[0]) if before else min(found, key=lambda f: f[0])
    return best if isinstance(best, Actor) else body_of_words(index, best)


def bare_body(index: ActorIndex, span: Span) -> Actor | None:
    """"The union says", "The committee backed", "the company said" with that body written out nowhere in the article
    (described_elsewhere first): the body the article names by its word alone, a body of this article only (issue 10's
    described sources, session 21: the lead's decision on session 19's bare-body question;
    test_speakers_described_sources[a_bare_union])."""
    head = span.root
    lemma = head.lemma_.lower()
    if not _the_body_word(span) or a_polity(lemma):
        return None
    return index.described_body(head.lower_)


def _the_body_word(span: Span) -> bool:
    """"The committee", "the family": "the" and one common noun in lower case that WordNet files as a body of people,
    no role of one person ("the minister") and none of the reporting's anonymous sources ("the official")."""
    head = span.root
    lemma = head.lemma_.lower()
    return len(span) == 2 and span[0].lower_ == "the" and head.tag_ == "NN" and head.text.islower() \
        and lemma not in PERSON_ROLES and lemma not in UNNAMED_SOURCES and a_body(lemma)


# Words above a noun's first WordNet sense that make it a polity or a place ("government", "regime": polity; "country",
# "nation": political unit; "city", "state", "town": location).
POLITY_WORDS = frozenset({"polity", "political unit", "location"})


@lru_cache(maxsize=4096)
def a_polity(lemma: str) -> bool:
    """"The government said", "the country", "the city": the noun's first sense is a polity or a place, whose words are
    the body of the country or city the article names, never a body called "government" of its own: left to
    described_elsewhere ("the Ostrelian government" written out) or unnamed (issue 10, session 22;
    test_speakers_described_sources_unnamed[the_government])."""
    from ..judge.wordnet import wordnet

    return bool(wordnet().hypernyms(lemma, "n", senses=1, depth=8) & POLITY_WORDS)


def body_of_words(index: ActorIndex, words: Span) -> Actor:
    """The body these words describe. A proper name or a nationality among them fixes which body it is ("the Ostrelian
    finance ministry", "Dunvale police"): one actor across articles; common words alone ("the finance ministry", "a
    council spokesperson") describe a body of this article only
    (test_speakers_session17::test_a_described_body_stays_in_its_article)."""
    fixed = any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE"} or (t.text[:1].isupper() and (
        t.i > t.sent.start or not _english_word(t.lower_))) for t in words)
    return index.organization(words.text) if fixed else index.described_body(words.text)


# Words that end a body's name whose first senses WordNet files as no body of people ("the hospital trust", "the
# port authority", "the chamber"; test_speakers_session21[a_body_word_wordnet_does_not_file]).
BODY_WORDS = frozenset({"authority", "trust", "chamber", "assembly"})


@lru_cache(maxsize=4096)
def a_body(lemma: str) -> bool:
    """One of the noun's first three senses is a body of people in WordNet ("office", "police", "ministry"), or it is one
    of BODY_WORDS."""
    from ..judge.wordnet import wordnet

    return lemma in BODY_WORDS or NOUN_GROUP in wordnet().lexfiles(lemma, "n", senses=3)


@lru_cache(maxsize=4096)
def _english_word(word: str) -> bool:
    """WordNet knows the word ("statistics"); a capitalised word opening a sentence that it does not know is a name
    the tagger read as an adjective ("Dunvale police said": test_speakers_session17)."""
    from ..judge.wordnet import wordnet

    return any(wordnet().synsets(word, pos) for pos in ("n", "v", "a", "r"))


# The subject pronoun of a possessive ("her party": "she").
SUBJECT_OF = {"her": "she", "his": "he"}


def says_of(span: Span, possessive: str, person: Actor) -> bool:
    """A person's body ("her family", "his club") whose words are of the person: the subject of the clause it reports
    is the subject pronoun of its possessive or a word of the person's name ("Her family said she had fought ...",
    "His club said Ebb would miss three weeks"): the body speaks about the person, not as the person's own voice; a
    pronoun elsewhere is anyone's ("His party said it would force a vote if he did not quit": his party's; the
    review of session 17; tests/extract/test_speakers_session17.py::test_speakers_a_body_speaking_of_its_person)."""
    verb = span.root.head  # the verb the body is the subject of
    names = {w.lower() for w in person.name.split() if w[:1].isupper()}
    pronoun = SUBJECT_OF.get(possessive)
    return any(s.dep_ in {"nsubj", "nsubjpass"} and (s.lower_ == pronoun or s.lower_ in names)
               for c in verb.children if c.dep_ == "ccomp" for s in c.children)


# Words for a company ("the company said"), answered by the latest firm named.
COMPANY_WORDS = frozenset({"company", "firm", "group", "operator", "carrier", "manufacturer", "maker", "insurer",
                           "lender", "retailer", "supplier", "developer", "corporation", "airline", "bidder"})


# A name ending in these is another body's, not a firm's: a union, a council (not "X Mutual", "X Holdings").
_OTHER_BODIES = ORG_HEADS - COMPANY_WORDS - FIRM_HEADS


# Words for a public body ("the agency said", "the regulator said"), answered by the latest body named whose name
# ends in a public body's word: "The X Food Safety Authority (XFSA) ... / The agency said ..." (named_agency).
AGENCY_WORDS = frozenset({"agency", "regulator", "watchdog"})
AGENCY_HEADS = frozenset({"agency", "authority", "commission", "office", "board", "bureau", "inspectorate",
                          "directorate", "administration", "service", "regulator", "department"})
# Verbs of making: their object, or the noun they describe with "by" ("a herbicide made by X"), is a product, never
# "the company" (named_company). Not "sell": a firm is sold as often as a product ("the state will sell Kelvane
# Telecom. The company said ...": test_speakers_session25.py::test_a_firm_sold_is_still_the_company).
MAKING = frozenset({"make", "produce", "manufacture", "market", "build", "assemble", "peddle", "develop"})


def named_agency(index: ActorIndex, mentions: list[Mention], head: Token, pos: int) -> Actor | None:
    """"The agency said": the latest organisation named before in the article whose name is headed by a public
    body's word (test_speakers_session25[the_agency_*])."""
    if getattr(head, "lower_", "") not in AGENCY_WORDS or any(c.dep_ != "det" for c in head.children if c.i < head.i):
        return None  # (only the bare word: "the energy regulator" may be another body than the one named last)
    for m in reversed(mentions):
        actor = index.by_id(m.actor) if m.start < pos else None
        if actor is None or actor.kind != "organization":
            continue
        # (a public body's name after "to" is no place: "had sent a letter to the Office for X asking the regulator"; or a
        # body the article writes by its initials alone, "The OTSA has issued a statement. The agency said ...":
        # tests/extract/test_speakers_session30.py)
        if name_head(actor.name) in AGENCY_HEADS or (_acronym(actor.name) and not m.locative):
            return actor
    return None


def _acronym(name: str) -> bool:
    """A body's name written as its initials alone ("OTSA")."""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def agency_of_words(index: ActorIndex, mentions: list[Mention], span: Span) -> Actor | None:
    """"Ostrine's competition regulator said ... The Ostrine Competition Board said", "Vardel's official statistics watchdog
    ... the Statistics Review Board": a public body's word described by common nouns of its own is the body the
    article names with those nouns and a public body's head word, the nearest before, else the first after (a wire's
    lede describes the body its next paragraph names); None where no such body is named (described_body then makes
    one of the description: "the energy regulator") (tests/extract/test_speakers_session30.py)."""
    head = span.root
    if head.lemma_.lower() not in AGENCY_WORDS or head.tag_ != "NN":
        return None
    nouns = {c.lower_ for c in _describing(head) if c.pos_ in {"NOUN", "PROPN"} and c.dep_ in {"compound", "nmod"}
             and c.ent_type_ not in {"GPE", "NORP", "LOC"}}
    if not nouns:
        return None
    found: list[tuple[int, Actor]] = []
    for m in mentions:
        actor = index.by_id(m.actor)
        if actor is not None and actor.kind == "organization" and not m.locative \
                and name_head(actor.name) in AGENCY_HEADS and nouns <= set(actor.name.lower().split()):
            found.append((m.start, actor))
    if not found:
        return None
    before = [f for f in found if f[0] < span.start_char]
    return (max(before, key=lambda f: f[0]) if before else min(found, key=lambda f: f[0]))[1]


def products(doc: Doc) -> frozenset[str]:
    """The names the article gives as what a firm makes or sells ("X, which makes Pellacide", "Tavisol, a spray made by X",
    "the Corla is assembled at X's plant"): lower-cased texts of the object of a verb of making, of the noun a "made
    by" participle describes, and of a subject of a passive verb of making (tests/extract/test_speakers_session25.py::
    test_products_are_what_a_firm_makes)."""
    cached = doc.user_data.get("stancemap_products")
    if cached is not None:
        return cached
    found: set[str] = set()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in MAKING:
            continue
        for c in tok.children:
            if c.dep_ in {"dobj", "nsubjpass"}:
                found.add(c.text.lower())
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            noun = tok.head
            found.add(noun.text.lower())
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "attr" else None
            if subject is not None:
                found.add(subject.text.lower())  # "Tavisol is a herbicide made by X": Tavisol
    cached = frozenset(found)
    doc.user_data["stancemap_products"] = cached
    return cached


def named_company(index: ActorIndex, mentions: list[Mention], head: Token, pos: int, sentence_index: int) -> Actor | None:
    """"The company said": the latest organisation named within two sentences whose name is not headed by another
    body's word (a union, a council); none that near, the firm the article made a subject first ("Holmbeck Freight
    offered ... / ... / The company says ...": test_speakers_session18[the_company_the_article_is_about])."""
    if getattr(head, "lower_", "") not in COMPANY_WORDS:
        return None

    made = products(head.doc) if isinstance(head, Token) else frozenset()
    text = head.doc.text if isinstance(head, Token) else ""

    def firm(m: Mention) -> Actor | None:
        actor = index.by_id(m.actor)
        if actor is None or actor.kind != "organization" or m.locative:
            return None
        last = actor.name.lower().split()[-1]
        # (a product the article says a firm makes is not the firm: products; nor a wire dateline's city or agency,
        # "TASBY, Feb 10 (HBW) - Vennick Motors ...": tests/extract/test_speakers_session25.py::test_in_dateline)
        ok = last not in _OTHER_BODIES and last not in made and not in_dateline(text, m.start, m.end)
        return actor if ok else None

    near = [(m, actor) for m in reversed(mentions) if m.start < pos and m.sent >= sentence_index - 2
            and (actor := firm(m)) is not None]
    # (the latest firm that is a subject within two sentences before another firm named nearer as a modifier or object,
    # "Ludmere Water said a burst main under the Ludgate Freight depot had cost it ... Company figures put ...":
    # tests/extract/test_speakers_session26.py::test_the_company_is_the_firm_that_spoke)
    near.sort(key=lambda p: not p[0].subject)
    if near:
        return near[0][1]
    return next((a for m in mentions if m.start < pos and m.subject and (a := firm(m)) is not None), None)
