"""A standing or a grant whose act is an infinitive on a noun (issue 9, session 41).

Two question shapes whose verb names no act of its own:
  a standing said with the copula and a noun the infinitive is for, "Is X still the favourite to win the contest?",
    "Is X the man to beat?": the copula is any "is" or "was" of any sentence; what is asked is the standing (the noun,
    "favourite") and the act it is for ("win": "winner", "winning"), and the question is about its subject
    (`standing_act`);
  a grant said with a light verb of giving and a noun the infinitive is for, "Does the win give the party a mandate to
    abolish the senate?", "Will the ruling give the union the right to strike?": "give" is said of anything given
    ("the attention they give a visitor"); what is asked is the thing granted ("mandate") and the act it is for
    ("abolish": "abolition") (`granted_act`).
The noun's and the act's words join the question's event, the verb's own leave it (proposition.py `_join_role`).
And a sufficiency of a property for a purpose, "Is the pond warm enough to paddle in?", "Is the ice thick enough to skate
on?": the property is asked for the purpose's act, and "paddlers", "I would not paddle there" speak of it as "warm" does;
the purpose's act words join the property's (`purpose_of_degree`).
tests/judge/test_proposition_role.py.
"""

from __future__ import annotations

from typing import Any

# Light verbs of giving whose object may be a thing granted for an act ("give X a mandate to Y", "grant X the right to
# Y", "hand X a licence to Y"); general English.
GRANTING = frozenset({"give", "grant", "hand", "award"})


def _infinitive_on(noun: Any) -> Any:
    """The verb of a to-infinitive said on the noun ("the favourite to win", "a mandate to abolish"), or None."""
    return next((c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ in {"VERB", "AUX"} and c.i > noun.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def standing_act(verb: Any, obj: Any) -> tuple[Any, Any] | None:
    """(the noun, the infinitive's verb) of a copula's noun complement with a to-infinitive on it ("be the favourite to
    win the contest"; the tagger may call "favourite" an adjective), or None."""
    if obj is None or verb.lemma_.lower() != "be" or obj.dep_ != "attr" or obj.pos_ not in {"NOUN", "ADJ"}:
        return None
    act = _infinitive_on(obj)
    return (obj, act) if act is not None else None


def granted_act(verb: Any, obj: Any) -> tuple[Any, Any] | None:
    """(the noun, the infinitive's verb) of a light verb of giving whose direct object is a noun with a to-infinitive on
    it ("give it a mandate to abolish the senate"), or None."""
    if obj is None or verb.lemma_.lower() not in GRANTING or obj.dep_ != "dobj" or obj.pos_ != "NOUN":
        return None
    act = _infinitive_on(obj)
    return (obj, act) if act is not None else None


# The degree words of a sufficiency for a purpose ("clean enough to swim in"); general English.
SUFFICING = frozenset({"enough", "sufficiently"})


def purpose_of_degree(quality: Any) -> Any:
    """The verb of the to-infinitive of purpose on an adjective said with a degree of sufficiency ("clean enough to swim
    in": "swim"), or None."""
    if quality is None or not any(c.dep_ == "advmod" and c.lower_ in SUFFICING for c in quality.children):
        return None
    return next((c for t in (quality, *(c for c in quality.children if c.lower_ in SUFFICING)) for c in t.children
                 if c.dep_ in {"xcomp", "advcl", "relcl", "acl", "ccomp"} and c.pos_ in {"VERB", "AUX"} and c.i > quality.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
