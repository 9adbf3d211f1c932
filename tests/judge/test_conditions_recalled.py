"""A condition the speaker recalls setting and then says is met is listed, not weighed: the side taken now is the
statement's (issue 9, session 39: judge/conditions_recalled.py, read by conditions.find_conditions and article.py).
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

LIBRARY = "Will the council approve the new library?"
INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "condition"), [
    ('"We said we would back the library on condition that the auditors checked the accounts themselves. They have. '
     'That term is now satisfied, so we will back the library," Vost said.', "We said we would", "the auditors checked"),
    ('"Last spring I said we would back the library only once a site was agreed. A site is agreed. We will vote for '
     'it on Thursday," Vost said.', "Last spring I said", "a site was agreed"),
])
def test_a_pledge_recalled_and_met(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(condition in c for c in statement.conditions), statement.conditions  # still listed
    assert any(n.startswith("met since") for n in statement.conditions_normalized), statement.conditions_normalized
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    # the pledge recalled and left there; the side now still waits ("may"); a pledge someone else recalls
    ('"Last spring I said we would back the library only once a site was agreed," Vost said.', "Last spring I said"),
    ('"We said we would back the library on condition that the auditors checked the accounts themselves. We may '
     'vote for it later," Vost said.', "We said we would"),
    ('"The mayor said she would back the library on condition that the auditors checked the accounts themselves. We '
     'will vote for it tonight," Vost said.', "The mayor said"),
])
def test_a_pledge_still_waiting_stays_a_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.conditions, statement.conditions
    assert not any(n.startswith("met since") for n in statement.conditions_normalized), statement.conditions_normalized
