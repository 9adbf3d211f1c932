"""Whether an act is denied, for the frames (frames.py): the act said as what someone denies ("denied that she misled
the panel", "denies she misled it") or inside a claim someone denies ("rejected claims she misled the panel"), read by
question_verdict.py: a fact denied is argued as a fact, never as a verdict on it. Not a plain negation ("did not sack
him and then ...", "you do not sack a winner"): that tells what happened or what should, no claim denied."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import words

# Verbs that deny what is said of someone ("deny", "reject claims", "dispute").
DENYING = words("deny dispute reject refute rebut dismiss contest")
# Nouns of what is claimed of someone, denied as a whole ("rejected claims that ...", "denies allegations she ...").
CLAIMS = words("claim allegation accusation suggestion charge report")


def denied(verb: Token) -> bool:
    """The verb is the complement of a verb of denying ("denied (that) she misled"), or of a noun of claim that is the
    object of one ("rejected claims (that) she misled", "dismissed the allegation she had misled")."""
    if verb.dep_ not in {"ccomp", "acl", "relcl"} or verb.head.i == verb.i:
        return False
    head = verb.head
    if head.pos_ == "VERB" and head.lemma_.lower() in DENYING:
        return True
    return (head.pos_ == "NOUN" and head.lemma_.lower() in CLAIMS and head.dep_ in {"dobj", "nsubjpass"}
            and head.head.lemma_.lower() in DENYING)
