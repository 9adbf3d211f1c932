"""A position stated by a verb and its object says it with the verb: "rejected any early reopening",
"voted against the motion", "welcomed the decision". What the speaker holds is the verb phrase, not the
bare object ("the decision" places nobody), so a position's content starts at its verb. The cue stays
the verb; the content only gains it (issue 10 item 1, session 19; tests/extract/test_verb_positions.py).
The adverbs and negation before the verb stay out ("flatly", "not"): PolNeAR annotates them with the cue,
and with them four of its found attributions with short contents fell under half their overlap.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidate import Candidate
from .lexicon import words

# Verbs whose meaning is the side taken ("voted against", "welcomed", "rejected", "vowed to"). Not verbs
# that name or describe their object ("called the plan a disgrace", "derided the deal as toothless",
# "expressed misgivings about X", "blamed this on Y", "thanked her for the visit"): their content is the
# naming, as PolNeAR annotates it (with them three of its found attributions and one of BASE's fell apart).
SIDE_VERBS = words("""
reject oppose support back endorse welcome favor favour demand insist push urge seek refuse resist block
veto advocate condemn denounce decry praise applaud hail commend vote approve ratify embrace champion
dismiss defend threaten pledge promise vow decline want float propose
""")


def from_the_verb(sdoc: Doc, found: list[Candidate]) -> None:
    """Each position found by a verb of taking a side (finders "position" and "predicate", kind position)
    starts at the verb, when no more than a particle, a preposition or the count of a vote stands between them ("voted
    nine to five in favour of ..."); where another candidate holds the verb already, the content keeps its start."""
    for cand in found:
        if cand.kind != "position" or cand.finder not in {"position", "predicate"} or cand.cue_start >= cand.start:
            continue
        span = sdoc.char_span(cand.cue_start, cand.start, alignment_mode="expand")
        if span is None or len(span) > 8 or any(t.is_sent_start or t.text in {",", ";", ":"} for t in span[1:]):
            continue
        if span[0].lemma_.lower() not in SIDE_VERBS:
            continue
        begin = span[0].idx
        if any(o is not cand and o.start < cand.start and o.end > begin for o in found):
            continue
        cand.start = begin
