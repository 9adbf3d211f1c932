"""The corpus's own question (issue 9 item 6, session 41): the yes/no questions and whether-clauses its articles write,
made yes/no questions in the map (extract/frames_asked.py) and scored in the reduce by how widely the corpus argues
their content (question_asked.py), proposed when argued more widely than the frames' proposal. Every name and sentence
here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.extract.frames_asked import PRONOUN, STATED, article_words, asked_in
from stancemap.model import Source
from stancemap.parse import load_nlp
from stancemap.pipeline import analyze_sources
from stancemap.question import ASKED_MARGIN, propose_question
from stancemap.question_asked import STATED_SHARE, _has_people, argued, completed, corpus_question, holds, merged, scored


def _asked(body: str, headline: str | None = None) -> list[str]:
    nlp = load_nlp()
    return [str(q[0]) for q in asked_in(nlp(body), nlp(headline) if headline else None) if q[1] != PRONOUN]


def test_frames_a_whether_clause_asked_as_a_question() -> None:
    # its subject and first auxiliary turned about
    assert _asked("Economists are divided on whether the Osterlund economy can recover this year.") == [
        "Can the Osterlund economy recover this year?"]
    # the simple past asked with "did"
    assert _asked("Nobody could say whether the Brackley ferry service made a profit.") == [
        "Did the Brackley ferry service make a profit?"]
    # an infinitive of the main clause's subject, asked with "will"
    assert _asked("The Tamsworth council must decide whether to renew the quarry licence.") == [
        "Will the Tamsworth council renew the quarry licence?"]
    # the copula turned about; "or not" no part of it
    assert _asked("Inspectors will rule on whether the Pellow footbridge is safe or not.") == [
        "Is the Pellow footbridge safe?"]


def test_frames_a_question_made_readable() -> None:
    # a clause reported in the past asked as said; a particle after its verb; "going to" asked with "will"; what is said
    # of the main clause's subject in passing left out of it; a dateline run into the subject asks nothing
    assert _asked("Analysts asked whether the Corlan board would accept the Vesk offer.") == [
        "Will the Corlan board accept the Vesk offer?"]
    assert _asked("Should the Orrin court strike the licensing law down?") == [
        "Should the Orrin court strike down the licensing law?"]
    assert _asked("Is the Pellow council going to sell the mill?") == ["Will the Pellow council sell the mill?"]
    assert _asked("The Pellow council, which meets on Friday, must decide whether to sell the mill.") == [
        "Will the Pellow council sell the mill?"]
    # a common noun opening the sentence lower-cased in the question; a past perfect reported in the past as said
    assert _asked("Dockers at the Pellow port will vote on whether to strike.") == ["Will dockers at the Pellow port strike?"]
    assert _asked("Auditors asked whether the Pellow mill had made a profit.") == ["Has the Pellow mill made a profit?"]
    assert _asked("Auditors are divided over whether the Pellow mill had made a profit.") == [
        "Has the Pellow mill made a profit?"]
    # a possessive opening the subject stands for no one the question names; one after it may be the subject's own
    assert _asked("The Tarrow council met. Are her ferries ready for winter?") == ["Are the ferries ready for winter?"]
    assert _asked("Critics doubt whether his council will sell the Pellow mill.") == ["Will the council sell the Pellow mill?"]
    assert _asked("Will the Pellow mill pay its workers on time?") == ["Will the Pellow mill pay its workers on time?"]
    # a title is no possessive (the review, session 42)
    assert _asked("Will Her Majesty's Treasury approve the Pellow loan?") == [
        "Will Her Majesty's Treasury approve the Pellow loan?"]
    # a dateline's capitals written as the article writes the word elsewhere; an acronym keeps them
    assert _asked("QUELLBY - Councillors must decide whether QUELLBY will sell the Pellow mill. Quellby is short of "
                  "money.") == ["Will Quellby sell the Pellow mill?"]
    assert _asked("Will NATO admit the Tarrow republic?") == ["Will NATO admit the Tarrow republic?"]
    # a reflexive stressing the subject left out; one the verb takes stays
    assert _asked("Nobody knows whether the mayor herself read the Pellow emails.") == ["Did the mayor read the Pellow emails?"]
    assert _asked("Can the Tarrow party reinvent itself before the election?") == [
        "Can the Tarrow party reinvent itself before the election?"]


def test_frames_whether_to_of_its_doer() -> None:
    # session 43: a passive's subject the choice is before ("is divided over", "will be balloted on"; q_subsidise's
    # shape), the one a noun hanging the clause is said of ("the guild's vote", "the Tarl guild votes" tagged a noun;
    # q_expand's), a preposition after the infinitive kept ("grow to twelve lanes"); no one named, no question
    assert _asked("The Quellby cabinet is divided over whether to keep paying for the Harl ferry.") == [
        "Will the Quellby cabinet keep paying for the Harl ferry?"]
    assert _asked("Porters at the Orrin yard will be balloted on whether to join the stoppage.") == [
        "Will porters at the Orrin yard join the stoppage?"]
    assert _asked("The Tarl guild's vote on whether to sell the Brindle mill is due on Friday.") == [
        "Will the Tarl guild sell the Brindle mill?"]
    assert _asked("Days before the Tarl guild votes on whether to grow to twelve lanes, the mayor spoke.") == [
        "Will the Tarl guild grow to twelve lanes?"]
    assert _asked("The decision on whether to charge the Orrin pilot lies with prosecutors.") == []
    assert _asked("Orrin residents were consulted on whether to close the Brindle library.") == []


def test_frames_a_get_passive_asked_with_do() -> None:
    # "gets repaired" asked with "does", not "Gets the pier repaired?" (before session 43)
    assert _asked("Nobody knows whether the Quellby pier ever gets repaired.") == ["Does the Quellby pier ever get repaired?"]
    assert _asked("Nobody knows whether the Quellby pier got repaired.") == ["Did the Quellby pier get repaired?"]


def test_frames_a_yes_no_question_the_article_asks() -> None:
    # in the text, after a colon in a headline, and put to the one interviewed ("your plant" is the plant)
    assert _asked("Will the Marwick tunnel really open before spring? Engineers think so.") == [
        "Will the Marwick tunnel open before spring?"]
    assert _asked("The board met on Monday.", "Analysis: is the Pellow footbridge safe?") == [
        "Is the Pellow footbridge safe?"]
    assert _asked("Is your plant polluting the Orrel river? We have never polluted it, she said.") == [
        "Is the plant polluting the Orrel river?"]
    # a tail that asks for the answer, no part of the question
    assert _asked("Will the Pellow council sell the mill, yes or no?") == ["Will the Pellow council sell the mill?"]
    assert _asked("Is the Pellow footbridge safe or not?") == ["Is the Pellow footbridge safe?"]


def test_frames_no_question_of_no_thing() -> None:
    # a pronoun for the subject or the thing, a question to "you", a question of anything, a wh-question, a condition's
    # "if", verbs listed before their object, a dateline the parse ran into the main clause's subject
    for body in ("Can it survive the winter?", "Can the Pellow council afford it?", "Will you resign, minister?",
                 "Is there any hope for the Pellow mill?", "Why did the Marwick tunnel close?",
                 "The mayor will resign if the Marwick tunnel stays shut.", "Nobody knows whether it will work.",
                 "Councillors will say on Friday whether the board will approve, delay or reject the Pellow plan."):
        assert _asked(body) == [], body
    # a dateline the parse made a subject before the clause's own: the nearest subject is the doer (before session 43 no
    # question was asked)
    assert _asked("HARLOW, March 12 - The Pellow council must decide whether to sell the mill.") == [
        "Will the Pellow council sell the mill?"]


def test_frames_names_in_capitals_asked() -> None:
    """"US" and "IT" in capitals are names, not the pronouns "us" and "it" (red before: both questions left out)."""
    assert _asked("Will the US join the Tarrenby pact?"), "US"
    assert _asked("Will the IT overhaul at Quellmoor council finish by June?"), "IT"
    assert _asked("Will it finish by June?") == [] and _asked("Will you join us in the Tarrenby pact?") == []


def test_frames_an_articles_words_keyed_as_the_frames_key_them() -> None:
    words = article_words(load_nlp()("The Tamsworth councillors renewed the quarry licences."))
    assert {"tamsworth", "councillor", "renew", "quarry", "licence"} <= set(words), words


def _frame(words: str, headline: str = "", questions: tuple[tuple[str, str, str], ...] = ()) -> dict[str, Any]:
    return {"words": words.split(), "headline": headline.split(),
            "questions": [[text, where, keys.split()] for text, where, keys in questions]}


def test_question_the_corpus_asks_scored_by_how_widely_it_is_argued() -> None:
    frames = [
        _frame("marwick tunnel open spring engineer", "marwick tunnel delay",
               (("Will the Marwick tunnel open before spring?", "body", "marwick tunnel open spring"),)),
        _frame("marwick tunnel open spring council", "tunnel open spring",
               (("Can the council pay the bill?", "whether", "council pay bill"),)),
        _frame("marwick tunnel open spring minister", "marwick tunnel"),
        _frame("marwick tunnel open spring driver", ""),
    ]
    best = corpus_question(frames)
    assert best is not None and best.text == "Will the Marwick tunnel open before spring?", best
    assert best.held == 1.0 and "4 of 4 articles" in best.reason(4)
    # a question whose words are in one article of four is argued too narrowly to be the corpus's
    assert scored(frames)[-1].text == "Can the council pay the bill?"
    assert corpus_question([*frames[1:2], _frame("rain"), _frame("rain"), _frame("rain")]) is None
    # a proposal of other words is argued less widely; one of the same words as widely
    assert argued(frames, "Will the council be paid?") < best.score
    assert argued(frames, "Will the Marwick tunnel be opened?") >= 1.5


def test_question_proposed_from_its_least_score() -> None:
    # held by 3 articles of 4 (0.75, at least half), each of its words in a headline adding 2 * 1/16: 0.875 is under
    # LEAST_SCORE (1.0) and proposes nothing; 1.0 and 1.125 propose it
    asked = (("Will the Brindlecombe quarry close in winter?", "body", "brindlecombe quarry close winter"),)

    def frames(headline: str) -> list[dict[str, Any]]:
        words = "brindlecombe quarry close winter"
        return [_frame(words, headline, asked), _frame(words), _frame(words), _frame("rain")]

    for headline, score, proposed in (("quarry", 0.875, False), ("quarry winter", 1.0, True),
                                      ("quarry winter close", 1.125, True)):
        best = scored(frames(headline))[0]
        assert (best.held, best.score) == (0.75, score), (headline, best)
        assert (corpus_question(frames(headline)) == best) is proposed, headline


def test_question_asked_narrowly_where_the_frames_find_nothing_argued() -> None:
    # session 45: a headline's question held by 2 articles of 5 (under half) scores 0.4 + 2 * 3/20 = 0.7 with three
    # headlines naming one of its four words each, 0.4 + 2 * 7/20 = 1.1 with four more: proposed where no frames' proposal
    # is argued (none made here), never under LEAST_SCORE
    asked = (("Can the Ostby Rovers still win the shield?", "headline", "ostby rovers win shield"),)
    words = "ostby rovers win shield"

    def frames(headlines: tuple[str, ...]) -> list[dict[str, Any]]:
        return [_frame(words, headlines[0], asked), _frame(words, headlines[1]), _frame("rain", headlines[2]),
                _frame("rain"), _frame("rain")]

    assert corpus_question(frames(("ostby", "rovers", "shield"))) is None
    assert corpus_question(frames(("ostby", "rovers", "shield")), spread=False) is None  # (0.7: under LEAST_SCORE)
    wide = frames(("ostby rovers win", "rovers shield win", "shield"))
    assert corpus_question(wide) is None
    found = propose_question(wide)
    assert found is not None and found.text == "Can the Ostby Rovers still win the shield?", found


def _propose(articles: list[tuple[str, str]]) -> tuple[str, str] | None:
    analysis = analyze_sources([Source(f"n{i}.json", "json", text=body, title=title)
                                for i, (title, body) in enumerate(articles)])
    q = analysis.question
    return (q.text, q.reason) if q is not None else None


def test_question_proposed_as_the_corpus_asks_it() -> None:
    # Before: 'Will the grain terminal be closed?', the frames' thing acted on in one article (the strike is a noun in
    # most); the corpus asks in a question and a whether-clause whether the dockers will strike, its words in every article
    found = _propose([
        ("Corran dockers weigh strike", "Union leaders met on Monday. Will the Corran dockers strike in June? Shipping "
         "firms have warned of delays to grain cargoes."),
        ("Port braces for Corran strike", "Port managers are unsure whether the Corran dockers will strike. Hauliers "
         "said a stoppage would close the grain terminal."),
        ("Grain exporters fear strike", "Exporters said the Corran dockers had every reason to strike. The ministry "
         "will publish grain figures on Friday."),
        ("Strike ballot closes", "The ballot of Corran dockers closes on Friday. The union said turnout was high."),
    ])
    assert found == ("Will the Corran dockers strike?", "the corpus's own question: an article writes it as a "
                     "whether-clause; its content words are in 4 of 4 articles, asked in 2"), found


def _ferry(headlines: tuple[str, str]) -> list[dict[str, Any]]:
    """Four articles writing both the ferry the council may not afford and the quarry that may close; two ask the first
    (with "ferry" in the `headlines` given them), the frames propose the second (acted on in each), "quarry" headlined
    in the fourth."""
    asked = (("Can the Tarrow council afford the ferry?", "whether", "tarrow council afford ferry"),)
    words = "tarrow council afford ferry brindle quarry close"
    out = [_frame(words, h, asked) for h in headlines] + [_frame(words), _frame(words, "quarry")]
    for f in out:
        f.update(acts={"close\tquarry": 2}, phrases={"quarry\tthe Brindle quarry": 1})
    return out


def test_question_proposed_by_its_margin() -> None:
    # the frames' "Will the Brindle quarry be closed?" argued 1.167; the corpus's own question 1.5 (0.333 more) is
    # proposed (not with question.ASKED_MARGIN 0.4), 1.375 (0.208 more) is not (it would be at 0.2)
    frames = _ferry(("ferry", "ferry"))
    assert round(argued(frames, "Will the Brindle quarry be closed?"), 3) == 1.167 and scored(frames)[0].score == 1.5
    found = propose_question(frames)
    assert found is not None and found.text == "Can the Tarrow council afford the ferry?", found
    frames = _ferry(("", "ferry"))
    assert scored(frames)[0].score == 1.375
    found = propose_question(frames)
    assert found is not None and found.text == "Will the Brindle quarry be closed?", found


def test_frames_a_headline_states_an_act_to_be_done() -> None:
    # session 44: a headline's act said with "to", asked of its doer with "will" (frames_asked._stated): headlinese's
    # future, an act a doer moves towards, one a doer is told to do; not inside a question the headline asks
    assert _asked("The Orrin family met on Monday.", "Orrin family enters talks to sell Tarl Mill to Brask Partners") == [
        "Will the Orrin family sell Tarl Mill to Brask Partners?"]
    assert _asked("The club met on Monday.", "Kelby Rovers to charge members for away coaches, angering fans") == [
        "Will Kelby Rovers charge members for away coaches?"]
    # (the parse runs "Regulator orders" into the name: the name's own words are its doer)
    assert _asked("The regulator met on Monday.", "Regulator orders Quenmark to sell its depot") == [
        "Will Quenmark sell its depot?"]
    # (an act said of a noun of a name's is the name's: before, "Will the Tarl council close the Brask depot?")
    assert _asked("The council met on Monday.", "Tarl council rejects Orrin plan to close the Brask depot") == [
        "Will Orrin close the Brask depot?"]
    # (a headline's verb the parse reads as a noun, "bill" left its root: no doer read, not "Will the Quenmark tables ...")
    assert _asked("The council met on Monday.", "Quenmark tables bill to keep under-16s off the Orrin ferries") == []
    assert _asked("The club met on Monday.", "Explainer: What would it take for Kelby Rovers to play in Tarl again?") == []
    assert _asked("Kelby Rovers will charge members for away coaches, the club said.") == []  # (a headline's alone)


def test_frames_going_to_a_place_asks_no_act() -> None:
    # session 45's review item 1: the parse tags what follows "going to" a verb or not; before, "Will the Varnley council
    # court?" (frames_asked._join)
    assert _asked("Is the Varnley council going to court? Nobody would say.") == ["Is the Varnley council going to court?"]
    assert _asked("Is the Varnley truce going to hold? Nobody would say.") == ["Will the Varnley truce hold?"]


def test_frames_a_headline_act_gets_its_article_back() -> None:
    # session 45: headlinese drops the article before a singular object ("reject Vantry contract"): "the" goes back at the
    # start of its phrase; not before a plural, a name's possessive or stuff written bare (frames_asked._bare_objects)
    assert _asked("The porters met on Monday.", "Porters to reject Vantry contract") == [
        "Will the porters reject the Vantry contract?"]
    assert _asked("The porters met on Monday.", "Porters told to accept revised Vantry offer") == [
        "Will the porters accept the revised Vantry offer?"]
    assert _asked("The club met on Monday.", "Kelby Rovers to charge members for away coaches") == [
        "Will Kelby Rovers charge members for away coaches?"]
    # (an artifact too: session 45's review item 5 would skip noun.artifact/noun.location for "risk jail", but headlinese
    # drops the article before "depot", "mill", "pier" as well, which that skip would leave bare: not made)
    assert _asked("The porters met on Monday.", "Porters to close Quorvey depot") == [
        "Will the porters close the Quorvey depot?"]
    assert _asked("The porters met on Monday.", "Porters to close depot") == ["Will the porters close the depot?"]
    # (not inside a verb's idiom, "take part", nor before a bare abstract noun, "take action")
    assert _asked("The guild met on Monday.", "Tarl guild to take part in talks") == ["Will Tarl take part in talks?"]
    assert _asked("The board met on Monday.", "Pellam Rovers to take action on fees") == [
        "Will Pellam Rovers take action on fees?"]


def test_question_a_headline_states_the_act_to_be_done() -> None:
    # a headline's statement scores STATED_SHARE of a question's score: held by all four articles, its words in two of
    # four headlines of four content words each (q_sell's shape, session 44)
    stated = (("Will the Orrin family sell Tarl Mill?", STATED, "orrin family sell tarl mill"),)
    frames = [_frame("orrin family sell tarl mill", "orrin family sell tarl mill", stated),
              _frame("orrin family sell tarl mill", "orrin family sell tarl mill"),
              _frame("orrin family sell tarl mill"), _frame("orrin family sell tarl mill")]
    best = corpus_question(frames)
    assert best is not None and best.text == "Will the Orrin family sell Tarl Mill?", best
    assert best.score == pytest.approx((1 + 2 * 10 / 20) * STATED_SHARE), best
    assert "a headline states it" in best.reason(4)


def test_question_of_two_content_words_scored_thin() -> None:
    # a subject and a bare verb: held by all four articles, "resign" in two of four headlines, the other question
    # sharing its words: (1 + 2 * 2/8 + 0.25) * THIN (0.8); with a third content word the full score
    asked = (("Should Marl Pellow resign?", "body", "marl pellow resign"), ("Should Pellow resign?", "body", "pellow resign"))
    frames = [_frame("marl pellow resign", "resign", asked[1:]), _frame("marl pellow resign", "resign", asked[:1]),
              _frame("marl pellow resign"), _frame("marl pellow resign")]
    best = {a.text: a.score for a in scored(frames)}
    assert best == pytest.approx({"Should Pellow resign?": 1.75 * 0.8, "Should Marl Pellow resign?": 1.25 + 2 * 2 / 12}), best


# The corpus writes the Kestrels as a body of people: its captain and its coach.
_PEOPLE = {"captain\tthe Kestrels captain": 1, "coach\ta Kestrels head coach": 1}


@pytest.mark.parametrize(("first", "second", "phrases", "expected"), [
    # a thing of the name's in the object's place, the name written more fully in one question, the corpus writing the
    # name as a body with people of its own (_has_people, session 44)
    ("Has Orla Brisk lost the changing room?", "Has Brisk lost the Kestrels?", _PEOPLE, "Has Orla Brisk lost the "
     "Kestrels' changing room?"),
    # a name with no people of its own written, or one: no body known, two questions (before session 44 a plural name
    # after "the" was merged unwritten)
    ("Has Orla Brisk lost the changing room?", "Has Brisk lost the Kestrels?", {}, None),
    ("Has Orla Brisk lost the changing room?", "Has Brisk lost the Kestrels?", {"captain\tthe Kestrels captain": 1}, None),
    # and of a name with no "the" or plural, as a body with people of its own (a company): the thing of the name's
    ("Will Tarnia ban Glyphex?", "Will Tarnia ban the weedkiller?", {"spokesman\ta Glyphex spokesman": 1,
                                                                     "chemist\tGlyphex chief chemist": 1},
     "Will Tarnia ban Glyphex's weedkiller?"),
    # in the subject's place the noun may be the name itself: merged only as the corpus writes it
    ("Has Quelmark turned the tide?", "Has the currency turned the tide?", {"currency\tQuelmark's currency": 1},
     "Has Quelmark's currency turned the tide?"),
    ("Has Quelmark turned the tide?", "Has the currency turned the tide?", {}, None),
    ("Will Tarnhold erupt this spring?", "Will the peak erupt this spring?", {}, None),
    # a noun for people or a body may be the name's other name ("the minister" of "Pellory"): only as written
    ("Will the board sack Pellory?", "Will the board sack the minister?", {}, None),
    # a general word for a proposal, or a word WordNet files with the name's last word or above it, may be the name's
    # other name: only as written (session 43)
    ("Will Tarnia sign the Harl Accord?", "Will Tarnia sign the deal?", {}, None),
    ("Will Tarnia sign the Harl Accord?", "Will Tarnia sign the agreement?", {}, None),
    ("Will the board sell the Orrin Mill?", "Will the board sell the factory?", {}, None),
    # a bare name may be the noun's thing itself ("Glyphex" has no WordNet sense): merged only as the corpus writes it
    # (review2b, session 43: before, "Will Tarnia ban Glyphex's weedkiller?" unwritten)
    ("Will Tarnia ban Glyphex?", "Will Tarnia ban the weedkiller?", {}, None),
    ("Will Tarnia ban Glyphex?", "Will Tarnia ban the weedkiller?", {"weedkiller\tGlyphex's weedkiller": 1},
     "Will Tarnia ban Glyphex's weedkiller?"),
    # the subject after "the" is the subject too (review2b: before, "Will the Tarnhold's peak erupt?")
    ("Will the Tarnhold erupt?", "Will the peak erupt?", {}, None),
    # two slots apart, or another opener: two questions
    ("Has Brisk lost the Kestrels?", "Has the owner lost the changing room?", {}, None),
    ("Will Brisk lose the Kestrels?", "Has Brisk lost the changing room?", {}, None),
])
def test_question_asked_of_a_name_and_its_thing(first: str, second: str, phrases: dict[str, int],
                                                expected: str | None) -> None:
    assert merged(first, second, [{"phrases": phrases}]) == expected
    assert merged(second, first, [{"phrases": phrases}]) == expected


def test_question_asked_of_a_name_and_its_thing_proposed() -> None:
    # the body asks of the changing room, a headline of the club; the merged question holds the frames' proposal's words,
    # which is then no rival to it (before: the frames' "Has Brisk lost the Kestrels?" was proposed, the margin unmet)
    asked = (("Has Orla Brisk lost the changing room?", "body", "orla brisk lose changing room"),
             ("Has Brisk lost the Kestrels?", "headline", "brisk lose kestrel"))
    words = "orla brisk lose changing room kestrel"
    frames = [_frame(words, "brisk kestrel", asked[:1]), _frame(words, "brisk lose kestrel", asked[1:]),
              _frame(words), _frame(words)]
    frames[2]["phrases"] = dict(_PEOPLE)
    best = corpus_question(frames)
    assert best is not None and best.text == "Has Orla Brisk lost the Kestrels' changing room?", best
    assert holds(best.text, "Has Brisk lost the Kestrels?") and not holds("Has Brisk lost the Kestrels?", best.text)


def test_question_said_more_fully() -> None:
    # the corpus asks "Will the quarry close?" more widely than the frames' "Will the Brindle quarry be closed?" is
    # argued, which holds its words: the same question, the frames' said more fully, is proposed (session 43)
    asked = (("Will the quarry close?", "body", "quarry close"),)
    frames = [_frame("brindle quarry close", "quarry close", asked), _frame("quarry close", "quarry close", asked),
              _frame("quarry close", "quarry"), _frame("brindle quarry close")]
    for f in frames:
        f.update(acts={"close\tquarry": 2}, phrases={"quarry\tthe Brindle quarry": 1})
    best = corpus_question(frames)
    assert best is not None and best.text == "Will the quarry close?"
    assert best.score > argued(frames, "Will the Brindle quarry be closed?") + ASKED_MARGIN
    found = propose_question(frames)
    assert found is not None and found.text == "Will the Brindle quarry be closed?", found



def test_question_held_through_a_kin_verb() -> None:
    # its verb in a kin verb, WordNet's synonym or the verb right above it (session 43, q_expand's shape); not its opposite
    assert holds("Will the Tarl guild grow to twelve lanes?", "Will the Tarl guild expand?")
    assert holds("Will the Orrin board sack Pellory?", "Will the Orrin board dismiss Pellory?")
    # either way round (review2b: before, "fire" held "sack" but "sack" not "fire")
    assert holds("Will the Orrin board sack Pellory?", "Will the Orrin board fire Pellory?")
    assert holds("Will the Orrin board fire Pellory?", "Will the Orrin board sack Pellory?")
    assert not holds("Will the Orrin council close the mill?", "Will the Orrin council open the mill?")
    assert not holds("Will the Tarl guild grow to twelve lanes?", "Will the Quell guild expand?")

def test_question_completed_by_its_pronoun_form() -> None:
    # session 43: a question of "it" is kept apart in the map, never proposed itself ...
    nlp = load_nlp()
    assert [q[:2] for q in asked_in(nlp("The question put to the town, whether it needs a second ferry across the Tarn, "
                                        "answers itself."), None)] == [
        ["Does it need a second ferry across the Tarn?", PRONOUN]]
    assert [q[:2] for q in asked_in(nlp("Nobody knows whether it will work."), None)] == [["Will it work?", PRONOUN]]
    # a headline's question of "they" too (before the mend it was kept as a headline's own question: "Are they staff?")
    assert [q[1] for q in asked_in(nlp("The Orrin riders."), nlp("Are they staff at the Orrin depot?"))] == [PRONOUN]
    # ... and completes the question asked of a name in the same words but fewer
    assert completed("Does Quellby need a second ferry?", "Does it need a second ferry across the Tarn?") == \
        "Does Quellby need a second ferry across the Tarn?"
    assert completed("Will the Orrin porters strike?", "Will they strike at the Tarl yard?") == \
        "Will the Orrin porters strike at the Tarl yard?"
    # the same subject (a scope may narrow it), another option, a time (one article's), nothing added: no completion
    assert completed("Will the Orrin porters strike?", "Will the Orrin porters strike at the Tarl yard?") is None
    assert completed("Will the Orrin porters strike?", "Will they strike in June?") is None
    assert completed("Will the Orrin porters strike?", "Will they strike before the 2027 season?") is None
    assert completed("Will the Orrin porters strike?", "Will the Tarl porters strike in June?") is None
    assert completed("Will the Orrin porters strike?", "Will they strike or not?") is None
    assert completed("Will the Orrin porters strike?", "Will they strike?") is None
    # whom it is so for narrows it, of a pronoun too (review2b: before, "Is Quarnex safe for sprayers?")
    assert completed("Is Quarnex safe?", "Is it safe for sprayers?") is None
    asked = (("Does Quellby need a second ferry?", "headline", "quellby need second ferry"),)
    words = "quellby need second ferry tarn"
    frames = [_frame(words, "quellby second ferry", asked), _frame(words, "quellby ferry", asked), _frame(words),
              _frame(words)]
    frames[2]["questions"] = [["Does it need a second ferry across the Tarn?", PRONOUN, ["need", "second", "ferry", "tarn"]]]
    best = corpus_question(frames)
    assert best is not None and best.text == "Does Quellby need a second ferry across the Tarn?", best
    assert [a.text for a in scored(frames)] == ["Does Quellby need a second ferry?"]
    # nor is it counted as another article asking the question (review2b: before, the third article, asking "Is the
    # ferry late?" and this, was counted: asked in 3)
    frames[2]["questions"].append(["Is the ferry late?", "body", ["ferry", "late"]])
    best = scored(frames)[0]
    assert (best.text, best.asked_in) == ("Does Quellby need a second ferry?", 2), best


def test_question_a_choice_asked_with_its_doer(monkeypatch: pytest.MonkeyPatch) -> None:
    # the corpus asks which of two goes first, widely; the frames' proposal names both and who builds them: it is
    # proposed (session 43; before: the choice, its doer lost); one naming one option only is not
    import stancemap.question as question
    from stancemap.question import _options, make_question

    asked = (("Does the pier or the ferry come first?", "headline", "pier ferry come first"),)
    words = "pier ferry come first"
    frames = [_frame(words, "pier ferry first", asked), _frame(words, "pier ferry first", asked), _frame(words, "pier"),
              _frame(words)]
    best = corpus_question(frames)
    assert best is not None and best.text == "Does the pier or the ferry come first?"
    for text, proposed in (("Will the Quellby council build the pier before the ferry?", True),
                           ("Will the Quellby council build the pier?", False)):
        monkeypatch.setattr(question, "_frames_question", lambda *_, text=text: make_question(text, True))
        found = propose_question(frames)
        assert found is not None and (found.text == text) is proposed, found
    assert _options("Does the pier or the ferry come first?") == "pier ferry"
    assert _options("Is it a slump or not?") is None and _options("Will the pier close?") is None


def test_question_asked_and_stated_scores_as_asked_whatever_the_order() -> None:
    # session 44's review_b item 3: before, a question one article asks in its body and another's headline states scored
    # x STATED_SHARE when the headline's article came first, in full when the body's did
    asked = ("Will the Vashti guild sell Pemble Wharf?", "body", "vashti guild sell pemble wharf")
    stated = (asked[0], STATED, asked[2])
    words = "vashti guild sell pemble wharf"
    first = [_frame(words, words, (stated,)), _frame(words, words, (asked,)), _frame(words), _frame(words)]
    second = [_frame(words, words, (asked,)), _frame(words, words, (stated,)), _frame(words), _frame(words)]
    one, two = corpus_question(first), corpus_question(second)
    assert one is not None and two is not None and one.score == pytest.approx(two.score), (one, two)
    assert "a headline states it" not in one.reason(4)


def test_frames_a_question_asked_is_kept_over_the_headline_stating_it() -> None:
    # session 44's review_b item 3: before, the headline's STATED entry filled `seen` and the body's question was dropped
    nlp = load_nlp()
    found = asked_in(nlp("Will Quillan Rovers charge fans for travel passes? Nobody would say."),
                     nlp("Quillan Rovers to charge fans for travel passes"))
    assert [q[1] for q in found if str(q[0]) == "Will Quillan Rovers charge fans for travel passes?"] == ["body"], found


def test_frames_a_headline_verb_tagged_a_name_is_not_the_doers() -> None:
    # session 44's review_b item 5: before, "Will Water Board Directs Pellam close its pier?": the walk back over the
    # name's words stops at a verb's -s form
    assert _asked("The board met on Monday.", "Water Board Directs Pellam to close its pier") in (
        [], ["Will Pellam close its pier?"])


def test_question_a_name_written_with_its_people_in_the_plural() -> None:
    # session 44's review_b item 4: before, the written plural ("supporters") was compared with its lemma key and never
    # counted; one person noun alone is too few
    supporters = {"supporter\tthe Quillan Tigers supporters": 1}
    assert not _has_people(["Quillan", "Tigers"], [{"phrases": supporters}])
    assert _has_people(["Quillan", "Tigers"], [{"phrases": {**supporters, "coach\ta Tigers coach": 1}}])


def test_question_a_verdict_on_a_name_is_no_state_asked() -> None:
    # session 45's review item 4: a verdict said of a name ("Was Vellor right?") is question_verdict.py's, not a state of
    # a thing (`question._state_asked`); before, True: `_beings` keys common nouns only
    from stancemap.question import _state_asked
    from stancemap.question_sum import sum_frames

    frames = _farms("=be right", "vellor")
    for f in frames:
        f["names"] = {"vellor": 1}
    assert not _state_asked(sum_frames(frames), "Was Vellor right?", {"vellor"})
    farms = _farms("=be safe")
    assert _state_asked(sum_frames(farms), "Is the water under the Pellby farms safe?", {"water", "pellby", "farm"})


def _farms(state: str, subject: str = "water") -> list[dict[str, Any]]:
    """Four articles on the Orrin dairy built (acted on in each, named in every headline); one headline asks whether the
    `subject` under the Pellby farms is safe, one article says a `state` of it, another that it is poisoned."""
    asked = ((f"Is the {subject} under the Pellby farms safe?", "headline", f"{subject} pellby farm safe"),)
    words = f"pellby farm {subject} safe orrin dairy build"
    out = [_frame(words, f"orrin dairy {subject} safe", asked), _frame(words, "orrin dairy"), _frame(words, "orrin dairy"),
           _frame("orrin dairy build rain", "orrin dairy")]
    for f in out:
        f.update(acts={"build\tdairy": 1}, phrases={"dairy\tthe Orrin dairy": 1})
    out[0]["acts"][f"{state}\t{subject}"] = 1
    out[1]["acts"][f"poison\t{subject}"] = 1
    return out


def test_question_a_state_asked_of_a_thing_said_so() -> None:
    # session 45 (q_contaminated's shape): the corpus asks whether a thing is in a state an article says of it, the thing
    # said of in half the articles and named in a headline: asked, though argued (1.0) less widely than the frames'
    # proposal (1.333) by more than the margin; a property chooses no thing in the frames (question._things)
    frames = _farms("=be safe")
    assert scored(frames)[0].score == 1.0 and round(argued(frames, "Will the Orrin dairy be built?"), 3) == 1.333
    found = propose_question(frames)
    assert found is not None and found.text == "Is the water under the Pellby farms safe?", found
    # not when no article says that state of it ("clean" is another word), nor of people ("the farmers are safe")
    for state, subject in (("=be clean", "water"), ("=be safe", "farmer")):
        found = propose_question(_farms(state, subject))
        assert found is not None and found.text == "Will the Orrin dairy be built?", (state, subject, found)
