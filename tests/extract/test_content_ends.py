"""Where reported content ends when the parse hangs the rest of the sentence on the cue (extract/bounds.py), and
a side taken "in favour of" something (extract/predicates.py; a strict xfail: tried and dropped). Session 22
(issue 10 item 1). Invented people and places."""

from __future__ import annotations

import json

import pytest

from ..conftest import ROOT
from .conftest import statement_with

QUESTION = "Will Pellingrad sell the Tessel ferry line?"

CONDITIONS = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
              "Engineer Mara Endel thinks the ferries can change hands without harm, but only if the council pays for "
              "two new boats.\n\n"
              "In its yearly review, the harbour board said the sale could go ahead provided that a new timetable was "
              "agreed and the night boat stayed.")


def test_statements_a_condition_hung_on_the_cue_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """A belief's "but only if" clause and a "provided that" clause whose passive verb of saying has no agent stay
    in the content (green on main 9d49b84 too since s22-cond's conditions_content; review's invented sentences)."""
    analysis = run(CONDITIONS, question=QUESTION)
    belief = statement_with(analysis, "can change hands without harm")
    assert belief.content.rstrip(".").endswith("but only if the council pays for two new boats")
    board = statement_with(analysis, "the sale could go ahead")
    assert "a new timetable was agreed" in board.content and "the night boat stayed" in board.content


MODAL = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
         "The port council has said it could accept the sale, but it could not approve it before the summer ends.\n\n"
         "The ferry workers' union said the sale would cost jobs, but the assembly approved the first reading "
         "on Friday.")


def test_statements_a_reported_but_clause_with_the_same_modal_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 9d49b84: 'it could accept the sale' alone."""
    analysis = run(MODAL, question=QUESTION)
    council = statement_with(analysis, "it could accept the sale")
    assert "it could not approve it before the summer ends" in council.content


def test_statements_anothers_modal_clause_is_no_content(run) -> None:  # type: ignore[no-untyped-def]
    """A guard (review): a conjunct with the same modal but another subject is another's act, not the speaker's
    words (with any subject the branch gave Endel's statement Brell's 'would vote against it')."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "Mara Endel said she would vote for the sale, and her rival Oskar Brell would vote against it.\n\n"
            "Endel said the assembly would pass the sale, but the harbour board would fight it all the way.")
    analysis = run(text, question=QUESTION)
    assert "Brell" not in statement_with(analysis, "she would vote for the sale").content
    assert "harbour board" not in statement_with(analysis, "the assembly would pass the sale").content


def test_statements_the_writers_but_clause_is_no_content(run) -> None:  # type: ignore[no-untyped-def]
    """A guard (green on main and here): a 'but' clause with no shifted modal is the writer's next fact."""
    analysis = run(MODAL, question=QUESTION)
    union = statement_with(analysis, "the sale would cost jobs")
    assert "approved" not in union.content


VOTES = ("The Pellingrad assembly voted on the sale of the Tessel ferry line on Tuesday.\n\n"
         "The islanders' association voted in favour of the council's plan and against the union's motion. "
         "The harbour board voted nine to four in favour of the sale.\n\n"
         "Mayor Oskar Brell voted in Pellingrad on Sunday morning.")


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="'in' is no content preposition of a position (extract/predicates.py); taking "
                   "'in favour of' / 'in support of' as a side was measured in session 22 and dropped: DEVELOP +1 "
                   "statement, VALIDATE +1 prediction matching no gold (docs/evaluation.md, issue 10, session 22)")
def test_predicates_a_vote_in_favour_of_is_a_position(run) -> None:  # type: ignore[no-untyped-def]
    """Neither vote is a statement ('in' is no content preposition)."""
    analysis = run(VOTES, question=QUESTION)
    assert statement_with(analysis, "in favour of the council's plan").content.startswith("voted in favour of")
    assert "against the union's motion" in statement_with(analysis, "in favour of the council's plan").content
    assert statement_with(analysis, "in favour of the sale").cue == "voted"


def test_predicates_a_vote_in_a_place_is_no_position(run) -> None:  # type: ignore[no-untyped-def]
    """A guard (green on main and here): 'voted in Pellingrad' places the act."""
    analysis = run(VOTES, question=QUESTION)
    assert not [s for s in analysis.statements if "Pellingrad on Sunday" in s.content]


# Session 24 (s24-recall): contents the parse cut short or never found, from the shapes of DEVELOP's missed anchors
# (invented sentences; each red on main 7da872a).
RECALL = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
          "A port source admitted ministers were \"badly divided\" and that the sale could slip into June.\n\n"
          "The ferry workers' union urged the assembly members to reject the sale.\n\n"
          "The dockers' union has called for the line to be sold before the winter.")


def test_statements_a_second_that_clause_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """'admitted A and that B': a conjunct of the cue opened by 'that' is the second clause of what was said
    (bounds.second_that_clause); the content had stopped at A's closing quotation mark."""
    analysis = run(RECALL, question=QUESTION)
    source = statement_with(analysis, "ministers were")
    assert "the sale could slip into June" in source.content


def test_statements_the_one_urged_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """'urged the members to reject the sale': the one urged belongs to what was said (statements._told_whom);
    the content had been 'to reject the sale'."""
    analysis = run(RECALL, question=QUESTION)
    union = statement_with(analysis, "to reject the sale")
    assert union.content.startswith("the assembly members to reject the sale")


def test_statements_called_for_a_clause(run) -> None:  # type: ignore[no-untyped-def]
    """'has called for the line to be sold ...': a clause opened by 'for' that the parse hung on the verb as an
    adverbial clause is the position's object (bounds.for_clause); no statement was found."""
    analysis = run(RECALL, question=QUESTION)
    chamber = statement_with(analysis, "the line to be sold")
    assert "before the winter" in chamber.content


def test_statements_a_hung_clause_keeps_its_condition(run) -> None:  # type: ignore[no-untyped-def]
    """'said in a statement on Tuesday that it would support X provided that Y': the condition the parse hung on the
    verb, after the clause it hung on the statement, stays in the content (bounds.hung_clause); it had ended at X.
    No invented sentence of this shape showed the fault (the review tried fifteen), so the test reads the one
    article of tests/data where the parse hangs it so, at test time, rather than a copy of its words."""
    folder = ROOT / "tests" / "data" / "q_decommission"
    article = next(p for p in sorted((folder / "corpus").iterdir()) if p.name.startswith("01_"))
    question = json.loads((folder / "question.json").read_text(encoding="utf-8"))["question"]
    analysis = run(article.read_text(encoding="utf-8"), question=question)
    hung = [s for s in analysis.statements if " provided that " in f" {s.content} " and "would support" in s.content]
    assert hung, [s.content for s in analysis.statements if "would support" in s.content]


def test_statements_a_for_phrase_is_no_called_for_clause(run) -> None:  # type: ignore[no-untyped-def]
    """A guard: 'waited for the ferry to come' states nothing, and a 'for' after a clause with a subject of its own
    ('would strike for the deal to be honoured') stays inside that clause."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "Mara Endel waited for the ferry to come back from the island.\n\n"
            "Oskar Brell said the crews would strike for the pay deal to be honoured.")
    analysis = run(text, question=QUESTION)
    assert not any("ferry to come back" in s.content for s in analysis.statements)
    brell = statement_with(analysis, "the crews would strike")
    assert brell.content.startswith("the crews would strike")



def test_statements_an_estimate_put_at_a_figure(run) -> None:  # type: ignore[no-untyped-def]
    """'X puts Y at <a figure>' is X's estimate, from the verb on (extract/estimates.py); no statement was found.
    A guard: 'puts the sale at risk' holds no figure and states nothing."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "The port authority puts the value of the line at around 40 million crowns.\n\n"
            "Analyst Mara Endel puts the chances of a sale at \"a coin toss\".\n\n"
            "The strike puts the sale at risk.")
    analysis = run(text, question=QUESTION)
    authority = statement_with(analysis, "the value of the line")
    assert authority.content.startswith("puts the value of the line at around 40 million crowns")
    assert statement_with(analysis, "the chances of a sale").content.startswith("puts the chances")
    assert not any("at risk" in s.content for s in analysis.statements)


SOURCES = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
           "\"Shoppers do not come to a town where the lights go out at eight,\" the chamber's president, Oskar Brell, "
           "said.\n\n"
           "Tessel Shipping, which runs the line, wrote to the assembly on Monday. In a statement, it said a sale was "
           "\"no longer a sensible option\" given the state of the boats.")


def test_statements_a_claim_ends_before_the_role_of_its_source(run) -> None:  # type: ignore[no-untyped-def]
    """'"A," the chamber's president, Oskar Brell, said': the claim ends before the role whose holder's name follows
    (statements._source_start); it had run on to "the chamber's president"."""
    analysis = run(SOURCES, question=QUESTION)
    assert "president" not in statement_with(analysis, "Shoppers do not come").content


def test_statements_it_said_after_an_opening_phrase(run) -> None:  # type: ignore[no-untyped-def]
    """'In a statement, it said X': "it" after a phrase of the verb's own opens the clause as at a sentence's start
    (statements._opening_phrase); no statement was found. ('The ferry, it says, will stop' stays refused:
    test_cues_it_says.)"""
    analysis = run(SOURCES, question=QUESTION)
    assert statement_with(analysis, "a sale was").content.startswith("a sale was")


def test_statements_a_conjunct_in_the_reported_modal_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """'said they were "delighted" and would start sailing ...': a conjunct of the cue with no subject of its own in a
    shifted modal goes on reporting (bounds._same_modal); the content had stopped at "delighted". 'In a statement it
    said' without a comma opens the clause too (statements._opening_phrase)."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "The crews said they were \"delighted\" and would start sailing \"as soon as the deal is signed\".\n\n"
            "Tessel Shipping, which runs the line, wrote to the assembly on Monday. In a statement it said the ferry "
            "\"has served the island well\" and that crews had \"earned their pensions\".")
    analysis = run(text, question=QUESTION)
    assert "would start sailing" in statement_with(analysis, "they were").content
    assert "earned their pensions" in statement_with(analysis, "has served the island well").content


def test_statements_an_as_long_as_clause_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """'will support the sale as long as X': a clause of "as long as" hung on the verb is the position's condition
    and stays in it (bounds._as_long_as, as "if" and "unless" do); the position had been cut to "the sale" and dropped
    by the three-word floor."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "The dockers' union will support the sale as long as the crews keep their jobs.")
    analysis = run(text, question=QUESTION)
    assert "the crews keep their jobs" in statement_with(analysis, "support the sale").content

def test_statements_put_at_a_time_is_no_estimate(run) -> None:  # type: ignore[no-untyped-def]
    """Review (s24-recall): a phrasal 'put on' / 'put down' and a clock time after 'at' estimate nothing (each was
    a statement from 'put' on, 'put their tools down at 3 pm' read support); an estimate stays one."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "She put the kettle on at 7 o'clock and read the papers.\n\n"
            "Dock workers put their tools down at 3 pm in protest.\n\n"
            "He put the box at the back of the van at 6 am.\n\n"
            "The harbour master puts the cost of dredging at 2 million crowns.")
    analysis = run(text, question=QUESTION)
    assert not [s.content for s in analysis.statements if s.content.startswith("put ")], analysis.statements
    assert statement_with(analysis, "the cost of dredging").content.startswith("puts the cost of dredging")


IN_CONDITION = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
                "Councillor Ivo Brenner would support the sale only if the buyer agreed to keep the night boat.\n\n"
                "The harbour board voted to support the sale only if the buyer promised to keep the night boat.\n\n"
                "Councillor Ivo Brenner wants the assembly to refuse the sale unless the timetable is written into "
                "the contract.")


def test_statements_a_cue_inside_a_condition_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    """Session 26 (issue 10 item 1): a verb of saying or of taking a side inside an "if"/"unless" clause ('only if
    the buyer agreed to keep X') is what must happen, not a report (bounds.in_condition): it was a statement of
    its own ('to keep the night boat', no speaker) and cut the position it conditions at 'only if' (red on main
    16c9bd7)."""
    analysis = run(IN_CONDITION, question=QUESTION)
    assert "to keep the night boat" not in {s.content.rstrip(".") for s in analysis.statements}
    assert statement_with(analysis, "support the sale only if the buyer agreed").content.endswith("night boat")
    assert statement_with(analysis, "voted to support").content.endswith("the buyer promised to keep the night boat")
    assert statement_with(analysis, "refuse the sale").content.endswith("written into the contract")


def test_statements_a_cue_inside_a_condition_of_nobodys_statement_stays(run) -> None:  # type: ignore[no-untyped-def]
    """A guard: a cue in an "if" clause that no statement's content holds stays a statement of its own (PolNeAR
    annotates such beliefs, "if you're worried about X"; dropping them all cost it six statements)."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "If the mayor really believes the sale will save the ferries, she should publish the figures.")
    analysis = run(text, question=QUESTION)
    assert statement_with(analysis, "the sale will save the ferries")


AS_SAID = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
           "The harbour, as the mayor pointed out, rarely sees two winter storms in a row.\n\n"
           "The contract leaves open whether the night boat stays, as the ferry workers have said.\n\n"
           "As Mara Endel told reporters, the ferry line will be sold before the end of the summer.\n\n"
           "As she spoke, the crowd outside the assembly hall grew louder.")


def test_statements_as_x_said(run) -> None:  # type: ignore[no-untyped-def]
    """Session 27 (issue 10 item 1): "as X said" reports the clause it stands in (statements._as_said): the clause
    before it, the clause after it, or around it when it interrupts (red on main 9924f40: none was a statement)."""
    analysis = run(AS_SAID, question=QUESTION)
    harbour = statement_with(analysis, "rarely sees two winter storms")
    assert harbour.cue == "pointed" and harbour.content.startswith("The harbour")
    contract = statement_with(analysis, "whether the night boat stays")
    assert contract.cue == "said" and contract.content.startswith("The contract leaves open")
    assert "ferry workers" not in contract.content
    endel = statement_with(analysis, "will be sold before the end of the summer")
    assert endel.cue == "told" and endel.content.startswith("the ferry line")
    assert not [s for s in analysis.statements if "the crowd" in s.content]  # "as she spoke": a time, no report


def test_statements_a_that_clause_hung_on_a_time_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """Session 27: "wrote at the time that X had told Y ..." — the parse made the reported clause a relative
    clause of the time with "that" as a relative adverb (bounds._relative_adverb_clause); red on main 9924f40."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "The Tessel Courier wrote at the time that the harbour chief had told Mara Endel that her plan was not "
            "in line with the port's policy.")
    analysis = run(text, question=QUESTION)
    statement = statement_with(analysis, "the harbour chief had told Mara Endel")
    assert statement.cue == "wrote" and statement.content.startswith("the harbour chief")


def test_statements_a_closing_gloss_is_the_writers(run) -> None:  # type: ignore[no-untyped-def]
    """bounds.before_gloss: a non-restrictive relative clause or an apposition the writer adds after a comma on a noun
    of the reported words, running to their end, is not what was said; a restrictive clause, a list, a quoted gloss,
    a gloss with a modal (what would follow) and one with a verb of saying are, and so is a gloss closing an
    infinitive's object (a stated position's, not a reported clause's)."""
    text = ("Harbor row\n\nIrma Vell said she expects the minister to recover from the fever, which forced him to "
            "cancel a visit to Tarrow.\n\nBut critics say the money could be better spent with the Coast League, the "
            "older alliance that includes both ports.\n\nDora Pell said the port would hire pilots, divers and "
            "welders.\n\nKasimir Oddo said the treaty needs ports that can take larger ships.\n\nMira Sund said "
            "Osterland must sign the accord, which she called \"a lifeline for the harbor\".\n\nOle Brandt said "
            "the pact would tax the ferries, which could force the island routes to close.\n\nTomas Lind said the "
            "port would appeal the levy, which he said was unlawful.\n\nThe council agreed to hire a firm for the two "
            "depots, which together employ 300 people.")
    analysis = run(text)

    def ends(words: str) -> str:
        return statement_with(analysis, words).content.rstrip(".")

    assert ends("recover from the fever").endswith("recover from the fever")
    assert ends("better spent").endswith("with the Coast League")
    assert ends("would hire").endswith("divers and welders")
    assert ends("treaty needs").endswith("take larger ships")
    assert "lifeline for the harbor" in ends("must sign")
    assert ends("tax the ferries").endswith("island routes to close")
    assert ends("appeal the levy").endswith("which he said was unlawful")
    # a finite reported clause only: an infinitive's gloss stays (statements._verbal's "ccomp" guard)
    assert ends("hire a firm").endswith("which together employ 300 people")


def test_statements_a_cue_inside_a_relative_clause(run) -> None:  # type: ignore[no-untyped-def]
    """statements._relative_said: a cue between commas inside a non-restrictive relative clause reports the clause,
    from its relative word; the writer's sentence around it is not what was said."""
    text = ("Harbor row\n\nThe new quay is near the old customs house, which, Irma Vell said, is usually full of "
            "fishing boats on market days.\n\nThe pact, Dora Pell said, would cost the harbor its ferries.")
    analysis = run(text)
    statement = statement_with(analysis, "fishing boats on market days")
    assert statement.content.startswith("which") and "new quay" not in statement.content
    assert statement_with(analysis, "cost the harbor").content.startswith("The pact")
