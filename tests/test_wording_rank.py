"""The learned ranker of an outlet's framing phrases (wording_rank.py, shipped as framing_model.json), on
written articles of fictional outlets: it shows as many phrases as the rules chose and one more, only phrases the
outlet writes in its own voice, and the same ones whatever the order outlets are read in."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import pytest

from stancemap import wording, wording_rank
from stancemap.extract.wording import wording_of
from stancemap.wording import COINAGE_EXTRA, MAX_TERMS, QUOTED_EXTRA, RANKED_EXTRA, RANKED_LEAST, SECOND_EXTRA, WordingCounts

ARTICLES = {
    "wire": "The council may approve the harbour levy on Tuesday. The harbour levy would fund repairs to the quay. "
            "Analysts expect the council to approve the levy.",
    "tabloid": "The council wants to approve its boat tax. The boat tax hands the port bosses a blank cheque. "
               "Owners at the marina say the boat tax is “a death trap for small yards”.",
    "daily": "Councillors will vote on the harbour levy. Boat owners oppose the levy.",
}
TOPIC = (frozenset({"levy", "harbour", "council", "approve"}), frozenset({"approve", "block"}), frozenset({"levy"}))


@lru_cache(maxsize=1)
def _phrases() -> dict[str, dict[str, list[Any]]]:
    from stancemap.parse import load_nlp

    nlp = load_nlp()
    return {outlet: wording_of(nlp(text)) for outlet, text in ARTICLES.items()}


def _counts(order: list[str]) -> WordingCounts:
    counts = WordingCounts()
    for outlet in order:
        counts.add(outlet, _phrases()[outlet])
    counts.set_topic(*TOPIC)
    return counts


@pytest.fixture
def shipped() -> Iterator[dict[str, Any]]:
    model = wording_rank.active()
    assert model is not None, "framing_model.json is shipped"
    yield model
    wording_rank.reset()


def test_ranker_shows_one_phrase_more_than_the_rules(shipped: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # the ranker's next-best phrase is shown too (issue 9 session 17: recall rose on batches never trained on, at one
    # term per outlet more at most; red before: as many as the rules chose), never more than the outlet writes
    # (the second ranker's phrase past them all: test_second_ranker_adds_its_best_phrase_not_shown)
    monkeypatch.setattr(wording, "SECOND_EXTRA", 0)
    counts = _counts(list(ARTICLES))
    assert RANKED_EXTRA == 1
    for outlet in ARTICLES:
        chosen = counts._chosen(outlet)
        if not chosen:
            continue
        picked = counts._ranked(outlet, chosen, shipped)
        written = len(wording_rank.candidates(counts, outlet))
        scores = [v for _, v in wording_rank.ranked_scores(counts, outlet, shipped, counts.verdicts(chosen))]
        ranked = min(counts.ranked_cut(chosen, scores), written)  # (or the ranker's likely ones: session 42)
        # what is shown, not the cut it is measured by: one phrase more than the rules chose (the review, session 42)
        assert len(picked) >= min(len(chosen) + 1, MAX_TERMS + 1, written), (chosen, picked)
        # past them, at most COINAGE_EXTRA phrases of the outlet's own making (issue 9 session 28)
        assert ranked <= len(picked) <= ranked + COINAGE_EXTRA + QUOTED_EXTRA, (chosen, picked)
        assert all(counts._coinage(key, outlet) for _, _, key, _ in picked[ranked:])
    counts.add("tabloid", _phrases_of("The boat tax is a port grab. The boat tax feeds the quay cartel. "
                                      "The boat tax is a yacht levy in all but name."))
    chosen = counts._chosen("tabloid")
    picked = counts._ranked("tabloid", chosen, shipped)
    scores = [v for _, v in wording_rank.ranked_scores(counts, "tabloid", shipped, counts.verdicts(chosen))]
    cut = min(counts.ranked_cut(chosen, scores), len(wording_rank.candidates(counts, "tabloid")))
    assert cut <= len(picked) <= cut + COINAGE_EXTRA + QUOTED_EXTRA


def test_ranker_shows_its_likely_phrases_where_the_rules_chose_few(shipped: dict[str, Any],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # an outlet the rules choose few phrases for is shown as many as the ranker scores LEAST_FLOOR or more (at most
    # RANKED_LEAST) and one more (issue 9 session 42: DEVELOP 933 -> 950 of 2,304 gold terms, VALIDATE 116 -> 118;
    # red before: as many as the rules chose and one more)
    monkeypatch.setattr(wording, "SECOND_EXTRA", 0)
    monkeypatch.setattr(wording, "COINAGE_EXTRA", 0)
    monkeypatch.setattr(wording, "QUOTED_EXTRA", 0)
    counts = WordingCounts()
    counts.add("ferry post", _phrases_of(
        "The harbour levy is a dockside shakedown. Skippers call the harbour levy a mooring raid on small crews. "
        "The quay office sent its bean-counters with a clipboard army. Netmakers fear a slipway exodus and empty "
        "berths. The council's toll grab will drain the fish market, the chandlery and the boatyard. A pier "
        "bureaucracy now stalks every trawler owner."))
    counts.add("wire", _phrases_of("The council may approve the harbour levy. Boat owners oppose the levy."))
    counts.add("daily", _phrases_of("Councillors will vote on the harbour levy on Monday."))
    counts.set_topic(*TOPIC)
    chosen = counts._chosen("ferry post")
    scored = wording_rank.ranked_scores(counts, "ferry post", shipped, counts.verdicts(chosen))
    likely = sum(1 for _, v in scored if v >= wording.LEAST_FLOOR)
    assert 0 < len(chosen) < likely <= RANKED_LEAST, (chosen, scored)
    picked = [k for _, _, k, _ in counts._ranked("ferry post", chosen, shipped)]
    assert picked == [k for k, _ in scored[:likely + RANKED_EXTRA]]
    monkeypatch.setattr(wording, "LEAST_FLOOR", math.inf)  # (no phrase is likely enough: the rules' count and one more)
    assert [k for _, _, k, _ in counts._ranked("ferry post", chosen, shipped)] == picked[:len(chosen) + RANKED_EXTRA]


def test_ranker_shows_only_the_outlets_own_voice(shipped: dict[str, Any]) -> None:
    # "death trap" stands only inside a quotation: a speaker's word, never the tabloid's framing term, however scored
    counts = _counts(list(ARTICLES))
    assert "death trap" in counts.by_outlet["tabloid"]
    keys = wording_rank.candidates(counts, "tabloid")
    assert "death trap" not in keys and "boat tax" in keys
    assert "death trap" not in {t.term for t in counts.terms("tabloid")}


def test_ranker_candidates_generic_heads() -> None:
    # a word of three letters or a generic head the rules never name a thing with ("bid", "ban", "axe": gold
    # framing terms on the batches developed on) is the ranker's candidate, scored with the feature "generic"
    # (red before: never a candidate, so never shown)
    counts = WordingCounts()
    counts.add("tabloid", _phrases_of("The council wants its boat ban. The ban hits small yards. The ban must go."))
    counts.add("wire", _phrases_of("The council may approve the harbour levy."))
    counts.set_topic(*TOPIC)
    assert "ban" in wording_rank.candidates(counts, "tabloid")
    assert "ban" not in [key for _, _, key, _ in counts._chosen("tabloid")]
    n_all = counts._size(None)
    assert wording_rank.features(counts, "tabloid", "ban", n_all, None)["generic"] == 1.0
    assert wording_rank.features(counts, "tabloid", "boat ban", n_all, None)["generic"] == 0.0


def _phrases_of(text: str) -> dict[str, list[Any]]:
    from stancemap.parse import load_nlp

    return wording_of(load_nlp()(text))


def test_ranker_same_terms_whatever_the_order_outlets_are_read(shipped: dict[str, Any]) -> None:
    first, second = _counts(list(ARTICLES)), _counts(list(reversed(ARTICLES)))
    for outlet in ARTICLES:
        assert [(t.term, t.variant_of) for t in first.terms(outlet)] == [(t.term, t.variant_of) for t in second.terms(outlet)]


def test_ranker_off_gives_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_FRAMING_RANKER", "off")
    wording_rank.reset()
    assert wording_rank.active() is None
    monkeypatch.delenv("STANCEMAP_FRAMING_RANKER")
    assert wording_rank.active() is not None


def test_ranker_similarity_not_switched_by_the_stance_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    """STANCEMAP_LEARNED=off turns the stance layer off, not the framing ranker's similarity feature (red
    before: every similarity 0.0 with the stance layer off, so framing changed with a stance switch)."""
    keys = wording_rank.candidates(_counts(list(ARTICLES)), "tabloid")
    on = wording_rank.similarities(_counts(list(ARTICLES)), keys)
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    off = wording_rank.similarities(_counts(list(ARTICLES)), keys)
    assert on == off and any(v != 0.0 for v in on.values())


def test_ranker_candidates_hyphened_words_before_a_head() -> None:
    # a hyphened word written before a phrase's head ("fat-cat", "Soviet-style": gold framing terms of q_testify,
    # q_nationalise, q_freeze's "rip-off" ...) is the ranker's candidate with the feature "part", where the outlet
    # never writes it alone (wording_parts.py; red before: never a candidate, so never shown)
    tabloid = _phrases_of("The fat-cat bankers want the harbour levy. Soviet-style planners back the levy.")
    wire = _phrases_of("The council may approve the harbour levy. A tax-free harbour was the plan.")
    counts = WordingCounts()
    counts.add("tabloid", tabloid)
    counts.add("wire", wire)
    counts.set_topic(*TOPIC)
    keys = wording_rank.candidates(counts, "tabloid")
    assert {"fat-cat", "soviet-style"} <= set(keys) and counts.surface["tabloid", "soviet-style"] == "Soviet-style"
    n_all = counts._size(None)
    assert wording_rank.features(counts, "tabloid", "fat-cat", n_all, None)["part"] == 1.0
    assert wording_rank.features(counts, "tabloid", "harbour levy", n_all, None)["part"] == 0.0
    # the same counts whatever the order articles come in, and an article added later is counted with them
    again = WordingCounts()
    again.add("wire", wire)
    again.set_topic(*TOPIC)
    again.add("tabloid", tabloid)
    again.set_topic(*TOPIC)
    assert again.by_outlet == counts.by_outlet and again.parts == counts.parts
    # where the outlet writes the word alone too, it is counted there only ("fat-cat" once, not three times)
    counts.add("tabloid", _phrases_of("He is a fat-cat."))
    counts.set_topic(*TOPIC)
    assert counts.by_outlet["tabloid"]["fat-cat"] == 1 and "fat-cat" not in counts.parts["tabloid"]


def test_ranker_place_of_a_phrase_written_inside_a_longer_one() -> None:
    # a phrase an outlet writes in a headline or a lede only as the ending of a longer phrase of its own stands
    # there too ("Quay shutdown" in the headline, "the shutdown" further down; "an all-out harbour grab" in the lede,
    # "the harbour grab" later): the features "nest_headline", "nest_lede" (wording_links.py `nested_places`;
    # docs/evaluation.md, issue 9 session 19)
    from stancemap.extract.wording import with_headline
    from stancemap.parse import load_nlp

    nlp = load_nlp()
    body = ("Skippers face an all-out harbour grab. The council wants its boat levy. "
            "Traders fear the shutdown will last. The harbour grab hurts small yards. The shutdown must end.")
    tabloid = with_headline(wording_of(nlp(body)), nlp("Quay shutdown enters its second month"))
    wire = with_headline(wording_of(nlp("The council may approve the harbour levy. The levy funds the quay.")),
                         nlp("Council weighs harbour levy"))
    counts = WordingCounts()
    counts.add("tabloid", tabloid)
    counts.add("wire", wire)
    counts.set_topic(*TOPIC)
    n_all = counts._size(None)

    def place(key: str) -> tuple[float, float, float, float]:
        f = wording_rank.features(counts, "tabloid", key, n_all, None)
        return f["headline"], f["nest_headline"], f["lede"], f["nest_lede"]

    assert place("shutdown") == (0.0, 1.0, 0.0, 0.0)  # its headline's "quay shutdown"
    assert place("harbour grab") == (0.0, 0.0, 0.0, 1.0)  # its lede's "all-out harbour grab"
    assert place("quay shutdown") == (1.0, 0.0, 0.0, 0.0)  # the longer phrase itself: its own place, nothing nested
    assert place("levy") == (0.0, 0.0, 1.0, 0.0)  # written in the lede itself
    # only the outlet's own phrases lend their place: the wire's headline "harbour levy" is not the tabloid's
    assert wording_rank.features(counts, "wire", "levy", n_all, None)["nest_headline"] == 1.0
    assert "levy" not in counts.nested_places("tabloid")[0]
    # a phrase quoted only lends nothing (a speaker's words, not where the outlet placed it)
    quoted = WordingCounts()
    quoted.add("tabloid", wording_of(nlp('"This quay shutdown is a disgrace," a trader said. The shutdown goes on.')))
    quoted.add("wire", wire)
    quoted.set_topic(*TOPIC)
    assert quoted.nested_places("tabloid") == (frozenset(), frozenset())


def test_method_states_the_most_phrases_an_outlet_shows() -> None:
    # docs/method.md says how many phrases a reader sees per outlet: the code's bound (red before: "at most 9" after
    # session 28 added COINAGE_EXTRA; "at most 10" after session 29 added QUOTED_EXTRA; "at most 11" after session 33
    # added SECOND_EXTRA: 12 now)
    from pathlib import Path

    most = MAX_TERMS + RANKED_EXTRA + COINAGE_EXTRA + QUOTED_EXTRA + SECOND_EXTRA  # ("at most 12" since session 33)
    method = (Path(__file__).resolve().parent.parent / "docs" / "method.md").read_text()
    assert f"sees at most {most} phrases ({MAX_TERMS} without the ranker)" in method


def test_ranker_shows_a_quoted_coinage_past_the_rest(shipped: dict[str, Any]) -> None:
    # a phrase of several words that only this outlet prints, only inside a speaker's quotation marks, with a word no
    # other outlet writes, is shown past the ranked phrases and the coinage, the best ranked of them (QUOTED_EXTRA;
    # issue 9 session 29: DEVELOP +12, NEWEST +6, VALIDATE +1 gold terms; red before: a quoted phrase was never the
    # outlet's); one the others write too is not
    counts = _counts(list(ARTICLES))
    counts.add("weekly", _phrases_of("Owners oppose the harbour levy. Their spokesman called it “a pickpocket tariff”. "
                                     "The skipper said it was “daylight robbery” on “boat owners”."))
    counts.set_topic(*TOPIC)
    assert QUOTED_EXTRA == 1
    quoted = {"pickpocket tariff", "daylight robbery"}
    assert quoted <= set(counts._quoted_coinages("weekly", shipped, {}))
    assert not quoted & set(wording_rank.candidates(counts, "weekly"))  # (quoted: not its own voice)
    shown = {t.term for t in counts.terms("weekly")}
    assert len(shown & quoted) == QUOTED_EXTRA
    assert "boat owners" not in shown and "boat owner" not in counts._quoted_coinages("weekly", shipped, {})
    assert counts._quoted_coinages("wire", shipped, {}) == []  # (the wire quotes no one)


def test_second_ranker_adds_its_best_phrase_not_shown(shipped: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # past every other phrase shown, the outlet's best phrase by the second ranker (wording_rank.SECOND, fitted on the
    # batches written since session 20, whose gold holds more of an outlet's own phrases) that is not shown yet, when
    # its logit reaches SECOND_FLOOR (issue 9 session 33: the twelve batches of sessions 29-32, held out, 58 -> 65 of
    # 279 gold terms, VALIDATE 114 =, half a term more per outlet; red before: nothing past the coinages)
    second = wording_rank.SECOND.active()
    assert second is not None, "framing_second_model.json is shipped"
    assert SECOND_EXTRA == 3
    counts = WordingCounts()
    for outlet, text in {
            "wire": "The council may approve the harbour levy on Tuesday. The harbour levy would fund repairs to the quay. "
                    "Analysts expect the council to approve the levy.",
            "daily": "Councillors will vote on the harbour levy. Boat owners oppose the levy. The council says repairs are due.",
            "herald": "The council is set to approve the harbour levy. The levy would raise money for the quay. Owners are "
                      "unhappy.",
            "tabloid": "Council plots harbour levy. The council wants its harbour levy, a skipper squeeze on small boats. The "
                       "marina cash cow is milked again. Owners call it a mooring mugging. The skipper squeeze starts in May, "
                       "and the marina cash cow pays for the rest."}.items():
        counts.add(outlet, _phrases_of(text))
    counts.set_topic(*TOPIC)
    monkeypatch.setattr(wording, "LEAST_FLOOR", math.inf)  # (the phrase ranker's cut as the rules chose: session 42's aside)
    chosen = counts._chosen("tabloid")
    rules = counts.verdicts(chosen)
    picked = [k for _, _, k, _ in counts._ranked("tabloid", chosen, shipped)]
    # a phrase only this outlet writes, in its headline, that the phrase ranker leaves past the cut
    assert picked[-1] == "council plot" and "council plot" not in picked[:-1]
    assert counts.total["council plot"] == counts.by_outlet["tabloid"]["council plot"]
    left = [k for k in wording_rank.ranked(counts, "tabloid", second, rules, 30) if k not in picked[:-1]]
    assert left[0] == "council plot"
    assert wording_rank.score_of(counts, "tabloid", second, rules, "council plot") >= wording.SECOND_FLOOR
    # the order's own logits are the ones the floor reads (each phrase scored once; red before: no `ranked_scores`)
    scored = wording_rank.ranked_scores(counts, "tabloid", second, rules)
    assert [k for k, _ in scored[:30]] == wording_rank.ranked(counts, "tabloid", second, rules, 30)
    assert all(s == wording_rank.score_of(counts, "tabloid", second, rules, k) for k, s in scored)
    assert [s for _, s in scored] == sorted((s for _, s in scored), reverse=True)
    assert "council plots" in {t.term.lower() for t in counts.terms("tabloid")}  # (as written)
    # below the floor, or without the second ranker, nothing is added and the rest is the same
    floor = wording.SECOND_FLOOR
    monkeypatch.setattr(wording, "SECOND_FLOOR", -1.0)
    assert [k for _, _, k, _ in counts._ranked("tabloid", chosen, shipped)] == picked[:-1]
    monkeypatch.setattr(wording, "SECOND_FLOOR", floor)
    monkeypatch.setenv("STANCEMAP_FRAMING_SECOND", "off")
    assert wording_rank.SECOND.active() is None
    assert [k for _, _, k, _ in counts._ranked("tabloid", chosen, shipped)] == picked[:-1]


def test_each_shipped_model_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The phrase ranker and the second ranker are asked for in turn, outlet after outlet (wording.py `terms`,
    # `_second_best`): each shipped model is read once and is the same object every time, which `_score`'s prefix cache
    # is keyed by (red before: ModelSwitch's cache held one model, so each ask read the other's file anew and the prefix
    # cache missed on every outlet)
    monkeypatch.delenv("STANCEMAP_FRAMING_RANKER", raising=False)
    monkeypatch.delenv("STANCEMAP_FRAMING_SECOND", raising=False)
    wording_rank.reset()
    wording_rank.SECOND.reset()
    first, second = wording_rank.RANKER.active(), wording_rank.SECOND.active()
    assert first is not None and second is not None
    assert wording_rank.RANKER.active() is first and wording_rank.SECOND.active() is second


def test_scores_are_score_phrase_by_phrase(shipped: dict[str, Any]) -> None:
    # the outlet's features scored a column at a time (`_scores`, issue 11 session 37) give `_score`'s floats, phrase by
    # phrase, for both shipped rankers and for a model reading only some features in another order (red if a column's
    # value or its place in the sum differs: a float's last bit moves the order of tied phrases)
    second = wording_rank.SECOND.active()
    assert second is not None
    partial = wording_rank.prepared({"keys": ["similarity", "z", "rule_score", "title", "kind_act"],
                                     "mean": [0.1, -0.2, 0.3, 0.05, 0.2], "scale": [0.7, 1.3, 0.9, 0.3, 0.4],
                                     "weights": [0.37, -1.1, 0.61, -0.23, 0.5], "bias": -0.71})
    for model in (shipped, second, partial):
        counts = _counts(list(ARTICLES))
        for outlet in ARTICLES:
            rules = counts.verdicts(counts._chosen(outlet))
            keys = sorted(wording_rank.candidates(counts, outlet))
            near = wording_rank.similarities(counts, keys)
            n_all = counts._size(None)
            one_by_one = [wording_rank._score(counts, outlet, k, n_all, model, rules.get(k), near.get(k, 0.0)) for k in keys]
            assert keys and wording_rank._scores(counts, outlet, keys, n_all, model, rules, near) == one_by_one
            assert one_by_one == wording_rank.scores(model, [wording_rank.features(counts, outlet, k, n_all, rules.get(k),
                                                                                   near.get(k, 0.0)) for k in keys])


def test_second_ranker_adds_its_two_best_phrases_not_shown(shipped: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # SECOND_EXTRA 2 (issue 9 session 43): the second ranker's next phrase past the first, when its logit reaches
    # SECOND_FLOOR too, is shown as well (on the 30 batches no ranker was fitted on, 175 -> 181 of 773 gold terms; red
    # before: one phrase at most). The floor here is lowered to reach an invented outlet's second phrase.
    counts = WordingCounts()
    for outlet, text in {
            "wire": "The council may approve the harbour levy on Tuesday. The harbour levy would fund repairs to the quay.",
            "daily": "Councillors will vote on the harbour levy. Boat owners oppose the levy. The council says repairs are due.",
            "herald": "The council is set to approve the harbour levy. The levy would raise money for the quay.",
            "tabloid": "Council plots harbour levy. The council wants its harbour levy, a skipper squeeze on small boats. The "
                       "marina cash cow is milked again. Owners call it a mooring mugging. The skipper squeeze starts in May, "
                       "and the marina cash cow pays for the rest."}.items():
        counts.add(outlet, _phrases_of(text))
    counts.set_topic(*TOPIC)
    monkeypatch.setattr(wording, "LEAST_FLOOR", math.inf)
    monkeypatch.setattr(wording, "SECOND_EXTRA", 2)  # (two here; the third: the test below)
    chosen = counts._chosen("tabloid")
    second = wording_rank.SECOND.active()
    assert second is not None and wording.SECOND_EXTRA == 2
    rules = counts.verdicts(chosen)
    before = [k for _, _, k, _ in counts._ranked("tabloid", chosen, shipped)]
    assert before[-1] == "council plot"  # (the second ranker's best, as in the test above; its next is below the floor)
    ordered = [k for k, _ in wording_rank.ranked_scores(counts, "tabloid", second, rules) if k not in before]
    monkeypatch.setattr(wording, "SECOND_FLOOR", wording_rank.score_of(counts, "tabloid", second, rules, ordered[0]))
    # its next phrase past those shown reaches the floor: shown too, after the first
    assert [k for _, _, k, _ in counts._ranked("tabloid", chosen, shipped)] == [*before, ordered[0]]
    monkeypatch.setattr(wording, "SECOND_EXTRA", 1)
    assert [k for _, _, k, _ in counts._ranked("tabloid", chosen, shipped)] == before


def test_second_ranker_adds_its_third_best_phrase_not_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    # SECOND_EXTRA 3 (issue 9 session 44): the second ranker's third phrase past those shown, when its logit reaches
    # SECOND_FLOOR too, is shown as well (the 30 batches no ranker was fitted on: 183 -> 187 of 773 gold terms, the added
    # terms gold 11.8 % against the lists' 7.2 %; red before: two at most). Invented outlets of a ferry subsidy; the floor
    # is lowered to reach the invented outlet's third phrase, as in the test above.
    model = wording_rank.active()
    second = wording_rank.SECOND.active()
    assert model is not None and second is not None and SECOND_EXTRA == 3
    counts = WordingCounts()
    for outlet, text in {
            "agency": "The assembly may renew the ferry subsidy in June. The ferry subsidy keeps the island crossing running.",
            "gazette": "Members will vote on the ferry subsidy. Islanders back the subsidy. The operator wants a longer deal.",
            "bulletin": "The assembly is expected to renew the ferry subsidy. The subsidy would cover winter sailings.",
            "echo": "Assembly props up ferry firm. The assembly wants its ferry subsidy, a sea-lane sinkhole for island cash. "
                    "The harbour gravy boat sails again. Critics call it a ticket-office trough. The sea-lane sinkhole "
                    "swallows more each winter, and the harbour gravy boat docks at the treasury."}.items():
        counts.add(outlet, _phrases_of(text))
    counts.set_topic(frozenset({"subsidy", "ferry", "assembly", "renew"}), frozenset({"renew", "scrap"}),
                     frozenset({"subsidy"}))
    monkeypatch.setattr(wording, "LEAST_FLOOR", math.inf)
    chosen = counts._chosen("echo")
    rules = counts.verdicts(chosen)
    monkeypatch.setattr(wording, "SECOND_FLOOR", -math.inf)  # (every phrase of the second ranker reaches it)
    monkeypatch.setattr(wording, "SECOND_EXTRA", 2)
    two = [k for _, _, k, _ in counts._ranked("echo", chosen, model)]
    monkeypatch.setattr(wording, "SECOND_EXTRA", 3)
    three = [k for _, _, k, _ in counts._ranked("echo", chosen, model)]
    # one phrase more, the second ranker's best past those shown, after them; the rest as before
    assert three[:len(two)] == two and len(three) == len(two) + 1
    ordered = [k for k, _ in wording_rank.ranked_scores(counts, "echo", second, rules) if k not in two]
    assert three[-1] == ordered[0] and counts.voiced["echo"][three[-1]]
    # at the shipped floor, a phrase below it is not shown: the third is added only where its logit reaches the floor
    monkeypatch.setattr(wording, "SECOND_FLOOR", wording_rank.score_of(counts, "echo", second, rules, ordered[0]) + 1e-9)
    assert [k for _, _, k, _ in counts._ranked("echo", chosen, model)] == two
