"""Who said what and where it ends (issue 10, session 39): a second report the speaker makes after a reported clause,
when a quotation closed before it or a modal in the clause shows it is no more of that clause (bounds.nested_report).
Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.extract.bounds import _inside_quotation, nested_report
from stancemap.parse import load_nlp

from .conftest import speaker_name, statement_with

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n"


def test_a_report_after_a_closed_quotation_is_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 9ada3386 (one statement ran on over "and warned ..."): a quotation closed inside the reported
    clause does not make the verb of saying after it the speaker's quoted words (bounds._inside_quotation); what it
    reports is the object and its infinitive (bounds.nested_content)."""
    analysis = run(OPENING + "Even the ferry company, the island's largest employer, said it was \"firmly opposed\" to "
                             "the tunnel and warned the board to drop any further work that would raise the tolls.",
                   question=QUESTION)
    said = statement_with(analysis, "firmly opposed")
    assert said.cue == "said" and "warned" not in said.content
    warned = statement_with(analysis, "to drop any further work")
    assert warned.cue == "warned" and warned.content.startswith("the board to drop")
    assert warned.speaker == said.speaker and speaker_name(analysis, "to drop any further work") is not None


def test_a_report_after_a_modal_clause_is_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 9ada3386 (the "suggested" clause stayed in what was said): a past verb coordinated with a verb under
    "would" cannot share that modal, so it is the speaker's next act (bounds._after_modal)."""
    analysis = run(OPENING + "Mayor Ilsa Brandt said the old bridge would close by the end of May and suggested that "
                             "the tunnel would open to buses first.", question=QUESTION)
    said = statement_with(analysis, "would close by the end of May")
    assert said.cue == "said" and "suggested" not in said.content
    suggested = statement_with(analysis, "would open to buses first")
    assert suggested.cue == "suggested" and suggested.content.startswith("the tunnel would open")
    assert speaker_name(analysis, "would open to buses first") == "Ilsa Brandt"


@pytest.mark.parametrize(("text", "nested"), [
    # (a verb of saying after a closed quotation: the speaker's own next report)
    ('The union said the offer was "an insult" to its members and warned the board to expect a strike.', True),
    # (after a modal: "would" cannot carry "suggested")
    ("The mayor said the quay would close in May and suggested that it might reopen in June.", True),
    # (a guard: inside an open quotation a verb of saying is what the speaker said)
    ('The mayor said the crews were "tired of waiting, and said so at every meeting."', False),
    # (a guard: "had met A and expected B" may share "had": more of what was said, not a report of the speaker's)
    ("Karin Vask said Dorn had met the ferry crews and expected a deal by May.", False),
    # (a guard: a second "that" clause after a closed quotation is more of what was said, one statement in the written
    # batches' gold: red with the first form, on a DEVELOP batch's sentence of this shape)
    ('The mayor said the offer was "a start" and that the crews still expected a better one.', False),
    # (a guard: an appeal after a modal goes on the position, as the written batches' gold keeps it: red with the first
    # form, on a DEVELOP batch's sentence of this shape)
    ("The mayor said the quay should not be sold and urged the board to keep it.", False),
])
def test_nested_report_on_the_parse(text: str, nested: bool) -> None:
    doc = load_nlp()(text)
    said = next(t for t in doc if t.lower_ == "said")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    assert (nested_report(clause) is not None) is nested


@pytest.mark.parametrize(("text", "inside"), [
    ('said it was "firmly opposed" to the plan and', False),
    ("said it was \u201cfirmly opposed\u201d to the plan and", False),
    ('said the crews were "tired of waiting, and', True),
    ("said the crews were \u201ctired of waiting, and", True),
    ("said the crews were tired of waiting, and", False),
])
def test_inside_quotation(text: str, inside: bool) -> None:
    assert _inside_quotation(text) is inside
