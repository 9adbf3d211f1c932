"""A question put takes no side (issue 10, session 32; judge/question_put.py, article._questions_put): its content is
a "whether"/"if" clause that asks, whatever its words would say as a statement. Written sentences; fictional people,
bodies and places."""

from __future__ import annotations

from .conftest import statement_with

QUESTION = "Will Pellmark join the Coastal Union?"

OPENING = "Pellmark's assembly debated membership of the Coastal Union on Monday.\n\n"


def test_a_question_put_is_neutral(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main b6de3708 for the second ('asked whether the council would back the bid to join ...' read support on
    its '+back', '+join'); the first was no statement there."""
    analysis = run(OPENING + "Asked by Senator Mira Holt whether Pellmark should join the Coastal Union at once, "
                   "harbour master Ilka Sorn said she would not guess.\n\nA reporter asked whether the council would "
                   "back the bid to join the Coastal Union.", question=QUESTION)
    for words in ("Pellmark should join the Coastal Union at once", "the council would back the bid"):
        statement = statement_with(analysis, words)
        assert statement.stance == "neutral"
        assert any("a question put" in line for line in statement.stance_evidence)


def test_a_clause_that_goes_on_past_the_question_is_read(run) -> None:  # type: ignore[no-untyped-def]
    """Guard, green on main too: a content that only opens on "if" is a condition, and keeps its side."""
    analysis = run(OPENING + "If Pellmark joins the Coastal Union, the fishing towns will gain most, Minister Ada "
                   "Krell said.", question=QUESTION)
    assert statement_with(analysis, "the fishing towns will gain most").stance != "neutral"
