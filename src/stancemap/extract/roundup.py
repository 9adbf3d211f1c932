"""Statements printed as lists rather than sentences: round-ups of quotations signed by a dash
(`"..." ― Name`), lines headed by a speaker (`Name, Outlet: "..."`, a headline `Name: ...`),
transcripts (`SMITH: ...` turns, a turn running on through the paragraphs that open like it), and
a cue closing a paragraph with a colon that introduces the next paragraph (`Smith added:`).

Each is found from the line's shape and the parse of its name (a person the tagger sees, or a
capitalised label the article names elsewhere), never from a list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .according import FINDING_NOUNS
from .candidate import Candidate
from .clauses import speaker_capable, speaker_span, subject_of
from .lexicon import DASHES, SPEECH_VERBS, words
from .names import first_name_gender
from .predicates import verb_class
from .text import doc_text

# A quotation closed, then a dash and one to five capitalised words, perhaps ", a descriptor".
SIGNED = re.compile(r"[”\"’»]\s*[" + DASHES + r"]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
                    r"(?P<rest>,[^\n]{0,80})?\s*\.?\s*$")
# A line headed by a label and a colon: "Smith: ...", "Jane Smith, Daily Courier: ...", '"SMITH: ...'.
HEADED = re.compile(r"^(?P<open>[\"“]?)(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                    r"(?P<desc>,[^:\n]{1,60})?:\s+(?P<text>\S.*)$")
EXTRA_CUES = frozenset({"continue", "conclude", "write", "tweet", "say", "add", "explain"})


def roundup_candidates(sdoc: Doc, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    """`quotes`: the article's quotation spans of two words or more."""
    text = doc_text(sdoc)
    sents = list(sdoc.sents)
    lines = list(re.finditer(r"[^\n]+", text))
    # A transcript's labels are speakers the article names elsewhere ("MARLOWE:" and "Greer Marlowe").
    named = {t.lower_ for e in sdoc.ents if e.label_ == "PERSON" for t in e}
    caps = {label for label in _transcript_labels(text) if any(w.lower() in named for w in label.split())}
    # A round-up whose quotations two or more named people sign: its other signers are people too, though neither the
    # tagger nor the list of given names knows them (tests/extract/test_speakers_session33.py::test_a_roundups_signer)
    signers = [_signer(sdoc, line) for line in lines]
    roundup = sum(1 for signer in signers if signer is not None and _is_name(signer[1])) >= 2
    for k, line in enumerate(lines):
        yield from _signed(sdoc, sents, line, signers[k], quotes, roundup)
        yield from _headed(sdoc, sents, lines, k, caps, named)
        yield from _named_then_colon(sdoc, sents, lines[k])
        yield from _colon_block(sdoc, sents, lines, k)


def _sent_of(sents: list[Span], offset: int) -> int:
    return max(bisect_right([s.start_char for s in sents], offset) - 1, 0)


def _signer(sdoc: Doc, line: re.Match[str]) -> tuple[re.Match[str], Span] | None:
    """The signature's match and the words signing a quotation at the end of its line (`"..." ― Jane Smith`), if the
    line is so signed."""
    m = SIGNED.search(line.group())
    if m is None:
        return None
    name_start, name_end = line.start() + m.start("name"), line.start() + m.end("name")
    if m.group("name").endswith("."):
        name_end -= 1  # the full stop after the name, not an initial's
    span = sdoc.char_span(name_start, name_end, alignment_mode="expand")
    return (m, span) if span is not None else None


def _signed(sdoc: Doc, sents: list[Span], line: re.Match[str], signer: tuple[re.Match[str], Span] | None,
            quotes: list[tuple[int, int]], roundup: bool = False) -> Iterator[Candidate]:
    """`"We need order." ― Jane Smith`: the quotation is the signer's (`signer`: `_signer` of the line; in a round-up
    of named signers, also two or three capitalised words the tagger takes for nothing else)."""
    if signer is None:
        return
    m, speaker = signer
    name_start = speaker.start_char
    mine = [q for q in quotes if line.start() <= q[0] and q[1] <= name_start]
    if not mine or not (_is_name(speaker) or (roundup and _plain_name(speaker))):
        return
    start, end = mine[-1]
    if len(mine) > 1 and "\n" not in doc_text(sdoc)[mine[0][0]:end]:
        start = mine[0][0]
    yield Candidate(_sent_of(sents, start), "direct", doc_text(sdoc)[line.start() + m.start(): name_start].strip(' ”"’»'),
                    line.start() + m.start(), start, end, speaker, "direct")


def _headed(sdoc: Doc, sents: list[Span], lines: list[re.Match[str]], k: int, caps: set[str],
            named: set[str]) -> Iterator[Candidate]:
    """`Jane Smith, Daily Courier: "..."`, `SMITH: ...` in a transcript, a headline `Smith: ...`."""
    line = lines[k]
    m = HEADED.match(line.group())
    if m is None:
        return
    label_start, label_end = line.start() + m.start("label"), line.start() + m.end("label")
    speaker = sdoc.char_span(label_start, label_end, alignment_mode="expand")
    label = m.group("label")
    if speaker is None or len(label) < 3:
        return
    transcript = label.isupper() and label in caps
    # A headline "Poll: ..." reports the poll's finding (test_roundup_poll_headline); "Analysis: ..." labels a page.
    finding = k == 0 and label.lower() in FINDING_NOUNS - {"analysis"}
    if not transcript and not finding and not _is_name(speaker) and not (" " not in label and label.lower() in named):
        return
    start, end = line.start() + m.start("text"), line.end()
    if transcript:
        # A turn runs on through the next paragraphs that open as it did ('"MARLOWE: ...' / '"But ...').
        opener = m.group("open")
        for nxt in lines[k + 1:]:
            if not opener or not nxt.group().startswith(opener) or HEADED.match(nxt.group()):
                break
            end = nxt.end()
    start, end, quoted = _unquoted(sdoc, start, end)
    if end - start < 3:
        return
    kind = "direct" if transcript or quoted else "indirect"
    once = sum(1 for other in lines if (h := HEADED.match(other.group())) and h.group("label") == label) == 1
    if kind == "indirect" and once and _speaks_for_itself(sdoc, start, end):
        return
    yield Candidate(_sent_of(sents, start), kind, ":", label_end, start, end, speaker, "direct")


# A line opening with a person named with their circumstances and a colon, no verb of saying:
# 'Governor Jane Smith in a televised address: "..."', "Analyst Jane Smith at Kellberg Bank: "..."".
NAMED_THEN_COLON = re.compile(r"^(?P<prefix>[A-Z][^:\n\"“”]{2,90}?):\s+(?P<text>\S.*)$")
# Where words are spoken or written (general English): an unquoted line after such a prefix is what was
# said there ("Jane Smith on the call: a missed payment ..."); after any other ("Jane Smith on the
# campaign trail: a former teacher who ...") it is the writer's description.
SPEAKING_OCCASIONS = words("""
address call interview statement briefing speech hearing conference podcast broadcast radio television tv
panel debate rally tweet post letter memo email e-mail video reporters journalists parliament committee
""")


def _named_then_colon(sdoc: Doc, sents: list[Span], line: re.Match[str]) -> Iterator[Candidate]:
    """A live blog's or round-up's entry headed by its speaker and where or how they spoke: the
    words before the colon have no finite verb, and their head is a person's name (a given name
    and a surname, or a person the tagger sees), so "Smith's plan: what it means" (headed by
    "plan") and "Sandvold in Paris: talks collapse" (no given name) are not statements
    (test_roundup_named_then_colon)."""
    m = NAMED_THEN_COLON.match(line.group())
    if m is None or HEADED.match(line.group()) or len(m.group("text").split()) < 4:
        return
    prefix = sdoc.char_span(line.start(), line.start() + m.end("prefix"), alignment_mode="expand")
    if prefix is None or any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in prefix):
        return
    if any(t.ent_type_ in {"DATE", "TIME"} or t.like_num for t in prefix):
        return  # "Jane Smith in 2019: ...": a timeline's entry, not what she said
    quoted = m.group("text").lstrip().startswith(("“", '"'))
    if not quoted and not any(t.lemma_.lower() in SPEAKING_OCCASIONS for t in prefix):
        return
    heads = [t for t in prefix if t.head.i >= prefix.end or t.head.i < prefix.start or t.head == t]
    if len(heads) != 1 or heads[0].pos_ != "PROPN":
        return
    root = heads[0]
    speaker = sdoc[root.left_edge.i: root.i + 1]
    # The name may follow a role or an employer ("Governor Jane Smith", "Kellberg Bank's Jane Smith").
    if not _is_name(speaker) and not (root.i > speaker.start and _is_name(sdoc[root.i - 1: root.i + 1])):
        return
    start, end = line.start() + m.start("text"), line.end()
    start, end, quoted = _unquoted(sdoc, start, end)
    yield Candidate(_sent_of(sents, start), "direct" if quoted else "indirect", ":", line.start() + m.end("prefix"),
                    start, end, speaker, "direct")


def _unquoted(sdoc: Doc, start: int, end: int) -> tuple[int, int, bool]:
    """The text after a line's label without its spaces and quotation marks, and whether it opened
    with one (a quotation: a direct statement)."""
    content = doc_text(sdoc)[start:end]
    start += len(content) - len(content.lstrip(' "“'))
    end -= len(content) - len(content.rstrip(' "”'))
    return start, end, content.lstrip().startswith(("“", '"'))


def _speaks_for_itself(sdoc: Doc, start: int, end: int) -> bool:
    """`The Latest: Smith urges voters to ...`: an unquoted line, under a label that heads no other
    line (not an interview's), opening with its own speaker and a verb of saying, believing or
    judging is that speaker's, not the label's (a live blog's header;
    test_roundup_a_label_before_a_sentence_with_its_own_speaker)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span[0].sent.root
    if root.pos_ != "VERB" or verb_class(root.lemma_.lower()) is None or not span.start <= root.i < span.end:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i >= span.start), None)
    return subject is not None and subject.left_edge.i == span.start and speaker_capable(subject) \
        and subject.lower_ not in {"i", "we", "you"}


def _colon_block(sdoc: Doc, sents: list[Span], lines: list[re.Match[str]], k: int) -> Iterator[Candidate]:
    """`Garrow added:` closing a paragraph: the next paragraph is what he added."""
    line = lines[k]
    if not line.group().rstrip().endswith(":") or k + 1 >= len(lines):
        return
    last = sents[_sent_of(sents, line.end() - 1)]
    verb = next((t for t in reversed(list(last)) if t.pos_ in {"VERB", "AUX"}
                 and t.lemma_.lower() in _ROUNDUP_CUES), None)
    subject = subject_of(verb) if verb is not None else None
    if verb is None or subject is None or subject.i > verb.i:
        return
    nxt = lines[k + 1]
    body = nxt.group()
    if HEADED.match(body) or SIGNED.search(body):
        return
    start = nxt.start() + len(body) - len(body.lstrip(' "“'))
    end = nxt.end() - (len(body) - len(body.rstrip(' "”')))
    if end - start < 10:
        return
    kind = "direct" if body.lstrip().startswith(("“", '"')) else "indirect"
    yield Candidate(_sent_of(sents, start), kind, verb.text, verb.idx, start, end, speaker_span(subject), "direct")


def _is_name(span: Span) -> bool:
    """Capitalised words the tagger takes for a person, or a given name and a surname."""
    if any(t.ent_type_ == "PERSON" for t in span):
        return True
    words = [t for t in span if t.text[:1].isupper()]
    return len(words) >= 2 and first_name_gender(words[0].text) in {"female", "male", "either"}


def _plain_name(span: Span) -> bool:
    """Two or three capitalised words, none of which the tagger takes for a body, a place or a date."""
    return 2 <= len(span) <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in span) \
        and not any(t.ent_type_ and t.ent_type_ != "PERSON" for t in span)


def headed(line: str) -> bool:
    """The line opens with a speaker's label ("SMITH: ...")."""
    return HEADED.match(line) is not None


def _transcript_labels(text: str) -> set[str]:
    """Capitalised labels that head two or more lines: the speakers of a transcript."""
    seen: dict[str, int] = {}
    for m in re.finditer(r"(?m)^[\"“]?([A-Z][A-Z.'’ -]{1,30}):\s", text):
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    return {label for label, n in seen.items() if n >= 2 and len(label) >= 3}


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_ROUNDUP_CUES = SPEECH_VERBS | EXTRA_CUES
