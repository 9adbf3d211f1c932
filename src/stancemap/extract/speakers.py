"""Where a statement's speaker is decided.

`SpeakerResolver.resolve` turns the words that name a source ("Ottoline Tesselby", "he",
"the NATO secretary-general", "sources") into an actor id, or None for unnamed sources,
and says which rule decided. Rules, in order:
  named      the phrase contains a name mention -> that actor (a person before an organisation)
  group      a plural phrase of members/diplomats/leaders -> a collective actor
  pronoun    he/she/his -> the running speaker, else the nearest earlier person
  role       "the secretary-general", "the minister", "X's energy minister" -> the person holding that role
  description "the Ukrainian official", "the diplomat" -> the latest compatible person
  cataphora  "a Ukrainian politician" -> the next person named within two sentences
  staff      "analysts at X Securities" -> the firm or body named (extract/roleholders.py)
  author     "a memo from X", "X's survey", "X issued a statement saying" -> its author (extract/authors.py)
  described body "the statistics office", "Perrinac police" -> a body of that description (roleholders.py)
  unnamed    "sources", "the report", "media" -> None
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..judge.wordnet import NOUN_PERSON
from ..model import Actor, ActorKind
from .actors import ActorIndex
from .authors import document_author
from .clauses import role_in_capitals
from .first_person import FIRST_PERSON, first_person
from .frames_nouns import lexfile
from .lexicon import (
    GENERIC_ROLES,
    GROUP_HEADS,
    PEOPLE_QUANTIFIERS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PERSONAL_PRONOUNS,
    PLURAL_PRONOUNS,
    UNNAMED_SOURCES,
    norm_role,
    title_roles,
)
from .mentions import TITLE_WORDS, Mention, person_apposition
from .names import FIRM_HEADS, ORG_HEADS, body_name, first_name_gender, name_head, person_noun, proper_name, titled_name
from .places import country_name, is_place
from .pronouns import quoted, resolve_pronoun
from .roleholders import (
    COMPANY_WORDS,
    STAFF_NOUNS,
    a_body,
    a_polity,
    agency_of_words,
    bare_body,
    body_of_words,
    described_body,
    described_elsewhere,
    named_agency,
    named_company,
    owned_role_holder,
    says_of,
    staff_body,
    staff_named,
)
from .text import doc_text

# A person's own voice: "her office", "his ministry", "her spokesperson" speak for her or him.
# ("her group": the word for a body whose first senses WordNet files as no body; other bodies by roleholders.a_body)
OWN_VOICE = frozenset({"office", "spokesperson", "spokesman", "spokeswoman", "ministry", "department", "campaign",
                       "team", "camp", "analysis", "statement", "chancellery", "group"})
# Quantifiers that stand for some of the people just named when they are the whole subject ("Several told ...").
PARTITIVES = frozenset({"several", "many", "some", "most", "few", "both", "others"})
# An unnamed spokesperson speaks for a body or a person, not as the next person named.
SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
# People who speak for the person whose name describes them ("Varga aides said"): that person speaks, as through an
# unnamed spokesperson (docs/method.md), not a group of them (tests/extract/test_speakers_session27.py::
# test_people_named_after_a_person).
SPEAKING_FOR = SPOKES | frozenset({"aide", "adviser", "advisor", "lawyer", "attorney", "representative", "staffer"})

# Words that describe a body before its head ("the economy ministry", "the Ostrelian finance ministry").
DESCRIBING = frozenset({"compound", "amod", "nmod"})
# The reporting's words for people whose first WordNet sense is no person ("a source", "a person", "people"):
# people all the same when described by words of their own (_people_described).
PEOPLE_SOURCES = frozenset({"source", "person", "people"})
# Entity labels of a count or an order, which describe no one ("two officials", "a second source").
COUNTS = frozenset({"CARDINAL", "ORDINAL"})
# Words that say how many or which people ("several experts", "other sources"): with a quantity (PEOPLE_QUANTIFIERS)
# they describe no one (_people_described; test_speakers_described_sources_unnamed[several_experts]).
HOW_MANY = frozenset({"several", "other", "numerous", "various", "certain", "such", "more", "fewer"})
_NO_DESCRIPTION = PEOPLE_QUANTIFIERS | HOW_MANY


def body_words(span: Span) -> set[str]:
    """The capitalised words of a body in a role description ("The Radical Green leader": radical, green; "the Fair
    Tenants' leader": fair, tenants), not its first word, a role word, a nationality or a place."""
    return {t.lower_ for t in span if t.i > span.start and t.text[:1].isupper() and t.lower_ not in PERSON_ROLES
            and t.ent_type_ not in {"NORP", "GPE"} and t.is_alpha}


def known_words(actor: Actor) -> set[str]:
    """The words of an actor's roles and affiliation ("committee member from the Radical Green party")."""
    return set(re.findall(r"[a-z]+", " ".join([*actor.roles, actor.affiliation or ""]).lower()))


def holds(actor: Actor, wanted: set[str]) -> bool:
    """The actor's roles carry the role words among `wanted` and its roles or affiliation its other words."""
    roles, others = wanted & PERSON_ROLES, wanted - PERSON_ROLES
    return roles <= title_roles(actor.roles) and others <= known_words(actor)


def _reporting_plural(they: Token) -> Token | None:
    """The plural common noun that is the subject of the verb reporting the clause whose subject "they" is, before it
    ("Senior engineers said they feared ...": engineers), or None."""
    verb = they.head
    if they.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < they.i), None)
    ok = subject is not None and subject.tag_ == "NNS" and subject.pos_ == "NOUN" and not subject.ent_type_
    return subject if ok else None


# The clauses a subject "they" may stand in under the verb whose subject it takes up ("X had booked the hall because
# they hoped ...", "X met and they agreed").
_UNDER = frozenset({"ccomp", "advcl", "conj", "xcomp", "parataxis"})


def _plural(subject: Token) -> bool:
    """The subject is plural: a plural noun or name ("Growers", "Liberals"), or names or nouns joined by "and"
    ("X and Y")."""
    if subject.pos_ == "PRON" or subject.lower_ in PARTITIVES:
        return False
    return subject.tag_ in {"NNS", "NNPS"} or (subject.pos_ in {"PROPN", "NOUN"} and any(
        c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} for c in subject.children)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children))


def _they_subject(they: Token) -> Token | None:
    """The plural subject a subject "they" takes up: that of the nearest verb above it in its own sentence that has a
    subject before it, else that of the sentence before's main verb (tests/extract/test_speakers_session27.py)."""
    if they.dep_ != "nsubj":
        return None
    tok = they.head
    while tok.dep_ in _UNDER and tok.head != tok:
        tok = tok.head
        subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < they.i), None)
        if subject is not None:
            return subject if _plural(subject) else None
    sent = they.sent
    if sent.start == 0:
        return None
    root = they.doc[sent.start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject if subject is not None and _plural(subject) else None


class SpeakerResolver:
    def __init__(self, index: ActorIndex, mentions: list[Mention]) -> None:
        self.index = index
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.running: Actor | None = None  # the last person who spoke in this document
        self.running_group: Actor | None = None  # the last collective speaker, for "they"
        self.running_sent = -10  # the sentence where the running speaker last spoke
        self.running_pos = -1  # and where in the body
        self.text = ""  # the body, for quotation marks
        self.doc: Doc | None = None
        # For the last role description resolved ("the trade minister"): its specific role words
        # and the persons it could name, in order. The reduce asks again with the corpus's roles:
        # an article may name the holder without the title that other articles give her.
        self.last_role: tuple[list[str], list[str]] = ([], [])
        self.authors: dict[str, Actor] = {}  # a document's noun -> its author, for "the memo" (authors.py)
        self.sentence_starts: tuple[Doc, list[int]] | None = None  # the doc's sentences' first characters (pronouns.py)
        self.genders: dict[str, str | None] = {}  # actor id -> the gender pronouns take it up by (pronouns.person_gender)

    def _mention_of(self, actor: Actor, span: Span, sentence_index: int) -> None:
        """A body named by the words of a speaker phrase that the tagger left untagged ("Kelvorn Agrosciences, which
        sells X, said"): a mention of it here, so that "the company" after it finds it (roleholders.named_company;
        tests/extract/test_speakers_session26.py::test_the_company_a_speaker_named_untagged)."""
        mention = Mention(self.mentions[0].doc if self.mentions else "", span.start_char, span.end_char, actor.name,
                          "ORG", sentence_index, actor=actor.id, subject=span.root.dep_ in {"nsubj", "nsubjpass"})
        self.mentions = sorted([*self.mentions, mention], key=lambda m: m.start)

    def _person_mentions_before(self, pos: int) -> list[Actor]:
        out = []
        for m in self.mentions:
            if m.start >= pos:
                break
            actor = self.index.by_id(m.actor)
            if actor is not None and actor.kind == "person":
                out.append(actor)
        return out

    def resolve(self, span: Span | None, sentence_index: int, last_sentence: int = -1) -> tuple[Actor | None, str]:
        """The actor of a statement's source words and the rule; `last_sentence` is the sentence its content ends in,
        where the speaker last spoke ('X puts it this way: "A. B." The risk, he argues, ...': test_speakers_session18)."""
        if span is None:
            return None, "none"
        self.text, self.doc = self.text or doc_text(span.doc), span.doc
        actor, rule = self.phrase_actor(span, sentence_index)
        if actor is not None and actor.kind in {"other", "organization"} and rule == "named" \
                and not is_place(actor.name):
            # (or the first word of a body's name the article writes in full: _short_form)
            # (only where the phrase is the name itself: not "somebody in X")
            own = " ".join(t.text for t in span if t.lower_ not in {"the", "a", "an"}) == actor.name
            actor = self._given_name_of(actor) or (self._short_form(actor.name) if own and " " not in actor.name
                                                   else None) or actor
        if actor is not None and actor.kind in {"group", "organization", "country"} and rule != "author":
            self.running_group = actor  # (a poll's pollster is no "we" or "they" of the next sentences)
        if actor is not None and actor.kind == "organization" and rule == "named" \
                and not any(m.actor == actor.id and m.start < span.end_char and span.start_char < m.end for m in self.mentions):
            self._mention_of(actor, span, sentence_index)
        if actor is not None and actor.kind == "person":
            self.running, self.running_sent, self.running_pos = actor, max(sentence_index, last_sentence), span.start_char
            if rule in {"role", "description", "cataphora"}:
                alias = span.text if span[0].lower_ in {"the", "this", "that"} else None
                if alias:
                    self.index.add_alias(actor, alias)
        return actor, rule

    def _given_name_of(self, actor: Actor) -> Actor | None:
        """"Ragnhild, 44, told the paper" after "Ragnhild Vesterbo-Quaye has paid ...": a lone name, no place, that
        the vote left unsure or called a body, and that is the given name of one person the article names in full, is
        that person (tests/extract/test_speakers_session44.py::test_a_given_name_alone_is_the_person_named_in_full)."""
        if len(actor.name.split()) != 1:
            return None
        fuller = [a for a in self.index.actors if a.kind == "person" and len(a.name.split()) >= 2
                  and a.name.split()[0] == actor.name]
        return fuller[0] if len(fuller) == 1 else None

    def phrase_actor(self, span: Span, sentence_index: int) -> tuple[Actor | None, str]:
        """The actor a phrase names and the rule that decided, without making it the running speaker: `resolve` for a
        statement's source, and for a phrase inside one (a document's possessor or issuer: authors.py)."""
        head = _head(span)
        apposed = self._apposed_person(span, head)
        if apposed is not None:
            return apposed, "named"
        if head.lower_ == "old" and span[0].lower_ == "the" and any(
                c.lower_ == "year" and any(g.dep_ == "nummod" for g in c.children) for c in head.children):
            # "'...,' the 58-year-old said": a person described by age alone is the person named last, in this sentence or
            # the two before, outside quotation marks (tests/extract/test_speakers_session30.py)
            aged = next((a for m in reversed(self.mentions) if m.start < span.start_char and m.sent >= sentence_index - 2
                         and not quoted(self.text or doc_text(span.doc), m.start)
                         and (a := self.index.by_id(m.actor)) is not None and a.kind == "person"), None)
            if aged is not None:
                return aged, "description"
        # A name the phrase is headed by counts even where the phrase starts inside it (the parser
        # split "Gaspard | Vantel of X Bank believes" and the subject is "Vantel of X Bank").
        inside = [m for m in self.mentions if m.actor and ((span.start_char <= m.start and m.end <= span.end_char)
                                                            or m.start <= head.idx < m.end)]
        body = body_name(span)
        if body:
            # "The Rail and Bus Workers' Union", "the Residents' Association": a name ending in a
            # body's word is that body, whatever person or place is named inside it.
            found = self.index.lookup(body)
            return (found if found is not None and found.kind != "person" else self.index.organization(body)), "named"
        head_lemma = head.lemma_.lower()
        plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in GROUP_HEADS
        determiner = span[0].lower_
        if determiner in {"the", "this", "that", "a", "an", "one"} and not plural and head_lemma in PERSON_ROLES:
            if not any((a := self.index.by_id(m.actor)) is not None and a.kind == "person" for m in inside):
                if determiner in {"a", "an", "one"} and head.lower_ in SPOKES:
                    return self._principal(span, inside, sentence_index), "spokesperson"
                if determiner in {"a", "an", "one"} and head_lemma == "official" \
                        and (principal := self._official_of(head, span.start_char)) is not None:
                    return principal, "spokesperson"
                if determiner in {"a", "an", "one"}:
                    # the person named next, else a source described by its own words ("A senior council official":
                    # _people_described, session 22; test_speakers_described_sources[an_official_described]); a
                    # source said to be anonymous is no one named after it (test_speakers_session24[anonymous_*])
                    named = None if _anonymous(span) else self._cataphora(span, sentence_index)
                    if named is None and (described := self._people_described(span)) is not None:
                        return described, "described people"
                    return named, "cataphora"
                return self._description(span, sentence_index), "role"
        # (the owner a name the tagger did not tag, "Quellmark's transport minister": test_speakers_session24[a_dateline_*])
        if (inside or any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in span)) and not plural \
                and head_lemma in PERSON_ROLES and head_lemma not in GENERIC_ROLES \
                and any(t.dep_ == "poss" and t.i < head.i for t in span):
            # "X's energy minister said", "Y's mayor": the person who holds that role in this
            # article, not the place or body that owns the role (test_speakers_owned_role_is_its_holder).
            holder = owned_role_holder(self.index, self.mentions, span, inside)
            if holder is not None:
                return holder, "role"
        if inside and all(m.locative and not m.start <= head.idx < m.end for m in inside):
            # "The Ostrelian embassy in Lake Varrow said": the body, not its place (test_speakers_session17)
            if (described := described_body(self.index, span)) is not None:
                return described, "described body"
        handle = _handle(span)
        if handle is not None:
            # "Viewer quaygull posted:", "commenter dock_rat_77 replied": a person named by a handle (_handle)
            return (self.index.lookup(handle) or self.index.person(handle)), "named"
        described_name = self._name_after_description(span, head, inside)
        if described_name is not None:
            return described_name, "named"
        if inside and (whole := self._whole_name(span, head, inside)) is not None:
            return whole, "named"
        if inside:
            actors = [a for m in inside if (a := self.index.by_id(m.actor)) is not None]
            # "Osterland spokesman B said": the name the phrase is headed by speaks, not another
            # person named in its modifiers (test_speakers_fixes_the_head_name_speaks).
            headed = next((a for m in inside if m.start <= head.idx < m.end
                           and (a := self.index.by_id(m.actor)) is not None and a.kind == "person"), None)
            owned_body = next((a for m in inside if m.start <= head.idx < m.end
                               and (a := self.index.by_id(m.actor)) is not None and a.kind == "organization"), None)
            if owned_body is not None and headed is None and head.pos_ == "PROPN" \
                    and any(c.dep_ == "poss" for c in head.subtree if c.i < head.i):
                # "Haskel Quillby's Liberal Party said": the body the phrase is headed by speaks, not the
                # person who owns it (test_speakers_described::test_speakers_a_persons_party_speaks).
                return owned_body, "named"
            if headed is None and plural and head.pos_ == "NOUN" and head_lemma not in _UNNAMED_SOURCE_REPORT \
                    and head_lemma not in SPEAKING_FOR and lexfile(head_lemma) == NOUN_PERSON \
                    and any(a.kind == "person" for a in actors) and not any(m.start <= head.idx < m.end for m in inside):
                # "Varga supporters said", "Varga's critics argue": people a person's name describes, not that person;
                # not those who speak for the person ("Varga aides", as an unnamed spokesperson: the person)
                # (test_speakers_session27[people_named_after_a_person])
                return self._group(span, actors), "group"
            # ("Ex-Rovers winger Aldo Brannagh", the name tagged a body: the misread person the phrase is headed by,
            # not a person-typed name in its modifiers; test_speakers_session44[a_body_in_a_named_persons_description])
            speaking = self._misread_person(span, inside) if headed is None else None
            if speaking is not None:
                return speaking, "named"
            person = headed or next((a for a in actors if a.kind == "person"), None)
            if person is not None:
                return person, "named"
            described = self._person_described(span, inside, sentence_index)
            if described is not None:
                return described, "description"
            if head.pos_ == "NOUN" and all(a.kind in {"other", "media", "country"} for a in actors) \
                    and not a_polity(head_lemma) and not any(m.start <= head.idx < m.end for m in inside):
                # a word for a body or a person with only a place or an unsure name in its modifiers ("The election
                # commission of Brockley", "The Vellandic interior ministry", "A poll worker in the Halvern district"):
                # that body or person, not the name (test_speakers_session24[a_person_with_a_place_in_it])
                described = agency_of_words(self.index, self.mentions, span) or described_body(self.index, span) \
                    or self._people_described(span)
                if described is not None:
                    return described, "described body" if described.kind == "organization" else "described people"
            if (plural and head_lemma not in _UNNAMED_SOURCE_REPORT) or head.lower_ in GROUP_HEADS:
                return self._group(span, actors), "group"
            named = next((a for a in actors if a.kind != "other" or head.ent_type_), None)
            if named is not None and head.ent_type_:
                return named, "named"
            if head_lemma in UNNAMED_SOURCES:
                staff = staff_body(self.index, span, inside)
                if staff is not None:
                    return staff, "staff"
                author = document_author(self, span, sentence_index)
                if author is None and (described := self._people_described(span)) is not None:
                    return described, "described people"  # "A Treasury source" (test_speakers_described_sources)
                return author, "author" if author is not None else "unnamed"
            return (named or actors[0]), "named"
        low = head.lower_
        if len(span) == 1 and low in PARTITIVES:
            # a quantifier standing for the people the sentence before made its subject ("Skippers are divided.
            # Several told the paper ..."): some of them, as "they" (_people_before), never a name
            # (tests/extract/test_speakers_session26.py::test_a_quantifier_takes_up_the_people_named)
            people = self._people_before(span)
            return people, "group" if people is not None else "unnamed"
        # (not a role word in capitals, "Another opposition MP", no name: test_another_role_in_capitals_is_no_name)
        if head.text[:1].isupper() and low not in PERSONAL_PRONOUNS and not (head.text.isupper() and head_lemma in PERSON_ROLES):
            found = self.index.lookup(span.text) or self.index.lookup(head.text) \
                or (self._short_form(head.text) if len(span) == 1 else None)
            if found is not None:
                name = proper_name(span) or head.text
                if found.kind == "person":
                    self.index.add_alias(found, name)  # "Kalnins" when the tagger missed it as a name
                return found, "named"
            titled = titled_name(span)
            if titled:
                return self.index.person(titled[0], titled[1]), "named"
            label = span.text.split()
            if 2 <= len(label) <= 3 and span.text.isupper() and all(w.isalpha() for w in label) \
                    and first_name_gender(label[0].title()) in {"female", "male", "either"}:
                # a transcript's label in capitals, "JAKOB TERVELL: ...", whose name the tagger did not tag: that person
                # (test_speakers_session24.py::test_a_label_in_capitals_is_a_person)
                return self.index.person(span.text.title()), "named"
            name = proper_name(span)
            # (a firm's name ending in a plural, "Holmbrook Homes insists", the tagger's name for it none: a body)
            firm_plural = bool(name) and len(name.split()) >= 2 and name.split()[-1].lower() in FIRM_HEADS
            if name and head.pos_ == "PROPN" and head_lemma not in PERSON_ROLES and not is_place(name) \
                    and (not plural or firm_plural):
                if 2 <= len(name.split()) <= 3 and name.split()[-1].lower() not in ORG_HEADS \
                        and person_apposition(head, span.end):
                    # "Oddny Varecka, a political scientist at X, said": a name the tagger missed, set beside a word
                    # for a person or an age, is a person (test_speakers_session20[an_untagged_name_described])
                    return self.index.person(name), "named"
                return self.index.organization(name), "named"
        if low in PERSON_PRONOUNS:
            return self._pronoun(span.start_char, sentence_index, low), "pronoun"
        if low == "it":
            # "Pelican Freight has just released a statement. It says ...": the body just named as a subject
            # (test_speakers_session15[it_is_the_body_just_named]).
            just_named = self._body_before(span.start_char, sentence_index, subject=True) \
                or self._body_subject_before(span, sentence_index)
            if just_named is not None:
                return just_named, "pronoun"
        if low in FIRST_PERSON or low == "we":
            # ("we" in an interview's answer too, "EDDA VARLUND: We have asked the board ...": the one who answers;
            # test_speakers_session24.py::test_we_in_an_answer_is_the_one_who_answers)
            me = first_person(doc_text(span.doc), span.start_char, self.mentions, self.index)
            if me is not None:
                return me, "first person"
        if low == "we" and not quoted(self.text, span.start_char):
            # "We asked the mayor where she stands", "We spoke to Dr X": the writer's "we" outside quotation marks is
            # no body the article named before (an opinion page's own "we" is own_voice.py's; an answer's, the
            # interview's) (test_speakers_session20_unnamed[the_writers_we])
            return None, "unnamed"
        if low == "they" and (reporter := _reporting_plural(span.root)) is not None:
            # "Ministry officials said they hoped ...": the plural subject of the verb that reports the clause "they"
            # is the subject of, in its own sentence, not the people of the sentence before (test_speakers_session23
            # [they_of_the_reporting_subject]); bare "officials" stay unnamed
            words = self.doc[reporter.left_edge.i: reporter.i + 1] if self.doc is not None else span
            people, _ = self.phrase_actor(words, sentence_index)
            return people, "group" if people is not None else "unnamed"
        if low == "they" and (people := self._people_before(span)) is not None:
            return people, "group"
        if low == "they" and (subject := _they_subject(span.root)) is not None and not quoted(self.text, subject.idx):
            # "Ferry crews from both ports ... They say", "X and Y say ... , they say", "Growers had booked the hall
            # because they hoped": whom the plural subject names (nobody for bare "Growers"), not the last body
            # that spoke (test_speakers_session27[they_*])
            last = subject.right_edge.i if any(c.dep_ == "conj" for c in subject.children) else subject.i
            words = subject.doc[subject.left_edge.i: last + 1]
            people, _ = self.phrase_actor(words, sentence_index)
            return people, "group" if people is not None else "unnamed"
        if low == "they" \
                and (taken_up := self._body_subject_before(span, sentence_index, objects=True)) is not None:
            return taken_up, "pronoun"
        if low == "their" and len(span) == 1 and (people := self._people_before(span)) is not None:
            # "The two dissenting judges deserve a hearing. Their argument is that ...": as "they", the plural people the
            # sentence before made its subject, not the body that spoke last
            # (tests/extract/test_speakers_session45.py::test_their_takes_up_the_people_before)
            return people, "group"
        if low in _PLURAL_WE:
            return self.running_group, "pronoun" if self.running_group else "unnamed"
        if (head.lower_ in GROUP_HEADS and head_lemma not in UNNAMED_SOURCES) or (
                plural and head_lemma in GROUP_HEADS):
            if any(t.dep_ in {"amod", "compound", "prep"} for t in head.children):
                return self._group(span, []), "group"
        if head_lemma in STAFF_NOUNS and (firm := staff_named(self.index, span)) is not None:
            return firm, "staff"  # "Analysts at Pendry Mottram said", the firm's name not tagged (test_speakers_session19)
        author = document_author(self, span, sentence_index)
        if author is not None:
            return author, "author"
        owner = self._possessor(span, sentence_index)
        if owner is not None:
            return owner, "possessive"
        if determiner == "the" and not plural and head.tag_ == "NN" and lexfile(head_lemma) == NOUN_PERSON:
            # "Marrowick did not need to be prompted. '...,' the captain said": a word for a person that names no
            # role we know describes the person just made a subject (test_speakers_session15[the_captain_just_named]).
            fresh = self._fresh_subject(span.start_char, sentence_index) \
                or self._fresh_subject(span.start_char, sentence_index, unsure=True)
            # (not a person whose roles we know and who is no such word: "Mayor X walked out. '...,' the protester
            # shouted" is not the mayor's)
            if fresh is not None and (not fresh.roles or any(head_lemma in r.lower().split() for r in fresh.roles)):
                return fresh, "description"
        if span[0].lower_ in {"the", "this"} and not plural:
            earlier = self._named_by_head(head.lower_, span.start_char) or self._introduced_as(head, span.start_char) \
                or self._company(head, span.start_char, sentence_index) \
                or named_agency(self.index, self.mentions, head, span.start_char)
            if earlier is not None:
                return earlier, "description"
        described = agency_of_words(self.index, self.mentions, span) or described_body(self.index, span) \
            or described_elsewhere(self.index, self.mentions, span) or bare_body(self.index, span)
        if described is not None:
            return described, "described body"
        people = self._people_described(span)
        return people, "described people" if people is not None else "unnamed"

    def _whole_name(self, span: Span, head: Token, inside: list[Mention]) -> Actor | None:
        """"Ferries for Ulvmark said", "Stride Fair Ostrine called": a source written as one proper name (capitalised words
        and "of"/"for"/"and") whose first word the tagger's names inside it leave out, with a capitalised word of its own
        beside them, is a body of the whole name, not the place or person the tagger found in it. Not where a word of
        its own is a title or a word for a person or a role ("Mr. Brakkestad", "Ms. X and Mr. Y", "Mayor Ilse Brakkestad", "Former
        Harbour Board Doctor"), nor where a name inside opens with a given name ("Whip Tomas Brenk") or is the surname of a
        person the article names with a given name ("Tomaz Brenk", misspelt, after "Tomas Brenk")
        (tests/extract/test_speakers_session30.py)."""
        name = proper_name(span)
        words = [t for t in span if not (t.i == span.start and t.lower_ in {"the", "a", "an"})]
        if len(name.split()) < 2 or not words or words[-1].lower_ in {"of", "for", "and"} \
                or any(m.start <= words[0].idx < m.end for m in inside) \
                or first_name_gender(words[0].text) in {"female", "male", "either"}:
            return None
        own = [t for t in words if not any(m.start <= t.idx < m.end for m in inside) and t.lower_ not in {"of", "for", "and"}]
        if not any(t.is_alpha and t.text[:1].isupper() for t in own) or any(
                not t.is_alpha or t.lower_ in TITLE_WORDS or t.lower_ in PERSON_ROLES or t.lemma_.lower() in PERSON_ROLES
                or lexfile(t.lower_) == NOUN_PERSON for t in own):
            return None
        given = {"female", "male", "either"}
        for m in inside:
            surname = m.text.split()[-1]
            if first_name_gender(m.text.split()[0]) in given or any(
                    a.kind == "person" and len(a.name.split()) > 1 and a.name.split()[-1] == surname
                    and first_name_gender(a.name.split()[0]) in given for a in self.index.actors):
                return None
        found = self.index.lookup(name)
        return found if found is not None and found.kind != "person" else self.index.organization(name)

    def _name_after_description(self, span: Span, head: Token, inside: list[Mention]) -> Actor | None:
        """"Freight app Cargolane argued", "listings site Tixbay reports": a proper name that heads the phrase after a
        lower-case noun describing it, which no mention covers (the tagger took the capitalised first word for the
        name), is the speaker, not the description's first word: a person when set beside an age or a word for a person,
        else a body (tests/extract/test_speakers_session44.py::test_a_name_after_its_description)."""
        doc = span.doc
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or any(m.start <= head.idx < m.end for m in inside) \
                or head.lower_ in PERSON_ROLES or head.lemma_.lower() in PERSON_ROLES:
            return None  # (nor a role word in capitals, "Another opposition MP": test_another_role_in_capitals_is_no_name)
        k = head.i
        while k - 1 > span.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
            k -= 1
        noun = doc[k - 1] if k > span.start else None
        if noun is None or noun.tag_ != "NN" or not noun.text.islower() or noun.dep_ != "compound" \
                or noun.lower_ in PERSON_ROLES or person_noun(noun.lower_):
            return None  # (a role before a name is the person rules')
        name = doc[k: head.i + 1].text
        found = self.index.lookup(name)
        if found is not None:
            return found
        if person_apposition(head, span.end):
            return self.index.person(name)
        return self.index.organization(name)

    def _apposed_person(self, span: Span, head: Token) -> Actor | None:
        """"Its chair, councillor Ada Sellick, said", "its director, Per Jorvund, said": a common noun for a person followed,
        outside the source words, by a name set off by commas (an apposition, whatever the parse made of it) names that
        person, not the role left unresolved; a name the tagger took for a place is a person when its first word is
        a given name (tests/extract/test_speakers_session30.py)."""
        doc = span.doc
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or head.tag_ != "NN" or (lemma not in PERSON_ROLES and lexfile(lemma) != NOUN_PERSON) \
                or span.end >= len(doc) or doc[span.end].text != ",":
            return None
        stop = next((t.i for t in doc[span.end + 1: min(span.end + 8, span.sent.end)] if t.is_punct), None)
        if stop is None or doc[stop].text != ",":
            return None
        lo, hi = doc[span.end].idx, doc[stop].idx
        for m in self.mentions:
            actor = self.index.by_id(m.actor) if lo < m.start and m.end <= hi else None
            if actor is None:
                continue
            words = actor.name.split()
            if actor.kind == "person":
                return actor
            if actor.kind == "other" and 2 <= len(words) <= 3 and first_name_gender(words[0]) in {"female", "male"}:
                self.index.mark_person(actor)
                return actor
        # (the given name left out of the tagger's name, "Per Jorvund" tagged "Jorvund": the two words set off)
        set_off = doc[span.end + 1: stop]
        if len(set_off) == 2 and all(t.text[:1].isupper() and t.is_alpha for t in set_off) \
                and first_name_gender(set_off[0].text) in {"female", "male"} \
                and any(m.start == set_off[1].idx for m in self.mentions):
            return self.index.person(set_off.text)
        return None

    def _people_described(self, span: Span) -> Actor | None:
        """Sources the article names by their own words, with no name in them (issue 10's described sources, the lead's
        decision of session 21): those people or that person of this article alone (kind group for a plural or a
        body's word, person for one; never merged with another article's, so no stance is carried between articles
        through them; the phrase, its article dropped, is the name: "lock keepers" as written):
        - a bare plural for people (WordNet noun.person), "Shopkeepers said", "the campaigners say" (session 21;
          test_speakers_described_sources[bare_plural_people]), but not the reporting's anonymous sources, "officials",
          "analysts" (UNNAMED_SOURCES), "economists" (STAFF_NOUNS), which stay unnamed (..._unnamed[officials]);
        - a word for people or a body of people described by words of its own, "Senior engineers", "County highways
          officers", "A Mintry source", "a person familiar with the talks", "Night-shift crew" (session 22;
          test_speakers_described_sources[a_modified_plural, a_described_source, ...]); a quantity or a determiner
          alone describes no one ("Two officials", "many analysts": ..._unnamed[two_officials])."""
        head = _head(span)
        lemma = head.lemma_.lower()
        # (not a phrase naming a person, nor one that points at someone by a pronoun or a name's possessive: "people
        # close to her" are of her, "Lunmaa's critics" of Lunmaa, whose name the tagger may not tag:
        # ..._unnamed[close_to_her, a_name_possessive])
        # (a role word in capitals the tagger calls a proper noun, "One coalition MP", is a common noun here:
        # test_speakers_session24[a_role_in_capitals])
        common = head.tag_ in {"NN", "NNS"} or (head.tag_ == "NNP" and head.text.isupper() and lemma in PERSON_ROLES)
        if head.ent_type_ or not common \
                or any(t.ent_type_ == "PERSON" or (t.pos_ == "PRON" and t.i != head.i)
                       or (t.pos_ == "PROPN" and t.dep_ == "poss") for t in span):
            return None
        people = lexfile(lemma) == NOUN_PERSON or lemma in PEOPLE_SOURCES or (common and head.tag_ == "NNP")
        if people and head.tag_ in {"NN", "NNP"} and (span[0].lower_ in {"the", "this", "that"}
                                             or any(c.dep_ == "poss" for c in head.children)):
            # (one person written definite, "the Green nominee", "the agency's director", is someone the article names
            # or no one: ..._unnamed[the_nominee]; a body so written is described: "the port drivers' union")
            return None
        # (words that say how many or which, "several experts", "a second source", describe no one; nor does a clause
        # after the reporting's anonymous sources, "sources who read it": ..._unnamed[sources_who_read_it]; nor words
        # set apart by a comma, "an engineer, speaking after the meeting,": ..._unnamed[an_engineer_speaking])
        after = {"prep", "amod"} if lemma in UNNAMED_SOURCES or lemma in PEOPLE_SOURCES else {"prep", "amod", "acl", "relcl"}
        describing = [c for c in head.children if c.lower_ not in _NO_DESCRIPTION and c.ent_type_ not in COUNTS
                      and ((c.i < head.i and c.dep_ in {"amod", "compound", "nmod", "poss"})
                           or (c.i > head.i and c.dep_ in after and not any(t.is_punct for t in head.doc[head.i: c.i])))]
        if head != span.root:
            describing.append(span.root)  # "One coalition MP": the noun the parse hung the role word on describes it
        if not describing:
            words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
            if len(words) != 1 or head.tag_ != "NNS" or not people or lemma in UNNAMED_SOURCES or lemma in STAFF_NOUNS:
                return None
        elif not (people or (a_body(lemma) and not a_polity(lemma) and lemma not in UNNAMED_SOURCES)):
            return None
        first = span.start + 1 if span[0].lower_ in {"the", "a", "an"} and len(span) > 1 else span.start
        name = span.doc[first: span.end].text
        if span.doc[first].is_sent_start and span.doc[first].pos_ != "PROPN":
            name = name[:1].lower() + name[1:]  # "Opponents argue": "opponents", as written mid-sentence
        kind: ActorKind = "person" if people and head.tag_ in {"NN", "NNP"} and lemma != "people" else "group"
        return self.index.described_body(name, kind)

    def _people_before(self, span: Span) -> Actor | None:
        """"Opponents of the plan are blunter still. They say ...": "they" is the plural people (WordNet noun.person) made
        the main subject of the sentence before, named by no name, not the body named last
        (test_speakers_session20[they_after_plural_people])."""
        sent = span.root.sent
        if sent.start == 0:
            return None
        before = span.doc[sent.start - 1].sent
        # (or the passive's, "Skippers are divided over ...": test_speakers_session26.py::test_a_quantifier_*)
        subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        # (a number is no name in it: "The two dissenting judges"; test_speakers_session45[their_takes_up_the_people_before])
        if subject is None or subject.tag_ != "NNS" or subject.ent_type_ or lexfile(subject.lemma_.lower()) != NOUN_PERSON \
                or any(t.ent_type_ and t.ent_type_ not in NUMBERS for t in subject.subtree):
            return None
        return self._group(span.doc[subject.left_edge.i: subject.right_edge.i + 1], [])

    def _person_described(self, span: Span, inside: list[Mention], sentence_index: int) -> Actor | None:
        """"Ruaridh Pellory was in no hurry to back down. '...,' the Hollinford owner told reporters": a phrase headed by a common
        noun for a person (WordNet noun.person) that names a body or place only in its modifiers is a person, the one
        whose roles or affiliation carry those names, else the person just made a subject; not the body it names
        (test_speakers_session20[a_person_described_by_a_body]). An indefinite one ("a Tarn magistrate") is left."""
        head = span.root
        if span[0].lower_ not in {"the", "this"} or head.tag_ != "NN" or head.pos_ != "NOUN" \
                or head.lemma_.lower() in UNNAMED_SOURCES or lexfile(head.lemma_.lower()) != NOUN_PERSON \
                or any(m.start <= head.idx < m.end for m in inside):
            return None
        body = body_words(span)
        before = self._person_mentions_before(span.start_char)[::-1]
        holder = next((a for a in before if body and body <= known_words(a)), None)
        return holder or self._fresh_subject(span.start_char, sentence_index)

    def _possessor(self, span: Span, sentence_index: int) -> Actor | None:
        """"Her office said", "his ministry says", "her spokesperson added", and a person's body ("her party
        wants", "his group", "X, whose party has vowed"): a person's own voice is that person (the batches' gold
        names the person; test_speakers_session17[her_party]); "Its delegation says", "its whips said": the body
        or country just named (test_speakers_possessive_voice_is_its_owner)."""
        head = span.root
        poss = next((c for c in head.children if c.dep_ == "poss" and c.tag_ in {"PRP$", "WP$"}), None)
        if poss is None:
            return None
        low = poss.lower_
        own = head.tag_ == "NN" and (head.lower_ in OWN_VOICE or a_body(head.lemma_.lower()))
        if low in {"her", "his"} and own:
            person = self._pronoun(span.start_char, sentence_index, low)
            if person is not None and head.lower_ not in OWN_VOICE and says_of(span, low, person):
                return None  # "Her family said she had fought ...", "His club said Ebb would miss ...": of her, not hers
            return person
        if low == "whose" and own and head.head.dep_ == "relcl":
            named = head.head.head  # the relative clause's antecedent
            return next((a for m in self.mentions if m.start <= named.idx < m.end
                         and (a := self.index.by_id(m.actor)) is not None and a.kind == "person"), None)
        if low == "its" and (head.lemma_.lower() not in PERSON_ROLES or head.tag_ == "NNS"):
            # (and "its members expected ...", "its leaders say": the body's own, test_speakers_session21[its_members];
            # first the body the sentence before made its subject, named or described: "The port's pilots' committee
            # met in May. Its report ...", test_speakers_session44[its_report_after_a_described_body])
            return self._body_subject_before(span, sentence_index) or self._body_before(span.start_char, sentence_index)
        return None

    def _principal(self, span: Span, inside: list[Mention], sentence_index: int) -> Actor | None:
        """"A CGA spokesman", "a spokesman for the economy ministry", "A company spokesperson", "a
        spokeswoman": whom an unnamed spokesperson speaks for -- the body or person the phrase names,
        else the one the sentence or the one before is about; never the next person named
        (test_speakers_spokesperson_speaks_for_the_body)."""
        named = [a for m in inside if (a := self.index.by_id(m.actor)) is not None]
        if named:
            return named[0]
        head = span.root
        words = [c for c in head.children if c.dep_ in {"compound", "nmod"}] + \
            [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for word in words:
            found = self._named_by_head(word.lower_, span.start_char) or \
                self._company(word, span.start_char, sentence_index) or self._named_by_kind(word, span.start_char)
            if found is not None:
                return found
        for word in words:
            # "a spokesman for Mr Vardel" (a name the tagger left untagged), "a spokeswoman for the mayor": that person,
            # the one who holds the role by its title (tests/extract/test_speakers_session30.py)
            if word.dep_ != "pobj":
                continue
            if word.pos_ == "PROPN" and (found := self.index.lookup(word.text)) is not None and found.kind == "person":
                return found
            roles = norm_role(span.doc[word.left_edge.i: word.i + 1].text) - GENERIC_ROLES
            if word.pos_ == "NOUN" and word.lemma_.lower() in PERSON_ROLES and roles \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
                holder = self._description(span.doc[word.left_edge.i: word.i + 1], sentence_index)
                if holder is not None and roles <= title_roles(holder.roles):
                    return holder
        for word in words:
            # "a spokesman for the Quorrin campaign", "a spokeswoman for the Vesk family": the one the name before the
            # body's word names, where the tagger made no mention of it (test_speakers_session19[spokesman_campaign]).
            owner = next((a for c in word.children if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN"
                          and (a := self.index.lookup(c.text)) is not None), None)
            if owner is not None:
                return owner
        for word in words:
            # "A Tellaby spokesman said", the firm's name untagged here: the body the article names with that first word,
            # else a body of that name (issue 10's described sources, session 21; test_speakers_described_sources)
            if word.pos_ == "PROPN" and word.dep_ == "compound" and word.ent_type_ not in {"GPE", "LOC", "PERSON"} \
                    and not is_place(word.text) and first_name_gender(word.text) not in {"female", "male"}:
                # (any kind but a country: the kind vote comes after, and may call an invented firm a person; the
                # tagger may call the firm's word a nationality, so a new body only for a word it did not)
                firm = next((a for a in self.index.actors if a.kind != "country" and len(a.name.split()) > 1
                             and a.name.split()[0] == word.text), None)
                if firm is not None or word.ent_type_ != "NORP":
                    return firm or self.index.organization(word.text)
        recent = [m for m in reversed(self.mentions) if m.start < span.start_char and not m.locative
                  and sentence_index - 1 <= m.sent <= sentence_index and self.index.by_id(m.actor) is not None]
        best = next((m for m in recent if m.subject or self._owns_subject(m)), None)
        if best is not None:
            return self.index.by_id(best.actor)
        for word in words:
            if word.tag_ == "NN" and a_body(word.lemma_.lower()) and not any(c.dep_ == "poss" for c in word.children):
                # "A council spokesperson", "a spokesperson for the board", no council or board named before and no
                # one the sentence is about: the body the words describe (not "her ministry", whose owner speaks;
                # test_speakers_session17[a_spokesperson_for_a_body_described]).
                first = min([c.left_edge.i for c in word.children if c.i < word.i and c.dep_ in DESCRIBING] + [word.i])
                return body_of_words(self.index, span.doc[first: word.i + 1])
        return None

    def _body_subject_before(self, span: Span, sentence_index: int, objects: bool = False) -> Actor | None:
        """"The port's legal office wrote to the mayor. In its letter it argued ...", "X Haulage (untagged) put out a
        notice. '...,' it warns", "The survey, run for the X Institute, ... It concluded that ...": a
        subject "it" (or "they", with `objects` also the main verb's object: "Reporters phoned X Haulage. They
        refused an interview, and by email they argued") is the body, or the document's author, that the sentence before's
        main clause makes its subject, as the source words resolve it; never a person
        (tests/extract/test_speakers_session44.py::test_it_and_they_take_up_the_body_before)."""
        from .clauses import speaker_span

        doc, pronoun = span.doc, span.root
        if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.sent.start == 0:
            return None
        # ("They refused ..., and ... they argued": a same pronoun earlier in its own sentence looks back for it)
        earlier = [t for t in doc[pronoun.sent.start: pronoun.i] if t.lower_ == pronoun.lower_ and t.dep_ == "nsubj"]
        before = doc[pronoun.sent.start - 1].sent
        above = {pronoun.head.i, *(t.i for t in pronoun.head.ancestors)}
        if not earlier and any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ != "PRON" and t.head.i in above
                               for t in doc[pronoun.sent.start: pronoun.i]):
            return None  # (a subject of a clause it stands in is the rules' above)
        words = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if objects and all(w.lower_ in {"we", "i"} for w in words):
            # (the object only of a verb the writer is the subject of: "We asked X to comment. They ...")
            words += [c for c in before.root.children if c.dep_ == "dobj"]
        # ("they" takes up a body alone: a group of people is _people_before's and _they_subject's)
        kinds = {"organization"} if objects else {"organization", "group", "country", "media"}
        for word in words:
            if word.pos_ == "PRON" or quoted(self.text, word.idx) or (pronoun.lower_ == "it" and word.tag_ == "NNS"):
                continue
            actor, _ = self.phrase_actor(speaker_span(word), sentence_index - 1)
            if actor is not None and actor.kind in kinds:
                return actor
        return None

    def _official_of(self, head: Token, pos: int) -> Actor | None:
        """"A senior ministry official said", after "The Ministry of Transport confirmed ...": an unnamed official
        described by the head word of a body the article named before speaks for that body, as an unnamed spokesperson
        does (_principal), not as the next person named (tests/extract/test_speakers_session44.py::
        test_an_official_of_a_body_named_before)."""
        for word in (c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i and c.tag_ == "NN"):
            found = self._named_by_head(word.lower_, pos)
            if found is not None and found.kind == "organization":
                return found
        return None

    def _owns_subject(self, m: Mention) -> bool:
        """"Prime Minister X's office has responded": X owns the sentence's subject."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand") if self.doc is not None else None
        return span is not None and span.root.dep_ == "poss" and span.root.head.dep_ in {"nsubj", "nsubjpass"}

    def _body_before(self, pos: int, sentence_index: int, subject: bool = False) -> Actor | None:
        """The latest organisation, group or country named in this or the previous sentence (as a subject)."""
        for m in reversed(self.mentions):
            if m.start >= pos or m.locative or (subject and not m.subject):
                continue
            if m.sent < sentence_index - 1:
                break
            actor = self.index.by_id(m.actor)
            if actor is not None and actor.kind in {"organization", "group", "country"}:
                return actor
        return None

    def _company(self, head: Token, pos: int, sentence_index: int) -> Actor | None:
        """"The company said": roleholders.named_company (pinned by test_speakers_the_company)."""
        return named_company(self.index, self.mentions, head, pos, sentence_index)

    def _misread_person(self, span: Span, inside: list[Mention]) -> Actor | None:
        """"Carys Marvish of the X Institute told us": a speaking "Firstname Surname" the tagger
        called an organisation is a person (a known first name and the phrase's head)."""
        for m in inside:
            words = m.text.split()
            if not (m.start <= span.root.idx < m.end) or not 2 <= len(words) <= 3:
                continue
            if first_name_gender(words[0]) in {"female", "male"} and words[-1].lower() not in ORG_HEADS:
                actor = self.index.by_id(m.actor)
                if actor is not None and actor.kind in {"organization", "other"} and actor.name == m.text:
                    self.index.mark_person(actor)
                    return actor
        return None

    def _named_by_head(self, head: str, pos: int) -> Actor | None:
        """"the ministry" -> the latest organisation named before whose name is headed by that word: its last word,
        or the word before "of" ("the chamber": "Tarn Chamber of Industry"; test_speakers_session16)."""
        for m in reversed(self.mentions):
            if m.start >= pos:
                continue
            actor = self.index.by_id(m.actor)
            if actor is not None and actor.kind in {"organization", "group", "media"} and name_head(actor.name) == head:
                return actor
        return None

    def _short_form(self, word: str) -> Actor | None:
        """"Harwick expects ..." after "Harwick Estates": a lone capitalised word, no given name nor place, that opens
        the name of exactly one body (or unsure name) of two words or more the article names, is that body's short form
        (tests/extract/test_speakers_session45.py::test_a_body_by_the_first_word_of_its_name)."""
        if first_name_gender(word) is not None or is_place(word):
            return None
        bodies = [a for a in self.index.actors if a.kind in {"organization", "other"} and len(a.name.split()) >= 2
                  and a.name.split()[0] == word and a.name.split()[-1].lower() in ORG_HEADS
                  and all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in a.name.split())]
        return bodies[0] if len(bodies) == 1 else None

    def _named_by_kind(self, word: Token, pos: int) -> Actor | None:
        """"A force spokesman" after "Kessel City Police": the latest body named before whose name's head is a kind of
        the word, the word its first sense's WordNet hypernym ("police" is a "force"), a common noun in lower case
        (tests/extract/test_speakers_session45.py::test_a_spokesman_of_the_kind_of_the_named_body)."""
        from ..judge.wordnet import wordnet

        lemma = word.lemma_.lower()
        if word.tag_ != "NN" or not word.text.islower() or lemma in PERSON_ROLES:
            return None
        for m in reversed(self.mentions):
            actor = self.index.by_id(m.actor) if m.start < pos else None
            if actor is not None and actor.kind == "organization" and not m.locative \
                    and lemma in wordnet().hypernyms(name_head(actor.name), "n", senses=1, depth=1):
                return actor
        return None

    def _introduced_as(self, head: Token, pos: int) -> Actor | None:
        """"The ferry, run by state operator Nordrail Group ... The operator says": the latest organisation the
        article named right after that same word ("operator X", "the carmaker X"), before
        a firm nearer or made a subject first (test_speakers_session21[a_body_introduced_by_its_word])."""
        lemma = head.lemma_.lower()
        if self.doc is None or head.tag_ != "NN" or lemma in PERSON_ROLES or (
                lexfile(lemma) == NOUN_PERSON and lemma not in COMPANY_WORDS):
            return None  # (a person's word is the role rules': "the Republican nominee" is no body introduced by it)
        for m in reversed(self.mentions):
            if m.start >= pos:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start == 0 or self.doc[span.start - 1].lower_ != head.lower_:
                continue
            actor = self.index.by_id(m.actor)
            # (or a name the vote left unsure, "the laboratory Harrowgate Analytica": test_speakers_session45[
            # a_name_after_a_word_for_a_workplace])
            if actor is not None and (actor.kind == "organization" or (actor.kind == "other" and not is_place(actor.name))):
                return actor
        return None

    def _pronoun(self, pos: int, sentence_index: int, pronoun: str = "") -> Actor | None:
        """Who "he"/"she" is: see extract/pronouns.py."""
        return resolve_pronoun(self, pos, sentence_index, pronoun)

    def _description(self, span: Span, sentence_index: int = -10) -> Actor | None:
        roles = norm_role(span.text)
        nationality = next((t.text for t in span if t.ent_type_ in {"NORP", "GPE"}), None)
        candidates = self._person_mentions_before(span.start_char)
        if self.running is not None:
            candidates.append(self.running)
        # A person newly the subject of this or the previous sentence, after the running speaker
        # last spoke, is whom "the MP" describes ("X broke ranks. The MP said ...": X, not the
        # speaker before; test_speakers_description_after_a_new_subject).
        fresh = self._fresh_subject(span.start_char, sentence_index)
        if fresh is not None:
            candidates.append(fresh)
        # 0. someone whose roles or affiliation name the body the description names ("Then there is Ilse Fenhallow.
        #    ... the Free Tenants' leader said": test_speakers_session19[a_partys_leader]; not yet past a running
        #    speaker: the strict xfail test_speakers_a_partys_leader_after_a_running_speaker)
        body = body_words(span)
        specific = roles - GENERIC_ROLES
        self.last_role = (sorted(specific | body), list(reversed(dict.fromkeys(a.id for a in reversed(candidates)))))
        if body:
            for actor in reversed(candidates):
                if body <= known_words(actor):
                    return actor
        # 1. someone whose title carries the same role word(s)
        for actor in reversed(candidates):
            if specific and specific <= title_roles(actor.roles):
                return actor
        # 2. the latest person whose known affiliation does not contradict the description
        for actor in reversed(candidates):
            if nationality and actor.affiliation and not self._same_side(nationality, actor.affiliation):
                continue
            # (A title with no role word we know, "backbencher", does not say she is not "the MP".)
            known = title_roles(actor.roles)
            if specific and known and not specific & known:
                continue
            if body and actor.affiliation and not body <= known_words(actor):
                continue  # ("the Radical Green leader" is not a person of another party)
            return actor
        # 3. nobody before: a title used before the name ("The prime minister of X ... has warned";
        #    the article names the holder later).
        for m in self.mentions:
            later = self.index.by_id(m.actor)
            if m.start > span.end_char and later is not None and later.kind == "person" and specific and \
                    specific <= title_roles(later.roles):
                return later
        return None

    def _fresh_subject(self, pos: int, sentence_index: int, unsure: bool = False) -> Actor | None:
        """A person newly the subject of this or the previous sentence, named after the running speaker last spoke; with
        `unsure`, a name the vote left unsure ("other") that the tagger calls a person there, made a person ("Brekke
        came off the bench late. '...,' the winger said": tests/extract/test_speakers_session45.py::
        test_a_word_for_a_person_takes_up_an_unsure_name)."""
        found = next((a for m in reversed(self.mentions) if m.start < pos and m.subject
                      and m.start > self.running_pos and sentence_index - 1 <= m.sent <= sentence_index
                      and (a := self.index.by_id(m.actor)) is not None
                      and (a.kind == "person" or (unsure and a.kind == "other" and m.label == "PERSON"
                                                  and not is_place(a.name)))), None)
        if found is not None and found.kind == "other":
            self.index.mark_person(found)
        return found

    def _same_side(self, nationality: str, affiliation: str) -> bool:
        resolved = self.index.affiliation(nationality)
        a = country_name(resolved) or resolved
        b = country_name(affiliation) or affiliation
        return a.lower() == b.lower() or affiliation.lower().startswith(nationality.lower()[:5])

    def _cataphora(self, span: Span, sentence_index: int) -> Actor | None:
        """The next person named within two sentences, not inside the clause the phrase is the subject of: "A cabinet
        minister told the paper that X would win" is not X's (test_speakers_session25[cataphora_*]); and a person new to
        the article: an indefinite phrase brings in someone not named before it ("Varga spoke on Monday. A ministry
        official said ... Varga says": not Varga; test_speakers_session27[the_indefinite_is_no_one_named_before])."""
        verb = span.root.head
        clause = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)) if verb is not span.root else None
        for m in self.mentions:
            if m.start > span.end_char and m.sent <= sentence_index + 2:
                if clause is not None and clause[0] <= m.start < clause[1]:
                    continue
                actor = self.index.by_id(m.actor)
                if actor is not None and actor.kind == "person" \
                        and not any(n.actor == actor.id for n in self.mentions if n.end <= span.start_char):
                    return actor
        return None

    def _group(self, span: Span, named: list[Actor]) -> Actor:
        words = [t for t in span if not (t.i == span.start and t.lower_ in {"the", "a", "an", "some", "many"})]
        name = span.doc[words[0].i: words[-1].i + 1].text if words else span.text
        affiliation = next((a.name for a in named if a.kind in {"organization", "country"}), None)
        return self.index.group(name, affiliation)


def _handle(span: Span) -> str | None:
    """"Viewer quaygull", "commenter dock_rat_77": a word for a person (WordNet noun.person) followed by one last word
    written as an online handle, in lower case or with an underscore or a digit and known to WordNet as no word: the
    handle names the person (tests/extract/test_speakers_session44.py::test_a_reader_named_by_a_handle)."""
    from ..judge.wordnet import wordnet

    if len(span) != 2:
        return None
    word, handle = span[0], span[1]
    text = handle.text
    if not person_noun(word.lower_) or word.lower_ in PERSONAL_PRONOUNS or not (
            text.islower() or "_" in text) or not any(ch.isalpha() for ch in text) or not text.replace("_", "").isalnum():
        return None
    lexicon = wordnet()
    if any(lexicon.lexfile(w, pos) is not None for w in {text.lower(), handle.lemma_.lower()} for pos in "nvar"):
        return None
    return text


def _head(span: Span) -> Token:
    """The phrase's head word: its root, or a role word in capitals the parse hung on the root as an apposition ("One
    coalition MP said": MP, not coalition; test_speakers_session24[a_role_in_capitals])."""
    last = span[-1]
    if last.head == span.root and role_in_capitals(last):
        return last
    return span.root


# Words that say a source is not named: "who talked on condition of anonymity", "speaking anonymously".
ANONYMOUS = frozenset({"anonymity", "anonymous", "anonymously"})
# Verbs a source declines to be ...: "who wished not to be named", "who declined to be identified".
_BE_NAMED = frozenset({"name", "identify"})


def _anonymous(span: Span) -> bool:
    """The source is said to be anonymous in its own clause: a word of anonymity, or "not to be named" / "declined to be
    identified", in the subtree of the verb the phrase is the subject of ("A senior aide, talking on condition of
    anonymity, said ...", "One aide, who wished not to be named, said ...": test_speakers_session24[anonymous_*])."""
    verb = span.root.head
    for t in verb.subtree:
        if t.lower_ in ANONYMOUS:
            return True
        if t.lemma_.lower() in _BE_NAMED and t.tag_ == "VBN" and any(
                g.dep_ == "neg" or g.lemma_.lower() in {"decline", "refuse"} for g in t.doc[max(t.sent.start, t.i - 5): t.i]):
            return True
    return False


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_UNNAMED_SOURCE_REPORT = UNNAMED_SOURCES | {"source", "report"}
_PLURAL_WE = PLURAL_PRONOUNS | {"we"}
# The tagger's labels of numbers, which name no one ("The two dissenting judges").
NUMBERS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"})
