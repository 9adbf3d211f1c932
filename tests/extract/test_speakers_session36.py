"""Who said what and where it ends (issue 10, session 36): a bare or -ing verb the parse made a conjunct of the cue
goes on the reported clause that holds a verb of its form; "it" after a sentence adverb reports as "it" opening its
sentence, also through a participle after a comma. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.extract.bounds import continues_reported_form, parenthetical_conjunct, relative_overrun
from stancemap.parse import load_nlp

from .conftest import speaker_name, statement_with

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n"


def test_a_conjunct_in_the_reported_form_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3bc8c04b: the parse hung "let" and "being" on "said", and the content stopped before them at the
    quoted words (bounds.continues_reported_form: a bare verb cannot agree with a past "said", and the reported clause
    holds a "to" infinitive or an -ing verb it goes on)."""
    analysis = run(OPENING + "On a morning radio show, the former mayor and current party candidate said she wanted "
                   "to speak \u201cplainly to the riders\u201d and let them know that \u201cno fare will rise.\u201d\n\n"
                   "She said she recalls the skipper being \u201cpuzzled,\u201d and the pilot being calm.",
                   question=QUESTION)
    assert "let them know" in statement_with(analysis, "plainly to the riders").content
    recalled = statement_with(analysis, "the skipper being")
    assert recalled.content.rstrip(".").endswith("the pilot being calm") and recalled.speaker_mention == "She"


@pytest.mark.parametrize(("text", "word"), [
    ("On a morning radio show, the former mayor and current party candidate said she wanted to speak \u201cplainly to "
     "the riders\u201d and let them know that \u201cno fare will rise.\u201d", "let"),
    ("She said she recalls the skipper being \u201cpuzzled,\u201d and the pilot being calm.", "being"),
])
def test_the_reported_form_on_the_parse(text: str, word: str) -> None:
    """The rule on the parse: the last "let" or "being" is a conjunct of "said" (the misparse it mends), of the form of
    a verb inside the reported clause; the conjunct of the clause's own verb is no conjunct of the cue."""
    doc = load_nlp()(text)
    said = next(t for t in doc if t.lower_ == "said")
    after = [t for t in doc if t.lower_ == word][-1]
    assert after.dep_ == "conj" and after.head == said
    assert continues_reported_form(said, after)
    inner = next(t for t in doc if t.dep_ == "ccomp" and t.head == said)
    assert not continues_reported_form(inner, after)


def test_it_after_an_opening_adverb_says(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3bc8c04b: "it" after a sentence adverb and its comma was no source ("it" reported only opening its
    sentence or after a phrase of the verb's own), nor "it" as the subject of the verb a participle of saying hangs on
    (statements._opening_phrase, _reports); each "it" is the body just named."""
    analysis = run(OPENING + "Velden Ferries published its accounts on Friday. However, it said the crossing would lose "
                   "money this year.\n\nThe Orvel Ledger backed the tunnel in March. Meanwhile, it attacked Tesk, saying "
                   "he \u201chas misled the riders and the crew.\u201d", question=QUESTION)
    assert statement_with(analysis, "would lose money").speaker_mention == "it"
    assert speaker_name(analysis, "would lose money") == "Velden Ferries"
    assert statement_with(analysis, "has misled the riders").content.startswith("he")
    assert speaker_name(analysis, "has misled the riders") == "Orvel Ledger"


def test_it_goes_without_saying_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (red on this session's first form of the rule, which took the clause of any verb of saying after "it"):
    the "it" of "it goes without saying" says nothing; only the verb "it" is the subject of, or its participle after a
    comma, reports."""
    analysis = run(OPENING + "It goes without saying that the tunnel would cost more than the bridge.", question=QUESTION)
    assert not [s for s in analysis.statements if "cost more than the bridge" in s.content]


def test_a_second_that_clause_with_a_verb_of_saying(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3bc8c04b: "add" of a second "that" clause was read as another speaker's cue, and the first clause
    ended on "but that" (bounds.second_that_clause, now also in bounds.speech_end's and predicates._complement's test
    of a report inside)."""
    analysis = run(OPENING + "The engineers agreed that the plan would cut costs on the quay but that it would add a "
                   "great deal of paperwork for the crews.", question=QUESTION)
    statement = statement_with(analysis, "cut costs on the quay")
    assert statement.content.rstrip(".").endswith("paperwork for the crews")
    assert statement.speaker_mention == "The engineers"


def test_it_says_in_a_conjunct_of_its_verb(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on main, red on this session's first form of the rule, which read only the verb "it" is the subject
    of): "It argues A, and says B" opening its sentence reports B too, the body just named saying it."""
    analysis = run(OPENING + "The Velden Riders' Union leads the opposition. It argues the yard should be used for "
                   "housing rather than a depot, and says it has asked a lawyer to examine whether a challenge would "
                   "succeed.", question=QUESTION)
    assert statement_with(analysis, "asked a lawyer").cue == "says"
    assert speaker_name(analysis, "asked a lawyer") == "Velden Riders' Union"


def test_a_cue_set_off_whose_clause_the_parse_made_a_conjunct(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3bc8c04b: with a circumstance after the cue set off by commas, the parse made the cue the root, the
    fronted subject its second subject and the reported verb its conjunct, and no statement was found
    (bounds.parenthetical_conjunct); the content is the sentence, with the participle hung on the cue."""
    analysis = run(OPENING + "The crews, Tesk explained earlier at the hearing, were \u201cwell paid,\u201d earning "
                   "between $40,000 and $50,000 a year.", question=QUESTION)
    statement = statement_with(analysis, "well paid")
    assert statement.cue == "explained" and statement.speaker_mention == "Tesk"
    assert statement.content.startswith("The crews") and "$50,000 a year" in statement.content


def test_a_cue_and_its_next_act_is_no_set_off_clause() -> None:
    """Guard (green on both): a conjunct after the cue's own object names the speaker's next act, no fronted subject
    opens the sentence before a comma, and nothing is read as a set-off clause."""
    doc = load_nlp()("Tesk explained the plan at the hearing, and left early.")
    explained = next(t for t in doc if t.lower_ == "explained")
    assert parenthetical_conjunct(explained) is None


def test_a_relative_clause_the_parse_broke_after_its_cue(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3bc8c04b: the parse made "which" the object of "claimed" and "allows" a conjunct of the sentence's
    verb, so nothing was reported (bounds.relative_overrun: a finite verb with no subject right after the cue of a
    relative clause is what was said)."""
    analysis = run(OPENING + "The council called a special session to review the tunnel, which local radio claimed now "
                   "allows lorries to cross the harbour in ten minutes.", question=QUESTION)
    statement = statement_with(analysis, "lorries to cross the harbour")
    assert statement.cue == "claimed" and statement.speaker_mention == "local radio"


def test_a_relative_clause_whose_cue_has_its_clause_is_left_alone() -> None:
    """Guard (green on both): where the parse gave the relative clause's cue its own clause, there is nothing to mend."""
    doc = load_nlp()("The board praised the gifts, which she said were repaid with favours.")
    said = next(t for t in doc if t.lower_ == "said")
    assert relative_overrun(said) is None
