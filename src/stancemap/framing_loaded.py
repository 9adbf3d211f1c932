"""Loaded terms for one thing in conflict reporting ("incursion" for an invasion, "the Vask regime" for
its government, "special military operation", "peace-enforcement mission"), each with the neutral or
rival term it stands for: a general vocabulary of the trade, not of one conflict. framing.py counts
them per outlet beside the spellings of names."""

from __future__ import annotations

import re
from collections import Counter

from .model import FramingTerm

# Loaded terms for one thing: (term, the neutral or rival term it stands for). General vocabulary
# of conflict reporting, not of one conflict. "special ... operation" and "<Name> regime" are
# patterns (SPECIAL_OPERATION, NAMED_REGIME), not fixed terms.
LOADED = [
    ("invasion", None), ("incursion", "invasion"), ("aggression", "invasion"), ("occupation", None),
    ("liberation", "occupation"), ("regime", "government"), ("terrorists", "fighters"), ("militants", "fighters"),
    ("separatists", "rebels"), ("insurgents", "rebels"), ("freedom fighters", "fighters"), ("annexation", None),
    ("reunification", "annexation"), ("puppet government", "government"), ("junta", "government"),
    ("intervention", "invasion"),
]
# Missions named for what they claim to do ("peace-enforcement mission", "stabilisation mission",
# "peacekeeping operation"): the sender's word for an intervention.
MISSION = re.compile(r"\b(?:peace[- ]?(?:enforcement|keeping|making)|peacekeeping|stabili[sz]ation|humanitarian) "
                     r"(?:mission|operation)\b")
MISSION_RIVAL = "invasion"
# A government named by a pejorative ("the Velkor clique", "the Vask junta"): a term of its own.
NAMED_PEJORATIVE = re.compile(r"\b([A-Z][a-z]{2,}) (clique|junta|cabal)\b")
LOADED_TERMS = frozenset(term for term, _ in LOADED)
_RIVAL = dict(LOADED)
_LOADED_RE = {term: re.compile(rf"\b{re.escape(term)}\b") for term, _ in LOADED}
# The euphemism for an invasion in its variants: "special operation", "special military operation",
# "special security operation", "special counter-terrorist operation"; a special forces operation is
# a raid by special forces, not a name for a war.
SPECIAL_OPERATION = re.compile(r"\bspecial (?:(?!forces\b)[a-z][a-z-]* )?operation\b")
SPECIAL_OPERATION_RIVAL = "invasion"
# A government named "the <Name> regime" ("the Assad regime", "the Vask regime") instead of
# "the <Name> government": a term of its own, so that whose government is meant stays visible.
NAMED_REGIME = re.compile(r"\b([A-Z][a-z]{2,}) [Rr]egime\b")
NAMED_REGIME_TERM = re.compile(r"([A-Z][a-z]{2,}) regime")
ANY_REGIME = re.compile(r"(?:\b([\w-]+) )?\b(?i:regime)\b")
# "Regime" meaning a set of rules ("the sanctions regime", "a visa regime") names no government.
RULES_REGIME = frozenset({
    "sanctions", "sanction", "visa", "tax", "customs", "trade", "tariff", "export", "import", "inspection",
    "inspections", "verification", "monitoring", "control", "controls", "regulatory", "legal", "treaty",
    "non-proliferation", "nonproliferation", "ceasefire", "border", "travel", "transit", "currency",
    "exchange-rate", "fiscal", "pension", "licensing", "safeguards", "security", "training", "fitness",
})


def loaded_terms(text: str, names: set[str]) -> list[FramingTerm]:
    """The loaded terms of one outlet's text, counted; a named clique, junta, cabal or regime only
    where its name is a name of the corpus (`names`: capitalised words never written in lower case)."""
    low = text.lower()
    found: Counter[str] = Counter()
    for term, _ in LOADED:
        if term != "regime":  # (the regular expression only where the words occur at all: speed)
            found[term] = len(_LOADED_RE[term].findall(low)) if term in low else 0
    # (Each pattern read only where a word it needs occurs: speed, the same matches.)
    if "operation" in low:
        found.update(m[0] for m in SPECIAL_OPERATION.finditer(low))
    if "mission" in low or "operation" in low:
        found.update(m[0] for m in MISSION.finditer(low))
    if "clique" in text or "junta" in text or "cabal" in text:
        found.update(f"{m[1]} {m[2]}" for m in NAMED_PEJORATIVE.finditer(text) if m[1] in names)
    for m in ANY_REGIME.finditer(text) if "regime" in low or not text.isascii() else ():  # (İ matches (?i:i))
        before = m[1] or ""
        if before in names and NAMED_REGIME.fullmatch(m[0]):
            found[f"{before} regime"] += 1
        elif before.lower() not in RULES_REGIME:
            found["regime"] += 1
    return [FramingTerm(term, n, rival_of(term)) for term, n in found.items() if n]


def is_loaded(term: str) -> bool:
    """A loaded term for one thing ("incursion"), as opposed to a spelling of a name."""
    low = term.lower()
    return low in LOADED_TERMS or bool(SPECIAL_OPERATION.fullmatch(low) or NAMED_REGIME_TERM.fullmatch(term)
                                       or MISSION.fullmatch(low) or NAMED_PEJORATIVE.fullmatch(term))


def rival_of(term: str) -> str | None:
    """The neutral or rival term a loaded term stands for ("incursion" -> "invasion",
    "special security operation" -> "invasion", "Vask regime" -> "Vask government"), or None."""
    low = term.lower()
    if low in _RIVAL:
        return _RIVAL[low]
    if SPECIAL_OPERATION.fullmatch(low):
        return SPECIAL_OPERATION_RIVAL
    if MISSION.fullmatch(low):
        return MISSION_RIVAL
    if m := NAMED_PEJORATIVE.fullmatch(term):
        return f"{m[1]} government"
    if m := NAMED_REGIME_TERM.fullmatch(term):
        return f"{m[1]} government"
    return None
