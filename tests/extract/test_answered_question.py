"""Content that opens on the cue's own circumstance (issue 10, session 32): "Asked whether X, she said ...",
"Speaking at Y, he said ...", "Last month, the board warned ..." — the words before the subject are not what was
said (extract/bounds.fronted_circumstance, statements._verbal), but the question the speaker answered is read
with the answer by the stance judge (Candidate.context, DraftStatement.context, judge/article.with_context); a verb
inside the question put ("Asked if the council would back X") states nothing (clauses.asked_of). Written
sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.judge.article import with_context
from stancemap.record import DraftStatement

from .conftest import statement_with

QUESTION = "Will Pellmark join the Coastal Union?"

OPENING = "Pellmark's assembly debated membership of the Coastal Union on Monday.\n\n"


@pytest.mark.parametrize("sentence, first_words", [
    # a question put to the speaker, a comma inside the reported clause
    ("Asked whether the ferry would run in winter, harbour master Ilka Sorn said that the boats were ready, but the "
     "crews were not.", "the boats were ready"),
    # an occasion said with a participle
    ("Speaking at a dinner in Varnholt, the mayor said the tunnel would open by spring, and tolls would stay low.",
     "the tunnel would open"),
    # a topic set with "as far as"
    ('As far as whether fares will rise next year, the operator\'s chief conceded that there might be "a small '
     'increase" for commuters, "though none for pensioners."', "there might be"),
    # a time
    ("Last month, the harbour board warned ferry operators to check their engines after two fires, one in Varnholt "
     "and one in Tessel.", "ferry operators to check"),
    # the circumstance of a verb the cue is conjoined to ("shrugged and said")
    ("Years ago, when a neighbour asked me about the harbour tunnel at a party, I shrugged and said, \"Nobody will "
     "ever dig it, mark my words.\"", "Nobody will ever dig it"),
])
def test_content_starts_after_the_cues_circumstance(run, sentence: str, first_words: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3b453b7d: each content ran from the sentence's first word (statements._parenthetical)."""
    statement = statement_with(run(OPENING + sentence, question=QUESTION), first_words)
    assert statement.content.startswith(first_words)


def test_a_fronted_part_of_the_reported_clause_stays_content(run) -> None:  # type: ignore[no-untyped-def]
    """Guard, green on main too: "The port" is the reported clause's subject (the parse hangs it on "told" as a mere
    dependent), not a circumstance of the cue."""
    statement = statement_with(run(OPENING + "The port, Minister Ada Krell told reporters on Monday, would not reopen "
                                   "before the spring, whatever the board said.", question=QUESTION), "would not reopen")
    assert statement.content.startswith("The port")


ANSWER = (OPENING + "Asked whether Pellmark should join the Coastal Union, Minister Ada Krell said, \"Yes, and the "
          "sooner we do it, the better.\"")


def test_the_answer_is_content_and_the_question_is_read_with_it(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3b453b7d (the content was the whole sentence): the quotation alone is content, and the stance
    still reads the question it answers ("join ... Coastal Union"), which the answer never names."""
    statement = statement_with(run(ANSWER, question=QUESTION), "the sooner we do it")
    assert statement.content.startswith("Yes, and the sooner")
    assert "Asked" not in statement.content
    assert statement.stance == "support"
    assert any(line.startswith("about:") and "join" in line for line in statement.stance_evidence)


@pytest.mark.parametrize("sentence, asked", [
    ("Asked if the council would back the Coastal Union bid, Mayor Jon Vell said only that the council was "
     "listening to every side.", "back the Coastal Union bid"),
    ("Asked whether he supported the membership bid, Mayor Jon Vell said the council was listening to every side.",
     "supported the membership bid"),
])
def test_a_verb_of_the_question_put_states_nothing(run, sentence: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main 3b453b7d for the first (a position "back the Coastal Union bid" of the council): what one is asked
    whether one does is no position (clauses.asked_of); the answer stays a statement."""
    analysis = run(OPENING + sentence, question=QUESTION)
    assert not any(s.content.startswith(asked) for s in analysis.statements)
    assert statement_with(analysis, "the council was listening")


@pytest.mark.parametrize("fronted, asked", [
    ("Pressed on whether the council would back the Coastal Union bid", "back the Coastal Union bid"),
    ("Quizzed about whether the assembly would ratify the Coastal Union treaty", "ratify the Coastal Union treaty"),
])
def test_a_verb_of_a_question_put_on_a_preposition(run, fronted: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main f7bce155 for "pressed on" (a strict xfail there, from session 32's review; "quizzed about" was
    green there, the parse hanging it otherwise): the whether-clause hangs on the
    preposition, not on the verb of asking, and was a position of the council's (clauses.asked_of, session 33)."""
    analysis = run(OPENING + fronted + ", Mayor Jon Vell said only that the council was listening to every side.",
                   question=QUESTION)
    assert not any(s.content.startswith(asked) for s in analysis.statements)
    assert statement_with(analysis, "the council was listening")


def test_the_judge_reads_the_context_with_the_content() -> None:
    """with_context: the span judged starts at the context (and so does an interrupted quotation's first piece)."""
    draft = DraftStatement(sent=0, kind="direct", cue="said", cue_start=60, start=70, end=90, speaker=None,
                           speaker_mention="", speaker_rule="", context=[0, 50])
    assert (with_context(draft).start, with_context(draft).end) == (0, 90)
    split = DraftStatement(sent=0, kind="direct", cue="said", cue_start=60, start=70, end=120, speaker=None,
                           speaker_mention="", speaker_rule="", parts=[[70, 90], [100, 120]], context=[0, 50])
    assert with_context(split).parts == [[0, 90], [100, 120]]
    assert with_context(DraftStatement(sent=0, kind="direct", cue="said", cue_start=60, start=70, end=90, speaker=None,
                                       speaker_mention="", speaker_rule="")).start == 70
