"""An outlet's headline label and quotation as framing terms (stancemap/wording_headline.py; docs/evaluation.md, issue 9
session 34). Invented headlines throughout."""

from __future__ import annotations

import pytest

from stancemap import outlet_framing, wording_headline
from stancemap.wording_headline import headline_terms, headline_wordings


def _texts(*heads: str) -> list[list[str]]:
    return [[f"{head}\n\nThe borough council met on Monday to discuss the quay levy."] for head in heads]


def test_headline_label_before_its_colon_is_shown() -> None:
    # the words before a headline's colon, which the outlet chose to sum its story up with (red before: no such candidate)
    found = headline_terms(_texts("Parking fees in court: the quay levy goes before a judge",
                                  "Council defends quay levy at hearing"), [set(), set()])
    assert [t.term for t in found[0]] == ["Parking fees in court"]
    assert found[1] == []


def test_headline_quotation_is_shown_once_with_its_label() -> None:
    # a quotation the outlet put in its headline, three words or more; the same words as label and quotation once
    assert headline_wordings("'A levy is not a plan': the treasurer on the quay charge") == ["A levy is not a plan"]
    assert headline_wordings("Treasurer says \u2018a levy is not a plan\u2019 as council votes") == ["a levy is not a plan"]
    # an apostrophe opens no quotation ("council's ... boat's")
    assert headline_wordings("The council's levy and the boat's owners") == []


@pytest.mark.parametrize("head", [
    "Live: council votes on the quay levy",                 # a kind of article (navigation.LABEL_TAGS)
    "Analysis: what the quay levy means for boat owners",
    "Our view: the quay levy is overdue",                   # an editorial's label
    "The Harbour Gazette view: the levy is overdue",
    "'We will not sell the quay', says harbour chief",      # a speaker's claim in the first person
    "Mayor Ann Lowe: the levy will stay",                   # a name alone
    "GRIDLOCK: boat owners rally against levy",             # one word (a label of one word is no wording of several)
    "'Unfair': boat owners rally against levy",
])
def test_headline_labels_that_are_no_wording(head: str) -> None:
    assert headline_wordings(head) == []


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a label holding any word of navigation.LABEL_TAGS is read as a kind of article, "
                   "a site's section words among them ('money', 'home', 'jobs'); narrowed to the kinds, it gains 3 gold "
                   "labels on DEVELOP and none of 11 on the held-out splits (docs/evaluation.md, issue 9 session 35)")
def test_headline_label_holding_a_section_word_is_kept() -> None:
    # "money" names a site's section, but this label is the outlet's wording, not a kind of article
    assert headline_wordings("Money talks, town walks: traders rally against the levy") == ["Money talks, town walks"]


def test_headline_label_in_capitals_is_kept() -> None:
    # a tabloid's label in capitals is a wording, not a name
    assert headline_wordings("TOLL TRAP TOWN: boat owners rally against levy") == ["TOLL TRAP TOWN"]


def test_headline_label_another_outlet_writes_or_already_shown() -> None:
    # a label another outlet's headline writes too is no choice of this one; one shown already is not shown twice
    found = headline_terms(_texts("Quay levy vote: council backs the charge", "Quay levy vote: owners lose"),
                           [set(), set()])
    assert found == [[], []]
    found = headline_terms(_texts("Parking fees in court: the levy before a judge", "Council defends levy"),
                           [{"parking fees in court"}, set()])
    assert found == [[], []]


def test_headline_label_counted_in_other_headlines_as_whole_words() -> None:
    # another outlet's headline writing the label's words inside longer words ("quay levy" in "quay levying") does not
    # write the label: it is still this outlet's own (red before session 35: counted as a substring)
    found = headline_terms(_texts("Quay levy: boat owners rally at the harbour",
                                  "Quay levying powers go to a vote"), [set(), set()])
    assert [t.term for t in found[0]] == ["Quay levy"]
    found = headline_terms(_texts("Quay levy: boat owners rally at the harbour",
                                  "Owners fight the quay levy in court"), [set(), set()])
    assert found[0] == []


def test_headline_wordings_of_an_outlet_are_bounded() -> None:
    # an outlet of many articles shows at most MOST, in its articles' order; a first paragraph read as a headline
    # (more than MAX_HEADLINE words) none
    heads = ["Toll trap town: owners rally", "Levy in the dock: a judge decides", "Harbour cash grab: what next"]
    texts = [[f"{h}\n\nBody." for h in heads], ["Council defends levy\n\nBody."]]
    found = headline_terms(texts, [set(), set()])
    assert [t.term for t in found[0]] == ["Toll trap town", "Levy in the dock"]
    assert len(found[0]) == wording_headline.MOST < len(heads)  # the third headline's label cut by the bound
    long = "Boat owners " + "and fishers " * 12 + "said on Monday: the levy is unfair"
    assert headline_wordings(long) == []


def test_framing_terms_show_an_outlets_headline_label() -> None:
    # the pipeline's framing (outlet_framing.framing_terms) adds it past the outlet's other terms
    bodies = [f"{head}\n\nThe borough council met on Monday to discuss the quay levy. Boat owners were there."
              for head in ("Toll trap town: owners rally against quay levy", "Council defends quay levy",
                           "Quay levy debated by councillors")]
    topic = (frozenset({"levy", "quay"}), frozenset({"approve"}), frozenset({"levy"}))
    found = outlet_framing.framing_terms(bodies, [], [], [[0], [1], [2]], ["a", "b", "c"], None, topic)
    assert "Toll trap town" in [t.term for t in found[0]]
    assert all("Toll trap town" not in [t.term for t in terms] for terms in found[1:])


def test_headline_label_written_inside_a_longer_word_elsewhere_is_still_its_own() -> None:
    # another outlet's headline writes the label's letters only inside a longer word ("rail striker"): the label is still
    # this outlet's alone (whole words, as before the count in C came first: issue 11 session 37); written whole there,
    # it is not (red if the count in C alone decided)
    found = headline_terms(_texts("Rail strike chaos: commuters stranded at the quay", "Rail strike chaoses spread"),
                           [set(), set()])
    assert [t.term for t in found[0]] == ["Rail strike chaos"]
    found = headline_terms(_texts("Rail strike chaos: commuters stranded at the quay", "Rail strike chaos spreads to ferries"),
                           [set(), set()])
    assert found[0] == []


def test_headline_question_is_a_wording() -> None:
    # a short question the headline asks, from its start or after a colon or a quotation mark, its mark stripped as a
    # label's (issue 9 session 43; red before: no question was read)
    assert headline_wordings("Ferry or fleet? The quay levy goes to a vote") == ["Ferry or fleet"]
    assert headline_wordings("Quay levy: toll by stealth?") == ["Quay levy", "toll by stealth"]
    # a quotation that asks is one wording
    assert headline_wordings("Harbour Hour: \u201cBerth or barrier?\u201d - the panel debate") == ["Berth or barrier"]
    # not one in the first person, nor one opening with an auxiliary (the corpus's own question), nor a long one
    assert headline_wordings("Are we next? Boat owners fear the levy") == []
    assert headline_wordings("Will the quay levy pass? Council votes tonight") == []
    assert headline_wordings("Is there any real case at all for a quay levy this year?") == []
    # nor one holding a quotation already shown, its mark kept (review2b, session 43: before, also "Tarl's quay 'sunk")
    assert headline_wordings("Tarl's quay 'sunk without trace'? Not so fast") == ["sunk without trace"]


def test_headline_question_another_outlet_asks_is_nobodys() -> None:
    found = headline_terms([["Ferry or fleet? Levy vote today\n\nThe council met."],
                            ["Ferry or fleet? Council decides\n\nIt met."],
                            ["Toll by stealth? Owners rally\n\nThey rallied."]], [set(), set(), set()])
    assert [[t.term for t in terms] for terms in found] == [[], [], ["Toll by stealth"]]
