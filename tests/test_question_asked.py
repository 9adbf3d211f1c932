"""A headline's own question (issue 9 item 6, session 27): a yes/no question a headline asks of the thing the corpus
argues most is the proposition in the press's own words ("After the march: was the Eastmoor operation lawful?"),
asked as written. Every name and sentence here is invented."""

from __future__ import annotations

from stancemap.extract.frames_words import headline_questions
from stancemap.model import Source
from stancemap.parse import load_nlp
from stancemap.pipeline import analyze_sources


def _propose(articles: list[tuple[str, str]]) -> str | None:
    """The question proposed for articles given as (headline, body), each headline the article's own title."""
    analysis = analyze_sources([Source(f"n{i}.json", "json", text=body, title=title)
                                for i, (title, body) in enumerate(articles)])
    q = analysis.question
    assert q is None or (q.proposed and q.reason), q
    return q.text if q is not None else None


def test_frames_the_yes_no_questions_a_headline_asks() -> None:
    nlp = load_nlp()
    body = nlp("Officers defended the operation. The operations were reviewed.")
    assert headline_questions(body, "After the march: was the Eastmoor operation lawful?") == [
        ["Was the Eastmoor operation lawful?", ["eastmoor", "lawful", "operation", "the", "was"]]]
    # a part after a dash or a colon, in lower case, is asked with a capital
    assert headline_questions(body, "EXPLAINER - is the Eastmoor review fair?")[0][0] == "Is the Eastmoor review fair?"
    # no yes/no question: a choice, a wh-question, shouting, a statement
    for title in ("Copper, clay or rain? The suspects in the Eastmoor case", "What did the chief know, and when?",
                  "SOLD OUT? Fury at the Eastmoor deal", "Officers defend the Eastmoor operation", None):
        assert headline_questions(body, title) == [], title


def test_question_a_headline_asks_of_the_thing_argued_most() -> None:
    # Before: an act said of the operation in one article, 'Will the Eastmoor operation be ordered?'; no act or property
    # is said of it in half the articles, and one headline asks what they argue, of the thing they argue most.
    text = _propose([
        ("Eastmoor police defend the cordon", "The chief constable said the Eastmoor operation was necessary. "
         "Campaigners said officers had punished the crowd."),
        ("After the march: was the Eastmoor operation lawful?", "Lawyers for the protesters said the operation "
         "broke the law."),
        ("Panel questions chief over Eastmoor", "Councillors criticised the Eastmoor operation. The chief said he would "
         "review the operation."),
        ("Eastmoor: what the chief told the panel", "The chief ordered the Eastmoor operation on Friday, he said."),
    ])
    assert text == "Was the Eastmoor operation lawful?", text


def test_question_a_headline_question_as_a_proposition() -> None:
    # a second, wh-question joined to it and the writer's doubt ("really") are no part of the proposition
    text = _propose([
        ("Explainer: Will the Larkhill toll really cut traffic, and who would pay it?", "Officials said the Larkhill "
         "toll would cut traffic."),
        ("Toll vote nears", "Councillors debated the Larkhill toll on Monday."),
        ("Shops fear toll", "Shopkeepers criticised the Larkhill toll."),
        ("Drivers split", "Drivers said they would pay the Larkhill toll if buses improve."),
    ])
    assert text == "Will the Larkhill toll cut traffic?", text
    # (session 45: "Is X going to V" asked as "Will X V", as the corpus's own questions are)
    from stancemap.question import _plain

    assert _plain("Is the Larkhill toll going to cut traffic?") == "Will the Larkhill toll cut traffic?"


def test_question_a_headline_asking_of_something_else_is_not_asked() -> None:
    # a headline's question about a side matter (the weather) does not name the thing the articles argue (the toll)
    text = _propose([
        ("Will the rain stop on Friday?", "Officials said the Larkhill toll would cut traffic."),
        ("Toll vote nears", "Councillors debated the Larkhill toll on Monday."),
        ("Shops fear toll", "Shopkeepers criticised the Larkhill toll."),
        ("Drivers split", "Drivers said they would pay the Larkhill toll if buses improve."),
    ])
    assert text is not None and "rain" not in text, text


def test_question_an_act_argued_in_most_articles_outweighs_a_headline() -> None:
    # the approval is argued in every article: the corpus's own act, not the headline's question, is asked
    text = _propose([
        ("Will the Larkhill toll cut traffic?", "The council will approve the Larkhill toll next week, officials said."),
        ("Toll vote nears", "Councillors said they would approve the Larkhill toll if buses improve."),
        ("Shops fear toll", "Shopkeepers urged the council not to approve the Larkhill toll."),
    ])
    assert text is not None and "approve" in text, text


def test_question_a_headline_asks_it_in_a_synonym() -> None:
    # Before (session 31): "Will the ministry massage the crime figures?", an act said in one article. A headline asks
    # the question of the "numbers", which the corpus also writes (and acts on) for what it argues most, "the figures":
    # a synonym of the thing names it (WordNet's first two senses of "number" hold "figure").
    text = _propose([
        ("Orland crime figures under fire", "Opposition members said the ministry had massaged the crime figures. "
         "The ministry defended the figures."),
        ("Can Orland's crime numbers be trusted?", "Statisticians questioned the crime figures after the survey changed."),
        ("Panel to review Orland figures", "A panel will review the crime figures next month, officials said. Critics "
         "rejected the figures. Economists said they no longer trust the numbers."),
        ("Orland: what the statistician said", "The chief statistician said she would publish the figures on Friday."),
    ])
    assert text == "Can Orland's crime numbers be trusted?", text


def test_question_going_to_a_place_is_no_act() -> None:
    # session 45's review item 1: "going to" asked with "will" only before a verb; before, "Is the Varnley council going to
    # court?" -> "Will the Varnley council court?" and "Are the Quorvey Hornets going to the final?" -> "Will the Quorvey
    # Hornets the final?" (frames_asked._going_to)
    from stancemap.question import _plain

    for text in ("Is the Varnley council going to court?", "Are the Quorvey Hornets going to the final?",
                 "Is the Varnley mayor going to Brissel?", "Are the Varnley dockers going to their union?"):
        assert _plain(text) == text
    assert _plain("Are the Varnley dockers going to strike again?") == "Will the Varnley dockers strike again?"
