"""Conditions as spans and normalized phrases."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "condition", "kind"), [
    ("Marsh said Osterland would join the Pact only after the war ends.", "would join", "only after the war ends",
     "after"),
    ("Marsh said Osterland would not join until the fighting stops.", "would not join", "until the fighting stops",
     "until"),
    ("Marsh said Osterland would join once the reforms are complete.", "would join", "once the reforms are complete",
     "once"),
    ("Marsh said the country would join if voters approve it in a referendum.", "would join",
     "if voters approve it in a referendum", "if"),
    ("Marsh said the country must first carry out reforms of its courts.", "must first carry out",
     "must first carry out reforms of its courts", "must first"),
    ("Marsh said Osterland could join on condition that the border is settled.", "could join",
     "condition that the border is settled", "depends on"),
    ("Marsh said Osterland would back the plan provided that observers are deployed.", "would back the plan",
     "provided that observers are deployed", "provided"),
    ("Marsh said Osterland had to settle the dispute before it can join the bloc.", "settle the dispute",
     "before it can join the bloc", "before"),
    ("Marsh said Osterland should not join while foreign troops remain on its soil.", "should not join",
     "while foreign troops remain on its soil", "while"),
    ('Marsh said that without a ceasefire there would be no invitation to join the Pact.', "no invitation",
     "without a ceasefire", "requires"),
    # "as long as" whose "long" the parser hangs under the clause's last word: the whole clause, not "as long".
    ('Marsh said Osterland "could live with a quarter point, as long as the bank signals no further cuts this year".',
     "could live with", "as long as the bank signals no further cuts", "as long as"),
    # "when there is X": a state yet to come about (not "when there was": see below).
    ("Marsh said Osterland expects to be back at the table when there is a fair offer.", "expects to be back",
     "when there is a fair offer", "when"),
    # "once" hung by the parser on the clause's subject ("once replacement monitors arrive").
    ("Marsh said the mission would begin once replacement monitors arrive from the capital.", "would begin",
     "once replacement monitors arrive", "once"),
    # "while" under a verb whose negation is one step up ("will not vote to keep X while ...").
    ("Marsh said her deputies will not vote to keep the cabinet in office while the levy stands.", "will not vote",
     "while the levy stands", "while"),
    # an order joined by "and" to what follows from it.
    ('Marsh was blunt. "Drop the levy and you have our nine votes," she said.', "Drop the levy", "Drop the levy",
     "if"),
    # "within two days of X" on an act yet to come: X must happen first.
    ("Marsh said Osterland could sign within two days of a yes vote in parliament.", "could sign",
     "within two days of a yes vote", "after"),
    # "only" before a preposition limits the act to a scope (test_conditions_only_scope).
    ("Marsh said Osterland would allow the sale only through licensed pharmacies.", "would allow the sale",
     "only through licensed pharmacies", "requires"),
    ("Marsh said the state could apologise, but only on behalf of the government.", "could apologise",
     "only on behalf of the government", "requires"),
    ("Marsh said she could see the case for an apology, but only on behalf of the state.", "see the case",
     "only on behalf of the state", "requires"),
    ("Marsh said the fund would back the offer only at 48 crowns a share or more.", "would back the offer",
     "only at 48 crowns a share", "requires"),
])
def test_conditions_markers(run, text: str, words: str, condition: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text), words)
    assert any(condition in c for c in statement.conditions), statement.conditions
    assert any(n.startswith(kind + ":") for n in statement.conditions_normalized), statement.conditions_normalized


def test_conditions_stated_in_the_next_sentence(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + ("Marsh said Osterland would support an invitation. That support, she added, would come only "
                    "after the fighting ends.")
    statement = statement_with(run(text), "would support an invitation")
    assert any("after the fighting ends" in c for c in statement.conditions)
    assert statement.stance == "conditional"


@pytest.mark.parametrize("text", [
    "Marsh said the talks resumed after the holiday.",
    "Marsh said the country would apply, while her deputy said the talks were slow.",
    "Marsh said that if anyone believes the country will give up, they are wrong.",
    "Marsh said the delegates left when there was a fire alarm.",
    "Marsh said the plant closed within weeks of the vote.",
    'Marsh said: "Go home and rest."',
    'Marsh was blunt. "Give me four more years and I will finish the job," she said.',
    "Marsh said Osterland would vote on the plan only in March.",
])
def test_conditions_not_every_clause_is_one(run, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    assert all(not s.conditions for s in analysis.statements if "Marsh" not in s.content)


def test_conditions_first_without_auxiliary_does_not_crash(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh said that Osterland needs reforms first and will then apply to join the Pact.")
    assert analysis.statements


# Conditions said without a marked conditional clause (judge/demands.py), on questions of other shapes.
APPROVAL = "Will the Varnholm Competition Board approve Halvex Telecom's merger with Orlin Mobile?"
BAN = "Should Marivel ban large cruise ships from its Old Harbour?"
BILL = "Will the Kestland Assembly pass the Data Retention Bill?"


@pytest.mark.parametrize(("question", "text", "words", "condition"), [
    (APPROVAL, "The union said it could now support the merger provided Halvex guarantees no compulsory redundancies.",
     "could now support", "provided Halvex guarantees no compulsory redundancies"),
    (APPROVAL, "The union said it would back the merger provided at least half of the staff was kept on.",
     "would back the merger", "provided at least half of the staff was kept on"),
    (BAN, "Rinaldi said she will vote for the ban now that the retraining fund has been adopted.",
     "will vote for the ban", "now that the retraining fund has been adopted"),
    (BAN, "Corsi said his party would overturn the ban the moment it won control of the regional government.",
     "would overturn the ban", "the moment it won control of the regional government"),
    (APPROVAL, "Ostgaard said any remedy would need to create a credible fourth operator before the merger is cleared.",
     "any remedy", "create a credible fourth operator"),
    (APPROVAL, 'Ebbert said: "We are not cheerleaders for this merger, but a written jobs guarantee would change our position."',
     "cheerleaders", "a written jobs guarantee"),
    (BAN, "Palladino said the guild would oppose any ban that was not accompanied by a plan to bring visitors back.",
     "would oppose any ban", "that was not accompanied by a plan to bring visitors back"),
    (BAN, 'Rusev said of the cruise ban: "Give us that in writing and you will have the dockers with you."',
     "Give us that", "Give us that in writing"),
    (BAN, 'Kovacs said: "The ships leave first, and we sign the ban afterwards."', "ships leave first",
     "The ships leave first"),
    (BAN, 'Kovacs said: "We are ready to back a ban. Our condition is simple: a new terminal for the ships."',
     "ready to back a ban", "a new terminal for the ships"),
    (APPROVAL, "Forsgard said the government would insist on keeping its golden share if the merger went ahead.",
     "golden share", "keeping its golden share"),
    (APPROVAL, 'Proskell said the merger could not be approved yet. "Not without a binding cap on prices."',
     "could not be approved", "Not without a binding cap on prices"),
    (BAN, "Tarvald said: We only vote for the ban with the two berths written into the bylaw.",
     "only vote for the ban", "with the two berths written into the bylaw"),
    (APPROVAL, "Proskell said: Without a binding jobs guarantee, this council will oppose the merger.",
     "will oppose the merger", "Without a binding jobs guarantee"),
    (BILL, "Brekkestad said her party wanted the retention period cut from twelve months to six before it backs the bill.",
     "retention period", "the retention period cut from twelve months to six"),
    (APPROVAL, "Proskell said she would stop opposing the merger after Nettra signs a binding mast-access contract.",
     "stop opposing", "after Nettra signs a binding mast-access contract"),
    (APPROVAL, "Greybrook said it may have to accept the merger in return for compensation.", "accept the merger",
     "for compensation"),
    # session 6: "provided" with no "that", "assuming", an inverted "should", a side that "would require" X,
    # X "a precondition for" a side
    (BAN, "Tarvald said she would back the ban provided the ferries keep running.", "back the ban",
     "provided the ferries keep running"),
    (BAN, "Tarvald said she would back the ban, assuming the ferries keep running.", "back the ban",
     "assuming the ferries keep running"),
    (BAN, "Tarvald said she would back the ban should the ferries keep running.", "back the ban",
     "should the ferries keep running"),
    (APPROVAL, "Proskell said any support for the merger would require a binding jobs guarantee.", "support for the merger",
     "a binding jobs guarantee"),
    (APPROVAL, "Proskell said a binding jobs guarantee was a precondition for her support of the merger.",
     "precondition", "a binding jobs guarantee"),
    # "X, or there is no Y"; "X may be enough to allow us to ..."; "not ready to ..., calling for X"; "when it is safe"
    (BAN, '"If the berths are built, the city pays for them, or there is no ban," Tarvald said.', "no ban",
     "the city pays for them"),
    (APPROVAL, 'Proskell told the council that a jobs guarantee "may be enough to allow us to approve the merger."',
     "enough", "a jobs guarantee"),
    (APPROVAL, "The union is not ready to accept the merger in its current form, Proskell said, calling for a binding "
               "jobs guarantee.", "not ready", "a binding jobs guarantee"),
    (BAN, '"We will approve the ban when it is safe for the ferries," Tarvald said.', "approve the ban",
     "when it is safe for the ferries"),
    # session 16: "without X" after a side refused
    (BAN, "Tarvald said her party would not support a ban without binding guarantees on berths and jobs.",
     "would not support", "without binding guarantees on berths and jobs"),
    # session 16: "the day X, I will Y" with the time hung on X's verb; the demand said as a noun phrase before ", or"
    (BAN, 'Corsi said: "The day I feel I have lost the voters, I will drop the ban myself."', "drop the ban",
     "The day I feel I have lost the voters"),
    (BAN, 'Tarvald said: "Two new berths, written into the bylaw, or we walk away from it."', "Two new berths",
     "Two new berths, written into the bylaw"),
    # session 25: "want X done" parsed as an object with a participle on it or on its last noun
    (BILL, "Solhaug said her group would keep talking but wanted strict time limits written into the bill.",
     "keep talking", "strict time limits written into the bill"),
    (BILL, "Solhaug said her group wants the courts' powers over the archive protected as well.",
     "wants the courts", "the courts' powers over the archive protected"),
])
def test_conditions_demands_of_any_proposition(run, question: str, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question), words)
    assert any(condition in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "condition"), [
    # the without hung on the refused side's complement: a gerund it takes, or its preposition's object
    ("Tarvald said her party would not support extending the ban without a new terminal for the ferries.",
     "would not support", "without a new terminal for the ferries"),
    ("Tarvald said her party would not sign off on a total ban without a written plan for the ferry crews.",
     "would not sign off", "without a written plan for the ferry crews"),
])
def test_without_on_a_refused_sides_complement(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    """Session 25: "would not support renewing X without Y", "would not sign off on X without Y": Y is what the
    refused side requires, however the parser hung the "without" (on the gerund, on the preposition's object); the
    same words with the side taken, or said of a past act, are no condition."""
    statement = statement_with(run(INTRO + text, BAN), words)
    assert any(condition in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", (statement.stance, statement.stance_evidence)
    statement = statement_with(run(INTRO + "Tarvald said the harbour had closed the terminal without a word to "
                                           "the ferry crews.", BAN), "closed the terminal")
    assert not statement.conditions, statement.conditions


def test_depends_on_things_named_after_a_colon(run) -> None:  # type: ignore[no-untyped-def]
    """Session 25: "depends on a pair of open questions: the price of X and the life of Y": the things named after
    the colon (with only a cue between, '... questions," he said: the price ...') are what it depends on."""
    question = "Will the Velden council approve the harbour plan?"
    statement = statement_with(run(INTRO + "Councillor Ivo Brand spoke after the vote. "
                                           '"My vote on the harbour plan depends on a pair of open questions," he '
                                           "said: the price of the sea wall and the life of the old quay.", question),
                               "depends on")
    assert any("the price of the sea wall" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Councillor Ivo Brand said his vote on the harbour plan depends on the "
                                           "survey. He added two more points: the quay and the road.", question),
                               "depends on")
    assert not any("the quay and the road" in c for c in statement.conditions), statement.conditions


def test_before_taking_a_side(run) -> None:  # type: ignore[no-untyped-def]
    """Session 25: "would want to see X before approving it", "would ask them to publish X before backing it": a
    before-phrase whose gerund is the question's act or a side taken, under a modal or a verb of wanting, makes what
    the speaker wants done first the condition (from the verb it hangs on); the same phrase in a past narrative
    dates."""
    statement = statement_with(run(INTRO + "Allemby said the union would want to see the full staffing plan before "
                                           "approving the merger.", APPROVAL), "would want to see")
    assert any("the full staffing plan" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Allemby said the union would ask Halvex to publish its staffing plan "
                                           "before backing the merger.", APPROVAL), "would ask Halvex")
    assert any("publish its staffing plan" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Allemby said the union read the staffing plan before backing the deal.",
                                   APPROVAL), "read the staffing plan")
    assert not statement.conditions, statement.conditions


@pytest.mark.parametrize(("question", "text", "words"), [
    (APPROVAL, "Allemby said the state provided funding for the merger review in March.", "provided funding"),
    (BAN, "Marsh said Marivel would not accept any ban that limited its right to choose its visitors.", "would not accept"),
    (BAN, "Marsh said the council would decide on the ban days after the harbour report appears.", "would decide"),
    (BILL, "Solhaug said her group wants the bill withdrawn altogether, not amended.", "withdrawn"),
    # (a participle inside a clause on the object: no small clause of "want")
    (BILL, "Solhaug said both parties want one outcome, which is data stored in Kestland.", "one outcome"),
])
def test_conditions_demands_that_are_not_conditions(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question), words)
    assert not statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words", "stance"), [
    # A threat's trigger: the proposition itself, with a consequence that does not name it.
    ("Marsh said Karsovia would take all necessary measures if the alliance accepted the application.",
     "all necessary measures", "oppose"),
    # An exchange's price that is the proposition's opposite.
    ("Marsh said Karsovia offered a treaty that would guarantee the borders in exchange for a permanent renunciation "
     "of membership in the alliance.", "guarantee the borders", "oppose"),
])
def test_conditions_set_apart_trigger_and_price(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text), words)
    assert not statement.conditions, statement.conditions
    assert statement.stance == stance
    assert any(e.startswith("not a condition") for e in statement.stance_evidence), statement.stance_evidence


def test_conditions_a_requirement_is_never_a_trigger(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Marsh said her faction would only accept membership if it were approved in a referendum."
    statement = statement_with(run(text), "only accept membership")
    assert any("referendum" in c for c in statement.conditions)


def test_conditions_the_example_corpus_has_no_pseudo_conditions(example_json) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: no condition in the examples' output is the terms a source spoke on, a threat's
    trigger or an exchange's price; the statements that said them keep their stance (oppose)."""
    statements = example_json["statements"]
    conditions = [c.lower() for s in statements for c in s["conditions"]]
    assert not [c for c in conditions if "anonymity" in c or "anonymous" in c]
    assert not [c for c in conditions if "accepted the application" in c or "invites valdoria" in c]
    assert not [c for c in conditions if "renunciation" in c]
    for s in statements:
        if "all necessary measures" in s["content"] or "in exchange for a permanent renunciation" in s["content"]:
            assert s["stance"] == "oppose", s
            assert any(e.startswith("not a condition") for e in s["stance_evidence"]), s


def test_conditions_a_plea_for_the_proposition_is_no_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Brask said: "Give me four more years and I will finish the job."'
    statement = statement_with(run(text, "Will Lucian Brask win re-election as mayor of Veyport?"), "four more years")
    assert not statement.conditions


def test_conditions_only_scope(run) -> None:  # type: ignore[no-untyped-def]
    """Support held to a scope is conditional; a time after "only" is not a condition."""
    statement = statement_with(run(INTRO + "Marsh said Osterland would join the Pact only for a trial period of "
                                           "five years."), "would join the Pact")
    assert any("only for a trial period" in c for c in statement.conditions), statement.conditions


def test_conditions_a_list_cut_after_its_first_item(run) -> None:  # type: ignore[no-untyped-def]
    """Session 14: "only with X, Y and Z" that the parser cuts after X (Y hung loose on the verb) holds Y and Z too;
    "only with a guarantee, the union said" stops at the comma (judge/conditions_only.py)."""
    text = ('Tamsin Orr said: "If the council does go ahead, it should do so only with a small trial quota, independent '
            'wardens on every pier and an automatic ban if the numbers fall."')
    conditions = statement_with(run(text, "Will the council lift the Selby Cove ban?"), "small trial quota").conditions
    assert any("trial quota" in c and "wardens" in c and "automatic ban" in c for c in conditions), conditions
    alone = run('"We would back the lifting only with a guarantee," the union said.', "Will the council lift the Selby Cove ban?")
    assert statement_with(alone, "only with a guarantee").conditions == ["only with a guarantee"]


def test_conditions_coordinated_if(run) -> None:  # type: ignore[no-untyped-def]
    """Two clauses joined under one "if" are one condition; a clause joined to the main verb is not in it."""
    question = "Will Calvesta extradite Emil Varsk?"
    both = run('"If there were a permanent independent monitor with unannounced access, and the case were moved '
               'out of the economic court for good, I would accept the extradition," said Bertil Sondre.', question)
    conditions = statement_with(both, "unannounced access").conditions
    assert any("monitor" in c and "economic court" in c for c in conditions), conditions
    main = run('"We will back the extradition if the court agrees, and we will say so in parliament," said Mara Kovin.',
               question)
    assert statement_with(main, "back the extradition").conditions == ["if the court agrees"]


def test_condition_never_once_is_how_often(run) -> None:  # type: ignore[no-untyped-def]
    """"has never once asked": how often, not a condition (judge/conditions.py)."""
    analysis = run("Harbour Party leader Mara Kovin spoke in Tessel.\n\nKovin said the minister had never once asked "
                   "the dockers what they earn.", question="Will the assembly pass the harbour bill?")
    statement = next(s for s in analysis.statements if "never once" in s.content)
    assert not statement.conditions, statement.conditions


def test_conditions_a_second_clause_under_one_marker(run) -> None:  # type: ignore[no-untyped-def]
    """Session 14: "as long as A and B" with B's clause hung on the main verb by the parser is one condition holding
    both; a second main clause (", and we will ...") stays out (test_conditions_coordinated_if)."""
    question = "Will Tarsia and Meln sign the river accord?"
    text = ('"We could accept a gradual change as long as our fishing rights are written into the text and the change '
            'is reviewed by independent experts," said Ilse Varga.')
    conditions = statement_with(run(text, question), "gradual change").conditions
    assert any("fishing rights" in c and "independent experts" in c for c in conditions), conditions


def test_conditions_a_fact_told_after_the_condition_is_not_one(run) -> None:  # type: ignore[no-untyped-def]
    """"as long as A and B" where B is past or perfect and A is not: B tells what happened, it is no second
    condition (review of session 14's _second_clause; red before: 'as long as jobs are protected and members
    voted for it last night')."""
    question = "Will Tarsia and Meln sign the river accord?"
    text = ('"We back the river accord as long as jobs are protected and our members voted for it last night," '
            'said Ilse Varga.')
    conditions = statement_with(run(text, question), "river accord").conditions
    assert any("jobs are protected" in c for c in conditions), conditions
    assert not any("voted" in c for c in conditions), conditions
