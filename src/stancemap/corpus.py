"""The reduce step: many article records in, one `Analysis` out.

Works on records alone (no spaCy, no model), in two passes over them:
  1. names     every record's name mentions summed per name -> the corpus's canonical actors
               (extract/actors.py); the articles' frames -> the proposed question, if none is given
  2. statements  each record's local actors mapped to canonical ones; each statement's conditions
               and stance judged on its kept parse rows (judge/); stances carried within an article
Then, over the statements of the whole corpus: stances propagated from a speaker's other
statements or side, and relate.py (outlets, framing, positions, disagreements).

`records` is called once per pass and must yield the same records in the same order each time
(the runner reads them back from the cache), so that nothing of a record but its light results
stays in memory between passes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise

from .extract.actors import ActorIndex, NameStats, name_stats
from .extract.speakers import norm_role
from .judge.conditions import Condition, find_conditions
from .judge.proposition import parse_proposition
from .judge.stance import carry_over, propagate, stance_of, topical
from .judge.terms import terms_of
from .model import Actor, Analysis, Document, Event, Notice, Question, Stance, Statement
from .parsed import ParsedDoc
from .question import propose_question, question_terms
from .record import ArticleRecord, DraftStatement
from .relate import relate

ANAPHORIC_OPENINGS = ("that ", "this ", "such ", "it ", "the support", "the offer", "the move")


def reduce_records(records: Callable[[], Iterable[ArticleRecord]], question: str | None = None,
                   notices: list[Notice] | None = None) -> Analysis:
    index, proposed, objects = _canonical_actors(records(), question is None)
    q = Question(question, proposed=False) if question else proposed
    if q is not None:
        q.target_terms = question_terms(q.text)
        q.proposition = parse_proposition(q.text)
        q.proposition.add_corpus_terms(objects)
    analysis = Analysis(question=q, documents=[], notices=list(notices or []))
    in_topical_passage: set[str] = set()
    in_topical_document: set[str] = set()
    for record in records():
        _add_record(analysis, record, index, in_topical_document, in_topical_passage)
        if "language" in record.document.provenance:  # not parsed in the map (article.NOT_ENGLISH)
            analysis.notices.append(Notice(record.document.source, "article in " + record.document.provenance["language"],
                                           skipped=False))
    analysis.actors = list(index.actors)
    sides = {a.id: a.side() for a in analysis.actors}
    propagate(analysis.statements, in_topical_document, in_topical_passage, sides)
    return relate(analysis)


def _canonical_actors(records: Iterable[ArticleRecord], want_question: bool) -> tuple[
        ActorIndex, Question | None, Counter[str]]:
    """Pass 1: the corpus's actors from every article's name statistics, its proposed question, and
    the nouns its speakers take sides on (the corpus's names for the question's thing)."""
    stats: dict[str, NameStats] = {}
    outlets: set[str] = set()
    nationalities: set[str] = set()
    frames = []
    objects: Counter[str] = Counter()
    for record in records:
        objects.update(record.frames.get("objects", {}))
        name_stats(record.mentions, stats)
        if record.document.outlet:
            outlets.add(record.document.outlet)
        nationalities.update(record.nationalities)
        if want_question:
            frames.append(record.frames)
    index = ActorIndex(outlets=outlets)
    index.nationalities |= nationalities
    index.build_from_stats(stats)
    return index, (propose_question(frames) if want_question else None), objects


def _add_record(analysis: Analysis, record: ArticleRecord, index: ActorIndex, in_document: set[str],
                in_passage: set[str]) -> None:
    """Pass 2 for one article: its document, statements and events, with canonical actor ids."""
    doc = record.document
    analysis.documents.append(doc)
    actor_of = _canonical_of(record, index)
    pdoc = ParsedDoc(doc.body, record.parse)
    sents = pdoc.sents
    stated = {d.sent for d in record.statements}
    document_topical = topical(doc.body, analysis.question)
    act = terms_of(analysis.question).event
    statements: list[Statement] = []
    for draft in record.statements:
        stance, evidence, conditions = _judge(analysis.question, pdoc, sents, draft, stated, act)
        speaker = _role_holder(draft, actor_of) or actor_of.get(draft.speaker or "")
        statements.append(Statement(
            id=f"s{len(analysis.statements) + len(statements) + 1}", document=doc.id,
            speaker=speaker.id if speaker else None, speaker_mention=draft.speaker_mention, cue=draft.cue,
            kind=draft.kind, content=doc.body[draft.start:draft.end], start=draft.start, end=draft.end,  # type: ignore[arg-type]
            stance=stance, conditions=[c.text for c in conditions], date=draft.date, parts=draft.parts,
            speaker_rule=draft.speaker_rule,
            stance_evidence=evidence, conditions_normalized=[c.normalized for c in conditions]))
    _carry_conditions(statements, doc, analysis.question, sents)
    _carry_stances(statements, doc, sents)
    for s in statements:
        if topical(_passage(doc.body, s.start), analysis.question):
            in_passage.add(s.id)
        if document_topical:
            in_document.add(s.id)
    analysis.statements.extend(statements)
    for event in record.events:
        ids = _actors_in_sentence(record, sents, event.start, index, actor_of)
        analysis.events.append(Event(
            id=f"e{len(analysis.events) + 1}", document=doc.id, date=event.date, precision=event.precision,
            mention=event.mention, text=event.text, actors=sorted(ids, key=lambda a: int(a[1:])), start=event.start))


def _judge(question: Question | None, pdoc: ParsedDoc, sents: list, draft: DraftStatement,  # type: ignore[type-arg]
           stated: set[int], act: frozenset[str]) -> tuple[Stance | None, list[str], list[Condition]]:
    """Conditions and stance of one statement. A quotation interrupted by its cue is judged piece by
    piece, each in its own sentence, as the pieces were said: conditions are pooled; the stance is
    none when the first piece is silent, else a condition's if any piece states one, else the last
    firm one, else neutral. (Pinned by the example corpus's split quotations, tests/test_scores.py.)"""
    pieces = draft.parts or [[draft.start, draft.end]]
    sent_of = [next((k for k, x in enumerate(sents) if x.start_char <= s < x.end_char), draft.sent)
               for s, _ in pieces] if draft.parts else [draft.sent]
    own = stated | set(sent_of)
    judged: list[tuple[Stance | None, list[str]]] = []
    conditions: list[Condition] = []
    for (start, end), k in zip(pieces, sent_of, strict=True):
        found = find_conditions(pdoc, start, end, sents, k, next_is_own_statement=k + 1 in own,  # type: ignore[arg-type]
                                event=act)
        previous = sents[k - 1] if k > 0 else None
        judged.append(stance_of(question, sents[k], start, end, found, previous,  # type: ignore[arg-type]
                                draft.cue_start if draft.kind == "position" else None,
                                in_topic=False))  # reading every statement of a topical article cost the examples 0.03
        conditions += [c for c in found if c not in conditions]
    if judged[0][0] is None:
        # An utterance whose opening the rules cannot place on the question may turn on itself
        # ("Nobody doubts where X belongs." / "But membership is not a gift."): its stance is
        # carried from the speaker's other statements, as for any silent statement.
        return None, [], conditions
    firm = [j for j in judged if j[0] not in {None, "neutral"}]
    if not firm:
        return (*judged[-1], conditions)
    chosen = next((j for j in firm if j[0] == "conditional"), firm[-1])
    return chosen[0], chosen[1], conditions


def _role_holder(draft: DraftStatement, actor_of: dict[str, Actor]) -> Actor | None:
    """A role description ("the trade minister") names the latest person mentioned before it whose
    roles, as the whole corpus knows them, carry its role words; None leaves the article's choice."""
    if not draft.role_words:
        return None
    wanted = set(draft.role_words)
    for local in reversed(draft.role_candidates):
        actor = actor_of.get(local)
        if actor is not None and actor.kind == "person" and wanted <= set().union(*(norm_role(r) for r in actor.roles or [""])):
            return actor
    return None


def _actors_in_sentence(record: ArticleRecord, sents: list, offset: int, index: ActorIndex,  # type: ignore[type-arg]
                        actor_of: dict[str, Actor]) -> set[str]:
    """The corpus's actors named in the sentence holding `offset`: by each name's corpus-wide
    decision, else by the article's own (a local actor found while resolving a speaker)."""
    bounds = next(((s.start_char, s.end_char) for s in sents if s.start_char <= offset < s.end_char), (offset, offset))
    ids: set[str] = set()
    for m in record.mentions:
        if bounds[0] <= m.start < bounds[1]:
            if m.text in index.mention_actor:
                ids.add(index.mention_actor[m.text])
            elif m.actor and m.actor in actor_of:
                ids.add(actor_of[m.actor].id)
    return ids


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
            ids = [index.mention_actor[t] for t in texts.get(local.id, []) if t in index.mention_actor]
            actor = index.by_id(ids[0]) if ids else index.lookup(local.name)
        elif local.origin == "person":
            actor = index.lookup(local.name) or index.person(local.name, local.roles[0] if local.roles else None)
        elif local.origin == "organization":
            actor = index.lookup(local.name) or index.organization(local.name)
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


def _carry_conditions(statements: list[Statement], doc: Document, question: Question | None,
                      sents: list) -> None:  # type: ignore[type-arg]
    """"Lunderia would support an invitation. That support, he added, would come only after the
    fighting ends.": a condition stated by the same speaker right after, about what they just
    said ("that support ..."), or a requirement they add ("X must first ..."), belongs to the
    earlier statement too."""
    for before, after in pairwise(statements):
        gap = doc.body[before.end:after.start]
        if (after.speaker is None or after.speaker != before.speaker or "\n" in gap or len(gap) > 80
                or not after.conditions or before.conditions):
            continue
        opening = doc.body[_sentence_start(sents, after.start):].lower()
        requirement = any(n.startswith("must first:") for n in after.conditions_normalized)
        if opening.startswith(ANAPHORIC_OPENINGS) or requirement:
            before.conditions = list(after.conditions)
            before.conditions_normalized = list(after.conditions_normalized)
            if before.stance in {"support", "neutral", None} and question is not None:
                before.stance = "conditional"
                before.stance_evidence = [*before.stance_evidence, f"condition stated next: {after.conditions[0][:60]}"]


def _sentence_start(sents: list, offset: int) -> int:  # type: ignore[type-arg]
    return next((s.start_char for s in sents if s.start_char <= offset < s.end_char), offset)


def _carry_stances(statements: list[Statement], doc: Document, sents: list) -> None:  # type: ignore[type-arg]
    """Let a statement continuing the same speaker's utterance share its stance (stance.carry_over)."""
    sent_of = {s.id: next((i for i, x in enumerate(sents) if x.start_char <= s.start < x.end_char), 0)
               for s in statements}
    para_of = {s.id: doc.body.count("\n\n", 0, s.start) for s in statements}
    carried = carry_over([(s.speaker, para_of[s.id], sent_of[s.id], s.stance) for s in statements])
    for statement, (stance, why) in zip(statements, carried, strict=True):
        if statement.stance is None and stance is not None:
            statement.stance = stance
            statement.stance_evidence = [why]


def _passage(body: str, offset: int) -> str:
    """The paragraph around an offset with its neighbours: the passage a statement stands in."""
    paragraphs = body.split("\n\n")
    index = body.count("\n\n", 0, offset)
    return "\n\n".join(paragraphs[max(index - 1, 0): index + 2])
