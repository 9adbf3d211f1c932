"""A past act the corpus judges (`judged_past`, session 36): the act asked about is already done in most of the articles
that say it ("the board sacked the coach", "has dismissed him"), and whether it was right is what they argue ("the board
was right", "the club was wrong", "the decision was right"): a verdict said with "be" of who did it or of the decision,
in half the articles or more. A question of the future ("Will the board sack the coach?") asks what no article still
contests; the question is the verdict, asked as the press asks it and as judge/fault.py reads it: "Was the board right
to sack the coach?". The thing and the act stay those question.py and question_act.py chose: only the question's form
changes."""

from __future__ import annotations

from collections import Counter

from .extract.frames import INTRANSITIVE, PROPERTY
from .extract.lexicon import words
from .question_act import act_nouns, one_act
from .question_sum import Summed, subject_text
from .question_words import PRONOUNS, object_of, subject_of

# Verdicts on conduct, said of who acted ("the club was wrong") or of the decision ("the call was correct"): the words
# a question of the fault of an act is asked with (judge/fault.py reads "right to", "wrong to", "a mistake to").
VERDICTS = words("right wrong correct incorrect mistaken misguided justified unjustified wise unwise foolish reckless "
                 "fair unfair")
# Articles denying the act was done ("denied that she misled", "rejected claims she misled") that make it a charge whose
# fact is argued: two, so that one denial of a detail ("dismissed the allegation it sacked him for his results") does not
# (tests/test_question_verdict.py::test_question_a_charge_denied_keeps_its_fact, ..._one_denial_of_a_detail_keeps_the_verdict).
DENIED_LEAST = 2
# Nouns that stand for any decision taken ("the decision was right", "the move was wrong"), with the act's own nouns.
DECIDED = words("decision move call choice")


def judged_past(corpus: Summed, thing: str, act: str) -> tuple[str, str] | None:
    """(the verdict's adjective, who did the act as written) when the act (pooled with the verbs for one act with it
    done to the same thing, `one_act`: "sack", "dismiss") is said in the past in more than half the articles saying it,
    and verdicts (VERDICTS) are said of who did it (the subjects named doing it) or of a decision (DECIDED, the act's
    nouns) in half the corpus's articles or more, three at least; the adjective said in the most of those articles.
    None otherwise, for a property or an act done by the thing itself, or for an act denied in DENIED_LEAST articles."""
    if corpus.articles < 3 or act.startswith(INTRANSITIVE):
        return None
    acts = {a for (a, t) in corpus.spread if t == thing and not a.startswith(INTRANSITIVE)
            and (a == act or one_act(act, a))}
    said = sum(corpus.spread[a, thing] for a in acts)
    if 2 * sum(corpus.past[a, thing] for a in acts) <= said:
        return None
    if sum(corpus.denied[a, thing] for a in acts) >= DENIED_LEAST:
        return None  # a charge denied ("denied that she misled the panel"): the fact is argued, not a verdict on it
    doers: Counter[str] = Counter()
    for a in acts:
        for subject, n in corpus.subjects.get((a, thing), Counter()).items():
            written = subject_text(subject)
            if written.lower() not in PRONOUNS:
                doers[written] += n
    judged = {w.lower().split()[-1] for w in doers} | DECIDED | {n for a in acts for n in act_nouns(a)}
    where: dict[str, set[int]] = {}
    for (property_, of), articles in corpus.property_in.items():
        adjective = property_.removeprefix(PROPERTY)
        if property_.startswith(PROPERTY) and adjective in VERDICTS and of in judged:
            where.setdefault(adjective, set()).update(articles)
    everywhere = set().union(*where.values()) if where else set()
    if 2 * len(everywhere) < corpus.articles or len(everywhere) < 3:
        return None
    adjective = max(where, key=lambda a: (len(where[a]), a == "right", a))
    doer = subject_of(corpus, act, thing) or (max(doers, key=lambda w: (doers[w], len(w))) if doers else None)
    if doer is None:
        return None
    return adjective, (f"the {doer[4:]}" if doer.startswith("The ") else doer)


def verdict_question(corpus: Summed, thing: str, act: str) -> str | None:
    """"Was <who did it> <verdict> to <act> <the thing>?" for a past act judged (`judged_past`), else None."""
    found = judged_past(corpus, thing, act)
    if found is None:
        return None
    adjective, doer = found
    return f"Was {doer} {adjective} to {act} {object_of(corpus, thing)}?"
