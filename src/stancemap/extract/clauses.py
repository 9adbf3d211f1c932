"""Clause roles the statement finders share: who the subject of a reporting verb is (also when the
parse hides it), whether it can speak and which words name it. Where reported content ends, and
which verbs state a position: bounds.py."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..clean.dateline import dateline_end
from .appositions import appositive_name, role_holder_between_commas
from .frames_nouns import BEINGS, lexfile
from .lexicon import (
    GROUP_HEADS,
    KNOWING,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PERSONAL_PRONOUNS,
    SPEECH_VERBS,
    TIME_SUBORDINATORS,
    UNNAMED_SOURCES,
    words,
)

SPEAKER_NOUNS = PERSON_ROLES | GROUP_HEADS | UNNAMED_SOURCES | words(
    "government ministry alliance bloc party council commission administration side camp parliament cabinet "
    "office presidency organization organisation union coalition opposition country nation state leadership "
    "authorities military army faction movement campaign group committee delegation embassy court staff")

RELATIVE = frozenset({"who", "which", "that"})

ASPECTUAL = frozenset({"continue", "keep", "remain", "begin", "start", "go"})
# "X appeared to blame Y", "X seemed to think ...": the subject of the raising verb reports.
RAISING = frozenset({"seem", "appear"})

# Verbs that ask, dare or require another to do what their clause says ("demanded that B prove ...").
DIRECTIVES = frozenset({"demand", "urge", "dare", "challenge", "ask", "press", "order", "require", "request",
                        "implore", "beg", "call"})  # (not "insist": "insisted that we are right" asserts)


# Verbs that put a question to someone ("asked whether", "questioned if"; not yet "pressed on whether", where the clause
# hangs on the preposition: tests/extract/test_answered_question.py::test_a_verb_of_a_question_put_on_a_preposition).
QUESTIONING = frozenset({"ask", "press", "question", "query", "quiz"})


def asked_of(verb: Token) -> bool:
    """"X demanded that B prove that ...", "daring him to say that ...": a verb of saying in the bare (or "to")
    clause of a verb that asks it of its subject reports nothing B said; the directive's own statement carries
    it (statements._verbal, predicates.predicate_candidates), as for "urged B to confirm ..."
    (tests/extract/test_speakers_session25.py::test_asked_of_*). Nor does a verb in the "whether" or "if" clause of a
    verb of asking, or of the preposition it puts the question on: a question put ("Asked whether he backed the bid,
    ...", "Pressed on whether X, ...": tests/extract/test_answered_question.py)."""
    asker: Token | None = verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # put on a preposition: "pressed on whether X", "quizzed
        asker = verb.head.head  # about whether X" (test_answered_question.py::test_a_verb_of_a_question_put_on_a_preposition)
    elif verb.dep_ not in {"ccomp", "advcl"}:
        asker = None
    if asker is not None and asker.lemma_.lower() in QUESTIONING and any(
            c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return True
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in DIRECTIVES:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ == "to" for c in aux):
        return True
    # a subjunctive: the bare verb with no auxiliary ("that the state prove"; "insisted that she was" is no order)
    return not aux and verb.tag_ in {"VB", "VBP"}


def predicate_like(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun although the parse gives it a subject ("Orvell
    claims that ...", "Officials says ...": 'claims' tagged NNS with an nsubj child). Pinned by
    test_statements_verb_tagged_as_noun."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and tok.tag_ in {"NNS", "NN"} and tok.lower_.endswith("s") \
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)


# Auxiliaries that put their verb in the past ("did not know", "had known"), and those of a perfect ("has cost").
PAST_AUXILIARIES = frozenset({"did", "had"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})


def said_in_past(verb: Token, auxiliaries: frozenset[str] = PAST_AUXILIARIES, *, participle: bool = False,
                 any_past_auxiliary: bool = False) -> bool:
    """A verb said in the past: its past form ("knew"; with `participle` its past participle too: "a plan approved"),
    or an auxiliary of `auxiliaries` on it ("did not know", "had known"); with `any_past_auxiliary` also any auxiliary,
    a passive's too, in a past form ("was reviewed", "were voting"). What each reader counts: frames.py the past and
    the pluperfect (the defaults); judge/conditions.py a past or a perfect, passive too; judge/conditions_with.py a
    past, a participle or a perfect."""
    if verb.tag_ == "VBD" or (participle and verb.tag_ == "VBN"):
        return True
    deps = {"aux", "auxpass"} if any_past_auxiliary else {"aux"}
    return any(c.dep_ in deps and (c.lower_ in auxiliaries or (any_past_auxiliary and c.tag_ == "VBD"))
               for c in verb.children)


# The dashes that end a wire dateline ("KELLBY, Mar 4 (HBW) - ..."), or an opening phrase before a subject (speaker_span).
_DASHES = frozenset({"–", "—", "-", "--"})


def past_dateline(subject: Token) -> Token:
    """"KELLBY (Harbor Ledger) – Dunsmere asked ...": the parse makes a word of the dateline (its city, date or agency)
    the subject and the real one an apposition after the dash; no word of a dateline is a speaker (issue 10; the
    dateline read once by clean/dateline.py: test_cues_dateline_city_is_not_the_speaker)."""
    end = dateline_end(subject)
    if end is None:
        return subject
    # (the apposition may hang on the dateline's date or agency, "MORWICK, 3 March 2026 – X today welcomed ...",
    # "HOLMGARD, Mar 4 (HBW) - X urged ...": test_speakers_session19[a_dateline_with_a_date])
    after = next((c for c in subject.subtree if c.dep_ == "appos" and c.idx >= end and c.head.idx < end), None)
    return after if after is not None else subject


def role_in_capitals(tok: Token) -> bool:
    """A role word in capitals the parse hung on the noun before it as an apposition ("One coalition MP said": "MP" on
    "coalition"): the phrase's head, not an apposition that ends it (speaker_span, speakers._head;
    test_speakers_session24[a_role_in_capitals])."""
    return tok.dep_ == "appos" and tok.head.i == tok.i - 1 and tok.text.isupper() and tok.lower_ in PERSON_ROLES


def speaker_span(subject: Token) -> Span:
    """The subject's words, without a trailing apposition or relative clause ("X, the leader, ...").
    A role with a name in apposition ("its deputy foreign minister, A. B.,") is named by the name."""
    subject = past_dateline(subject)
    named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    # A role with a person's name in apposition, or a description with any proper name there.
    holder = role_holder_between_commas(subject) if named is None else None
    if holder is not None:
        return holder
    subject = named if named is not None and subject.ent_type_ != "PERSON" else appositive_name(subject) or subject
    tokens = [t for t in subject.subtree]
    # Only the words next to the subject: a parse that hangs a quotation on it ('She is asking X: "Vote ..."' with the
    # quotation under "She") leaves a gap, and the span would run over the words between (test_speakers_session18).
    k = tokens.index(subject)
    first, last = k, k
    while first > 0 and tokens[first - 1].i == tokens[first].i - 1:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].i == tokens[last].i + 1:
        last += 1
    tokens = tokens[first:last + 1]
    while len(tokens) > 1 and (tokens[0].is_punct or _inverted_cue(tokens[0]) or dateline_end(tokens[0]) is not None) \
            and tokens[0] != subject:
        tokens = tokens[1:]  # a closing quotation mark the parse hung on the name after it, an inverted cue
    dash = next((k for k, t in enumerate(tokens) if t.i < subject.i and t.text in _DASHES and t.whitespace_
                 and t.i > 0 and t.doc[t.i - 1].whitespace_), None)
    if dash is not None:
        # a dateline the parse hung on the subject, "ORRABY, Sept 16 (HBW) - Quellmark's government urged", ends at its
        # dash (test_speakers_session24[a_dateline_hung_on_the_subject])
        tokens = tokens[dash + 1:]
    cut = len(tokens)
    for k, t in enumerate(tokens):
        hyphenated = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
        dated = t.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in t.children)  # "X on Wednesday"
        # (a role word in capitals hung on the noun before it is the phrase's head: role_in_capitals)
        if t.i > subject.i and not hyphenated and not role_in_capitals(t) and (
                t.text in {",", ":"} or t.dep_ in {"relcl", "acl", "appos"} or t.lower_ == "via"
                or t.tag_ in {"WDT", "WP", "WP$"} or dated):
            cut = k
            break
    tokens = tokens[:cut]
    while len(tokens) > 1 and tokens[-1].text in {"(", "[", "-", "–", "—"}:
        tokens = tokens[:-1]  # "Sen. A. B. (R-Tex)": the cut at the party leaves its opening bracket
    return subject.doc[tokens[0].i: tokens[-1].i + 1]

def speaker_words(subject: Token, verb: Token) -> Span:
    """The words naming the source of `verb`: the subject's words, and for a relative clause
    ("Mr. Fessler, who said ...") the antecedent through the relative pronoun that stands for it."""
    span = speaker_span(subject)
    clause = _relative_clause_of(verb, subject)
    rel = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"}), None)
    if rel is not None and subject.i < rel.i and clause.dep_ == "relcl" and rel.i - span.end < 40 \
            and rel.i >= span.end and antecedent(clause.head) == subject:
        return subject.doc[span.start: rel.i + 1]
    return span


def _relative_clause_of(verb: Token, subject: Token) -> Token:
    """The verb itself, or the relative clause on `subject` a participle of it hangs on ("B, who reached
    the far shore knowing that ...": the mention runs through "who" as for "B, who said")."""
    node = verb
    # (also a conjunct verb sharing the relative clause's subject: "B, who make up most riders and see the toll as X"
    # runs through "who" too: tests/extract/test_speakers_session38.py::test_seeing_an_object_as_something)
    while (node.dep_ in {"acl", "advcl", "xcomp", "dobj"}
           or (node.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in node.children))) \
            and node.head is not node and node.head.i > subject.i:
        node = node.head
        if node.dep_ == "relcl" and antecedent(node.head) == subject:
            return node
    return verb


def speaker_capable(subject: Token) -> bool:
    if subject.lower_ in PERSONAL_PRONOUNS:
        return True
    if subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subject.pos_ == "PROPN":
        return True
    if subject.text in _name_words(subject.doc):
        return True  # a surname the tagger missed here but tagged elsewhere in the article
    if subject.lower_ == "those" and any(c.dep_ in {"acl", "relcl", "amod", "prep"} for c in subject.children):
        return True  # "those close to him", "those who know her", "those familiar with the talks": people
    return subject.lemma_.lower() in SPEAKER_NOUNS or subject.lower_ in SPEAKER_NOUNS

def _name_words(doc: Doc) -> set[str]:
    cached = doc.user_data.get("stancemap_name_words")
    if cached is None:
        cached = {t.text for e in doc.ents if e.label_ in {"PERSON", "ORG"} for t in e if t.text[:1].isupper()}
        doc.user_data["stancemap_name_words"] = cached
    return cached

def _inverted_cue(verb: Token) -> bool:
    """"Said Vane: '...'": a verb of saying opening its sentence that the parse made part of the name
    after it (test_speakers_participles; "butcher Haskel Tellow" keeps its role word)."""
    return verb.dep_ == "compound" and verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS \
        and verb.i == verb.sent.start and verb.head.i == verb.i + 1 \
        and (verb.head.pos_ == "PROPN" or verb.head.ent_type_ == "PERSON")


def _holder_of_split_role(verb: Token, subjects: list[Token]) -> Token | None:
    """'"...," said its co-founder, Edda Marquand.': after the verb, the parse splits a hyphened role into
    several subjects ("co", "-", "founder") and the name set off after it becomes one more subject or the
    apposition of a piece; the one named (a person, or a body: the tagger may call it either) speaks, not the
    nearest piece of the role (the one case the parse breaks this way: before the verb it keeps the apposition;
    test_speakers_session31::test_split_role_*)."""
    after = sorted((c for c in subjects if c.i > verb.i), key=lambda c: c.i)
    if len(after) < 2:
        return None  # one subject after the verb: a role of one word, whose apposition subject_of reads below
    doc = verb.doc
    pieces = [t for t in doc[after[0].i:after[-1].i + 1] if t.pos_ != "PROPN" and t.text != ","]
    if not any(t.text == "-" and not doc[t.i - 1].whitespace_ and not t.whitespace_ for t in pieces):
        return None  # no hyphened word split in the role
    for piece in after:
        for tok in (piece, *piece.children):
            if tok.pos_ == "PROPN" and tok.left_edge.i > 0 \
                    and doc[tok.left_edge.i - 1].text == "," and (tok is piece or tok.dep_ == "appos"):
                return tok
    return None


def subject_of(verb: Token, near: Token | None = None) -> Token | None:
    if _inverted_cue(verb):
        return verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        named = _holder_of_split_role(verb, subjects)
        if named is not None:
            return named
        # "Corvenna, she told reporters, would ...": of two subjects the one next to the verb speaks.
        subject = min(subjects, key=lambda c: abs((near or verb).i - c.i))
        if subject.i > verb.i and _quoted(subject):
            # '"...," Harlan, an adviser, said on "Morning Desk."': a quoted title after the verb
            # is not who spoke; the name after the quotation's close is (test_cues_quoted_title_*).
            return _after_quotation(verb)
        if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
            # "X, who said ...": the relative pronoun stands for X; "B released a letter that says ...":
            # a letter, statement ... reports for whoever issued it, as a participle on it does
            return _carrier_source(verb.head) or antecedent(verb.head, person=subject.lower_ == "who")
        if subject.ent_type_ == "PERSON" and verb.dep_ == "parataxis":
            # "To understand A, Chief Justice B said, one should ...": the parse made the name before
            # the comma the subject and the one next to the verb its apposition (test_speakers_fixes).
            named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                          and c.right_edge.i == verb.i - 1), None)
            if named is not None:
                return named
        named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is not None and subject.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"} and subject.pos_ == "NOUN" \
                and subject.lemma_.lower() not in SPEAKER_NOUNS and subject.doc[subject.i + 1].text == ",":
            # "With a month left before the vote, Carys Prescott, an adviser, called ...": the parse made
            # the name an apposition of the noun before it (test_cues_name_after_an_opening_phrase).
            return named
        return subject
    # "The ad uses footage of B asking, '...'": a participle complementing a verb with an object
    # reports for that object (or the person the footage is of), not the verb's subject.
    seen = _object_of_participle(verb)
    if seen is not None:
        return seen
    # "..., saying the country must ...", "..., telling state television that ...": a participle
    # reports for the subject of the clause it hangs on.
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX", "ADJ"}:
        # "expressed doubts ..., saying ...": a statement of its own
        return _past_restrictive_relative(verb) or _absolute_subject(verb) or subject_of(verb.head, near=verb)
    # "responded by saying ...", "after saying ...", "before asking ...": a participle after a
    # preposition reports for the subject of the verb the preposition hangs on (test_statements_forms).
    governor, aside = verb.head.head, False
    if governor.pos_ == "ADV" and governor.dep_ == "advmod" and verb.head.i == governor.i + 1:
        governor, aside = governor.head, True  # "aside from saying ...", "apart from noting ...": the adverb's verb
        # (tests/extract/test_speakers_session33.py::test_a_participle_after_aside_from; also "stopped short of
        # calling X Y", which PolNeAR and the written batches' readers both annotate: test_stopped_short_of_calling)
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and governor.pos_ in {"VERB", "AUX"}:
        blamed = _object_controls(verb.head, governor)
        if blamed is not None:
            return blamed
        if aside and governor.dep_ == "xcomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in governor.children) \
                and not any(c.dep_ in {"dobj", "dative"} for c in governor.head.children):
            governor = governor.head  # "refuses to list X, aside from noting ...": the infinitive's subject is its
            # governor's (no object to control it; tests/extract/test_speakers_session33.py). Only after "aside from":
            # "voted to censure B for declining to ...", "called on B to apologise for suggesting ..." are B's,
            # whom the parse does not show (PolNeAR dev lost three found attributions when every "for" climbed).
        return subject_of(governor, near=verb) or next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
    # "X, posting on social media: '...'": the participle modifies its speaker.
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.i < verb.i:
        if verb.lemma_.lower() in KNOWING and _thing_object(verb.head) and verb.head.head.pos_ in {"VERB", "AUX"} \
                and verb.doc[verb.i - 1].text != ",":
            # "who reached the far shore knowing that ...": a participle of a mind's state on a verb's
            # object that is no person is the verb's subject's (test_speakers_participles).
            return subject_of(verb.head.head)
        return _carrier_source(verb.head) or verb.head
    # "X continues to insist ...": the subject sits on an aspectual governing verb ("X went on to explain
    # that ...", whose infinitive the parse may hang as an adverbial clause: test_cues_statement_forms).
    if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB")) \
            and verb.head.lemma_.lower() in _ASPECTUAL_OR_RAISING:
        return subject_of(verb.head)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subordinated_subject(verb) or subject_of(verb.head)
    # "..., the news outlet reported on Friday": the tagger sometimes hangs a closing reporting
    # verb on its subject noun as a modifier (acl) instead of making the noun its subject.
    if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and verb.head.i == verb.i - 1 \
            and verb.head.lemma_.lower() in SPEAKER_NOUNS and not any(c.dep_ == "agent" for c in verb.children):
        if verb.head.dep_ == "dobj" and verb.head.head.dep_ == "relcl":
            # "One of the doctors who sent the letter called X a quack": the object of a relative
            # clause is no subject; the relative clause's antecedent is (test_speakers_fixes).
            return _partitive(verb.head.head.head)
        return verb.head
    return left_subject(verb)


# WordNet's files of a time and a reason ("the day she announced that ...", "the reason he said that ..."): a relative
# clause on such a noun has no object gap.
_WHEN_OR_WHY = frozenset({16, 28})


def gap_clause(verb: Token, clause: Token) -> bool:
    """"The three savings she listed are A, the paper reported", "rules she drafted that B says cost jobs": a verb of
    saying in a relative clause with no relative word and no object reports no clause, for its object is the noun it
    describes. The clause the parse hung on it is another relative clause on that noun ("that ..."; not on a noun of
    saying or believing, whose content a "that" clause is: "the claim he repeated that ..."), or, with no subject or
    subordinator of its own, the predicate of a noun that opens its sentence and is no verb's subject but a closing
    report's ("a provision they say could cost jobs", "the man they say fired it was held" stay reports)
    (tests/extract/test_speakers_session28.py::test_a_cue_in_a_relative_clause_reports_no_clause)."""
    from .nominal import BELIEF_NOUNS, SPEECH_NOUNS, THAT_NOUNS

    if verb.dep_ != "relcl" or clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"} or clause.i < verb.i:
        return False
    noun, doc = verb.head, verb.doc
    if noun.ent_type_ in {"DATE", "TIME"} or lexfile(noun.lemma_.lower()) in _WHEN_OR_WHY or noun.i > verb.i:
        return False
    if noun.dep_ == "ROOT":
        return False  # "Its envoy B claimed that ...": the parse lost the sentence's verb and made the cue a relative
    if any(c.dep_ in {"dobj", "ccomp", "dative"} and c.i < clause.i and c != clause for c in verb.children) or any(
            t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that" for t in doc[noun.i + 1: verb.i]):
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if marks:
        return all(m.lower_ == "that" for m in marks) and noun.lower_ not in SPEECH_NOUNS | BELIEF_NOUNS | THAT_NOUNS
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in clause.children):
        return False
    first = noun.left_edge.i
    while first > noun.sent.start and doc[first - 1].is_punct:
        first -= 1
    # (the noun as the subject or object of a report closing the sentence: "..., the paper reported")
    closing = noun.head.lemma_.lower() in SPEECH_VERBS and noun.head.i > clause.right_edge.i
    return first == noun.sent.start and (noun.dep_ not in {"nsubj", "nsubjpass"} or closing)


# Prepositions whose object a participle right after it may take as its subject ("despite B saying ..."); not "with",
# which may be the verb's own ("filed a complaint with the board, claiming ...": the filer claims).
ABSOLUTE_PREPS = frozenset({"despite", "amid", "amidst"})
# Words that may stand between such an object and its participle ("amid critics, among them B, openly claiming ...").
_BETWEEN = frozenset({",", "now", "still", "also", "even", "all", "already", "openly", "publicly"})


def _absolute_subject(verb: Token) -> Token | None:
    """"Officials pressed on amid a few critics, among them B, openly claiming ...": the parse hangs the participle on
    the main verb, whose subject would speak; people (not "warnings", "objections") that a "despite" or "amid" phrase
    of that verb ending right before it (commas and an adverb between) names are who say it
    (tests/extract/test_speakers_session28.py::test_a_participle_after_despite_its_object)."""
    doc = verb.doc
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ABSOLUTE_PREPS or not prep.right_edge.i < verb.i:
            continue
        if not all(t.lower_ in _BETWEEN or t.is_space for t in doc[prep.right_edge.i + 1: verb.i]):
            continue
        if doc[verb.i - 1].text == ",":
            continue  # "pressed on despite angry residents, saying ...": a comma right before it, the subject's own
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ in {"PERSON", "NORP"} or lexfile(obj.lemma_.lower()) in BEINGS):
            return _partitive(obj)
    return None


def _past_restrictive_relative(verb: Token) -> Token | None:
    """"... not paying a builder who said he was cheated, saying, '...'": the parse hangs a participle
    after a comma on the verb of a restrictive relative clause (no comma before "who") that stands
    before it; it reports for the subject of the clause the relative clause's noun stands in
    (test_speakers_participles)."""
    head = verb.head
    if head.dep_ != "relcl" or verb.i < head.i or verb.doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"} for c in head.children):
        return None
    noun = head.head
    if head.left_edge.i > 0 and verb.doc[head.left_edge.i - 1].text == ",":
        return None  # "B, who said ..., saying ...": a non-restrictive clause goes on about B
    node = noun
    for _ in range(6):
        if node.head is node:
            break
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and node.pos_ in {"VERB", "AUX"}:
            return subject_of(node)
    return None


def _object_controls(prep: Token, governor: Token) -> Token | None:
    """"held B in contempt for refusing ...", "praised B for saying ...": the object of a verb of
    blame or praise does what the participle after "for" says (test_speakers_participles)."""
    if prep.lower_ != "for" or governor.dep_ in {"xcomp", "ccomp"}:
        return None  # "voted to hold B in contempt for ...": the blame is what the outer speaker voted
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < prep.i), None)
    return obj if obj is not None and speaker_capable(obj) and not _thing_object(obj) else None


def _thing_object(noun: Token) -> bool:
    """A verb's direct object that names no person, body or group ("the other side", "a hearing")."""
    if noun.dep_ != "dobj" or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or noun.pos_ in {"PROPN", "PRON"}:
        return False
    lemma = noun.lemma_.lower()
    if lemma in PERSON_ROLES or lemma in GROUP_HEADS or lemma in UNNAMED_SOURCES:
        return False
    return lexfile(lemma) not in BEINGS  # WordNet's first sense is no person and no group ("artists")


# Subordinators the parse may read as prepositions ("since Brandt, at the debate, cited ..."); not "as",
# whose "as B said" is an aside on words reported before it (asides.py).
SUBORDINATORS = TIME_SUBORDINATORS | {"because"}


def _subordinated_subject(verb: Token) -> Token | None:
    """"X has been targeting Y since B, at Monday's debate, cited ...": the parse read the subordinator
    as a preposition with the clause's subject its object and made the clause's verb a conjunct of
    the main verb with no "and"; that object is the subject (test_speakers_participles)."""
    head = verb.head
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in SUBORDINATORS and head.i < prep.i < verb.i:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i < verb.i and (obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_):
                return obj
    return None


def antecedent(noun: Token, person: bool = False) -> Token:
    """What a relative pronoun stands for: the noun it follows, or the person that noun describes
    ("B, a former aide who ...": B; "B is a former lawyer who ...": B), so that other names in the
    description do not speak (test_speakers_fixes). With `person` (the relative is "who"), a name after
    "of" that is no person's stands for no one: "B, the owner of the Harwick Gulls, who says ...", "led by B
    of the Harwick Gulls, who argues ...": the one the "of" phrase hangs on, a name or a role
    (test_speakers_session31::test_who_after_a_body_is_its_person)."""
    if person and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.pos_ == "PROPN" \
            and noun.ent_type_ != "PERSON" and noun.head.head.pos_ in {"PROPN", "NOUN"} \
            and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ",":
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and noun.head.i < noun.i:
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i), None)
        if subject is not None and subject.ent_type_ == "PERSON":
            return subject
    return noun


def _partitive(noun: Token) -> Token:
    """"one of the doctors": the phrase's head ("One"), whose words run through the noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NUM", "PRON"}:
        return noun.head.head
    return noun


# Nouns of a recording: who is seen or heard in it speaks ("footage of B asking ...").
RECORDINGS = frozenset({"footage", "video", "clip", "recording", "tape", "audio", "image", "photo"})
# Nouns that carry words but never speak themselves: "issued a statement calling X ...", "said at
# a news conference announcing that ..." report for the subject of the verb they hang on.
CARRIERS = frozenset({"statement", "conference", "release", "letter", "post", "tweet", "message", "speech",
                      "interview", "memo", "column", "briefing", "appearance", "video", "ad"})


def _object_of_participle(verb: Token) -> Token | None:
    if verb.tag_ != "VBG" or verb.dep_ != "xcomp" or verb.head.pos_ != "VERB":
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in RECORDINGS:
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        return person if person is not None and person.ent_type_ == "PERSON" else None
    return obj if obj.ent_type_ == "PERSON" else None


def _carrier_source(noun: Token) -> Token | None:
    """The subject of the verb whose object (or prepositional object) a participle hangs on, when
    that object is a statement, letter, conference ... ("issued a statement calling ...")."""
    if noun.ent_type_ or noun.lemma_.lower() not in CARRIERS:
        return None
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
    elif noun.dep_ != "dobj":
        return None
    return subject_of(governor) if governor.pos_ in {"VERB", "AUX"} else None

OPENING_MARKS = frozenset({'"', "“", "‘", "'", "«"})
CLOSING_MARKS = frozenset({'"', "”", "’", "'", "»"})


def _quoted(subject: Token) -> bool:
    first = subject.left_edge.i
    return first > 0 and subject.doc[first - 1].text in OPENING_MARKS


def _after_quotation(verb: Token) -> Token | None:
    """The name standing right after the last closing quotation mark before the verb."""
    doc = verb.doc
    close = next((k for k in range(verb.i - 1, verb.sent.start - 1, -1) if doc[k].text in CLOSING_MARKS), None)
    if close is None or close + 1 >= verb.i:
        return None
    name = doc[close + 1]
    return name if name.ent_type_ == "PERSON" or name.pos_ == "PROPN" else None


def left_subject(verb: Token) -> Token | None:
    """"..., Deputy Minister A. B. said on Monday": when the parse lost the subject, the words
    between the last comma and a reporting verb name the speaker if they hold a name or pronoun."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and doc[i].text not in {",", ";", "—", "–", "\"", "”"}:
        i -= 1
    words = doc[i + 1: verb.i]
    if not words or len(words) > 8 or i < verb.sent.start:
        return None
    if any(t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS or t.lemma_.lower() in PERSON_ROLES for t in words):
        return words.root
    return None


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_ASPECTUAL_OR_RAISING = ASPECTUAL | RAISING
