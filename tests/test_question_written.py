"""The proposed question writes its thing as the corpus writes it: in the number the articles use ("the talks",
not "the talk") and with a kind said by a number hyphened to its unit ("the four-day week", not "the week"),
while a sum, a share or a size stays out ("a 5-billion-crown deal", "the 300-metre pier"). Issue 9, session
22: shapes of the lead's description of session 21's sealed batches (talks collapsing, a four-day week), written
anew; every name here is invented."""

from __future__ import annotations

import pytest

from .test_question_named_acts import _frames, _propose


def test_question_words_a_thing_in_the_number_written() -> None:
    # "talks" is written in the plural wherever it is acted on: the question keeps it ("the talk collapse" before).
    from stancemap.question_sum import sum_frames
    from stancemap.question_words import object_of

    corpus = sum_frames([{"acts": {"=collapse\ttalk": 2, "ban\tship": 2, "approve\tplan": 2},
                          "forms": {"talk\ttalks": 3, "ship\tships": 1, "ship\tship": 2, "plan\tplan": 1}}])
    assert [object_of(corpus, t) for t in ("talk", "ship", "plan")] == ["the talks", "the ship", "the plan"]


def test_question_proposed_talks_that_may_collapse() -> None:
    # Before: 'Will the talk collapse?'.
    text = _propose([
        "Wage talks at Oskery Mills near collapse\n\nThe talks between Oskery Mills and the weavers' union could "
        "collapse on Friday, both sides said. The union said the talks would fail unless the company raised "
        "its offer.",
        "Oskery boss upbeat\n\nOskery's chief executive said the talks would not collapse. The union's leader "
        "said she did not think the talks could be saved.",
        "Minister urges Oskery sides to keep talking\n\nThe minister said a collapse would hurt the town. "
        "Weavers fear the talks will collapse before the holiday.",
    ])
    assert text is not None and "the talks" in text and "collapse" in text, text


def test_frames_keep_a_kind_said_with_a_number() -> None:
    # A number hyphened to its unit names the kind ("a four-day week", "the two-child limit"); money, a share
    # and a size are amounts, left out as before ("a 5-billion-crown deal" -> "a --deal").
    frames = _frames("The firm will introduce a four-day week. Ministers will scrap the two-child limit. The "
                     "board signed a 5-billion-crown deal. The council will reopen the 300-metre pier.")
    phrases = set(frames["phrases"])  # type: ignore[arg-type]
    assert {"week\ta four-day week", "limit\tthe two-child limit"} <= phrases, phrases
    assert not any("crown" in p or "300" in p for p in phrases), phrases


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a number word of a name is dropped as an amount (spaCy's like_num holds ordinals): "
                   "fixed in session 34 (df1ec2be), no proposal changed, reverted")
def test_frames_keep_a_number_word_of_a_name() -> None:
    # A number word written as a word of a name ("the Homes First Plan", "the Three Rivers Bridge": spaCy counts an ordinal
    # and a number word as `like_num`) is no amount: kept, with the word after it; a figure, or a count opening a sentence,
    # is not. On main: 'the Homes Plan', and no phrase for the bridge ('the Bridge' is none).
    frames = _frames("Ministers will scrap the Homes First Plan. The council will rename the Three Rivers Bridge. The "
                     "firm will repay 14.6 billion crowns. Sixteen clubs will sign the charter.")
    phrases = set(frames["phrases"])  # type: ignore[arg-type]
    assert {"plan\tthe Homes First Plan", "bridge\tthe Three Rivers Bridge"} <= phrases, phrases
    assert "crown\t14.6 billion crowns" in phrases and not any("Sixteen" in p for p in phrases), phrases


def test_question_proposed_keeps_a_kind_said_with_a_number() -> None:
    # Before: 'Will Kelbrook Foods introduce the week?'.
    text = _propose([
        "Kelbrook Foods weighs four-day week\n\nKelbrook Foods will introduce a four-day week next year if a trial "
        "succeeds, its chief executive said. The union urged Kelbrook Foods to introduce the four-day week now.",
        "Managers wary of shorter week\n\nSome managers said Kelbrook Foods should not introduce a four-day week "
        "before the trial ends.",
        "Kelbrook staff back four-day week\n\nStaff said the firm must introduce the four-day week for everyone.",
    ])
    assert text is not None and "four-day week" in text, text


def test_frames_a_duty_laid_on_a_class() -> None:
    # "require skaters to wear pads", "skaters should be obliged to wear pads", "a rule forcing skaters to wear pads":
    # the act of wearing is laid as a duty on a class; urging is no duty, and a person or a body named is no class.
    frames = _frames("The council will require skaters to wear knee pads. Skaters should be obliged to wear pads, "
                     "the coach said. A rule forcing skaters to wear pads is unfair. Parents urged teenagers to wear "
                     "pads. The party forced Drellan to quit the board. The league forced the club to sell its ground.")
    assert set(frames["duties"]) == {  # type: ignore[arg-type]
        "wear\tpad\trequire\tskater\tskaters", "wear\tpad\toblige\tskater\tskaters", "wear\tpad\tforce\tskater\tskaters"}


def test_question_an_obligation_on_a_class() -> None:
    # Before: 'Will the pads be worn?' (the act laid as a duty asked without the duty).
    text = _propose([
        "Knee pads for skaters split Ambry board\n\nThe Ambry parks board will vote on whether to require skaters "
        "to wear knee pads at the new rink. The skaters' club said it would fight any rule forcing skaters to wear "
        "pads.",
        "Should skaters be made to wear pads?\n\nDoctors said the board should require skaters to wear pads. The "
        "club's chair said skaters should not be forced to wear pads they do not need.",
        "Rink rule vote next week\n\nThe board's chair said she would vote to require skaters to wear pads. Several "
        "parents said they already wear pads.",
    ])
    assert text is not None and "required to wear" in text and "skaters" in text, text


def test_frames_a_sum_keeps_its_figure() -> None:
    # A sum of money is written with its figure ("2 billion euros", "12 million crowns"); a count of other things is
    # no sum ("300 jobs"), and a share keeps its old phrase.
    frames = _frames("The court ordered Vessler Freight to repay 12 million crowns. Ministers want the bank to return "
                     "2 billion euros. The firm hopes to save 300 jobs.")
    phrases = set(frames["phrases"])  # type: ignore[arg-type]
    assert {"crown\t12 million crowns", "euro\t2 billion euros"} <= phrases, phrases
    assert not any(p.startswith("job\t") for p in phrases), phrases


def test_question_a_sum_keeps_its_figure() -> None:
    # Before: 'Will Vessler Freight repay the crown?' (the currency's word alone).
    text = _propose([
        "Vessler Freight told to repay aid\n\nThe competition office ruled that Vessler Freight must repay 12 million "
        "crowns. The company said it would not repay 12 million crowns before its appeal is heard.",
        "Vessler appeal\n\nVessler Freight will appeal. Unions fear the firm cannot repay 12 million crowns and keep "
        "its depots open.",
        "Region wants Vessler money back\n\nThe region's treasurer said Vessler Freight should repay the 12 million "
        "crowns at once.",
    ])
    assert text is not None and "12 million crowns" in text, text


def test_question_a_penalty_imposed_is_its_verb_done() -> None:
    # "impose a fine" most, "fine Pennacott Water" in two articles: the fine is done to Pennacott Water. Before: 'Will the
    # fine be imposed?' (whom it is for left out).
    text = _propose([
        "Regulator weighs fine over Pennacott Water spill\n\nThe river authority could impose a fine after the spill, "
        "its director said. Anglers urged the authority to fine Pennacott Water. The company said a fine would delay "
        "repairs.",
        "Pennacott Water braces for penalty\n\nAnalysts expect the authority to impose a fine. Campaigners said the "
        "authority must fine Pennacott Water hard.",
        "A fine won't clean the river, says Pennacott boss\n\nPennacott Water's chief said the authority should not impose "
        "a fine before the inquiry ends.",
    ])
    assert text is not None and "Pennacott Water" in text and "fine" in text, text


def test_question_a_rule_enforced_is_no_penalty() -> None:
    # "enforce" is a WordNet synonym of "impose", but a ban enforced is no penalty done to someone (review of session
    # 22: it gave 'Will the e be banned?', the ban's verb done to "e-scooters" cut at its hyphen).
    text = _propose([
        "Police to enforce scooter ban\n\nPolice in Tamsworth will enforce the ban on e-scooters from Monday, the chief "
        "constable said. The council voted last year to ban e-scooters from the old town.",
        "Riders angry at crackdown\n\nRiders said the police should not enforce the ban until the council opens a cycle "
        "lane. Shopkeepers urged police to enforce the ban strictly.",
        "Will the ban work?\n\nCouncillors said police must enforce the ban. Some said the council should never have "
        "moved to ban e-scooters.",
    ])
    assert text is not None and "enforce the ban" in text, text


def test_question_words_a_sentence_start_folded() -> None:
    # "Harbour dues, the board said, ..." opens a sentence; "harbour dues" is written too: one phrase, in lower case
    # (before: "the Harbour dues" won the tie). A name keeps its capitals.
    from stancemap.question_sum import sum_frames
    from stancemap.question_words import object_of

    corpus = sum_frames([{"acts": {"raise\tdue": 2, "sell\tferry": 2},
                          "phrases": {"due\tHarbour dues": 1, "ferry\tthe Corran Ferry": 2}},
                         {"acts": {"raise\tdue": 2}, "phrases": {"due\tharbour dues": 1}}])
    assert object_of(corpus, "due") == "the harbour dues"
    assert object_of(corpus, "ferry") == "the Corran Ferry"


def test_question_words_a_name_keeps_the_article_the_corpus_writes() -> None:
    # session 45: the frames keep a subject's name without its article ("Will Housing Ombudsman investigate ...?"); it
    # goes back where the corpus writes "the" before the name more often than not (question_words.with_article)
    from collections import Counter
    from types import SimpleNamespace

    from stancemap.question_words import with_article

    corpus = SimpleNamespace(phrases={"ombudsman": Counter({"the Tarnby Harbour Ombudsman": 3, "Tarnby Harbour Ombudsman": 1}),
                                      "council": Counter({"Tarnby City Council": 4, "the Tarnby City Council": 1})})
    assert with_article(corpus, "Tarnby Harbour Ombudsman") == "the Tarnby Harbour Ombudsman"  # type: ignore[arg-type]
    assert with_article(corpus, "Tarnby City Council") == "Tarnby City Council"  # type: ignore[arg-type]
    assert with_article(corpus, "Ilse Varrow") == "Ilse Varrow"  # type: ignore[arg-type]
