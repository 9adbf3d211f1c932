"""A judgement scoped by a restriction said with no conditional word, and a fronted "without" on a hypothetical
(judge/conditions_scope.py, conditions._generic_when, conditions._without; issue 9, session 27). Invented sentences
about a glue; each positive case was red before its rule, each guard green before and after."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
GLUE = "Is the new glue safe?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "wanted"), [
    ("Vost said the new glue is safe when it is used indoors.", "glue is safe", "used indoors"),
    ('"The glue is harmful when handled without gloves," Vost said.', "harmful", "handled without gloves"),
    ('"The glue is harmless to children when it is kept in a locked cupboard," Vost said.', "harmless", "locked cupboard"),
    ('"It is harmless when it is kept in a locked cupboard," Vost said of the glue.', "harmless", "locked cupboard"),
])
def test_a_generic_when(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ("Vost said the glue was safe when she tested it.", "safe"),  # a narration in the past
    ('"The glue is safe even when it gets wet," Vost said.', "safe"),  # a concession
    ('"When it comes to the glue, it is safe," Vost said.', "safe"),  # a topic
    ('"The glue will be safe when the new plant opens in May," Vost said.', "safe"),  # a forecast, with a modal
    ('"Painters use more glue when the weather is damp," Vost said.', "glue"),  # a habit, no judgement
    ('"It is always sad when a village loses its glue works," Vost said.', "sad"),  # what "it" stands for (review)
])
def test_a_when_that_restricts_nothing(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), words)
    assert not any(c.lower().startswith(("when", "even")) for c in statement.conditions), statement.conditions


def test_for_one_scope_not_for_another(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "Vost said the glue was fine for furniture, but not for toys.",
                                   question=GLUE), "fine")
    assert any("not for toys" in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize("text", [
    '"For indoor use, the glue is well within the limits," Vost said.',
    '"For wooden floors the glue is a sound choice," Vost said.',
])
def test_a_fronted_scope(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), "glue")
    assert any(c.startswith("For ") for c in statement.conditions), statement.conditions


@pytest.mark.parametrize("text", [
    '"For carpenters, the glue is a disaster," Vost said.',  # whom it touches: a person
    '"For now, the glue is safe," Vost said.',  # a time
    '"For all its faults, the glue is safe," Vost said.',  # a concession
    '"For example, the glue is safe," Vost said.',  # a way of speaking
    '"For a start, the glue is far too weak for the job," Vost said.',  # a way of speaking (review of session 27)
    '"For that matter, the glue is useless on wet wood," Vost said.',  # an adverb of WordNet's (review of session 27)
    '"For the most part, the glue is safe," Vost said.',  # an adverb of WordNet's (review of session 27)
    "Vost said the glue was good for the local economy.",  # a beneficiary, set against nothing
])
def test_a_for_phrase_that_scopes_nothing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), "glue")
    assert not any(c.lower().startswith(("for", "not for")) for c in statement.conditions), statement.conditions


@pytest.mark.parametrize("text", [
    '"Testing the glue is a job for the laboratory, not for the kitchen," Vost said.',
    '"Whether the glue is safe is a question for the laboratory, not for the kitchen," Vost said.',
    "Vost said the safety of the glue was a matter for the laboratory, not for the kitchen.",
])
def test_for_whom_it_is_a_matter_scopes_nothing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """Session 27 (conditions_scope.WHOSE): "a job for X, not for Y" says whose business a thing is, not where a
    judgement holds. Red with WHOSE emptied: "for the laboratory, not for the kitchen" was a scope."""
    statement = statement_with(run(INTRO + text, question=GLUE), "glue")
    assert not any("for the kitchen" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize("text", [
    '"Without a safety grant, we would have to stop using the glue," Vost said.',
    "Vost said that without a safety grant she would advise the workshop to stop using the glue.",
    # what befalls a thing without X, X naming nothing of the question (session 30, conditions._without `foretold`:
    # DEVELOP's golds list X on the 3 such statements found; was a guard below since session 27)
    '"Without a safety grant, the glue workshop would close," Vost said.',
])
def test_without_on_a_hypothetical(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), "glue")
    assert any("safety grant" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ('"Without doubt, the glue would pass every test," Vost said.', "doubt"),  # a way of speaking
    ('"Without the new glue, we would have to go back to nails," Vost said.', "Without the new glue"),  # the question's
    # own thing: what is lost without it, an argument for it (review of session 27)
])
def test_without_on_no_course_of_the_speakers(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), "glue")
    assert not any(words in c for c in statement.conditions), statement.conditions


# Statements with no stance word in an article about the question, and no side of their speaker's to carry
# (judge/carry.py limited_by, LIMITING).
LIBRARY = "Will the council approve the new library?"
ARTICLE = "The council will vote on the new library in Calde on Friday.\n\n"


@pytest.mark.parametrize(("text", "words"), [
    ("Councillor Mara Vost said the building could open in spring provided the roof survey is finished by March.",
     "could open"),
    ("Councillor Ilse Brand said the opening date depends on the roof survey.", "opening date"),
    ("Councillor Tomas Orr said the reading rooms would stay as they are as long as the heating is repaired.",
     "reading rooms"),
])
def test_no_stance_word_held_on_a_limit(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(ARTICLE + text, question=LIBRARY), words)
    assert statement.stance == "conditional", statement.stance_evidence


def test_no_stance_word_on_a_supposition_stays_neutral(run) -> None:  # type: ignore[no-untyped-def]
    text = "Councillor Mara Vost said the building could open in spring if the roof survey is finished by March."
    statement = statement_with(run(ARTICLE + text, question=LIBRARY), "could open")
    assert statement.stance == "neutral", statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="carry.limited_by reads any 'unless' on a statement with no stance word as a "
                   "limit of a side: a forecast about a side matter is read conditional (measured: 26 of 32 such "
                   "statements in DEVELOP have a gold that accepts conditional)")
def test_a_forecast_with_unless_about_a_side_matter(run) -> None:  # type: ignore[no-untyped-def]
    text = "Councillor Tomas Orr said the books would move in May unless the lorries are late."
    statement = statement_with(run(ARTICLE + text, question=LIBRARY), "books")
    assert statement.stance == "neutral", statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="carry.limited_by reads any limiting condition on a statement with no stance word "
                   "as a limit of a side, even one that names nothing of the question (review of session 27: a "
                   "bystander's timetable with 'unless' in an article about the question reads conditional)")
def test_a_timetable_with_unless_that_names_nothing_of_the_question(run) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour master Tam Rudd said the ferry to Holm runs every hour unless the wind is too strong."
    statement = statement_with(run(ARTICLE + text, question=LIBRARY), "ferry to Holm")
    assert statement.stance == "neutral", statement.stance_evidence


# Session 28 (issue 9 item 4): a judgement held for those a restrictive relative clause picks out
# (conditions_scope._for_those_who).
@pytest.mark.parametrize(("text", "words", "wanted"), [
    ('"The new glue is safe for builders who wear gloves," Vost said.', "glue is safe", "wear gloves"),
    ("Vost said the glue was harmless for hobbyists that keep a window open.", "harmless", "window open"),
])
def test_a_judgement_for_those_who(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ('"The new glue is safe for everyone, who can buy it in any shop," Vost said.', "glue is safe"),  # an aside
    ('"The new glue has been safe for years," Vost said.', "glue"),  # a time
    ('"The builders who wear gloves say the new glue is safe," Vost said.', "glue is safe"),  # no for-phrase
    ('"The new glue is safe for a builder who wears gloves," Vost said.', "glue is safe"),  # one described
])
def test_a_judgement_for_all_is_no_scope(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=GLUE), words)
    assert not statement.conditions, statement.conditions
