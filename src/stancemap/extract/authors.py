"""Who speaks behind a document: "A Fenmoor statement said", "a memo from the Transport Ministry shows", "the
chamber's latest survey", "a study by Professor X found", "X issued a statement saying", "the memo
recommends" (after a memo whose author is known). The author, when the phrase or the clause names one; else
the document stays an unnamed source. Used by speakers.SpeakerResolver; pinned by
tests/extract/test_speakers_session16.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..model import Actor
from .clauses import speaker_span
from .lexicon import DOCUMENT_NOUNS
from .roleholders import COMPANY_WORDS, a_body, body_by_word

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# Prepositions that name a document's author ("a memo from X", "a study by X"); "a poll of voters",
# "a survey for X" name whom it asked or whom it was made for.
AUTHOR_PREPS = frozenset({"from", "by"})
# Verbs that make or put out a document: their subject or agent is its author ("X issued a statement saying
# ...", "a study published by X"; "emails obtained by X" are not X's).
MAKING_VERBS = frozenset({"issue", "publish", "release", "put", "send", "post", "file", "write", "circulate", "conduct",
                          "carry", "prepare", "produce", "compile", "draft"})
# Documents whose publisher wrote them ("X published a report"; "X published emails" did not write them).
AUTHORED = frozenset({"statement", "report", "poll", "survey", "study", "analysis", "research", "memo", "letter",
                      "finding", "findings", "review", "audit", "forecast", "estimate", "assessment", "release"})


def is_document(head: Token) -> bool:
    return head.lemma_.lower() in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS or head.lemma_.lower() == "finding"


def document_author(resolver: SpeakerResolver, span: Span, sentence_index: int) -> Actor | None:
    """The author of the document the speaker phrase names, or None; remembered by the document's noun, so that
    "the memo" later in the article has the same author."""
    head = span.root
    if not is_document(head):
        return None
    author = _named_author(resolver, head) or _possessor_author(resolver, head, sentence_index) \
        or _issuer(resolver, head, sentence_index) or _body_word_author(resolver, head, sentence_index) \
        or _described_author(resolver, head, sentence_index)
    key = head.lemma_.lower()
    if author is not None:
        resolver.authors[key] = author
        return author
    if span[0].lower_ in {"the", "this", "that"}:
        # "The memo recommends ...": the memo named before as a speaker's, else one a sentence before put out or spoke
        # in ("X insisted in a statement that ... / '...,' the statement said"; "X released a statement. ... the
        # statement says")
        return resolver.authors.get(key) or _earlier_author(resolver, head, sentence_index)
    return None


# How far back a bare "the statement" looks for the one a sentence put out or spoke in (sentences).
EARLIER = 6


def _earlier_author(resolver: SpeakerResolver, head: Token, sentence_index: int) -> Actor | None:
    """The author of the latest document of the same noun in the sentences before: the subject of the verb it was
    spoken "in" ("X said in a statement that ...") or of the verb that put it out ("X released a statement")
    (test_speakers_session23[the_statement_said])."""
    doc = head.doc
    first = head.sent.start
    for _ in range(EARLIER):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first: head.sent.start]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.pos_ != "NOUN":
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "via"} else \
            tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in MAKING_VERBS else None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
        if verb is None or verb.pos_ not in {"VERB", "AUX"} or subject is None or subject.pos_ == "PRON":
            return None
        actor, _ = resolver.phrase_actor(speaker_span(subject), sentence_index)
        return actor
    return None


def _named_author(resolver: SpeakerResolver, head: Token) -> Actor | None:
    """A name in the phrase that qualifies the document: its compound, noun modifier or possessor ("A Fenmoor statement",
    "A Gorrindge Research snap poll", whose name the parse hangs as a noun modifier: test_speakers_session17),
    "Gorrindge Research's poll") or the object of "from"/"by", also through a participle ("a report released in
    March by X", which the speaker phrase may end before)."""
    spans: list[Token] = [c for c in head.children if c.dep_ in {"compound", "nmod", "poss"} and c.i < head.i]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in AUTHOR_PREPS:
            spans += [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "acl" and child.i > head.i and child.lemma_.lower() in MAKING_VERBS:
            spans += [g for p in child.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in AUTHOR_PREPS)
                      for g in p.children if g.dep_ == "pobj"]
    for token in spans:
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        for m in resolver.mentions:
            actor = resolver.index.by_id(m.actor)
            if start <= m.start and m.end <= end and actor is not None and actor.kind in {"person", "organization",
                                                                                           "group", "media"}:
                return actor
    return None


def _described_author(resolver: SpeakerResolver, head: Token, sentence_index: int) -> Actor | None:
    """"Data from the port's finance office suggest ...": the author of "from"/"by", named by no name, resolved as a
    speaker phrase of its own when it is a body (a described body: the office), not an unnamed source
    (tests/extract/test_speakers_session44.py::test_a_document_from_a_described_body)."""
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ not in AUTHOR_PREPS or child.i < head.i:
            continue
        for pobj in (g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NN"):
            words = [t for t in pobj.subtree if t.i <= pobj.i]
            actor, _ = resolver.phrase_actor(head.doc[words[0].i: pobj.i + 1], sentence_index)
            if actor is not None and actor.kind in {"organization", "group"}:
                return actor
    return None


def _body_word_author(resolver: SpeakerResolver, head: Token, sentence_index: int) -> Actor | None:
    """"Ministry figures show", "Company figures put ...": a document whose modifier is a word for a body is the body
    the article names by that word ("the health ministry", a firm "the company" takes), as a spokesperson's is
    (speakers._principal); no such body named, the document stays unnamed ("census figures")
    (tests/extract/test_speakers_session26.py::test_a_document_of_a_body_word)."""
    for word in (c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i):
        if word.pos_ in {"NOUN", "PROPN"} and not word.ent_type_ and (word.lower_ in COMPANY_WORDS or a_body(word.lower_)):
            found = resolver._named_by_head(word.lower_, head.idx) or resolver._company(word, head.idx, sentence_index) \
                or (body_by_word(resolver.index, resolver.mentions, word, head.idx) if word.lower_ not in COMPANY_WORDS
                    else None)
            if found is not None:
                return found
    return None


def _possessor_author(resolver: SpeakerResolver, head: Token, sentence_index: int) -> Actor | None:
    """"The defence committee's report", "the chamber's survey": the possessor, resolved as a speaker phrase of
    its own."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.tag_ == "PRP$":
        # (not "his review": "If his review recommends X" is no statement of his; speakers._possessor keeps
        # "her statement", "his analysis")
        return None
    words = [t for t in poss.subtree if t.dep_ != "case"]
    if not words:
        return None
    phrase = head.doc[words[0].i: words[-1].i + 1]
    actor, _ = resolver.phrase_actor(phrase, sentence_index)
    return actor


def _issuer(resolver: SpeakerResolver, head: Token, sentence_index: int) -> Actor | None:
    """"Ebbersley Ferries issued a statement saying ...", "the authority, which published findings saying ...": the
    subject of the verb that put the document out."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in MAKING_VERBS or head.lemma_.lower() not in AUTHORED:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in {"he", "she", "it"}):
        return None
    actor, _ = resolver.phrase_actor(speaker_span(subject), sentence_index)
    return actor
