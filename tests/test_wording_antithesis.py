"""An outlet's antithesis as a framing term (stancemap/wording_antithesis.py; docs/evaluation.md, issue 9 session 43).
Invented sentences throughout."""

from __future__ import annotations

from stancemap import outlet_framing
from stancemap.wording_antithesis import antitheses, shown_antitheses

PLAIN = "The borough council met on Monday to discuss the ferry levy."


def _terms(text: str) -> set[str]:
    return {term for _, term in antitheses(text)}


def test_a_comma_not_antithesis_is_read_back_to_its_determiner() -> None:
    # "X, not Y": the near side back to its determiner (kept) or a function word (not kept), the far side to the
    # clause's end (red before: no candidate of this shape)
    assert _terms("Critics say the quay plan is a ferry, not a fleet.") == {"a ferry, not a fleet"}
    assert _terms("Her answer was caution, not courage, said the clerk.") == {"caution, not courage"}
    assert _terms("The harbour trust wants a proper slipway, not another survey.") == {"a proper slipway, not another survey"}


def test_rather_than_is_an_antithesis_too() -> None:
    assert _terms("The board has treated the vote as advice rather than instruction.") == {"advice rather than instruction"}


def test_an_antithesis_of_function_words() -> None:
    # a clause opening with its function word is that side whole; the far side may be a time or an owner
    assert _terms("Boat owners asked \u201cwhen, not whether\u201d the levy would fall.") >= {"when, not whether"}
    assert _terms("Banners read \u201cOur Quay, Not Theirs\u201d along the wall.") >= {"Our Quay, Not Theirs"}


def test_a_place_or_time_is_no_rival_side() -> None:
    # a far side opening with a function word that is no determiner is a place, a time, a manner: no antithesis
    assert _terms("The levy is for the harbour, not for the council.") == set()
    assert _terms("They will vote in spring, not in winter.") == set()
    # nor a side longer than MAX_SIDE words, nor one with a figure
    assert _terms("It is a ferry, not a fleet of large and costly new boats for everyone.") == set()
    assert _terms("They asked for 80 berths, not 400.") == set()
    # nor a sentence adverb alone (review2b, session 43: before, "The levy vote, not surprisingly")
    assert _terms("The levy vote, not surprisingly, failed.") == set()


def test_a_whole_quotation_with_not_is_a_placards_words() -> None:
    # a chant or a placard printed whole; a speaker's sentence in the first person is none
    assert ("quoted", "Berths not barriers") in antitheses("Outside, the crowd chanted \u201cBerths not barriers\u201d.")
    assert _terms("\u201cWe will not pay it,\u201d said one owner.") == set()
    # its apostrophe curly too (review2b: before, "We\u2019re not moving" was shown as a placard's)
    assert _terms("Owners held signs reading \u2018We\u2019re not moving\u2019 outside.") == set()


def test_each_outlet_is_shown_its_own_antithesis_once() -> None:
    texts = [[f"Quay levy row\n\n{PLAIN} Owners chanted \u201cBerths not barriers\u201d. It is a ferry, not a fleet."],
             [f"Levy vote today\n\n{PLAIN} The treasurer called it a ferry, not a fleet."],
             [f"Levy passes\n\n{PLAIN} The mayor said the levy was a start, not an end."]]
    found = shown_antitheses(texts, [set(), set(), {"a start, not an end"}])
    # one at most per outlet, a whole quotation first; none another outlet writes too; none already shown
    assert [[t.term for t in terms] for terms in found] == [["Berths not barriers"], [], []]


def test_framing_terms_show_the_antithesis() -> None:
    bodies = [f"Levy row\n\n{PLAIN} The plan is a ferry, not a fleet.", f"Levy vote\n\n{PLAIN}"]
    topic = (frozenset({"levy"}), frozenset({"levy"}), frozenset({"levy"}))
    found = outlet_framing.framing_terms(bodies, [], [], [[0], [1]], ["a", "b"], None, topic)
    assert "a ferry, not a fleet" in [t.term for t in found[0]]
    assert "a ferry, not a fleet" not in [t.term for t in found[1]]
