"""The reduce step: many article records in, one `Analysis` out.

Works on records alone (no spaCy, no model), in two passes over them:
  1. names     every record's name mentions summed per name -> the corpus's canonical actors
               (extract/actors.py); the articles' frames -> the proposed question, if none is given
  2. statements  each record's local actors mapped to canonical ones; each statement's conditions
               and stance judged on its kept parse rows (judge/); stances carried within an article
Then, over the statements of the whole corpus: stances propagated from a speaker's other
statements (judge/carry.py), and relate.py (outlets, framing, positions, disagreements).

`records` is read once per pass and must give the same records in the same order each time (the
runner reads them back from the cache: `mapping.RunRecords`), so that nothing of a record but its
light results stays in memory between passes; the first pass reads only the records' heads.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, Protocol

from .copies import CopyCandidates
from .extract.actors import ActorIndex, NameStats, name_stats
from .extract.lexicon import PERSON_ROLES
from .extract.mentions import TITLE_WORDS
from .extract.names import first_name_gender
from .extract.speakers import holds
from .judge import learned
from .judge.article import JudgementStore, judge_record, proposition_for
from .judge.carry import outweigh_learned, propagate
from .judge.fault_learned import turn_learned_sides
from .judge.terms import terms_of
from .model import Actor, ActorKind, Analysis, Event, Notice, Question, Statement
from .outlet_framing import Worded, outlet_key, start_wording
from .question import make_question, propose_question
from .record import ArticleRecord, DraftStatement, RecordHead, language_note
from .relate import relate
from .wording import WordingCounts


class RecordSource(Protocol):
    """The run's records, readable more than once, in run order."""

    def heads(self) -> Iterable[RecordHead]: ...

    def __iter__(self) -> Iterator[ArticleRecord]: ...


class RecordList:
    """Records already in memory (small runs, tests, the spaCy component's users)."""

    def __init__(self, records: Iterable[ArticleRecord]) -> None:
        self.records = list(records)

    def heads(self) -> Iterator[RecordHead]:
        return (RecordHead(r.key, r.document.outlet, r.mentions, r.frames, r.nationalities, r.minhash)
                for r in self.records)

    def __iter__(self) -> Iterator[ArticleRecord]:
        return iter(self.records)


def reduce_records(records: RecordSource | Callable[[], Iterable[ArticleRecord]], question: str | None = None,
                   notices: list[Notice] | None = None, judgements: JudgementStore | None = None,
                   judge_ahead: Callable[[Question | None, WordingCounts], Future[Worded] | None] | None = None,
                   pool: Callable[[], Executor | None] | None = None, first: FirstPass | None = None) -> Analysis:
    """The analysis of a run's records. `records` is a RecordSource, or a function that returns
    the records in run order each time it is called. `judgements` keeps each article's judgements
    toward a question between runs (the record cache provides one). `judge_ahead(question, wording)`,
    once the question is known and before pass 2, may judge articles elsewhere into `judgements` (the
    pipeline judges in its worker processes), and may find the outlets' own words there too (the
    Future it returns, as `start_wording`'s); whatever it leaves out is judged or found here. `pool()`,
    when the relating starts, gives a worker process to find the outlets' framing in (relate.py),
    or None. `first`, when given, has been fed every record's head in run order (pass 1 done)."""
    if callable(records) and not hasattr(records, "heads"):
        records = RecordList(records())  # type: ignore[operator]
    clock = time.perf_counter
    timings: dict[str, float] = {}
    started = clock()
    if first is None:
        first = FirstPass(question is None)
        for head in records.heads():  # type: ignore[union-attr]
            first.add(head)
    index, stats, proposed, objects = first.sums()
    copy_pairs, wording = first.copies.pairs, first.wording
    first.copies = CopyCandidates()  # its index of every signature (about 10 KB an article) is not needed past pass 1
    summed = clock() - started
    q = make_question(question) if question else (proposed if proposed else None)
    if q is not None:
        q.proposition = proposition_for(q.text)
        q.proposition.add_corpus_terms(objects)
    worded: Future[Worded] | None = None
    if judge_ahead is not None and judgements is not None:
        ahead = clock()
        # Judging needs the question and the corpus's names for its thing, not the actors: the
        # actors are built in a thread of this process while the workers judge (this process only
        # feeds them), instead of before, while both workers idled (docs/performance.md).
        with ThreadPoolExecutor(1, thread_name_prefix="actors") as builder:
            built = builder.submit(_build_actors, index, stats)
            worded = judge_ahead(q, wording)
            timings["reduce_actors_seconds"] = summed + built.result()
        timings["reduce_judged_ahead_seconds"] = clock() - ahead
    else:
        timings["reduce_actors_seconds"] = summed + _build_actors(index, stats)
    # The outlets' own words for the question's things need only pass 1 and the question: found with
    # the judging ahead, else in the framing's worker (when there is one) while pass 2 runs here.
    if worded is None and pool is not None:
        worded = start_wording(pool(), wording, q)
    analysis = Analysis(question=q, documents=[], notices=list(notices or []))
    in_topical_passage: set[str] = set()
    in_topical_document: set[str] = set()
    text_parts: dict[str, list[float]] = {}
    started = clock()
    for record in records:  # type: ignore[union-attr]
        _add_record(analysis, record, index, in_topical_document, in_topical_passage, judgements, text_parts)
        if (note := language_note(record.document.provenance)) is not None:  # not parsed in the map (article.NOT_ENGLISH)
            analysis.notices.append(Notice(record.document.source, note, skipped=False))
    analysis.actors = list(index.actors)
    timings["reduce_statements_seconds"] = clock() - started
    started = clock()
    uncarried = propagate(analysis.statements, in_topical_document, in_topical_passage)
    if text_parts and learned.enabled():
        learned.second_opinions(analysis.statements, text_parts, uncarried)
        # "Was the board wrong to V?": the layer's sides read the act, the question asks its fault (fault_learned.py)
        turn_learned_sides(analysis.statements, terms_of(q))
        # A learned side against every other side its speaker reads in words takes theirs (judge/carry.py)
        outweigh_learned(analysis.statements, learned.NOTE)
    timings["reduce_propagate_seconds"] = clock() - started
    relate(analysis, timings, copy_pairs, wording, pool() if pool is not None else None, worded)
    analysis.run.update(timings)
    return analysis


class FirstPass:
    """Pass 1, fed one record head at a time in run order (`add`); `sums()` when every head is in:
    the corpus's actor index with every article's name statistics summed, to be built from them
    (`_build_actors`), its proposed question, the nouns its speakers take sides on (the corpus's
    names for the question's thing), the pairs of articles that may be wire copies (`copies`, by
    document id in run order), and each outlet's noun phrases summed (`wording`, for framing; keyed
    as outlet_framing.outlet_key). The pipeline feeds it while worker processes map (the main
    process waits for them then), so that judging starts as soon as the map ends."""

    def __init__(self, want_question: bool) -> None:
        self.want_question = want_question
        self.copies = CopyCandidates()
        self.wording = WordingCounts()
        self.count = 0  # heads added: the next is document d{count + 1}
        self._stats: dict[str, NameStats] = {}
        self._outlets: set[str] = set()
        self._nationalities: set[str] = set()
        self._frames: list[dict[str, Any]] = []
        self._objects: Counter[str] = Counter()

    def add(self, record: RecordHead) -> None:
        self.count += 1
        doc_id = f"d{self.count}"
        self.copies.add(doc_id, record.minhash)
        self.wording.add(outlet_key(record.outlet, doc_id), record.frames.get("wording", {}), record.frames.get("loaded", {}),
                         record.frames.get("verbs", {}))
        self._objects.update(record.frames.get("objects", {}))
        name_stats(record.mentions, self._stats)
        if record.outlet:
            self._outlets.add(record.outlet)
        self._nationalities.update(record.nationalities)
        if self.want_question:
            self._frames.append(record.frames)

    def sums(self) -> tuple[ActorIndex, dict[str, NameStats], Question | None, Counter[str]]:
        index = ActorIndex(outlets=self._outlets)
        index.nationalities |= self._nationalities
        frames, self._frames = self._frames, []  # not held through the reduce by whoever holds this pass
        proposed = propose_question(frames, self._outlets) if self.want_question else None
        return index, self._stats, proposed, self._objects


def _build_actors(index: ActorIndex, stats: dict[str, NameStats]) -> float:
    """The corpus's canonical actors from pass 1's name statistics; the seconds it took."""
    started = time.perf_counter()
    index.build_from_stats(stats)
    return time.perf_counter() - started


def _add_record(analysis: Analysis, record: ArticleRecord, index: ActorIndex, in_document: set[str],
                in_passage: set[str], judgements: JudgementStore | None,
                text_parts: dict[str, list[float]] | None = None) -> None:
    """Pass 2 for one article: its document, statements and events, with canonical actor ids."""
    doc = record.document
    analysis.documents.append(doc)
    actor_of = _canonical_of(record, index)
    judged = judgements.get(record.key, analysis.question) if judgements is not None else None
    if judged is None:
        judged = judge_record(record, analysis.question)
        if judgements is not None:
            judgements.put(record.key, analysis.question, judged)
    for draft, j in zip(record.statements, judged.statements, strict=True):
        speaker = _role_holder(draft, actor_of) or actor_of.get(draft.speaker or "")
        statement = Statement(
            id=f"s{len(analysis.statements) + 1}", document=doc.id,
            speaker=speaker.id if speaker else None, speaker_mention=draft.speaker_mention, cue=draft.cue,
            kind=draft.kind, content=doc.body[draft.start:draft.end], start=draft.start, end=draft.end,  # type: ignore[arg-type]
            stance=j.stance, conditions=list(j.conditions), date=draft.date, parts=draft.parts,  # type: ignore[arg-type]
            speaker_span=list(draft.speaker_span),
            speaker_rule=draft.speaker_rule,
            stance_evidence=list(j.evidence), conditions_normalized=list(j.normalized))
        analysis.statements.append(statement)
        if j.in_passage:
            in_passage.add(statement.id)
        if j.learned is not None and text_parts is not None:
            text_parts[statement.id] = j.learned
        if judged.document_topical:
            in_document.add(statement.id)
    sents = [(s[0], s[1]) for s in record.parse.get("sents", [])]
    for event in record.events:
        ids = _actors_in_sentence(record, sents, event.start, index, actor_of)
        analysis.events.append(Event(
            id=f"e{len(analysis.events) + 1}", document=doc.id, date=event.date, precision=event.precision,
            mention=event.mention, text=event.text, actors=sorted(ids, key=lambda a: int(a[1:])), start=event.start))


def _role_holder(draft: DraftStatement, actor_of: dict[str, Actor]) -> Actor | None:
    """A role description ("the trade minister") names the latest person mentioned before it whose
    roles, as the whole corpus knows them, carry its role words; None leaves the article's choice."""
    if not draft.role_words:
        return None
    wanted = set(draft.role_words)  # (role words, and the words of a body it names: speakers.holds)
    for local in reversed(draft.role_candidates):
        actor = actor_of.get(local)
        if actor is not None and actor.kind == "person" and holds(actor, wanted):
            return actor
    return None


def _actors_in_sentence(record: ArticleRecord, sents: list[tuple[int, int]], offset: int, index: ActorIndex,
                        actor_of: dict[str, Actor]) -> set[str]:
    """The corpus's actors named in the sentence holding `offset`: by each name's corpus-wide
    decision, else by the article's own (a local actor found while resolving a speaker)."""
    bounds = next(((a, b) for a, b in sents if a <= offset < b), (offset, offset))
    ids: set[str] = set()
    for m in record.mentions:
        if bounds[0] <= m.start < bounds[1]:
            if m.text in index.mention_actor:
                ids.add(index.mention_actor[m.text])
            elif m.actor and m.actor in actor_of:
                ids.add(actor_of[m.actor].id)
    return ids


def _joined_name(name: str, person: Actor) -> bool:
    """A body's name of several words that is no name of the person found by its last word: no given name, title or
    role among its words before its first "of"/"for"/"and", or before that surname ("Centre for Coastal Freight",
    "Guild of Ferry and Barge Crews", "Stride Fair Ulvmark" are not the "Coastal Freight", "Barge Crews", "Fair
    Ulvmark" the tagger took for persons; "Mr X", "Cllr Ada X", "Dr Ada X of Y University" are X)
    (tests/extract/test_speakers_session30.py)."""
    words = name.split()
    if len(words) < 2 or name.lower() in {n.lower() for n in [person.name, *person.aliases]}:
        return False
    joined = [i for i, w in enumerate(words) if i > 0 and w in {"of", "for", "and"}]
    before = words[:joined[0]] if joined else words[:-1]
    return not any(first_name_gender(w) in {"female", "male", "either"} or w.lower().rstrip(".") in TITLE_WORDS
                   or w.lower().rstrip(".") in PERSON_ROLES for w in before)


def _canonical_of(record: ArticleRecord, index: ActorIndex) -> dict[str, Actor]:
    """Each local actor of the article -> the corpus's actor: the one its name mentions were given,
    or, for actors found while resolving speakers, the same finding replayed on the corpus's index
    (a capitalised name the article alone took for a body may be a person known from elsewhere)."""
    texts: dict[str, list[str]] = {}
    for m in record.mentions:
        if m.actor:
            texts.setdefault(m.actor, []).append(m.text)
    found: dict[str, Actor] = {}
    for local in record.actors:
        actor: Actor | None = None
        if local.origin == "mention":
            # its own name first, then its longer names: a bare surname is the corpus's for whoever else bears it ("Varga"
            # of another article), the full name this article's person (test_speakers_session27[a_surname_two_share])
            written = sorted(texts.get(local.id, []), key=lambda t: (t != local.name, -len(t.split())))
            ids = [index.mention_actor[t] for t in written if t in index.mention_actor]
            actor = index.by_id(ids[0]) if ids else index.lookup(local.name)
        elif local.origin == "person":
            actor = index.lookup(local.name) or index.person(local.name, local.roles[0] if local.roles else None)
        elif local.origin == "organization":
            actor = index.lookup(local.name)
            if actor is not None and actor.kind == "person" and _joined_name(local.name, actor):
                # (a body's name with "of"/"for"/"and" in it is no person whose surname is its last word: "Guild of
                # Ferry and Barge Crews" is not the "Barge Crews" the tagger took for a person;
                # tests/extract/test_speakers_session30.py)
                actor = None
            actor = actor or index.organization(local.name)
        elif local.origin == "described":
            kind: ActorKind = "group" if local.kind == "group" else "person" if local.kind == "person" else "organization"
            actor = index.article_body(local.name, record.key, kind, record.document.id)
        elif local.origin == "group":
            affiliation = index.affiliation(local.affiliation) if local.affiliation else None
            actor = index.group(local.name, affiliation)
        if actor is None:
            continue
        if local.spoke_as_person and actor.kind == "other" and actor.name not in index.place_like:
            index.mark_person(actor)  # a one-word name that speaks, and that the corpus never uses as a place
        for alias in local.aliases:
            index.add_alias(actor, alias)
        for role in local.roles:
            index.add_role(actor, role)
        found[local.id] = actor
    return found
