"""Direct speech: a free-standing quotation and the reporting verb that is its cue ('"We are ready,"
she added', 'He concluded: "..."'), and a quotation with no cue of its own that continues the last
speaker's words in its paragraph. statements.py gathers these with the other finders' candidates."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .candidate import Candidate
from .clauses import predicate_like, speaker_capable, speaker_span, speaker_words, subject_of
from .lexicon import PERSON_ROLES, QUOTE_VERBS, SPEECH_VERBS, TIME_SUBORDINATORS
from .names import first_name_gender, person_noun
from .quotes import inside
from .roundup import headed
from .text import doc_text
from .text import trim as _trim


def direct_candidates(doc: Doc, sents: list[Span], i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    for qs, qe in quotes:
        if not (sent.start_char <= qs < sent.end_char):
            continue
        if not _free_standing(doc_text(doc), sent.start_char, qs):
            continue  # a quoted phrase inside a reported clause: the clause is the (mixed) statement
        # The cue is a reporting verb outside the quote: in this sentence, in the sentence the
        # quote runs into, or in the sentence before when that one ends with a colon.
        window = [s for s in sents if s.end_char > qs and s.start_char < qe + 3
                  and "\n" not in doc_text(doc)[qe:max(qe, s.start_char)]]  # the cue stays in the quote's paragraph
        if i > 0 and sents[i - 1].text.rstrip().endswith(":"):
            window.insert(0, sents[i - 1])
        for s in window:
            # The reporting verb nearest the quotation is its cue ('"A," he said, adding: "B."').
            # Any verb right before the colon that opens it is a cue too ("He concluded: '...'").
            verbs = sorted((t for t in s if predicate_like(t) and not inside(quotes, t.idx) and (
                t.lemma_.lower() in SPEECH_VERBS or _quotes_only(t) or _introduces(t, qs))),
                key=lambda t: (_occasion(t), min(abs(t.idx - qe), abs(qs - t.idx))))
            found = next(((v, subj) for v in verbs if (subj := subject_of(v)) is not None
                          and not inside(quotes, subj.idx)), None)
            if found is None:
                continue
            verb, subject = found
            start, end = _trim(doc, qs, qe)
            speaker = _named_before_dash(doc, qs) or speaker_words(subject, verb)
            yield Candidate(i, "direct", verb.text, verb.idx, start, end, speaker, "direct")
            break


def _named_before_dash(doc: Doc, quote_start: int) -> Span | None:
    """'..., including the former minister B -- "..." -- and C': a quotation set between dashes right
    after a person's name is that person's words, whoever the sentence's cue names
    (test_utterances_a_quotation_between_dashes_after_a_name)."""
    opening = doc.char_span(quote_start - 1, quote_start, alignment_mode="expand")
    if opening is None or opening.start < 2:
        return None
    dash, name = doc[opening.start - 1], doc[opening.start - 2]
    if dash.text not in {"--", "—", "–"} or name.ent_type_ != "PERSON":
        return None
    entity = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    return entity


# Subordinators of a clause that says when the words were spoken, not who spoke them.
OCCASION_MARKS = TIME_SUBORDINATORS | {"as"}


def _occasion(verb: Token) -> bool:
    """'footage of B saying, "...," when C blasted him': a verb in a clause of time is the occasion,
    a cue only when no other verb is (test_utterances_a_clause_of_time_is_no_cue)."""
    # (the parse may make that clause the sentence's root: the subordinator before the verb marks it)
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in OCCASION_MARKS and c.i < verb.i for c in verb.children)


def _quotes_only(verb: Token) -> bool:
    """A verb that reports a quotation on its own ('"Why now?" she asked'), not one with a complement
    of its own ("a source who asked us not to name her told ...": test_cues_relative_asked_is_not_the_cue)."""
    return verb.lemma_.lower() in QUOTE_VERBS and verb.dep_ != "relcl" and not any(
        c.dep_ == "xcomp" for c in verb.children)


def _introduces(verb: Token, quote_start: int) -> bool:
    """The verb ends its clause with a colon right before the quotation ("Garrow continued: '...'")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == ":" and 0 <= quote_start - (nxt.idx + 1) <= 3:
        return True
    # A person's main clause closed by the colon ("X, director of Y, puts it this way: '...'", "She was blunt: '...'"):
    # the quotation is what the clause announces (test_speakers_session18[a_clause_announcing_a_quotation]).
    colon = next((c for c in verb.children if c.text == ":" and 0 <= quote_start - (c.idx + 1) <= 3), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (the parse may hang the clause on a verb of the quotation: "puts" a ccomp of its "said")
    main = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and colon is not None and verb.head.i > colon.i)
    return colon is not None and main and subject is not None and (
        subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"})


def _free_standing(text: str, sent_start: int, quote_start: int) -> bool:
    """A quotation is direct speech when it opens its sentence or follows a colon or comma
    ("X said: '...'", "X said, '...'"), not when it completes a clause ("would be 'a threat'")."""
    before = text[sent_start:quote_start - 1].strip(" \n\"“”'‘’«»")  # a sentence may start at a closing mark
    return not before or before[-1] in ":,—–-"


def continuation_quotes(doc: Doc, sents: list[Span], quotes: list[tuple[int, int]],
                        found: list[Candidate]) -> list[Candidate]:
    """A free-standing quote with no cue of its own, right after a direct quote of the same
    paragraph, continues that speaker's words ("'...,' Reval said. 'We are asking ...'")."""
    extra = []
    # Reported speech ("..., Halvorsen said.") is continued by a quotation of the same paragraph too.
    direct = sorted((c for c in found if c.kind == "direct" or c.finder == "speech"), key=lambda c: c.start)
    covered = {(c.start, c.end) for c in found}
    for qs, qe in quotes:
        start, end = _trim(doc, qs, qe)
        if (start, end) in covered or any(c.start <= start < c.end for c in found):
            continue
        before = [c for c in direct if c.end <= qs]
        if not before:
            continue
        prev = max(before, key=lambda c: (c.end, c.kind == "direct"))
        between = doc_text(doc)[prev.end:qs]
        # Within its paragraph a quotation continues the last speaker however long the cue's
        # apposition ('"...," said A, an economist who ... . "..."'), unless another statement
        # stands between; across a break, only right after.
        if len(between) > (120 if "\n" in between else 400) or between.count("\n\n") > 1 \
                or any(prev.end <= c.cue_start < qs and c.cue_start != prev.cue_start
                       and c.finder not in {"position", "predicate"} for c in found):
            continue
        if _person_between(doc, prev, qs):
            continue  # (a "she" or "he" between is no body's: introduced_quotes reads the quotation as theirs)
        if "\n" in between and (prev.kind != "direct" or not _quote_paragraph(doc_text(doc), qs)):
            continue  # across a paragraph break only a paragraph that is nothing but a quotation continues
        sent = next((k for k, s in enumerate(sents) if s.start_char <= qs < s.end_char), prev.sent)
        if not _free_standing(doc_text(doc), sents[sent].start_char, qs) or headed(doc_text(doc)[qs:qe]):
            continue  # a transcript's next turn ("MARLOWE: ...") is not the last speaker's
        cue, cue_start, speaker = prev.cue, prev.cue_start, prev.speaker
        closing = _closing_cue(doc, prev.end, qs, quotes)
        if closing is not None:  # '... because "A," she said. "B."': the cue nearest the quotation speaks it
            verb, subject = closing
            cue, cue_start, speaker = verb.text, verb.idx, speaker_words(subject, verb)
        extra.append(Candidate(sent, "direct", cue, cue_start, start, end, speaker, "direct"))
        direct.append(extra[-1])
        direct.sort(key=lambda c: c.start)
    return extra


def _person_between(doc: Doc, prev: Candidate, before: int) -> bool:
    """'"X Tickets reports record sales. Its director, Y, hailed a record. She sounded a note of caution: '...'":
    a "she" or "he" made the subject of a verb of no saying between a body's statement and a free-standing quotation
    makes the quotation the person's, never the body's; a body's: speaker words that are no person's (no name the
    tagger calls a person or that opens with a given name, no word for a person, no personal pronoun)
    (tests/extract/test_speakers_session44.py::test_she_does_not_continue_a_bodys_quotation)."""
    words = prev.speaker
    if words is None or not len(words):
        return False
    root = words.root
    if root.ent_type_ == "PERSON" or root.lower_ in {"she", "he", "i", "we", "they"} \
            or root.lemma_.lower() in PERSON_ROLES or person_noun(root.lemma_.lower()) \
            or (first_name_gender(words[0].text) or "") in {"female", "male", "either"}:
        return False
    span = doc.char_span(prev.end, before, alignment_mode="contract")
    # (the subject of a verb of no saying: not a closing cue, "..., she said. '...'")
    return span is not None and any(t.lower_ in {"she", "he"} and t.dep_ in {"nsubj", "nsubjpass"}
                                    and t.head.lemma_.lower() not in SPEECH_VERBS for t in span)


def _closing_cue(doc: Doc, after: int, before: int, quotes: list[tuple[int, int]]) -> tuple[Token, Token] | None:
    """A reporting verb with a subject of its own between the last statement's end and the next
    quotation ("X said she felt ... because 'A,' she said. 'B.'": "she said" is B's cue, not "X said";
    test_utterances_a_closing_cue_speaks_the_next_quotation)."""
    span = doc.char_span(after, before, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.lemma_.lower() in SPEECH_VERBS and predicate_like(tok) and not inside(quotes, tok.idx):
            subject = subject_of(tok)
            if subject is not None and after <= subject.idx < before:
                return tok, subject
    return None


def _quote_paragraph(text: str, quote_start: int) -> bool:
    """The paragraph holding this quotation starts with it: news prints a speaker's next quotation as a
    paragraph of its own ("'...,' he fumed. / 'Let them join.'")."""
    line_start = text.rfind("\n", 0, quote_start) + 1
    return not text[line_start:quote_start - 1].strip()


def introduced_quotes(doc: Doc, sents: list[Span], quotes: list[tuple[int, int]],
                      found: list[Candidate]) -> list[Candidate]:
    """A free-standing quotation no finder took, right after words of its paragraph that name a person and
    no verb of saying: 'Leader A: "..."', 'A, never one for half measures: "..."', 'A has issued a statement: "..."',
    'Councillor A looks uneasy. "..."'. The person the lead-in's clause is about speaks it; the cue is the
    colon, else that clause's verb (test_utterances_quotation_introduced_without_a_verb_of_saying)."""
    text = doc_text(doc)
    extra: list[Candidate] = []
    for qs, qe in quotes:
        start, end = _trim(doc, qs, qe)
        if any(c.start <= start < c.end or (start <= c.start < end and c.kind == "direct") for c in found + extra):
            continue  # (a position inside the quotation gives way to it, as overlap.py ranks them)
        line_end = text.find("\n", qe)
        if not text[start:end].rstrip(" \"”'’").endswith((".", "!", "?", "…")) \
                and not text[qe + 1:len(text) if line_end < 0 else line_end].strip():
            continue  # a heading that quotes ('Dockers' adviser: "Read the small print"'): the entry below says it
        sent = next((k for k, s in enumerate(sents) if s.start_char <= qs < s.end_char), None)
        if sent is None:
            continue
        before = text[sents[sent].start_char:qs - 1].strip(" \"“”'‘’«»")
        if before and before[-1] not in ":.!?":
            continue  # a quoted phrase completing a clause, or after a comma (direct.py's cue or none)
        lead_sent = sent if before else sent - 1
        if lead_sent < 0 or "\n" in text[sents[lead_sent].start_char:qs]:
            continue  # the lead-in stays in the quotation's paragraph
        lead = doc.char_span(sents[lead_sent].start_char, qs - 1, alignment_mode="contract")
        if lead is None or any(inside(quotes, t.idx) for t in lead if not t.is_punct):
            continue  # a lead-in holding another quotation is that quotation's context
        speaker = _lead_in_speaker(lead)
        if speaker is None:
            continue
        colon = before.endswith(":")
        root = lead.root  # (the parse may keep a lead-in sentence and the quotation as one: its root is the lead's)
        cue = ":" if colon or not predicate_like(root) else root.text
        extra.append(Candidate(sent, "direct", cue, lead[-1].idx if colon else root.idx, start, end, speaker,
                               "direct"))
    return extra


def _lead_in_speaker(lead: Span) -> Span | None:
    """The one a lead-in is about: the subject of its first clause when that can speak (a name, a body, "a
    source", "our columnist A"; not "I", "we", "it"), or, in a lead-in of no verb ("Leader A:", "Spokeswoman A,
    never one for half measures:", "A party source:"), its head when that can speak."""
    for verb in lead:
        if not predicate_like(verb) or verb.dep_ in {"relcl", "acl", "advcl", "aux", "auxpass"}:
            continue
        subject = subject_of(verb)
        if subject is None or not (lead.start <= subject.i < lead.end):
            return None
        if any(o.dep_ in {"dobj", "attr"} for o in verb.children) and any(_from_someone(c) for c in (
                *verb.children, *(g for o in verb.children if o.dep_ in {"dobj", "attr"} for g in o.children))):
            return None  # "A shared a message from a resident: ...": the words are the resident's (session 21's
            # review; tests/extract/test_utterances.py::test_utterances_a_message_from_another_is_not_the_lead_ins)
        return _can_speak(subject)
    head = lead.root  # ("A party source shot back:" may parse with "shot" on the noun: the noun heads it)
    return _can_speak(head) if head.pos_ in {"PROPN", "NOUN"} or head.ent_type_ == "PERSON" else None


def _from_someone(prep: Token) -> bool:
    """"from a resident", "from the union": a from-phrase naming a person or a body (what was passed on is theirs)."""
    from .frames_nouns import is_being

    return prep.dep_ == "prep" and prep.lower_ == "from" and any(p.dep_ == "pobj" and is_being(p) for p in prep.children)


def _can_speak(subject: Token) -> Span | None:
    """The subject's words when they name someone who can speak ("our columnist A": the name in its apposition)."""
    if subject.lower_ in {"i", "we", "it", "they", "this", "that"}:
        return None
    words = speaker_span(subject)
    named = any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in words)
    return words if speaker_capable(subject) or named else None
