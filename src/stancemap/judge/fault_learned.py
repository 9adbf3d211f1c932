"""The learned layer's sides under a question that asks whether its act was a fault ("Was the council wrong to close
the library?", "Was it a mistake to sell the port?"; judge/fault.py `faulted`).

The layer (judge/learned.py) reads how a statement leans toward the question's act: its weights were learned on
questions whose yes is the act, and nothing among its features says that this question's yes is a judgement against
the act. So "a scandal that punishes the supporters for a clerk's slip" under "Was the league wrong to strip the
title?" came out as opposition where the speaker says yes, it was wrong; and "the club ignored the deadline and must
live with it" as support. As stance.py turns the stance words under such a question, the layer's sides are turned
here, and with them the sides carried from them (carry.carry_learned_sides): the same side a speaker's turned
verdicts would carry. Not under an excess ("Is it too early to reopen the footbridge?"): the statements there argue
about timing, which the layer reads the question's way already (issue 9, session 36: q_toosoon's learned sides right
8 of 14, turned 5).
Pinned by tests/judge/test_fault_learned.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Statement
from .carry import CARRIED_LEARNED
from .terms import Terms

LEARNED = "learned layer"  # the start of the layer's evidence line (learned.NOTE; not imported: learned imports carry)
TURNED_NOTE = "the question asks whether the act was wrong: the learned layer's side turned"
OTHER_SIDE = {"support": "oppose", "oppose": "support"}


def turns_learned(terms: Terms) -> bool:
    """The question asks whether its act was a fault, not whether it comes too early or too late; or judges it by its
    object's adjective ("Did the rangers use excessive force?": fault.judged_object; test_proposition_opened45.py)."""
    return (terms.faulted and not terms.excess) or bool(terms.judged)


def turn_learned_sides(statements: Sequence[Statement], terms: Terms) -> int:
    """Turn each support or opposition the learned layer gave (its evidence's last line, or the line of a side carried
    from its verdicts) when `turns_learned(terms)`; a conditional (support on terms) is left. Returns how many."""
    if not turns_learned(terms):
        return 0
    turned = 0
    for s in statements:
        if s.stance not in OTHER_SIDE or not s.stance_evidence:
            continue
        if s.stance_evidence[-1].startswith(LEARNED) or s.stance_evidence == [CARRIED_LEARNED]:
            s.stance = OTHER_SIDE[s.stance]  # type: ignore[assignment]
            s.stance_evidence = [*s.stance_evidence, TURNED_NOTE]
            turned += 1
    return turned
