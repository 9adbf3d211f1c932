"""The statement extractor used as a spaCy component in someone else's pipeline."""

from __future__ import annotations

import stancemap.extract.component  # noqa: F401  (registers the factory)
from stancemap.parse import MODEL_NAME


def test_component_sets_doc_statements() -> None:
    import spacy

    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("stancemap_statements")
    doc = nlp('Foreign Minister Lea Marsh said that Osterland would apply in May. "We are ready," she added.')
    found = [(s.speaker, s.cue, s.kind, s.content.text) for s in doc._.statements]
    assert found == [("Lea Marsh", "said", "indirect", "Osterland would apply in May."),
                     ("Lea Marsh", "added", "direct", "We are ready")]
    assert doc._.statements[1].speaker_rule == "pronoun"
