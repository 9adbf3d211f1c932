"""A property said in degree (a comparison, "cheaper", "more reliable"; an excess, "too high") is proposed in the
degree the corpus argues, of the side it is said of, with what it is compared with where two articles write it; a
property said plainly, of the thing as its own sentences write it (extract/frames.degree_of, question_act.in_degree,
said_plainly; docs/evaluation.md, issue 9 session 29). Invented corpora."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def test_frames_a_property_said_in_degree() -> None:
    degrees = _frames("The Dunholt trams are cheaper than buses. Electric ferries are far cheaper to run than your "
                      "diesels. Your water charges are too high. The new survey is more reliable. The bridge is safe.")[
        "degrees"]
    assert degrees == {
        "=be cheap\ttram\tcheaper\tthe Dunholt trams\tbuses\tare": 1,  # (a name keeps its capitals)
        "=be cheap\tferry\tcheaper\telectric ferries\tthe diesels\tare": 1,  # ("than" under the infinitive; "your" -> "the")
        "=be high\tcharge\ttoo high\tthe water charges\t\tare": 1,
        "=be reliable\tsurvey\tmore reliable\tthe new survey\t\tis": 1,
        "=be safe\tbridge\t\tthe bridge\t\tis": 1,  # (said plainly: in no degree)
    }, degrees


def test_question_a_comparison_is_asked_as_argued() -> None:
    # Before (main 4f46d2f): 'Is the ferry cheap?': the lemma lost the comparison, and the acts alone gave the thing's
    # phrase (none) and number.
    text = _propose([
        "Ferry fleet choice\n\nElectric ferries are cheaper than diesel ferries, the harbour board says. The diesel "
        "ferries are old.",
        "Harbour audit\n\nThe auditor says the electric ferries are not cheaper than diesel ferries over twenty years.",
        "Crews split\n\nCrew leaders say the electric ferries are cheaper to run. The diesel ferries are loud.",
    ])
    assert text == "Are the electric ferries cheaper than diesel ferries?", text


def test_question_an_excess_is_asked_as_argued() -> None:
    # Before (main 4f46d2f): 'Is the fare high?'; the corpus argues that they are too high.
    text = _propose([
        "Fares row\n\nCampaigners say the new fares are too high for pensioners.",
        "Operator defends fares\n\nThe operator insists the new fares are not too high for the investment.",
        "Regulator weighs in\n\nThe regulator said the new fares were high but fair.",
    ])
    assert text == "Are the new fares too high?", text


def test_question_a_degree_said_in_fewer_than_half_the_articles_is_not_asked() -> None:
    # The plain adjective in two articles of three, "too" in one: the plain property is what is argued.
    text = _propose([
        "Fares row\n\nCampaigners say the new fares are too high for pensioners.",
        "Operator defends fares\n\nThe operator insists the new fares are not high for the investment.",
        "Regulator weighs in\n\nThe regulator said the new fares were high but fair.",
    ])
    assert text == "Are the new fares high?", text  # (main: "Is the fare high?", its number and phrase from the acts)
