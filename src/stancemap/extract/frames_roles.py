"""Who does a verb's act and to what, where the parse leaves it unsaid or puts it in the wrong place (for the
frames, frames.py): the subject a verb takes from the verb it hangs on (`raises_subject`, `raised_subject`), a
subject that is no dateline (`verb_subject`), a noun wanted done to ("want X expelled": `reduced_passive`) and the
noun a relative clause with no relative word is done to ("a demand any buyer can meet": `zero_relative_gap`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..clean.dateline import dateline_end
from ..judge.wordnet import NOUN_TIME
from .frames_nouns import NOUN_LOCATION, lexfile
from .lexicon import WANTING_DONE, words

# Complements that make a verb say something of its subject rather than do an act ("the deal is
# fair", "the strike seems over", "the plan says that"): no intransitive act.
COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})

# Verbs whose object may take a past participle of what is to be done to it ("want X expelled", "see X sacked").
WANTED_DONE_BY = WANTING_DONE | words("wish see get have")


def reduced_passive(verb: Token, subject: Token, children: list[Token]) -> bool:
    """A participle with no auxiliary after "want X" or "see X" ("want Drellan expelled"): X, its parsed subject, is what
    the act is done to (tests/test_question_persons.py::test_frames_a_person_wanted_expelled_is_acted_on)."""
    return (verb.dep_ == "ccomp" and verb.tag_ in {"VBN", "VBD"} and verb.head.lemma_.lower() in WANTED_DONE_BY
            and verb.head.i < subject.i < verb.i and subject.pos_ in {"NOUN", "PROPN"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in children))


def raises_subject(verb: Token) -> bool:
    """A verb with no subject of its own that takes one from the verb it hangs on: an xcomp ("urged X to sign"), or
    "whether to X" under a preposition ("will vote on whether to allow the works": the voters would allow them;
    tests/test_question_roles.py::test_frames_who_votes_on_whether_to_act_acts)."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB"
                                    and any(c.lower_ == "whether" for c in verb.children))


def zero_relative_gap(verb: Token, children: list[Token]) -> bool:
    """A relative clause with no relative word whose verb has a subject and no object: its gap is the object, the
    noun it describes ("a demand any serious buyer can meet": the demand is met; English leaves out only an
    object's relative word), not when that noun says when, where, how or why ("the moment the truce collapses"), a
    preposition is left stranded ("the bill MPs voted on") or the verb takes no object in WordNet; and the gap of a
    verb under such a clause's verb ("the tower the city wants to demolish": the tower is demolished, the city
    does not demolish itself; the review of session 17)
    (tests/test_question_roles.py::test_frames_a_zero_relatives_gap_is_the_object)."""
    if any(c.dep_ in COMPLEMENTS or (c.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children))
           for c in children):
        return False
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # "wants to demolish", "hopes to be allowed to build"
    head = clause.head
    if clause.dep_ != "relcl" or head.pos_ != "NOUN" or head.i > clause.i or any(
            c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.lower_ == "that" or (c.dep_ in COMPLEMENTS and c.dep_ != "xcomp")
            for c in clause.children):
        return False
    if lexfile(head.lemma_.lower()) in {NOUN_TIME, NOUN_LOCATION} or head.lemma_.lower() in CIRCUMSTANCE_NOUNS:
        return False
    return _transitive(verb.lemma_.lower())

CIRCUMSTANCE_NOUNS = words("way reason manner extent degree")


@lru_cache(maxsize=4096)
def _transitive(verb: str) -> bool:
    """One of the verb's first two WordNet senses takes a direct object."""
    from ..judge.wordnet import wordnet

    wn = wordnet()
    return any(wn.takes_object(offset) for offset in wn.synsets(verb, "v")[:2])


def raised_subject(verb: Token) -> Token | None:
    """Who or what does an xcomp verb with no subject of its own: "urged Harnwick to phase out coal": the
    governing verb's object; "wants to join": its subject; "the Bank is expected to keep rates": its passive
    subject (tests/test_question_states.py::test_question_a_state_kept_is_an_act); "the Bank is not ready to
    cut rates", "the ceasefire is likely to fall apart": the subject of "to be"."""
    if verb.dep_ == "pcomp":  # "vote on whether to allow": the voters; "pressed the minister on whether to extend": the minister
        governing = list(verb.head.head.children)
        return next((c for c in governing if c.dep_ == "dobj"), None) or verb_subject(governing, verb.head.head)
    if verb.head.pos_ == "VERB":
        governing = list(verb.head.children)
        return next((c for c in governing if c.dep_ == "dobj"), None) or verb_subject(governing, verb.head) or next(
            (c for c in governing if c.dep_ == "nsubjpass"), None)
    if verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":  # (never a dateline's place: `verb_subject`)
        return verb_subject(list(verb.head.head.children), verb.head.head)
    return None


def verb_subject(children: list[Token], verb: Token) -> Token | None:
    """The verb's subject, never a dateline's place the parser reads as a second one ("CASTREL, April 21 -
    The government is preparing to abolish ..."; tests/test_question_recipient.py::test_frames_a_dateline_is_not_the_subject)."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    # ("SENNET, March 2 - Velder's union, the X League, will": the subject hung on the dateline as its apposition)
    return next((c for c in subjects if not _dateline(c)), None) or next(
        (a for c in subjects for a in c.children if a.dep_ == "appos" and a.pos_ in {"NOUN", "PROPN"}), None)


def _dateline(tok: Token) -> bool:
    """A word of a report's dateline ("CASTREL, April 21 - ...", read by clean/dateline.py); not an acronym before its
    apposition ("NATO, the alliance, will admit ...";
    tests/test_question_recipient.py::test_frames_an_acronym_before_a_comma_is_still_the_subject)."""
    return dateline_end(tok) is not None


# Verbs that lay a duty on their object to do the act of their infinitive ("require cyclists to wear helmets", "drivers
# are obliged to carry a kit"): WordNet's synset of compel and oblige (obligate), its kind "force", and "require" in its
# sense "make someone do something" (tests/test_question_written.py::test_question_an_obligation_on_a_class).
OBLIGING = words("require oblige obligate compel force")


def obliged(verb: Token) -> tuple[str, str, str] | None:
    """(the verb of obligation, whom it binds and that word as written) when `verb` is the act a duty is laid on a
    class of people to do: "require cyclists to wear", "riders should be forced to wear", "a law requiring drivers to
    carry"; None for a person or a body named (the duty is argued about for a class: "force Drellan to quit", "force
    the club to sell the ground" are their own acts)."""
    duty = verb.head
    if verb.dep_ != "xcomp" or duty.pos_ != "VERB" or duty.lemma_.lower() not in OBLIGING:
        return None
    bound = next((c for c in duty.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if bound is None or bound.tag_ != "NNS" or not bound.is_alpha:
        return None  # (a class is written in the plural: "force the club to sell" binds one body, its own act)
    return duty.lemma_.lower(), bound.lemma_.lower(), bound.lower_
