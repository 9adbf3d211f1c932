"""Stances carried across the corpus (judge/carry.py), on invented statements about questions of
several shapes: whose stance a silent statement takes, and what it is when nobody's carries."""

from __future__ import annotations

import pytest

from stancemap.judge.carry import (
    CARRIED_IN_ARTICLE,
    CARRIED_IN_CORPUS,
    CARRIED_LEARNED,
    IN_ARTICLE,
    IN_PASSAGE,
    carry_learned_sides,
    on_terms_only,
    outweigh_learned,
    propagate,
)
from stancemap.judge.stance import carry_over
from stancemap.model import Statement
from stancemap.positions import basis_of

from .conftest import statement_with


def _s(sid: str, doc: str, speaker: str | None, stance: str | None, evidence: list[str] | None = None,
       conditions: list[str] | None = None, content: str = "...") -> Statement:
    return Statement(id=sid, document=doc, speaker=speaker, speaker_mention="", cue="said", kind="direct",
                     content=content, start=0, end=len(content), stance=stance,  # type: ignore[arg-type]
                     stance_evidence=evidence or [], conditions=conditions or [])


def test_the_speakers_stance_over_the_corpus_outweighs_one_quote_in_the_article() -> None:
    # "Will the council sell the harbour?": the mayor opposes in one quote of this article, then talks
    # of the weather; in two other articles she welcomes the sale. Her prevailing stance is support.
    sts = [_s("1", "d1", "a1", "oppose", ["about: sale", "-against"], content="We are against the sale."),
           _s("2", "d1", "a1", None, content="The rain will not stop us."),
           _s("3", "d2", "a1", "support", ["about: sale", "+welcome"]),
           _s("4", "d3", "a1", "support", ["about: sale", "+welcome"])]
    propagate(sts, {"1", "2", "3", "4"}, {"1", "2"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("support", [CARRIED_IN_CORPUS])


def test_propagate_returns_the_neutral_each_carried_statement_had_without_it() -> None:
    # session 26: what the learned layer reads when it weighs a carried side (learned.withhold_carried)
    sts = [_s("1", "d1", "a1", "oppose", ["about: sale", "-against"], content="We are against the sale."),
           _s("2", "d1", "a1", None, content="The rain will not stop us."),
           _s("3", "d1", "a1", "neutral", ["about: sale"], content="The sale is on the agenda."),
           _s("4", "d2", "a1", None, content="We met on Tuesday."),
           _s("5", "d2", "a2", None, content="Nobody else spoke.")]
    uncarried = propagate(sts, {"1", "2", "3", "4", "5"}, {"1", "2", "3"})
    assert uncarried == {"2": ("neutral", [IN_PASSAGE]), "3": ("neutral", ["about: sale"]),
                         "4": ("neutral", [IN_ARTICLE])}
    assert [s.stance for s in sts] == ["oppose", "oppose", "oppose", "oppose", "neutral"]


def test_the_article_agreeing_with_the_corpus_is_named_as_the_source() -> None:
    # "Will the festival go ahead?": the organiser backs it here and in another article.
    sts = [_s("1", "d1", "a1", "support", ["about: festival", "+back"]),
           _s("2", "d1", "a1", None, content="We have booked forty bands."),
           _s("3", "d2", "a1", "support", ["about: festival", "+welcome"])]
    propagate(sts, {"1", "2", "3"}, {"1", "2"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("support", [CARRIED_IN_ARTICLE])


def test_the_article_breaks_a_tie_of_the_corpus() -> None:
    # "Will the senate confirm the judge?": a senator opposes in one article and supports in another;
    # over the corpus neither prevails, so each article's silent quote takes that article's stance.
    sts = [_s("1", "d1", "a1", "oppose", ["about: confirm", "-not confirm"]),
           _s("2", "d1", "a1", None, content="The hearing ran late."),
           _s("3", "d2", "a1", "support", ["about: confirm", "+confirm"]),
           _s("4", "d2", "a1", None, content="We asked our questions."),
           _s("5", "d3", "a1", None, content="Nothing more to add.")]
    propagate(sts, {"1", "2", "3", "4", "5"}, {"1", "2", "3", "4", "5"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("oppose", [CARRIED_IN_ARTICLE])
    assert (sts[3].stance, sts[3].stance_evidence) == ("support", [CARRIED_IN_ARTICLE])
    assert (sts[4].stance, sts[4].stance_evidence) == ("neutral", [IN_PASSAGE])


def test_the_speakers_stance_in_other_articles_when_none_in_this_one() -> None:
    # "Should the city ban cars from the centre?"
    sts = [_s("1", "d1", "a1", "support", ["about: ban", "+back"]),
           _s("2", "d2", "a1", "neutral", ["about: ban"]),  # relevant, no stance word
           _s("3", "d2", "a1", None, conditions=["if it rains"])]
    propagate(sts, {"1", "2", "3"}, {"2"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("support", [CARRIED_IN_CORPUS])
    # Plain support elsewhere stays plain: the condition of a statement that does not name the
    # question ("We will cycle in, if it rains or not") is on something else.
    assert sts[2].stance == "support"


def test_conditional_support_is_held_on_the_carried_statements_own_condition() -> None:
    # "Will the board accept the offer?": a shareholder backs it only if jobs stay; in the same
    # article, a quote with a condition of its own is conditional, one without is her support.
    sts = [_s("1", "d1", "a1", "conditional", ["about: offer", "+back", "condition: only if"]),
           _s("2", "d1", "a1", "support", ["about: offer", "+welcome"]),
           _s("3", "d1", "a1", None, conditions=["provided the plant in the north stays open"]),
           _s("4", "d1", "a1", None, content="We have waited long enough.")]
    propagate(sts, {"1", "2", "3", "4"}, {"1", "2", "3", "4"})
    assert (sts[2].stance, sts[2].stance_evidence) == ("conditional", [CARRIED_IN_ARTICLE])
    assert (sts[3].stance, sts[3].stance_evidence) == ("support", [CARRIED_IN_ARTICLE])


def test_an_interviewers_hypothesis_is_no_condition_a_carried_side_is_held_on() -> None:
    # An answer whose only condition is the "And if X?" an interviewer asked (kind "asked if", judge/conditions.ASKED)
    # holds no condition of its own: conditional support carried to it is support (conditions.held_on).
    # (the speaker backs the route plainly too: one whose every side is conditional carries nothing onto it, below)
    sts = [_s("1", "d1", "a1", "conditional", ["about: ferry route", "+keep", "condition: only if"]),
           _s("2", "d1", "a1", None, conditions=["if the harbour fees rise again"]),
           _s("3", "d1", "a1", "support", ["about: ferry route", "+keep"])]
    sts[1].conditions_normalized = ["asked if: harbour fees rise"]
    propagate(sts, {"1", "2", "3"}, {"1", "2", "3"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("support", [CARRIED_IN_ARTICLE])


def test_what_a_refusal_refuses_is_no_condition_a_carried_side_is_held_on() -> None:
    # A statement whose only condition describes what a refusal refuses ("would oppose any plan that added to the
    # fees", kind "refuses", judge/conditions.REFUSED, session 29) holds no side on it: conditional support carried to
    # it is support (conditions.held_on); a condition of another kind beside it still holds it.
    sts = [_s("1", "d1", "a1", "conditional", ["about: ferry route", "+keep", "condition: only if"]),
           _s("2", "d1", "a1", None, conditions=["any route that added to the harbour fees"]),
           _s("3", "d1", "a1", "support", ["about: ferry route", "+keep"])]
    sts[1].conditions_normalized = ["refuses: route added harbour fees"]
    propagate(sts, {"1", "2", "3"}, {"1", "2", "3"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("support", [CARRIED_IN_ARTICLE])
    sts = [_s("1", "d1", "a1", "conditional", ["about: ferry route", "+keep", "condition: only if"]),
           _s("2", "d1", "a1", None, conditions=["any route that added to the harbour fees", "if the pier is rebuilt"])]
    sts[1].conditions_normalized = ["refuses: route added harbour fees", "if: pier rebuilt"]
    propagate(sts, {"1", "2"}, {"1", "2"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("conditional", [CARRIED_IN_ARTICLE])


def test_a_speaker_who_backs_it_only_on_terms_carries_no_support() -> None:
    # "Will the town sell the lido?": a councillor says only that she would vote for the sale if the pool were kept
    # for schools, and that she is against it as drafted; she never backs it plainly. Her silent quote is not support
    # (session 37, carry.on_terms_only): left neutral for the learned layer; her quote held on a condition of its own
    # is still conditional; a speaker who backs it plainly elsewhere too still carries support.
    sts = [_s("1", "d1", "a1", "conditional", ["about: sale", "+vote for", "condition: if"]),
           _s("2", "d2", "a1", "oppose", ["about: sale", "-against"]),
           _s("3", "d1", "a1", None, content="The pool has been there since 1934."),
           _s("4", "d1", "a1", None, conditions=["provided the schools keep their lanes"], content="... provided ..."),
           _s("5", "d3", "a2", "conditional", ["about: sale", "+back", "condition: only if"]),
           _s("6", "d3", "a2", "support", ["about: sale", "+welcome"]),
           _s("7", "d3", "a2", None, content="The roof leaks every winter.")]
    sts[3].conditions_normalized = ["provided: schools keep lanes"]
    uncarried = propagate(sts, {"1", "2", "3", "4", "5", "6", "7"}, {"3", "4", "7"})
    assert (sts[2].stance, sts[2].stance_evidence) == ("neutral", [IN_PASSAGE])
    assert "3" not in uncarried
    assert sts[3].stance == "conditional"
    assert sts[6].stance == "support"


def test_a_speaker_on_terms_in_this_article_who_backs_it_plainly_elsewhere_is_carried_from_the_corpus() -> None:
    # Her quotes here are all conditional; in another article she welcomes the sale: her side over the corpus
    # is support, carried as "in other articles", since this article's side alone would carry nothing.
    sts = [_s("1", "d1", "a1", "conditional", ["about: sale", "+back", "condition: only if"]),
           _s("2", "d1", "a1", None, content="We have waited long enough."),
           _s("3", "d2", "a1", "support", ["about: sale", "+welcome"])]
    propagate(sts, {"1", "2", "3"}, {"2"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("support", [CARRIED_IN_CORPUS])


def test_a_speaker_mostly_neutral_in_words_carries_no_side() -> None:
    # "Will the ferry line close?": an economist is read neutral in words twice (the odds weighed both ways, "it is
    # not for me to say") and once, likely a misread, against the closure; her silent remark about fuel prices takes
    # no side from her (session 38, carry.read_neutral). A speaker with one neutral and one side still carries it.
    sts = [_s("1", "d1", "a1", "neutral", ["about: closure", "+likely", "-unlikely"]),
           _s("2", "d2", "a1", "neutral", ["about: closure", "declares no side: not for me to say"]),
           _s("3", "d2", "a1", "oppose", ["about: closure", "-reverse"]),
           _s("4", "d1", "a1", None, content="Fuel has doubled since the spring."),
           _s("5", "d3", "a2", "neutral", ["about: closure", "+likely", "-unlikely"]),
           _s("6", "d3", "a2", "oppose", ["about: closure", "-fight"]),
           _s("7", "d3", "a2", None, content="The crossing has run since my grandfather's day.")]
    uncarried = propagate(sts, {str(i) for i in range(1, 8)}, {"4", "7"})
    assert (sts[3].stance, sts[3].stance_evidence) == ("neutral", [IN_PASSAGE])
    assert "4" not in uncarried
    assert (sts[6].stance, sts[6].stance_evidence) == ("oppose", [CARRIED_IN_ARTICLE])


def test_the_stance_of_others_on_the_speakers_side_is_not_carried() -> None:
    # "Will the union accept the pay offer?": one union official rejects it; another, of the same
    # union, speaks only of the ballot's date. Her stance is not his: neutral, not oppose.
    sts = [_s("1", "d1", "a1", "oppose", ["about: offer", "-reject"]),
           _s("2", "d1", "a2", None, content="The ballot closes on Friday.")]
    propagate(sts, {"1", "2"}, {"1", "2"})
    assert (sts[1].stance, sts[1].stance_evidence) == ("neutral", [IN_PASSAGE])


def test_a_silent_statement_of_an_article_about_the_question_is_neutral_not_unrelated() -> None:
    # "Will the governor run for a second term?": a quote far from the paragraphs that name the
    # question, by someone who never takes a side, is neutral by default; one in an article that
    # never speaks of the question stays None.
    sts = [_s("1", "d1", "a3", None, content="It has been a long winter for everyone."),
           _s("2", "d2", "a3", None, content="The bridge reopens in May.")]
    propagate(sts, {"1"}, set())
    assert (sts[0].stance, sts[0].stance_evidence) == ("neutral", [IN_ARTICLE])
    assert sts[1].stance is None
    assert basis_of(sts[0]) == "context"


def test_an_unnamed_source_carries_nothing() -> None:
    sts = [_s("1", "d1", None, "support", ["about: deal", "+back"]),
           _s("2", "d1", None, None)]
    propagate(sts, {"1", "2"}, set())
    assert sts[1].stance == "neutral"


def test_an_opponent_naming_the_terms_of_a_yes_is_conditional() -> None:
    # "Will the council sell the ferry company?": a councillor opposes the sale, then says his group
    # would go along "only if" the routes are kept, and "provided" the price is set by an auditor.
    # Carried opposition onto a statement that names what would change it is conditional support (as
    # stance.py reads a refusal under such a marker in own words); a threat on a plain "if" stays oppose.
    sts = [_s("1", "d1", "a1", "oppose", ["about: sale", "-against"]),
           _s("2", "d1", "a1", None, conditions=["only if the island routes are kept"],
              content="His group would go along only if the island routes are kept."),
           _s("3", "d2", "a1", None, conditions=["provided the price is set by an auditor"],
              content="The group could live with it provided the price is set by an auditor."),
           _s("4", "d2", "a1", None, conditions=["if they try this"], content="If they try this, we will see them in court.")]
    sts[1].conditions_normalized = ["if: only island route keep"]
    sts[2].conditions_normalized = ["provided: price set auditor"]
    sts[3].conditions_normalized = ["if: they try"]
    propagate(sts, {"1", "2", "3", "4"}, {"1", "2", "3", "4"})
    assert [s.stance for s in sts[1:]] == ["conditional", "conditional", "oppose"]
    assert sts[1].stance_evidence[0] == CARRIED_IN_ARTICLE and sts[2].stance_evidence[0] == CARRIED_IN_CORPUS


def test_a_silent_statement_outside_a_passage_takes_the_sides_the_learned_layer_reads_in_its_speaker() -> None:
    # "Will the airline drop the night flights?": a residents' leader never names the question with a stance
    # word the rules read; the learned layer reads support in two of her statements near the question and
    # opposition in none. Her remark far from those paragraphs takes that side; one in a passage stays neutral
    # (the layer judges those itself), as does a statement of a speaker the layer gave no side.
    note = "learned layer: support (p 0.71); the rules said neutral"
    sts = [_s("1", "d1", "a1", "support", [IN_PASSAGE, note]),
           _s("2", "d2", "a1", "support", ["about: flights", note]),
           _s("3", "d2", "a1", "neutral", [IN_ARTICLE], content="We have slept badly for eleven years."),
           _s("4", "d2", "a1", "neutral", [IN_PASSAGE], content="The meeting is on Friday."),
           _s("5", "d2", "a2", "neutral", [IN_ARTICLE], content="The runway was resurfaced in May.")]
    carry_learned_sides(sts, "learned layer")
    assert (sts[2].stance, sts[2].stance_evidence) == ("support", [CARRIED_LEARNED])
    assert [s.stance for s in sts[3:]] == ["neutral", "neutral"]
    assert basis_of(sts[2]) == "carried"


def test_a_supporters_refusal_until_a_thing_is_done_is_conditional() -> None:
    # "Will the town reopen the lido?": the mayor backs the reopening; in another article she says the lido will
    # not open until the roof is repaired, and that the pumps will run until the autumn. Her support carried onto
    # the refusal waits for the roof: conditional. A plain date with no refusal ("until the autumn") and a
    # refusal with no date of its own keep her plain support; so does a negation inside the condition itself.
    sts = [_s("1", "d1", "a1", "support", ["about: lido", "+back"]),
           _s("2", "d2", "a1", None, conditions=["until the roof is repaired"],
              content="The lido will not open until the roof is repaired."),
           _s("3", "d2", "a1", None, conditions=["until the autumn"], content="The pumps will run until the autumn."),
           _s("4", "d2", "a1", None, content="Nobody will swim there this week."),
           _s("5", "d2", "a1", None, conditions=["before the inspectors are not needed"],
              content="The pumps will run before the inspectors are not needed.")]
    sts[1].conditions_normalized = ["until: roof repair"]
    sts[2].conditions_normalized = ["until: autumn"]
    sts[4].conditions_normalized = ["before: inspector not need"]
    propagate(sts, {"1", "2", "3", "4", "5"}, {"1", "2", "3", "4", "5"})
    assert [s.stance for s in sts[1:]] == ["conditional", "support", "support", "support"]
    # The same from the learned layer's sides (carry_learned_sides), where the rules read no side.
    note = "learned layer: support (p 0.70); the rules said neutral"
    sts = [_s("1", "d1", "a1", "support", [IN_PASSAGE, note]),
           _s("2", "d2", "a1", "neutral", [IN_ARTICLE], conditions=["until the roof is repaired"],
              content="We won't reopen until the roof is repaired.")]
    sts[1].conditions_normalized = ["until: roof repair"]
    carry_learned_sides(sts, "learned layer")
    assert (sts[1].stance, sts[1].stance_evidence) == ("conditional", [CARRIED_LEARNED])


@pytest.mark.usefixtures("rules_alone")
def test_a_continuing_refusal_until_a_thing_is_done_is_conditional(run) -> None:  # type: ignore[no-untyped-def]
    # The same refusal continuing the supporter's utterance (stance.carry_over in article.py).
    text = ('Mayor Ilse Brandt said the town should reopen the lido. "The pumps are ready," she said. '
            '"But we will not let anyone swim until the roof is repaired."')
    found = statement_with(run(text, question="Will the town reopen the lido?"), "until the roof is repaired")
    assert found.stance == "conditional", found.stance_evidence


def test_on_terms_only_needs_a_prevailing_conditional_and_no_plain_support() -> None:
    # one predicate since session 38 (was on_terms_only and _on_terms): conditions stated, support never, and the
    # conditional side prevailing; an opponent who once named his price is not "on terms only"
    assert on_terms_only(["conditional", "neutral"])
    assert on_terms_only(["conditional", "conditional", "oppose"])
    assert not on_terms_only(["conditional", "support"])
    assert not on_terms_only(["conditional", "oppose", "oppose"])
    assert not on_terms_only(["oppose", "neutral"])


def test_a_reading_through_an_anaphor_against_the_speakers_other_statements_takes_their_side() -> None:
    # session 41 (carry._outweigh): "Will the district close the Pellow Street depot?" The depot's manager opposes the
    # closure in words in two articles; one quote of hers was read as support only through an anaphor ("it" for the
    # closure, "Closing it would be a relief to nobody": the rules' sign for "relief"). Her side in her stronger
    # readings outweighs it; a reading through an anaphor that agrees with them, and one of a speaker with no other
    # side, are left as read; a silent statement still takes the side every reading of hers votes for.
    anaphor = ["about: closure", "refers back to: closure", "+evaluative: relief (+1.4)"]
    sts = [_s("1", "d1", "a1", "oppose", ["about: closure", "-oppose"], content="We oppose the closure."),
           _s("2", "d2", "a1", "oppose", ["about: closure", "-against"], content="I am against the closure."),
           _s("3", "d2", "a1", "support", list(anaphor), content="Closing it would be a relief to nobody."),
           _s("4", "d3", "a2", "support", list(anaphor), content="Closing it would be a relief."),
           _s("5", "d3", "a3", "support", ["about: closure", "+back"], content="We back the closure."),
           _s("6", "d3", "a3", "support", list(anaphor), content="Closing it is a relief."),
           _s("7", "d1", "a1", None, content="The depot has sixty drivers.")]
    uncarried = propagate(sts, {s.id for s in sts}, {s.id for s in sts})
    assert sts[2].stance == "oppose" and sts[2].stance_evidence[0] == CARRIED_IN_ARTICLE
    assert sts[2].stance_evidence[1].startswith("its own words outweighed (support, through an anaphor)")
    assert "3" not in uncarried  # read in words: no neutral for the learned layer to withhold the side to
    assert [(s.stance, s.stance_evidence) for s in sts[3:6]] == [("support", anaphor), ("support", ["about: closure", "+back"]),
                                                                 ("support", anaphor)]
    assert sts[6].stance == "oppose"
    # Outweighed, a reading no longer votes: two quotes read as opposition through an anaphor against one in words
    # for the closure leave the silent statement the side in words.
    gloomy = ["about: closure", "refers back to: closure", "-evaluative: gloomy (-1.2)"]
    sts = [_s("1", "d1", "a4", "support", ["about: closure", "+back"], content="We back the closure."),
           _s("2", "d2", "a4", "oppose", list(gloomy), content="It is a gloomy day for the drivers."),
           _s("3", "d2", "a4", "oppose", list(gloomy), content="It is a gloomy day for the town."),
           _s("4", "d2", "a4", None, content="The buses will run from the north yard.")]
    propagate(sts, {s.id for s in sts}, {s.id for s in sts})
    assert [s.stance for s in sts] == ["support"] * 4
    # An evaluative word alone is not a weak reading here (measured: VALIDATE -2): it keeps its side.
    sts = [_s("1", "d1", "a1", "oppose", ["about: closure", "-oppose"]),
           _s("2", "d1", "a1", "support", ["about: closure", "+evaluative: relief (+1.4)"])]
    propagate(sts, {"1", "2"}, {"1", "2"})
    assert sts[1].stance == "support"


def test_support_on_terms_does_not_outweigh_an_opposition_read_through_an_anaphor() -> None:
    # session 41 (carry._outweigh): "Will the union accept the rota?" A steward backs the rota only if the night shifts
    # are paid (conditional, in words twice); her "Unless the night shifts are paid, a no vote is the only way to stop
    # it" (read through an anaphor, "it" for the rota) keeps its opposition: one who names a price may refuse the act
    # as it stands.
    sts = [_s("1", "d1", "a1", "conditional", ["about: rota", "+accept", "condition: only if"],
              conditions=["only if the night shifts are paid"]),
           _s("2", "d2", "a1", "conditional", ["about: rota", "+back", "condition: provided"],
              conditions=["provided the night shifts are paid"]),
           _s("3", "d2", "a1", "oppose", ["about: rota", "refers back to: rota", "-vote against"],
              conditions=["unless the night shifts are paid"],
              content="Unless the night shifts are paid, a no vote is the only way to stop it.")]
    sts[2].conditions_normalized = ["unless: night shift pay"]
    propagate(sts, {"1", "2", "3"}, {"1", "2", "3"})
    assert (sts[2].stance, sts[2].stance_evidence[0]) == ("oppose", "about: rota")


def test_a_learned_side_against_every_other_reading_of_its_speaker_takes_theirs() -> None:
    # session 42 (carry.outweigh_learned): "Will the county keep the Ashby ferry running?" The harbourmaster backs the
    # ferry in words twice; the learned layer read her silent "The tide tables speak for themselves" as opposition. Her
    # two readings outweigh it. A speaker with one other reading, one whose readings are split, and one whose only
    # other sides are carried (no readings of their own) keep the layer's side; so does one agreeing with them.
    learned = ["in a passage about the question; no stance words", "learned layer: oppose (p 0.41); the rules said neutral"]
    sts = [_s("1", "d1", "h", "support", ["about: ferry", "+back"], content="We back the ferry."),
           _s("2", "d2", "h", "support", ["about: ferry", "+keep"], content="Keep the ferry."),
           _s("3", "d2", "h", "oppose", list(learned), content="The tide tables speak for themselves."),
           _s("4", "d1", "one", "support", ["about: ferry", "+back"]),
           _s("5", "d1", "one", "oppose", list(learned)),
           _s("6", "d1", "split", "support", ["about: ferry", "+back"]),
           _s("7", "d1", "split", "oppose", ["about: ferry", "-scrap"]),
           _s("8", "d2", "split", "support", ["about: ferry", "+keep"]),
           _s("9", "d2", "split", "oppose", list(learned)),
           _s("10", "d1", "quiet", "support", [CARRIED_IN_CORPUS]),
           _s("11", "d2", "quiet", "support", [CARRIED_IN_ARTICLE]),
           _s("12", "d2", "quiet", "oppose", list(learned)),
           _s("13", "d1", "agrees", "oppose", ["about: ferry", "-scrap"]),
           _s("14", "d2", "agrees", "oppose", ["about: ferry", "-end"]),
           _s("15", "d2", "agrees", "oppose", list(learned))]
    assert outweigh_learned(sts, "learned layer") == 1
    assert sts[2].stance == "support"
    assert sts[2].stance_evidence[:2] == learned
    assert sts[2].stance_evidence[2].startswith("the learned layer's side outweighed by the speaker's other statements")
    assert [s.stance for s in sts[3:]] == ["support", "oppose", "support", "oppose", "support", "oppose", "support",
                                           "support", "oppose", "oppose", "oppose", "oppose"]
    # Support some of which the speaker states on conditions: conditional where the statement holds a condition of its
    # own, else plain support (as a silent statement takes it).
    terms = [("c1", [], "Nobody rides it in winter."),
             ("c2", ["as long as the pier is fixed"], "As long as the pier is fixed, the boat can sail.")]
    for speaker, conditions, content in terms:
        sts = [_s("1", "d1", speaker, "conditional", ["about: ferry", "+keep", "condition: if"],
                  conditions=["if the pier is fixed"]),
               _s("2", "d1", speaker, "support", ["about: ferry", "+back"]),
               _s("3", "d2", speaker, "oppose", list(learned), conditions=conditions, content=content)]
        sts[2].conditions_normalized = ["as long as: pier fixed"] if conditions else []
        outweigh_learned(sts, "learned layer")
        assert sts[2].stance == ("conditional" if conditions else "support")
    # The layer's sides are readings too: two of them against each other and the rules' one leave both as they are.
    sts = [_s("1", "d1", "e", "support", ["about: ferry", "+back"]),
           _s("2", "d2", "e", "oppose", list(learned)),
           _s("3", "d2", "e", "support", [*learned[:1], "learned layer: support (p 0.38); the rules said neutral"]),
           _s("4", "d3", "e", "oppose", list(learned))]
    assert outweigh_learned(sts, "learned layer") == 0


def test_a_quote_two_sentences_on_continues_nothing() -> None:
    # session 43 (stance.carry_over): "Will the district reopen the Fenwick lido?" The warden backs it ("The lido should
    # open in May"); her next sentence continues that utterance ("The filters are new"), but a silent one of hers after
    # another's sentence between (a lifeguard's "The pool was drained last week", then the warden's "The caretaker
    # retires in June") has moved on: nothing continued (it was, up to two sentences on, before session 43).
    assert carry_over([("a1", 0, 3, "support"), ("a1", 0, 4, None)])[1] == (
        "support", "continues the same speaker's statement 1 sentence(s) before")
    assert carry_over([("a1", 0, 3, "support"), ("a2", 0, 4, None), ("a1", 0, 5, None)])[2] == (None, "")


@pytest.mark.usefixtures("rules_alone")
def test_a_side_carried_onto_a_statement_whose_conditions_only_date(run) -> None:  # type: ignore[no-untyped-def]
    # issue 9, session 44 (stance.times_only, carry._carried_side): "Will the council sell the Orrin boathouse?" The
    # rowing club's captain backs the sale only on terms; in another paragraph she says the lease "looks cheap until
    # you count the mooring charges", words with no side of the question's and a condition that only undoes an
    # appearance. Her side on terms is not held on it (carried, it was conditional): her terms carry nothing onto it.
    # Her refusal dated by "until" ("will not hand over the keys until ...") stays held on its condition.
    text = ('Captain Wilhelmina Roark said the club would back the sale of the Orrin boathouse only if the council '
            'built new moorings first.\n\n'
            'Asked about the rent, Roark said: "The new lease looks cheap until you count the mooring charges."\n\n'
            'She added: "We will not hand over the keys until the moorings are finished."')
    found = run(text, question="Will the council sell the Orrin boathouse?")
    dated = statement_with(found, "until you count the mooring charges")
    assert dated.stance == "neutral", dated.stance_evidence
    held = statement_with(found, "until the moorings are finished")
    assert held.stance == "conditional", held.stance_evidence
