"""An outlet's own several-word runs as framing terms (wording_spans.py, shipped as framing_spans_model.json), on
invented articles of fictional outlets: which runs are candidates (only this outlet writes them, no function word at
either end, no name's word, no figure, never across punctuation), where they stand, and which one is shown."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap import wording_spans
from stancemap.wording_rank import prepared
from stancemap.wording_spans import candidates, clauses, runs, shown_runs

TEXTS = [
    ["Ferry bosses pull the rug from under islanders\n\nThe Quellby ferry bosses have decided to pull the rug from "
     "under the islanders. Residents said the route was \"a lifeline service, not a trinket\". The harbour board meets today."],
    ["Harbour board to review ferry route\n\nThe harbour board will review the ferry route run by Quellby Lines. "
     "The board meets today."],
    ["Islanders await ferry decision\n\nIslanders await a decision on the ferry route. Quellby Lines said costs had risen."],
]


def _model(weights: dict[str, float], threshold: float) -> dict[str, Any]:
    keys = sorted(weights)
    return prepared({"keys": keys, "mean": [0.0] * len(keys), "scale": [1.0] * len(keys),
                     "weights": [weights[k] for k in keys], "bias": 0.0, "threshold": threshold})


@pytest.fixture(autouse=True)
def _restore() -> Any:
    yield
    wording_spans.reset()


def test_clauses_know_quotation_headline_and_lede() -> None:
    found = clauses(TEXTS[0][0])
    assert found[0].headline and found[0].words[:3] == ["Ferry", "bosses", "pull"]
    quoted = [c for c in found if c.quoted]
    assert [" ".join(c.words) for c in quoted] == ["a lifeline service", "not a trinket"]
    assert all(c.lede for c in found[1:])


def test_runs_are_an_outlets_own_with_no_function_word_at_either_end() -> None:
    found = runs(TEXTS)
    mine = {key for key, _, _ in candidates(found, 0, set())}
    assert "pull the rug" in mine and "ferry bosses" in mine
    assert "the rug" not in mine and "rug from" not in mine  # a function word at one end
    assert "harbour board" not in mine  # the second outlet writes it too
    assert not any("quellby" in key for key in mine)  # a name's word (written capitalised inside a clause)
    assert "luxury the harbour" not in mine  # never across punctuation
    assert found.by_outlet[0]["pull the rug"].n == 2 and found.by_outlet[0]["pull the rug"].headline == 1
    assert found.by_outlet[0]["pull the rug"].surface == "pull the rug"  # as written in the body, not the headline


def test_quoted_runs_are_counted_as_not_in_the_outlets_voice() -> None:
    found = runs(TEXTS)
    assert "lifeline" not in found.by_outlet[0]  # one word is not a run
    features = {k: f for k, _, f in candidates(found, 0, set())}
    assert features["lifeline service"]["voiced"] == 0.0 and features["lifeline service"]["quoted_only"] == 1.0
    assert features["pull the rug"]["voiced"] == 1.0 and features["pull the rug"]["head"] == 1.0


def test_the_best_run_is_shown_when_it_scores_enough() -> None:
    wording_spans.use(_model({"head": 2.0, "words": 0.5}, threshold=3.0))
    shown = shown_runs(TEXTS, set(), [set(), set(), set()])
    # the first outlet's headline runs score 2.0 + 0.5 * words: its longest one is shown, one only
    assert [t.term for t in shown[0]] == ["bosses pull the rug"]
    assert all(len(terms) <= wording_spans.MOST for terms in shown)


def test_no_run_below_the_threshold_nor_one_already_shown() -> None:
    wording_spans.use(_model({"head": 2.0, "words": 0.5}, threshold=9.0))
    assert shown_runs(TEXTS, set(), [set(), set(), set()]) == [[], [], []]
    wording_spans.use(_model({"head": 2.0, "words": 0.5}, threshold=3.0))
    again = shown_runs(TEXTS, set(), [{"bosses pull the rug"}, set(), set()])
    assert [t.term.lower() for t in again[0]] != ["bosses pull the rug"]


def test_one_outlet_alone_has_no_runs() -> None:
    wording_spans.use(_model({"head": 2.0}, threshold=0.0))
    assert shown_runs(TEXTS[:1], set(), [set()]) == [[]]


def test_shipped_model_reads_the_features_found() -> None:
    wording_spans.reset()
    model = wording_spans.active()
    assert model is not None and "threshold" in model
    found = runs(TEXTS)
    names = set(candidates(found, 0, set())[0][2])
    assert set(model["keys"]) <= names


def test_the_bound_on_valence_never_changes_the_run_shown() -> None:
    """shown_runs looks up valence only for runs that may win (`_best_valences`): the same run as scoring them all."""
    from stancemap.wording_rank import scores

    wording_spans.reset()
    model = {**wording_spans.active(), "threshold": -99.0}  # type: ignore[dict-item]
    wording_spans.use(model)
    found = runs(TEXTS)
    for o in range(len(TEXTS)):
        rows = candidates(found, o, {"ferry"})
        best = min(zip(scores(model, [f for _, _, f in rows]), rows, strict=True), key=lambda sr: (-sr[0], sr[1][0]))
        assert [t.term for t in shown_runs(TEXTS, {"ferry"}, [set(), set(), set()])[o]] == [best[1][1].surface]


FRAGMENTS = [
    ["Tram fare rise hits commuters\n\nCommuters told Brenning councillors the tram fare rise hurts. The depot's "
     "manager quietly left. Driver support doesn't last. The mayor's budget stands. Crews warned riders of delays."],
    ["Council meets on trams\n\nThe council meets on Monday."],
]


def _cut(key: str) -> bool:
    run = runs(FRAGMENTS).by_outlet[0][key]
    return run.cut == run.n


def test_a_run_with_a_reporting_verb_is_a_fragment() -> None:
    assert _cut("commuters told") and _cut("warned riders")


def test_a_run_cut_inside_a_phrase_is_a_fragment() -> None:
    assert _cut("manager quietly")  # ends in an adverb
    assert _cut("support doesn't")  # holds a contraction
    assert _cut("mayor's budget")  # a possessive after a determiner: the phrase starts before the run
    assert _cut("tram fare")  # the clause goes on with a content word ("tram fare rise")
    assert not _cut("fare rise hurts") and not _cut("budget stands")


def test_a_run_with_a_capital_where_no_sentence_starts_is_a_fragment() -> None:
    found = runs(FRAGMENTS).by_outlet[0]
    assert "told brenning" not in found  # (a name's word is never in a run)
    assert _cut("fare rise hits")  # (its only occurrence, in the headline, goes on: "commuters")
    from stancemap.wording_spans import Clause, fragment
    clause = Clause(["Voters", "back", "the", "Crossing", "plan"], False, False, False, True)
    low, stop, barred = [w.lower() for w in clause.words], [False, False, True, False, False], [False] * 5
    assert fragment(clause, low, 3, 4, stop, barred)  # "Crossing plan": a capital inside a sentence
    assert not fragment(clause, low, 0, 1, stop, barred)  # "Voters back": a sentence's first word
    clause.headline = True
    assert not fragment(clause, low, 3, 4, stop, barred)  # a headline's capitals say nothing


def test_a_fragment_is_never_shown_but_the_run_written_whole_elsewhere_is() -> None:
    wording_spans.use(_model({"words": -1.0}, threshold=-9.0))
    shown = shown_runs(FRAGMENTS, set(), [set(), set()])
    assert shown[0] and shown[0][0].term.lower() not in {"commuters told", "tram fare", "support doesn't"}
    assert shown[0][0].term.lower() in {"fare rise", "budget stands", "rise hurts"}


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a run opening or closing with a function word is never a candidate; generated, the "
                   "runs' features cannot rank it among an outlet's hundreds of such runs (docs/evaluation.md, issue 9 "
                   "session 34, round 2: edge runs measured, not kept)")
def test_an_outlets_own_wording_opening_with_a_determiner_is_shown() -> None:
    # the outlet's own wording, written with its article in the headline and the lede, as a reader would quote it
    texts = [["Fares rise again as islanders pay the tide tax\n\nIslanders say the tide tax is the price of living "
              "offshore. The harbour board meets today."], *TEXTS[1:]]
    shown = shown_runs(texts, set(), [set(), set(), set()])
    assert "the tide tax" in [t.term.lower() for t in shown[0]]


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a verb and its particle closes with a spaCy stop word, so is never a run; "
                   "generated as WordNet set phrases only (a few an outlet), the outlet's own among them is gold too "
                   "rarely to show one (docs/evaluation.md, issue 9 session 35: 12 gold of 2,865 on DEVELOP)")
def test_an_outlets_own_verb_and_particle_is_a_candidate() -> None:
    # the outlet's own wording for the islanders' stand, a verb and its particle, in its headline and lede
    texts = [["Islanders dig in as ferry fares rise\n\nIslanders vowed to dig in against the fare rise."], *TEXTS[1:]]
    found = runs(texts)
    assert "dig in" in [key for key, _, _ in candidates(found, 0, set())]


def test_bounds_are_the_scores_of_the_plain_features() -> None:
    # each run's bound scored a column at a time (`_bounds`, issue 11 session 37) is the logit of its plain features with
    # the best valences, the same float as `scores` of the row (red if a column's value or its place in the sum differs)
    from stancemap.wording_rank import scores
    from stancemap.wording_spans import _best_valences, _bounds, _plain_features

    found = runs(TEXTS)
    shipped = wording_spans.active()
    assert shipped is not None
    odd = _model({"log_n": 0.9, "others_min": -1.3, "sc_max": 0.21, "val_min": -0.4, "topic": 0.7, "novel": 0.33}, -1.0)
    for model in (shipped, odd):
        best = _best_valences(model)
        for o in range(len(TEXTS)):
            mine = found.by_outlet[o]
            keys = sorted(k for k in mine if len(found.run_outlets[k]) == 1)
            expected = scores(model, [{**_plain_features(k, mine[k], found, {"ferry"}), **best} for k in keys])
            assert keys and _bounds(model, keys, mine, found, {"ferry"}, best, {}) == expected


def test_cut_counted_till_settled() -> None:
    """A run is a fragment everywhere written (`cut == n`) exactly when `fragment` says so of every place it is written, though
    places after one that is no fragment are not tested (issue 11, session 43). Invented texts: "fare rise" ends a clause
    first and goes on later, and the other way round; "harbour levy" goes on everywhere."""
    from stancemap.wording_spans import LENGTHS, STOP_WORDS, fragment, name_words

    texts = [["Harbour levy talks\n\nRiders hate the fare rise. The fare rise hurts Dunmore. The harbour levy bites."],
             ["Levy vote\n\nThe fare rise stings. Walkers resent the fare rise. The harbour levy stings."], *FRAGMENTS]
    found = runs(texts)
    for o, mine in enumerate(texts):
        parsed = [clauses(t) for t in mine]
        named = name_words(c for text in [clauses(t) for m in texts for t in m] for c in [text])
        everywhere: dict[str, bool] = {}
        for text in parsed:
            for clause in text:
                low = [w.replace("\u2019", "'").lower() for w in clause.words]
                stop = [w in STOP_WORDS for w in low]
                barred = [w in named or w[0].isdigit() for w in low]
                for i in range(len(low)):
                    if stop[i] or barred[i]:
                        continue
                    for n in LENGTHS:
                        j = i + n - 1
                        if j >= len(low) or barred[j]:
                            break
                        if stop[j]:
                            continue
                        key = " ".join(low[i:j + 1])
                        everywhere[key] = everywhere.get(key, True) and fragment(clause, low, i, j, stop, barred)
        assert everywhere and {k: r.cut == r.n for k, r in found.by_outlet[o].items()} == everywhere
    assert found.by_outlet[0]["fare rise"].cut < found.by_outlet[0]["fare rise"].n
    assert found.by_outlet[1]["fare rise"].cut < found.by_outlet[1]["fare rise"].n
