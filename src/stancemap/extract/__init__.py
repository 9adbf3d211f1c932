"""Stage 4: actors, statements with resolved speakers, stances, conditions and dated events.

`extract(documents, parsed, question)` is the whole interface; each step is its own module:
mentions.py (names, titles) -> actors.py (canonical actors) -> statements.py (cues, content)
-> speakers.py (who) -> stance.py / conditions.py (toward the question) -> timeline.py (when).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import Actor, Document, Event, Question, Statement
from .actors import ActorIndex
from .conditions import find_conditions
from .mentions import Mention, find_mentions
from .speakers import SpeakerResolver
from .stance import stance_of
from .statements import find_candidates
from .timeline import find_events, statement_date


@dataclass
class Extraction:
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def extract(documents: Sequence[Document], parsed: Sequence[Doc], question: Question | None) -> Extraction:
    index = ActorIndex(outlets=[d.outlet for d in documents if d.outlet])
    mentions: list[list[Mention]] = [find_mentions(d.id, p) for d, p in zip(documents, parsed, strict=True)]
    index.build([m for ms in mentions for m in ms])
    result = Extraction()
    for doc, sdoc, doc_mentions in zip(documents, parsed, mentions, strict=True):
        sents = list(sdoc.sents)
        resolver = SpeakerResolver(index, doc_mentions)
        for cand in find_candidates(sdoc):
            actor, rule = resolver.resolve(cand.speaker, cand.sent)
            if actor is not None and actor.kind == "other" and cand.speaker is not None \
                    and cand.speaker.root.ent_type_ == "PERSON" and rule == "named" \
                    and actor.name not in index.place_like:
                actor.kind = "person"  # a one-word name the tagger calls a person, and who speaks
            content = doc.body[cand.start:cand.end]
            sentence = sents[cand.sent]
            statement = Statement(
                id=f"s{len(result.statements) + 1}", document=doc.id, speaker=actor.id if actor else None,
                speaker_mention=cand.speaker.text if cand.speaker is not None else "", cue=cand.cue,
                kind=cand.kind, content=content, start=cand.start, end=cand.end, speaker_rule=rule)  # type: ignore[arg-type]
            conditions = find_conditions(sdoc, cand.start, cand.end, sents, cand.sent)
            statement.conditions = [c.text for c in conditions]
            statement.conditions_normalized = [c.normalized for c in conditions]
            statement.stance, statement.stance_evidence = stance_of(content, statement.conditions, question, sdoc,
                                                                   cand.start, cand.end, doc.body, sentence)
            statement.date = statement_date(sentence, doc.published)
            result.statements.append(statement)
        result.events.extend(find_events(doc, sdoc, doc_mentions, len(result.events)))
    result.actors = [a for a in index.actors]
    return result
