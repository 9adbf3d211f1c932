"""Attribution by a predicate and its complement, beyond the reporting verbs of statements.py:
beliefs, intentions and feelings ("she believes ...", "critics consider ...", "wants to ...",
"were outraged at ..."), positions stated by a verb and its object ("endorsed the candidate",
"will vote against the bill", "flatly rejected the proposal"), and what a poll, study or document
shows ("the poll shows ...", "a 2014 study found that ...").

The content is the predicate's complement as the parse gives it (its clause, object, infinitive or
the object of a preposition it governs), never the sentence's tail: "on Friday", "in a statement",
"although ..." or ", saying ..." hanging on the predicate are not what was believed or judged.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..judge.wordnet import NOUN_GROUP, NOUN_PERSON
from .bounds import (
    OCCASION_PREPS,
    asks_anonymity,
    before_according,
    before_circumstance,
    before_nested,
    describing,
    has_subject_child,
    in_condition,
    infinitive_goes_on,
    second_that_clause,
)
from .candidate import Candidate
from .clauses import SPEAKER_NOUNS, _name_words, asked_of, gap_clause, predicate_like, speaker_words, subject_of
from .lexicon import (
    BEING,
    BELIEF_ADJECTIVES,
    BELIEF_VERBS,
    DOCUMENT_NOUNS,
    EVALUATION_VERBS,
    EVIDENCE_VERBS,
    PEOPLE_QUANTIFIERS,
    SPEECH_VERBS,
)
from .quotes import inside
from .text import doc_text

# What each class of predicate takes as its content, among the children after it.
COMPLEMENTS = {
    "position": {"dobj", "xcomp", "ccomp", "oprd", "prep", "dative"},
    "belief": {"dobj", "xcomp", "ccomp", "prep"},
    "speech": {"dobj", "xcomp", "ccomp", "prep"},
    "topic": {"prep"},
    "evidence": {"dobj", "xcomp", "ccomp", "oprd", "prep", "advmod"},
}
# Prepositions that introduce what is judged or believed ("voted against", "worried about",
# "compared X to Y", "called for", "believes in"); others ("in a statement", "at a rally",
# "during the debate") place or date the act.
CONTENT_PREPS = {
    "position": frozenset({"against", "for", "on", "with", "to", "as", "about", "over", "of", "toward", "towards",
                           "from"}),
    "belief": frozenset({"about", "of", "on", "in", "at", "over", "with", "for", "to", "as"}),
    # Not "of": "said of the plan, '...'" names what the quotation is about, not what was said.
    "speech": frozenset({"about", "on", "for", "against", "over"}),
    "topic": frozenset({"about", "of"}),
    # "polls show Marwick with a lead", "the average shows her at 46 percent".
    "evidence": frozenset({"with", "at", "by", "ahead", "behind"}),
}
# Verbs of speaking that take what was said as a topic ("spoke about X", "talked of Y"; not "discussed Z", which names no view).
TOPIC_VERBS = frozenset({"speak", "talk", "testify", "brag", "boast", "complain", "lecture", "preach",
                         "reminisce", "muse", "rant", "rave", "tweet", "joke"})
# Verbs of speaking whose object is the person spoken to (pinned by test_predicates_addressee_is_not_content).
ADDRESSING = frozenset({"tell", "inform", "assure", "remind", "notify", "brief", "advise"})
# Verbs of presenting or mentioning something, whose object is what was put forward ("unveiled a
# plan to ...", "outlined his proposals", "bemoaned the unrest", "referenced FBI criticism").
# (Not "discuss" nor "present": "will discuss recommendations", "presented the study" report a
# meeting or an act, and cost precision on the dev and clean1 batches.)
PRESENTING_VERBS = frozenset({"unveil", "outline", "disclose", "reference", "bemoan", "lament", "mention",
                              "tout", "detail", "propose", "offer", "ignore", "unleash", "refer"})
# Verbs of saying whose object after "to" is what was put forward ("pointed to the closures as proof of ...", "referred
# to the plan as a betrayal"), and "as" what they called it (tests/extract/test_speakers_session37.py::
# test_pointed_to_puts_forward_its_object).
POINTING = frozenset({"point", "refer"})
POINTING_PREPS = frozenset({"to", "as"})
# Of these, the ones that put their object forward only when they also say what they call it ("as"): PolNeAR dev, where
# "referred to X" alone three times mentioned X.
NAMING_ONLY = frozenset({"refer"})
# Verbs that judge their object only when they say what they take it as ("critics see the levy as a tax on the
# poor", "some who saw the vote as a snub"; "saw the vote" alone names no view): a belief, with the object and its
# "as" phrase the content (tests/extract/test_speakers_session38.py::test_seeing_an_object_as_something).
SEEING_AS = frozenset({"see"})
# Prepositions that go on describing an object the parse left before them (pinned by
# test_cues_presenting_verbs_put_forward_their_object).
OBJECT_PREPS = frozenset({"from", "of", "with", "about", "against", "for"})
# Prepositions after a comma that name more of the noun before them, wherever the parse hung them.
INCLUDING = frozenset({"including"})
# Of these, the ones that carry content only right after the verb or its object ("believe in").
WEAK_PREPS = frozenset({"in", "at", "on", "to", "from"})
# Copulas a belief adjective completes ("is confident that", "grew worried that"): lexicon.BEING without
# "stay", with "grow" (pinned by the "confident that" row of tests/extract/test_predicates.py).
COPULAS = (BEING - {"stay"}) | {"grow"}
PERSONAL = frozenset({"he", "she", "they", "we", "i", "you", "who"})
# WordNet lexicographer files: noun.group (14) and noun.person (18) make a noun a possible holder;
# (Verbs are not classed by their files: verb.communication alone also holds "respond",
# "interview", "address", and cost precision on PolNeAR dev for no recall.)
ANIMATE_FILES = frozenset({NOUN_GROUP, NOUN_PERSON})


def predicate_candidates(sents: list[Span], i: int, quotes: list[tuple[int, int]],
                         any_quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    for tok in sent:
        if not _may_predicate(tok) or inside(quotes, tok.idx):
            continue
        cls: str | None
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
        if tok.pos_ == "VERB" and passive and tok.lower_ in BELIEF_ADJECTIVES \
                and not any(c.dep_ == "agent" for c in tok.children):
            cls, head = "belief", tok  # "was outraged at ...", "are convinced that ...": a feeling, not an act
        elif (tok.pos_ == "VERB" or predicate_like(tok)) and not passive:
            cls = verb_class(tok.lemma_.lower()) or ("belief" if _sees_as(tok) else None)
            head = tok
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in BELIEF_ADJECTIVES and tok.dep_ == "acomp" \
                and tok.head.lemma_.lower() in COPULAS:
            cls, head = "belief", tok.head
        else:
            continue
        if cls is None or asks_anonymity(tok) or asked_of(head):
            continue  # (what one is asked, dared or required to do or say is not one's own: clauses.asked_of)
        if any(c.dep_ == "ccomp" and gap_clause(tok, c) for c in tok.children):
            continue  # ("the savings she listed are A": the noun is what was listed, clauses.gap_clause)
        subject = subject_of(head) or next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is None or (subject.i > tok.i and tok.dep_ != "relcl" and head.dep_ != "relcl"
                               and not _opening_participle(tok)):
            continue
        if cls in {"speech", "evidence"} and _document(subject) and tok.lemma_.lower() in EVIDENCE_VERBS:
            cls = "evidence"
        elif not holder(subject) and not (cls == "speech" and _document(subject)):
            continue  # (a document says what a verb of saying or mentioning reports: "The ad references X";
            # test_predicates_a_document_mentions)
        span = _complement(tok, cls)
        if span is None:
            continue
        start, end = span
        if len(doc_text(sent.doc)[start:end].split()) < 2 and not (cls in {"position", "belief"} and _named(sent.doc, start)):
            continue  # (one word only when it names someone: "attacked Carrick", "would back Orvell")
        kind = "position" if cls == "position" else "belief" if cls == "belief" else (
            "mixed" if any(start <= s < end for s, _ in any_quotes) else "indirect")
        cue = tok.text + _particle(tok)
        yield Candidate(i, kind, cue, tok.idx, start, end, speaker_words(subject, head), "predicate")


def _may_predicate(tok: Token) -> bool:
    """Whether any branch of predicate_candidates can give `tok` a class (speed only: this runs on
    every token of the map, the branches' tree walks on few): a feeling adjective (the copula branch), or
    a verb-like word whose lemma has a class or that may be a passive feeling ("was outraged").
    Keep in step with the branches' conditions there."""
    pos = tok.pos_
    if pos == "ADJ":
        return tok.dep_ == "acomp" and tok.lemma_.lower() in BELIEF_ADJECTIVES
    if pos not in _PREDICATE_POS:
        return False
    lemma = tok.lemma_.lower()
    return verb_class(lemma) is not None or lemma in SEEING_AS or (pos == "VERB" and tok.lower_ in BELIEF_ADJECTIVES)


# What predicate_like and the verb branches accept (VERB, AUX, or a noun read as one).
_PREDICATE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def verb_class(lemma: str) -> str | None:
    if lemma in BELIEF_VERBS:
        return "belief"  # "wants", "favors": an intention or a feeling before a stated position
    if lemma in EVALUATION_VERBS:
        return "position"
    if lemma in SPEECH_VERBS or lemma in EVIDENCE_VERBS:
        return "speech"
    if lemma in PRESENTING_VERBS:
        return "speech"
    if lemma in TOPIC_VERBS:
        return "topic"  # "spoke about X", not "spoke on condition of anonymity" nor "spoke to reporters"
    return None


def _sees_as(tok: Token) -> bool:
    """"see X as Y": a verb of SEEING_AS with an object and an "as" phrase naming what the object is taken for, hung
    on the verb or on the object ("as well as" is no such phrase: it has no object of its own)."""
    if tok.lemma_.lower() not in SEEING_AS:
        return False
    if any(c.dep_ == "nsubj" and any(g.dep_ == "neg" for g in c.children) for c in tok.children):
        return False  # ("Not everyone sees X as Y" says whose view it is not: a DEVELOP batch's sentence, no statement)
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and any(g.dep_ == "pobj" for g in c.children)
               for c in (*tok.children, *obj.children))


def holder(subject: Token) -> bool:
    """A subject that can hold a view: a person, a body, a group, a pronoun for one of them, a
    quantity of people ("63 percent"), or a noun WordNet files among persons or groups."""
    low, lemma = subject.lower_, subject.lemma_.lower()
    if low in PERSONAL or subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or subject.pos_ == "PROPN":
        return True
    if subject.text[:1].isupper() and subject.text in _name_words(subject.doc):
        return True  # a surname the tagger read as a common noun here ("Wines believes"), a name elsewhere
    if lemma in SPEAKER_NOUNS or low in SPEAKER_NOUNS or lemma in PEOPLE_QUANTIFIERS:
        return True
    return subject.pos_ == "NOUN" and bool(_files(lemma, "noun") & ANIMATE_FILES)


def _opening_participle(tok: Token) -> bool:
    """A participle clause opening the sentence, closed by a comma before the main clause ("Citing a
    new poll, X accused ...", "Lamenting their luck, X say ..."): its subject is the main clause's
    (clauses.subject_of), which stands after it (test_predicates_opening_participle)."""
    doc = tok.doc
    end = tok.right_edge.i
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.left_edge.i == tok.sent.start == tok.i \
        and end + 1 < tok.head.i and doc[end + 1].text == ","


def _named(doc: Doc, start: int) -> bool:
    """The one-word content at `start` names a person, a body or a country: a position on someone named
    is a claim however short (statements.py keeps it past the word floor; test_predicates_one_named_object)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}


def _document(subject: Token) -> bool:
    return subject.lemma_.lower() in DOCUMENT_NOUNS or subject.lower_ in DOCUMENT_NOUNS or _document_it(subject)


def _document_it(subject: Token) -> bool:
    """"The leaflet shows X. It also lists Y": "it" opening its sentence after one whose subject is a document is that
    document (tests/extract/test_speakers_session28.py::test_it_after_a_document_is_the_document)."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj" or subject.i > subject.sent.start + 2 or subject.sent.start == 0:
        return False
    before = subject.doc[subject.sent.start - 1].sent
    # (the sentence before may be a line break's whitespace)
    if not before.text.strip() and before.start > 0:
        before = subject.doc[before.start - 1].sent
    prior = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    return prior is not None and prior.lower_ != "it" and (
        prior.lemma_.lower() in DOCUMENT_NOUNS or prior.lower_ in DOCUMENT_NOUNS)


def _complement(tok: Token, cls: str) -> tuple[int, int] | None:
    """Offsets of what the predicate takes: its clause, object (with what the object is called or
    compared to), infinitive, or the object of a content preposition."""
    allowed = COMPLEMENTS[cls]
    if cls == "speech" and tok.lemma_.lower() in ADDRESSING:
        told = _told_clause(tok)
        if told is not None:  # "told brokers on a call that X": X alone, whatever the parse hung it on
            return told
    chosen = []
    has_object = False
    for child in tok.children:
        if child.i <= tok.i or child.dep_ not in allowed:
            continue
        if child.dep_ == "prep":
            prep = child.lower_
            pointing = cls == "speech" and tok.lemma_.lower() in POINTING and prep in POINTING_PREPS \
                and (prep == "to" or any(c.lower_ == "to" and c.dep_ == "prep" for c in tok.children))
            if pointing and tok.lemma_.lower() in NAMING_ONLY \
                    and not any(t.lower_ == "as" and t.dep_ == "prep" and t.i > tok.i for t in tok.subtree):
                continue  # ("referred to her tape" mentions it; "referred to the plan as a betrayal" names it)
            if (prep not in CONTENT_PREPS[cls] and not pointing) \
                    or any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                continue
            if prep in WEAK_PREPS and child.i > tok.i + 2 and not has_object:
                continue
            if prep == "on" and tok.lemma_.lower() == "say":
                continue  # "said on CNN", "said on Monday": where or when, not what
        if child.dep_ in {"dobj", "dative"} and cls == "speech" and tok.lemma_.lower() in ADDRESSING:
            continue  # "told The New York Times", "assured voters": whom it was said to, not what
        if child.dep_ == "dobj":
            has_object = True
        if child.dep_ == "prep" and child.lower_ == "to" and tok.lemma_.lower() in POINTING:
            # ("pointed to X": the cue's preposition, X the content; none after a relative word: "which she pointed to")
            pointed = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pointed is None:
                continue
            child = pointed
        chosen.append(child)
    if not chosen:
        return None
    if cls in {"belief", "position"}:
        # "wants to triple X, grow Y and create Z": verbs coordinated with the predicate and
        # sharing its subject are more of what is wanted, unless they report on their own.
        chosen += [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ == "VERB"
                   and verb_class(c.lemma_.lower()) is None and not any(g.dep_.startswith("nsubj") for g in c.children)]
        chosen += [c for c in tok.children if c not in chosen and infinitive_goes_on(tok, c)]
    chosen = before_circumstance(tok, chosen)
    first = min(c.left_edge.i for c in chosen)
    if first < tok.i and all(c.i > tok.i for c in chosen):
        # "money, which she plans to raise through a levy": the relative word stands before the cue, the content after
        # it (tests/extract/test_speakers_session33.py::test_a_relative_word_before_its_cue)
        first = min(t.i for c in chosen for t in c.subtree if t.i > tok.i)
    last = max(_object_end(c) for c in chosen)
    doc = tok.doc
    # A phrase the parse hung on the verb right after the object describes the object ("unveiled a
    # roll of pledges from 40 admirals"), and so does ", including ..." (_includes_more); a date or a place of
    # speaking does not.
    for child in tok.children:
        if (child.dep_ == "prep" and child.i == last + 1 and child.lower_ in OBJECT_PREPS and has_object
                and not any(g.ent_type_ in {"DATE", "TIME"} for g in child.children)) or _includes_more(child, last):
            last = child.right_edge.i
    # Another speaker's report inside ("the Pact plans to support X ..., the outlet reported") ends it.
    for other in doc[first:last + 1]:
        if other.i != tok.i and other not in chosen and other.lemma_.lower() in SPEECH_VERBS \
                and other.pos_ == "VERB" and has_subject_child(other) and not describing(other) \
                and not in_condition(other, tok) and not second_that_clause(other):
            # ("back X only if Y agreed to Z": no report, bounds.in_condition; "agreed that A but that it would add B":
            # a second "that" clause is more of what was said, test_speakers_session36.py::
            # test_a_second_that_clause_with_a_verb_of_saying)
            subject = next(c for c in other.children if c.dep_ in {"nsubj", "nsubjpass"})
            last = min(last, min(subject.left_edge.i, other.i) - 1)
            break
    if cls in {"position", "belief"}:
        # "attacked her rival as a liar during the forum, with barbs ...": a time or occasion the
        # parse hung inside the object places the act, it is not what was judged
        # (test_predicates_position_ends_before_its_occasion).
        # (Only on a noun: "collected during ...", "to show up despite ..." is in what was said.)
        inner = next((t.i for t in doc[first + 2:last + 1] if t.dep_ == "prep" and t.lower_ in OCCASION_PREPS
                      and t.head.pos_ in {"NOUN", "PROPN"}), None)
        if inner is not None:
            last = inner - 1
        # "want policies that cut revenue (they want lower rates and suggest ...)": a bracket opening a
        # clause with its own subject is the writer's aside (test_predicates_content_ends_before_an_aside).
        aside = next((t.i for t in doc[first + 2:last] if t.text == "(" and doc[t.i + 1].dep_ == "nsubj"), None)
        if aside is not None:
            last = aside - 1
    while first <= last and (doc[first].is_punct or (doc[first].lower_ == "that" and doc[first].dep_ == "mark")):
        first += 1
    while last >= first and doc[last].is_punct and doc[last].text not in {"”", '"', "’"}:
        last -= 1
    if first > last:
        return None
    return doc[first].idx, before_according(doc, first, doc[last].idx + len(doc[last].text))


def _told_clause(tok: Token) -> tuple[int, int] | None:
    """The "that" clause after a verb of telling, also where the parse hung it on the person told or
    on a circumstance ("told a meeting of leaders that ...", "told brokers on a call that ...")."""
    doc = tok.doc
    for other in doc[tok.i + 1: tok.right_edge.i + 1]:
        if other.dep_ in {"ccomp", "acl", "relcl"} and other.pos_ in {"VERB", "AUX"} \
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < other.i for m in other.children):
            first = next(m for m in other.children if m.dep_ == "mark").i + 1
            last = before_nested(other, other.right_edge.i)
            while last > first and doc[last].is_punct and doc[last].text not in {"”", '"', "’"}:
                last -= 1
            return doc[first].idx, doc[last].idx + len(doc[last].text)
    return None


def _includes_more(child: Token, last: int) -> bool:
    """", including Y" that the parse hung on the verb after its complement's noun names more of that noun (it never
    places or dates the act): "complained about the timetable, including the late first ferry"
    (tests/extract/test_speakers_session38.py::test_including_after_the_object_goes_on_it)."""
    doc = child.doc
    if not (child.dep_ == "prep" and child.lower_ in INCLUDING and child.i == last + 2 and doc[last + 1].text == ","
            and doc[last].pos_ in {"NOUN", "PROPN"} and any(g.dep_ == "pobj" for g in child.children)):
        return False
    # (not after a plural subject: "seven members voted against the scheme, including two of the ruling group" may
    # name some of the subject; test_speakers_session38.py::test_including_after_a_plural_subject_may_be_some_of_it)
    subject = subject_of(child.head)
    return subject is None or not (subject.morph.to_dict().get("Number") == "Plur" or subject.tag_ == "CD"
                                   or any(c.dep_ == "conj" for c in subject.children))


def _object_end(child: Token) -> int:
    """Last token of a complement, without what a comma adds about its object ("compared the channel to
    the state broadcaster, which receives ...", "endorsing X's campaign, the latest chapter in ...")."""
    last = child.right_edge.i
    if child.dep_ in {"ccomp", "xcomp"}:  # "said A, arguing that B": B is a report of its own
        last = before_nested(child, last)
    for tok in child.subtree:
        if tok.i > child.i and tok.dep_ in {"relcl", "appos"} and tok.i > 0 and tok.left_edge.i > 0 \
                and tok.doc[tok.left_edge.i - 1].text == "," and (tok.dep_ == "appos" or tok.left_edge.tag_ in {"WDT", "WP"}) \
                and _closes(tok, child.right_edge.i):
            last = min(last, tok.left_edge.i - 2)
    return last


def _closes(tok: Token, last: int) -> bool:
    """The aside runs to the complement's end: an apposition in the middle ("to hold X, a former
    aide, in contempt of ...") is kept, or what follows it would be lost."""
    end = tok.right_edge.i
    doc = tok.doc
    while end + 1 <= last and doc[end + 1].is_punct:
        end += 1
    return end >= last


def _particle(tok: Token) -> str:
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    if prt is None and tok.lemma_.lower() in POINTING:
        prt = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)  # "pointed to"
    return f" {prt.text}" if prt is not None else ""


@lru_cache(maxsize=4096)
def _files(lemma: str, pos: str) -> frozenset[int]:
    """WordNet lexicographer files of the lemma's two most frequent senses."""
    return frozenset(_lexfiles(lemma, pos)[:2])


def _lexfiles(lemma: str, pos: str) -> list[int]:
    from ..judge.wordnet import wordnet

    wn = wordnet()
    out = []
    for offset in wn.synsets(lemma, pos)[:2]:
        line = wn.find_line(f"data.{pos}", b"%08d" % offset)
        if line:
            out.append(int(line.split()[1]))
    return out
