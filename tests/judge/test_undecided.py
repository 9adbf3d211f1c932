"""A statement that declares no side is neutral, and takes no side from its speaker's other statements
(judge/undecided.py, session 10): a verb of deciding denied or put off, a side not taken, an open mind,
a group said to be split. Invented articles: the councillor who backs the terminal elsewhere in the
article is the speaker, so without the rule each declaration would carry her support."""

from __future__ import annotations

import pytest

from .conftest import bracketed_cases, statement_with

QUESTION = "Will the council approve the ferry terminal?"
# The speaker's stance stated elsewhere in the article: support (Voss); opposition (Brenn).
BASE = ("Councillor Mara Voss said the council should approve the ferry terminal. \"It is the best plan we have,\" "
        "Voss said.\n\nTomas Brenn, who leads the harbour pilots, said the terminal would be a disaster.\n\n")
# Each line: the stance expected, then a sentence added to the article; [the words] find its statement.
CASES = """
neutral: Voss said she had [not yet decided] how she would vote.
neutral: "The party does not [take sides] on this," Voss said.
neutral: Voss said she would read every page of the report [before deciding].
neutral: "I want to hear from the pilots before I [take a position]," Voss said.
neutral: Voss said her group had an [open mind] about the design.
neutral: Voss said her members were [split down] the middle.
neutral: "[Too early] to prejudge the inspectors," Voss said.
neutral: "I am not going to [speculate] about the vote," Voss said.
neutral: Voss declined [to comment] on the design.
neutral: Voss said her group had [taken no decision] on the design.
neutral: Voss said [no decision had been made] about the design.
neutral: Voss said her group would [decide its position] in the coming days.
neutral: Voss said her group would decide [whether to back] the design next week.
neutral: Voss said she had [not made up her mind] about the design.
neutral: Voss said the colour of the roof was [for the committee to decide].
neutral: "My group will respect [whatever the committee decides]," Voss said.
neutral: Voss said her group would respect the delegates' decision, [whatever the result is].
neutral: Voss said her group would picket the meeting [regardless of the outcome].
neutral: Voss said [all options were on the table].
neutral: Voss said her group kept [all its options open].
support: Voss said she had [made up her mind] long ago.
support: Voss said the works would [go ahead regardless].
support: Voss said [the options were set out] in a leaflet.
support: "We will [make up the lost time] on Friday," Voss said.
support: Voss said [the committee had to decide] by Friday.
support: Voss said the pilots were [too quick] to judge the design.
support: Voss said her group had [taken a decision] on the design.
support: Voss said her party had [decided to hold] a meeting on Friday.
oppose: "That road would [split the town] in two," Brenn said.
oppose: "All options are on the table, [including a legal challenge]," Brenn said.
oppose: Brenn said the pilots kept all their options open, [such as a strike].
support: Voss said the old town was [divided by the river] for a century.
neutral: Voss said the council would [decide before the summer].
neutral: Voss said the council was on track to deliver its [final decision] by the end of May.
neutral: Voss said she expected [a decision] in the autumn.
neutral: Voss said she would hear the pilots out [before a final decision].
neutral: Voss said [no decision was expected] this month.
neutral: Voss said [no outcome had yet been decided].
neutral: Voss said the council would [take its decision] on the basis of the survey.
neutral: Voss said the full council would [vote on the design] on 12 May.
neutral: Voss said the harbour board would [deliberate and vote] in June.
neutral: Voss said [a decision would be announced] next week.
neutral: Voss said [a decision won't be taken] before the spring.
neutral: Voss said the council [would not dictate the outcome].
neutral: Voss said the odds were [fifty-fifty].
neutral: Voss said the vote was [a coin toss].
neutral: Voss said the vote was [too close to call].
neutral: Voss said approval was possible but [far from certain].
neutral: Voss said the harbour board had [no objection either way].
neutral: Voss said the result was [anyone's guess].
neutral: Voss said [no option had been ruled out].
neutral: Voss said she had [not ruled anything out].
support: Voss said the council would [take the decision to build] it in May.
support: Voss said the council had [reached its decision] last week.
support: Voss said her group would [vote yes] on Friday.
support: Voss said she would [appeal the decision] on the car park.
support: Voss said the inspectors had [ruled out a second survey].
support: Voss said she [would not let the pilots dictate] the timetable.
support: Voss said the works would [go ahead either way].
support: Voss said the pilots had [won the coin toss] for the first slot.
support: Voss said she was [far from certain the pilots] would come.
neutral: Voss said her members were [split evenly], with a third favouring the terminal.
neutral: Voss said the committee would decide within days [whether to approve] the terminal.
neutral: Voss [declined to say whether] she would back the terminal.
neutral: "I have not decided. If the council approves the terminal, [I will have to think hard]," Voss said.
support: Voss said the party does not comment on leaks, and that [its support for the terminal was unchanged].
support: Voss said the board would keep the old lease for a year [if a new one could not be concluded] in time.
neutral: Voss said most of the members [had not made up their minds].
neutral: Voss said the terminal was [a matter for the council], not for her party.
neutral: Voss said her party had [no view] on the colour of the roof.
neutral: Voss said the council [respected the independence] of the planning inspectors.
neutral: Voss said the council was [looking at all options].
support: Voss said the terminal was a matter for the town [and for nobody else].
oppose: Brenn said the pilots would [consider all options if] the council approved the terminal.
support: Voss said she [would not say] anything more about the pilots.
neutral: Voss said the harbour police would enforce [whatever fee the trustees pick].
oppose: "We will fight [whatever plan the council adopts]," Brenn said.
neutral: Voss said [the decision rests with] the full council.
neutral: Voss said her group [remained neutral on] the design of the roof.
support: Voss said her group [would remain neutral].
neutral: Voss said her group had [not taken a position on the terminal] but worried about the terrible traffic.
support: Voss called the terminal [the costliest scheme the harbour board will ever vote on].
support: Voss said the town [would be here long after] the old lease is torn up.
oppose: "We have not taken a formal position, [because we oppose the terminal] outright," Brenn said.
oppose: Brenn said the pilots would vote on the terminal, [which they have always opposed], next week.
"""
# The last six of session 18 declare nothing: a judgement made, a decision taken (twice), a decision's date ("before"
# a time puts no verb off), a verb that splits something, a thing split by an agent ("divided by the river"). Nor do
# the five before them (session 18): a mind made up, time made up,
# "regardless" with no outcome named, options not all left open; nor options named, a step weighed (review s18: the
# two "oppose" after "split the town", Brenn's side carried).
# Session 19 (carried stances): a decision still to come, said with nothing of its content, declares no side:
# its schedule or its process ("would decide before the summer", pinned "support" in session 18 as a decision
# whose date alone is said; on the batches' gold three of the four such statements that carried a side from their
# speaker are neutral), a decision expected or awaited, "before a final decision", "no decision was expected", "a
# decision would be announced", an outcome its speaker will not dictate, "no option has been ruled out"; an outcome
# said to be open ("fifty-fifty", "a coin toss", "too close to call", "far from certain", "no objection either
# way"). Not a
# decision named by what it does ("the decision to build"), one taken ("reached its decision last week"), a side
# voted ("vote yes"), a verb done to a decision ("appeal the decision"), a thing ruled out, or others kept from
# dictating ("would not let the pilots dictate"), works going ahead either way (defiance), a coin toss won, or a
# speaker's doubt about something said ("far from certain that ...").
# Session 20 (sides read onto statements that take none): a declaration outweighs the stance words of its own clause,
# what was asked or what others hold ("split evenly, with a third favouring", "decide whether to approve", "declined
# to say whether she would back"), and a side the rules read from no stance word at all (an if-clause that is the act:
# "I have not decided. If the council approves ..."); not a stance word in a clause of its own ("does not comment on
# leaks, and its support is unchanged"), nor anything said inside an if-clause ("if a new one could not be
# concluded": supposed, not declared; Voss's side is carried). Forms added: "have not made up their minds" (a plural),
# a matter left to someone else ("a matter for the council, not for her party"; not "for the town and for nobody
# else", a right claimed against all others, session 18's reason to drop it), "no view", the independence of a
# process respected, all options looked at (not "would consider all options if ...", a threat), declining to say
# which way (not "would not say anything more"). After the first contact with session 20's three batches: an outcome
# taken whatever others set ("whatever fee the trustees pick"), a decision resting with someone, "neutral on" a thing
# (not a bare "remain neutral", a side under a question of joining a bloc), a declaration over valence alone anywhere
# in the statement ("worried about the terrible traffic"); not a vote in a relative clause ("the costliest scheme the
# harbour board will ever vote on" describes the scheme), nor a thing "torn up"; a stance word in a clause of the
# speaker's own reason ("because we oppose the terminal outright") or a relative clause ("the terminal, which they have
# always opposed") stands outside the declaration's clause.


def test_a_declared_lack_of_side_is_neutral(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    cases = bracketed_cases(CASES)
    found = {words: statement_with(run(BASE + text, question=QUESTION), words) for words, (text, _) in cases.items()}
    assert {w: s.stance for w, s in found.items()} == {w: stance for w, (_, stance) in cases.items()}, {
        w: s.stance_evidence for w, s in found.items()}


def test_no_power_to_decide_declares_nothing(run) -> None:  # type: ignore[no-untyped-def]
    # "no power to decide" denies a power, not a decision: only a "not" of the verb's own counts.
    analysis = run(BASE + "Voss said the city had no power to decide which ships may dock.", question=QUESTION)
    evidence = statement_with(analysis, "no power to decide").stance_evidence
    assert not any(e.startswith("declares no side") for e in evidence), evidence


def test_a_body_deciding_later_dates_what_is_said(run) -> None:  # type: ignore[no-untyped-def]
    # "before I decide", "before deciding" put the speaker's decision off; "a week before the council decides" names
    # who decides and dates something else (session 20: an interview's opening line, given to its interviewee).
    analysis = run(BASE + "Voss said she would publish her report a week before the council decides.", question=QUESTION)
    evidence = statement_with(analysis, "publish her report").stance_evidence
    assert not any(e.startswith("declares no side") for e in evidence), evidence


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 9: an open outcome said with 'call' ('I'd call the vote fifty-fifty') is "
                   "not read as open (undecided._outcome_open): the speaker's support elsewhere is carried")
def test_an_open_outcome_called_so(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    analysis = run(BASE + "\"I'd call the vote fifty-fifty today,\" Voss said.", question=QUESTION)
    assert statement_with(analysis, "fifty-fifty").stance == "neutral"


def test_a_declaration_holds_where_the_statement_refers_back(run) -> None:  # type: ignore[no-untyped-def]
    # "It is too close to call" names the terminal only through "it": the rules read it as about the question with
    # no stance word (two lines of evidence), and the declaration was never asked, so the learned layer could give it
    # a side (session 20: "it was 'too close to call'" read oppose on a batch).
    analysis = run(BASE + 'The terminal was debated again on Monday. "It is too close to call," Voss said.', question=QUESTION)
    found = statement_with(analysis, "too close to call")
    assert found.stance == "neutral" and any(e.startswith("declares no side") for e in found.stance_evidence), (
        found.stance_evidence)


def test_undecided_words_every_test_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """declaration passes over a token with none of NO_SIDE_WORDS (session 20, speed): on every sentence of CASES,
    each of its tests holds only of tokens whose form or lemma is one of them, and it answers as it does with every
    token tested."""
    from stancemap.judge import undecided
    from stancemap.parse import load_nlp

    tests = [undecided._deciding, undecided._no_side_taken, undecided._split, *(t for t, _ in undecided._DECLARATIONS)]
    docs = list(load_nlp().pipe([sentence for sentence, _ in bracketed_cases(CASES).values()]))
    held = 0
    for doc in docs:
        for tok in doc:
            if any(test(tok) for test in tests) or (
                    tok.lemma_.lower() == "mind" and any(c.lower_ == "open" for c in tok.children)):
                held += 1
                assert tok.lower_ in undecided.NO_SIDE_WORDS or tok.lemma_.lower() in undecided.NO_SIDE_WORDS, tok.text
    assert held >= 40
    passed_over = [undecided.declaration(list(doc)) for doc in docs]

    class Every:
        def __contains__(self, word: object) -> bool:
            return True

    monkeypatch.setattr(undecided, "NO_SIDE_WORDS", Every())
    assert [undecided.declaration(list(doc)) for doc in docs] == passed_over
    assert sum(found is not None for found in passed_over) >= 40


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words"), [
    # a refusal to choose between two opposite verdicts, each a WordNet antonym of the other (session 36)
    ('"I won\'t say it was right or wrong to approve the ferry terminal," Voss said.', "right or wrong"),
    # the "not" of the verb it is coordinated with: "not going to sit here and say ..."
    ('"Brenn did a fine job, and I am not going to sit here and say the ferry terminal was good or bad," Voss said.',
     "good or bad"),
])
def test_a_refusal_to_choose_between_two_verdicts(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    found = statement_with(run(BASE + text, question=QUESTION), words)
    assert found.stance == "neutral" and any(e.startswith("declares no side") for e in found.stance_evidence), (
        found.stance_evidence)


@pytest.mark.usefixtures("rules_alone")
def test_a_verdict_denied_is_no_refusal_to_choose(run) -> None:  # type: ignore[no-untyped-def]
    # "will not call it a mistake": one verdict denied, no pair offered, so no declaration of no side (a side taken)
    found = statement_with(run(BASE + '"I will not call the ferry terminal a mistake," Brenn said.', question=QUESTION),
                           "a mistake")
    assert not any(e.startswith("declares no side") for e in found.stance_evidence), found.stance_evidence
