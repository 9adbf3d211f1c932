"""What a clause says an act or a thing would do to something else: its consequence, read from the verb and
the valence of its object, when no stance word or evaluative word of the clause says it.

"rejecting the plan would put hundreds of jobs at risk", "refusing the summons would finish her", "a rejection
would mean no overtime pay", "the plan could prevent dozens of accidents": the verb is no stance toward the question
(*prevent* is no refusal of the plan), and *put at risk*, *finish*, *mean no* carry no valence in VADER. The verb
is read as a harm done to its object (-1), the removal of its object (the opposite of the object's valence: a
bad thing prevented is good), or the bringing of its object (the object's valence). General English verbs,
written here; valences from VADER (judge/evaluative.py). Pinned by tests/judge/test_stance_consequences.py.
"""

from __future__ import annotations

from typing import Any

from ..extract.lexicon import HARMS, NEGATIVE, words
from .wordnet import NOUN_POSSESSION, NOUN_QUANTITY, NOUN_TIME

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs that do harm to their object ("would damage the town", "would finish her", "risks lives").
HARMING = words("""damage harm hurt endanger jeopardise jeopardize imperil undermine ruin wreck destroy devastate
cripple weaken worsen sabotage cost finish break betray starve punish penalise penalize rob deprive gut risk
erode poison""")
# Of those, verbs that undo their object, good for a bad one ("would break the deadlock", "destroy the cartel");
# a cost or a risk is a harm whatever its object ("would cost millions in penalties").
UNDOING = words("break destroy wreck ruin undermine weaken finish gut erode")
# Verbs that take their object away or lessen it: the consequence is the opposite of the object's valence
# ("prevent accidents" +, "cut jobs" -).
REMOVING = words("""prevent avoid stop end reduce cut curb ease eliminate lower lessen relieve remove tackle
halt slash""")
# Verbs that bring their object about: the consequence is the object's valence ("would mean chaos", "would
# bring no overtime pay" -).
BRINGING = words("mean bring cause create spell produce trigger fuel invite")
# "put X at risk", "leave them in danger": a verb of placing with a noun of danger.
PLACING = frozenset({"put", "place", "leave", "plunge", "throw"})
DANGERS = frozenset({"risk", "danger", "jeopardy", "peril", "threat", "doubt", "limbo"})
# A valence of at least this size (VADER's -4..+4 per word, summed over the object) decides the sign.
FLOOR = 1.0


def consequence(verb: Token) -> tuple[int, str]:
    """(sign, evidence) of what `verb` says its subject does to its object; (0, "") when it says nothing so
    (no object, or an object of no valence under a verb of removal or bringing)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return 0, ""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    if lemma == "lead" or lemma == "result":  # "would lead to chaos", "would result in closures"
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "in"}
                   for g in c.children if g.dep_ == "pobj"]
        lemma = "mean" if objects else lemma
    if lemma in PLACING:
        danger = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "in", "under", "into"}
                       for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in DANGERS), None)
        if danger is not None:
            return -1, f"-{verb.text} ... {danger.head.text} {danger.text}"
    if not objects:
        return 0, ""
    obj = objects[0]
    value, absent = valence(obj)
    if lemma == "cost" and _price(verb, obj):
        return 0, ""  # "the library would cost 4 million euros": a price, no harm (session 21's review)
    if lemma in AMBIGUOUS_HARMS and abs(value) < FLOOR and not _being(obj):
        return 0, ""  # "would break the record", "would finish the job": no harm done (session 21's review)
    if lemma in HARMING:
        sign = 1 if value <= -FLOOR and lemma in UNDOING else -1  # "would break the deadlock": a bad thing undone
        return sign, f"{'+' if sign > 0 else '-'}{verb.text} {obj.text}"
    if lemma in REMOVING:
        sign = -_sign(value)
        return sign, (f"{'+' if sign > 0 else '-'}{verb.text} {obj.text}" if sign else "")
    if lemma in BRINGING:
        base = _sign(value)
        # "would mean no more delays": a bad thing absent; "would mean no overtime pay": something missing
        sign = (-base if absent else base) if base else (-1 if absent else 0)
        return sign, (f"{'+' if sign > 0 else '-'}{verb.text} {'no ' if absent else ''}{obj.text}" if sign else "")
    return 0, ""


# Verbs of harm only to someone or to a thing of some worth ("would finish her", "break the deadlock", "break a
# promise"), not in their other senses ("break the record", "finish the job", "break ground"):
# tests/judge/test_stance_consequences.py::test_no_consequence_in_these_shapes.
AMBIGUOUS_HARMS = frozenset({"break", "finish"})


# WordNet's noun files of a sum or a span: possession ("money"), quantity ("euros", "pounds"), time ("years").
AMOUNT_FILES = frozenset({NOUN_POSSESSION, NOUN_QUANTITY, NOUN_TIME})


def _price(verb: Token, obj: Token) -> bool:
    """"cost" with a sum of money or a time as its object, costing no one named ("would cost 4 million euros", not
    "would cost the town 4 million euros", "would cost millions in penalties")."""
    from ..extract.frames_nouns import lexfile

    amount = obj.ent_type_ in {"MONEY", "DATE", "TIME"} or lexfile(obj.lemma_.lower()) in AMOUNT_FILES or _sum(obj)
    return amount and not any(
        c.dep_ in {"dative", "iobj"} or (c.dep_ == "prep" and c.lower_ == "in") for c in (*verb.children, *obj.children))


# Number words that make a sum of a unit no lexicon knows ("38 million florets", "90 million marrows").
LARGE = frozenset({"million", "billion", "thousand", "trillion", "m", "bn"})


def _sum(obj: Token) -> bool:
    """A sum in a unit the tagger and WordNet may not know: counted in millions or more ("38 million florets"), or a
    rate per something ("2.40 florets per tonne"). Session 41: DEVELOP +2; tests/judge/test_stance_consequences.py::
    test_a_sum_in_an_unknown_unit_is_a_price."""
    counted = [c for c in obj.children if c.dep_ == "nummod"]
    return any(t.lower_ in LARGE for c in counted for t in c.subtree) or (bool(counted) and any(
        c.dep_ == "prep" and c.lower_ == "per" for c in obj.children))


def _being(obj: Token) -> bool:
    """A person, a body of people or a pronoun for one ("her", "the fleet", "the union")."""
    from ..extract.frames_nouns import is_being

    return obj.tag_ == "PRP" or is_being(obj)


def _sign(value: float) -> int:
    return 1 if value >= FLOOR else -1 if value <= -FLOOR else 0


def valence(obj: Token) -> tuple[float, bool]:
    """The summed valence of an object's words (a relative clause inside it left out: "a firm that had run up
    debts" is the firm), and whether it is said to be absent ("no overtime pay", "without water")."""
    from .evaluative import IGNORED, lexicon

    scores = lexicon()
    inside = _phrase(obj)
    total = 0.0
    for t in inside:
        low, lemma = t.lower_, t.lemma_.lower()
        if low in IGNORED or lemma in IGNORED:
            continue
        value = scores.get(low, scores.get(lemma))
        if value is None and (lemma in HARMS or (lemma in NEGATIVE and t.pos_ == "NOUN")):
            value = -1.5  # "more delays", "a crisis": a harm the lexicon names
        total += value or 0.0
    absent = any(c.lower_ in {"no", "without"} and c.dep_ in {"det", "neg", "advmod"} for c in obj.children)
    return total, absent


def _phrase(obj: Token) -> list[Token]:
    out = [obj]
    for c in obj.children:
        if c.dep_ in {"relcl", "acl", "det", "punct", "cc"}:
            continue
        out.extend(_phrase(c))
    return out
