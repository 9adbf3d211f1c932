"""Conditions cut short by the parser, conditions said in other shapes, and a refusal before a clause (judge/conditions.py,
conditions_only.py, conditions_with.py, conditions_terms.py, demands.py, if_idioms.py; issue 9,
session 21). Invented sentences; a case green before its rule is a guard on the outcome (a parse that needs no rule)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIBRARY = "Will the council approve the new library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "wanted"), [
    ("Vost said the council had made its approval of the library conditional on the roof being repaired and an "
     "independent audit of the building fund.", "approval", "independent audit"),
    ("The trust said it would fund the library, but made the money conditional on a lease being agreed and a yearly "
     "report on its use.", "fund the library", "yearly report"),
])
def test_a_second_thing_depended_on(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions


def test_a_second_thing_depended_on_not_a_new_clause(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vost said her support for the library depended on the survey and the mayor would decide in May."
    statement = statement_with(run(INTRO + text, question=LIBRARY), "depended")
    assert statement.conditions and not any("mayor" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ('"We will not back the library before the roof survey is published," Vost said.', "not back"),
    ("Vost demanded that no work on the library start before the roof survey is published.", "no work"),
])
def test_not_before_a_clause(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any("roof survey" in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    ("Vost said the library could not open before 2030.", "could not open"),  # a date
    ("Vost said the council did not consult readers before it drew up the library plan.", "consult"),  # a past fact
    ("Vost said the council would not approve the library, hours before the budget talks opened.", "not approve"),
])
def test_not_before_a_date_or_a_fact(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not any("before" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize("text", [
    "Vost said she could accept the library, but only with a cap on fees.",
    '"We will back the library, but only with a cap on fees," Vost said.',
])
def test_but_only_with(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert any("cap on fees" in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


def test_a_list_of_conditions(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Vost said the library would get her vote if the fees were capped at ten euros, the roof was repaired and the "
            "reading room was kept.")
    statement = statement_with(run(INTRO + text, question=LIBRARY), "vote")
    assert any("reading room was kept" in c and "fees were capped" in c for c in statement.conditions), \
        statement.conditions


@pytest.mark.parametrize(("text", "words", "wanted"), [
    # (each red without the rule: the parser reads only "that" as a marker, "those" stays the clause's object)
    ('Vost said: "If the trust mends that, we will back the new library."', "we will back", "If the trust mends that"),
    ('Vost said: "If the trust builds that, our group will back the new library."', "our group will back",
     "If the trust builds that"),
    # the other parse (session 37): the main clause read as the condition's complement, "that" its marker
    ('Vost said: "If the trust repairs that, we will back the new library."', "we will back",
     "If the trust repairs that"),
])
def test_a_demonstrative_object_before_the_comma(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    """A fronted condition's object "that" the parser read as the main clause's marker (session 36,
    conditions._pro_form_object); a verb with its own object keeps its end."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert wanted in statement.conditions, statement.conditions
    guard = statement_with(run(INTRO + 'Vost said: "If the county builds the road, that is fine and we will back the new '
                                       'library."', question=LIBRARY), "we will back")
    assert guard.conditions == ["If the county builds the road"], guard.conditions


def test_a_list_of_conditions_not_a_new_clause(run) -> None:  # type: ignore[no-untyped-def]
    text = '"We will back the library if the fees are capped, the roof is repaired and we will say so," Vost said.'
    statement = statement_with(run(INTRO + text, question=LIBRARY), "back the library")
    assert not any("say so" in c for c in statement.conditions), statement.conditions


def test_an_order_and_a_side(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + '"Fix the roof, and the library has our vote," Vost said.', question=LIBRARY),
                               "our vote")
    assert any("Fix the roof" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + '"Look at the figures, and the library makes no sense," Vost said.',
                                   question=LIBRARY), "no sense")
    assert not statement.conditions, statement.conditions


def test_conditions_listed_after_a_colon(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vost said the Green Union would back the library on two conditions: a cap on fees and a new reading room."
    statement = statement_with(run(INTRO + text, question=LIBRARY), "two conditions")
    assert any("cap on fees" in c and "reading room" in c for c in statement.conditions), statement.conditions


def test_an_order_and_we_can(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + '"Cut the fees and we can talk," Vost said of the library.', question=LIBRARY),
                               "we can talk")
    assert any("Cut the fees" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "wanted"), [
    ('"With a bigger grant from the state, the library could open on Sundays," Vost said.', "open on Sundays",
     "bigger grant"),
    ("Vost said that with a smaller car park, her group could support the library.", "could support", "smaller car park"),
    ("Vost said her group could support the library with a smaller car park.", "could support", "smaller car park"),
])
def test_with_more_or_less(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    ('"With more people using the branch, the library makes sense," Vost said.', "makes sense"),  # a state said
    ('"With fewer readers last year, the library lost money," Vost said.', "lost money"),  # a past fact
    ('"With more time, we could have done better," Vost said of the library.', "done better"),  # a time
])
def test_with_more_or_less_not_a_state_or_a_fact(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not statement.conditions, statement.conditions


def test_before_it_will(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vost said her group wants a smaller car park before it will consider the library."
    statement = statement_with(run(INTRO + text, question=LIBRARY), "smaller car park")
    assert any("smaller car park" in c for c in statement.conditions), statement.conditions


def test_barring(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vost said the council would approve the library in the spring, barring another flood in the basement."
    statement = statement_with(run(INTRO + text, question=LIBRARY), "approve")
    assert any(c.startswith("barring another flood") for c in statement.conditions), statement.conditions


def test_no_x_without_y(run) -> None:  # type: ignore[no-untyped-def]
    text = '"There can be no vote on the library without a full survey of the old building," Vost said.'
    statement = statement_with(run(INTRO + text, question=LIBRARY), "no vote")
    assert any("full survey" in c for c in statement.conditions), statement.conditions


def test_one_more_and(run) -> None:  # type: ignore[no-untyped-def]
    text = '"Another rise in the fees and the library will be empty by June," Vost said.'
    statement = statement_with(run(INTRO + text, question=LIBRARY), "empty")
    assert any("rise in the fees" in c for c in statement.conditions), statement.conditions
    text = '"One more thing: the library was built in 1902, and the roof is original," Vost said.'
    statement = statement_with(run(INTRO + text, question=LIBRARY), "original")
    assert not statement.conditions, statement.conditions


def test_an_order_and_a_promise(run) -> None:  # type: ignore[no-untyped-def]
    text = '"Find me a single reader who wants the old building kept, and I will change my mind," Vost said of the library.'
    statement = statement_with(run(INTRO + text, question=LIBRARY), "change my mind")
    assert any("a single reader" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "wanted"), [
    ('"The board will say yes to the library, but a yes with a long list of demands attached," Vost said.', "long list",
     "demands attached"),
    ('"With a fee cap on paper, the union can say yes to the library," Vost said.', "say yes", "fee cap"),
])
def test_a_side_with_a_state(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ("Vost said the council had to act fast if the library was to open on time.", "act fast"),  # a purpose
    ("Vost said no amount of conditions would win her over on the library.", "no amount"),  # none would do
    ("Vost said her group would take the council to court if the library was approved.", "to court"),  # a place
])
def test_no_condition_of_the_side(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance != "conditional" or not any(
        w in " ".join(statement.conditions) for w in ("to open on time", "conditions", "the council")), (
        statement.stance, statement.conditions)


def test_an_order_in_a_turn() -> None:
    """A turn of an interview printed as "Name: words", the name read by the parser as the order's subject."""
    from stancemap.judge.demands import demands
    from stancemap.parse import load_nlp

    doc = load_nlp()("Tolland: Find me a single reader who wants the old building kept, and I will change my "
                     "mind about the library.")
    assert any("a single reader" in c.text for c in demands(next(iter(doc.sents)))), [c.text for c in demands(
        next(iter(doc.sents)))]


def test_what_a_forecast_assumes(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vost said the council's forecast assumed that visitor numbers would double within a year."
    statement = statement_with(run(INTRO + text, question=LIBRARY), "forecast")
    assert any("visitor numbers would double" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Vost said she assumed the council would approve the library.",
                                   question=LIBRARY), "assumed")
    assert not any("council would approve" in c for c in statement.conditions), statement.conditions


def test_provided_read_as_a_word_alone() -> None:
    """"Provided" opening a sentence, read by the parser as an interjection on the clause's verb (the parse a turn of a
    DEVELOP interview got, rebuilt here on invented words)."""
    from spacy.tokens import Doc

    from stancemap.judge.conditions import _clause_conditions
    from stancemap.parse import load_nlp

    rows = [("Provided", "intj", 3, "VBN", "VERB"), ("the", "det", 2, "DT", "DET"), ("fees", "nsubj", 3, "NNS", "NOUN"),
            ("stay", "ccomp", 17, "VBP", "VERB"), ("below", "prep", 3, "IN", "ADP"), ("ten", "nummod", 6, "CD", "NUM"),
            ("euros", "pobj", 4, "NNS", "NOUN"), (",", "punct", 3, ",", "PUNCT"), ("and", "cc", 3, "CC", "CCONJ"),
            ("the", "det", 11, "DT", "DET"), ("reading", "compound", 11, "NN", "NOUN"), ("room", "nsubj", 12, "NN", "NOUN"),
            ("stays", "conj", 3, "VBZ", "VERB"), ("open", "acomp", 12, "JJ", "ADJ"), (",", "punct", 17, ",", "PUNCT"),
            ("I", "nsubj", 17, "PRP", "PRON"), ("'ll", "aux", 17, "MD", "AUX"), ("back", "ROOT", 17, "VB", "VERB"),
            ("the", "det", 19, "DT", "DET"), ("library", "dobj", 17, "NN", "NOUN"), (".", "punct", 17, ".", "PUNCT")]
    doc = Doc(load_nlp().vocab, words=[r[0] for r in rows], spaces=[r[0] not in {",", "."} and k + 1 < len(rows) and
                                                                    rows[k + 1][0] not in {",", ".", "'ll"}
                                                                    for k, r in enumerate(rows)],
              heads=[r[2] for r in rows], deps=[r[1] for r in rows], tags=[r[3] for r in rows], pos=[r[4] for r in rows],
              sent_starts=[k == 0 for k in range(len(rows))])
    found = [c.text for c in _clause_conditions(doc[:])]
    assert any(c.startswith("Provided the fees stay below ten euros") and "reading room" in c for c in found), found


@pytest.mark.parametrize(("text", "words"), [
    ('"Read the report, and you will see the library is a good idea," Vost said.', "good idea"),  # an invitation to look
    ('"One more thing and then I will stop: the library is a waste of money," Vost said.', "waste"),  # a point announced
    ("Vost said the library would open in March, barring the west wing.", "open in March"),  # except it, not unless
    ("Vost said she would back the library with greater enthusiasm than last year.", "enthusiasm"),  # a manner
])
def test_no_condition_in_these_shapes(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """Session 21's review: shapes the session's rules read as conditions (red before the review's narrowing)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not statement.conditions and statement.stance != "conditional", (statement.stance, statement.conditions)


# Session 28 (issue 9 item 4): a requirement said to be met is no condition outstanding (conditions._met_as_fact).
@pytest.mark.parametrize(("text", "words", "found"), [
    ("Vost said the new library meets every fire requirement and the town council should approve it.", "approve it", False),
    ("Vost said the library design has satisfied the conditions and the town council should approve it.", "approve it",
     False),
    ("Vost said the library must meet every fire requirement before the council can approve it.", "approve it", True),
    ("Vost said the library has not met the fire requirements, so the council cannot approve it yet.", "approve it",
     True),
    # a rule passed is enacted, not met (red before: no condition, "+passed" read as support)
    ("Vost said the council passed three requirements for the library, which the builder has yet to meet.", "library",
     True),
    ("Vost said the library design passed the benchmarks and the town council should approve it.", "approve it", False),
])
def test_a_requirement_met_as_a_fact(run, text: str, words: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any("requirement" in c or "conditions" in c for c in statement.conditions) == found, statement.conditions


# Session 28: "only in" a time said by what it holds is a circumstance, not a date: a known gap (a rule for it found one
# more DEVELOP condition but tipped a speaker's carried side, stance -3, and was dropped; docs/evaluation.md).
GAP_KIND_OF_TIME = pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="'only in a year of X' reads as a date (conditions_only "
                                     "SCOPE_PREPS); the rule for it was measured DEVELOP stance -3 and dropped in session 28")


@pytest.mark.parametrize(("text", "words", "found"), [
    pytest.param("Vost said the new library was affordable for the town only in a year of record land sales.", "affordable", True,
                 marks=GAP_KIND_OF_TIME),
    pytest.param("Vost said the council could approve the new library only in years that bring a surplus.", "approve",
                 True, marks=GAP_KIND_OF_TIME),
    ("Vost said the council could approve the new library only in March.", "approve", False),
])
def test_only_in_a_kind_of_time(run, text: str, words: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert bool(statement.conditions) == found, statement.conditions


@pytest.mark.parametrize(("text", "words", "listed"), [
    # what others did with requirements, told in the past or the present perfect: no term (session 33)
    ("Vost said the library was welcome and that courts had often upheld conditions attached to such grants.",
     "upheld conditions", False),
    # a requirement set for what is to come stays one (an if-clause: it names "conditions" whatever the rule does)
    ("Vost said the council would approve the new library only if the builder met strict conditions on noise.",
     "strict conditions", True),
    # told by the speaker ("we"), not of others: stays (the rule's I/we gate; red with the rule firing on every object)
    # (session 34: "negotiated", not "accepted": conditions accepted are a side taken, conditions._accepted)
    ('Vost said: "We negotiated strict conditions on noise for the old hall, and we will negotiate them for the new '
     'library."', "strict conditions", True),
])
def test_requirements_told_of_others(run, text: str, words: str, listed: bool) -> None:  # type: ignore[no-untyped-def]
    conditions = statement_with(run(INTRO + text, question=LIBRARY), words).conditions
    assert any("conditions" in c for c in conditions) is listed, conditions


@pytest.mark.parametrize(("text", "words", "wanted"), [
    # an order that gives the speaker something ("us" is who receives, not the thing ordered done), then a state in the
    # present (demands._give_us_and, RECIPIENTS; session 35)
    ('"Give us back the reading room and we are happy with the library. Simple as that," Vost said.', "we are happy",
     "Give us back the reading room"),
    # what then holds with "there" for its subject
    ('"Move the car park to the quarry and there is no objection left to the library," Vost said.', "no objection",
     "Move the car park to the quarry"),
])
def test_an_order_and_what_then_holds(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "wanted"), [
    # an order joined by "or" to what follows if it is not done (demands._give_us_and; session 35)
    ('"Find the money for the roof or the library is over," Vost said.', "library is over", "Find the money for the roof"),
    ('"Keep the reading room or we will walk out of the talks on the library," Vost said.', "walk out",
     "Keep the reading room"),
])
def test_an_order_or_else(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    # guards: an invitation to look, with "there" after it (LOOKING), and two orders joined by "or" (no clause after)
    ('"Look at the figures for the library, and there is no case for it," Vost said.', "no case"),
    ('"Read the report on the library or ask the staff at the desk," Vost said.', "ask the staff"),
])
def test_no_condition_in_an_invitation_or_two_orders(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words", "wanted"), [
    # what someone else is to do, ", or" the speaker's own act if it is not done: an ultimatum (demands._or_we_act;
    # session 35)
    ('"Either the car park goes, or we go," Vost said of the library.', "or we go", "the car park goes"),
    ('"Either the plans are checked by someone independent, or we stay at home on the day of the library vote," Vost '
     "said.", "stay at home", "the plans are checked by someone independent"),
])
def test_or_else_we_act(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    # guards: two readings of what is, an option ("could"), the speaker's own choice between two acts
    ('"Either the figures for the library are wrong, or we misread them," Vost said.', "misread"),
    ('"The council backs the library, or we could wait a year," Vost said.', "wait a year"),
    ('"We back the library, or we abstain," Vost said.', "abstain"),
])
def test_or_else_no_ultimatum(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not statement.conditions, statement.conditions


def test_an_order_and_a_contracted_would(run) -> None:  # type: ignore[no-untyped-def]
    """"and I'd say ...": the contracted "would" after an order (demands.THEN_MODALS; session 35)."""
    text = '"Move it to March, put the rota on paper, and I\'d say approve the library tomorrow," Vost said.'
    statement = statement_with(run(INTRO + text, question=LIBRARY), "approve the library tomorrow")
    assert any("put the rota on paper" in c for c in statement.conditions), statement.conditions
