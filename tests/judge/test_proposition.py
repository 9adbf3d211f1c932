"""The question parsed into a proposition, and stance toward propositions of other shapes than
membership (a bill, a ban, an election, a phase-out), on examples written for these tests."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.wordnet import wordnet

from .conftest import statement_with


@pytest.mark.parametrize(("question", "subject", "predicate", "obj", "time_bound"), [
    ("Will Brellmark phase out coal power by 2032?", "Brellmark", "phase out", "coal power", "by 2032"),
    ("Will the Tessin Assembly pass the Water Charter Bill?", "the Tessin Assembly", "pass", "the Water Charter Bill", None),
    ("Will Ivo Marrant win re-election as mayor of Calde?", "Ivo Marrant", "win", "re-election", None),
    ("Should Dunwell ban private cars from its old town?", "Dunwell", "ban", "private cars", None),
    ("Will Sorvik and Palen sign a ceasefire this year?", "Sorvik and Palen", "sign", "a ceasefire", "this year"),
])
def test_proposition_parts(question: str, subject: str, predicate: str, obj: str, time_bound: str | None) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.time_bound) == (subject, predicate, time_bound)
    assert prop.object.startswith(obj)


@pytest.mark.parametrize(("question", "subject", "predicate", "obj", "time_bound"), [
    # the tagger reads "end" as a noun in the question: read again as "the strike will end before June."
    ("Will the strike end before June?", "the strike", "end", "", "before June"),
    ("Will the mine reopen?", "the mine", "reopen", "", None),  # "the mine" otherwise a modifier, no subject
    # "council ban" otherwise a noun compound and "will" the verb: read again as "the council will ban ..."
    ("Will the council ban diesel buses?", "the council", "ban", "diesel buses", None),
    # a title's last noun read as the verb and the verb as its object (_bare_verb_object): read again
    ("Will the harbour master resign?", "the harbour master", "resign", "", None),
    ("Will the port director resign?", "the port director", "resign", "", None),
    # "Tarrow city will council scrap ..." read "council" as the verb: WordNet knows it only as a noun (_as_declarative)
    ("Will Tarrow city council scrap the harbour tram extension?", "Tarrow city council", "scrap",
     "the harbour tram extension", None),
    # "will" read as the verb; the subject does not end before "of" (_as_declarative)
    ("Will the mayor of Keldby resign?", "the mayor of Keldby", "resign", "", None),
    ("Is the bill going to pass?", "the bill", "pass", "", None),  # "going to pass" otherwise inside the subject
    ("Is the nurses' strike going to end before June?", "the nurses' strike", "end", "", "before June"),
    # a verb of intending or deciding leads to the act asked about
    ("Does the council plan to sell the port?", "the council", "sell", "the port", None),
    ("Will the board vote to approve the merger?", "the board", "approve", "the merger", None),
    # "Will" parsed inside the subject; a circumstance ("after the fire") is no object: it dates the act, as
    # "after the inquiry" does for the careful reader of tests/data/questions.jsonl
    ("Will striking dockers accept the new pay offer?", "striking dockers", "accept", "the new pay offer", None),
    ("Will the refinery reopen after the fire?", "the refinery", "reopen", "", "after the fire"),
    # "there will be X": X is what happens, no one does it (the careful reader's object: questions.jsonl)
    ("Will there be a ceasefire by June?", "", "be", "a ceasefire", "by June"),
    # a name with a possessive ("People's": two tokens, one word): the split counts tokens, not words (_as_declarative)
    ("Will the Farmers' Union sack Ada Lind?", "the Farmers' Union", "sack", "Ada Lind", None),
    ("Will the Citizens' League expel Ivo Marr?", "the Citizens' League", "expel", "Ivo Marr", None),
    ("Will the Workers' Party expel Ada Lind?", "the Workers' Party", "expel", "Ada Lind", None),
    ("Will the People's Alliance expel Ada Lind?", "the People's Alliance", "expel", "Ada Lind", None),
])
def test_proposition_questions_the_tagger_misreads(question: str, subject: str, predicate: str, obj: str,
                                                   time_bound: str | None) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object, prop.time_bound) == (subject, predicate, obj, time_bound)


@pytest.mark.parametrize(("question", "subject", "predicate", "obj"), [
    # read as one long name with no verb ("Rovers sack manager Piet Alvarsson")
    ("Will Dunmore Rovers sack manager Piet Alvarsson?", "Dunmore Rovers", "sack", "the manager Piet Alvarsson"),
    ("Will Dunmore Rovers drop manager Piet Alvarsson before May?", "Dunmore Rovers", "drop", "the manager Piet Alvarsson"),
    # read with the title alone as the object and the name left out
    ("Will the club back coach Anna Berg?", "the club", "back", "the coach Anna Berg"),
    # read right already: left as they are
    ("Will the Senate confirm former governor Ana Ruiz?", "the Senate", "confirm", "former governor Ana Ruiz"),
    ("Will voters elect Dana Ollerton?", "voters", "elect", "Dana Ollerton"),
])
def test_a_bare_title_before_a_name(question: str, subject: str, predicate: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object) == (subject, predicate, obj)
    assert prop.text == question


@pytest.mark.parametrize(("question", "subject", "predicate", "obj", "time_bound", "negated"), [
    # "Is it likely that ...?": the clause is what is asked (proposition._main_verb)
    ("Is it likely that the Harlow court will strike down the curfew?", "the Harlow court", "strike down", "the curfew",
     None, False),
    ("Is it likely that Dellmark Bank will lay off 300 staff?", "Dellmark Bank", "lay off", "300 staff", None, False),
    # a negative opening: "Won't", "Shouldn't" (proposition_phrases.QUESTION_WORDS)
    ("Won't the Dellmark Dockers' Union accept the offer?", "the Dellmark Dockers' Union", "accept", "the offer", None, True),
    ("Shouldn't the Brask town council repeal the parking levy?", "the Brask town council", "repeal", "the parking levy",
     None, True),
    # a subject that goes on past "and" or "of" (proposition._as_declarative, _dangling_subject)
    ("Will Ostria and Pellmark sign a fishing pact by the end of the year?", "Ostria and Pellmark", "sign", "a fishing pact",
     "by the end of the year", False),
    ("Do the harbour authorities of Kessel plan to sell the ferry line?", "the harbour authorities of Kessel", "sell",
     "the ferry line", None, False),
    ("Is the Office of Ports and Canals going to dredge the east harbour?", "the Office of Ports and Canals", "dredge",
     "the east harbour", None, False),
    # a copula read with the subject cut short is a fallback: a longer subject reads a verb (_copula_of_a_verb_phrase)
    ("is the Harlow Bay district council going to approve the marina", "the Harlow Bay district council", "approve",
     "the marina", None, False),
    # the one who acts is the subject: a passive's agent, or none; what it is done to, the object (_name_the_doer)
    ("Will the Dunmore mine be closed by the regional government?", "the regional government", "close",
     "the Dunmore mine", None, False),
    ("Will the old pier be demolished by the end of May?", "", "demolish", "the old pier", "by the end of May", False),
    ("Will there be a general strike in Varnia?", "", "be", "a general strike in Varnia", None, False),
    # time bounds of other forms (proposition_phrases.time_bound); an amount is none; a destination is no object
    ("Will the Assembly pass the budget before the election?", "the Assembly", "pass", "the budget", "before the election",
     False),
    ("Will Varnia cut the fuel tax by a third?", "Varnia", "cut", "the fuel tax", None, False),
    ("Will the city tax tourists from January?", "the city", "tax", "tourists", "from January", False),
    ("Will the central bank raise rates this term?", "the central bank", "raise", "rates", "this term", False),
    ("Will the rail union call off the strike before exams start?", "the rail union", "call off", "the strike",
     "before exams start", False),
    ("Will the league expand to twenty clubs?", "the league", "expand", "", None, False),
    # a prefix the tagger splits off ("re", "-", "elected"), and the subject hung on "be" (_prefixed)
    ("Will Mayor Ada Kell be re-elected in March?", "", "re-elect", "Mayor Ada Kell", "in March", False),
])
def test_proposition_shapes_of_session_16(question: str, subject: str, predicate: str, obj: str, time_bound: str | None,
                                          negated: bool) -> None:
    """Shapes the questions of tests/data/questions.jsonl showed misread (written for this test, not copied)."""
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object, prop.time_bound, prop.negated) == (
        subject, predicate, obj, time_bound, negated)


@pytest.mark.parametrize(("question", "predicate", "obj"), [
    ("Will the Harlow transit union call off its strike?", "call off", "its strike"),  # WordNet: call off = cancel
    ("Will the Dunmore council vote down the parking plan?", "vote down", "the parking plan"),  # "down" read as a preposition
    ("Will the merger of Ostra Bank with Kell Savings be called off?", "call off",  # a passive's subject undergoes it
     "the merger of Ostra Bank with Kell Savings"),
])
def test_a_phrasal_verb_of_ending(question: str, predicate: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object, prop.privative) == (predicate, obj, True)


@pytest.mark.parametrize("question", ["Will the regional government bail out Korvath Ferries?",
                                      "Will the treasury bail out the ailing shipyard?"])
def test_a_sense_of_another_object(question: str) -> None:
    """WordNet's "bail out" = "remove (water) from a boat": a sense whose gloss brackets its own object, not the
    question's, is another act; rescuing a company takes nothing away (privative.takes_away_as_asked, session 40)."""
    assert not parse_proposition(question).privative


def test_proposition_existential_names_its_act_and_no_date_as_participant() -> None:
    prop = parse_proposition("Will there be a ceasefire by June?")
    assert "ceasefire" in prop.event and "be" not in prop.event and "june" not in prop.anchors + prop.participants


def test_proposition_undoing_an_act_takes_it_as_its_object() -> None:
    """"lift the export ban": backing the ban opposes lifting it, so "ban" names what the act takes
    away (object_words), not the act."""
    prop = parse_proposition("Will the government lift the export ban this year?")
    assert prop.privative and "ban" in prop.object_words and "ban" not in prop.event and "lift" in prop.event
    approve = parse_proposition("Will the board approve the merger?")
    assert not approve.privative and "merger" in approve.event


@pytest.mark.parametrize(("question", "modifier", "event"), [
    ("Will the governor sign the abortion bill into law?", "abortion", "sign"),
    ("Can the Teller government survive Thursday's confidence vote?", "confidence", "survive"),
    ("Will the Senate confirm judge Mira Tollander?", "judge", "confirmation"),
])
def test_a_modifier_noun_is_no_event(question: str, modifier: str, event: str) -> None:
    # a noun that only says what kind of thing the object is names a thing, not the act asked about
    prop = parse_proposition(question)
    assert modifier not in prop.event and event in prop.event, prop.event


def test_proposition_terms_from_wordnet_and_families() -> None:
    assert "approval" in parse_proposition("Will the board approve the merger?").event
    assert "lose" in parse_proposition("Will Ivo Marrant win re-election?").opposites
    assert {"phase-out", "phaseout"} <= set(parse_proposition("Will Brellmark phase out coal power?").event)
    assert parse_proposition("Will Ivo Marrant win re-election?").subject_is_person
    assert not parse_proposition("Will Brellmark phase out coal power?").subject_is_person


def test_proposition_unreadable_question_says_which_reading() -> None:
    prop = parse_proposition("Brexit?")
    assert prop.reading.startswith("no verb found") and prop.participants == ["brexit"]


def test_proposition_wordnet_reads_packaged_files() -> None:
    wn = wordnet()
    assert wn.available
    assert "approval" in wn.derivations("approve", "v") and "lose" in wn.antonyms("win", "v")
    assert wn.synsets("nonexistentword", "v") == []


BILL = "Will the Tessin Assembly pass the Water Charter Bill?"
BAN = "Should Dunwell ban private cars from its old town?"
VOTE = "Will Ivo Marrant win re-election as mayor of Calde?"
REFUSE = "Will Governor Ada Kell refuse to sign the water bill?"
FREEZE = "Will the Harlow Transit Board freeze bus fares for 2027?"
BREAKUP = "Will the Competition Board break up the Ostra Group?"
INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # negation and modality around a vote
    (BILL, "Vost said she will not vote for the bill.", "will not vote for", "oppose"),
    (BILL, "Vost said there is no version of this bill she could vote for.", "no version", "oppose"),
    # opposition verbs aimed at the proposition in other words
    (BILL, "Vost said her party would repeal the law if it won the election.", "would repeal the law", "oppose"),
    (BILL, "Vost said the party would tear up the bill on its first day.", "tear up the bill", "oppose"),
    # the speaker's own coming to power as a promise to do it (stance.py: test_stance_own_power_promise)
    (BILL, "Vost said her party would pass the bill in its first week if it formed the next government.",
     "would pass the bill", "support"),
    (BILL, "Vost said the bill would pass if the Green Union won a majority.", "would pass", "conditional"),
    # the event asserted, as a prediction
    (BILL, "Vost said she expected the bill to pass before the summer.", "the bill to pass", "support"),
    # support aimed at a rival in an election
    (VOTE, "Vost said she would vote for Marrant's challenger, Lena Osk.", "challenger", "oppose"),
    # antonym of the predicate
    (VOTE, "Vost said Marrant would lose the election.", "Marrant would lose", "oppose"),
    # evaluative words with no stance verb
    (BAN, "Vost said the ban would be a death sentence for the old town's shops.", "death sentence", "oppose"),
    # conditions: "not without", "only with", negated verb with "without"
    (BAN, "Vost said she would back the ban only with a written guarantee for the traders.", "only with", "conditional"),
    (BAN, "Vost said the union will not back the ban without a jobs guarantee.", "will not back", "conditional"),
    # a refusal that is lifted on a condition
    (BAN, "Vost said the union will not stand in the way of the ban if the retraining fund is adopted.", "stand in the way",
     "conditional"),
    # a question of refusing: what the refusal keeps from happening is its object, taken away (privative)
    (REFUSE, "Vost said the water bill was a disgrace and the governor should refuse to sign it.", "a disgrace", "support"),
    (REFUSE, "Vost said the water bill was a good law.", "a good law", "oppose"),
    (REFUSE, "Vost urged the governor to veto the water bill.", "veto the water bill", "support"),
    # the proposition's own act, though a word of refusal elsewhere: asserted, denied, backed, rejected (polarity._own_act)
    (FREEZE, "Vost urged the Harlow Transit Board to freeze bus fares for 2027.", "to freeze bus fares", "support"),
    (FREEZE, "\"We back the minister's call for a fare freeze,\" Vost said.", "call for a fare freeze", "support"),
    (FREEZE, "Vost said her party rejected a fare freeze.", "rejected a fare freeze", "oppose"),
    (FREEZE, "\"The board will not freeze fares,\" Vost said.", "will not freeze", "oppose"),
    # a phrasal predicate's verb with its particle is the act ("break" alone is not: kin.phrasal_event)
    (BREAKUP, "\"The board must break up the Ostra Group,\" Vost said.", "must break up", "support"),
    (BREAKUP, "\"Breaking up the Ostra Group would be economic self-harm,\" Vost said.", "economic self-harm", "oppose"),
])
def test_stance_any_proposition(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_conditions_anonymity_is_not_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "A council official, speaking on condition of anonymity, said the ban would pass."
    statement = statement_with(run(text, question=BAN), "the ban would pass")
    assert not any("anonymity" in c for c in statement.conditions)


def test_conditions_threat_trigger_is_not_a_condition_of_support(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vost said the cruise line would drop Dunwell from its routes if the ban passed."
    statement = statement_with(run(text, question=BAN), "drop Dunwell")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Vost said the governing coalition could break up over the Ostra Group affair.",
    "Vost said the meeting about the Ostra Group broke up without agreement.",
])
def test_stance_a_phrasal_act_of_another_thing(run, monkeypatch: pytest.MonkeyPatch, text: str) -> None:  # type: ignore[no-untyped-def]
    """Something else breaking up, with no object, is not the act of breaking up the group (kin.phrasal_event;
    the review, session 16: read as support, red before); the rules alone."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    statement = statement_with(run(INTRO + text, question=BREAKUP), "Ostra Group")
    assert statement.stance == "neutral", statement.stance_evidence


def test_stance_a_phrasal_act_named_as_a_hyphened_noun(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """"Only a break-up changes the incentives": the tagger splits the noun into "break", "-", "up"; it names the
    act, with no object of its own (kin.phrasal_event)."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    text = INTRO + "\"Fines change nothing for the Ostra Group. Only a break-up changes the incentives,\" Vost said."
    statement = statement_with(run(text, question=BREAKUP), "break-up")
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("question", "subject", "predicate", "obj", "modal"), [
    ("Does the council have to close the depot?", "the council", "close", "the depot", "have to"),
    ("Do the Brenna farmers have to pay back the grant?", "the Brenna farmers", "pay back", "the grant", "have to"),
    ("Did the court have to hear the case again?", "the court", "hear", "the case", "have to"),
    ("Does the Orlan Line need to repay the loan?", "the Orlan Line", "repay", "the loan", "need to"),
    ("Is the club required to sell the stadium?", "the club", "sell", "the stadium", "required to"),
    # (review: the passive verbs of duty are the proposer's, frames_roles.OBLIGING, "force" among them)
    ("Is the club forced to sell the stadium?", "the club", "sell", "the stadium", "forced to"),
    ("Will the port be obliged to compensate the fishermen?", "the port", "compensate", "the fishermen", "obliged to"),
    ("Must the minister resign?", "the minister", "resign", "", "must"),
])
def test_an_obligation_is_a_modal(question: str, subject: str, predicate: str, obj: str, modal: str) -> None:
    """"have to", "need to" and "be required / obliged to" carry the act asked about: the infinitive is the
    predicate (it was "have": every "have" of a corpus its event) and the obligation the modal."""
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object, prop.modal) == (subject, predicate, obj, modal), prop.reading
    assert "have" not in prop.event and "need" not in prop.event


@pytest.mark.parametrize("question", ["Does the council have a plan to close the depot?", "Does the club need a new stadium?"])
def test_have_and_need_with_an_object_stay_verbs(question: str) -> None:
    """Not an obligation: "have" or "need" with a noun object, no infinitive of its own."""
    assert parse_proposition(question).predicate in {"have", "need"}


def test_a_phrasal_predicate_has_its_one_word_kin() -> None:
    """"pay back": WordNet's one-word synonym built on the verb ("repay"), its derivation ("repayment") and its
    phrasal synonym with the same particle ("give back"); not "reward" or "get" (other senses); the money paid
    back ("grant", a possession) is a thing, not the act."""
    prop = parse_proposition("Do the Brenna farmers have to pay back the grant?")
    assert {"repay", "repayment", "give back"} <= set(prop.event)
    assert not {"reward", "get", "grant"} & set(prop.event)
    assert "grant" in prop.things
    assert {"keep", "retain"} <= set(prop.opposites)


OWE = "Does the Orlan Line have to pay back the grant?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("\"The Orlan Line must repay the grant,\" Vost said.", "must repay", "support"),
    ("Vost said the Orlan Line has to give the grant back.", "give the grant back", "support"),
    ("\"The Orlan Line will not pay back the grant,\" Vost said.", "will not pay back", "oppose"),
    ("Vost said the Orlan Line should be allowed to keep the grant.", "allowed to keep", "oppose"),
    pytest.param("Vost said the Orlan Line must hand back the grant.", "hand back", "support", marks=pytest.mark.xfail(
        strict=True, raises=AssertionError,
            reason="WordNet has no 'hand back' and 'hand' is only the 17th sense of 'give': not kin")),
])
def test_stance_on_an_obligation(run, monkeypatch: pytest.MonkeyPatch, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Under "have to pay back": the act in its kin, denied, and its opposite (keeping what it gives back); the rules."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    statement = statement_with(run(INTRO + text, question=OWE), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_percent_sign_is_kept_in_the_object() -> None:
    """"the board's 3.5% pay offer": the sign is a word of the object, not punctuation to drop ("3.5pay")
    (proposition_phrases.phrase; session 34)."""
    prop = parse_proposition("Will Tarrow's porters accept the board's 3.5% pay offer?")
    assert prop.object == "the board's 3.5% pay offer", prop.reading
