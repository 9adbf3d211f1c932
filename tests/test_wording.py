"""Loaded and neutral words for one thing, found from how outlets differ (wording.py, extract/wording.py),
on written articles of fictional outlets: no list of loaded words is involved."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from stancemap.extract.wording import wording_of
from stancemap.model import Source
from stancemap.pipeline import analyze_sources
from stancemap.wording import COINAGE_EXTRA, QUOTED_EXTRA, RANKED_EXTRA, SECOND_EXTRA, WordingCounts


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from stancemap.parse import load_nlp

    return load_nlp()


def _phrases(text: str) -> dict[str, list[Any]]:
    return wording_of(_nlp()(text))


@pytest.mark.parametrize(("text", "key", "head"), [
    # a figure's unit is not part of the name ("a 14.6 billion krona merger")
    ("Vantel agreed a 14.6 billion krona merger with Quarnel.", "merger", "merger"),
    # a verb and its particle written with a hyphen are one noun, its head the whole word
    ("Vantel sweetened its tie-up with Quarnel on Monday.", "tie-up", "tie-up"),
    # a prefix joined by a hyphen stays ("mega-merger"), its head the noun
    ("Critics attacked the mega-merger of the two networks.", "mega-merger", "merger"),
    # a determiner inside one hyphened word is part of it (red before: "motion" alone)
    ("Rivals tabled a no-confidence motion against Ilie Torvan.", "no-confidence motion", "motion"),
    ("It would let rent-a-mob militants close the docks.", "rent-a-mob militant", "militant"),
    # a verb and its particle joined by a hyphen where a noun stands, which the tagger reads as a particle
    ("THE stitch-up being hatched behind closed doors has one aim.", "stitch-up", "stitch-up"),
    # too long to keep whole: the words after the last name inside it (red before: no phrase at all)
    ("The vote on the planned Tessel Bay server farm was put off.", "server farm", "farm"),
    # a name's possessive goes with the name (red before: "'s beloved games gamble")
    ("The town cheered Velmora's beloved Games gamble last night.", "beloved games gamble", "gamble"),
    # "of" inside a name is the name's (red before: "of castrova spokesman")
    ("A Bank of Castrova spokesman said the board met.", "bank of castrova spokesman", "spokesman"),
    # a hyphened word after a figure written apart is whole: the figure counts the phrase (red before: "-new stadium",
    # "-serving porter", "-executive trustee", the word before the hyphen taken for the figure's unit)
    ("The owner wants two brand-new stadiums in the league.", "brand-new stadium", "stadium"),
    ("As one long-serving porter said, the vote matters.", "long-serving porter", "porter"),
    ("Three non-executive trustees voted against the plan.", "non-executive trustee", "trustee"),
    # a plain word opening a hyphened word is part of it (red before: "class orchestra")
    ("The town wants a top-class orchestra of its own.", "top-class orchestra", "orchestra"),
    # a figure's unit joined to it is still no part of the name
    ("The 4.5-billion-euro rail plan must pass.", "rail plan", "plan"),
])
def test_wording_phrase_keys(text: str, key: str, head: str) -> None:
    found = _phrases(text)
    assert key in found, sorted(found)
    assert found[key][2] == head


def test_wording_rival_names_where_outlets_divide() -> None:
    # One outlet prefers "takeover", another "merger" for the same act (the object of "block"): each
    # outlet's own word is its framing term, with the other's as its rival.
    counts = WordingCounts()
    counts.add("wire", _phrases("The board may block the merger. The merger was announced in May. "
                                "Analysts expect the merger to be approved."))
    counts.add("tabloid", _phrases("Critics want the board to block the takeover. The takeover would cost jobs. "
                                   "The takeover is a disgrace."))
    counts.set_topic(frozenset({"merger", "approve", "board"}), frozenset({"approve", "block"}),
                     frozenset({"merger"}))
    assert _paired(counts, "tabloid") == [("takeover", "merger")]
    assert _paired(counts, "wire") == [("merger", "takeover")]


def _paired(counts: WordingCounts, outlet: str) -> list[tuple[str, str | None]]:
    """The outlet's terms as the rules pair them: the ranker's one phrase more (wording.RANKED_EXTRA, with no rival
    of its own: "disgrace", "Ostrin" here) left after them."""
    terms = [(t.term, t.variant_of) for t in counts.terms(outlet)]
    paired = [t for t in terms if t[1] is not None]
    assert terms[:len(paired)] == paired, terms
    assert len(terms) - len(paired) <= RANKED_EXTRA + COINAGE_EXTRA + QUOTED_EXTRA + SECOND_EXTRA, terms
    return paired


def _bypass_counts() -> WordingCounts:
    counts = WordingCounts()
    counts.add("wire", _phrases("The council may approve the bypass. The bypass would cost jobs. Residents discussed the "
                                "bypass plan at the meeting."))
    counts.add("herald", _phrases("Councillors will vote to approve the bypass. The bypass divides the town and its jobs."))
    counts.add("tabloid", _phrases("The council wants to approve the tarmac boondoggle. Drivers hate the bypass. The tarmac "
                                   "boondoggle will cost jobs. Some residents met in the town hall, where the hedgerow "
                                   "vandals were booed."))
    counts.set_topic(frozenset({"bypass", "approve", "council"}), frozenset({"approve"}), frozenset({"bypass"}))
    return counts


def test_wording_coinage_shown_past_the_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past the ranked phrases (the rules' one and RANKED_EXTRA more), the outlet's best-ranked phrase of its own
    # making is shown: only it writes the phrase, and "vandal" is an uncommon word no other outlet writes.
    import stancemap.wording as wording

    counts = _bypass_counts()
    assert [k for k in counts.by_outlet["tabloid"] if counts._coinage(k, "tabloid")] == ["tarmac boondoggle",
                                                                                        "hedgerow vandal"]
    # not a coinage: a phrase others write too ("bypass"), or words any outlet writes ("job", "town hall")
    assert not any(counts._coinage(k, o) for o in ("wire", "herald") for k in counts.by_outlet[o])
    shown = [t.term for t in counts.terms("tabloid")]
    assert shown == ["tarmac boondoggle", "bypass", "hedgerow vandals"]
    monkeypatch.setattr(wording, "COINAGE_EXTRA", 0)
    assert [t.term for t in _bypass_counts().terms("tabloid")] == ["tarmac boondoggle", "bypass"]
    # of two outlets, none is shown: a word the other outlet does not write says little
    monkeypatch.setattr(wording, "COINAGE_EXTRA", 1)
    monkeypatch.setattr(wording, "COINAGE_OUTLETS", 4)
    assert [t.term for t in _bypass_counts().terms("tabloid")] == ["tarmac boondoggle", "bypass"]


def test_wording_labels_written_before_a_name_are_rivals() -> None:
    # "whistleblower Nadia Vorel" / "leaker Nadia Vorel": one person labelled two ways, single words linked
    # by the name they stand before; a capitalised title ("Finance Minister") is no label.
    counts = WordingCounts()
    counts.add("wire", _phrases("The jailed whistleblower Nadia Vorel asked for a pardon. Finance Minister Lea Marsh "
                                "declined to comment."))
    counts.add("tabloid", _phrases("Critics say leaker Nadia Vorel should stay in jail. Ostrin may pardon her."))
    counts.set_topic(frozenset({"vorel", "pardon", "ostrin"}), frozenset({"pardon"}), frozenset({"pardon"}))
    assert _paired(counts, "tabloid") == [("leaker", "whistleblower")]
    assert _paired(counts, "wire") == [("whistleblower", "leaker")]


def test_labels_not_titles() -> None:
    # At a sentence's start a title or a word of address is no label of how an outlet sees the person.
    from stancemap.extract.wording import _labels

    found = [key for text in ("Mr Ostrin said the fee was fair.", "President Ostrin met the union.",
                              "Dr Vorel agreed.", "The union praised whistleblower Nadia Vorel.")
             for key, *_ in _labels(_nlp()(text))]
    assert found == ["whistleblower"]


def test_wording_an_outlet_naming_a_thing_both_ways_prefers_neither() -> None:
    # The tabloid writes "congestion tax" and quotes "clean-air charge" as often: the wire's plain
    # "clean-air charge" is still a choice against the tabloid's name, as the tabloid's is against it.
    counts = WordingCounts()
    counts.add("wire", _phrases("Torvan will approve the clean-air charge. The clean-air charge starts in May."))
    counts.add("tabloid", _phrases("The congestion tax, which Torvan likes to call a clean-air charge, is a "
                                   "disgrace. Drivers hate the congestion tax, the clean-air charge of his dreams."))
    counts.set_topic(frozenset({"charge", "torvan", "approve"}), frozenset({"approve"}), frozenset({"charge"}))
    assert {t.term: t.variant_of for t in counts.terms("tabloid")}.get("congestion tax") == "clean-air charge"
    assert {t.term: t.variant_of for t in counts.terms("wire")}.get("clean-air charge") == "congestion tax"


def test_wording_a_phrase_only_quoted_is_the_speakers_not_the_outlets() -> None:
    # The tabloid's own "levy grab" is its term; the "tax raid" it only quotes is a speaker's word.
    counts = WordingCounts()
    counts.add("courier", _phrases("The budget comes with a levy rise. The levy rise was approved by the council. "
                                   "The tax rise was approved too. The tax rise is modest."))
    counts.add("beacon", _phrases("The levy grab is a scandal. Readers hate the levy grab. "
                                  "\"This tax raid is theft,\" one reader said. \"A tax raid, nothing less.\""))
    counts.set_topic(frozenset({"budget", "approve", "council"}), frozenset({"approve"}), frozenset({"budget"}))
    beacon = {t.term: t.variant_of for t in counts.terms("beacon")}
    assert "levy grab" in beacon and "tax raid" not in beacon, beacon
    assert _phrases('"A tax raid," he said.')["tax raid"][4] == 1


def test_wording_an_outlets_own_described_phrase_counts_when_repeated() -> None:
    # "levy grab", written twice by one outlet only and sharing its modifier with the neutral "levy
    # rise" that speaks of the budget, is that outlet's term; a phrase written once is not.
    counts = WordingCounts()
    counts.add("courier", _phrases("The budget comes with a levy rise. The levy rise was approved by the council."))
    counts.add("beacon", _phrases("The levy grab is a scandal. Readers hate the levy grab. A shiny tram opened."))
    counts.set_topic(frozenset({"budget", "approve", "council"}), frozenset({"approve"}), frozenset({"budget"}))
    beacon = {t.term: t.variant_of for t in counts.terms("beacon")}
    assert beacon.get("levy grab") == "levy rise" and "shiny tram" not in beacon


def test_wording_framing_terms_reach_the_outlets() -> None:
    texts = {
        "Harbour Wire": "The regulator will rule on the merger of Vantel and Quarnel. Vantel said the merger "
                        "would be approved. Rivals urged the regulator to block the merger.",
        "Daily Rocket": "Critics want the regulator to block the takeover of Quarnel by Vantel. The takeover "
                        "would cost jobs, unions said. The takeover must be stopped, Mr Vell said.",
    }
    sources = [Source(f"{k}.txt", "text", text=f"{k}\n\n{v}", outlet=k) for k, v in texts.items()]
    analysis = analyze_sources(sources, "Will the regulator approve the merger of Vantel and Quarnel?")
    framing = {o.name: {t.term for t in o.framing} for o in analysis.outlets}
    assert "takeover" in framing["Daily Rocket"] and "merger" in framing["Harbour Wire"], framing


def test_wording_an_outlets_own_word_for_the_act() -> None:
    # One outlet calls the act argued about by a word of its own ("investment" where the others write
    # "sale"): shown with the plain word as its rival. A word the plainest report needs ("decision",
    # common in SemCor) is nobody's choice, and the question's own word is not a framing term.
    counts = WordingCounts()
    counts.add("wire", _phrases("The regulator may block the sale. Unions oppose the sale."))
    counts.add("paper", _phrases("Ministers expect the regulator to approve the sale. The sale would close in June."))
    counts.add("agency", _phrases("The regulator will review the investment. The regulator will review the decision. "
                                  "The investment brings new cranes."))
    counts.set_topic(frozenset({"sale", "approve"}), frozenset({"approve", "block", "review"}), frozenset({"sale"}))
    assert ("investment", "sale") in [(t.term, t.variant_of) for t in counts.terms("agency")]
    assert "decision" not in [t.term for t in counts.terms("agency")]
    assert "sale" not in [t.term for t in counts.terms("wire")]


def test_wording_a_phrase_most_outlets_write_names_what_the_corpus_is_about() -> None:
    # "pension reform" has none of the question's words ("raise the retirement age"), but three of four
    # outlets write it: the corpus's own name for the act, shown where another outlet writes "pension grab".
    counts = WordingCounts()
    counts.add("a", _phrases("The government presented its pension reform on Monday. The retirement age would rise."))
    counts.add("b", _phrases("Unions will fight the pension reform. Ministers want to raise the retirement age."))
    counts.add("c", _phrases("The pension reform divides the coalition."))
    counts.add("d", _phrases("Workers face a pension grab. The pension grab hits nurses first."))
    counts.set_topic(frozenset({"retirement", "age", "raise"}), frozenset({"raise", "approve", "block"}),
                     frozenset({"age"}))
    assert ("pension reform", "pension grab") in [(t.term, t.variant_of) for t in counts.terms("a")]



def test_wording_counterparts_show_the_plain_word_beside_another_outlets_term() -> None:
    # A tabloid's "takeover" stands for the wire's "merger": the wire's plain word is shown as its
    # counterpart (what it writes where the other writes its own word), read once every outlet's terms
    # are known; never twice.
    counts = WordingCounts()
    counts.add("wire", _phrases("The board may block the merger. The merger was announced in May. "
                                "Analysts expect the merger to be approved."))
    counts.add("tabloid", _phrases("Critics want the board to block the takeover. The takeover would cost jobs. "
                                   "The takeover is a disgrace."))
    counts.set_topic(frozenset({"merger", "approve", "board"}), frozenset({"approve", "block"}),
                     frozenset({"merger"}))
    assert ("takeover", "merger") in [(t.term, t.variant_of) for t in counts.terms("tabloid")]
    counts.terms("wire")
    assert [(t.term, t.variant_of) for t in counts.counterparts("wire", set())] == [("merger", "takeover")]
    assert counts.counterparts("wire", {"merger"}) == []  # shown already
    assert counts.counterparts("tabloid", {"takeover"}) == []  # its own word, the wire's rival, is shown


def test_wording_own_phrase_linked_to_nothing_the_question_names() -> None:
    # A described phrase only one outlet writes, again and again, in its own voice, is its term even when
    # nothing links it to the question's words ("mob charter" for the act being repealed); a label for
    # people only with a word of negative valence ("greedy fat cats"), never an office ("party leader").
    counts = WordingCounts()
    counts.add("wire", _phrases("The assembly will vote on the repeal of the gatherings act. The party leader spoke."))
    counts.add("tabloid", _phrases("The mob charter must go. Readers hate the mob charter. The party leader was silent. "
                                   "The party leader left early. Greedy fat cats backed it. Greedy fat cats cheered."))
    counts.set_topic(frozenset({"repeal", "act", "gatherings"}), frozenset({"repeal"}), frozenset({"act"}))
    terms = [t.term for t in counts.terms("tabloid")]
    assert "mob charter" in terms
    assert "party leader" not in terms
    assert "Greedy fat cats" in terms


def test_wording_headline() -> None:
    from stancemap.extract.wording import with_headline
    from stancemap.parse import load_nlp

    body = _phrases("The council met on Monday. The land deal was signed.")
    found = with_headline(body, load_nlp()("Stop the Velmar land grab before the river pays"))
    assert found["land grab"][0] == 1 and found["land grab"][4] == 0  # the outlet's own words, in its headline
    assert found["land deal"][0] == 1  # the body's phrases kept
    # a quotation in single marks is a speaker's words; headlinese read as one long phrase is left out
    quoted = with_headline({}, load_nlp()("‘A cosy carve-up’: Ada Lind on the harbour sale"))
    assert quoted["cosy carve-up"][4] == 1
    assert not any(k.count(" ") >= 2 for k in with_headline({}, load_nlp()("Ostmere minister unveils coal exit bill")))
    assert with_headline({}, load_nlp()("")) == {}
    # in a headline in sentence case a name and its noun is one phrase, however long (red before: two words at most)
    explainer = load_nlp()("Explainer: The Ormel Bridge affair - what we know, and will Rusk go?")
    assert "ormel bridge affair" in with_headline({}, explainer)


def test_wording_headline_and_lede_counted_apart() -> None:
    # where an outlet frames its story: a phrase's count in the headline and in the body's first LEDE sentences,
    # the framing ranker's features (wording_rank.py `features`: "headline", "lede"; red before: not recorded)
    from stancemap.extract.wording import LEDE, LEDE_COUNT, PLACED, with_headline
    from stancemap.parse import load_nlp

    assert LEDE == 2
    body = _phrases("The harbour levy vote is near. Owners fear the levy. Later the marina cash grab was named.")
    assert body["harbour levy vote"][LEDE_COUNT] == 1 and body["marina cash grab"][LEDE_COUNT] == 0
    found = with_headline(body, load_nlp()("Stop the cash grab now"))
    assert found["cash grab"][PLACED] == 1 and found["marina cash grab"][PLACED] == 0
    counts = WordingCounts()
    counts.add("tabloid", found)
    assert counts.in_headline["tabloid"]["cash grab"] == 1 and counts.in_lede["tabloid"]["harbour levy vote"] == 1


def test_wording_short_form_of_a_topical_phrase() -> None:
    # "the competition watchdog ... the watchdog ... the watchdog": the tabloid's short form of a phrase of its
    # own that speaks of the question is its term too, where only it writes the word (red before: a single word
    # linked to nothing the question names was never shown); the wire's "regulator", written once, is not.
    counts = WordingCounts()
    counts.add("tabloid", _phrases("The competition watchdog must act. The watchdog has barked. Now the watchdog must bite."))
    counts.add("wire", _phrases("The competition board may block the merger. A regulator said the board would decide."))
    counts.set_topic(frozenset({"merger", "block", "competition", "board"}), frozenset({"block"}), frozenset({"merger"}))
    assert "watchdog" in [t.term for t in counts.terms("tabloid")]
    # the rules' choice for the wire (the ranker shows as many as they chose, its own best: session 15's model
    # shows "regulator" for the wire's one term)
    from stancemap import wording_rank

    wording_rank.use(None)
    try:
        assert "regulator" not in [t.term for t in counts.terms("wire")]
    finally:
        wording_rank.reset()


def test_wording_own_verb_for_the_act() -> None:
    # "sweetened pay offer" in one outlet's headline: an uncommon verb of the question's thing that no other
    # outlet writes is its word for the act (red before: verbs were never read); "goes" is too common to be
    # a choice, and "dashes" is said of no participant or thing of the question.
    from stancemap.extract.wording_verbs import headline_verbs

    counts = WordingCounts()
    headline = _nlp()("Dock crews divided as sweetened pay offer goes out to members")
    counts.add("echo", _phrases("Staff are split."), verbs=headline_verbs(headline))
    counts.add("wire", _phrases("The union will ballot members on the pay offer."),
               verbs=headline_verbs(_nlp()("Minister dashes to talks as union ballots members on pay offer")))
    counts.set_topic(frozenset({"offer", "pay", "accept", "union"}), frozenset({"accept"}), frozenset({"offer", "pay"}))
    echo = [t.term for t in counts.terms("echo")]
    assert "sweetened" in echo and "goes" not in echo
    assert "dashes" not in [t.term for t in counts.terms("wire")]


def test_preferring_counts_outlets_writing_the_rival_as_often() -> None:
    # how many outlets write the rival at least as often as the phrase: those writing the rival, less those writing the
    # phrase more often; read from the fewer of the two phrases' outlets either way round (issue 11 session 37; red if
    # an outlet writing only one of them, or both as often, were counted wrongly)
    counts = WordingCounts()
    written = {"a": {"levy": 3, "tax": 1}, "b": {"levy": 1, "tax": 1}, "c": {"tax": 2}, "d": {"levy": 2},
               "e": {"levy": 5, "tax": 4}, "f": {"levy": 1}}
    for outlet, phrases in written.items():
        for key, n in phrases.items():
            counts.by_outlet[outlet][key] += n
    def brute(other: str, key: str) -> int:
        return sum(1 for o, p in written.items() if p.get(other, 0) > 0 and not p.get(key, 0) > p[other])
    # "tax" by 4 outlets, "levy" by 5: each way round, the fewer read first
    assert counts._preferring("tax", "levy") == brute("tax", "levy") == 2  # b, c ("a" and "e" write the levy more)
    assert counts._preferring("levy", "tax") == brute("levy", "tax") == 5
