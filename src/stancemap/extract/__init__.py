"""Stage 4: actors, statements with resolved speakers, stances, conditions and dated events.

`extract(documents, parsed, question)` is the whole interface; each step is its own module:
mentions.py (names, titles) -> actors.py (canonical actors) -> statements.py (cues, content)
-> speakers.py (who) -> stance.py / conditions.py (toward the question) -> timeline.py (when).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc

from ..model import Actor, Document, Event, Question, Statement
from .actors import ActorIndex
from .conditions import find_conditions
from .interview import answers, inside_answer, interviewee, is_interview
from .mentions import Mention, find_mentions, surname_mentions
from .speakers import SpeakerResolver
from .stance import carry_over, propagate, stance_of, topical
from .statements import find_candidates
from .timeline import find_events, statement_date

ANAPHORIC_OPENINGS = ("that ", "this ", "such ", "it ", "the support", "the offer", "the move")


def _carry_conditions(statements: list[Statement], doc: Document, question: Question | None,
                      sents: list) -> None:  # type: ignore[type-arg]
    """"Lunderia would support an invitation. That support, he added, would come only after the
    fighting ends.": a condition stated by the same speaker right after, about what they just
    said ("that support ..."), or a requirement they add ("X must first ..."), belongs to the
    earlier statement too."""
    mine = statements  # one document's, in order
    for before, after in pairwise(mine):
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
    mine = statements  # one document's, in order
    sent_of = {s.id: next(i for i, x in enumerate(sents) if x.start_char <= s.start < x.end_char) for s in mine}
    para_of = {s.id: doc.body.count("\n\n", 0, s.start) for s in mine}
    carried = carry_over([(s.speaker, para_of[s.id], sent_of[s.id], s.stance) for s in mine])
    for statement, (stance, why) in zip(mine, carried, strict=True):
        if statement.stance is None and stance is not None:
            statement.stance = stance
            statement.stance_evidence = [why]


@dataclass
class Extraction:
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def extract(documents: Sequence[Document], parsed: Sequence[Doc], question: Question | None) -> Extraction:
    index = ActorIndex(outlets=[d.outlet for d in documents if d.outlet])
    mentions: list[list[Mention]] = [find_mentions(d.id, p) for d, p in zip(documents, parsed, strict=True)]
    # Nationality adjectives as written anywhere ("Lunderian"), tagged or not: they tell countries.
    index.nationalities |= {t.text for p in parsed for t in p if t.text[:1].isupper()
                            and (t.ent_type_ == "NORP" or t.pos_ == "ADJ") and t.text.endswith(("an", "ese", "ish", "i"))}
    index.build([m for ms in mentions for m in ms])
    surnames = {a.name.split()[-1]: a.id for a in index.actors if a.kind == "person" and len(a.name.split()) > 1}
    for doc_mentions, d, p in zip(mentions, documents, parsed, strict=True):
        for m in surname_mentions(d.id, p, doc_mentions, surnames):
            doc_mentions.append(m)
            actor = index.by_id(m.actor)
            if actor is not None and m.text not in actor.aliases:
                actor.aliases.append(m.text)
    result = Extraction()
    in_topical_passage: set[str] = set()
    in_topical_document: set[str] = set()
    for doc, sdoc, doc_mentions in zip(documents, parsed, mentions, strict=True):
        sents = list(sdoc.sents)
        statements = _statements(doc, sdoc, sents, doc_mentions, index, question, len(result.statements))
        _carry_conditions(statements, doc, question, sents)
        _carry_stances(statements, doc, sents)
        document_topical = topical(doc.body, question)
        for s in statements:
            if topical(_passage(doc.body, s.start), question):
                in_topical_passage.add(s.id)
            if document_topical:
                in_topical_document.add(s.id)
        result.statements.extend(statements)
        result.events.extend(find_events(doc, sdoc, doc_mentions, len(result.events)))
    result.actors = [a for a in index.actors]
    sides = {a.id: a.side() for a in result.actors}
    propagate(result.statements, in_topical_document, in_topical_passage, sides)
    return result


def _statements(doc: Document, sdoc: Doc, sents: list, mentions: list[Mention], index: ActorIndex,  # type: ignore[type-arg]
                question: Question | None, offset: int) -> list[Statement]:
    """One document's statements: candidates found, speakers resolved, conditions, stance, date."""
    resolver = SpeakerResolver(index, mentions)
    candidates = find_candidates(sdoc)
    speaker_of_answers = None
    if is_interview(doc.body):
        # A Q&A transcript: each answer is one statement of the interviewee.
        speaker_of_answers = interviewee(doc.body, mentions, index)
        candidates = sorted([c for c in candidates if not inside_answer(doc.body, c.cue_start)] + answers(sdoc),
                            key=lambda c: c.start)
    stated = {c.sent for c in candidates}
    statements: list[Statement] = []
    for cand in candidates:
        if cand.cue == "answered" and cand.speaker is None:
            actor, rule = speaker_of_answers, "interviewee"
        else:
            actor, rule = resolver.resolve(cand.speaker, cand.sent)
        if actor is not None and actor.kind == "other" and cand.speaker is not None \
                and cand.speaker.root.ent_type_ == "PERSON" and rule == "named" \
                and actor.name not in index.place_like:
            actor.kind = "person"  # a one-word name the tagger calls a person, and who speaks
        sentence = sents[cand.sent]
        conditions = find_conditions(sdoc, cand.start, cand.end, sents, cand.sent,
                                     next_is_own_statement=cand.sent + 1 in stated)
        previous = sents[cand.sent - 1] if cand.sent > 0 else None
        stance, evidence = stance_of(question, sentence, cand.start, cand.end, conditions, previous,
                                     cand.cue_start if cand.kind == "position" else None)
        statements.append(Statement(
            id=f"s{offset + len(statements) + 1}", document=doc.id, speaker=actor.id if actor else None,
            speaker_mention=cand.speaker.text if cand.speaker is not None else (
                actor.name if actor is not None and rule == "interviewee" else ""), cue=cand.cue,
            kind=cand.kind, content=doc.body[cand.start:cand.end], start=cand.start, end=cand.end,  # type: ignore[arg-type]
            stance=stance, conditions=[c.text for c in conditions],
            date=statement_date(sentence, doc.published, cand.start, cand.end),
            speaker_rule=rule, stance_evidence=evidence, conditions_normalized=[c.normalized for c in conditions]))
    return statements


def _passage(body: str, offset: int) -> str:
    """The paragraph around an offset with its neighbours: the passage a statement stands in."""
    paragraphs = body.split("\n\n")
    index = body.count("\n\n", 0, offset)
    return "\n\n".join(paragraphs[max(index - 1, 0): index + 2])
