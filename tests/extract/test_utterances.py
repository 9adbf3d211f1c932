"""One statement per utterance: a quotation interrupted by its cue, and the quotations that go on
in the same paragraph, are one statement whose `parts` are the pieces; quotation marks typed as two
apostrophes or as a closing mark at the start count as quotation marks."""

from __future__ import annotations

import pytest

from stancemap.extract.quotes import quote_spans

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize("text", [
    '"The door is open," Marsh said, "and we will walk through it this year."',
    '"The door is open," Marsh said. "We will walk through it this year."',
    "''The door is open,'' Marsh said. ''We will walk through it this year.''",
    '"The door is open," said Marsh, who has led the talks since the spring and knows every capital '
    'of the Pact. "We will walk through it this year."',
])
def test_utterances_split_quote_is_one_statement(run, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    statement = statement_with(analysis, "The door is open")
    assert "walk through it this year" in statement.content
    assert statement.kind == "direct" and len(statement.parts) == 2
    body = analysis.documents[0].body
    assert body[statement.start:statement.end] == statement.content
    assert [body[s:e] for s, e in statement.parts] == [body[statement.parts[0][0]:statement.parts[0][1]],
                                                       body[statement.parts[1][0]:statement.parts[1][1]]]
    assert body[statement.parts[0][0]:statement.parts[0][1]].startswith("The door is open")
    assert body[statement.parts[1][0]:statement.parts[1][1]].rstrip(".").endswith("this year")
    assert speaker_name(analysis, "The door is open") == "Lea Marsh"


def test_utterances_another_cue_between_makes_two_statements(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + '"The door is open," Marsh said, adding later: "We will walk through it this year."')
    first = statement_with(analysis, "The door is open")
    assert "walk through it" not in first.content and not first.parts
    assert statement_with(analysis, "walk through it").cue == "adding"


def test_utterances_quote_in_the_next_paragraph_stays_apart(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + '"The door is open," Marsh said.\n\n"We will walk through it this year."')
    assert "walk through it" not in statement_with(analysis, "The door is open").content
    assert speaker_name(analysis, "walk through it") == "Lea Marsh"


@pytest.mark.parametrize(("text", "spans"), [
    ("''We will join,'' he said. ''We will not wait.''", ["We will join,", "We will not wait."]),
    ("The 1990s'' style is back.", []),
    ("x ”We need order. We need it now.” ― A. Reader", ["We need order. We need it now."]),
])
def test_utterances_quote_marks(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in quote_spans(text)] == spans


def test_utterances_speaker_span_is_the_mention_itself(run) -> None:  # type: ignore[no-untyped-def]
    # Two "she" stand near the quotation; speaker_span says which one names the speaker.
    analysis = run(INTRO + 'She was tired. "The door is open," she said, "and she knows it is."')
    statement = statement_with(analysis, "The door is open")
    body = analysis.documents[0].body
    start, end = statement.speaker_span
    assert body[start:end] == statement.speaker_mention == "she"
    assert statement.start < start < statement.end  # inside the merged utterance, not the "She" before it
    from stancemap.export.json_out import to_dict
    exported = next(s for s in to_dict(analysis)["statements"] if s["id"] == statement.id)
    assert exported["speaker_span"] == [start, end]


def test_utterances_a_closing_cue_speaks_the_next_quotation(run) -> None:  # type: ignore[no-untyped-def]
    """"X said she thought ... because 'A,' she said. 'B.'": B continues the cue nearest it, "she said",
    whose mention is "she" (PolNeAR's source), not the sentence's first cue "X said" (session 10)."""
    analysis = run(INTRO + "Anna Ferriby said she thought the rule deserved a book because \"few readers have heard "
                           "of that gap,\" she said. \"We cannot judge the present if we forget how we "
                           "got here.\"\n\nAs it stands, the pact is in doubt.")
    statement = statement_with(analysis, "We cannot judge the present")
    assert statement.speaker_mention == "she" and speaker_name(analysis, "We cannot judge the present") == "Anna Ferriby"


def test_utterances_a_clause_of_time_is_no_cue(run) -> None:  # type: ignore[no-untyped-def]
    """'a clip of B saying, "...," when C slammed her': the verb of the clause of time is the
    occasion; the quotation is B's (session 10)."""
    analysis = run(INTRO + "The advert ends with a clip of Marsh saying at the forum last month, \"That shows I "
                           "am clever,\" when Brandt slammed her for dodging the harbor tax.")
    assert speaker_name(analysis, "That shows I am clever") == "Lea Marsh"


def test_utterances_a_quotation_between_dashes_after_a_name(run) -> None:  # type: ignore[no-untyped-def]
    """'..., among them the former candidate B -- "..." -- and C': the quotation set between dashes
    after B's name is B's, not the sentence subject's (session 10)."""
    analysis = run(INTRO + "A band of noted skeptics has said the very same thing, among them the former mayoral "
                           "candidate Ivo Brandt -- ''It is unworthy of a present-day minister to refuse to show the "
                           "treaty to the voters'' -- and Fred Pohl, a former harbor commissioner. ''The faster she "
                           "publishes the whole treaty, the better,'' Mr. Pohl told a radio station in August.")
    assert speaker_name(analysis, "It is unworthy") == "Ivo Brandt"


@pytest.mark.parametrize(("lead", "speaker"), [
    # a lead-in of no verb: a role and a name, a colon (a live page's entry)
    ("The Harbor Party has settled its line at last. Whip Tomas Brenk: ", "Tomas Brenk"),
    # a name with a circumstance and a colon
    ("Nella Frane, who chairs the islanders' group, never one for half measures: ", "Nella Frane"),
    # a clause about the person with no verb of saying, then the quotation as a sentence of its own
    ("Councillor Ada Murne looks uneasy. ", "Ada Murne"),
    # a clause with an auxiliary and a noun of saying, not a verb of it
    ("Deputy Mayor Ivo Renk has issued a statement: ", "Ivo Renk"),
])
def test_utterances_quotation_introduced_without_a_verb_of_saying(run, lead: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """A free-standing quotation right after words of its paragraph about a person, with no verb of
    saying, is that person's (session 21; red before for the role-and-name, separate-sentence and auxiliary lead-ins: no
    statement held the quotation; the name with a circumstance was found already)."""
    analysis = run(INTRO + lead + '"Our members asked to see the harbor figures before any vote. They have them '
                   'now, so the pact has our support."')
    statement = statement_with(analysis, "Our members asked to see the harbor figures")
    assert statement.kind == "direct" and "the pact has our support" in statement.content
    assert speaker_name(analysis, "Our members asked to see the harbor figures") == speaker


def test_utterances_a_quotation_after_the_writers_own_clause_is_nobody_named(run) -> None:  # type: ignore[no-untyped-def]
    """'We put it to the minister. "..."': the lead-in is the writer's, so its subject speaks nothing
    (session 21: the rule takes no first-person subject)."""
    analysis = run(INTRO + 'We put the question to the harbor board. "The pact has a future."')
    assert all(s.speaker_mention not in {"We", "we"} for s in analysis.statements)


def test_utterances_a_heading_that_quotes_is_no_lead_in(run) -> None:  # type: ignore[no-untyped-def]
    """A live page's heading 'Dockers' adviser: "Read the small print"' quotes the entry below it, which holds the words
    in full: the heading's fragment is no statement of its own (session 21; green before too: it guards the
    new rule, which took such headings until it asked for a closing full stop or more words on the line)."""
    analysis = run(INTRO + 'Dockers\' adviser: "Read the small print"\n\nNora Kell, who advises the dockers, put her '
                   'view on the union\'s page:\n\n"I warned about this. The pact will pass and the ministry will quote it '
                   'in every wage talk. Read the small print."')
    assert [s.content for s in analysis.statements if s.content.startswith("Read the small print")] == []
    assert speaker_name(analysis, "I warned about this") == "Nora Kell"


def test_utterances_a_message_from_another_is_not_the_lead_ins(run) -> None:  # type: ignore[no-untyped-def]
    """'A shared a message from a resident: "..."': the words are the resident's, not A's (session 21's review; red
    before: the quotation given to the lead-in's subject)."""
    analysis = run(INTRO + 'Ivo Brandt shared a message from a harbor worker on Monday: "I have fished here forty '
                   'years and the pact will end it."')
    assert all(speaker_name(analysis, "fished here forty years") != "Ivo Brandt"
               for s in analysis.statements if "fished here" in s.content)
