"""The proposition the corpus argues about: given by the user, or proposed from the corpus."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .model import Question

STOP = {"will", "would", "should", "can", "could", "does", "do", "is", "are", "the", "a", "an", "of", "to",
        "be", "?", "join", "become", "get", "its", "their"}


def question_terms(text: str) -> list[str]:
    """Content words of the question ("Will Ukraine join NATO?" -> ["Ukraine", "NATO"])."""
    return [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in STOP]


def make_question(text: str, proposed: bool = False) -> Question:
    """The question as every stage reads it, made once per process (the map's workers judge with
    it when it is given; the reduce when it is proposed)."""
    return Question(text, proposed=proposed, target_terms=question_terms(text))


def propose_question(frames: Iterable[dict[str, Any]]) -> Question | None:
    """When no question is given, the membership the corpus argues about most.

    Counts every "X join(s) Y", "X's membership in Y", "X's accession/bid to join Y" and
    "Y admits X" over the articles' frames; the most frequent (X, Y) pair becomes "Will X join Y?".
    Falls back to the country and organisation named most often in sentences with a
    membership word. None when the corpus speaks of no membership at all.
    """
    subjects: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    gpe: Counter[str] = Counter()
    org: Counter[str] = Counter()
    for frame in frames:
        for subject, target in frame.get("pairs", []):
            subjects[subject] += 1
            targets[target.removeprefix("the ")] += 1
        gpe.update(frame.get("gpe", {}))
        org.update(frame.get("org", {}))
    if subjects and targets:
        # "the Compact" counts for "the Northern Compact"; a dateline's "VALDORIA" loses to "Valdoria".
        for short in list(targets):
            longer = [t for t in targets if t != short and t.endswith(" " + short)]
            if longer:
                targets[max(longer, key=len)] += targets.pop(short)
        subject = max(subjects, key=lambda s: (not (s.isupper() and len(s) > 3), subjects[s]))
        target = max(targets, key=lambda t: targets[t])
        article = "the " if not target.isupper() and len(target.split()) > 1 else ""
        return Question(f"Will {subject} join {article}{target}?", proposed=True)
    if not gpe or not org:
        return None
    subject = gpe.most_common(1)[0][0]
    found = next((o for o, _ in org.most_common() if o != subject), None)
    return Question(f"Will {subject} join {found}?", proposed=True) if found else None
