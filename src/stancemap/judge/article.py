"""One article's statements judged toward the question: conditions, stance, and what carries
between a speaker's statements within the article. Depends on the record and the question alone
(speakers are the article's local actors), so its result is cached per record and question
(`JudgementStore`): a rerun with the same question judges nothing again."""

from __future__ import annotations

import hashlib
import re
import zlib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Protocol

import orjson

from ..code_closure import closure, hash_into
from ..model import Document, Question, Stance, Statement
from ..parsed import ParsedDoc
from ..record import ArticleRecord, DraftStatement
from ..tables import kept
from ..versions import MODEL_PACKAGE
from . import learned
from .answers import answer_conditions
from .ballot import silent_vote
from .carry import DECLARES_NO_SIDE, waits_for
from .conditions import ASKED, WISHED, Condition, find_conditions
from .conditions_apart import set_apart
from .passage_sides import NO_WORD, taken_in_words
from .proposition import Proposition, parse_proposition
from .stance import TIMES_ONLY, carry_over, stance_of, times_only, topical
from .terms import Terms, terms_of
from .undecided import declaration, outweighs

# The first line of the evidence of a vote cast on nothing named (judge/ballot.py).
VOTE_CAST = "a vote in an article about the question"
WORD = re.compile(r"[^\W\d_]+")
# The evidence of an answer listing what its speaker needs (judge/answers.py).
NEEDS_LISTED = "an answer listing what the speaker needs"
# The first lines of the evidence of a statement judged in its own words (stance.stance_of).
OWN_WORDS = ("about:", NO_WORD)
ANAPHORIC_OPENINGS = ("that ", "this ", "such ", "it ", "the support", "the offer", "the move")


@dataclass
class JudgedStatement:
    stance: str | None
    evidence: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    normalized: list[str] = field(default_factory=list)
    in_passage: bool = False  # the statement stands in a passage about the question
    # The learned layer's share of the logits from the statement's own text (learned.text_scores),
    # for statements the rules may leave neutral; None elsewhere or when the layer is off.
    learned: list[float] | None = None


@dataclass
class Judged:
    statements: list[JudgedStatement]
    document_topical: bool = False  # the article speaks of the question anywhere

    def to_bytes(self) -> bytes:
        return zlib.compress(orjson.dumps(self), 3)

    @classmethod
    def from_bytes(cls, data: bytes) -> Judged:
        raw = orjson.loads(zlib.decompress(data))
        return cls([JudgedStatement(**s) for s in raw["statements"]], raw["document_topical"])


class JudgementStore(Protocol):
    def get(self, key: str, question: Question | None) -> Judged | None: ...
    def put(self, key: str, question: Question | None, judged: Judged) -> None: ...


@lru_cache(maxsize=1)
def judge_fingerprint() -> str:
    """A hash of everything a judgement depends on besides the record and the question: the
    judging code and every module of stancemap it imports (a word moved in extract/lexicon.py
    changes judgements as surely as an edit under judge/ does), and the versions of the packages
    they import (VADER's lexicon, WordNet's data, the pinned spaCy model the question is parsed
    with). Cached judgements of any other version are never read back, so a judgement read from
    one user's cache is the one any other user would make afresh (tests/judge/test_article.py)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(MODEL_PACKAGE.encode())
    hash_into(digest, package, *judge_sources())
    digest.update(learned.fingerprint())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def judge_sources() -> tuple[list[Path], list[str]]:
    """The files of stancemap the judging code runs (judge/, the question, and what they import,
    followed import by import), and the top-level packages outside stancemap they import or read
    data from."""
    package = Path(__file__).resolve().parent.parent
    return closure([*Path(__file__).resolve().parent.glob("*.py"), package / "question.py", package / "parsed.py"])


def proposition_for(text: str) -> Proposition:
    """The question's parsed proposition, kept on disk by question and judging code: parsing it
    needs spaCy's model, which a rerun from cached records otherwise never loads."""
    digest = hashlib.sha256(f"{text}\0{judge_fingerprint()}".encode()).hexdigest()[:20]
    return Proposition(**kept(f"proposition-{digest}", lambda: asdict(parse_proposition(text))))


def judge_record(record: ArticleRecord, question: Question | None, parsed: Any = None) -> Judged:
    """`parsed` is the article's spaCy `Doc` when the map judges (the question is known before
    the articles are read); otherwise the record's parse rows are read back (`ParsedDoc`)."""
    if parsed is not None:
        return _judge_record(record, question, parsed)
    pdoc = ParsedDoc(record.document.body, record.rows())
    try:
        return _judge_record(record, question, pdoc)
    finally:
        pdoc.release()  # freed now, not by the cyclic collector (parsed.py)


def with_context(draft: DraftStatement) -> DraftStatement:
    """The statement as the judge reads it: its content with the context cut from it before (DraftStatement.context,
    the question its speaker answered: "Asked whether X, she said: 'Not yet.'" is judged on X and its answer, as it was
    before the content ended there; tests/extract/test_answered_question.py)."""
    if not draft.context or draft.context[0] >= draft.start:
        return draft
    first = draft.context[0]
    return replace(draft, start=first, parts=[[first, draft.parts[0][1]], *draft.parts[1:]] if draft.parts else [])


def _judge_record(record: ArticleRecord, question: Question | None, pdoc: Any) -> Judged:
    doc = record.document
    sents = list(pdoc.sents)
    stated = {d.sent for d in record.statements}
    drafts = [with_context(d) for d in record.statements]
    terms = terms_of(question)  # read once per article: the question does not change while its statements are judged
    act = terms.event
    things = terms.things | terms.participants
    statements: list[Statement] = []
    memo: dict[Any, Any] = {}  # what find_conditions finds in a sentence alone, for every statement standing there
    # Each paragraph read once: a passage (a paragraph and its neighbours, `_passage`) speaks of the
    # question when one of its paragraphs does (no word runs over a paragraph break).
    paragraphs = [topical(p, question, terms) for p in doc.body.split("\n\n")]
    if not any(paragraphs):
        paragraphs = _named_subject(doc.body.split("\n\n"), question)
    for k, draft in enumerate(drafts):
        stance, evidence, conditions = _judge(question, pdoc, sents, draft, stated, act, things, memo, terms,
                                              _in_passage(paragraphs, doc.body, draft.start))
        own = [c for c in conditions if not c.normalized.startswith(("now that", ASKED, WISHED))]
        if stance is None and any(paragraphs) and times_only(own, pdoc, terms):
            # (carry.py: a side carried onto it is not held on these conditions; only where sides are carried, in an
            # article about the question: elsewhere the statement stays None with no evidence)
            evidence = [TIMES_ONLY]
        # The local speaker id stands for the speaker: carrying asks only "the same speaker?".
        statements.append(Statement(
            id=str(k), document=doc.id, speaker=draft.speaker, speaker_mention=draft.speaker_mention, cue=draft.cue,
            kind=draft.kind, content="", start=draft.start, end=draft.end,  # type: ignore[arg-type]
            stance=stance, conditions=[c.text for c in conditions], stance_evidence=evidence,
            conditions_normalized=[c.normalized for c in conditions]))
    _carry_conditions(statements, doc, question, sents)
    if any(paragraphs):
        _silent_votes(statements, pdoc)
        _declared_neutral(statements, pdoc)
    _carry_stances(statements, doc, sents)
    judged = [JudgedStatement(s.stance, s.stance_evidence, s.conditions, s.conditions_normalized,
                              _in_passage(paragraphs, doc.body, s.start)) for s in statements]
    if question is not None and learned.enabled():
        # Embedding here keeps it in the judgement cache: a rerun embeds nothing again.
        topical_article = any(paragraphs)  # a silent statement outside any passage may end neutral by default
        chosen = [j for j in judged if learned.candidate(j.stance, j.in_passage, j.evidence, topical_article)]
        texts = [doc.body[d.start:d.end] for d, j in zip(drafts, judged, strict=True)
                 if learned.candidate(j.stance, j.in_passage, j.evidence, topical_article)]
        scores = learned.text_scores(texts, question.text, terms.privative)
        for j, part in zip(chosen, scores, strict=True):
            j.learned = part
    return Judged(judged, any(paragraphs))


def _judge(question: Question | None, pdoc: Any, sents: list, draft: DraftStatement,  # type: ignore[type-arg]
           stated: set[int], act: frozenset[str], things: frozenset[str] = frozenset(),
           memo: dict[Any, Any] | None = None, terms: Terms | None = None, in_passage: bool = False) -> tuple[
               Stance | None, list[str], list[Condition]]:
    """Conditions and stance of one statement. A quotation interrupted by its cue is judged piece by
    piece, each in its own sentence, as the pieces were said: conditions are pooled; the stance is
    none when the first piece is silent (unless a later one takes a side: _side_said_after), else a
    condition's if any piece states one, else the last firm one, else neutral. (Pinned by the example
    corpus's split quotations, tests/test_scores.py.)"""
    pieces = draft.parts or [[draft.start, draft.end]]
    sent_of = [next((k for k, x in enumerate(sents) if x.start_char <= s < x.end_char), draft.sent)
               for s, _ in pieces] if draft.parts else [draft.sent]
    own = stated | set(sent_of)
    judged: list[tuple[Stance | None, list[str]]] = []
    conditions: list[Condition] = []
    cue = draft.cue_start if draft.kind == "position" else None
    terms = terms if terms is not None else terms_of(question)  # (judge_record's, read once per article)
    decider = terms.subject_words  # (who does the question's act: an obligation put on it is advice, no term)
    firm_piece: tuple[int, int, int, list[Condition]] | None = None  # the last piece that took a side
    for (start, end), k in zip(pieces, sent_of, strict=True):
        found = find_conditions(pdoc, start, end, sents, k, next_is_own_statement=k + 1 in own, event=act, things=things,
                                decider=decider, memo=memo)
        # Words that run over several sentences (an answer, a turn of a transcript) carry the
        # conditions of each ("No. ... If that grant comes through, the depot can reopen ...").
        later = k + 1
        while not draft.parts and later < len(sents) and sents[later].start_char < end:
            found += [c for c in find_conditions(pdoc, sents[later].start_char, min(end, sents[later].end_char), sents, later,
                                                 next_is_own_statement=True, event=act, things=things, decider=decider,
                                                 memo=memo)
                       if c not in found]
            later += 1
        listed = [] if draft.parts else answer_conditions(sents, k, end)  # an answer to "what do you need?"
        found += [c for c in listed if c not in found]
        previous = sents[k - 1] if k > 0 else None
        # A condition already met ("now that the fund has been adopted") is listed, but the stance is
        # what the speaker holds now that it is; so is the hypothesis an interviewer asked about ("And if X?" "Then
        # ...": conditions.ASKED), the answer's stance its own words'.
        open_ = [c for c in found if not c.normalized.startswith(("now that", ASKED, WISHED))]  # (another's wish too)
        # (in_topic: reading every statement of a topical article cost the examples 0.03)
        stance, evidence = stance_of(question, sents[k], start, end, open_, previous, cue, in_topic=in_passage, terms=terms)
        if stance is not None and not taken_in_words(evidence, [t for t in sents[k] if start <= t.idx < end]):
            # In a passage about the question, a statement naming none of its words keeps only a side taken in words
            # of taking one ("we will back it"; passage_sides.py, tests/judge/test_passage_sides.py)
            stance, evidence = None, []
        kept, apart = set_apart(found, pdoc, terms)
        if stance is None and question is not None and any(c in kept for c in listed):
            stance, evidence = "conditional", [f"{NEEDS_LISTED}: {listed[0].text[:60]}"]
        elif stance in {None, "neutral"} and kept and firm_piece is not None and judged[-1][0] in {"support", "oppose"}:
            # '"We will back it," she said. "But only if the jobs stay."': a piece that only states a
            # condition puts it on the side the piece before took (tests/judge/test_conditions_after.py).
            s0, e0, k0, open0 = firm_piece
            stance, evidence = stance_of(question, sents[k0], s0, e0, open0 + [c for c in open_ if c in kept],
                                         sents[k0 - 1] if k0 > 0 else None, cue, in_topic=False, terms=terms)
        elif stance in {"support", "oppose"}:
            firm_piece = (start, end, k, open_)
        judged.append((stance, evidence + apart))
        conditions += [c for c in kept if c not in conditions]
    if judged[0][0] is None and not _side_said_after(pieces, judged, pdoc.text):
        # An utterance whose opening the rules cannot place on the question may turn on itself
        # ("Nobody doubts where X belongs." / "But membership is not a favour."): its stance is
        # carried from the speaker's other statements, as for any silent statement.
        return None, [], conditions
    firm = [j for j in judged if j[0] not in {None, "neutral"}]
    if not firm:
        return (*judged[-1], conditions)
    chosen = next((j for j in firm if j[0] == "conditional"), firm[-1])
    return chosen[0], chosen[1], conditions


# Words opening a piece that answers the silent opening before it ("Nobody doubts where X belongs." / "But ...").
TURNING = ("but ", "yet ", "however")


def _side_said_after(pieces: list[list[int]], judged: list[tuple[Stance | None, list[str]]], text: str) -> bool:
    """A quotation split by its cue whose silent opening only sets the scene ("When the mill shut they told us it
    would come back," he said. "I'll be retired before it does, if it ever does."): a later piece's side is the
    utterance's, unless a piece taking a side opens by turning on the opening ("But ..."), which may answer it: then
    none, carried as before (session 39: DEVELOP 5632 of 8209 from 5619, VALIDATE 410 from 409, BASE unchanged;
    tests/judge/test_if_idioms.py::test_a_side_after_a_silent_opening)."""
    sided = [start for (start, _), j in zip(pieces[1:], judged[1:], strict=True) if j[0] in {"support", "oppose"}]
    return bool(sided) and not any(text[s:s + 12].lstrip("\"\u201c' ").lower().startswith(TURNING) for s in sided)


def _carry_conditions(statements: list[Statement], doc: Document, question: Question | None,
                      sents: list) -> None:  # type: ignore[type-arg]
    """"Ostravia would back an invitation. That backing, she added, would come only once the
    shelling stops.": a condition stated by the same speaker right after, about what they just
    said ("that backing ..."), or a requirement they add ("X must first ..."), belongs to the
    earlier statement too."""
    for before, after in pairwise(statements):
        gap = doc.body[before.end:after.start]
        if (after.speaker is None or after.speaker != before.speaker or "\n" in gap or len(gap) > 80
                or not after.conditions or before.conditions):
            continue
        opening = doc.body[_sentence_start(sents, after.start):].lower()
        requirement = any(n.startswith("must first:") for n in after.conditions_normalized)
        if opening.startswith(ANAPHORIC_OPENINGS) or requirement or _only_a_condition(doc.body[after.start:after.end],
                                                                                       after.conditions):
            before.conditions = list(after.conditions)
            before.conditions_normalized = list(after.conditions_normalized)
            if before.stance in {"support", "neutral", None} and question is not None:
                before.stance = "conditional"
                before.stance_evidence = [*before.stance_evidence, f"condition stated next: {after.conditions[0][:60]}"]


# What may stand around a condition said on its own ("But only if ...", "Not without X, though").
FRAGMENT_WORDS = frozenset({"but", "and", "though", "however", "of", "course", "mind", "you", "then"})


def _only_a_condition(content: str, conditions: list[str]) -> bool:
    """"Not without a pledge for the dockers, though": a statement that is nothing but its condition, said
    right after the same speaker's side, states the condition of that side
    (tests/judge/test_conditions_after.py)."""
    rest = content.lower()
    for text in conditions:
        rest = rest.replace(text.lower(), " ")
    # One clause: a condition running over a comma has swallowed a main clause of its own ("Provided that
    # tenants approve the plan, he said, the town could ...": q_strike), which then is no fragment.
    return bool(conditions) and all("," not in c for c in conditions) and all(w in FRAGMENT_WORDS for w in WORD.findall(rest))


def _silent_votes(statements: list[Statement], pdoc: Any) -> None:
    """In an article about the question, a silent statement that casts a vote on nothing named votes on
    the question (judge/ballot.py); with a condition of its own, a yes is conditional."""
    for s in statements:
        if s.stance is not None and (s.stance_evidence[:1] != [NO_WORD] or s.conditions):
            continue  # (a vote read here before passage_sides' reading of it, but for one held on a condition)
        span = pdoc.char_span(s.start, s.end, alignment_mode="expand")
        found = silent_vote(list(span) if span is not None else [])
        if found is not None:
            sign, words = found
            s.stance = ("conditional" if s.conditions else "support") if sign > 0 else "oppose"
            s.stance_evidence = [f"{VOTE_CAST}: {words}"]


def _declared_neutral(statements: list[Statement], pdoc: Any) -> None:
    """In an article about the question, a statement with no stance word that declares no side ("has not
    yet decided", "does not take sides") is neutral, and takes no side from its speaker's other
    statements (undecided.py)."""
    for s in statements:
        # Silent, or naming the question in its own words ("has not decided on the bylaw"); not a vote cast.
        if s.stance is not None and not (s.stance_evidence and s.stance_evidence[0].startswith(OWN_WORDS)):
            continue
        tokens = list(span) if (span := pdoc.char_span(s.start, s.end, alignment_mode="expand")) is not None else []
        found = declaration(tokens)
        # A side the rules read from no stance word (an if-clause, a passage's neighbours) or from words inside the
        # declaration's own clause ("asked whether she opposed it, she declined to take a side") gives way to it.
        if found is not None and (s.stance is None or outweighs(found[1], tokens, s.stance_evidence)):
            s.stance, s.stance_evidence = "neutral", [*s.stance_evidence, f"{DECLARES_NO_SIDE}: {found[0]}"]


def _sentence_start(sents: list, offset: int) -> int:  # type: ignore[type-arg]
    return next((s.start_char for s in sents if s.start_char <= offset < s.end_char), offset)


def _sentence_index(sents: list) -> Callable[[int], int]:  # type: ignore[type-arg]
    """For an offset, the index of the first sentence holding it, 0 when none does. Sentences in order and apart (a
    parse's) are bisected by their starts, read once per article: the one starting last at or before the offset is the
    only one that may hold it (each statement scanned every sentence before session 36: the same index,
    tests/judge/test_article_sentences.py)."""
    starts = [x.start_char for x in sents]
    ends = [x.end_char for x in sents]
    if not all(e <= s for e, s in zip(ends, starts[1:], strict=False)):
        return lambda offset: next((i for i, (s, e) in enumerate(zip(starts, ends, strict=True)) if s <= offset < e), 0)

    def index(offset: int) -> int:
        k = bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < ends[k] else 0

    return index


def _carry_stances(statements: list[Statement], doc: Document, sents: list) -> None:  # type: ignore[type-arg]
    """Let a statement continuing the same speaker's utterance share its stance (stance.carry_over)."""
    index = _sentence_index(sents)
    sent_of = {s.id: index(s.start) for s in statements}
    para_of = {s.id: doc.body.count("\n\n", 0, s.start) for s in statements}
    carried = carry_over([(s.speaker, para_of[s.id], sent_of[s.id], s.stance) for s in statements])
    for statement, (stance, why) in zip(statements, carried, strict=True):
        if statement.stance is None and stance is not None:
            # A supporter's refusal until a thing is done is conditional (carry.waits_for; tests/judge/test_carry.py).
            waiting = stance == "support" and waits_for(statement, doc.body[statement.start:statement.end])
            statement.stance = "conditional" if waiting else stance
            statement.stance_evidence = [why]


def _named_subject(paragraphs: list[str], question: Question | None) -> list[bool]:
    """Each paragraph that names the question's subject by name, for an article naming nothing else of the question
    but its subject in two paragraphs or more: a press conference of the club whose survival is asked about never says
    "relegation" nor the league's name, and was judged about nothing (its statements None). A subject named once in
    passing does not make an article about it (tests/judge/test_stance.py, "the harvest had been good"). Only the
    subject's words that are names (participants), not a common noun ("the government"). Catches
    tests/judge/test_article_subject_named.py."""
    terms = terms_of(question)
    names = terms.subject_words & terms.participants
    named = [bool(names) and any(w in names for w in WORD.findall(p.lower())) for p in paragraphs]
    return named if sum(named) >= 2 else [False] * len(paragraphs)


def _in_passage(paragraphs: list[bool], body: str, offset: int) -> bool:
    """topical(_passage(body, offset)), from each paragraph's topicality."""
    index = bisect_right(_breaks(body), offset)  # body.count("\n\n", 0, offset)
    return any(paragraphs[max(index - 1, 0): index + 2])


_BREAKS: list[Any] = [None, []]  # the last body read, and where each of its paragraph breaks ends


def _breaks(body: str) -> list[int]:
    """Where each "\n\n" of the body ends, as `str.count` and `str.split` find them (left to right, apart): those ending at
    or before an offset are `body.count("\n\n", 0, offset)`. Found once per article, where each statement counted them
    twice (issue 11, session 43; tests/judge/test_judging_cheaper.py::test_paragraph_breaks_are_counted_as_count_does)."""
    if _BREAKS[0] is not body:
        ends, at = [], body.find("\n\n")
        while at >= 0:
            ends.append(at + 2)
            at = body.find("\n\n", at + 2)
        _BREAKS[:] = [body, ends]
    found: list[int] = _BREAKS[1]
    return found


def _passage(body: str, offset: int) -> str:
    """The paragraph around an offset with its neighbours: the passage a statement stands in."""
    paragraphs = body.split("\n\n")
    index = body.count("\n\n", 0, offset)
    return "\n\n".join(paragraphs[max(index - 1, 0): index + 2])
