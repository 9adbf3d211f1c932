"""Find statements in a parsed body: who (a speaker phrase), the cue, the content span, the kind.

Each finder reads the dependency parse of one sentence and yields `Candidate`s; overlapping
candidates are then reduced to the most specific one. Which actor a speaker phrase names is
decided afterwards, in speakers.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    GROUP_HEADS,
    PASSIVE_CUES,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLURAL_PRONOUNS,
    POSITION_NOUNS,
    POSITION_VERBS,
    SPEECH_VERBS,
    UNNAMED_SOURCES,
    words,
)
from .names import first_name_gender
from .quotes import MIN_QUOTE_WORDS, inside, quote_spans

SPEAKER_NOUNS = PERSON_ROLES | GROUP_HEADS | UNNAMED_SOURCES | words(
    "government ministry alliance bloc party council commission administration side camp parliament cabinet "
    "office presidency organization organisation union coalition opposition country nation state leadership "
    "authorities military army faction movement campaign group committee delegation embassy court staff")
RELATIVE = frozenset({"who", "which", "that"})
ASPECTUAL = frozenset({"continue", "keep", "remain", "begin", "start", "go"})
OPINION_NOUNS = frozenset({"opinion", "view", "words", "assessment", "estimation", "judgment", "judgement"})
# Lower number = more specific; when candidates overlap the most specific survives.
RANK = {"direct": 0, "speech": 1, "passive": 1, "according": 2, "position": 3}


@dataclass
class Candidate:
    sent: int
    kind: str  # direct | indirect | mixed | position
    cue: str
    cue_start: int
    start: int
    end: int
    speaker: Span | None  # the words that name the source, None when there are none
    finder: str  # which rule found it (a key of RANK)


def find_candidates(sdoc: Doc) -> list[Candidate]:
    quotes = quote_spans(sdoc.text, MIN_QUOTE_WORDS)
    # A quotation that stands on its own ("'We are ready,' she added") is speech at any length;
    # only quoted words inside a clause need MIN_QUOTE_WORDS to count (see _direct).
    standalone = quote_spans(sdoc.text, 2)
    any_quotes = quote_spans(sdoc.text)
    sents = list(sdoc.sents)
    found: list[Candidate] = []
    for i, sent in enumerate(sents):
        found.extend(_direct(sdoc, sents, i, standalone))
        found.extend(_verbal(sents, i, quotes, any_quotes))
        found.extend(_according(sent, i, quotes))
    found.extend(continuation_quotes(sdoc, sents, quotes, found))
    # A claim needs words: a position on a bare object ("welcomed the letter") says too little
    # to place anyone; three words is the floor (pinned by test_statements_short_positions_*).
    found = [c for c in found if len(sdoc.text[c.start:c.end].split()) >= (3 if c.finder == "position" else 2)]
    return _reduce(found)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in " ,;:—–-\"“”'\n":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-\n\"“”":
        end -= 1
    return start, end


def speaker_span(subject: Token) -> Span:
    """The subject's words, without a trailing apposition or relative clause ("X, the leader, ...").
    A role with a name in apposition ("its deputy foreign minister, A. B.,") is named by the name."""
    named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None and subject.ent_type_ != "PERSON":
        subject = named
    tokens = [t for t in subject.subtree]
    cut = len(tokens)
    for k, t in enumerate(tokens):
        hyphenated = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
        if t.i > subject.i and not hyphenated and (t.text == "," or t.dep_ in {"relcl", "acl", "appos"} or t.lower_ == "via"):
            cut = k
            break
    tokens = tokens[:cut]
    return subject.doc[tokens[0].i: tokens[-1].i + 1]


def speaker_capable(subject: Token) -> bool:
    if subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"we", "i"}:
        return True
    if subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subject.pos_ == "PROPN":
        return True
    if subject.text in _name_words(subject.doc):
        return True  # a surname the tagger missed here but tagged elsewhere in the article
    return subject.lemma_.lower() in SPEAKER_NOUNS or subject.lower_ in SPEAKER_NOUNS


def _name_words(doc: Doc) -> set[str]:
    cached = doc.user_data.get("stancemap_name_words")
    if cached is None:
        cached = {t.text for e in doc.ents if e.label_ in {"PERSON", "ORG"} for t in e if t.text[:1].isupper()}
        doc.user_data["stancemap_name_words"] = cached
    return cached


def _subject(verb: Token, near: Token | None = None) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        # "Valdoria, she told reporters, would ...": of two subjects the one next to the verb speaks.
        subject = min(subjects, key=lambda c: abs((near or verb).i - c.i))
        if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head  # "X, who said ...": the relative pronoun stands for X
        return subject
    # "..., saying the country must ...", "..., telling state television that ...": a participle
    # reports for the subject of the clause it hangs on.
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX", "ADJ"}:
        if _states_position(verb.head, verb.head.lemma_.lower()):
            return None  # "expressed doubts ..., saying ...": part of the position it explains
        return _subject(verb.head, near=verb)
    # "X, posting on social media: '...'": the participle modifies its speaker.
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head
    # "X continues to insist ...": the subject sits on an aspectual governing verb.
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECTUAL:
        return _subject(verb.head)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    # "..., the news outlet reported on Friday": the tagger sometimes hangs a closing reporting
    # verb on its subject noun as a modifier (acl) instead of making the noun its subject.
    if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and verb.head.i == verb.i - 1 \
            and verb.head.lemma_.lower() in SPEAKER_NOUNS and not any(c.dep_ == "agent" for c in verb.children):
        return verb.head
    return _left_subject(verb)


def _left_subject(verb: Token) -> Token | None:
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


def _direct(doc: Doc, sents: list[Span], i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    for qs, qe in quotes:
        if not (sent.start_char <= qs < sent.end_char):
            continue
        if not _free_standing(doc.text, sent.start_char, qs):
            continue  # a quoted phrase inside a reported clause: the clause is the (mixed) statement
        # The cue is a reporting verb outside the quote: in this sentence, in the sentence the
        # quote runs into, or in the sentence before when that one ends with a colon.
        window = [s for s in sents if s.end_char > qs and s.start_char < qe + 3
                  and "\n" not in doc.text[qe:max(qe, s.start_char)]]  # the cue stays in the quote's paragraph
        if i > 0 and sents[i - 1].text.rstrip().endswith(":"):
            window.insert(0, sents[i - 1])
        for s in window:
            verb = next((t for t in s if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"}
                         and not inside(quotes, t.idx)), None)
            if verb is None:
                continue
            subject = _subject(verb)
            if subject is None or inside(quotes, subject.idx):
                continue
            start, end = _trim(doc, qs, qe)
            yield Candidate(i, "direct", verb.text, verb.idx, start, end, speaker_span(subject), "direct")
            break


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
    direct = sorted((c for c in found if c.kind == "direct"), key=lambda c: c.start)
    covered = {(c.start, c.end) for c in found}
    for qs, qe in quotes:
        start, end = _trim(doc, qs, qe)
        if (start, end) in covered or any(c.start <= start < c.end for c in found):
            continue
        before = [c for c in direct if c.end <= qs]
        if not before:
            continue
        prev = before[-1]
        between = doc.text[prev.end:qs]
        if "\n" in between or len(between) > 120:
            continue
        sent = next((k for k, s in enumerate(sents) if s.start_char <= qs < s.end_char), prev.sent)
        if not _free_standing(doc.text, sents[sent].start_char, qs):
            continue
        extra.append(Candidate(sent, "direct", prev.cue, prev.cue_start, start, end, prev.speaker, "direct"))
        direct.append(extra[-1])
        direct.sort(key=lambda c: c.start)
    return extra


def _verbal(sents: list[Span], i: int, quotes: list[tuple[int, int]],
            any_quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    doc = sent.doc
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or inside(quotes, verb.idx):
            continue
        lemma = verb.lemma_.lower()
        passive = _passive_agent(verb)
        if passive is not None and lemma in PASSIVE_CUES:
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            start = sent.start_char
            if subj is not None and subj.lower_ in {"this", "that", "it"} and i > 0:
                start = sents[i - 1].start_char  # "This was confirmed by X": the claim is the sentence before
            s, e = _trim(doc, start, sent.end_char)
            yield Candidate(i, "indirect", f"{verb.text} by", verb.idx, s, e, speaker_span(passive), "passive")
            continue
        subject = _subject(verb)
        if subject is not None and not speaker_capable(subject):
            subject = _left_subject(verb)  # the parse took a noun of the claim for the subject
        if subject is None or not speaker_capable(subject) or inside(quotes, subject.idx):
            continue
        declares = lemma in SPEECH_VERBS or (lemma == "make" and any(
            c.lower_ == "clear" for c in verb.children))  # "has made (it) clear that ..."
        clause = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and declares), None)
        inverted = verb.dep_ in {"parataxis", "ccomp", "ROOT"} and not _has_subject_child(verb) and subject.i < verb.i
        if clause is None and lemma in SPEECH_VERBS and (verb.dep_ == "parataxis" or inverted):
            # "X should not join ..., he said, because ...": the cue stands inside or after the claim.
            s, e = _trim(doc, sent.start_char, min(speaker_span(subject).start_char, verb.idx))
            if verb.right_edge.i < sent.end - 2 and verb.dep_ == "parataxis":
                e = _trim(doc, sent.start_char, sent.end_char)[1]
            if e - s > 10:
                yield Candidate(i, _kind(any_quotes, s, e), verb.text, verb.idx, s, e, speaker_span(subject), "speech")
            continue
        if clause is None and lemma in SPEECH_VERBS and verb.dep_ != "ccomp":
            # "..., the sources said.": the clause comes first and the cue closes the sentence.
            head_clause = next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i), None)
            if head_clause is not None or (verb.dep_ == "acl" and subject.i < verb.i):
                s, e = _trim(doc, sent.start_char, min(speaker_span(subject).start_char, verb.idx))
                if e - s > 10:
                    yield Candidate(i, _kind(any_quotes, s, e), verb.text, verb.idx, s, e,
                                    speaker_span(subject), "speech")
                continue
        if clause is not None:
            left, right = clause.left_edge.i, clause.right_edge.i
            if _parenthetical(verb, subject):
                left = sent.start  # "Valdoria, she told reporters, would not ...": the clause starts the sentence
            if doc[left].lower_ == "that":
                left += 1
            s, e = _trim(doc, doc[left].idx, _speech_end(doc, verb, right, sent))
            yield Candidate(i, _kind(any_quotes, s, e), verb.text, verb.idx, s, e, speaker_span(subject), "speech")
        elif _states_position(verb, lemma) and not any(c.dep_ == "auxpass" for c in verb.children):
            right = max((c.right_edge.i for c in verb.children
                         if c.i > verb.i and (c.dep_ in {"dobj", "xcomp", "prep", "ccomp", "attr", "prt", "oprd"}
                                              or (c.dep_ == "advcl" and c.tag_ == "VBG"))),
                        default=sent.end - 1)
            end = min(_clause_end(doc, right, sent), _speech_end(doc, verb, verb.i, sent))
            s, e = _trim(doc, verb.idx + len(verb.text), end)
            if e - s > 3:
                cue = verb.text + _particle(verb)
                yield Candidate(i, "position", cue, verb.idx, s, e, speaker_span(subject), "position")
        elif verb.dep_ == "ROOT" and lemma in SPEECH_VERBS and sent.end_char > verb.idx:
            rest = doc[verb.i + 1: sent.end].text.strip(" .")
            if rest and verb.i + 1 < sent.end and any(c.dep_ in {"dobj", "prep"} for c in verb.children):
                s, e = _trim(doc, verb.idx + len(verb.text), sent.end_char)
                if e - s > 15:
                    yield Candidate(i, "position", verb.text, verb.idx, s, e, speaker_span(subject), "position")


def _speech_end(doc: Doc, verb: Token, right: int, sent: Span) -> int:
    """Reported words run to the end of the sentence ("... not a veto, but a request for patience"),
    unless another speaker's cue follows ("..., but Y said ..."): then they stop before it."""
    for tok in doc[right + 1: sent.end]:
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB" and tok.i != verb.i and _has_subject_child(tok):
            subject = next(c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"})
            stop = max(min(subject.left_edge.i, tok.i), right + 1)
            while stop > right + 1 and doc[stop - 1].lower_ in {",", "and", "but", "while", ";"}:
                stop -= 1
            return doc[stop - 1].idx + len(doc[stop - 1].text)
    return sent.end_char


def _has_subject_child(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


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


def _particle(verb: Token) -> str:
    prt = next((c for c in verb.children if c.dep_ in {"prt"} or (c.dep_ == "prep" and c.lower_ == "for")), None)
    return f" {prt.text}" if prt is not None else ""


DECLARING = frozenset({"express", "voice", "declare", "signal", "reaffirm", "state", "announce", "emphasize",
                       "emphasise", "stress", "underline", "reiterate", "confirm", "renew", "repeat", "issue"})
# Of the declaring verbs, these make any object a position ("stressed their efforts to ...");
# the others need a position noun ("expressed skepticism", "declared readiness").
EMPHASIS = frozenset({"emphasize", "emphasise", "stress", "reaffirm", "reiterate", "underline", "confirm"})


def _states_position(verb: Token, lemma: str) -> bool:
    """"rejected the plan", "is pushing for", "expressed skepticism about", "reaffirmed support"."""
    if lemma in DECLARING:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and (obj.lemma_.lower() in POSITION_NOUNS or lemma in EMPHASIS)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "prep", "ccomp", "attr"}]
    return lemma in POSITION_VERBS and bool(objects)


def _passive_agent(verb: Token) -> Token | None:
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _according(sent: Span, i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    """"According to X, ...", "..., according to X", "In his opinion, ..."."""
    doc = sent.doc
    for tok in sent:
        source: Token | None = None
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            phrase_end = source.right_edge.i if source is not None else tok.i + 1
        elif tok.lower_ in OPINION_NOUNS and tok.head.lower_ in {"in", "to"}:
            source = next((c for c in tok.children if c.dep_ == "poss"), None)
            phrase_end = tok.i
        if source is None or inside(quotes, tok.idx):
            continue
        source = _publisher(source)
        phrase_start = tok.i if tok.lower_ == "according" else tok.head.i
        if phrase_start == sent.start:
            s, e = _trim(doc, doc[phrase_end].idx + len(doc[phrase_end].text), sent.end_char)
        elif phrase_end >= sent.end - 2:
            s, e = _trim(doc, sent.start_char, doc[phrase_start].idx)
        else:
            s, e = _trim(doc, sent.start_char, sent.end_char)
        cue = "according to" if tok.lower_ == "according" else f"in {source.text} {tok.text}"
        yield Candidate(i, "indirect", cue, tok.idx, s, e, speaker_span(source), "according")


def _publisher(source: Token) -> Token:
    """"a survey published by the X Centre": the publisher is the source, not the document."""
    for child in source.children:
        if child.dep_ == "acl":
            agent = next((a for a in child.children if a.dep_ == "agent"), None)
            by = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return by
    return source


def _kind(quotes: list[tuple[int, int]], start: int, end: int) -> str:
    return "mixed" if any(start <= s < end for s, _ in quotes) else "indirect"


def reporter_frame(cand: Candidate) -> bool:
    """A frame that names only who reported ("according to Reuters", "the report said",
    "sources said"), not who holds the view: a named holder inside it speaks instead."""
    if cand.speaker is None:
        return True
    root = cand.speaker.root
    if any(t.ent_type_ == "PERSON" for t in cand.speaker) or root.lower_ in PERSON_PRONOUNS:
        return False
    if cand.finder == "according":
        return root.lemma_.lower() not in PERSON_ROLES or root.tag_ in {"NNS", "NNPS"}
    return root.lemma_.lower() in UNNAMED_SOURCES and not any(t.ent_type_ for t in cand.speaker) \
        and root.tag_ in {"NNS", "NNPS"} | ({"NN"} if root.lemma_.lower() in {"report", "media", "outlet"} else set())


def _named(cand: Candidate) -> str | None:
    if cand.speaker is None or not any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and first_name_gender(t.text))
                                       for t in cand.speaker):
        return None
    return cand.speaker.text


def _nested(inner: Candidate, outer: Candidate) -> bool:
    """"X argues that the obstacle is Y, whose prime minister, Z, has told colleagues that ...":
    a named speaker's words reported inside another speaker's are a statement of their own."""
    return (outer.start <= inner.start and inner.end <= outer.end and _named(inner) is not None
            and _named(inner) != _named(outer) and inner.finder != "position")


def _embedded(cand: Candidate, others: list[Candidate]) -> bool:
    """A cue inside someone else's reported words is part of what they said, not a new statement."""
    for outer in others:
        if outer is cand or outer.cue_start == cand.cue_start or not (outer.start <= cand.cue_start < outer.end):
            continue
        if outer.finder == "position" or reporter_frame(outer) or _nested(cand, outer):
            continue
        return True
    return False


def _reduce(found: list[Candidate]) -> list[Candidate]:
    """Keep one candidate per claim. Cues embedded in another speaker's words go; a reporter's
    frame yields to the named holder inside it; otherwise the more specific finder wins."""
    # "she said her country would not join until ..., 'but we will not wait'": the quoted end of
    # a reported clause is part of one mixed statement, not a separate direct one.
    for speech in [c for c in found if c.finder == "speech"]:
        inner = [d for d in found if d.finder == "direct" and d.cue_start == speech.cue_start
                 and speech.start <= d.start and d.end <= speech.end + 2
                 and (speech.end - speech.start) - (d.end - d.start) > 10]
        if inner:
            speech.kind = "mixed"
            found = [c for c in found if c not in inner]
    found = [c for c in found if not _embedded(c, found)]
    holders = [c for c in found if not reporter_frame(c) and c.speaker is not None and (
        any(t.ent_type_ or t.pos_ == "PROPN" for t in c.speaker) or c.speaker.root.lower_ in PERSON_PRONOUNS)]
    found = [c for c in found if not (reporter_frame(c) and any(
        h is not c and c.start <= h.cue_start < c.end for h in holders))]
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (RANK[c.finder], c.end - c.start)):
        clash = False
        for other in kept:
            overlap = min(cand.end, other.end) - max(cand.start, other.start)
            if overlap <= 0 or _nested(cand, other) or _nested(other, cand):
                continue
            shorter = min(cand.end - cand.start, other.end - other.start)
            if overlap >= 0.5 * shorter or cand.start <= other.cue_start < cand.end:
                clash = True
                break
        if not clash:
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)
