"""A thing the bodies write bare ("the levy") is named in the question as a headline writes it with a name before it
("the Sarnwick harbour levy"; extract/frames_headline.py, question_words._headline_named; docs/evaluation.md, issue 9
session 39). Every name and sentence here is invented."""

from __future__ import annotations

from stancemap.extract.frames_headline import named_in_headline
from stancemap.parse import load_nlp

from .test_question_named_acts import _propose


def _named(headline: str) -> dict[str, int]:
    return named_in_headline(load_nlp()(headline))


def test_frames_a_headline_names_a_thing_with_a_name_before_it() -> None:
    # (each noun with the name among the words before it: the harbour too)
    assert _named("Council backs Sarnwick harbour levy after a long night") == {
        "levy\tSarnwick harbour levy": 1, "harbour\tSarnwick harbour": 1}


def test_frames_a_headline_in_capitals_or_with_a_label_names_nothing() -> None:
    # every word of a headline in capitals reads as a name; a label run into the name is no part of it
    assert _named("COUNCIL BACKS RIVERMOUTH HARBOUR LEVY") == {}
    # (the parser hangs "LIVE" on "vote": without the guard, "vote\tLIVE Sarnwick harbour levy vote")
    assert _named("LIVE Sarnwick harbour levy vote: councillors decide") == {}


def test_frames_a_bare_noun_in_a_headline_is_not_named() -> None:
    assert _named("Council backs the harbour levy after a long night") == {}


def test_question_a_thing_the_bodies_write_bare_is_named_as_the_headline_writes_it() -> None:
    # The bodies write only "the levy"; one headline writes "Sarnwick harbour levy". Before (session 38's code): "Will
    # the council approve the levy?", which says nothing of which levy.
    text = _propose([
        "Council backs Sarnwick harbour levy after a long night\n\nThe council will approve the levy on Monday, its "
        "leader said. Traders oppose the levy.",
        "Traders fight the levy\n\nShop owners urged the council to reject the levy. The council may approve the levy "
        "next week.",
        "What the levy would cost\n\nThe levy would add two pounds to each ticket. Councillors are expected to approve "
        "the levy.",
    ])
    assert text is not None and "Sarnwick harbour levy" in text, text


def test_question_a_thing_the_bodies_name_once_is_named_as_more_headlines_name_it() -> None:
    # One body writes "the Pellow truce" (once); two headlines write "Varnhold Valley truce" (Varnhold in both, Pellow in
    # none): the question names the truce as the headlines do. Before: "the Pellow truce", which names no word of where
    # the press says the truce is. A phrase the bodies write twice is kept.
    from stancemap.question_sum import sum_frames
    from stancemap.question_words import object_of

    def frame(phrases: dict[str, int], headline: list[str], named: dict[str, int]) -> dict[str, object]:
        return {"acts": {"=hold\ttruce": 2}, "phrases": phrases, "headline": headline, "headline_named": named}

    frames = [frame({}, ["varnhold", "valley", "truce", "shaky"], {"truce\tVarnhold Valley truce": 1}),
              frame({}, ["varnhold", "valley", "truce", "last"], {"truce\tVarnhold Valley truce": 1}),
              frame({"truce\tthe Pellow truce": 1}, ["envoy", "say", "talk"], {})]
    assert object_of(sum_frames(frames), "truce") == "the Varnhold Valley truce"
    frames[1]["phrases"] = {"truce\tthe Pellow truce": 1}
    assert object_of(sum_frames(frames), "truce") == "the Pellow truce"


def test_question_the_headlines_shorter_naming_of_the_same_name() -> None:
    # One body writes "their gleaming new ferry to Velk" (once); two headlines write "Velk ferry" (Velk in both, as in the
    # body's phrase): the headlines' shorter naming, holding every name the phrase writes (session 43). Before: the
    # body's phrase. A body's phrase with a name the headlines' naming lacks is kept.
    from stancemap.question_sum import sum_frames
    from stancemap.question_words import object_of

    def frame(phrases: dict[str, int], headline: list[str], named: dict[str, int]) -> dict[str, object]:
        return {"acts": {"=pay for itself\tferry": 2}, "phrases": phrases, "headline": headline, "headline_named": named}

    frames = [frame({}, ["velk", "ferry", "doubt"], {"ferry\tVelk ferry": 1}),
              frame({}, ["velk", "ferry", "cost"], {"ferry\tVelk ferry": 1}),
              frame({"ferry\ttheir gleaming new ferry to Velk": 1}, ["mayor", "say"], {})]
    assert object_of(sum_frames(frames), "ferry") == "the Velk ferry"
    frames[2]["phrases"] = {"ferry\tthe ferry to Velk from Orsa Bay": 1}
    assert object_of(sum_frames(frames), "ferry") == "the ferry to Velk from Orsa Bay"
