"""Find statements in a parsed body: who (a speaker phrase), the cue, the content span, the kind.

Each finder reads the dependency parse of one sentence and yields `Candidate`s (direct speech:
direct.py; reported speech and stated positions: `_verbal` here; the others in their modules); overlapping
candidates are then reduced to the most specific one. Which actor a speaker phrase names is
decided afterwards, in speakers.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..judge.wordnet import NOUN_TIME
from .according import according_candidates
from .asides import aside_candidates, unsourced_candidates
from .bounds import (
    DECLARING,
    OCCASION_PREPS,
    asks_anonymity,
    before_according,
    before_circumstance,
    before_concessive,
    before_gloss,
    clause_right,
    conditions_content,
    for_clause,
    fronted_circumstance,
    has_subject_child,
    hung_clause,
    in_condition,
    infinitive_goes_on,
    inverted_frame,
    misread_clause,
    nested_content,
    nested_report,
    parenthetical_conjunct,
    relative_overrun,
    report_goes_on,
    speech_end,
    states_position,
)
from .candidate import Candidate
from .clauses import asked_of, gap_clause, left_subject, predicate_like, speaker_capable, speaker_span, speaker_words, subject_of
from .direct import continuation_quotes, direct_candidates, introduced_quotes
from .estimates import estimate_candidates
from .frames_nouns import lexfile
from .lexicon import (
    BELIEF_VERBS,
    PASSIVE_CUES,
    POSITION_VERBS,
    SPEECH_VERBS,
    TIME_SUBORDINATORS,
)
from .nominal import nominal_candidates
from .overlap import reduce_candidates
from .predicates import predicate_candidates
from .quotes import MIN_QUOTE_WORDS, at_least, inside, quote_spans
from .roundup import roundup_candidates
from .text import doc_text
from .text import trim as _trim
from .verb_positions import from_the_verb

# The plainest verbs of saying: whatever their subject, it reports ("the authority said").
SAYING = frozenset({"say", "tell", "add", "state", "report", "write", "announce", "note", "warn", "claim", "argue"})
def find_candidates(sdoc: Doc) -> list[Candidate]:
    any_quotes = quote_spans(doc_text(sdoc))
    quotes = at_least(any_quotes, doc_text(sdoc), MIN_QUOTE_WORDS)
    # A quotation that stands on its own ("'We are ready,' she added") is speech at any length;
    # only quoted words inside a clause need MIN_QUOTE_WORDS to count (see direct.py).
    standalone = at_least(any_quotes, doc_text(sdoc), 2)
    sents = list(sdoc.sents)
    found: list[Candidate] = []
    for i, sent in enumerate(sents):
        found.extend(direct_candidates(sdoc, sents, i, standalone))
        found.extend(_verbal(sents, i, quotes, any_quotes))
        found.extend(according_candidates(sent, i, quotes))
        found.extend(aside_candidates(sents, i, quotes, any_quotes))
        found.extend(unsourced_candidates(sents, i, quotes))
        found.extend(predicate_candidates(sents, i, quotes, any_quotes))
        found.extend(nominal_candidates(sents, i, quotes))
        found.extend(estimate_candidates(sents, i, quotes))
    found.extend(roundup_candidates(sdoc, standalone))
    found.extend(continuation_quotes(sdoc, sents, quotes, found))
    found.extend(introduced_quotes(sdoc, sents, quotes, found))
    # A cue inside the condition of another's content reports nothing ("would back the sale only if the buyer agreed
    # to keep X"): it is what must happen, not what was said, and it cut the position it conditions short
    # (tests/extract/test_content_ends.py::test_statements_a_cue_inside_a_condition_is_no_statement).
    found = [c for c in found if c.finder == "direct" or not _in_condition(sdoc, c)
             or not any(o is not c and o.start <= c.cue_start < o.end and o.cue_start != c.cue_start for o in found)]
    _to_quote_end(found, any_quotes)
    # A claim needs words: a position on a bare object ("welcomed the letter") says too little
    # to place anyone; three words is the floor (pinned by test_statements_short_positions_*),
    # unless the object is someone named ("endorsed Marwick", "attacked Orvell": test_cues_position_on_someone).
    found = [c for c in found
             if _claim_words(sdoc, c) >= (3 if c.finder in {"position", "predicate"} else 2)
             or (c.finder in {"position", "predicate"} and c.kind in {"position", "belief"} and _someone(sdoc, c))]
    found = one_per_utterance(reduce_candidates(found, [s.start_char for s in sents]), sdoc)
    from_the_verb(sdoc, found)  # a position's content starts at its verb ("rejected the plan"; verb_positions.py)
    return found


def reports_within(sdoc: Doc, spans: list[tuple[int, int]]) -> list[list[Candidate]]:
    """For each (start, end), the reported speech and beliefs (verbs of saying or thinking with a clause) whose cue
    and content stand inside it: what an interview's answer reports of someone else (answer_reports.py)."""
    any_quotes = quote_spans(doc_text(sdoc))
    quotes = at_least(any_quotes, doc_text(sdoc), MIN_QUOTE_WORDS)
    sents = list(sdoc.sents)
    return [[c for i, s in enumerate(sents) if s.end_char > start and s.start_char < end
             for c in _verbal(sents, i, quotes, any_quotes)
             if c.finder == "speech" and start <= c.cue_start and start <= c.start and c.end <= end]
            for start, end in spans]


def _in_condition(sdoc: Doc, cand: Candidate) -> bool:
    """The candidate's cue stands in a clause opened by "if", "unless", "provided (that)" or "as long as", or under
    one (bounds.conditions_content). Dropped only when another candidate's content holds the cue: alone ("if
    the mayor believes X, ...") it stays, as PolNeAR annotates it."""
    cue = sdoc.char_span(cand.cue_start, cand.cue_start + len(cand.cue), alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    return in_condition(cue.root)


def _someone(sdoc: Doc, cand: Candidate) -> bool:
    """The content names a person or a body and nothing much else ("Marwick", "against Orvell")."""
    span = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and 0 < len(span) <= 3 and any(
        t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in span) and all(
        t.ent_type_ or t.pos_ in {"ADP", "PUNCT", "DET", "PART"} for t in span)


def one_per_utterance(found: list[Candidate], sdoc: Doc) -> list[Candidate]:
    """A quotation interrupted by its cue ('"A," she said, "B."') and the quotations that go on in
    the same paragraph ('"A," she said. "B."') are one statement: its `parts` are the pieces and
    start/end span them all. Pieces share the cue (continuation_quotes copies it); another
    reporting verb between them ('"A," he said, adding: "B."') makes a statement of its own."""
    text = doc_text(sdoc)
    merged: list[Candidate] = []
    for cand in found:
        # The piece before, past any belief or position found in the cue's apposition ('"A," said
        # X, who knows Y. "B."').
        prev = next((m for m in reversed(merged) if m.finder not in {"position", "predicate", "nominal"}), None)
        if prev is not None and cand.cue_start == prev.cue_start and cand.cue == prev.cue \
                and cand.finder == "direct" and prev.finder in {"direct", "speech"} and cand.start >= prev.end \
                and "\n" not in text[prev.end:cand.start] and not _other_cue(sdoc, prev.end, cand.start, cand.cue_start):
            prev.parts = (prev.parts or [(prev.start, prev.end)]) + [(cand.start, cand.end)]
            prev.end = cand.end
            if prev.kind != cand.kind:
                prev.kind = "mixed"
            continue
        merged.append(cand)
    return merged


def _to_quote_end(found: list[Candidate], quotes: list[tuple[int, int]]) -> None:
    """Reported words that open a quotation run to its end, over sentence ends ("According to X,
    '... positive. Because ... role in it.'"): the quotation is one piece of what was said."""
    for cand in found:
        if cand.finder == "direct":
            continue
        for qs, qe in quotes:
            if cand.start <= qs < cand.end < qe:
                cand.end = qe
                break


def _other_cue(sdoc: Doc, start: int, end: int, cue_start: int) -> bool:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"}
                                    and t.idx != cue_start for t in span)


def _reports(lemma: str, subject: Token, verb: Token) -> bool:
    """Any noun can say ("the authority said", "the complaint says", "63 percent said"): with a
    verb of saying the subject reports whatever it is; with other reporting verbs it must be able
    to hold a view (speaker_capable)."""
    if lemma in SAYING and subject.lower_ == "it" and subject.dep_ == "nsubj" and (
            subject.i == subject.sent.start or _opening_phrase(subject)):
        # "It says the agency breached ...": a letter or a paper opening its sentence with what it says
        # (not a parenthetical "…, it says, …": test_cues_it_says). The cue is the verb "it" is the subject of, its
        # conjunct ("It argues A and says B") or its participle after a comma ("It attacked X, saying ...":
        # tests/extract/test_speakers_session36.py::test_it_after_an_opening_adverb_says; not "It goes without saying
        # that ...": test_it_goes_without_saying_is_no_statement), and the clause is the cue's own.
        own = verb == subject.head or (verb.dep_ == "conj" and verb.head == subject.head) or (
            verb.dep_ == "advcl" and verb.head == subject.head and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ",")
        return own and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return lemma in SAYING and subject.pos_ in {"NOUN", "PROPN"} and subject.dep_ != "expl"


def _opening_phrase(subject: Token) -> bool:
    """'In a statement(,) it said ...': only a phrase of the verb's own (and a comma) stand before the subject, so
    "it" opens the clause as at a sentence's start (tests/extract/test_content_ends.py::test_statements_it_said_after_an_
    opening_phrase)."""
    doc, start = subject.doc, subject.sent.start
    first = doc[start]
    comma = doc[subject.i - 1].text == ","
    if first.dep_ == "advmod" and first.tag_ == "RB" and first.head == subject.head and comma and subject.i == start + 2:
        return True  # "Meanwhile, it said ...": a sentence adverb and its comma (test_it_after_an_opening_adverb_says)
    return subject.i > start + 1 and first.dep_ == "prep" and first.head == subject.head \
        and first.right_edge.i == subject.i - 1 - comma


# Subordinators of a clause that says when or why ("after she admitted ...", "because he claimed ...").
_WHEN_WORDS = TIME_SUBORDINATORS | {"because", "as", "once"}


def _cue_under(clause: Token) -> Token | None:
    """'"A," B wrote to C, after D conceded at the hearing he had never seen it': the parse made the clause after the
    adverbial clause the cue's and the adverbial clause its modifier; when that clause opens with a verb of saying of
    its own with a subject and nothing it reports, the clause is that verb's (tests/extract/test_speakers_session28.py::
    test_a_cue_in_a_clause_of_time_reports_what_follows)."""
    for c in clause.children:
        if c.dep_ != "advcl" or c.i > clause.i or c.left_edge.i != clause.left_edge.i \
                or c.lemma_.lower() not in SPEECH_VERBS or c.pos_ != "VERB":
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _WHEN_WORDS for m in c.children) \
                or not any(m.dep_ == "nsubj" for m in c.children):
            continue
        if any(m.dep_ in {"ccomp", "xcomp", "dobj"} for m in c.children):
            continue
        if any(m.dep_ in {"nsubj", "nsubjpass"} and m.i > c.right_edge.i for m in clause.children):
            return c
    return None


def _fronted(verb: Token, subject: Token) -> bool:
    """"The three savings she listed are A, the paper reported.": the parse gave the closing cue the opening clause's noun
    as a second subject (or its object) besides its own after the comma; the opening clause is what it reports (tests/extract/
    test_speakers_session28.py::test_a_closing_cue_with_two_subjects)."""
    if subject.i > verb.i or any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[verb.i + 1: verb.sent.end]):
        return False
    doc = verb.doc
    return any(c.dep_ in {"nsubj", "dobj", "dep"} and c.i < subject.left_edge.i and c.right_edge.i < subject.left_edge.i
               and c.left_edge.i <= verb.sent.start + 1 and any(t.pos_ in {"VERB", "AUX"} for t in c.subtree)
               and any(t.text == "," for t in doc[max(c.right_edge.i, subject.left_edge.i - 3): subject.left_edge.i])
               for c in verb.children)


def _reports_own_clause(verb: Token) -> bool:
    """A verb of saying with an active subject of its own and its own clause, or none at all ("X said
    she felt A", '"B," she said, but ...'): a cue, not the claim of the cue after it (not "A could be
    admitted ...": passive; not "The envoy said [/i] that ...", whose clause the parse lost)."""
    if verb.lemma_.lower() not in SPEECH_VERBS or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    rest = {c.dep_ for c in verb.children if c.dep_ != "nsubj"}
    return "ccomp" in rest or rest <= {"punct", "cc", "conj", "advmod", "npadvmod"}


# Every lemma a branch of _verbal yields for: a passive cue, a verb of saying, "make (it) clear",
# a declaring or position verb (bounds.states_position). A new branch for other verbs extends this.
_CUE_LEMMAS = PASSIVE_CUES | SPEECH_VERBS | DECLARING | POSITION_VERBS | {"make"}
# What predicate_like can accept, checked before it (speed only).
_VERB_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def _verbal(sents: list[Span], i: int, quotes: list[tuple[int, int]],
            any_quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    doc = sent.doc
    nested_cues: set[int] = set()
    for verb in sent:
        lemma = verb.lemma_.lower()
        # (_VERB_POS and _CUE_LEMMAS first: speed only, no branch below takes another verb)
        if verb.pos_ not in _VERB_POS or lemma not in _CUE_LEMMAS or not predicate_like(verb) \
                or inside(quotes, verb.idx) or verb.i in nested_cues:
            continue
        passive = _passive_agent(verb)
        if passive is not None and lemma in PASSIVE_CUES and verb.dep_ not in {"relcl", "acl", "advcl", "pcomp"}:
            # (A passive inside a relative clause, "X, whose offer was recommended by Y, said ...", is
            # about X, not what Y said.)
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            start = sent.start_char
            if subj is not None and subj.lower_ in {"this", "that", "it"} and i > 0:
                start = sents[i - 1].start_char  # "This was confirmed by X": the claim is the sentence before
            s, e = _trim(doc, start, sent.end_char)
            yield Candidate(i, "indirect", f"{verb.text} by", verb.idx, s, e, speaker_span(passive), "passive")
            continue
        if asked_of(verb):
            continue  # what one is asked, dared or required to say is not said (clauses.asked_of)
        subject = subject_of(verb)
        if subject is not None and not speaker_capable(subject):
            # The parse took a noun of the claim for the subject; failing a speaker after the last
            # comma, a plain verb of saying keeps the subject it has ("the authority said").
            subject = left_subject(verb) or (subject if _reports(lemma, subject, verb) else None)
        if subject is None or not (speaker_capable(subject) or _reports(lemma, subject, verb)) or inside(quotes, subject.idx):
            continue
        declares = lemma in SPEECH_VERBS or (lemma == "make" and any(
            c.lower_ == "clear" for c in verb.children))  # "has made (it) clear that ..."
        clause = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and declares), None)
        if clause is not None and gap_clause(verb, clause):
            continue
        if clause is None and declares:
            clause = misread_clause(verb) or inverted_frame(verb) or relative_overrun(verb)
        set_off = parenthetical_conjunct(verb) if clause is None and declares else None
        clause = clause or set_off
        if clause is None and declares and verb.dep_ not in {"relcl", "acl"}:
            hung = hung_clause(verb)  # "wrote in a letter that ...": the clause the parse hung on the letter
            if hung is not None:
                s, e = _trim(doc, *hung)
                yield Candidate(i, _kind(any_quotes, s, e, lemma), verb.text, verb.idx, s, e,
                                speaker_words(subject, verb), "speech")
                continue
        if clause is None and declares and (span := _as_said(verb)) is not None:
            # "The port, as the mayor pointed out, rarely floods": the clause the "as" clause qualifies is what was said.
            s, e = _trim(doc, *span)
            if e - s > 10:
                yield Candidate(i, _kind(any_quotes, s, e, lemma), verb.text, verb.idx, s, e,
                                speaker_words(subject, verb), "speech")
            continue
        inverted = verb.dep_ in {"parataxis", "ccomp", "ROOT"} and not has_subject_child(verb) and subject.i < verb.i
        if clause is None and lemma in SPEECH_VERBS and (verb.dep_ == "parataxis" or inverted):
            # "X should not join ..., he said, because ...": the cue stands inside or after the claim.
            s, e = _trim(doc, sent.start_char, min(_source_start(subject), verb.idx))
            if verb.right_edge.i < sent.end - 2 and verb.dep_ == "parataxis" and not _closed_quotation(doc, any_quotes, sent, e):
                e = _trim(doc, sent.start_char, sent.end_char)[1]
                words_end = max(t.i for t in sent if not (t.is_punct or t.is_space))
                if (last := before_concessive(verb.head, words_end)) < words_end and not inside(any_quotes, doc[last + 2].idx):
                    e = min(e, doc[last].idx + len(doc[last].text))  # "A, X said, B, although C": C is the writer's
                if (span := _relative_said(verb, subject)) is not None:
                    s, e = _trim(doc, *span)  # "near the customs house, which, she said, is full of boats"
            if e - s > 10:
                yield Candidate(i, _kind(any_quotes, s, e, lemma), verb.text, verb.idx, s, e,
                                speaker_words(subject, verb), "speech")
            continue
        if clause is None and lemma in SPEECH_VERBS and verb.dep_ != "ccomp":
            # "..., the sources said.": the clause comes first and the cue closes the sentence.
            head_clause = next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i), None)
            if head_clause is not None and _reports_own_clause(head_clause):
                continue  # "X said she felt A because "B," she said": X's cue reports it (test_speakers_fixes_*)
            if head_clause is not None or (verb.dep_ == "acl" and subject.i < verb.i) or _fronted(verb, subject):
                s, e = _trim(doc, sent.start_char, min(_source_start(subject), verb.idx))
                goes = report_goes_on(verb, head_clause) if head_clause is not None else None
                if goes is not None and not _closed_quotation(doc, any_quotes, sent, e):
                    # "A, the office said in a report, and B": B goes on the report (bounds.report_goes_on)
                    tail = doc[goes.right_edge.i]
                    e = _trim(doc, sent.start_char, tail.idx + len(tail.text))[1]
                if e - s > 10:
                    yield Candidate(i, _kind(any_quotes, s, e, lemma), verb.text, verb.idx, s, e,
                                    speaker_words(subject, verb), "speech")
                continue
        if clause is not None and (under := _cue_under(clause)) is not None:
            # '"A," B wrote to C, after D conceded at the hearing he had never ...': D's words, not B's
            admits = next(c for c in under.children if c.dep_ == "nsubj")
            left, right = under.right_edge.i + 1, clause_right(clause)
            s, e = _trim(doc, doc[left].idx, speech_end(doc, under, right, sent))
            if e - s > 10:
                yield Candidate(i, _kind(any_quotes, s, e, under.lemma_.lower()), under.text, under.idx, s, e,
                                speaker_words(admits, under), "speech")
            nested_cues.add(under.i)
            continue
        if clause is not None:
            left, right = clause.left_edge.i, clause_right(clause)
            if clause.dep_ == "advcl":  # "said after the debate he would ...": the clause starts at its subject
                left = next(c for c in clause.children if c.dep_ == "nsubj").left_edge.i
            if (told := _told_whom(verb, clause)) is not None:
                left = told.left_edge.i  # "urged the delegates to approve it": the one urged is in what was said
            if left < verb.i and clause.i > verb.i:
                # "gifts, which she said were repaid with favours": the relative word the clause opens on stands before
                # the cue; what was said starts after it (test_speakers_session33.py::test_a_relative_word_before_its_cue)
                left = min(t.i for t in clause.subtree if t.i > verb.i)
            context = None
            if set_off is not None:
                # "The crews, Tesk explained at the hearing, were "well paid," earning ...": the sentence from its start,
                # with a participle the parse hung on the cue after the clause (bounds.parenthetical_conjunct)
                left = sent.start
                right = max([right] + [c.right_edge.i for c in verb.children if c.dep_ == "advcl" and c.i > set_off.i])
            elif _parenthetical(verb, subject):
                # "Corvenna, she told reporters, would not ...": the clause starts the sentence; but "Asked whether X,
                # she said ...", "Speaking in Y, he said ..." open on the cue's own circumstance: no content, context
                context = fronted_circumstance(verb, subject)
                if context is not None and _quotation_goes_on(doc, left):
                    context = None  # 'So when X, he said, "we were ..."': the quotation finishes the fronted clause's sentence
                if context is None:
                    left = sent.start
            if doc[left].lower_ == "that":
                left += 1
            end = speech_end(doc, verb, right, sent)
            if _leads(verb):  # "After saying X, she was taken to ...": the clause ends before its main clause
                end = min(end, doc[right].idx + len(doc[right].text))
            if right < clause.right_edge.i:  # a concessive clause the writer adds ("..., although he ...")
                end = min(end, doc[right].idx + len(doc[right].text))
            # (a finite clause only: "agreed to hire a firm for the two depots, which ..." keeps it, a written batch's gold;
            # tests/extract/test_content_ends.py::test_statements_a_closing_gloss_is_the_writers)
            if clause.dep_ == "ccomp":
                end = _before_gloss(doc, left, end)  # "..., which forced him to ...": the writer's gloss (bounds.before_gloss)
            s, e = _trim(doc, doc[left].idx, before_according(doc, left, end))
            yield Candidate(i, _kind(any_quotes, s, e, lemma), verb.text, verb.idx, s, e, speaker_words(subject, verb), "speech",
                            context=context)
            nested = nested_report(clause)
            nested_verb = None if nested is None else next(t for t in doc[nested:] if t.pos_ == "VERB")
            if nested_verb is not None and (span := nested_content(nested_verb)):
                # "says A promised B and said C": C is the same speaker's statement (whose words the
                # clause is), not the clause subject's; a nested verb with a subject of its own ("what X
                # says ... and how experts say ...") is that subject's.
                nested_cues.add(nested_verb.i)
                own = next((c for c in nested_verb.children if c.dep_ == "nsubj"), None)
                s, e = _trim(doc, doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]].text))
                yield Candidate(i, _kind(any_quotes, s, e, nested_verb.lemma_.lower()), nested_verb.text, nested_verb.idx, s, e,
                                speaker_words(own, nested_verb) if own is not None else speaker_words(subject, verb), "speech")
        elif states_position(verb, lemma) and lemma not in BELIEF_VERBS and not any(c.dep_ == "auxpass" for c in verb.children) \
                and not asks_anonymity(verb) and not any(c.dep_ == "ccomp" and gap_clause(verb, c) for c in verb.children):
            taken = [c for c in verb.children if c.i > verb.i and c.lower_ not in OCCASION_PREPS and (
                c.dep_ in {"dobj", "xcomp", "prep", "ccomp", "attr", "prt", "oprd"} or (c.dep_ == "advcl" and c.tag_ == "VBG")
                or (c.dep_ in {"advcl", "advmod"} and conditions_content(c)) or for_clause(c) or infinitive_goes_on(verb, c))]
            # ("promised to block it unless X": X is the position's; "called for X to be Y": X to be Y is)
            right = max((c.right_edge.i for c in before_circumstance(verb, taken)) if taken else (), default=sent.end - 1)
            end = min(_clause_end(doc, right, sent), speech_end(doc, verb, verb.i, sent))
            word = _particle_word(verb)
            # "ruled out resigning": a particle right after the verb is the cue's, not the content's
            # (test_cues_phrasal_verbs_particle_is_the_cues).
            after = word if word is not None and word.dep_ == "prt" and word.i == verb.i + 1 else verb
            s, e = _trim(doc, after.idx + len(after.text), end)
            if e - s > 3:
                cue = verb.text + (f" {word.text}" if word is not None else "")
                yield Candidate(i, "position", cue, verb.idx, s, e, speaker_words(subject, verb), "position")


_OPENING_MARKS = frozenset({'"', "\u201c"})


def _quotation_goes_on(doc: Doc, left: int) -> bool:
    """The reported clause opens a quotation on a small letter ('When the mill shut, she said, "we were ..."'): the
    quoted words finish a sentence the writer began before the cue, so what the sentence opened with is part of what
    was said, not the cue's circumstance (tests/extract/test_speakers_session34.py::test_a_quotation_that_goes_on)."""
    if doc[left].text in _OPENING_MARKS and left + 1 < len(doc):
        left += 1
    return left > 0 and doc[left - 1].text in _OPENING_MARKS and doc[left].text[:1].islower()


def _closed_quotation(doc: Doc, any_quotes: list[tuple[int, int]], sent: Span, end: int) -> bool:
    """The words before an inside cue are one quotation that opens the sentence and closes at the cue, and nothing
    after the cue is quoted ('"A," they said, under rule 5 ...'): the quotation is what was said, the unquoted words
    after the cue are the writer's (tests/extract/test_speakers_session34.py::test_a_quotation_closed_at_its_cue)."""
    text = doc_text(doc)
    opening = [(s, e) for s, e in any_quotes if sent.start_char <= s < sent.end_char]
    if not opening or text[sent.start_char:opening[0][0]].strip(" \"“‘'") or len(opening) > 1:
        return False
    return not text[opening[0][1]:end].strip(" ,.;:!?\"”’'")


def _before_gloss(doc: Doc, first: int, end: int) -> int:
    """`end` (a character offset after token `first`), or the end of the reported words before a gloss the writer
    closes them with (bounds.before_gloss)."""
    span = doc.char_span(doc[first].idx, end, alignment_mode="contract")
    if span is None or len(span) < 3:
        return end
    last = before_gloss(doc, first, span.end - 1)
    return end if last >= span.end - 1 else doc[last].idx + len(doc[last].text)


def _relative_said(verb: Token, subject: Token) -> tuple[int, int] | None:
    """"The quay is near the customs house, which, Irma Vell said, is full of boats": a cue set between commas right
    after the relative word of a non-restrictive relative clause reports that clause, from its relative word, not the
    writer's sentence around it (PolNeAR dev; whichever of the clause or the cue the parse hangs "which" on:
    tests/extract/test_content_ends.py::test_statements_a_cue_inside_a_relative_clause)."""
    doc = verb.doc
    k = speaker_span(subject).start - 1
    if k < verb.sent.start + 2 or doc[k].text != "," or doc[k - 2].text != "," \
            or doc[k - 1].lower_ not in {"which", "who", "where"}:
        return None
    first, last = k - 1, verb.head.right_edge.i
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= verb.right_edge.i:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _claim_words(sdoc: Doc, cand: Candidate) -> int:
    """How many words a candidate states; a stated position's count from its verb on, so that a
    phrasal verb's particle, the cue's and not the content's, still counts ("ruled out resigning
    altogether": test_cues_phrasal_verbs_particle_is_the_cues)."""
    start = cand.cue_start + len(cand.cue.split()[0]) if cand.finder == "position" else cand.start
    return len(doc_text(sdoc)[start:cand.end].split())


def _source_start(subject: Token) -> int:
    """Where the words naming the source of a cue after its claim begin: the subject's phrase right before it, a role
    whose holder's name follows in apposition included ('"A," the chamber's president, Oskar Brell, said': the
    claim ends before "the chamber's president"; tests/extract/test_content_ends.py::
    test_statements_a_claim_ends_before_the_role_of_its_source)."""
    first = subject.i
    sub = {t.i for t in subject.subtree}
    doc = subject.doc
    while first - 1 >= subject.sent.start and first - 1 in sub and not doc[first - 1].is_punct:
        first -= 1
    return min(doc[first].idx, speaker_span(subject).start_char)


def _as_said(verb: Token) -> tuple[int, int] | None:
    """"as X said" ("..., as the police have said", "The port, as one adviser pointed out, rarely floods", "If, as I
    have argued, ..."): a verb of saying with nothing said of its own, in an adverbial clause opened by "as",
    reports the clause it stands in. Its offsets: that clause, less the "as" clause where it opens or closes it
    (tests/extract/test_content_ends.py::test_statements_as_x_said). Not "as she spoke" (no verb of saying
    proper), not "as he told them that ..." (a clause of its own)."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in _AS_SAYING or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i != verb.left_edge.i:
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj", "dative", "advcl", "oprd"} and not (c.dep_ == "dobj" and _hearer(c))
           for c in verb.children):
        return None
    doc, head = verb.doc, verb.head
    first, last = head.left_edge.i, head.right_edge.i
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if verb.left_edge.i == first or (verb.left_edge.i == first + 1 and doc[first].is_punct):
        first = verb.right_edge.i + 1  # "As X said, A": A
    elif verb.right_edge.i >= last:
        last = verb.left_edge.i - 1  # "A, as X said.": A
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last - first < 2:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


# The verbs of saying an "as" clause reports by ("as X said", "as X has argued", "as X pointed out"); not "speak",
# "talk" or "ask", which an "as" clause of time takes ("as she spoke, ...").
_AS_SAYING = frozenset({"say", "note", "point", "suggest", "report", "predict", "argue", "claim", "write", "explain",
                        "warn", "acknowledge", "admit", "observe", "mention", "state", "tell", "insist",
                        "contend", "assert", "concede", "tweet", "announce"})


def _hearer(tok: Token) -> bool:
    """The one told ("as she told reporters"): a person or people, not what was said."""
    return tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.lower_ in {"me", "us", "him", "her", "them", "reporters"} \
        or tok.pos_ == "PROPN"


def _told_whom(verb: Token, clause: Token) -> Token | None:
    """The verb's object right before a reported clause with no subject of its own: the one told or urged to
    act ("urged the delegates to approve it", "told members to back the plan") or the clause's subject the parse
    took for the verb's object ("admitted the swap was now in doubt"), either way part of what was said
    (tests/extract/test_content_ends.py::test_statements_the_one_urged_is_content)."""
    if has_subject_child(clause) or clause.dep_ not in {"xcomp", "ccomp"}:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if obj is None or obj.right_edge.i + 1 != clause.left_edge.i or obj.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    return obj


def _leads(verb: Token) -> bool:
    """The cue stands in a subordinate clause before the main clause ("After saying ..., she was
    ...", "By telling them that ..., he ..."): what it reports ends with that clause."""
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return verb.dep_ in {"pcomp", "advcl"} and governor.i > verb.i and governor.pos_ in {"VERB", "AUX"}


def _parenthetical(verb: Token, subject: Token) -> bool:
    doc = verb.doc
    first = min(subject.left_edge.i, verb.i)
    return first > verb.sent.start and doc[first - 1].text == "," and any(
        t.text == "," for t in doc[verb.i + 1: verb.right_edge.i + 1])


def _clause_end(doc: Doc, right: int, sent: Span) -> int:
    """End offset of a clause's last token; a clause ending just before the sentence's final
    punctuation takes the sentence end (so closing quotes and stops are trimmed the same way)."""
    if right >= sent.end - 2:
        return sent.end_char
    return doc[right].idx + len(doc[right].text)


def _particle_word(verb: Token) -> Token | None:
    """The particle of a phrasal verb ("ruled out", "backed away"), or the "for" of "called for"."""
    return next((c for c in verb.children if c.dep_ in {"prt"} or (c.dep_ == "prep" and c.lower_ == "for")), None)


def _passive_agent(verb: Token) -> Token | None:
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    by = next((c for c in agent.children if c.dep_ == "pobj"), None)
    # A time is no agent: "the text could be settled by the autumn" names when, not who
    # (test_speakers_session19::test_speakers_a_time_after_by_is_no_agent).
    if by is not None and (by.ent_type_ in {"DATE", "TIME"} or lexfile(by.lemma_.lower()) == NOUN_TIME):
        return None
    return by


def _kind(quotes: list[tuple[int, int]], start: int, end: int, lemma: str = "") -> str:
    """"believes", "fears", "hopes": what a reporting verb of thinking reports is a belief."""
    if lemma in BELIEF_VERBS:
        return "belief"
    return "mixed" if any(start <= s < end for s, _ in quotes) else "indirect"

