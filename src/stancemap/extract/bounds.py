"""Where reported content ends (the cue's clause, what a comma or a nested report adds after it),
and which verbs state a position: the boundary rules the statement finders share (clauses.py says
who speaks)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .clauses import OPENING_MARKS
from .lexicon import POSITION_NOUNS, POSITION_VERBS, SPEECH_VERBS
from .text import doc_text

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
    objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "prep", "ccomp", "attr"} or for_clause(c)]
    return lemma in POSITION_VERBS and bool(objects)


def for_clause(clause: Token) -> bool:
    """"called for the depot to be closed", "pushed for the tram to be built": a clause opened by "for" that the parse
    hung on the verb as an adverbial clause is what is called for (tests/extract/test_content_ends.py::
    test_statements_called_for_a_clause)."""
    return clause.dep_ == "advcl" and clause.i > clause.head.i and any(
        c.dep_ == "mark" and c.lower_ == "for" and c.i == clause.head.i + 1 for c in clause.children)


# What a cue's own circumstance hangs on it by: a clause ("Asked whether ...", "Speaking at ...", "When pressed ..."), a
# phrase ("As far as whether ...", "In a statement"), a time ("Last month").
_CIRCUMSTANCE_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})


def fronted_circumstance(verb: Token, subject: Token) -> tuple[int, int] | None:
    """"Asked whether the port would reopen, the harbour master said ...": the words before the subject, up to its
    comma, are the cue's own circumstance (one or more of its adjuncts, _CIRCUMSTANCE_DEPS), not part of the clause
    reported: their offsets, the context the stance judge reads with the content (the question the speaker answered),
    or None when they are not (the reported clause's own words, "Corvenna, she told reporters, would not ...").
    PolNeAR dev; tests/extract/test_answered_question.py (statements._verbal)."""
    doc, sent = verb.doc, verb.sent
    comma = min(subject.left_edge.i, verb.i) - 1
    if comma <= sent.start:
        return None
    # (a verb conjoined to the one the subject and circumstance hang on shares them: "When X, I laughed and said, ...")
    holders = [verb, verb.head] if verb.dep_ == "conj" and verb.head.i < verb.i else [verb]
    fronted = {t.i for h in holders for c in h.children if c.dep_ in _CIRCUMSTANCE_DEPS and c.i < comma for t in c.subtree}
    words = [k for k in range(sent.start, comma) if not (doc[k].is_punct or doc[k].is_space)]
    if not words or not all(k in fronted for k in words):
        return None
    return doc[sent.start].idx, doc[comma - 1].idx + len(doc[comma - 1].text)


def speech_end(doc: Doc, verb: Token, right: int, sent: Span) -> int:
    """Reported words run to the end of the sentence ("... not a refusal, but a plea for time"),
    unless another speaker's cue follows ("..., but Y said ..."): then they stop before it."""
    for tok in doc[right + 1: sent.end]:
        stop = None
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB" and tok.i != verb.i and has_subject_child(tok) \
                and not describing(tok) and not _agentless_passive(tok) and not in_condition(tok, verb) \
                and not second_that_clause(tok):
            # (not "agreed that A but that it would add B": a second "that" clause goes on what was said whatever its
            # verb; tests/extract/test_speakers_session36.py::test_a_second_that_clause_with_a_verb_of_saying)
            subject = next(c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"})
            stop = max(min(subject.left_edge.i, tok.i), right + 1)
        elif tok.head == verb and tok.i > verb.i and ((tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"})
                                                     or (tok.dep_ == "advcl" and not _opens_quoted(tok))
                                                     or tok.text == ";") and not conditions_content(tok) \
                and not _same_modal(verb, tok) and not second_that_clause(tok) and not for_clause(tok) \
                and not continues_reported_form(verb, tok) and not infinitive_goes_on(verb, tok):
            # "X said A and suggested B", "X claimed A, although he refused B", "..., implicitly
            # putting ...": what hangs on the cue after its clause is not what was said; but "agreed to share A and
            # rely on B": a bare verb after the cue's infinitive goes on it (test_speakers_session38.py::
            # test_an_infinitive_goes_on_after_a_verb_of_saying)
            stop = max(tok.left_edge.i if tok.text != ";" else tok.i, right + 1)
        if stop is not None:
            while stop > right + 1 and doc[stop - 1].lower_ in {",", "and", "but", "while", ";"}:
                stop -= 1
            return doc[stop - 1].idx + len(doc[stop - 1].text)
    return sent.end_char


# Verbs that, after the cue's ", and", report or take a side on their own (another statement, not more of the first):
# the verbs of saying, of a side, of doubting.
REPORTING_CONJUNCTS = SPEECH_VERBS | POSITION_VERBS | frozenset({"question", "dispute", "criticize", "criticise"})


def report_goes_on(verb: Token, fronted: Token) -> Token | None:
    """The clause after a closing cue's ", and" that goes on the report the cue closes: "A paid 8 percent, the office
    said in a report, and B paid 1 percent"; 'A "won an exemption," X said, and still "kept a seat"'. The parse hangs the
    second clause on the cue as its conjunct; it goes on what was said when it is a clause of its own (a subject of
    its own after "and", not "he", "she" or "they") or, with none, opens a quotation, and is no verb of saying or of a
    side (the cue's second act, "and added that ...", or another's, "but B questioned whether ...").
    PolNeAR dev, as the parataxis reading of the same sentence already took it (statements._verbal); not after a
    closed quotation, which the caller checks (tests/extract/test_speakers_session37.py::test_a_report_goes_on_after_
    its_closing_cue)."""
    if fronted.i > verb.i or fronted.pos_ not in {"VERB", "AUX"}:
        return None
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in {"VERB", "AUX"} \
                or conj.lemma_.lower() in REPORTING_CONJUNCTS:
            continue
        cc = conj.left_edge.i - 1
        while cc > verb.i and doc[cc].dep_ != "cc":
            cc -= 1
        if cc <= verb.i + 1 or doc[cc].lower_ not in {"and", "but"} or doc[cc - 1].text != "," \
                or doc[cc].head != verb:
            continue
        if any(t.pos_ in {"VERB", "AUX"} or t.text in QUOTE_MARKS or t.text in OPENING_MARKS for t in doc[verb.i + 1: cc]):
            continue  # (only the cue's own phrases between it and ", and": not '..., X said, adding later, "A, and B"')
        subjects = [c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # (not "..., X said, and she left the room": "he", "she" or "they" after the cue is likelier its speaker's act)
        own = bool(subjects) and all(c.i > cc and c.lower_ not in {"he", "she", "they"} for c in subjects) \
            and doc[cc].lower_ == "and"  # (", but B questioned ...": the writer's contrast, another's report)
        quoted = any(t.text in OPENING_MARKS for t in doc[cc + 1: conj.i + 1])
        if own or (not has_subject_child(conj) and quoted and conj.tag_ == fronted.tag_):
            return conj
    return None


def continues_reported_form(verb: Token, conj: Token) -> bool:
    """A bare or -ing verb the parse made a conjunct of a finite past or third-person cue cannot be the cue's next act
    (it would agree with it: "said ... and lets", "and let" read as a past would be tagged so); when the reported clause
    holds a verb of the same form before it, the conjunct goes on that clause: "said she hoped to visit the quay and
    meet the crews", "said she remembered the pilot being calm and the crew being "tired"" (tests/extract/
    test_speakers_session36.py::test_a_conjunct_in_the_reported_form_is_content)."""
    if conj.dep_ != "conj" or conj.head != verb or verb.tag_ not in {"VBD", "VBZ"} or conj.tag_ not in {"VB", "VBG"} \
            or any(c.dep_ in {"aux", "auxpass"} for c in conj.children):
        return False
    if conj.tag_ == "VB" and has_subject_child(conj):
        return False
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < conj.i), None)
    return reported is not None and any(t.tag_ == conj.tag_ and t.i < conj.i for t in reported.subtree)


# Subordinators of a condition ("if", "unless", "provided (that)"): a clause they open after the reported words is
# the reported words' condition, whatever the parser hung it on.
CONDITIONING = frozenset({"if", "unless", "provided", "providing"})


def conditions_content(clause: Token) -> bool:
    """A clause after the content that the parser hung on the cue but that sets the content's condition: "says her
    party can live with the plan, but only if the council caps the rent" (the if-clause read as a conjunct of
    "says"), "have promised to block the plan unless X is cut" (an adverbial clause of "promised"). Writers seldom
    condition their own report of a saying ("..., if the minutes are accurate" is one), so the clause is taken as
    what was said (tests/judge/test_conditions_content.py::test_a_condition_hung_on_the_cue_stays_in_the_content;
    not "as if", "even if")."""
    if clause.lower_ == "long" and clause.dep_ == "advmod":  # "as long as X" hung on "long"
        return any(c.dep_ == "advcl" and conditions_content(c) for c in clause.children)
    return clause.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"mark", "advmod"} and (c.lower_ in CONDITIONING or _as_long_as(c)) and c.i < clause.i
        and not (c.i > 0 and clause.doc[c.i - 1].lower_ in {"as", "even"}) for c in clause.children)


def in_condition(tok: Token, top: Token | None = None) -> bool:
    """`tok` stands in a clause opened by "if", "unless", "provided (that)" or "as long as" (conditions_content), below
    `top` when given: "would back the sale only if the buyer agreed to keep X" ('agreed', 'keep'). What such a clause
    says is what must happen, not another speaker's report (tests/extract/test_content_ends.py::
    test_statements_a_cue_inside_a_condition_is_no_statement)."""
    while tok.head.i != tok.i and (top is None or tok.i != top.i):
        if conditions_content(tok):
            return True
        tok = tok.head
    return False


def _as_long_as(mark: Token) -> bool:
    """The last "as" of "as long as" / "so long as": a condition, like "if" ("would accept X, as long as Y", whichever
    of "long" or the clause's verb the parse hangs it on; tests/extract/test_content_ends.py::
    test_statements_an_as_long_as_clause_is_content)."""
    doc = mark.doc
    return mark.lower_ == "as" and mark.i >= 2 and doc[mark.i - 1].lower_ == "long" \
        and doc[mark.i - 2].lower_ in {"as", "so"}


def second_that_clause(conj: Token) -> bool:
    """"admitted trustees were divided and that the vote could wait": a conjunct of the cue opened by "that"
    is a second clause of what was said, not the cue's next act (tests/extract/test_content_ends.py::
    test_statements_a_second_that_clause_is_content)."""
    return conj.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < conj.i for c in conj.children)


def _agentless_passive(verb: Token) -> bool:
    """"... provided that the new fares were agreed": a passive verb of saying with no agent names no
    other speaker, so the content does not stop before it (test_statements_a_condition_hung_on_the_cue_is_content)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


# The modals a reported clause is shifted into ("said it would ...", "could", "might", "should"): a conjunct of
# the cue with the same one and the same subject goes on reporting (_same_modal; tests/extract/test_content_ends.py::
# test_statements_a_reported_but_clause_with_the_same_modal_is_content).
SHIFTED_MODALS = frozenset({"would", "could", "might", "should"})


def _same_modal(verb: Token, conj: Token) -> bool:
    """"has said it could accept X, but it could not approve Y": a conjunct of the cue with a subject of
    its own and the modal of the reported clause goes on reporting (the writer's own next clause is not
    shifted into the speaker's "would"; test_statements_a_reported_but_clause_with_the_same_modal_is_content),
    when its subject is the reported clause's own, word for word: another subject is another's act ("she would
    vote for X, and her rival Y would vote against it"; test_statements_anothers_modal_clause_is_no_content)."""
    if conj.dep_ == "conj" and not has_subject_child(conj) and conj.i > conj.head.i:
        # "said they were pleased and would begin next week": no subject of its own, the reported clause's modal
        # (tests/extract/test_content_ends.py::test_statements_a_conjunct_in_the_reported_modal_is_content)
        reported = next((c for c in conj.head.children if c.dep_ == "ccomp" and conj.head.i < c.i < conj.i), None)
        return reported is not None and any(c.dep_ == "aux" and c.lower_ in SHIFTED_MODALS and c.i < conj.i
                                            for c in conj.children)
    if conj.dep_ != "conj" or not has_subject_child(conj):
        return False
    own = {c.lower_ for c in conj.children if c.dep_ == "aux"} & SHIFTED_MODALS
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < conj.i), None)
    if not own or reported is None or not own & {c.lower_ for c in reported.children if c.dep_ == "aux"}:
        return False
    subject = next((c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    first = next((c for c in reported.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and first is not None and _phrase_lower(subject) == _phrase_lower(first)


def _phrase_lower(tok: Token) -> str:
    """The words of the phrase `tok` heads, lower case: two subjects compared word for word (`_same_modal`)."""
    return " ".join(t.lower_ for t in tok.subtree)


def describing(verb: Token) -> bool:
    """A restrictive relative clause (no comma before it) describes a noun of the content ("most of
    the cases that opponents cite ended ...", "people who think ...") and is no other report;
    "Berg, who says ..." is one (test_speakers_fixes_a_restrictive_relative_clause_goes_on)."""
    first = verb.left_edge.i
    if verb.dep_ != "relcl" or first == 0 or verb.doc[first - 1].text in {",", "(", "—", "–", "-"}:
        return False
    # "..., repairs he does not expect to complete": a clause on a noun the writer adds after a comma is
    # an aside with its own report, not a description of the content's noun (a dash keeps it: PolNeAR
    # annotates "... — something a caller also told a dispatcher" as content; q_reopen's gold the comma's
    # aside as a statement of its own)
    noun = verb.head
    return not (noun.left_edge.i > 0 and verb.doc[noun.left_edge.i - 1].text == ",")


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
        if tok.lemma_.lower() not in PLAIN_SAYING and not has_subject_child(tok) and not _after_modal(tok):
            continue  # "said Vask had met A and expected B": B is more of what was said, Vask's plan
        first = tok.left_edge.i
        before = doc[first - 1] if first > clause.left_edge.i else None
        if before is None or before.lower_ not in {",", "and", "but"}:
            continue
        if any(ch in QUOTE_MARKS for ch in doc_text(doc)[clause.left_edge.idx: tok.idx]) and (
                _inside_quotation(doc_text(doc)[clause.sent.start_char: tok.idx]) or doc[first].lower_ == "that"):
            # (after a quotation closed, the verb is the speaker's next report; but 'said A "..." and that B' is a
            # second "that" clause of the same cue, one statement in the written batches' gold)
            continue
        return first
    return None


def _after_modal(tok: Token) -> bool:
    """"said the quay would close in May and suggested that it would reopen": a past or present verb coordinated with a
    verb under a modal cannot share that modal, so it is no more of the reported clause but the speaker's next act, when
    it reports a clause of its own; an appeal ("should not be built and urged the board to refuse it") goes on the
    position, as the written batches' gold keeps it
    (tests/extract/test_speakers_session39.py::test_a_report_after_a_modal_clause_is_the_speakers)."""
    # (not VBP: a bare verb after the modal's verb shares the modal, "would close and suggest", one reported clause)
    return tok.tag_ in {"VBD", "VBZ"} and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.head.children) \
        and any(c.dep_ == "ccomp" for c in tok.children)


def _inside_quotation(text: str) -> bool:
    """The text (a sentence up to a word) leaves a quotation open: that word is the speaker's own. A quotation closed
    before it ('said it was "firmly opposed" to the plan and warned ...') leaves the word outside
    (tests/extract/test_speakers_session39.py::test_a_report_after_a_closed_quotation_is_the_speakers)."""
    inside = False
    for ch in text:
        if ch in QUOTE_MARKS:
            inside = ch in "\u201c\u00ab" or (ch == '"' and not inside)
    return inside


def nested_content(verb: Token) -> tuple[int, int] | None:
    """Token range of what a nested report (`nested_report`) reports: its clause without "that"
    ("arguing that it was ..."), or its object ("citing the importance of ...")."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ in {"ccomp", "dobj"}:
            left = child.left_edge.i + (verb.doc[child.left_edge.i].lower_ == "that")
            # ("warned the council to drop A", "called it a hazard": the object and what is said of it;
            # tests/extract/test_speakers_session39.py::test_a_report_after_a_closed_quotation_is_the_speakers)
            right = max([child.right_edge.i] + [c.right_edge.i for c in verb.children
                                                if c.i > child.i and c.dep_ in {"xcomp", "oprd"}])
            while right > left and verb.doc[right].is_punct:
                right -= 1
            return (left, right) if right > left else None
    return None


ANONYMITY = frozenset({"name", "identify", "quote"})


def asks_anonymity(verb: Token) -> bool:
    """"aides who wished not to be named": the anonymity formula is no position of the speaker's."""
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
    return before_concessive(clause, right)


def before_concessive(clause: Token, right: int) -> int:
    """`right`, or the last token before a concessive clause with a subject of its own that a comma adds at the
    clause's end ("..., though the staff need a month to count"): the writer's, not what was said (clause_right; and an
    inside cue's clause, tests/extract/test_speakers_session35.py::test_a_concessive_after_an_inside_cue)."""
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
    """"X wrote in a letter that ...", "said in a radio interview that ...": a "that" clause the
    parse hung on the object of the verb's preposition (test_cues_said_in_a_statement_that)."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for obj in prep.children:
            for clause in obj.subtree:
                if clause.dep_ in {"acl", "ccomp", "relcl"} and doc[clause.left_edge.i].lower_ == "that" \
                        and (doc[clause.left_edge.i].dep_ == "mark" or _relative_adverb_clause(clause)) \
                        and clause.head.dep_ in {"pobj", "npadvmod"}:
                    last = clause.right_edge.i
                    # "said in a letter that it would back X provided that Y": a condition the parse hung
                    # on the verb after the clause is the clause's (test_content_ends.py::
                    # test_statements_a_hung_clause_keeps_its_condition)
                    last = max([last] + [c.right_edge.i for c in verb.children if c.i > last and (
                        conditions_content(c) or (c.lower_ in CONDITIONING and c.dep_ in {"prep", "mark", "advmod"}))])
                    while last > clause.left_edge.i and doc[last].is_punct and doc[last].text not in {"”", '"'}:
                        last -= 1
                    return doc[clause.left_edge.i + 1].idx, doc[last].idx + len(doc[last].text)
    return None


def _relative_adverb_clause(clause: Token) -> bool:
    """"wrote at the time that a chief had told X ...", "posted in the early hours that B was ...": the
    parse made the reported clause a relative clause of the time, its "that" a relative adverb; a clause with a
    subject of its own and "that" standing for no subject or object of it (not "in the interview that he gave":
    tests/extract/test_content_ends.py::test_statements_a_that_clause_hung_on_a_time_is_content)."""
    that = clause.doc[clause.left_edge.i]
    return clause.dep_ == "relcl" and that.dep_ == "advmod" and that.head == clause \
        and any(c.dep_ == "nsubj" and c.i > that.i for c in clause.children)


def misread_clause(verb: Token) -> Token | None:
    """"Orvell said after the debate he would not concede ...": a reported clause with a subject
    of its own that the parser hung on the cue as an adverbial clause, for the preposition before
    its subject; a real adverbial clause has a subordinator ("said so because he ...")."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and child.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "nsubj" and c.i > verb.i for c in child.children) \
                and not any(c.dep_ == "mark" or c.tag_ in {"WRB", "WDT", "WP"} for c in child.children) \
                and not any(t.text in {",", ";", ":"} for t in verb.doc[verb.i + 1: child.left_edge.i + 1]):
            return child
    return None


def parenthetical_conjunct(verb: Token) -> Token | None:
    """"The crews, Tesk explained at the hearing, were well paid": the parse made the cue set between commas the root,
    hung the fronted subject on it as a second subject (or a bare dependent) and the reported verb after the closing
    comma as its conjunct. A conjunct with no subject of its own after that comma, the cue's other noun opening the
    sentence before a comma of its own, is the reported clause (the content then starts the sentence, as an inside
    cue's; tests/extract/test_speakers_session36.py::test_a_cue_set_off_whose_clause_the_parse_made_a_conjunct)."""
    doc = verb.doc
    start = verb.sent.start
    fronted = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dep", "npadvmod"}
                    and c.pos_ in {"NOUN", "PROPN"} and c.left_edge.i == start and c.right_edge.i + 1 < verb.i
                    and doc[c.right_edge.i + 1].text == ","), None)
    if fronted is None or not any(c.dep_ == "nsubj" and fronted.i < c.i < verb.i for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in {"VERB", "AUX"} or has_subject_child(conj):
            continue
        first = conj.left_edge.i
        if doc[first - 1].text != "," or any(t.text == "," or t.dep_ == "cc" for t in doc[verb.i + 1: first - 1]):
            return None
        return conj
    return None


def relative_overrun(verb: Token) -> Token | None:
    """"the tunnel, which local radio claimed now allows X to ...": the parse made the relative word the object of the
    cue in a relative clause and hung the verb after it, which has no subject of its own, elsewhere as a conjunct; a
    finite verb right after the cue (adverbs aside) with no subject is the relative clause's own, what was said, as in
    "gifts, which she said were repaid" (tests/extract/test_speakers_session36.py::test_a_relative_clause_the_parse_
    broke_after_its_cue)."""
    if verb.dep_ != "relcl" or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i + 1
    while k < verb.sent.end and doc[k].tag_ == "RB" and doc[k].head == verb:
        k += 1
    if k >= verb.sent.end:
        return None
    after = doc[k]
    if after.pos_ not in {"VERB", "AUX"} or after.tag_ not in {"VBZ", "VBD", "VBP"} or after.dep_ != "conj" \
            or has_subject_child(after) or after.head.i > verb.i:
        return None
    return after


def inverted_frame(verb: Token) -> Token | None:
    """"I hope in 2040 the valley says ...": a verb of saying or thinking with no clause of its own whose clause the parse
    made its governor (the frame a clausal complement of the verb after it) or a parataxis after it; with no punctuation
    between them (a parenthetical "the town, I hope, says ..." has its commas) and a subject of its own after the frame,
    that verb's clause is what is said or thought
    (tests/extract/test_speakers_session34.py::test_a_frame_the_parse_hung_on_the_clause_it_frames)."""
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children):
        return None
    head = verb.head
    framed: Token | None = head
    first = verb.left_edge.i
    if not (verb.dep_ == "ccomp" and head.i > verb.i and not any(c.i < verb.left_edge.i for c in head.children)):
        framed = next((c for c in verb.children if c.dep_ == "parataxis" and c.i > verb.i), None)
        first = verb.i
    if framed is None:
        return None
    if framed.pos_ not in {"VERB", "AUX"} or any(t.is_punct for t in verb.doc[first: framed.i]):
        return None
    own_end = max((t.i for c in verb.children if c.i < framed.i for t in c.subtree), default=verb.i)
    return framed if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > own_end for c in framed.children) else None


# Prepositions that place or date an act, not part of a stated position ("supported Democrats during
# his time at the network, which ..."; test_cues_position_ends_before_its_circumstance). ("before",
# "after", "until" are left out: "repeated its call for a ballot before the last reading" is what was
# called for.)
OCCASION_PREPS = frozenset({"during", "amid", "despite", "throughout"})


def before_circumstance(verb: Token, chosen: list[Token]) -> list[Token]:
    """The complements before the first circumstance the parse hung on the verb among them: "attacked
    her rival as a fraud during the debate, with jabs that ..." ends before "during", whatever content
    preposition follows it (test_predicates_complement_ends_at_a_circumstance)."""
    start = min(c.i for c in chosen)
    # (Only an occasion: a date between the parts, "described X last month as Y", "backed the deal in
    # March and has not moved since", leaves what follows it in the content.)
    stop = next((c.i for c in verb.children if c.i > start and c not in chosen and c.dep_ == "prep"
                 and c.lower_ in OCCASION_PREPS), None)
    return chosen if stop is None else [c for c in chosen if c.i < stop]


def infinitive_goes_on(verb: Token, child: Token) -> bool:
    """"planned to sell the ferry, then hand over the quay": a bare verb the parse hung on a finite past or third-person
    verb after its "to" infinitive cannot be that verb's own next act (it would agree with it: "handed", "hands"), so
    it goes on the infinitive (tests/extract/test_speakers_session35.py::test_an_infinitive_that_goes_on)."""
    return child.dep_ in {"dep", "conj"} and child.tag_ == "VB" and verb.tag_ in {"VBD", "VBZ"} \
        and not has_subject_child(child) and not any(a.dep_ in {"aux", "auxpass"} for a in child.children) \
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < child.i for c in verb.children)


# Relative words that open a writer's gloss on a noun after a comma ("..., which forced him to cancel a visit", "..., where
# the ferries dock"); not "that", which opens a restrictive clause, part of what the noun names.
GLOSS_RELATIVES = frozenset({"which", "who", "whom", "whose", "where", "when"})


def before_gloss(doc: Doc, first: int, last: int) -> int:
    """`last`, or the last token before a gloss the writer adds after a comma on a noun of the reported words, when
    the gloss runs to their end: a non-restrictive relative clause ("said she expects the minister to recover from the
    fever, which forced him to cancel a visit") or an apposition on a name ("say the money is better spent with the
    Coast League, the older alliance that ..."). What the noun is, is the writer's aside, not what was said (PolNeAR
    annotates the report without it; predicates._object_end cuts the same gloss after a predicate's object). On
    PolNeAR dev a gloss with a modal ("..., which could force the island routes to close") is more of the claim, and
    so are an apposition on a common noun (often a list: "pilots, the divers and the welders"), a gloss with a
    quotation mark in it and one with a verb of saying ("the levy, which he said was unlawful": a written batch's
    gold anchor holds such a gloss), the speaker's words: they stay
    (tests/extract/test_content_ends.py::test_statements_a_closing_gloss_is_the_writers)."""
    end = last
    while end > first and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    for tok in doc[first + 1: end + 1]:
        start = tok.left_edge.i
        if start <= first + 1 or doc[start - 1].text != "," or tok.right_edge.i < end:
            continue
        if tok.head.pos_ not in {"NOUN", "PROPN"} or not first <= tok.head.i < start:
            continue
        if tok.dep_ == "relcl":
            # (a modal makes it more of the claim, what would follow from it: "..., which could force the routes to close")
            if doc[start].lower_ not in GLOSS_RELATIVES or any(t.tag_ == "MD" for t in doc[start: end + 1]):
                continue
        elif tok.dep_ != "appos" or tok.head.pos_ != "PROPN" or tok.pos_ not in {"NOUN", "PROPN"} \
                or doc[start].tag_ not in {"DT", "PRP$"}:
            continue  # (an apposition says what a name is, opening with its article or possessive: "pilots, the
            # divers and the welders" is a list)
        if any(t.text in QUOTE_MARKS or t.text in {"''", "``"} for t in doc[start: end + 1]):
            continue
        if any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in doc[start: end + 1]):
            continue  # "appeal the levy, which he said was unlawful": the speaker's own words again
        return start - 2
    return last
