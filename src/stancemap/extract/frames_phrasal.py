"""A phrasal verb's parts the frames keep beyond its particle (frames.py `_frame`): a reflexive object after a
preposition ("the ferry will pay for itself": the act "pay for itself", not "pay"), and the object of a particle's
"of" ("the town will run out of water": the act "run out of" done to the water), unless it is a movement out of a
place told plainly ("the minister came out of the meeting": `moving`). Read from the parse and WordNet."""

from __future__ import annotations

from spacy.tokens import Token

from .frames_nouns import PARTICLES

# A reflexive pronoun as the object of a preposition ("for itself", "for themselves").
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def reflexive_phrase(children: list[Token]) -> tuple[list[str], int] | None:
    """(the preposition and the reflexive, the preposition's index) of a verb's prepositional reflexive object ("pay for
    itself", "speak for themselves"); None otherwise. Catches "pays for itself ten times over" read as "pay over";
    pinned by tests/test_question_phrasal.py::test_frames_a_reflexive_object_is_kept_with_its_preposition."""
    for child in children:
        if child.dep_ == "prep":
            own = next((c for c in child.children if c.dep_ == "pobj" and c.lower_ in REFLEXIVES), None)
            if own is not None:
                return [child.lower_, own.lower_], child.i
    return None


def particle_of_object(children: list[Token]) -> tuple[str, Token] | None:
    """(the particle, the noun) of a verb's particle followed by "of" and a noun ("run out of water", "opt out of the
    scheme": out and the water), the particle parsed as a particle or a preposition; None otherwise. Pinned by
    tests/test_question_phrasal.py::test_frames_a_particles_of_object_is_the_acts_object."""
    for child in children:
        if child.dep_ not in {"prt", "prep"} or child.lower_ not in PARTICLES:
            continue
        if child.dep_ == "prep" and any(c.dep_ == "pobj" for c in child.children):
            continue  # ("out the door": a preposition with its own object)
        # "of" under the particle, or under the verb right after it
        of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None) or next(
            (c for c in children if c.dep_ == "prep" and c.lower_ == "of" and c.i == child.i + 1), None)
        noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None) \
            if of is not None else None
        if noun is not None:
            return child.lower_, noun
    return None


def moving(lemma: str, place: str) -> bool:
    """Whether a verb whose most frequent sense in WordNet is a movement (verb.motion, lexicographer file 38: "come",
    "walk", "run") has as its particle's "of" object a place or a gathering (`PLACES`): told plainly
    (frames._told_plainly) it is someone moving out of the place ("came out of the meeting", "walked out of the hall"),
    not an act done to it; out of anything else it is an act however told ("is running out of diesel", "walked out of
    the talks"), and with a modal, a negation or a governing verb an act out of a place too ("will walk out of the
    pact"). Pinned by tests/test_question_phrasal.py::test_frames_a_person_leaving_a_place_is_no_act and
    ::test_frames_running_out_of_a_thing_told_plainly_is_an_act."""
    from ..judge.wordnet import wordnet

    wn = wordnet()
    return wn.lexfile(lemma, "v") == MOTION and wn.lexfile(place, "n") in PLACES


# WordNet's lexicographer file of verbs of motion (lexnames(5WN): verb.motion).
MOTION = 38
# WordNet's noun files of what a person walks out of by moving (noun.artifact "hall", noun.group "meeting",
# noun.location "city"), not what a body runs out of or pulls out of ("diesel", "money", "talks", "race"); review_b
# item 1, pinned by tests/test_question_phrasal.py::test_frames_running_out_of_a_thing_told_plainly_is_an_act.
PLACES = frozenset({6, 14, 15})


def adverb_particle(child: Token, lemma: str) -> bool:
    """A particle the parse made an adverb after the verb's object ("hand the keys back", "win Ostby North back"): with
    the verb, one WordNet knows ("take back"), it is the verb's particle, written after the verb in a question the corpus
    asks (frames_asked._ordered). Not in the frames' acts: there it turned "the figures show the rise up" into an act
    "show up" (q_enough lost, session 45). Pinned by tests/test_question_phrasal.py::
    test_frames_a_verb_and_its_fixed_complement_are_one_act."""
    if child.dep_ != "advmod" or child.lower_ not in PARTICLES or child.i <= child.head.i + 1:
        return False
    from ..judge.wordnet import wordnet

    return bool(wordnet().synsets(f"{lemma}_{child.lower_}", "v"))
