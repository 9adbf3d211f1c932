"""Clause roles the statement finders share: who the subject of a reporting verb is (also when the
parse hides it), whether it can speak, which words name it, and which verbs state a position."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    GROUP_HEADS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLURAL_PRONOUNS,
    POSITION_NOUNS,
    POSITION_VERBS,
    SPEECH_VERBS,
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

def predicate_like(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun although the parse gives it a subject ("Trump
    claims that ...", "Officials says ...": 'claims' tagged NNS with an nsubj child). Pinned by
    test_statements_verb_tagged_as_noun."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and tok.tag_ in {"NNS", "NN"} and tok.lower_.endswith("s") \
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)


def past_dateline(subject: Token) -> Token:
    """"VODNA (Harbor Ledger) – Valdoria asked ...": the parse makes the dateline's city the subject
    and the real one its apposition after the dash; a dateline city is never a speaker (issue 10;
    test_cues_dateline_city_is_not_the_speaker)."""
    if subject.i != subject.sent.start or not subject.text.isupper() or len(subject.text) < 2:
        return subject
    dash = next((c for c in subject.children if c.dep_ == "punct" and c.text in {"–", "—", "-", "--"}), None)
    after = next((c for c in subject.children if c.dep_ == "appos" and dash is not None and c.i > dash.i), None)
    return after if after is not None else subject


def speaker_span(subject: Token) -> Span:
    """The subject's words, without a trailing apposition or relative clause ("X, the leader, ...").
    A role with a name in apposition ("its deputy foreign minister, A. B.,") is named by the name."""
    subject = past_dateline(subject)
    named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None and subject.ent_type_ != "PERSON":
        subject = named
    tokens = [t for t in subject.subtree]
    while len(tokens) > 1 and tokens[0].is_punct and tokens[0] != subject:
        tokens = tokens[1:]  # a closing quotation mark the parse hung on the name after it
    cut = len(tokens)
    for k, t in enumerate(tokens):
        hyphenated = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
        dated = t.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in t.children)  # "X on Wednesday"
        if t.i > subject.i and not hyphenated and (t.text == "," or t.dep_ in {"relcl", "acl", "appos"} or t.lower_ == "via"
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
    rel = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"}), None)
    if rel is not None and subject.i < rel.i and verb.dep_ == "relcl" and rel.i - span.end < 40 \
            and rel.i >= span.end:
        return subject.doc[span.start: rel.i + 1]
    return span


def speaker_capable(subject: Token) -> bool:
    if subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"we", "i"}:
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

def subject_of(verb: Token, near: Token | None = None) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        # "Valdoria, she told reporters, would ...": of two subjects the one next to the verb speaks.
        subject = min(subjects, key=lambda c: abs((near or verb).i - c.i))
        if subject.i > verb.i and _quoted(subject):
            # '"...," Harlan, an adviser, said on "Morning Desk."': a quoted title after the verb
            # is not who spoke; the name after the quotation's close is (test_cues_quoted_title_*).
            return _after_quotation(verb)
        if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
            return antecedent(verb.head)  # "X, who said ...": the relative pronoun stands for X
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
            # "With 50 days until the election, Carys Prescott, an adviser, called ...": the parse made
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
        return subject_of(verb.head, near=verb)  # "expressed doubts ..., saying ...": a statement of its own
    # "responded by saying ...", "after saying ...", "before asking ...": a participle after a
    # preposition reports for the subject of the verb the preposition hangs on (test_statements_forms).
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in {"VERB", "AUX"}:
        governor = verb.head.head
        return subject_of(governor, near=verb) or next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
    # "X, posting on social media: '...'": the participle modifies its speaker.
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.i < verb.i:
        return _carrier_source(verb.head) or verb.head
    # "X continues to insist ...": the subject sits on an aspectual governing verb.
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECTUAL | RAISING:
        return subject_of(verb.head)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head)
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


def antecedent(noun: Token) -> Token:
    """What a relative pronoun stands for: the noun it follows, or the person that noun describes
    ("B, a former aide who ...": B; "B is a former lawyer who ...": B), so that other names in the
    description do not speak (test_speakers_fixes)."""
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

DECLARING = frozenset({"express", "voice", "declare", "signal", "reaffirm", "state", "announce", "emphasize",
                       "emphasise", "stress", "underline", "reiterate", "confirm", "renew", "repeat", "issue"})
# Of the declaring verbs, these make any object a position ("stressed their efforts to ...");
# the others need a position noun ("expressed skepticism", "declared readiness").
EMPHASIS = frozenset({"emphasize", "emphasise", "stress", "reaffirm", "reiterate", "underline", "confirm"})


def states_position(verb: Token, lemma: str) -> bool:
    """"rejected the plan", "is pushing for", "expressed skepticism about", "reaffirmed support"."""
    if lemma in DECLARING:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and (obj.lemma_.lower() in POSITION_NOUNS or lemma in EMPHASIS)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "prep", "ccomp", "attr"}]
    return lemma in POSITION_VERBS and bool(objects)


def speech_end(doc: Doc, verb: Token, right: int, sent: Span) -> int:
    """Reported words run to the end of the sentence ("... not a veto, but a request for patience"),
    unless another speaker's cue follows ("..., but Y said ..."): then they stop before it."""
    for tok in doc[right + 1: sent.end]:
        stop = None
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB" and tok.i != verb.i and has_subject_child(tok) \
                and not describing(tok):
            subject = next(c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"})
            stop = max(min(subject.left_edge.i, tok.i), right + 1)
        elif tok.head == verb and tok.i > verb.i and ((tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"})
                                                     or (tok.dep_ == "advcl" and not _opens_quoted(tok))
                                                     or tok.text == ";"):
            # "X said A and suggested B", "X claimed A, although he refused B", "..., implicitly
            # putting ...": what hangs on the cue after its clause is not what was said.
            stop = max(tok.left_edge.i if tok.text != ";" else tok.i, right + 1)
        if stop is not None:
            while stop > right + 1 and doc[stop - 1].lower_ in {",", "and", "but", "while", ";"}:
                stop -= 1
            return doc[stop - 1].idx + len(doc[stop - 1].text)
    return sent.end_char


def describing(verb: Token) -> bool:
    """A restrictive relative clause (no comma before it) describes a noun of the content ("many of
    the examples that critics point to failed ...", "people who think ...") and is no other report;
    "Trump, who says ..." is one (test_speakers_fixes_a_restrictive_relative_clause_goes_on)."""
    first = verb.left_edge.i
    return verb.dep_ == "relcl" and first > 0 and verb.doc[first - 1].text not in {",", "(", "—", "–", "-"}


def _opens_quoted(clause: Token) -> bool:
    """'said she expected a yes "unless A"': a subordinate clause whose conjunction opens a quotation
    is the speaker's words (test_speakers_fixes_a_quoted_condition_stays_in_the_content)."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    quote = mark.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
    return quote is not None and quote.text in OPENING_MARKS and not quote.whitespace_ \
        and (quote.i == 0 or bool(quote.doc[quote.i - 1].whitespace_))


def has_subject_child(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


# Subordinators of a clause that the writer adds about the speaker, not what the speaker said
# ("He claimed that X, although he refused to ...").
CONCESSIVE = frozenset({"although", "though", "whereas", "while"})


# Verbs that, coordinated inside a reported clause, report on their own ("... and said she would ...",
# "... and Democrats accused ..."): with a subject of their own any verb of saying, without one only
# the plainest ("... and expected to finish by May" goes on saying what the clause's subject does).
NESTED_VERBS = SPEECH_VERBS | frozenset({"cite", "accuse", "call"})
PLAIN_SAYING = frozenset({"say", "tell", "add", "state", "write", "announce", "note", "warn", "claim", "argue",
                          "insist", "stress"})
QUOTE_MARKS = frozenset('"“”«»')


def nested_report(clause: Token) -> int | None:
    """Index of the first token of another report that a reported clause runs into: a reporting verb
    coordinated inside it ("says A promised B and said she would C", "said they were convinced A and
    Democrats accused B"). A reader (and PolNeAR) takes that as a statement of its own, so the first
    content ends before it; words inside a quotation are the speaker's and are never cut. A participle
    after a comma ("said A, arguing that B", "..., citing C") stays in the content: the written batches'
    gold keeps it there, and splitting it cost their precision more than it found on PolNeAR (round 5).
    Pinned by test_cues_content_stops_at_a_nested_report."""
    doc = clause.doc
    for tok in clause.subtree:
        if tok.i <= clause.i or tok.pos_ != "VERB" or tok.lemma_.lower() not in NESTED_VERBS:
            continue
        if tok.dep_ != "conj" or tok.tag_ not in {"VBD", "VBZ", "VBP"}:
            continue
        if tok.lemma_.lower() not in PLAIN_SAYING and not has_subject_child(tok):
            continue  # "said Vask had met A and expected B": B is more of what was said, Vask's plan
        first = tok.left_edge.i
        before = doc[first - 1] if first > clause.left_edge.i else None
        if before is None or before.lower_ not in {",", "and", "but"}:
            continue
        if any(ch in QUOTE_MARKS for ch in doc.text[clause.left_edge.idx: tok.idx]):
            continue
        return first
    return None


def nested_content(verb: Token) -> tuple[int, int] | None:
    """Token range of what a nested report (`nested_report`) reports: its clause without "that"
    ("arguing that it was ..."), or its object ("citing the importance of ...")."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ in {"ccomp", "dobj"}:
            left = child.left_edge.i + (verb.doc[child.left_edge.i].lower_ == "that")
            right = child.right_edge.i
            while right > left and verb.doc[right].is_punct:
                right -= 1
            return (left, right) if right > left else None
    return None


ANONYMITY = frozenset({"name", "identify", "quote"})


def asks_anonymity(verb: Token) -> bool:
    """"officials who asked not to be named": the anonymity formula is no position of the speaker's."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY and any(g.dep_ == "auxpass" for g in c.children)
               for c in verb.children)


def before_according(doc: Doc, first: int, end: int) -> int:
    """`end` (a character offset), or the end of the word before ", according to X" when the
    content from token `first` runs into it: who reported it is not what was said or believed
    ("X hopes to close A, according to Y"; test_cues_content_ends_before_according_to)."""
    for tok in doc[first:]:
        if tok.idx >= end:
            break
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" \
                and tok.i - 2 >= first and doc[tok.i - 1].text == ",":
            return doc[tok.i - 2].idx + len(doc[tok.i - 2].text)
    return end


def before_nested(clause: Token, right: int) -> int:
    """`right`, or the last token before a nested report inside the clause (`nested_report`),
    without the comma or conjunction that joins it."""
    nested = nested_report(clause)
    if nested is None or nested > right:
        return right
    right = nested - 1
    while right > clause.left_edge.i and clause.doc[right].lower_ in {",", "and", "but"}:
        right -= 1
    return right


def clause_right(clause: Token) -> int:
    """Index of a reported clause's last token, without a concessive clause with a subject of its
    own that a comma adds at its end (pinned by test_predicates_content_ends_*), nor another report
    it runs into (`nested_report`)."""
    right = clause.right_edge.i
    if nested_report(clause) is not None:
        return before_nested(clause, right)
    for child in reversed(list(clause.children)):
        if child.i < clause.i or child.dep_ != "advcl":
            continue
        mark = next((g for g in child.children if g.dep_ == "mark"), None)
        first = child.left_edge.i
        if mark is not None and mark.lower_ in CONCESSIVE and has_subject_child(child) and first > 0 \
                and clause.doc[first - 1].text == "," and child.right_edge.i >= right - 1:
            right = first - 2
        break
    return right


def hung_clause(verb: Token) -> tuple[int, int] | None:
    """"X wrote in a letter that ...", "said in an interview on Monday that ...": a "that" clause the
    parse hung on the object of the verb's preposition (test_cues_said_in_a_statement_that)."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for obj in prep.children:
            for clause in obj.subtree:
                if clause.dep_ in {"acl", "ccomp", "relcl"} and doc[clause.left_edge.i].lower_ == "that" \
                        and doc[clause.left_edge.i].dep_ == "mark" and clause.head.dep_ in {"pobj", "npadvmod"}:
                    last = clause.right_edge.i
                    while last > clause.left_edge.i and doc[last].is_punct and doc[last].text not in {"”", '"'}:
                        last -= 1
                    return doc[clause.left_edge.i + 1].idx, doc[last].idx + len(doc[last].text)
    return None


def misread_clause(verb: Token) -> Token | None:
    """"Trump said after the debate he would not concede ...": a reported clause with a subject
    of its own that the parser hung on the cue as an adverbial clause, for the preposition before
    its subject; a real adverbial clause has a subordinator ("said so because he ...")."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and child.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "nsubj" and c.i > verb.i for c in child.children) \
                and not any(c.dep_ == "mark" or c.tag_ in {"WRB", "WDT", "WP"} for c in child.children) \
                and not any(t.text in {",", ";", ":"} for t in verb.doc[verb.i + 1: child.left_edge.i + 1]):
            return child
    return None
