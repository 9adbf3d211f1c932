"""Issue 9's acceptance on the batches written apart from the rules, one per question shape
(tests/data/q_*: a regulator's approval, an election, a phase-out, a peace agreement, a bill, a
"should" question, a budget, a central bank's rate decision, a strike ending by a date, a repeal, a
halt to construction, a union ballot, a city hosting an event, a pardon, a product recall, a
government surviving a confidence vote, a bridge reopening before a date, a minister resigning, a
country signing a treaty, a passive "be built", a government raising the retirement age, a board
accepting a takeover offer, a country sending troops, "is X going to default", "can X meet its
target", a country adopting a currency, a bank moving its headquarters, a leader apologising, a minister
stepping down, an extradition, a coalition formed, a regulator blocking a takeover, a court striking
down a law, "should a city introduce a congestion charge", a state rescue, a board sacking its coach, two
countries' talks reaching a deal, a council scrapping a project, a party expelling a member, a family selling a
club to a buyer; session 13's invented shapes: entering a race,
the status quo, an act on an act, permission with a complement, a region holding a referendum; session 14's: a pair
as the subject, an intransitive outcome with a time bound, a resultative, a verb with a recipient, a nominal
predicate): stance,
condition recall and framing recall, with the batch's question given, and the question proposed
without one naming the batch's proposition (question.json `proposition_terms`). A figure not
reached yet is a strict xfail naming the issue, so reaching it turns the test red until the mark is
removed. First-contact and current figures: docs/evaluation.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import FIGURES, ROOT

BATCHES = ["q_approval", "q_election", "q_phaseout", "q_peace", "q_bill", "q_should", "q_budget", "q_rates", "q_strike",
           "q_repeal", "q_halt", "q_vote", "q_host", "q_pardon", "q_recall", "q_survive",
           "q_reopen", "q_resign", "q_sign", "q_build", "q_raise", "q_accept", "q_deploy", "q_default",
           "q_target", "q_adopt", "q_relocate", "q_apologise", "q_stepdown", "q_extradite", "q_coalition",
           "q_block", "q_strikedown", "q_congestion", "q_lift", "q_hold", "q_compulsory",
           "q_bailout", "q_dismiss", "q_talks", "q_scrap", "q_expel", "q_sell", "q_breakup", "q_boycott", "q_freeze",
           "q_postpone", "q_renew", "q_nationalise", "q_settle", "q_testify", "q_unionise",
           "q_resume", "q_outsource", "q_expand",
           "q_decommission", "q_speedlimit", "q_subsidise",
           "q_permit", "q_inflation", "q_prosecute",
           "q_datafine", "q_tuition", "q_repay",
           "q_knew", "q_safe", "q_ration",
           "q_rigged", "q_worth", "q_teens",
           "q_fit", "q_cheaper", "q_works",
           "q_blame", "q_deserve", "q_reliable",
           "q_enough", "q_proportionate", "q_causing",
           "q_better", "q_mislead", "q_afford",
           "q_ready", "q_power", "q_profit",
           "q_majority", "q_binding", "q_permanent",
           "q_need", "q_right", "q_trusted",
           "q_employees", "q_threshold", "q_best",
           "q_recession", "q_wrong", "q_avoid",
           "q_shortage", "q_payoffer", "q_lastvote",
           "q_toosoon", "q_footbill", "q_first",
           "q_shouldhave", "q_turninto", "q_spread",
           "q_letbuild", "q_keeprising", "q_entitled",
           "q_winback", "q_passon", "q_floodagain",
           "q_fairshare", "q_recover", "q_genuine",
           "q_reinvent", "q_owe", "q_corner",
           "q_mandate", "q_swim", "q_favourite",
           "q_dressing", "q_erupt", "q_stadium",
           "q_runout", "q_payitself", "q_costfinal",
           "q_relegate", "q_sellout", "q_entrance",
           "q_force", "q_penalty", "q_contaminated",
           # session 13's invented corpora (3 articles each, statements and conditions in their gold, no framing)
           "q_run", "q_unchanged", "q_reverse", "q_allow", "q_plebiscite",
           # session 14's invented corpora (the same format)
           "q_pair", "q_last", "q_carfree", "q_handback", "q_there"]
# Batches whose gold names no framing terms: their framing recall is not a figure.
NO_FRAMING = {"q_run", "q_unchanged", "q_reverse", "q_allow", "q_plebiscite",
              "q_pair", "q_last", "q_carfree", "q_handback", "q_there"}
TARGETS = [("stance_accuracy", 0.80), ("condition_recall", 0.80), ("framing_recall", 0.80)]
# Targets not met yet: {batch: {figure: reason}}. Remove an entry when its figure is reached.
GAPS: dict[str, dict[str, str]] = {
    # q_approval's stance reached 0.821 in session 7 (in-sample with the shipped layer; judge/carry.py),
    # then 0.786 with issue 10's round-7 speakers: "Its director, X, said the analysis 'vindicates ...'"
    # is now X's (gold speaker X), and the judge carries X's later stance (support, from another
    # article) onto it where the gold reads oppose; the neutral "does not comment" stays neutral. 0.804 in session 17
    # ("may have to accept a merger with strong remedies": the act named with its with-phrase, judge/conditions_with.py).
    # q_election's framing 0.769 -> 0.923 in session 7 (a phrase most outlets write names what the corpus is about).
    # Its stance reached 0.815 in session 19 ("it is a coin toss" declares no side, judge/undecided.py): in-sample,
    # its misses read; its gap entry is removed.
    # q_phaseout's stance (0.83) is reached with the learned layer, trained on this batch among the
    # others; trained without it (leave-one-batch-out) it is 0.717 (docs/evaluation.md). 0.811 -> 0.792
    # at issue 10 round 5: "The Federation of ... Workers (FEMW) said it had not been consulted ..." now
    # resolves to the union (an organisation) instead of a person "Mine Workers", and the judge gives
    # the neutral statement the union's stance in other articles ("not stated here; ...").
    # Back to 0.811 in session 7: a statement with no stance words, whose speaker takes no side
    # anywhere, is neutral rather than unrelated (judge/carry.py).
    "q_phaseout": {"framing_recall": "issue 9"},
    # q_peace's framing 0.769 -> 0.846 in session 8 (a phrase one outlet alone writes again and again: 'Averenian aggression').
    # q_peace's stance reached 0.806 in session 37 (the day's stance rules together: judge/carry.py on_terms_only,
    # judge/abstention.py; 0.790 before): its stance gap, a strict xfail that passed, is removed.
    # q_bill reached 0.833 with the retrained layer (in-sample; held out 0.756), then fell to 0.795 when
    # the attribution rules found statements its gold lists whose stance the judge misreads (one is
    # "said her party could not support the bill in its current form, arguing that ...": read as
    # support; the clause alone is read as oppose, but the batches' gold keeps the participle in it).
    # Session 7: 0.821 (in-sample with the shipped layer): support carried onto a statement with a
    # condition of its own stays plain when the speaker's support elsewhere is (judge/carry.py); the
    # complementiser "that" no longer stands for the bill in "arguing that ..." (judge/evaluative.py).
    # q_bill's framing 0.75 -> 0.812 in session 8 (an evaluative word with its phrase: 'privacy cranks'), 0.875 in
    # session 13, 0.75 with session 14's learned ranker (wording_rank.py): the two wires' neutral 'Data Retention Bill'
    # (the question's thing's name, which the rules showed) ranked below phrases of their own.
    "q_bill": {"framing_recall": "issue 9: 0.75 with the learned ranker (the wires' plain name)"},
    # q_should's stance reached 0.822 in session 18 (in-sample: DEVELOP): "all options are on the table" declares
    # no side (judge/undecided.py), so the speaker's support elsewhere is no longer carried onto it; and (s18-trigger)
    # "If the mayor hesitates, we will do it ourselves": a threat on the act put off demands it (judge/act_demanded.py).
    "q_should": {"framing_recall": "issue 9"},
    # q_budget's stance reached 0.813 in session 9 (in-sample): a silent statement takes its speaker's
    # stance over the corpus before the article's (judge/carry.py).
    "q_budget": {"framing_recall": "issue 9"},
    # q_pardon's stance (0.848) is reached with the layer retrained on every batch (in-sample); trained
    # without it (leave-one-batch-out) it is 0.696 (docs/evaluation.md). q_rates reached 0.804 with the
    # layer of session 5 and is 0.784 with the one retrained in session 6 on 23 batches (held out 0.725).
    # 0.804 since session 7's speaker fixes (issue 10): a statement now resolved to its speaker is
    # judged with that speaker's stance.
    # q_rates's stance 0.783 -> 0.85 in session 37 (in sample: DEVELOP): a speaker who states only conditional support
    # carries no side onto a plain statement, which the learned layer then reads (judge/carry.py on_terms_only).
    "q_rates": {"framing_recall": "issue 9"},
    # Session 35's refitted learned layer (lambda 1000, 103 batches, docs/evaluation.md) fits these in-sample batches
    # less closely than session 6's model did; on the seventy-eight sealed batches it raised stance 0.559 -> 0.571.
    # q_election's stance 0.782 -> 0.800 in session 37 (in-sample, DEVELOP: a refusal to tell supporters which way to vote
    # declares no side, judge/undecided.py `_not_telling` with "tell"): its strict xfail removed.
    "q_pardon": {"stance_accuracy": "issue 9: 0.759 with session 35's refitted layer (0.889 before)"},
    "q_strike": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_repeal's stance 0.78 -> 0.814 in session 42 (in-sample, DEVELOP: a learned side against every other reading of
    # its speaker takes theirs, judge/carry.py outweigh_learned): its strict xfail removed.
    "q_repeal": {"framing_recall": "issue 9"},
    # q_halt's, q_pardon's and q_recall's framing reach 0.80 in session 15 (the ranker's generic candidates and its
    # headline and lede features, in sample: wording_rank.py; q_halt 0.812).
    # q_halt's stance reached 0.805 in session 20 (in-sample: DEVELOP; the session's neutral, conditions and flip rules
    # together, docs/evaluation.md).
    # Session 21 (s21-recall): 33/41 -> 34/43 = 0.791: two quotations of the live page found by their lead-ins
    # (extract/direct.py introduced_quotes), one judged right (a conditional), one wrong ("Now it depends on a
    # report nobody has seen. Let us finish it ...": conditional for oppose, judge/; the right count rose).
    # Session 22 (s22-flip): back above 0.80 (0.814 by scripts/stance_errors.py), in sample (its misses read): what
    # a word is said of under a privative act ("every family in it", "called the route a disaster").
    # Session 42: 0.814 -> 0.791 (35 -> 34 of 43; judge/carry.py outweigh_learned, DEVELOP +24 pooled): a pause called
    # "a small risk of a court-ordered pause, not a political one", the layer's opposition, takes its speaker's support.
    "q_halt": {"stance_accuracy": "issue 9: 0.791 in session 42 (0.814 before carry.outweigh_learned)"},
    # q_vote's proposal right since session 37 ('Will the pay offer be accepted?': a decision named by its opposite's
    # noun, question_act.prominence; not traded for the firm's own act, _phrased; first contact: 'Will the pay offer
    # be brought?').
    "q_vote": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_host's framing 0.7 -> 0.8 in session 14 (the learned ranker of framing phrases, wording_rank.py). Its stance
    # 0.778 -> 0.841 in session 23 (s23-aim: a stance or evaluative word said of another argument is no evidence,
    # judge/aim.py aimed_elsewhere; its moved statements were read: in sample); its gap entry is removed. Down to 0.797
    # in session 24: s24-recall's second that-clause keeps "and that walking away now would be a betrayal ..." in the
    # content, and the rules read the opposite act called a betrayal as oppose (the speaker supports); an estimate with
    # 'put' ("put the real cost ... at up to 5 billion") is a new statement read support (the gold: oppose or neutral).
    # 0.828 in session 25 (s25-stance: an act of abandoning with nothing named is judged by what is said of it,
    # judge/judged.py _side_taking; in sample): its gap entry is removed.
    "q_recall": {"stance_accuracy": "issue 9"},
    # q_survive's stance (0.806) too, in-sample (held out 0.726).
    # q_survive's proposal right in session 27 (a headline's own question, 'Can Solm survive Thursday's confidence vote?').
    "q_survive": {"framing_recall": "issue 9"},
    # Session 6's batches, first contact at c92bade (docs/evaluation.md).
    # q_reopen's stance 0.785 -> 0.815 in session 15 (a threat if the bridge is not open by a date demands the
    # reopening: judge/stance.py _in_result_state).
    "q_reopen": {"framing_recall": "issue 9",
                 "stance_accuracy": "issue 9: 0.746 with session 35's refitted layer (0.836 before)"},
    # q_resign's proposal named it from session 6's sixth round on (a person's own act: "Will Teodor Varnak resign?").
    # Its stance 0.78 -> 0.82 in session 26 (a third party's pronoun under "once" is a forecast, not a side held on it:
    # judge/conditions_timed.py; in-sample: q_resign was read in earlier sessions).
    "q_resign": {"framing_recall": "issue 9"},
    # q_sign's framing 0.7 -> 0.8 in session 14 (the learned ranker, trained without VALIDATE: wording_rank.py).
    "q_sign": {"stance_accuracy": "issue 9"},
    # q_build's condition recall 0.75 -> 0.833 in session 6 ("X, or there is no bridge").
    # q_build's stance 0.788 -> 0.803 in session 26 (a VALIDATE batch, figures only: the learned layer's neutral
    # withholds a carried side, judge/learned.withhold_carried; the shipped model was trained on q_build).
    # q_build's stance 0.727 -> 0.803 in session 37 (VALIDATE, figures only: judge/carry.py on_terms_only).
    "q_build": {"framing_recall": "issue 9"},
    # Session 7's batches, first contact at 7c3057a (docs/evaluation.md).
    "q_raise": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_accept's proposal names it from session 7 on (first contact: 'Will Vexley table the offer for Tarnholm
    # Instruments?'; a decision argued both ways, accept/reject, is the act: 'Will the family accept the offer ...?').
    # q_accept's and q_apologise's condition recall 0.737 -> 0.842 and 0.571 -> 0.857 in session 8 ("only at
    # 48 crowns", "but only on behalf of the state": "only" before a preposition of scope, judge/conditions.py).
    # q_accept's framing 0.667 -> 0.867 in session 8 (the wires' plain "offer" beside the tabloid's "raid").
    "q_accept": {"stance_accuracy": "issue 9"},
    # q_deploy's condition recall 0.778 -> 0.889 in session 25 (a VALIDATE batch, figures only: "want X done" read
    # through the parser's object-and-participle, judge/demands.py _wanted_done).
    "q_deploy": {"stance_accuracy": "issue 9"},
    "q_default": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # Session 8's batches, first contact at 6fba7b0 (docs/evaluation.md).
    # q_target's proposal was right at first contact ('Will Lorvenia hit the climate target?') while the
    # explainer's title was wrongly its masthead tagline; with the right title (session 8's cleaning, 1b4c671)
    # the act chosen is the antonym: 'Will the climate target be missed?'. Named again from session 8's
    # proposal round on ('meet' is no general verb: 'Will Lorvenia meet the 2030 target?').
    # q_target's stance reached 0.803 in session 41 (49 of 61; each branch of a choice told, stance._both_ways).
    "q_target": {"framing_recall": "issue 9"},
    "q_adopt": {"stance_accuracy": "issue 9", "framing_recall": "issue 9",
                "proposed": "issue 9: first contact proposed 'Will the currency be shared?'"},
    # q_relocate's framing reached 0.81 in session 14 (the learned ranker, trained without VALIDATE: wording_rank.py),
    # 0.762 with session 15's model (VALIDATE: its misses not read; VALIDATE pooled 105 -> 108 of 162), 0.81 again in
    # session 17 (the ranker shows one phrase more than the rules chose: wording.RANKED_EXTRA).
    # Its proposal names the proposition since session 27 (a headline's own yes/no question, s27-propose; VALIDATE: the
    # figure read, not the text; first contact proposed 'Will the government drop the stability levy?').
    "q_relocate": {"stance_accuracy": "issue 9"},
    # q_apologise's proposal names it from session 8 on (a noun's act done by one named doing it of
    # themselves: 'Will Aurelie Danskov apologise?'; first contact 'Will the state apology be cited?').
    "q_apologise": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # Session 11's opened batches, first contact at 976463a (docs/evaluation.md). Their proposals name the
    # proposition from session 11's proposal round on (first contact: 'Will the Progress Bloc table the motion
    # of no confidence in Danescu?', 'Will Justice Minister Helena Varro sign the surrender order?'; now
    # 'Will Infrastructure Minister Aurel Dănescu resign?', 'Will Mr Krašovec be extradited to Eskovar?').
    "q_stepdown": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_extradite's condition recall 0.857 -> 0.778 when its interview's answers became statements
    # (extract/transcript.py), 0.889 when two clauses under one "if" became one condition.
    "q_extradite": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_coalition's condition recall 0.438 -> 0.562 in session 11 (at 1c295b7; "only join a government that
    # guarantees ...", "can support a partnership that keeps its word": judge/demands.py), 0.938 in session 12
    # (its interview's answer to "What does the party need in order to sign?": judge/answers.py; "X is not
    # negotiable", "has to mean that X": judge/requirements.py).
    # Its stance reached 0.803 in session 41 (53 of 66, in-sample: DEVELOP; each branch of a choice told,
    # stance._both_ways), then 0.773 with the session's other rules merged (a side taken in words in a passage).
    "q_coalition": {"stance_accuracy": "issue 9: 0.773 at session 41's end", "framing_recall": "issue 9"},
    # Session 12's opened batches, first contact at b9a2d00 (docs/evaluation.md): q_block's question is
    # phrased against the deal ("block the takeover"), so a side read the wrong way round is a flip.
    # q_block's condition recall 0.833 at first contact, 0.625 once the editorial's own positions became
    # statements (extract/own_voice.py): two of them hold conditions not found ("tighten the price cap,
    # test X's finances, and then say yes"; "the buyer must be credible"). 0.875 in session 13: "with the guarantee
    # in writing, the union no longer opposes" (judge/conditions_with.py), the steps before "and then say yes"
    # (judge/conditions_then.py).
    # q_block's framing 0.773 -> 0.818 in session 32 (a figurative set phrase of English among an outlet's runs:
    # wording_idiom.py, the runs' model refitted).
    "q_block": {"stance_accuracy": "issue 9"},
    "q_strikedown": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_congestion's condition recall 0.786 -> 0.857 in session 13 ("with licensed cabs now exempt, his members
    # can live with it": a circumstance said with "with", judge/conditions_with.py).
    # Its stance 0.785 -> 0.823 in session 35 (the learned layer refitted on 103 batches, in sample): its gap is removed.
    # Its proposal right in session 39 ('... the Drellmouth congestion charge?': the bodies write "the charge" bare, a
    # headline names it with the town before it; question_words._headline_named).
    "q_congestion": {"framing_recall": "issue 9"},
    # Session 13's opened batches, first contact at 5b3990d (docs/evaluation.md): the lifting of a ban (the
    # question removes a restriction), whether a truce holds (no agent), a "should" question of making a
    # duty compulsory (a resultative).
    # q_lift's condition recall 0.783 at first contact, 0.826 in session 13 ("will back whatever the scientists say
    # is safe": judge/requirements.py).
    "q_lift": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_hold's proposal right in session 40 (in sample: DEVELOP): 'Will the Drennic Highlands truce hold?', the truce as
    # the headlines name it (question_words.object_of).
    "q_hold": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_compulsory's stance 0.795 -> 0.822 in session 37 (in sample: DEVELOP; judge/carry.py on_terms_only).
    # 0.808 -> 0.795 in session 39: a split quotation's later piece now decides where its opening says nothing
    # (judge/article.py _side_said_after: DEVELOP +16), and one later piece's "a thing <they> gave up on" is read as
    # against the act (a verb of giving up in a relative clause on another noun).
    # 0.795 -> 0.808 in session 40: "will abstain in tonight's vote" declares no side (abstention.abstains): its stance
    # gap entry, a strict xfail, is removed ("gave up on" is still misread: the rule for it was reverted after the sealed
    # batches, tests/judge/test_stance_described.py).
    "q_compulsory": {"framing_recall": "issue 9",
                     "proposed": "issue 9: first contact proposed another proposition"},
    # Session 14's opened batches, first contact at 5d98149 (docs/evaluation.md): a state rescue of a company
    # (a phrasal verb, "bail out"), a board sacking its coach (the object a person who speaks), two countries'
    # talks reaching a deal before a deadline (a pair, no single agent).
    # q_bailout's condition recall 0.625 at first contact, 0.842 in session 15 (what is not opposed, restricted, and a
    # means refused: judge/conditions_restricted.py; "any support would be tied to X"); q_dismiss's proposal right in
    # session 15 ("sack" and "dismiss" one act: question_act.one_act): 'Will the Sporting Caldera head coach be sacked?'.
    # Its proposal right in session 30 ('Will Pelgrin be rescued?': the rescue said as a noun, question._event_argued).
    # Its stance 0.792 -> 0.819 in session 36 (in-sample: DEVELOP; what a thing cannot go on without is no condition,
    # judge/conditions_needed.py): its stance gap entry, a strict xfail that now passed, is removed.
    # 0.806 -> 0.792 in session 39: a split quotation's later piece now decides where its opening says nothing
    # (judge/article.py _side_said_after), and "I'll believe it when the money is in the account" reads as doubt.
    # 0.792 -> 0.833 in session 40 (in sample: DEVELOP): "bail out" no longer privative (WordNet's "remove (water) from
    # a boat" brackets another object: privative.takes_away_as_asked); its stance gap entry, a strict xfail, is removed.
    "q_bailout": {"framing_recall": "issue 9"},
    # q_dismiss's condition recall 0.70 at first contact, 0.80 in session 16 ("The day I feel I have lost the players,
    # I will go myself": judge/demands.py _the_moment).
    "q_dismiss": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # q_talks' condition recall 0.75 at first contact, 0.812 in session 14 ("as long as A and B" with B hung on the main
    # verb by the parser: judge/conditions.py _second_clause).
    # q_talks' proposal right in session 18 ('Will the government roll over the fisheries agreement with Calvenia?': the
    # agreement and the arrangement, one WordNet sense, summed as one thing, question_sum._one_thing).
    "q_talks": {"stance_accuracy": "issue 9", "framing_recall": "issue 9"},
    # Session 15's opened batches, first contact at 7c18a67 (docs/evaluation.md): a council scrapping a tram extension
    # (the question against a project: its friends oppose), a party expelling a member who speaks, a family selling a
    # club to a named buyer (a recipient). Condition recall 0.667 (q_scrap) and 0.778 (q_sell) at first contact, 0.833
    # and 0.889 in session 16 ("it has to be a number the city can carry", "a new owner would have to earn the city's
    # trust": judge/requirements.py).
    "q_scrap": {"stance_accuracy": "issue 9: 0.274 at first contact", "framing_recall": "issue 9"},
    # q_expel's proposal right in session 16 ('Will the PRP expel Teodor Vašek?': "want X expelled" is an act done to
    # X, extract/frames.py; the party named doing it in other words, "boot out", question_act.py).
    "q_expel": {"stance_accuracy": "issue 9: 0.514 at first contact", "framing_recall": "issue 9"},
    # q_sell's proposal was right in session 19 only (session 19's rules for it reverted in session 20: they gained the
    # batch they were read from and cost a sealed one); right again since session 44 ('Will the Castellane family sell
    # Vellmouth Harriers to Greyhaven?': its headline's act said with "to", frames_asked._stated).
    "q_sell": {"stance_accuracy": "issue 9: 0.517 at first contact", "framing_recall": "issue 9"},
    # Session 16's opened batches, first contact at 75922d6 (docs/evaluation.md): a regulator breaking up a company
    # (a phrasal act, remedies short of it are alternatives), an opposition alliance boycotting an election (those who
    # want it to run oppose), a transit authority freezing fares for a year (a smaller rise is an alternative).
    # q_breakup's condition recall 0.636 at first contact, 0.727 in session 16, 0.818 in session 18 ("A separation should
    # be the last resort, reserved for the case in which ...": judge/conditions_terms.py last_resort).
    "q_breakup": {"stance_accuracy": "issue 9: 0.453 at first contact",
                  "framing_recall": "issue 9: 0.55 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    # q_boycott's proposal right in session 16 ('Will the Democratic Renewal Alliance boycott the election?': the name in
    # apposition to the subject, hung by the parser on the dateline, is who acts: extract/frames.py).
    # q_boycott's condition recall 0.778 at first contact, 0.889 in session 18 ("Fix that, and they have no excuse": an
    # order joined to what then holds, judge/demands.py _give_us_and).
    # q_boycott's framing 0.75 -> 0.80 in session 33 (an outlet's best phrase by the second ranker, fitted on the batches
    # written since session 20: wording.SECOND_EXTRA; q_boycott is of session 16, out of its sample).
    "q_boycott": {"stance_accuracy": "issue 9: 0.525 at first contact"},
    # q_freeze's condition recall 0.75 at first contact, 0.833 in session 17 ("a freeze without new money would force
    # ...": the act named as a noun with or without a thing, judge/conditions_with.py).
    # q_freeze's stance 0.791 -> 0.806 in session 44 (in-sample, DEVELOP; 0.567 at first contact): "the backlog should
    # come first" is a priority, no "must first" condition (conditions._precedence); its stance gap, a strict xfail that
    # passed, is removed.
    "q_freeze": {"framing_recall": "issue 9: 0.40 at first contact"},
    # Session 17's opened batches, first contact at 840eae6 (docs/evaluation.md): a ministry postponing exams (those who
    # want them held as planned oppose), a regulator renewing a broadcaster's licence (letting it lapse or tendering it
    # opposes), a government nationalising a steelworks (a sale, a loan or a private buyer are alternatives).
    # q_postpone's condition recall 0.417 at first contact, 0.833 in session 18 ("If there has to be a delay, it should be
    # short and ...", "but by no more than three weeks", "could live with three weeks": judge/conditions_terms.py).
    "q_postpone": {"stance_accuracy": "issue 9: 0.436 at first contact",
                   "framing_recall": "issue 9: 0.30 at first contact"},
    # q_renew's condition recall 0.467 at first contact, 0.933 in session 18 ("If they renew, it has to come with ...",
    # "as a condition of renewal", "but only for three years and only with ...": judge/conditions_terms.py, conditions_only.py).
    # Its stance 0.803 in session 43 (in sample: DEVELOP; "would not vote for a blank cheque", a grant without terms
    # refused, conditional: conditions_contrast.refused_outright; a judgement of a noun of an act meant, "any attempt to
    # strip X of its licence would be an attack", said of that act: judged.intended): its "stance_accuracy" gap entry is
    # removed.
    "q_renew": {"framing_recall": "issue 9: 0.63 at first contact"},
    # q_nationalise's proposal right in session 17 ('Will the government nationalise the loss-making Tolvik plant?': "buy"
    # and "sell", two sides of one exchange, no longer pooled as one decision, question_act.ask).
    # q_nationalise's condition recall 0.467 at first contact, 0.80 in session 18 ("must come with", "will only buy at a
    # fair price", "the last resort", "fair compensation in any transfer": judge/conditions_terms.py, conditions_demanded.py).
    "q_nationalise": {"stance_accuracy": "issue 9: 0.507 at first contact", "framing_recall": "issue 9: 0.476 at first contact"},
    # Session 18's opened batches, first contact at 89d2ea4 (docs/evaluation.md): a company settling a lawsuit out of
    # court (a trial, an appeal or a partial deal without liability oppose), a bank's chief executive testifying before
    # a committee (a deputy or written answers oppose), warehouse workers voting to unionise (a works council opposes).
    # q_settle's proposal right in session 18, 'Will Corvane Chemicals settle the Corvane case?': "the lawsuit" and "the
    # case", one WordNet sense, summed as one thing, question_sum._one_thing; first contact: '... approve the settlement'.
    # q_settle's condition recall 0.733 at first contact (0.778 by stance_errors.py), 1.0 in session 18 and q_testify's
    # 0.571 -> 0.857 (a demand kept, "the line we will not cross", "What we have asked is that ...", "will only testify
    # behind closed doors": judge/conditions_demanded.py).
    "q_settle": {"stance_accuracy": "issue 9: 0.595 at first contact",
                 "framing_recall": "issue 9: 0.571 at first contact"},
    "q_testify": {"stance_accuracy": "issue 9: 0.553 at first contact",
                  "framing_recall": "issue 9: 0.412 at first contact"},
    # (q_unionise proposed right before session 41; since, the corpus's own question, 'Does the depot get a union?', names
    # no vote)
    "q_unionise": {"stance_accuracy": "issue 9: 0.637 at first contact", "framing_recall": "issue 9: 0.222 at first contact",
                   "proposed": "issue 9: the corpus's own question names no vote"},
    # Session 19's opened batches, first contact at 683e6ce (docs/evaluation.md): an airline resuming flights to a
    # country (a route kept suspended, or to another airport, opposes; a safety audit as a condition), a "should"
    # question: a hospital outsourcing its cleaning and catering (keeping them in house opposes), a league expanding to
    # sixteen clubs next season (a delay to the season after, or one club only, opposes).
    "q_resume": {"stance_accuracy": "issue 9: 0.537 at first contact", "framing_recall": "issue 9: 0.263 at first contact",
                 "proposed": "issue 9: first contact proposed another proposition"},
    # q_outsource's condition recall 0.75 at first contact, above 0.80 in session 21 after its misses were read (in-sample:
    # "Provided" opening a sentence read as an interjection; docs/evaluation.md).
    # (q_outsource's proposal right by its terms since session 31, "Will Wenmouth Royal Infirmary contract out the
    # cleaning?": the act and thing right, its subject another hospital's precedent)
    "q_outsource": {"stance_accuracy": "issue 9: 0.465 at first contact",
                    "framing_recall": "issue 9: 0.188 at first contact"},
    # q_expand's stance 0.758 -> 0.803 in session 37 (in sample: DEVELOP; judge/carry.py on_terms_only). Its proposal
    # right since session 43: "Will the Northern Rugby League board grow to sixteen clubs?", a whether-clause of the
    # board a noun hangs it from (extract/frames_asked._owner), the frames' "expand" said in it more fully (a kin verb).
    "q_expand": {"condition_recall": "issue 9: 0.455 at first contact",
                 "framing_recall": "issue 9: 0.278 at first contact"},
    # Session 20's opened batches, first contact at 028224b (docs/evaluation.md): a passive question with no agent (a
    # dam decommissioned: kept, rebuilt or fitted with a turbine opposes), a "should" question in the passive with a
    # number (a ring road's limit lowered to 30: 40 opposes), a government subsidising a night train (a trial grant
    # left to end opposes).
    # q_decommission's stance reached 0.806 in session 41 (in-sample: DEVELOP; 0.556 at first contact): a removal's cost
    # in a sum of millions of a unit no lexicon knows is a price, no harm (judge/consequence.py `_sum`).
    "q_decommission": {"framing_recall": "issue 9: 0.105 at first contact"},
    # q_speedlimit's condition recall 0.762 at first contact, above 0.80 in session 20 after its misses were read (in-sample:
    # "We want X, or this is just paint", demands._or_else; docs/evaluation.md).
    "q_speedlimit": {"stance_accuracy": "issue 9: 0.581 at first contact", "framing_recall": "issue 9: 0.375 at first contact"},
    "q_subsidise": {"stance_accuracy": "issue 9: 0.581 at first contact", "framing_recall": "issue 9: 0.4 at first contact",
                    "proposed": "issue 9: first contact proposed another proposition"},
    # Session 21's opened batches, first contact at 4d1cc45 (docs/evaluation.md): a ditransitive act with the thing as a
    # noun (a planning board granting a club permission to build a stadium: a smaller scheme or a refusal opposes), an
    # outcome with no agent and a number (inflation falling below 3 percent by the year's end: forecasts are sides), a
    # verb of two senses (prosecutors charging a former minister: a price "charged" is no stance). Proposals right in
    # session 21: q_permit's ('Will the Marlpit Road stadium be approved?': a consent given to what it is for,
    # extract/frames_nouns.consent_given; right at first contact with that rule's first version), q_prosecute's ('Will the
    # National Assembly lift Renata Sollberg's parliamentary immunity?': "her immunity" named as whose,
    # question_words._owned); first contact proposed another proposition for each.
    # q_permit's stance 0.794 -> 0.809 in session 42 (in-sample, DEVELOP: judge/carry.py outweigh_learned): its strict
    # xfail removed.
    "q_permit": {"framing_recall": "issue 9: 0.273 at first contact"},
    # q_inflation's condition recall 0.786 at first contact, above 0.80 in session 21 after its misses were read (in-sample:
    # "barring X", "One more X, or Y, and Z", what a projection assumes; docs/evaluation.md).
    "q_inflation": {"stance_accuracy": "issue 9: 0.479 at first contact",
                    "framing_recall": "issue 9: 0.118 at first contact",
                    "proposed": "issue 9: first contact proposed another proposition"},
    "q_prosecute": {"stance_accuracy": "issue 9: 0.524 at first contact", "framing_recall": "issue 9: 0.278 at first contact"},
    # Session 22's opened batches, first contact at e047357 (docs/evaluation.md): a penalty laid on a company by a
    # regulator (a reprimand or an undertaking instead of a fine opposes), a passive with no agent ("Are tuition fees
    # going to be abolished?": a cut instead of abolition opposes), an obligation decided by a court ("Does X have to
    # pay back the subsidy?": a partial repayment is conditional).
    # Proposals right in session 22 after their first contact: q_datafine's ('Will Brightwell be fined?': a penalty
    # imposed asked as its own verb done, question_act._imposed_on), q_repay's ('Will Halvik repay the 38 million
    # crowns?': a sum written with its figure, frames_words.written_sum); first contact proposed another proposition
    # for each.
    # q_datafine's condition recall reached 0.80 in session 24 (an interview's "Then ..." after "And if X?", read in
    # session 23: in-sample; judge/conditions.py ASKED).
    "q_datafine": {"stance_accuracy": "issue 9: 0.582 at first contact",
                   "framing_recall": "issue 9: 0.105 at first contact"},
    "q_tuition": {"stance_accuracy": "issue 9: 0.656 at first contact", "condition_recall": "issue 9: 0.5 at first contact",
                  "framing_recall": "issue 9: 0.3 at first contact"},
    "q_repay": {"stance_accuracy": "issue 9: 0.712 at first contact", "framing_recall": "issue 9: 0.333 at first contact"},
    # Session 23's opened batches, first contact at 168ebc5 (docs/evaluation.md): a past fact ("Did the mayor know about
    # the kickbacks?": a denial opposes), a property ("Is the weedkiller safe for farm workers?": "safe only with the
    # kit on" conditional), a measure most people resist with a time bound ("Will X ration drinking water this summer?").
    "q_knew": {"stance_accuracy": "issue 9: 0.493 at first contact", "framing_recall": "issue 9: 0.3 at first contact",
               "proposed": "issue 9: first contact proposed another proposition"},
    "q_safe": {"stance_accuracy": "issue 9: 0.554 at first contact", "condition_recall": "issue 9: 0.294 at first contact",
               "framing_recall": "issue 9: 0.222 at first contact"},
    "q_ration": {"stance_accuracy": "issue 9: 0.559 at first contact", "framing_recall": "issue 9: 0.438 at first contact"},
    # Session 45's opened batches, first contact at 7a45e217 (docs/evaluation.md): a past act judged excessive ("Did the
    # police use excessive force at the sit-in?": "officers were attacked first" opposes), a referee's decision judged
    # right ("Was the referee right to award the penalty?": "it was a dive" opposes), a state of the ground under a
    # place ("Is the ground under the estate contaminated?": "the soil tests came back clear" opposes).
    "q_force": {"stance_accuracy": "issue 9: 0.417 at first contact", "framing_recall": "issue 9: 0.321 at first contact",
                "proposed": "issue 9: first contact proposed another proposition"},
    "q_penalty": {"stance_accuracy": "issue 9: 0.564 at first contact", "framing_recall": "issue 9: 0.185 at first contact"},
    "q_contaminated": {"stance_accuracy": "issue 9: 0.476 at first contact",
                       "framing_recall": "issue 9: 0.286 at first contact"},
    # Session 44's opened batches, first contact at 9e7bb82e (docs/evaluation.md): a modal of ability over a team's fate
    # with a time bound ("Can the club avoid relegation this season?": "they are going down" opposes), an outcome of sales
    # ("Will the festival sell out this year?": "prices killed demand" opposes), a "should" of an institution dropping
    # its own procedure ("Should the university drop its entrance exam?": "the exam guarantees standards" opposes).
    # (q_relegate's proposal right since session 45: "Can the Harriers still beat the drop?", the corpus's own question
    # asked in one headline, its spread gate waived where the frames' proposal is argued little, question_asked.SPREAD_WAIVED)
    "q_relegate": {"stance_accuracy": "issue 9: 0.369 at first contact", "framing_recall": "issue 9: 0.267 at first contact"},
    "q_sellout": {"stance_accuracy": "issue 9: 0.479 at first contact", "framing_recall": "issue 9: 0.273 at first contact"},
    "q_entrance": {"stance_accuracy": "issue 9: 0.519 at first contact", "framing_recall": "issue 9: 0.219 at first contact"},
    # Session 43's opened batches, first contact at 4d78363f (docs/evaluation.md): a resource running out under a time
    # bound ("Will the city run out of water this summer?": "the reservoirs will see us through" opposes), an idiom of
    # a project's money ("Will the tram extension pay for itself?": "a subsidy for ever" opposes), a cause of a lost
    # final ("Did the referee's decision cost the team the cup final?": "they lost on merit" opposes). Their "proposed"
    # entries removed in session 43 (a phrasal verb's reflexive and "of" object kept, extract/frames_phrasal.py; a verb of
    # two objects never asked in the passive of its second, question_act.object_passive).
    "q_runout": {"stance_accuracy": "issue 9: 0.439 at first contact", "framing_recall": "issue 9: 0.419 at first contact"},
    "q_payitself": {"stance_accuracy": "issue 9: 0.507 at first contact",
                    "condition_recall": "issue 9: 0.643 at first contact",
                    "framing_recall": "issue 9: 0.344 at first contact"},
    "q_costfinal": {"stance_accuracy": "issue 9: 0.432 at first contact",
                    "framing_recall": "issue 9: 0.167 at first contact"},
    # Session 42's opened batches, first contact at 22757a74 (docs/evaluation.md): a perfect idiom of a group's support
    # lost ("Has the coach lost the dressing room at the club?": "the squad is still playing for him" opposes), a
    # possibility under "might" with a time bound ("Might the volcano erupt this year?": "nowhere near orange" opposes),
    # a superlative choice among rival places ("Is the city the best place to build the new national stadium?": another
    # city's merits oppose).
    # (q_dressing's proposal right since session 43: "Has Teodor Vilkas lost the Harriers' dressing room?", the corpus's
    # question asked of the club's name and of its dressing room made one, question_asked.merged)
    "q_dressing": {"stance_accuracy": "issue 9: 0.542 at first contact", "framing_recall": "issue 9: 0.2 at first contact"},
    "q_erupt": {"stance_accuracy": "issue 9: 0.464 at first contact", "condition_recall": "issue 9: 0.692 at first contact",
                "framing_recall": "issue 9: 0.129 at first contact"},
    "q_stadium": {"stance_accuracy": "issue 9: 0.594 at first contact", "framing_recall": "issue 9: 0.185 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    # Session 41's opened batches, first contact at 64b5720a (docs/evaluation.md): a mandate given by an election win
    # ("Does the party's election win give it a mandate to abolish the upper chamber?": "a protest vote, not a blank
    # cheque" opposes), a sufficiency of a quality for a purpose ("Is the river clean enough to swim in this summer?":
    # "only after two dry days" conditional), a standing kept with "still" ("Is the singer still the favourite to win
    # the contest?": "the odds have drifted" opposes).
    # q_mandate's condition recall 0.818 in session 41 after its misses were read (in-sample: a "once" hung on the verb
    # before it, "no right to X without Y"; judge/conditions.py _clause_after, _without).
    "q_mandate": {"stance_accuracy": "issue 9: 0.523 at first contact",
                  "framing_recall": "issue 9: 0.194 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    # q_swim's, q_reinvent's and q_afford's proposals name the proposition since session 42 (the corpus's own question
    # over the frames' proposal by question.ASKED_MARGIN 0.3, not 0.4): their "proposed" gap entries, strict xfails that
    # now passed, are removed.
    "q_swim": {"stance_accuracy": "issue 9: 0.638 at first contact", "framing_recall": "issue 9: 0.156 at first contact"},
    "q_favourite": {"stance_accuracy": "issue 9: 0.5 at first contact", "framing_recall": "issue 9: 0.25 at first contact",
                    "proposed": "issue 9: first contact proposed another proposition"},
    # Session 40's opened batches, first contact at e456e041 (docs/evaluation.md): a reflexive change of identity under a
    # capability modal with a time bound ("Can the party reinvent itself before the election?": "the same old party with
    # a new leader" opposes), an obligation by a ditransitive idiom ("Does the airline owe its stranded passengers
    # compensation?": "extraordinary circumstances" opposes), a change of course by a perfect idiom ("Has the country's
    # economy turned the corner?": "the recovery is a mirage" opposes).
    "q_reinvent": {"stance_accuracy": "issue 9: 0.565 at first contact", "framing_recall": "issue 9: 0.219 at first contact"},
    "q_owe": {"stance_accuracy": "issue 9: 0.471 at first contact", "framing_recall": "issue 9: 0.179 at first contact",
              "proposed": "issue 9: first contact proposed another proposition"},
    # (q_corner's proposal right since session 43: "Has Brevonia's economy turned the corner?", question_asked.merged)
    "q_corner": {"stance_accuracy": "issue 9: 0.554 at first contact", "framing_recall": "issue 9: 0.312 at first contact"},
    # Session 39's opened batches, first contact at 9ada3386 (docs/evaluation.md): an idiom with a possessive in the
    # habitual present ("Do the country's big tech firms pay their fair share of tax?": "they shift profits abroad"
    # opposes), an intransitive change of state with a "from" complement ("Will the town's high street recover from the
    # store's closure?": "the street dies" opposes), authenticity by an identity copula ("Is the painting found in the
    # farmhouse a genuine <master>?": "a workshop copy" opposes).
    "q_fairshare": {"stance_accuracy": "issue 9: 0.476 at first contact", "framing_recall": "issue 9: 0.333 at first contact",
                    "proposed": "issue 9: first contact proposed another proposition"},
    # (q_recover's stance reached its target in session 40: a once-clause told as a rule, "once X goes, the street dies")
    "q_recover": {"framing_recall": "issue 9: 0.087 at first contact",
                  "condition_recall": "issue 9: 0.769 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    "q_genuine": {"stance_accuracy": "issue 9: 0.461 at first contact", "framing_recall": "issue 9: 0.455 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    # Session 38's opened batches, first contact at 0fa92926 (docs/evaluation.md): an election outcome by a particle verb
    # ("Will the party win back the seat at the by-election?": "the holder keeps it" opposes), a particle verb with a
    # recipient ("Will the supplier pass on the price cut to its customers?": "the savings go to shareholders" opposes), an
    # epistemic modal with "again" on a passive ("Could the town be flooded again this winter?": "the barrier will hold"
    # opposes).
    "q_winback": {"stance_accuracy": "issue 9: 0.519 at first contact", "framing_recall": "issue 9: 0.136 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    "q_passon": {"stance_accuracy": "issue 9: 0.57 at first contact", "framing_recall": "issue 9: 0.308 at first contact",
                 "proposed": "issue 9: first contact proposed another proposition"},
    "q_floodagain": {"stance_accuracy": "issue 9: 0.427 at first contact",
                     "framing_recall": "issue 9: 0.208 at first contact",
                     "condition_recall": "issue 9: 0.75 at first contact",
                     # (proposed right in sessions 38-40; since session 41 the corpus's own question, 'Could the town go
                     # under again before its new barrier is finished?', names no flood)
                     "proposed": "issue 9: the corpus's own question names no flood"},
    # Session 37's opened batches, first contact at 88a0fd02 (docs/evaluation.md): a causative of permission ("Should
    # the council let the developer build homes on the meadow?": "build on the old yard instead" opposes), a trend's
    # continuation by an aspectual verb ("Will prices keep rising through the summer?": "they have peaked" opposes), an
    # entitlement ("Are the tenants entitled to compensation for the damp?": "repairs, not cash" opposes).
    "q_letbuild": {"stance_accuracy": "issue 9: 0.551 at first contact", "framing_recall": "issue 9: 0.12 at first contact",
                   "condition_recall": "issue 9: 0.727 at first contact",
                   "proposed": "issue 9: first contact proposed another proposition"},
    "q_keeprising": {"stance_accuracy": "issue 9: 0.518 at first contact", "framing_recall": "issue 9: 0.13 at first contact",
                     "proposed": "issue 9: first contact proposed another proposition"},
    "q_entitled": {"stance_accuracy": "issue 9: 0.471 at first contact", "framing_recall": "issue 9: 0.167 at first contact",
                   "condition_recall": "issue 9: 0.75 at first contact",
                   "proposed": "issue 9: first contact proposed another proposition"},
    # Session 36's opened batches, first contact at 3bc8c04b (docs/evaluation.md): a past act judged by a modal perfect
    # ("Should the board have sacked the manager in February?": "they should have waited" opposes), a resultative with
    # two uses for one site ("Should the city turn the old gasworks site into a park?": "build flats there instead"
    # opposes), an intransitive of motion with a goal ("Will the strike spread to the next region's
    # hospitals?": "the local deal settles it" opposes).
    # q_shouldhave's proposal names the proposition since session 36 (6000c168, question_verdict.py: a past act judged
    # asked as its verdict): its "proposed" gap entry, a strict xfail that passed on the integrated branch, is removed.
    "q_shouldhave": {"stance_accuracy": "issue 9: 0.475 at first contact", "framing_recall": "issue 9: 0.083 at first contact"},
    "q_turninto": {"stance_accuracy": "issue 9: 0.587 at first contact", "framing_recall": "issue 9: 0.136 at first contact",
                   "condition_recall": "issue 9: 0.692 at first contact",
                   "proposed": "issue 9: first contact proposed another proposition"},
    "q_spread": {"stance_accuracy": "issue 9: 0.576 at first contact", "framing_recall": "issue 9: 0.28 at first contact"},
    # Session 35's opened batches, first contact at b6fae2ba (docs/evaluation.md): a question whose wording carries a
    # negative judgement ("Is it too soon to reopen the bridge?": keeping it shut supports), an idiom for the predicate
    # ("Should taxpayers foot the bill for the repairs?": "let the owners pay" opposes), the order of two projects
    # ("Should the city build the bridge before the tram line?": "the tram first" opposes).
    # q_toosoon's proposal names the proposition since session 36 (83aeb686, question_timing.py: whether the act comes
    # too soon proposed, docs/evaluation.md): its "proposed" gap entry, a strict xfail that now passed, is removed.
    "q_toosoon": {"stance_accuracy": "issue 9: 0.381 at first contact, 0.726 in sample (session 35)",
                  "framing_recall": "issue 9: 0.12 at first contact"},
    "q_footbill": {"stance_accuracy": "issue 9: 0.475 at first contact", "framing_recall": "issue 9: 0.192 at first contact",
                   "condition_recall": "issue 9: 0.455 at first contact",
                   "proposed": "issue 9: first contact proposed another proposition"},
    # q_first's proposal names the proposition since session 35 (eae8ba70, question_order.py: the order of its two
    # projects proposed, docs/evaluation.md): its "proposed" gap entry, a strict xfail that now passed, is removed.
    # Its condition recall 0.818 in session 43 (in sample: DEVELOP; an if-clause hung on a word of its own object after
    # it read whole, conditions._object_hung_later): its "condition_recall" gap entry is removed. Its proposal names the
    # council again since session 43 (session 42 proposed the corpus's own 'Does bridge or tram come first?'; a choice
    # whose options the frames' proposal names both, question._options): its "proposed" gap entry is removed.
    "q_first": {"stance_accuracy": "issue 9: 0.356 at first contact, 0.483 in sample (session 35)",
                "framing_recall": "issue 9: 0.042 at first contact"},
    # Session 34's opened batches, first contact at 5b7cb709 (docs/evaluation.md): an existential question ("Is there
    # a housing shortage in the city?": "the homes exist, they stand empty" opposes), a group's acceptance of an offer
    # by ballot ("Will the nurses accept the pay offer?": "we will vote it down" opposes), survival of a government with
    # a time bound ("Will the coalition survive until the budget vote?": "it falls before the vote" opposes).
    # q_shortage's proposal names the proposition since session 36 (48db6a1b, question_exists.py: whether the thing is
    # there proposed, docs/evaluation.md): its "proposed" gap entry, a strict xfail that now passed, is removed.
    "q_shortage": {"stance_accuracy": "issue 9: 0.432 at first contact", "framing_recall": "issue 9: 0.08 at first contact"},
    # q_payoffer's condition recall 0.706 -> 0.824 in session 35 (an order's outcome under a contracted "would",
    # judge/demands.py THEN_MODALS, 26ce3cf4): its condition_recall gap entry is removed.
    # q_payoffer's stance 0.782 -> 0.805 in session 38 (in-sample, DEVELOP: an outcome expected to be close, and an offer
    # sent to a ballot with no recommendation, declare no side: judge/examining.py): its stance_accuracy gap entry is removed.
    "q_payoffer": {"framing_recall": "issue 9: 0.238 at first contact",
                   "proposed": "issue 9: first contact proposed another proposition"},
    "q_lastvote": {"stance_accuracy": "issue 9: 0.5 at first contact", "framing_recall": "issue 9: 0.25 at first contact",
                   "proposed": "issue 9: first contact proposed another proposition"},
    # Session 33's opened batches, first contact at f7bce155 (docs/evaluation.md): a classification of a state with a
    # preposition ("Is the country's economy in recession?": "a soft patch, services still growing" opposes), a negative
    # evaluation of a past decision ("Was the federation wrong to strip the club of its title?": criticising the
    # decision supports, "rules are rules" opposes), a privative verb ("Will the club avoid relegation?": "doomed"
    # opposes).
    # q_recession's stance reached 0.818 in session 42 (in-sample: DEVELOP): praise of what the question calls bad answers no
    # (judge/evaluative.py `negative_property`); its stance gap entry is removed.
    "q_recession": {"framing_recall": "issue 9: 0.13 at first contact",
                    "condition_recall": "issue 9: 0.786 at first contact"},
    "q_wrong": {"stance_accuracy": "issue 9: 0.553 at first contact", "framing_recall": "issue 9: 0.32 at first contact"},
    # q_avoid's condition recall 0.762 -> 0.857 in session 35 (an order's conditions in more shapes, judge/demands.py,
    # 04afa98e): its condition_recall gap entry is removed.
    "q_avoid": {"stance_accuracy": "issue 9: 0.313 at first contact", "framing_recall": "issue 9: 0.095 at first contact",
                "proposed": "issue 9: first contact proposed another proposition"},
    # Session 32's opened batches, first contact at 3b453b7d (docs/evaluation.md): a classification ("Are the app's
    # delivery riders employees rather than self-employed contractors?": "they log on when they like" opposes), a
    # numeric threshold by a date ("Will more than half of the region's households have fibre by 2028?": "the rural
    # last mile drags it past 2030" opposes), a superlative choice ("Is X the best candidate to lead the party?":
    # praise of a rival opposes).
    "q_employees": {"stance_accuracy": "issue 9: 0.365 at first contact", "framing_recall": "issue 9: 0.148 at first contact"},
    "q_threshold": {"stance_accuracy": "issue 9: 0.586 at first contact",
                    "framing_recall": "issue 9: 0.136 at first contact",
                    "proposed": "issue 9: first contact proposed another proposition"},
    # (q_best, q_decommission, q_employees, q_majority, q_profit, q_recession, q_there proposed right since session 41:
    # the corpus's own question, question_asked.py)
    "q_best": {"stance_accuracy": "issue 9: 0.514 at first contact", "framing_recall": "issue 9: 0.231 at first contact"},
    # Session 31's opened batches, first contact at 3df20b5b (docs/evaluation.md): a necessity ("Does the town need a
    # second bridge?": praise of a ferry or of bus priority opposes), an extraposed moral judgement ("Is it right for
    # the club to charge season-ticket holders for cup matches?": "greed dressed up as prudence" opposes), trust in a
    # body, a modal passive ("Can the police watchdog be trusted to investigate the custody death?": calling for an
    # outside judge opposes).
    # (q_need's proposal right since session 43: "Does Halvercombe need a second bridge over the Lisk?", completed by the
    # question an article asks of "it", question_asked.completed)
    "q_need": {"stance_accuracy": "issue 9: 0.448 at first contact", "framing_recall": "issue 9: 0.083 at first contact"},
    "q_right": {"stance_accuracy": "issue 9: 0.561 at first contact", "condition_recall": "issue 9: 0.778 at first contact",
                "framing_recall": "issue 9: 0.091 at first contact",
                "proposed": "issue 9: first contact proposed another proposition"},
    "q_trusted": {"stance_accuracy": "issue 9: 0.432 at first contact",
                  "framing_recall": "issue 9: 0.292 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    # Session 30's opened batches, first contact at 58152df5 (docs/evaluation.md): what a group wants ("Do most
    # residents want the wind farm?": a speaker's own view of the farm is no side; "a town can want something that still
    # ruins forty families" supports), a modal status ("Should the referendum's result be binding on parliament?": a
    # condition that parliament keeps the final say opposes), a change of status by an adjective ("Should the pop-up
    # cycle lanes be made permanent?": "a trial that stays a trial" opposes).
    "q_majority": {"stance_accuracy": "issue 9: 0.507 at first contact", "framing_recall": "issue 9: 0.25 at first contact"},
    "q_binding": {"stance_accuracy": "issue 9: 0.439 at first contact", "framing_recall": "issue 9: 0.174 at first contact",
                  "proposed": "issue 9: first contact proposed another proposition"},
    "q_permanent": {"stance_accuracy": "issue 9: 0.649 at first contact",
                    "framing_recall": "issue 9: 0.333 at first contact",
                    "proposed": "issue 9: first contact proposed another proposition"},
    # Session 29's opened batches, first contact at 4f46d2f (docs/evaluation.md): readiness ("Are the delivery robots
    # ready for the city's pavements?": "not until they give way reliably" opposes), a legal power in dispute ("Does the
    # mayor have the power to ban cruise ships?": "only parliament can" opposes), a past outcome in figures ("Did the
    # festival make a profit?": "a paper surplus resting on the council grant" opposes).
    # (q_ready's proposal right since session 32: 'Are the pavement robots ready for Lanthorne?', readiness said of the
    # robots and of the machines, question_evaluation.py; first contact proposed licensing them.)
    "q_ready": {"stance_accuracy": "issue 9: 0.577 at first contact", "framing_recall": "issue 9: 0.217 at first contact"},
    "q_power": {"stance_accuracy": "issue 9: 0.43 at first contact", "condition_recall": "issue 9: 0.778 at first contact",
                "framing_recall": "issue 9: 0.333 at first contact",
                "proposed": "issue 9: first contact proposed another proposition"},
    "q_profit": {"stance_accuracy": "issue 9: 0.429 at first contact", "framing_recall": "issue 9: 0.091 at first contact"},
    # Session 28's opened batches, first contact at fd63087 (docs/evaluation.md): a comparison of two options ("Is the
    # tram plan better value than the bus upgrade?": "the buses return more per pound" opposes), an accusation of
    # deception ("Did the minister mislead parliament?": "an honest error" opposes), affordability ("Can the city
    # afford to host the Games?": "a cost beyond it" opposes). q_better's stance 0.575 -> 0.603 in session 28 (s28-cond, not
    # read: an until-clause of narration dates, conditions_timed.narrated), 0.644 in session 29 (praise of and support for
    # the comparison's other option oppose: judge/comparison.py).
    "q_better": {"stance_accuracy": "issue 9: 0.575 at first contact", "framing_recall": "issue 9: 0.091 at first contact",
                 "proposed": "issue 9: first contact proposed another proposition"},
    # q_mislead's proposal names it since session 28 (an act argued in every article, s28-propose: 'Did Orla Penhale mislead
    # the parliament?'; first contact proposed the referral to the privileges committee).
    "q_mislead": {"stance_accuracy": "issue 9: 0.433 at first contact", "framing_recall": "issue 9: 0.333 at first contact"},
    # q_afford's condition recall 0.727 -> 0.818 in session 29 (s29-cond, in sample: "would fight any bid that relied on
    # further cuts", what a refusal refuses listed as its condition, demands._refusing_any).
    "q_afford": {"stance_accuracy": "issue 9: 0.42 at first contact, 0.481 since session 28's parse",
                 "framing_recall": "issue 9: 0.182 at first contact"},
    # Session 27's opened batches, first contact at 9924f40 (docs/evaluation.md): adequacy of an effort under way ("Is
    # the government doing enough to tackle homelessness?": "too little, too late" opposes), a past evaluation ("Was the
    # police response to the protest proportionate?": "heavy-handed" opposes), a contested cause ("Is the mine causing
    # the fish deaths?": blaming farm run-off opposes).
    # (q_enough's proposal right since session 43: the corpus's own "Is the plan enough?", once the frames no longer read
    # "is planning, not money" as money planned, extract/frames._frame)
    "q_enough": {"stance_accuracy": "issue 9: 0.5 at first contact", "framing_recall": "issue 9: 0.13 at first contact"},
    "q_proportionate": {"stance_accuracy": "issue 9: 0.438 at first contact",
                        "framing_recall": "issue 9: 0.222 at first contact"},
    # (q_causing's proposal right since session 31: "Will the dead fish be killed by the mine?", question_act._done_by)
    "q_causing": {"stance_accuracy": "issue 9: 0.523 at first contact", "framing_recall": "issue 9: 0.2 at first contact"},
    # Session 26's opened batches, first contact at d9e98a6 (docs/evaluation.md): blame for a bad outcome ("Is the
    # water company to blame for the shortages?": blaming the drought opposes), desert ("Do the junior doctors deserve
    # the pay rise they demand?": "unaffordable" opposes), trust in data ("Are the official unemployment figures
    # reliable?": "massaged" opposes).
    "q_blame": {"stance_accuracy": "issue 9: 0.449 at first contact", "framing_recall": "issue 9: 0.167 at first contact"},
    "q_deserve": {"stance_accuracy": "issue 9: 0.406 at first contact", "condition_recall": "issue 9: 0.632 at first contact",
                  "framing_recall": "issue 9: 0.304 at first contact"},  # proposal right in session 27 (a headline's)
    "q_reliable": {"stance_accuracy": "issue 9: 0.313 at first contact",
                   "condition_recall": "issue 9: 0.577 at first contact",
                   "framing_recall": "issue 9: 0.316 at first contact"},  # (proposal right since session 31)
    # Session 25's opened batches, first contact at 92008bf (docs/evaluation.md): an evaluation of a person ("Is X fit
    # to lead the party into the next election?": "a lame duck" opposes), a comparison of two options ("Are electric
    # buses cheaper to run than diesel ones?": "diesel is cheaper over its life" opposes), a policy's effect in the
    # present perfect ("Has the low-traffic scheme cut air pollution?": "it only moved the fumes" opposes).
    # (Their proposals, wrong at first contact, are right since session 25's s25-propose, read after first contact: an
    # evaluation said plainly and of "she" in more articles than any act is asked, "Is Corinne Astley fit?", "Are the
    # diesel buses cheap?", the latter naming the comparison's other side; tests/test_question_shapes.py.)
    "q_fit": {"stance_accuracy": "issue 9: 0.461 at first contact", "framing_recall": "issue 9: 0.261 at first contact"},
    # q_cheaper's condition recall 0.75 at first contact, 0.917 in session 25 after its misses were read (in-sample: what
    # a thing depends on named after a colon, judge/conditions.py _named_after_colon).
    "q_cheaper": {"stance_accuracy": "issue 9: 0.458 at first contact",
                  "framing_recall": "issue 9: 0.286 at first contact"},
    # q_works' proposal right since session 26 (a thing named as what did the act: "Has the scheme cut the air
    # pollution?"; in-sample, read after session 25's first contact).
    "q_works": {"stance_accuracy": "issue 9: 0.508 at first contact", "framing_recall": "issue 9: 0.267 at first contact"},
    # Session 24's opened batches, first contact at 7da872a (docs/evaluation.md): a past fact in the passive with no
    # agent ("Was the election rigged?": "the count was clean" opposes), an evaluation of a thing ("Is the stadium worth
    # its cost?": "a white elephant" opposes), a "should" in the passive ("Should under-16s be banned from social
    # media?": "only if age checks protect privacy" conditional).
    "q_rigged": {"stance_accuracy": "issue 9: 0.281 at first contact", "framing_recall": "issue 9: 0.312 at first contact"},
    # (q_rigged's proposal right in session 27: a headline's own question, 'Was Korrenburg's mayoral vote stolen?')
    # q_worth's condition recall 0.95 in session 24 after its misses were read (in-sample: a pro-form condition,
    # "Without those two things", judge/conditions.py _pro_form_back). Its proposal right in session 40 (in sample:
    # DEVELOP): "Is Drenmoor's new stadium a sound investment?", what the articles say the stadium is (question_quality.py).
    "q_worth": {"stance_accuracy": "issue 9: 0.457 at first contact",
                "framing_recall": "issue 9: 0.154 at first contact"},
    # q_teens' condition recall 0.842 in session 24 after its misses were read (in-sample: a transcript's "Then ..."
    # after "And if X?", "X must be published" with no doer; judge/conditions.py ASKED, requirements._must_be_done).
    "q_teens": {"stance_accuracy": "issue 9: 0.61 at first contact",
                "framing_recall": "issue 9: 0.333 at first contact",
                "proposed": "issue 9: first contact proposed another proposition"},
    # Session 13's invented corpora, first contact at 5b3990d (docs/evaluation.md): proposed right only q_run's;
    # q_unchanged's ('Will the inflation be beaten?') and q_plebiscite's ('Will the Constitutional Court suspend
    # the bill?') from session 13's proposal rules on (a state kept; a general word for its kind).
    "q_run": {"stance_accuracy": "issue 9"},
    "q_unchanged": {"stance_accuracy": "issue 9"},
    "q_reverse": {"stance_accuracy": "issue 9",
                  "proposed": "issue 9: an act on an act: proposed 'Will the closure go ahead?' (first contact)"},
    # q_allow's proposal right in session 17 ('Will the council grant the licence for the Harvest Lights festival?': the
    # councillors who vote on whether to grant it, extract/frames_roles.py); at first contact nobody was named granting it.
    "q_allow": {"stance_accuracy": "issue 9"},
    "q_plebiscite": {"stance_accuracy": "issue 9"},
    # Session 14's invented corpora, first contact at 5d98149 (docs/evaluation.md): proposed right q_pair's ('Will the
    # merger of Corvel Airlines and Baltra Air go ahead?') and q_handback's (by its terms; 'Will the Tessary bronzes to
    # Almara be returned?'); q_last's ('Will the army move the more troops?') and q_carfree's ('Will the council build
    # the old town?') from session 14's proposal rules on (a noun of time survived; a resultative, extract/frames_states.py).
    # q_pair's stance reached 0.812 in session 21 (in-sample: DEVELOP): "every merger has meant job cuts" read as a
    # consequence (judge/consequence.py), and "two airlines becoming one" no longer a joining (judge/polarity.py).
    "q_last": {"stance_accuracy": "issue 9"},
    "q_carfree": {"stance_accuracy": "issue 9"},
    "q_handback": {"stance_accuracy": "issue 9"},
    # q_there's stance reached 0.857 in session 34 (in-sample: DEVELOP; proposed right since session 41): an existential
    # question answered by its noun said to be there or not ("there will be no strike" opposes; judge/said_state.py).
}
_CACHE: dict[str, dict[str, Any]] = {}


def _batch(name: str) -> dict[str, Any]:
    """The batch analysed with its question (scored by `stancemap evaluate`) and without one."""
    if name not in _CACHE:
        from stancemap import analyze
        from stancemap.evaluate import evaluate
        from stancemap.export.json_out import to_dict

        folder = ROOT / "tests" / "data" / name
        spec = json.loads((folder / "question.json").read_text(encoding="utf-8"))
        data = json.loads(json.dumps(to_dict(analyze(folder / "corpus", question=spec["question"]))))
        report = evaluate(data, folder / "gold", folder / "corpus")
        FIGURES[f"batch {name} (stancemap evaluate)"] = report["figures"]
        proposed = analyze(folder / "corpus").question
        _CACHE[name] = {"figures": report["figures"], "spec": spec,
                        "proposed": proposed.text if proposed is not None else None}
    return _CACHE[name]


def _mark(batch: str, key: str) -> list[Any]:
    reason = GAPS.get(batch, {}).get(key)
    return [pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)] if reason else []


def _cases() -> list[Any]:
    return [pytest.param(b, figure, target, id=f"{b}-{figure}-issue9", marks=_mark(b, figure))
            for b in BATCHES for figure, target in TARGETS if not (b in NO_FRAMING and figure == "framing_recall")]


@pytest.mark.parametrize(("batch", "figure", "target"), _cases())
def test_batch_scores_targets(batch: str, figure: str, target: float) -> None:
    value = _batch(batch)["figures"][figure]
    assert value is not None and value >= target, f"{batch}: {figure} = {value}, target >= {target}"


@pytest.mark.parametrize("batch", [pytest.param(b, id=f"{b}-issue9", marks=_mark(b, "proposed")) for b in BATCHES])
def test_batch_scores_proposed_question_names_the_proposition(batch: str) -> None:
    found = _batch(batch)
    text = (found["proposed"] or "").lower()
    assert text and all(any(t.lower() in text for t in group) for group in found["spec"]["proposition_terms"]), text


def test_batch_scores_every_batch_has_a_question() -> None:
    for name in BATCHES:
        assert (Path(ROOT / "tests" / "data" / name / "question.json")).is_file()
