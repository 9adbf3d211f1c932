"""If-clauses on the act refused or put off, with a threat or a harm after them, demand the act
(judge/act_demanded.py, issue 9, session 18). Invented sentences on several question shapes."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
RENEW = "Will the Media Council renew the licence of Radio Calde?"
ACCEPT = "Will the nurses accept the pay offer?"
BAN = "Should Calde ban coal heating?"
APPROVE = "Will the council approve the new library?"
TRUCE = "Will the Ostrava truce hold?"
STRIKE = "Will the court strike down the housing act?"
LEGALISE = "Should Marland legalise recreational cannabis?"


# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a word of refusing, in the lexicon or by its WordNet kind ("spurn" is a kind of "refuse")
    (RENEW, 'Vost said: "The licence runs out on Friday. If they refuse, we go straight to the high court the next '
     'morning."', "high court", "support"),
    # with a side said in words, the threat presses it
    (RENEW, 'Vost said: "The licence should be renewed. If they refuse, the high court will hear from us."',
     "high court", "support"),
    (RENEW, 'Vost said: "If the council spurns the licence, we will take it to the high court."', "high court",
     "support"),
    (ACCEPT, 'Vost said: "If the offer is rejected, the wards will lose another forty nurses by spring."',
     "lose another forty", "support"),
    # putting it off: "hesitate" is a kind of "delay" in WordNet; under a privative question too
    (BAN, 'Vost said: "If the mayor hesitates over the coal ban, we will do it ourselves after the election."', "do it ourselves",
     "support"),
    (APPROVE, 'Vost said: "If councillors vote the library down on Friday, we will organise a petition."',
     "organise a petition", "support"),
    # not: the speaker's own side refusing, a refusal of something else, "only if", a side said in words
    # (session 41: the speaker's own act supposed with no side in the main clause is neutral, not conditional:
    # stance.py _own_act, tests/judge/test_stance_own_act.py; still no support)
    (RENEW, 'Vost said: "If we refuse, nobody else will take the licence on."', "nobody else", "neutral"),
    (APPROVE, 'Vost said: "If the council rejects the car park, we will start a petition for the library."', "start a petition",
     "conditional"),
    (APPROVE, 'Vost said the group would accept the library only if the council delays the car park.',
     "accept the library", "conditional"),
    # a refusal of another act ("stops moving troops"), or a privative question's act in other words: no refusal
    (TRUCE, 'Vost said: "The truce will hold through the winter if the army stops sending troops into Ostrava."',
     "truce will hold", "conditional"),
    (STRIKE, "Vost said the government would change the constitution if the housing act is struck down.",
     "change the constitution", "oppose"),
    # a passive whose subject the tagger reads as an active one's is still what is refused
    (LEGALISE, "Vost said she could accept legal recreational cannabis if sales to teenagers were banned and "
     "advertising was outlawed.", "accept legal recreational cannabis", "conditional"),
    # an order read as an if-clause is a demand, not the act refused
    (ACCEPT, 'Vost said: "Shelve the pay offer and you have our votes on the budget."', "you have our votes",
     "conditional"),
])
def test_threat_on_the_act_refused(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_threat_if_the_state_has_not_come_in_other_words(run) -> None:  # type: ignore[no-untyped-def]
    """"over" shares a WordNet sense with "ended", the state "end" brings about (act_demanded.in_result_state)."""
    text = INTRO + ('Vost said: "If the lockout is not over by June, the council will hire private coaches. '
                    'Nobody wants that."')
    statement = statement_with(run(text, question="Will the Calde lockout end before June?"), "hire private coaches")
    assert statement.stance == "support", statement.stance_evidence


def test_elided_act_named_before(run) -> None:  # type: ignore[no-untyped-def]
    """A quotation split by its cue, whose second piece threatens if the act the first names is not done:
    "If it does not" elides that act (stance._with_conditions, score 0 with "refers back to" the act)."""
    text = INTRO + ('"We expect the council to approve the new library," Vost said. "If it does not, we will take '
                    'the plan to the voters ourselves."')
    statement = statement_with(run(text, question=APPROVE), "If it does not")
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words"), [
    # a vote for the act, or the deciding body's yes, is the act decided: what follows is its consequence
    ("Will the Farmers' League boycott the county fair?",
     "Vost said her members would hold their own fair if the League's congress votes for a boycott.", "their own fair"),
    (APPROVE, "Vost said her group would seek a judicial review the moment the council says yes.", "judicial review"),
])
def test_a_vote_for_the_act_is_its_trigger(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == "oppose", statement.stance_evidence


MERGE = "Will the board approve the merger?"
LAUNCH = "Will the agency launch the rocket on Friday?"


@pytest.mark.parametrize(("question", "text", "words"), [
    # the refusal welcomed: what follows it is judged good, no threat (act_demanded._welcomed)
    (MERGE, 'Vost said: "If the board rejects the merger, shareholders will be far better off."', "better off"),
    # put off by no one: a thing that happens, with a plain forecast after it (act_demanded._by_someone)
    (LAUNCH, 'Vost said: "If bad weather delays the launch, the crew will try again on Saturday."', "try again"),
    # the deciding body's vote for another thing is no yes to the act (stance._voted_for)
    (APPROVE, 'Vost said: "If the council votes for the car park instead, we will go to court."', "go to court"),
])
def test_no_threat_on_the_act_refused(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == "conditional", statement.stance_evidence


def test_a_body_refusing_is_someone(run) -> None:  # type: ignore[no-untyped-def]
    """"the bank" is first a slope to WordNet, yet no thing that happens: its refusal is a threat's trigger
    (act_demanded._by_someone reads HAPPENINGS, not a list of beings)."""
    text = INTRO + 'Vost said: "If the bank rejects the merger, we will take our deposits elsewhere."'
    statement = statement_with(run(text, question=MERGE), "deposits elsewhere")
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "conditional"), [
    # an order on the question's thing, with its outcome foretold: an argument about the act, no price of a side
    ('"Build the library and you will have a white elephant on the square," Vost said.', "white elephant", False),
    # the outcome a side or a deal: the order is its price, as before
    ('"Shelve the library for a year and our votes are yours," Vost said.', "our votes", True),
    ('"Scale down the library and you will have our backing," Vost said.', "our backing", True),
])
def test_an_order_of_the_act_foretold(run, text: str, words: str, conditional: bool) -> None:  # type: ignore[no-untyped-def]
    """act_demanded.ordered_outcome (session 32): the order stays listed (demands._give_us_and), the label follows."""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert (statement.stance == "conditional") is conditional, statement.stance_evidence
    if not conditional:
        assert any(e.startswith("an order's outcome foretold") for e in statement.stance_evidence), \
            statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "conditional"), [
    # an order on others that asks nothing for the speaker, its consequence foretold: an argument, no price (session 33)
    ('"The new library is for everyone. Charge them ten marks and they will go to the bookshop in Tarn," Vost said.',
     "bookshop in Tarn", False),
    # an order that asks something for the speaker is a price of a side, whatever follows
    ('"The new library is for everyone. Give us a reading room on paper and the whole ward will stand behind you," '
     "Vost said.", "whole ward", True),
])
def test_an_order_on_others_foretold(run, text: str, words: str, conditional: bool) -> None:  # type: ignore[no-untyped-def]
    """act_demanded.ordered_outcome, the order naming neither the act nor its thing (session 33)."""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert (statement.stance == "conditional") is conditional, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "conditional"), [
    # an order on something else that the question's own thing then follows from, said to be there or not: a condition
    # of it (act_demanded._the_question_follows; session 35)
    ("Is there a shortage of school places in Calde?",
     '"The figures are padded. Drop the new estate from the count and there is no shortage left at all," Vost said.',
     "left at all", True),
    # the thing only named after the order: what the order would do to it, argued (session 32's reading stays)
    (APPROVE, '"Cut the grant and the library closes within a year," Vost said.', "closes within", False),
])
def test_an_order_the_question_follows_from(run, question: str, text: str, words: str, conditional: bool  # type: ignore[no-untyped-def]
                                            ) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert any("Drop the new estate" in c or "Cut the grant" in c for c in statement.conditions), statement.conditions
    foretold = any(e.startswith("an order's outcome foretold") for e in statement.stance_evidence)
    assert foretold is not conditional, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ('Vost said: "If the council drags this out beyond the summer, we will take them to the tribunal."',
     "take them to the tribunal", "support"),
    ('Vost said: "We expect a vote in March, and if the council strings the new library out in committee we will go '
     'to the tribunal."', "go to the tribunal", "support"),
    # drawing out something else is no threat on the act
    ('Vost said: "If the builders drag the work out, the new library will cost more."', "cost more", "oppose"),
])
def test_a_threat_if_the_act_is_dragged_out(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_breakup's and q_recall's shape): "if X drags this out, we will go to the tribunal": a
    phrasal verb of drawing the act out (act_demanded.DRAWING_OUT, which WordNet files under "lengthen", not "delay")
    puts it off, as "delay" does: the threat demands the act."""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert statement.stance == stance, statement.stance_evidence
