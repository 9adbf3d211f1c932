"""A side taken in so many words by a statement that names none of the question's words, in a passage about the
question (issue 9, session 41): "the guild's members would vote in favour to a man", "the residents have come out
against the scheme", "we will back it": a verb or phrase of taking a side, said of the thing the passage talks of.

Before, such a statement was never read for its own words (judge/article.py called stance_of with in_topic off: reading
every statement of a topical article cost the examples 0.03 in an early session); it was left to the speaker's carried
side, the passage's neutral or the learned layer's second opinion, which read a vote in favour as opposition as
often as not. Reading every stance word there (delay, warning, disaster, ready, stop ...) lost more than it gained
(DEVELOP -27, BASE -3): those words judge or narrate anything the passage holds. Only the words of taking a side are
read here, and not when their object is a name (a vote or backing given to a party or person, "most had backed Varga", is no
side on a proposal). Pinned by tests/judge/test_passage_sides.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..extract.lexicon import PERSON_PRONOUNS

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs, nouns and prepositions of taking a side on a proposal (general English; not evaluations, not narration).
# The forms as the evidence writes them; not every inflection: listing them all ("opposing", "endorses", "vetoes", ...)
# lost BASE 2 (examples 0.904 -> 0.885) in session 41, so the list stays as measured.
SIDE_TAKING = frozenset({
    "support", "supports", "supported", "supporting", "back", "backs", "backed", "backing", "endorse", "endorsed",
    "favour", "favor", "favoured", "favored", "welcome", "welcomed", "welcomes", "approve", "approved", "approves",
    "accept", "accepted", "accepts", "champion", "oppose", "opposed", "opposes", "opposition", "against", "reject",
    "rejected", "rejects", "refuse", "refused", "refuses", "vetoed", "vote for", "vote against",
    "reject opposition",
    # the idioms of refusal stance.NEGATIVE_PHRASES reads ("a slap in the face", "we shall not stand in its way")
    "slap in the face", "kick in the teeth", "stab in the back", "red line", "red lines", "non-starter",
    "step too far", "stand in the way", "stand in its way", "stand in their way", "blank cheque", "blank check",
    "out of the question", "no-go",
})
# Nouns of what is said, not done: rejecting one rejects a claim, not a proposal ("rejects any suggestion that the fault
# was theirs"; tests/judge/test_passage_sides.py::test_a_claim_rejected_takes_no_side).
CLAIMS = frozenset({"suggestion", "suggestions", "claim", "claims", "allegation", "allegations", "accusation",
                    "accusations", "charge", "charges", "report", "reports", "assertion", "insinuation"})
# The first line of the evidence stance_of writes for a statement read with no word of the question (in_topic).
NO_WORD = "in an article about the question"


def side_word(line: str) -> str:
    """The word or phrase of a polar evidence line ("+not stand in its way" -> "stand in its way", "-vote against (x)"
    -> "vote against")."""
    word = line[1:].split(" (")[0].strip().lower()
    return word[4:] if word.startswith("not ") else word


def taken_in_words(evidence: Sequence[str], tokens: Sequence[Token]) -> bool:
    """Whether a side stance_of read in a statement with no word of the question (evidence opening NO_WORD) rests only
    on words of taking a side (SIDE_TAKING), none of whose objects is a name; a doubt declared with no stance word
    ("we'll believe it when we see it", doubted.py) stands as well."""
    if not evidence or evidence[0] != NO_WORD:
        return True
    polar = [line for line in evidence[1:] if line[:1] in "+-"]
    if not polar:
        return any(line.startswith("a doubt declared") for line in evidence[1:])
    if not all(side_word(line) in SIDE_TAKING and " (" not in line for line in polar):
        return False  # (a line with a note is another rule's reading: "-backed (of the one the proposition takes away)")
    first = {side_word(line).split()[0] for line in polar}
    for t in tokens:
        if t.lower_ in first or t.lemma_.lower() in first:
            objects = [c for c in t.children if c.dep_ in {"dobj", "pobj"}] + [
                g for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(o.pos_ == "PROPN" or o.lower_ in PERSON_PRONOUNS for o in objects):
                return False  # "most had backed Varga", "they voted for her": a backing given to a name or a person
            if any(o.lower_ in CLAIMS for o in objects):
                return False  # "rejects any suggestion that ...": a claim rejected
    return True
