"""A condition said after the side it qualifies, in a sentence of its own (issue 9, session 12): a
piece of a quotation that only states a condition ('"We will join," she said. "But only if ..."'), a
statement that is nothing but its condition ("Not without X, though," she added), and "It depends
on X" in the sentence after the side. Invented names."""

from __future__ import annotations

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


def test_condition_in_the_next_piece_of_a_quotation(run) -> None:  # type: ignore[no-untyped-def]
    """The piece after the cue states only the condition: the side of the piece before is conditional."""
    statement = statement_with(run(INTRO + '"Osterland will join the Harbor Pact," Marsh said. "But only if the '
                                           'fishing quotas stay with Velden."'), "will join")
    assert any("fishing quotas stay" in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", (statement.stance, statement.stance_evidence)


def test_a_statement_that_is_only_its_condition(run) -> None:  # type: ignore[no-untyped-def]
    """'"Not without a guarantee for the ferry crews, though," she added.': the condition of the side
    the same speaker took just before, and so is the fragment's own stance."""
    analysis = run(INTRO + 'Marsh said Osterland would join the Harbor Pact. "Not without a guarantee for '
                           'the ferry crews, though," she added.')
    side = statement_with(analysis, "would join")
    assert any("guarantee for the ferry crews" in c for c in side.conditions), side.conditions
    assert side.stance == "conditional", (side.stance, side.stance_evidence)
    fragment = statement_with(analysis, "Not without")
    assert fragment.stance == "conditional", (fragment.stance, fragment.stance_evidence)


def test_a_full_sentence_after_is_not_a_fragment(run) -> None:  # type: ignore[no-untyped-def]
    """A next statement with a main clause of its own keeps its condition to itself."""
    analysis = run(INTRO + 'Marsh said Osterland would join the Harbor Pact. "If the quotas are cut, the '
                           'fleet will protest in Velden," she added.')
    side = statement_with(analysis, "would join")
    assert not side.conditions, side.conditions
    assert side.stance == "support", (side.stance, side.stance_evidence)


def test_it_depends_in_the_sentence_after(run) -> None:  # type: ignore[no-untyped-def]
    """'..., she said: "It could. It depends on what the council decides."' (a quotation's second piece):
    the dependence is found in the piece's next sentence."""
    statement = statement_with(run(INTRO + '"This is movement, and I welcome it," Marsh said. "It is not yet a deal. '
                                           'We will take it to the cabinet." Asked whether Osterland could join the '
                                           'Harbor Pact this year, she said: "It could. It depends on what the council '
                                           'decides in May."'), "It could")
    assert any("what the council decides" in c for c in statement.conditions), statement.conditions



def test_a_requirement_inside_a_trigger(run) -> None:  # type: ignore[no-untyped-def]
    """"will walk out if the bridge is reopened before the engineer has checked it": the if-clause is the
    proposition itself (a trigger, set apart), but the before-clause inside it is what the speaker
    requires first (judge/conditions_apart.py)."""
    statement = statement_with(run("The Karsk Bridge has been closed since May.\n\nUnion secretary Ivo Brand says his "
                                   "members will walk out if the Karsk Bridge is reopened before the union's engineer "
                                   "has checked pier three.", "Will the Karsk Bridge be reopened?"), "walk out")
    assert any(c.startswith("before the union's engineer") for c in statement.conditions), statement.conditions


def test_conditions_if_a_source_says(run) -> None:  # type: ignore[no-untyped-def]
    """Session 15 (q_lift's shape): "if the science says X" is a condition (what a source finds), unlike "if anyone
    says X, they are wrong" (rhetoric, tests/judge/test_conditions.py)."""
    statement = statement_with(run("Fisheries Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"
                                   '"If the survey says the bay has recovered, we will reopen it," Marsh said.'),
                               "we will reopen it")
    assert any("the survey says the bay has recovered" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run("Fisheries Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"
                                   "Marsh said that if anyone says the bay has recovered, they are wrong."),
                               "they are wrong")
    assert not statement.conditions, statement.conditions


TRANSCRIPT = ("Harbour chief takes questions on the ferry route\n\nThe Tamberlin harbour board will vote on the ferry route in "
              "May. Its chair, Ilse Varrow, spoke to the Tamberlin Gleaner.\n\nGLEANER: Will the board keep the ferry route?\n\n"
              "VARROW: I hope so. It matters to the islands.\n\nGLEANER: And if the harbour fees rise again?\n\nVARROW: Then we "
              "would have to cut the winter sailings. Nobody wants that.\n\nGLEANER: The minister wants a decision by "
              "May.\n\nVARROW: Then she will have one. We meet on the third.\n")


def test_then_after_a_speaker_label(run) -> None:  # type: ignore[no-untyped-def]
    """Session 24 (a transcript's answer, q_datafine's and q_teens' shape): "GLEANER: And if X?" / "VARROW: Then ...":
    the question's if-clause, two sentences back behind the speaker's label, is the hypothesis the answer holds
    under, listed as its condition (kind "asked if"); the answer's stance stays its own words' (not made
    conditional by the interviewer's hypothesis). An answer "Then ..." to a remark that asks nothing takes no
    condition."""
    analysis = run(TRANSCRIPT, "Will the harbour board keep the ferry route?")
    answer = statement_with(analysis, "cut the winter sailings")
    assert any("the harbour fees rise again" in c for c in answer.conditions), answer.conditions
    assert all(n.startswith("asked if") for n in answer.conditions_normalized), answer.conditions_normalized
    assert answer.stance != "conditional", (answer.stance, answer.stance_evidence)
    remark = statement_with(analysis, "she will have one")
    assert not remark.conditions, remark.conditions


def test_an_answer_in_the_indicative_takes_no_asked_condition(run) -> None:  # type: ignore[no-untyped-def]
    """Session 25: an answer "Then ..." to "And if X?" said as a plan or forecast in the indicative ("Then we keep
    the boats running", "Then we will go to court") is the speaker's own side, not held on the interviewer's
    hypothesis: no "asked if" condition. One said as a hypothetical ("Then we would ...") keeps it (above)."""
    text = TRANSCRIPT.replace("GLEANER: The minister wants a decision by May.\n\nVARROW: Then she will have one.",
                              "GLEANER: And if the ministry refuses the grant?\n\nVARROW: Then we will take the "
                              "ministry to court over the ferry route.")
    text += "\nGLEANER: And if the crews walk out?\n\nVARROW: Then we keep the ferry route running with relief crews.\n"
    analysis = run(text, "Will the harbour board keep the ferry route?")
    for words in ("take the ministry to court", "relief crews"):
        answer = statement_with(analysis, words)
        assert not any(n.startswith("asked if") for n in answer.conditions_normalized), answer.conditions_normalized
    answer = statement_with(analysis, "cut the winter sailings")
    assert any("the harbour fees rise again" in c for c in answer.conditions), answer.conditions


def test_a_pro_form_condition(run) -> None:  # type: ignore[no-untyped-def]
    """Session 24 (q_worth's shape): a condition that only stands for one said in the sentence before ("Without
    both of those", "Not without the two of them") takes that sentence's if/provided conditions, also when the sentence
    before ends the paragraph before (a quotation after its report), and however the parser hung the words after a
    fronted "Without". A pro-form with nothing conditional before it adds nothing."""
    analysis = run("The Tamberlin pool has been shut since the winter storms.\n\nEngineer Odo Penwick said the pool could "
                   "reopen next year, but only if the council repairs the roof and a sponsor pays for the heating.\n\n"
                   '"Without both of those, the doors stay locked," Penwick said.', "Will the Tamberlin pool reopen?")
    quote = statement_with(analysis, "doors stay locked")
    assert any("repairs the roof" in c for c in quote.conditions), quote.conditions
    analysis = run("The Tamberlin pool has been shut since the winter storms.\n\nCouncillor Ilse Varrow said she would "
                   'back reopening the pool provided that the roof is repaired and the heating is paid for. "Not '
                   'without the two of them," she said.', "Will the Tamberlin pool reopen?")
    fragment = statement_with(analysis, "the two of them")
    assert any("the roof is repaired" in c for c in fragment.conditions), fragment.conditions
    analysis = run("The Tamberlin pool has been shut since the winter storms.\n\nEngineer Odo Penwick said the pool "
                   'would reopen in May.\n\n"With that, the town gets its summer back," Penwick said.',
                   "Will the Tamberlin pool reopen?")
    quote = statement_with(analysis, "summer back")
    assert not quote.conditions, quote.conditions


def test_must_be_done_without_a_doer(run) -> None:  # type: ignore[no-untyped-def]
    """Session 24 (q_breakup's and q_teens' shape): "X must be capped" said of something other than the question's
    act or thing is what the side requires, with no doer named (requirements._must_be_done); the question's own
    thing that must be done is the side itself, and "should be" recommends."""
    question = "Will the harbour board keep the ferry route?"
    statement = statement_with(run(INTRO + "Marsh said parking charges must be capped during the works.", question),
                               "parking charges")
    assert any("parking charges must be capped" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said the ferry route must be kept.", question), "must be kept")
    assert not statement.conditions, statement.conditions
    statement = statement_with(run(INTRO + "Marsh said parking charges should be capped.", question), "should be capped")
    assert not statement.conditions, statement.conditions
    # review: said of people, or a verb of thinking or perceiving, a "must" passive is no term of a side
    for text, words in (("Marsh said the board would keep the route and that every skipper must be heard.", "skipper"),
                        ("Marsh said the board would keep the route, adding that past mistakes must be remembered.",
                         "past mistakes")):
        statement = statement_with(run(INTRO + text, question), words)
        assert not statement.conditions, statement.conditions
