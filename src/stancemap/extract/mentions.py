"""Name mentions in a parsed document, with the role and affiliation their titles and
appositions give ("Russian Deputy Foreign Minister A. B." -> role, affiliation)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..clean.dateline import in_dateline_place
from ..judge.wordnet import NOUN_GROUP, NOUN_PERSON
from .lexicon import DASHES, PERSON_ROLES, SPEECH_VERBS
from .names import ORG_HEADS, first_name_gender, missed_names, person_word_before
from .text import doc_text, with_word

LOCATIVE = {"in", "at", "from", "to", "into", "near", "across", "outside", "inside", "toward", "towards",
            "throughout", "around", "via"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# The tagger's labels for a title or a thing that a body's name sometimes gets.
MISREAD_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT"}
# Words that qualify a role ("Foreign Minister", "Deputy Prime Minister") rather than name a side.
TITLE_WORDS = {"foreign", "defence", "defense", "interior", "finance", "economy", "justice", "health", "prime",
               "vice", "deputy", "first", "chief", "senior", "presidential", "former", "acting", "opposition",
               "state", "federal", "national", "executive", "general", "permanent", "special", "assistant",
               "associate", "army", "naval", "military", "party", "parliamentary", "principal", "lead", "top",
               "mr", "mrs", "ms", "dr", "sir", "madam", "lord", "lady", "prof", "professor", "dame"}
TITLE_DEPS = {"compound", "amod", "nmod", "punct", "poss", "case"}


@dataclass
class Mention:
    doc: str
    start: int  # char offsets in the body
    end: int
    text: str
    label: str  # spaCy's entity label, before actors.py overrules it
    sent: int  # sentence index in the document
    role: str | None = None
    affiliation_text: str | None = None  # as written: "Russian", "NATO"
    actor: str | None = None  # filled by actors.build_actors
    subject: bool = False  # the name is the subject of its clause
    locative: bool = False  # "in X", "from X", "to X": a place-like use
    # The pronoun that takes the name up in its own clause: "it" ("X said it was ready", "X sold its
    # stake") or "he"/"she"; "" when none does. A company the tagger calls a person says "it".
    pronoun: str = ""

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def clean_name(span: Span) -> tuple[int, int, str]:
    """Trim a leading "the" and a trailing possessive from an entity span."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or any(ch.isdigit() for ch in tokens[0].text)
                      or tokens[0].text in DASHES):
        # an article, a live blog's time stamp run into the name ("8.30pm Osterdahl"), the dash that
        # signs a quotation ("― Ana Huerta"; test_speakers_participles_a_signed_quotation)
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].pos_ == "VERB" and tokens[0].lemma_.lower() in SPEECH_VERBS:
        # an inverted cue the tagger ran into the name ("Said Brandt: ..."; test_speakers_participles); looser
        # than clauses._inverted_cue, which reads the parse: inside an entity "Said" may hang on the surname
        tokens = tokens[1:]
    spaced = next((k for k, t in enumerate(tokens) if k and t.text in DASHES and tokens[k - 1].whitespace_
                   and t.whitespace_), None)
    if spaced is not None:
        # a name ends at a dash set off by spaces, which opens an aside ("Owen Brach - the militant who
        # ..." tagged as one name made "the" his surname; test_mentions_a_name_ends_at_a_spaced_dash)
        tokens = tokens[:spaced]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in {"'s", "’s", "'"} or tokens[-1].is_punct):
        tokens = tokens[:-1]  # a possessive, or a quotation mark the tagger took in ("Thaddeus Orvell''")
    if not tokens:
        return span.start_char, span.start_char, ""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end, doc_text(span.doc)[start:end]


def find_mentions(doc_id: str, sdoc: Doc) -> list[Mention]:
    sent_of = {}
    for i, sent in enumerate(sdoc.sents):
        for tok in sent:
            sent_of[tok.i] = i
    mentions = []
    extra = missed_names(sdoc)
    taken = {i for span in extra for i in range(span.start, span.end)}
    entities = [e for e in sdoc.ents if not any(i in taken for i in range(e.start, e.end))]
    for span in extra:
        entities.append(Span(sdoc, span.start, span.end, label="PERSON"))
    entities = _role_run_into_name(sdoc, [part for e in entities for part in _split_possessor(e)])
    headline = _headline_tokens(sdoc)
    # (not in a title-case headline, where every word is capitalised)
    entities.extend(span for span in untagged_bodies(sdoc, taken) if span.start not in headline)
    for ent in sorted(entities, key=lambda e: e.start):
        if ent.label_ in MISREAD_LABELS and ent[-1].lower_ in ORG_HEADS and ent[-1].text[:1].isupper():
            # "The Fenby Tenants' Association" tagged a work of art: a name ending in a body's word is a body
            # (test_speakers_session21[a_body_tagged_a_work_of_art])
            ent = Span(sdoc, ent.start, ent.end, label="ORG")
        if ent.label_ not in NAME_LABELS:
            continue
        if ent.start in headline:
            trimmed = _in_headline(ent, sdoc)
            if trimmed is None:
                continue
            ent = trimmed
        ent = _extend_of_phrase(_extend_body_name(_extend_hyphenated(_extend_given_name(ent))))
        ent = _extend_described_body(ent)
        start, end, text = clean_name(ent)
        if not text or not any(ch.isalpha() for ch in text):
            continue
        # (the tagger's label, corrected by the words around the name; "BODY": a body's name for certain, kinds.py)
        label = "PERSON" if ent.label_ == "ORG" and _described_as_person(ent, text) else \
            "ORG" if ent.label_ == "PERSON" and (_named_after_a_body(ent, text) or _described_as_body(ent)) else \
            "BODY" if ent.label_ in {"PERSON", "ORG"} and _titles_a_person(ent, text) else ent.label_
        # (a wire dateline's place, "OSKEL, May 2 (Wire) - ", is where the report was filed: a place whatever the tagger
        # said; clean/dateline.py, tests/extract/test_speakers_session26.py::test_a_dateline_place_is_a_place)
        filed = in_dateline_place(ent[0])
        mention = Mention(doc_id, start, end, text, "GPE" if filed else label, sent_of.get(ent.start, 0),
                          subject=_subject(ent.root),
                          locative=(ent.start > 0 and sdoc[ent.start - 1].lower_ in LOCATIVE) or filed,
                          pronoun=_taken_up_by(ent))
        if ent.label_ == "PERSON" or _has_title(ent):
            mention.role, mention.affiliation_text = title_of(ent)
        mentions.append(mention)
    return mentions



def _role_run_into_name(sdoc: Doc, entities: list[Span]) -> list[Span]:
    """A capitalised role word the tagger ran into a known given name is no part of the person's name: "Spokeswoman
    Greta Vollan" tagged one entity (a person or a body) is the person Greta Vollan, and "Spokeswoman Greta" tagged
    apart from a person "Vollan" right after it is one person's name after the role
    (test_speakers_session24[a_role_run_into_the_given_name, a_role_run_into_a_whole_name])."""
    starts = {e.start: e for e in entities if e.label_ == "PERSON"}
    out, dropped = [], set()
    for e in sorted(entities, key=lambda e: e.start):
        after = starts.get(e.end)
        led = len(e) >= 2 and e[0].lower_ in PERSON_ROLES and e[0].text[:1].isupper() \
            and first_name_gender(e[1].text) in {"female", "male"}
        if led and len(e) == 2 and after is not None:
            out.append(Span(sdoc, e.start + 1, after.end, label="PERSON"))
            dropped.add(after.start)
        elif led and 3 <= len(e) <= 4 and all(t.is_alpha and t.text[:1].isupper() for t in e[1:]):
            out.append(Span(sdoc, e.start + 1, e.end, label="PERSON"))
        elif e.label_ == "PERSON" and 3 <= len(e) <= 5 and person_word_before(e[0]) \
                and all(t.text[:1].isupper() or t.text == "-" for t in e[1:]) and sum(t.is_alpha for t in e[1:]) >= 2:
            # "Keeper Aldo Quennell" tagged one person: a word for a person before the name is no part of it
            # (names.person_word_before; test_speakers_session44[a_word_for_a_person_run_into_the_name])
            out.append(Span(sdoc, e.start + 1, e.end, label="PERSON"))
        elif e.start not in dropped:
            out.append(e)
    return out


def _split_possessor(ent: Span) -> list[Span]:
    """An entity run over a possessive into a person's name after it ("Brackley's Declan Furrow" tagged one body): the
    possessor, and the person from the known given name on (test_speakers_session23[a_body_run_into_a_persons_name])."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 2):
        if doc[k].tag_ == "POS" and first_name_gender(doc[k + 1].text) in {"female", "male"} \
                and doc[k + 2].text[:1].isupper() and doc[k + 2].is_alpha:
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label="PERSON")]
    return [ent]


def _described_as_person(ent: Span, text: str) -> bool:
    """A name of two or three words the tagger called an organisation, set beside an age or a word for a person ("Nadia
    Greyholm, 41, lives ...", "Oddny Varecka, a political scientist at X, said"): a person; not a name headed by a
    body's word ("Tarven Securities, a broker") (tests/extract/test_speakers_session20.py)."""
    words = text.split()
    return 2 <= len(words) <= 3 and words[-1].lower() not in ORG_HEADS and not any(ch.isdigit() for ch in text) \
        and person_apposition(ent.root, ent.end)



def _named_after_a_body(ent: Span, text: str) -> bool:
    """A name the tagger called a person, written right after a word for a body that it names ("the residents' group
    Saltmarsh Breathe Easy", "the charity Open Harbour"): the body, unless it opens with a given name ("the couple Anna and
    Tom") (tests/extract/test_speakers_session20.py)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.tag_ == "NN" and before.text.islower() \
        and first_name_gender(text.split()[0]) is None \
        and (before.lower_ == "group" or _noun_file(before.lemma_.lower()) == NOUN_GROUP  # ("group": noun.Tops)
             or _workplace(before.lemma_.lower()))


# The hypernyms of a word for a place of work or an institution, whose name is a body's ("the laboratory X", "the
# brewery X"): tests/extract/test_speakers_session45.py::test_a_name_after_a_word_for_a_workplace.
WORKPLACES = frozenset({"workplace", "works", "industrial plant", "institution", "establishment"})


@lru_cache(maxsize=4096)
def _workplace(lemma: str) -> bool:
    from ..judge.wordnet import wordnet

    return bool(wordnet().hypernyms(lemma, "n", senses=1, depth=4) & WORKPLACES)


# Words for a body that WordNet files first as no body of people ("a cycling campaign").
_BODY_WORDS = frozenset({"campaign"})


def _described_as_body(ent: Span) -> bool:
    """A name the tagger (or names.missed_names, by a given name opening it) called a person, set beside a word for a
    body ("Open Streets Dorrin, a pressure group, said", "Pedal Harwood, a cycling campaign with 600 members"): the
    body, the mirror of _described_as_person (test_speakers_session21[a_name_described_as_a_group])."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.pos_ == "NOUN" and child.tag_ == "NN" \
                and any(t.dep_ == "det" and t.lower_ in {"a", "an"} for t in child.children):
            lemma = child.lemma_.lower()
            return lemma in ORG_HEADS or lemma in _BODY_WORDS or _noun_file(lemma) == NOUN_GROUP
    return False


# Words of a role or title between a body's name and its holder's ("X Water chief executive Y", "X deputy head Y").
_ROLE_WORDS = frozenset({"chief", "executive", "managing", "vice", "acting", "interim", "senior"})


def _titles_a_person(ent: Span, text: str) -> bool:
    """A name of two words or more, opening with no given name, that stands before a role's words and another person's
    name ("Carrowgate Water chief executive Helena Abara-Kent met the Review"): the body the role is of, not a
    person; not "Imelda Marwick spokesman X", "Marwick spokesman X" (tests/extract/test_speakers_session20.py)."""
    words = text.split()
    if len(words) < 2 or first_name_gender(words[0]) is not None:
        return False
    doc = ent.doc
    i = ent.end
    while i < len(doc) and i - ent.end < 4 and doc[i].lower_ in _ROLE_OR_TITLE | _ROLE_WORDS:
        i += 1
    # (the holder's name as the tagger labelled it, or opening with a given name whatever its label)
    return i > ent.end and i < len(doc) and doc[i].ent_iob_ == "B" and (
        doc[i].ent_type_ == "PERSON" or first_name_gender(doc[i].text) in {"female", "male"}) \
        and any(doc[k].lower_ in PERSON_ROLES for k in range(ent.end, i))


def person_apposition(root: Token, end: int) -> bool:
    """The name headed by `root` (ending before token `end`) has an apposition after it that is an age or a noun for a
    person ("X, 34,", "X, a political scientist at Y,", "X, a maintenance fitter,")."""
    for child in root.children:
        if child.dep_ != "appos" or child.i < end:
            continue
        if child.text.isdigit() and 1 <= int(child.text) <= 110 and child.n_lefts + child.n_rights == 0:
            return True  # an age
        if child.pos_ == "NOUN" and child.tag_ == "NN" and _person_noun(child.lemma_.lower()):
            return True  # (a firm's trade filed as a person, "a carrier", is read so too: strict xfail in
            # test_speakers_session20.py::test_a_firm_described_by_its_trade)
    return False


def _person_noun(lemma: str) -> bool:
    return _noun_file(lemma) == NOUN_PERSON


@lru_cache(maxsize=4096)
def _noun_file(lemma: str) -> int | None:
    """The lexicographer file of the noun's first sense in WordNet (noun.person, noun.group, ...)."""
    from ..judge.wordnet import wordnet

    return wordnet().lexfile(lemma, "n")


def _subject(root: Token) -> bool:
    """The name is its clause's subject, or the apposition of a subject ("The port's director, X,
    said"), or a name the parse coordinated with a word for a person that is ("Ferry columnist and ex-skipper X gave")."""
    return root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}) \
        or role_coordinated(root)


def role_coordinated(root: Token) -> bool:
    """"Ferry columnist and ex-skipper Ivo Brandt gave it his backing": the parse made the name a conjunct of the first
    word for a person, the subject; the words before the name describe it, so the name is the subject
    (tests/extract/test_speakers_session45.py::test_a_name_coordinated_with_its_description)."""
    head = root.head
    return root.dep_ == "conj" and head.dep_ in {"nsubj", "nsubjpass"} and head.pos_ == "NOUN" and head.tag_ == "NN" \
        and head.i < root.i and _person_noun(head.lemma_.lower()) \
        and not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in head.children)


def _headline_tokens(sdoc: Doc) -> set[int]:
    """Tokens of title-case lines ("Marwick Faces New Donor Questions"), where every word is
    capitalised and the tagger cannot tell a name from the words around it."""
    text = doc_text(sdoc)
    found: set[int] = set()
    start = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in HEADLINE_SMALL]
        if 3 <= len(words) <= 25 and all(w[:1].isupper() for w in words):
            span = sdoc.char_span(start, start + len(line), alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        start += len(line) + 1
    return found


HEADLINE_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from"}


def _in_headline(ent: Span, sdoc: Doc) -> Span | None:
    """A name in a headline only as far as the article writes it elsewhere: "Slam Thaddeus Orvell"
    is "Thaddeus Orvell", "Marwick Faces New Donor" is "Marwick"; words found nowhere else are
    no name."""
    text = doc_text(sdoc)
    for size in range(len(ent), 0, -1):
        for first in range(ent.start, ent.end - size + 1):
            part = sdoc[first:first + size]
            if text.count(part.text) > 1 and part.text[:1].isupper():
                return part if size == len(ent) else Span(sdoc, part.start, part.end, label=ent.label_)
    return None


def _taken_up_by(ent: Span) -> str:
    """"it" or "he"/"she" for a subject name whose own clause refers back to it with that pronoun."""
    if ent.root.dep_ != "nsubj":
        return ""
    verb = ent.root.head
    # After a given name and a surname a subject "it" is as likely the claim's ("Zdenka Norcross said it was
    # wrong to ...") as the name's; "its" still names a body (test_speakers_person_saying_it_was).
    given = len(ent) >= 2 and first_name_gender(ent[0].text) in {"female", "male", "either"}
    for tok in verb.subtree:
        if tok.i >= ent.end and ((tok.lower_ == "it" and tok.dep_ == "nsubj" and not given)
                                 or (tok.lower_ == "its" and tok.dep_ == "poss")):
            return "it"
        if tok.i >= ent.end and tok.lower_ in {"he", "she", "his", "her"}:
            return "he"
    return ""


def untagged_bodies(sdoc: Doc, taken: set[int]) -> list[Span]:
    """A body's name the tagger left in no entity ("The Ramblers' Union of Ostby, which says ...", "the Harbour
    Users Forum said"): capitalised words in no entity, a plural's possessive among them, ending in a body's word
    (names.ORG_HEADS); at least one capitalised word before the head, which _extend_of_phrase may run on through "of"
    (test_speakers_session21[an_untagged_body_name])."""
    found: list[Span] = []

    def free(tok: Token) -> bool:
        return tok.ent_iob_ == "O" and tok.i not in taken and tok.text[:1].isupper() and tok.is_alpha \
            and tok.pos_ in {"PROPN", "NOUN"}

    for i in with_word(sdoc, ORG_HEADS):
        tok = sdoc[i]
        if tok.pos_ != "PROPN" or not free(tok) or \
                (tok.i + 1 < len(sdoc) and free(sdoc[tok.i + 1])):
            continue  # (the head ends the name: not "Union Street", which goes on)
        start, words = tok.i, 0
        while start - 1 >= tok.sent.start:
            before = sdoc[start - 1]
            if free(before) and before.lower_ not in ORG_HEADS:
                start, words = start - 1, words + 1
            elif before.text in {"'", "’"} and start - 2 >= tok.sent.start and free(sdoc[start - 2]) \
                    and sdoc[start - 2].lower_.endswith("s") and not sdoc[start - 2].whitespace_:
                start, words = start - 2, words + 1  # "Ramblers' Union", "Tenants' Association"
            else:
                break
        if words:
            found.append(Span(sdoc, start, tok.i + 1, label="ORG"))
    return found


def _extend_given_name(ent: Span) -> Span:
    """"Board chair Bartram Nethercott opens ...", "Mum-of-three Cressida Amundrow said": the tagger sometimes ends a name at
    its given name, which the parse hangs on the surname after it, a capitalised word in no entity: the whole name is
    the person's (test_speakers_session17[a_name_cut_at_its_given_name])."""
    doc, last = ent.doc, ent[-1]
    after = doc[ent.end] if ent.end < len(doc) else None
    if len(ent) != 1 or first_name_gender(last.text) is None or after is None or last.dep_ != "compound" \
            or last.head != after or after.pos_ != "PROPN" or not after.text[:1].isupper() or after.ent_iob_ != "O" \
            or after.dep_ == "compound" or after.lower_ in PERSON_ROLES:
        return ent  # (not "Justice Minister Helena Varro", where "Justice" is a given name too)
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _extend_body_name(ent: Span) -> Span:
    """"The United Port and Transport Union" tagged "Transport Union", "Yeovale Chamber of Commerce" tagged
    a person "Yeovale Chamber": a name ending in a body's word runs back over the capitalised words before it in no
    other entity (and an "and" between two of them), and is an organisation, whose name _extend_of_phrase may run on
    through "of" (test_speakers_session17[a_body_name_cut_by_the_tagger])."""
    doc, start = ent.doc, ent.start
    if ent[-1].lower_ not in ORG_HEADS:
        return ent

    def capitalised(k: int) -> bool:
        return k >= ent.sent.start and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].ent_iob_ == "O"

    while True:
        if capitalised(start - 1):
            start -= 1
        elif start - 2 >= 0 and doc[start - 1].lower_ == "and" and capitalised(start - 2):
            start -= 2
        else:
            break
    return ent if start == ent.start and ent.label_ in {"ORG", "FAC"} else Span(doc, start, ent.end, label="ORG")


def _extend_described_body(ent: Span) -> Span:
    """"Quiet Roads Tenby, the local cyclists' association, has ..." tagged "Roads Tenby": a name set off by an
    apposition that is a word for a body runs back over the capitalised word before it that the parse hangs on it as a
    compound, in no other entity and no word for a person or a title, and is a body's name
    (tests/extract/test_speakers_session45.py::test_a_body_name_cut_at_its_first_word)."""
    doc, first = ent.doc, ent.start - 1
    if first < ent.sent.start or doc[first].ent_iob_ != "O" or doc[first].dep_ != "compound" \
            or not ent.start <= doc[first].head.i < ent.end or not doc[first].is_alpha \
            or not doc[first].text[:1].isupper() or doc[first].text.isupper() or doc[first].lower_ in TITLE_WORDS \
            or doc[first].lower_ in PERSON_ROLES or _person_noun(doc[first].lower_) \
            or first_name_gender(doc[first].text) is not None:
        return ent
    bodies = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end and c.pos_ == "NOUN"
              and (c.lemma_.lower() in ORG_HEADS or c.lemma_.lower() in _BODY_WORDS
                   or _noun_file(c.lemma_.lower()) == NOUN_GROUP)]
    return Span(doc, first, ent.end, label="ORG") if bodies else ent


def _extend_hyphenated(ent: Span) -> Span:
    """"Agathe Corwen-Lisle": the tagger sometimes ends a name at the hyphen of a double surname."""
    doc, end = ent.doc, ent.end
    while end + 1 < len(doc) and doc[end].text in {"-", "‑"} and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        end += 2
    # (the tagger's label kept: a bare slice has none, and a name with no label was no person to the kind vote or to
    # _described_as_person, "Dr Helena Jorvund-Sellick, a transport economist": tests/extract/test_speakers_session30.py)
    return Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent


def _extend_of_phrase(ent: Span) -> Span:
    """"the X Centre for Public Opinion", "Ministry of Foreign Affairs": an organisation's name
    often runs on through "for"/"of" and more capitalised words that the tagger leaves out."""
    if ent.label_ not in {"ORG", "FAC"}:
        return ent
    doc, end = ent.doc, ent.end
    # (Not into a date: "the Competition Board on Tuesday opened ..." names the board alone.)
    while end + 1 < len(doc) and doc[end].lower_ in {"for", "of", "on"} and doc[end + 1].text[:1].isupper() \
            and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ not in {"DATE", "TIME"}:
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent  # (its label kept, as above)


def _has_title(ent: Span) -> bool:
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in PERSON_ROLES


def title_of(ent: Span) -> tuple[str | None, str | None]:
    """Role and affiliation from the words before a name ("NATO Secretary General") or from an
    apposition after it ("X, the party leader,")."""
    doc = ent.doc
    i = ent.start - 1
    words: list[Token] = []
    # Walk left over the title words that modify the name: capitalised role words, nationality
    # adjectives, organisation names, hyphens ("Secretary-General").
    while i >= 0:
        tok = doc[i]
        if tok.text in {"-", "–"} or tok.ent_type_ in {"NORP", "ORG", "GPE"} or (
                tok.dep_ in TITLE_DEPS and (tok.text[:1].isupper() or tok.lower_ in _ROLE_OR_TITLE)):
            if tok.ent_type_ == "PERSON" or tok.tag_ == "POS":
                break
            words.insert(0, tok)
            i -= 1
        else:
            break
    while words and not words[0].text[:1].isalnum():
        words.pop(0)  # the dash of a dateline ("ALDMERE (Kestrel) - President X ...")
    # Leading words that are neither role nor title words name the side: an entity ("NATO",
    # "Russian"), a nationality-shaped adjective ("Karsovian"), or a body's short name ("Compact").
    lead = 0
    while lead < len(words) and (words[lead].ent_type_ in {"NORP", "ORG", "GPE"} or (
            words[lead].text[:1].isupper() and words[lead].lower_ not in PERSON_ROLES
            and words[lead].lower_ not in TITLE_WORDS)):
        lead += 1
    aff_text = " ".join(t.text for t in words[:lead]) or None
    role_words = words[lead:]
    role = _join(role_words) if any(t.lower_.strip("-") in PERSON_ROLES or t.text.istitle() for t in role_words) else None
    if not role:
        role = _apposition(ent) or _role_before(ent)
    if role and not any(w.lower() in PERSON_ROLES for w in role.replace("-", " ").split()) and \
            not any(w.lower() in PERSON_ROLES for w in role.split()):
        role = None
    return role, aff_text


def _apposition(ent: Span) -> str | None:
    for child in ent.root.children:
        if child.dep_ == "appos":
            toks = [t for t in child.subtree if t.dep_ != "det" or t.i != child.left_edge.i]
            text = _join(toks)
            if text and len(text.split()) <= 8:
                return text
    return None


def _role_before(ent: Span) -> str | None:
    """A role the name is set in apposition to, written before it ("The roads commissioner, X, is ...", "The
    chair, Y, spoke next"): the role's words, its article dropped (test_speakers_session23[a_role_before_the_name])."""
    head = ent.root.head
    if ent.root.dep_ != "appos" or head.i >= ent.start or head.pos_ != "NOUN" or head.lower_ not in PERSON_ROLES:
        return None
    if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in head.children):
        return None  # "Her deputy, X,": a relation to another person, no title ("the deputy" is someone else's)
    toks = [t for t in head.subtree if t.i <= head.i and not t.is_punct and not (t.dep_ == "det" and t.i == head.left_edge.i)]
    text = _join(toks)
    return text if text and len(text.split()) <= 6 else None


def _join(tokens: list[Token]) -> str:
    out = ""
    for tok in tokens:
        out += tok.text + tok.whitespace_
    return out.strip().strip(",")


def surname_mentions(doc_id: str, sdoc: Doc, mentions: list[Mention], surnames: dict[str, str]) -> list[Mention]:
    """Mentions of known persons by surname where the tagger saw no name ("Gorrenby's press
    conference"): `surnames` maps a surname to its actor id; only words nobody tagged are added."""
    candidates = with_word(sdoc, surnames, lower=False)  # (the tokens written as a surname: none in most articles)
    if not candidates:
        return []
    starts = [sent.start for sent in sdoc.sents]
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for i in candidates:
        tok = sdoc[i]
        actor = surnames.get(tok.text)
        if actor is None or not tok.text[:1].isupper() or any(s <= tok.idx < e for s, e in covered):
            continue
        found.append(Mention(doc_id, tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", bisect_right(starts, tok.i) - 1,
                             actor=actor, subject=tok.dep_ in {"nsubj", "nsubjpass"},
                             locative=tok.i > 0 and sdoc[tok.i - 1].lower_ in LOCATIVE))
    return found


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_ROLE_OR_TITLE = PERSON_ROLES | TITLE_WORDS
