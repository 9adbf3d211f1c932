"""The proposition the corpus argues about: given by the user, or proposed from the corpus."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from .model import Document, Question

STOP = {"will", "would", "should", "can", "could", "does", "do", "is", "are", "the", "a", "an", "of", "to",
        "be", "?", "join", "become", "get", "its", "their"}


def question_terms(text: str) -> list[str]:
    """Content words of the question ("Will Ukraine join NATO?" -> ["Ukraine", "NATO"])."""
    return [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in STOP]


def propose_question(documents: Sequence[Document], parsed: Sequence[Doc]) -> Question | None:
    """When no question is given: the pair (country-like subject, organisation) that most
    sentences join with a membership verb ("X join Y", "X's membership in Y"), else None.

    Counts, over all sentences, the GPE and ORG entities co-occurring with the words
    join/membership/accession/member; the most frequent GPE and ORG make "Will GPE join ORG?".
    """
    gpe: Counter[str] = Counter()
    org: Counter[str] = Counter()
    for sdoc in parsed:
        for sent in sdoc.sents:
            low = sent.text.lower()
            if not re.search(r"\b(join|joining|membership|accession|admission|member|admit)\b", low):
                continue
            for ent in sent.ents:
                if ent.label_ == "GPE":
                    gpe[ent.text] += 1
                elif ent.label_ == "ORG":
                    org[ent.text] += 1
    if not gpe or not org:
        return None
    subject = gpe.most_common(1)[0][0]
    target = next((o for o, _ in org.most_common() if o != subject), None)
    if target is None:
        return None
    return Question(f"Will {subject} join {target}?", proposed=True)
