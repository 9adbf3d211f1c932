"""The proposal of a membership ("Will X join Y?"), kept when the corpus argues about one more than
about any other act (question.propose_question)."""

from __future__ import annotations

from collections import Counter
from typing import Any

# Nouns that name a membership and nothing else ("application", "bid", "entry" also name other acts).
JOINING_NOUNS = frozenset({"membership", "accession", "enlargement", "admission"})
# A membership named in this share of the articles is what the corpus argues about ...
MEMBERSHIP_SPREAD = 0.15
# ... when that is two articles at least, as any other act must be (question._things' least): one article's "X joined
# Y in 2015" does not make a corpus about something else a membership question (tests/test_question.py::
# test_question_one_articles_join_is_no_membership).
MEMBERSHIP_LEAST = 2


def membership_question(frames: list[dict[str, Any]]) -> tuple[str, str, float] | None:
    """"Will X join Y?" from every "X join(s) Y", "X's membership in Y", "X's accession/bid to
    join Y"; failing pairs, the country and organisation named most often in sentences with a
    membership word, as (question, reason, score). The score is comparable to the general
    proposal's: articles times weight."""
    subjects: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    gpe: Counter[str] = Counter()
    org: Counter[str] = Counter()
    spread = 0
    for frame in frames:
        spread += bool(frame.get("pairs"))
        for subject, target in frame.get("pairs", []):
            subjects[subject] += 1
            targets[target.removeprefix("the ")] += 1
        gpe.update(frame.get("gpe", {}))
        org.update(frame.get("org", {}))
    reason = f"a membership is argued about in {spread} of {len(frames)} articles"
    if subjects and targets:
        # "the Compact" counts for "the Northern Compact"; a dateline's "VALDORIA" loses to "Valdoria".
        for short in list(targets):
            longer = [t for t in targets if t != short and t.endswith(" " + short)]
            if longer:
                targets[max(longer, key=len)] += targets.pop(short)
        subject = max(subjects, key=lambda s: (not (s.isupper() and len(s) > 3), subjects[s]))
        target = max(targets, key=lambda t: targets[t])
        article = "the " if not target.isupper() and len(target.split()) > 1 else ""
        score = spread / max(len(frames), 1) if spread >= min(MEMBERSHIP_LEAST, len(frames)) else 0.0
        return f"Will {subject} join {article}{target}?", reason, score
    if not gpe or not org:
        return None
    subject = gpe.most_common(1)[0][0]
    found = next((o for o, _ in org.most_common() if o != subject), None)
    return (f"Will {subject} join {found}?", reason, 0.0) if found else None
