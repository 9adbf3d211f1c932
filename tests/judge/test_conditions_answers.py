"""An interview's answer to "what do you need?" lists conditions (issue 9, session 12; judge/answers.py).
Invented names."""

from __future__ import annotations

from .conftest import statement_with

QUESTION = "Will Osterland join the Harbor Pact?"
HEAD = ("Interview: Lea Marsh on the Harbor Pact\n\nThe Velden Courier spoke to Foreign Minister Lea Marsh of "
        "Osterland about the talks.\n\n")


def test_an_answer_to_what_is_needed_lists_conditions(run) -> None:  # type: ignore[no-untyped-def]
    """Each item of the answer is a condition (the count announcing them is not), and the answer, with
    no stance words of its own, is conditional."""
    text = HEAD + ("Q: Where do the talks stand?\nA: We are closer than we were, but we are not there.\n\n"
                   "Q: What does Osterland need in order to join?\nA: Three things. A ten-year guarantee for the "
                   "ferry crews. A seat for the fishermen on the council. And the night ferry stays.\n")
    statement = statement_with(run(text, QUESTION), "A seat for the fishermen")
    assert any("guarantee for the ferry crews" in c for c in statement.conditions), statement.conditions
    assert any("night ferry stays" in c for c in statement.conditions), statement.conditions
    assert not any(c.startswith(("Three", "A: Three")) for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", (statement.stance, statement.stance_evidence)


def test_an_answer_to_another_question_lists_nothing(run) -> None:  # type: ignore[no-untyped-def]
    """A question naming conditions in passing ("with weak conditions, what then?") or asking what is
    expected does not ask what the speaker needs."""
    text = HEAD + ("Q: If the Pact admits Osterland with weak conditions, what then?\nA: The fleet will have "
                   "lost. The harbour towns will pay the price.\n\n"
                   "Q: What do you expect from the summit?\nA: A long night. The ministers will argue all night.\n")
    analysis = run(text, QUESTION)
    for words in ("The harbour towns", "A long night"):
        statement = statement_with(analysis, words)
        assert not statement.conditions, statement.conditions
