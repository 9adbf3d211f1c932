"""Stance toward the question, with the words that decided it."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules' own verdicts, without the learned second opinion (tests/judge/test_learned.py)."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Marsh said Osterland would eventually join the Harbor Pact.", "would eventually join", "support"),
    ("Marsh said Osterland would not join the alliance until the war was over.", "would not join", "conditional"),
    ("Marsh said Osterland would join the bloc only after the war ends.", "would join the bloc", "conditional"),
    ("Marsh said that membership would drag the country into a war.", "membership would drag", "oppose"),
    ("Marsh rejected any talk of membership in the Harbor Pact.", "any talk of membership", "oppose"),
    ("Marsh said the country should never join the Pact and should stay neutral.", "should never join", "oppose"),
    ("Marsh said a deal is possible only if the Pact abandons its plans to admit Osterland.",
     "abandons its plans to admit", "oppose"),
    ("Marsh said the cabinet hoped to strike the right balance between membership and neutrality.",
     "the right balance", "neutral"),
    ("Marsh said the harvest had been good this year.", "the harvest had been good", None),
    ("Marsh said she did not oppose membership of the alliance in principle.", "did not oppose", "support"),
    ("Marsh warned that Osterland would take all necessary measures if the alliance admitted its neighbour.",
     "all necessary measures", "oppose"),
    ("Marsh said that any attempt to bring Osterland into the Pact would be treated as a threat.",
     "any attempt to bring", "oppose"),
    ("Marsh said a proposal to freeze the Pact's enlargement had been rejected, to her relief.",
     "a proposal to freeze", "support"),
    ("Marsh denied reports that the government was discussing neutrality.", "reports that the government", "support"),
    ("Marsh said the Pact had moved its troops closer to the border.", "closer to the border", "neutral"),
    ("Marsh said that neutrality did not stop a single tank and that the Pact was the answer.",
     "neutrality did not stop", "support"),
    ("Velden's envoy said Osterland must renounce its ambitions to join the Pact and accept neutrality.",
     "renounce its ambitions", "oppose"),
    ("Marsh said the critics must renounce their plan to block Osterland's entry.", "renounce their plan", "support"),
])
def test_stance_patterns(run, rules_only, text: str, words: str, stance: str | None) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text), words)
    assert statement.stance == stance, statement.stance_evidence
    if stance is not None:
        assert statement.stance_evidence


def test_stance_reported_rejection_refers_back(run) -> None:  # type: ignore[no-untyped-def]
    text = (INTRO + "Pact Secretary-General Ada Renner said Osterland would join the alliance one day. "
            "The idea was rejected by Prime Minister Jon Halle.")
    assert statement_with(run(text), "The idea was rejected").stance == "oppose"


def test_stance_continuing_quote_takes_the_utterance_stance(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + '"We are ready to join the Pact," Marsh said. "Our people have waited long enough."'
    statement = statement_with(run(text), "Our people have waited")
    assert statement.stance == "support"


def test_stance_without_question_is_none(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh said the harvest had been good.", question=None)
    assert all(s.stance is None for s in analysis.statements) or analysis.question is not None


BAN_Q = "Should Tarrow ban diesel lorries from its old town?"
BAN_INTRO = "Councillor Ada Venn of Tarrow spoke at the town hall on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # Under a privative predicate, praise of what it takes away opposes it (evaluative.py).
    ("Venn said the lorries were safe, clean and reliable.", "safe, clean and reliable", "oppose"),
    # ... and the proposition's own word ("ban", VADER -2.6) is its name, not a judgement of it.
    ("Venn said the ban was long overdue and wonderful news.", "long overdue", "support"),
])
def test_stance_privative_proposition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BAN_INTRO + text, question=BAN_Q), words)
    assert statement.stance == stance, statement.stance_evidence


LIFT_Q = "Will Tarrow lift its ban on diesel lorries?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A stance word aimed at what a privative predicate takes away, not at the act, reverses (judge/privative.py).
    (BAN_Q, "Venn said the council must defend the lorries and the drivers who own them.", "defend the lorries", "oppose"),
    (BAN_Q, "Venn said she would welcome more lorries into the old town.", "welcome more lorries", "oppose"),
    (BAN_Q, "Venn said she supported the ban on lorries.", "supported the ban", "support"),  # aimed at the act
    # "lift the ban": the ban is what is taken away, so backing it opposes lifting it
    (LIFT_Q, "Venn said she strongly supported the ban.", "strongly supported the ban", "oppose"),
    (LIFT_Q, "Venn said the ban should be lifted at once.", "should be lifted", "support"),
])
def test_stance_aimed_at_what_the_proposition_takes_away(run, rules_only, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                         stance: str) -> None:
    statement = statement_with(run(BAN_INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_stance_vote_down_is_opposition(run) -> None:  # type: ignore[no-untyped-def]
    text = "Councillor Ada Venn said her group would vote the budget down on Friday.\n\n"
    statement = statement_with(run(text, question="Will the Tarrow council approve the budget?"), "vote the budget down")
    assert statement.stance == "oppose", statement.stance_evidence


TAKEOVER_Q = "Will the Harbour Company takeover go ahead?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # A threat timed to the act's completion is a consequence of it, not a condition of support (stance._completed).
    ("Vost said the union would take the takeover to court the day it is signed.", "take the takeover to court",
     "oppose"),
    # "if it is adopted" stays a condition: as often a requirement as a trigger
    ("Vost said the union would accept the takeover only if it were approved by the workers.", "accept the takeover",
     "conditional"),
])
def test_stance_threat_timed_to_the_act(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BAN_INTRO + text, question=TAKEOVER_Q), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # With no side taken in words, an if-clause completing the thing says what would follow the act
    # (stance._is_trigger, said_of_act): a warning, not support on a condition.
    ("Venn said a judicial review would be filed the next morning if the charge were approved.",
     "a judicial review would be filed", "oppose"),
    ("Venn said shops would close within a year if the charge is approved.", "shops would close", "oppose"),
    # Where support is said, the same clause stays its condition.
    ("Venn said the union would accept the charge only if it were approved by the workers.", "accept the charge",
     "conditional"),
])
def test_stance_if_the_thing_is_completed(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BAN_INTRO + text, question="Should the Tarrow council introduce a parking charge?"),
                               words)
    assert statement.stance == stance, statement.stance_evidence


def test_stance_threat_timed_to_the_things_completion(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    text = BAN_INTRO + "Venn said her members would walk out the moment the water bill was signed."
    statement = statement_with(run(text, question="Will the Tarrow Assembly pass the water bill?"), "walk out")
    assert statement.stance == "oppose", statement.stance_evidence


VOTE_Q = "Will Ivo Marrant win re-election as mayor of Calde?"
BILL_Q = "Will the Tessin Assembly pass the Water Charter Bill?"
RESIGN_Q = "Will the treasurer Ansel Brody resign?"


def test_conditions_once_without_a_clause_is_how_often(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    """"once a week" says how often, "once the fund is adopted" states a condition (conditions.py)."""
    text = BAN_INTRO + "Venn said inspectors would check the lorry ban in the old town once a week."
    statement = statement_with(run(text, question=BAN_Q), "once a week")
    assert not statement.conditions, statement.conditions
    text = BAN_INTRO + "Venn said she would back the ban once the retraining fund was adopted."
    statement = statement_with(run(text, question=BAN_Q), "back the ban")
    assert statement.conditions and statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a condition asking the proposition's subject to step aside demands its opposite
    (VOTE_Q, "Vost said she would reconsider only if Marrant stepped aside for a new candidate.", "reconsider",
     "oppose"),
    # "only if" sets a requirement, never the trigger of a consequence, though it names the act
    (BILL_Q, "Vost said the bill would be lawful only if every request required the approval of a judge.",
     "would be lawful", "conditional"),
    # an obligation in the past ("should have resigned") dates the act: its clause of time is no condition
    (RESIGN_Q, "Venn said Brody should have resigned the day the audit came out.", "should have resigned", "support"),
    (RESIGN_Q, "Venn said Brody would resign once the audit came out.", "would resign", "conditional"),
    # a threat on things staying as they are ("if X is still ...") presses for the change; another condition stays one
    (RESIGN_Q, "Venn said her group would back the motion of no confidence if Brody was still in office on Friday.",
     "back the motion", "support"),
    (RESIGN_Q, "Venn said her group would back the motion of no confidence in Brody if the audit found wrongdoing.",
     "back the motion", "conditional"),
])
def test_stance_conditions_that_demand_or_require(run, rules_only, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                  stance: str) -> None:
    statement = statement_with(run(BAN_INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a bare time the stance is timed to is no condition (stance._time_bound)
    ("Venn said she expected the Assembly to pass the bill before the end of May.", "expected the Assembly",
     "support"),
    ("Venn said the Assembly should keep the bill in committee until the summer and not pass it.",
     "keep the bill", "oppose"),
    # a clause stays a condition
    ("Venn said the Assembly should not pass the bill until the courts have ruled on it.", "should not pass",
     "conditional"),
])
def test_stance_timed_is_not_conditional(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BAN_INTRO + text, question=BILL_Q), words)
    assert statement.stance == stance, statement.stance_evidence


def test_stance_condition_of_support_beside_a_trigger(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    """A condition of support keeps the statement conditional though another clause is the act's trigger."""
    text = BAN_INTRO + ('Venn said she supported a ban once the bypass road was finished, but that if the town banned '
                        'the lorries before that, the shops would lose their deliveries.')
    statement = statement_with(run(text, question=BAN_Q), "supported a ban")
    assert statement.stance == "conditional", statement.stance_evidence


HOST_Q = "Will Tarrow host the 2030 Lake Regatta?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # giving up something else is a condition like any other (stance._exit_aimed)
    ("Venn said she would back the plan to host the regatta if the council dropped the new marina.",
     "back the plan", "conditional"),
    # giving up the proposition itself demands its opposite
    ("Venn said a deal was possible only if the council withdrew its bid to host the regatta.", "a deal was possible",
     "oppose"),
])
def test_stance_condition_giving_up_what(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BAN_INTRO + text, question=HOST_Q), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # "never" with a comparative says more than ever (polarity._emphatic)
    ("Venn said Tarrow had never been closer to hosting the regatta.", "never been closer", "support"),
    ("Venn said she had never been more opposed to hosting the regatta.", "never been more opposed", "oppose"),
    ("Venn said Tarrow would never host the regatta.", "would never host", "oppose"),
])
def test_stance_never_with_a_comparative(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BAN_INTRO + text, question=HOST_Q), words)
    assert statement.stance == stance, statement.stance_evidence


SURVIVE_Q = "Can the Tarrow coalition survive the budget vote?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # "bring down" undoes, like "topple" (lexicon.UNDOING_PHRASES, NEGATIVE)
    ("Venn said the smaller parties should bring the coalition down next week.", "bring the coalition down",
     "oppose"),
    ("Venn said her party would vote to topple the coalition.", "topple the coalition", "oppose"),
    # the negated copula reaches its relative clause (polarity.negated)
    ('"I will not be the one who brings the coalition down," Venn said.', "brings the coalition down", "support"),
])
def test_stance_bringing_down(run, rules_only, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BAN_INTRO + text, question=SURVIVE_Q), words)
    assert statement.stance == stance, statement.stance_evidence


def test_stance_threat_if_the_event_does_not_happen(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    """"and if it does not, we will ...": the elided verb phrase is what the statement asks (stance._elided_refusal)."""
    text = BAN_INTRO + '"We expect the council to ban the lorries, and if it does not, we will sue," Venn said.'
    statement = statement_with(run(text, question=BAN_Q), "if it does not")
    assert statement.stance == "support", statement.stance_evidence
    text = BAN_INTRO + '"We will ask the council to reject the ban, and if it does not, we will sue," Venn said.'
    statement = statement_with(run(text, question=BAN_Q), "if it does not")
    assert statement.stance == "oppose", statement.stance_evidence



def test_stance_a_body_part_judges_nothing() -> None:
    """VADER scores "hand" +2.2 ("hand the port to a rival", "in the hands of"): a word whose most
    frequent WordNet sense is a part of the body is not read as praise (evaluative._body_part)."""
    from stancemap.judge.evaluative import _body_part, lexicon

    assert lexicon().get("hand", 0) > 1.5  # the valence the rule sets aside
    assert _body_part("hand")
    assert not _body_part("disaster") and not _body_part("gift") and not _body_part("heart")



COMPULSORY = "Should Dorrin make voting compulsory?"
COMPULSORY_TEXT = ("Officials spoke on Monday about compulsory voting.\n\n"
                   "Student leader Ana Vell said a decision about their lives was being made by people who would "
                   "never live with it.\n\n"
                   "Minister Ivo Kern said the government would make voting compulsory by 2030.\n\n"
                   "Senator Lea Ferriby said parliament should make it compulsory at once.")


@pytest.mark.parametrize(("words", "stance"), [("was being made", "neutral"), ("make voting compulsory", "support"),
                                               ("make it compulsory", "support")])
def test_a_verb_as_general_as_make_is_the_act_only_with_its_thing(run, rules_only, words: str,  # type: ignore[no-untyped-def]
                                                                  stance: str) -> None:
    """Under "make voting compulsory", "make" is the act when its object or complement names the question's
    thing or a pronoun for it; "a decision is being made" makes something else (polarity._takes_our_thing)."""
    statement = statement_with(run(COMPULSORY_TEXT, question=COMPULSORY), words)
    assert statement.stance == stance, statement.stance_evidence


COMPULSORY_OTHER = ("Officials spoke on Monday about compulsory voting.\n\n"
                    "Student leader Ana Vell said she had made that call herself years ago.\n\n"
                    "Mayor Tom Reed said he had made this choice for his family alone.\n\n"
                    "Senator Lea Ferriby said she made it clear that she would stand again next year.")


@pytest.mark.parametrize("words", ["made that call", "made this choice", "made it clear"])
def test_a_general_verb_with_a_pronoun_of_something_else_is_not_the_act(run, rules_only,  # type: ignore[no-untyped-def]
                                                                        words: str) -> None:
    """A pronoun is the question's thing only as what the verb brings into a state ("make it compulsory"): not
    a determiner ("made that call"), nor the "it" of "made it clear that ..." (polarity._pronoun_made)."""
    statement = statement_with(run(COMPULSORY_OTHER, question=COMPULSORY), words)
    assert statement.stance == "neutral", statement.stance_evidence


MERGE = "Will Norvel Air and Castra Airways merge?"


def test_a_refusal_refused(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    """"no objection to the airlines combining": a refusal negated affirms what it governs (judge/negation.py)."""
    text = INTRO + 'The aviation regulator said it had "no objection in principle" to the airlines combining.'
    statement = statement_with(run(text, question=MERGE), "no objection")
    assert statement.stance == "support", statement.stance_evidence


def test_stance_the_act_done_to_another_thing(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    """"if pension schemes are combined evenly": the proposition's verb said of another subject is a condition
    of support, not the proposition itself (a trigger): stance._done_to_another."""
    text = INTRO + "The Castra Pilots' Union will not oppose the merger if pension schemes are combined evenly, its chair said."
    statement = statement_with(run(text, question=MERGE), "pension schemes")
    assert statement.stance == "conditional", statement.stance_evidence


def test_stance_the_act_done_to_our_thing_by_others_in_other_words(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    """"if councillors approve the budget": the proposition's verb done to its own thing is the act, whoever is
    said to do it (the review, session 16: read conditional by _done_to_another, red before)."""
    text = INTRO + "The union would strike if councillors approve the budget, its chair said."
    statement = statement_with(run(text, question="Will the council approve the budget?"), "would strike")
    assert statement.stance == "oppose", statement.stance_evidence
