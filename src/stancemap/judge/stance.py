"""A statement's stance toward the question: support, oppose, conditional, neutral, or None.

Steps, each recorded as evidence a user can read:
1. Relevance: the statement (or, for "the idea was rejected", the sentence before it) speaks of
   the proposition: its event, participants, the things it is about, or its opposite (terms.py).
2. Polarity: stance words, negation, the event asserted or denied, opposites, votes and rivals
   (polarity.py); evaluative words with no stance verb from a sentiment lexicon (evaluative.py).
3. Conditions: support on a condition is conditional; a refusal deferred by until/unless
   ("would not join until the war ends") is conditional too; a refusal held while a state lasts
   ("cannot support it while the levy stands") or on an if-condition ("would
   scrap the levy if it won power") is opposition; a condition that itself demands the opposite of
   the proposition ("possible only if the Pact drops its plans to admit X") is opposition.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..extract.dates import SEASONS
from ..extract.lexicon import ANAPHORA, HEDGES, NEGATIVE_PHRASES_TEXT, OWN_POWER_TEXT
from ..extract.text import doc_text
from ..model import Question, Stance
from .act_demanded import aimed_at_the_act, demands_event, ordered_outcome, pending, putting_off, refused
from .aim import conceded
from .averted import averted_event, averted_said, event_said
from .bad_state import NOTE as BAD_STATE_NOTE
from .bad_state import predicated
from .cause_judged import (
    decision_asked,
    decision_nouns,
    difference_said,
    harm_asked,
    judged_cause,
    judged_decision,
    outcome_nouns,
    said_of_decision,
)
from .conditions import REFUSED, Condition
from .conditions_timed import (
    OWN_SUBJECTS,  # the speaker's own pronouns, here as the subject of an if-clause ("if we sell the barge")
    TIMED,
    a_duration,
    act_done_until,
    appearance_undone,
    dates_another_thing,
    ends_the_thing,
    forever,
    habitual,
    kept_up_until,
    narrated,
    never_met,
    not_standing_by,
    refusal_held,
    without_the_act,
)
from .counterfactual import another_course, called_right
from .doubted import believed_when_seen
from .evaluative import NEGATIVE_NOTE, evaluate
from .fault import EARLINESS, EXCESS_NOTE, FAULT_NOTE, norm_said
from .hyphens import hyphened
from .if_idioms import ACT_DOUBTED, COUNTED_AGAINST, PREDICTED, PREDICTION_DOUBTED, SIDE_WORDS, idle, surprise_words
from .if_predicted import aside
from .kin import Token, named  # (Token: a spaCy token or a parsed.ParsedToken)
from .negation import negated
from .negation_forms import set_aside
from .order import put_first
from .passage_sides import NO_WORD
from .polarity import occurs, polarity
from .privative import aimed_at_object, restates
from .proposition_phrasal import ends_asked, phrase_of_ours, phrase_said, phrases_read
from .recouping import gain_asked, money_hit, money_said, recoup_asked, recoup_sign
from .said_state import asks_a_state, event_noun_said, said_state
from .state import extent
from .terms import Terms, terms_of
from .votes import vote_sign

NEGATIVE_PHRASES = re.compile(rf"\b(?:{NEGATIVE_PHRASES_TEXT})\b", re.I)
# Markers under which a refusal names what would change it ("would not join until the war ends"): conditional.
# Not "while": a refusal held while a state lasts ("cannot support it while the levy stands") opposes the act
# now (tests/judge/test_stance_own_words.py).
DEFERRING = {"until", "unless", "after", "once", "before", "as long as", "provided", "when", "requires",
             "depends on", "must first"}
WORD = re.compile(r"[\w'-]+")
OWN_POWER = re.compile(OWN_POWER_TEXT)


def topical(text: str, question: Question | None, terms: Terms | None = None) -> bool:
    """A passage is about the question when it names the proposition, its participants or its opposite. `terms`: the
    question's, when the caller has read them (judge_record reads them once per article, not once per paragraph)."""
    if question is None:
        return False
    topic = (terms if terms is not None else terms_of(question)).topic
    return not topic.isdisjoint(WORD.findall(text.lower()))  # (a frozenset: in C, not a generator; issue 11, session 43)


def _relevant(tokens: list, terms: Terms) -> list[str]:  # type: ignore[type-arg]
    topic = terms.topic
    return [t.text for t in tokens if t.lower_ in topic or t.lemma_.lower() in topic] + _hyphened(tokens, topic) + (
        _phrasal(tokens, topic))


def _phrasal(tokens: list, topic: frozenset[str]) -> list[str]:  # type: ignore[type-arg]
    """A phrasal verb of the question said with its particle ("the whole lot sells out within a week" under "sell out"): the topic
    holds the phrase, not its verb alone, so it was no hit where nothing else named the question (issue 9, session 44;
    tests/judge/test_stance_phrasal_hit.py)."""
    return [f"{t.text} {c.text}" for t in tokens if t.pos_ in {"VERB", "AUX"}
            for c in t.children if c.dep_ == "prt" and f"{t.lemma_.lower()} {c.lower_}" in topic]


def _hyphened(tokens: list, topic: frozenset[str]) -> list[str]:  # type: ignore[type-arg]
    """A topic word written with a hyphen that the tokenizer split ("the sell - off" of "the sell-off"), as
    `topical` reads the passage's words (catches "put the sell-off back to 2039" under "sell off";
    tests/judge/test_stance_deadline.py)."""
    joined = hyphened(tokens, topic)
    return list(dict.fromkeys(joined[t.i] for t in tokens if t.i in joined))


def _weighs(tok) -> bool:  # type: ignore[no-untyped-def]
    """"split on whether", "divided over", "the right balance between": weighing, not a split country."""
    return any(c.dep_ == "prep" and c.lower_ in {"on", "over", "about", "between"} for c in tok.children)


def carry_over(stances: list[tuple[str | None, int, int, Stance | None]]) -> list[tuple[Stance | None, str]]:
    """Statements that do not name the question but continue one that does take its stance:
    the next quote of the same speaker in the same paragraph ("'...,' she said. 'Accession is
    a matter for all members.'") is part of the same utterance.

    `stances` holds (speaker id, paragraph index, sentence index, stance) in document order;
    returns (stance, evidence) for each, unchanged where nothing is carried over."""
    out: list[tuple[Stance | None, str]] = []
    for k, (speaker, para, sent, stance) in enumerate(stances):
        if stance is not None or speaker is None:
            out.append((stance, ""))
            continue
        carried: tuple[Stance | None, str] = (None, "")
        for j in range(k - 1, -1, -1):
            other_speaker, other_para, other_sent, other_stance = stances[j]
            if other_para != para or sent - other_sent > 1:
                # The next sentence continues an utterance; one after a sentence between has moved on (session 43: 0 of
                # 4 such right on DEVELOP; tests/judge/test_carry.py, ..._two_sentences_on_continues_nothing)
                break
            if other_speaker == speaker and other_stance in {"support", "oppose", "conditional"}:
                carried = (other_stance, f"continues the same speaker's statement {sent - other_sent} sentence(s) before")
                break
        out.append(carried)
    return out


def stance_of(question: Question | None, sentence: Span, start: int, end: int, conditions: list[Condition],
              previous: Span | None = None, cue_start: int | None = None,
              in_topic: bool = False, terms: Terms | None = None) -> tuple[Stance | None, list[str]]:
    """Stance of the statement at [start, end) in `sentence`, and the words that decided it.
    A position's cue ("rejected", "welcomed") is part of what it says, so it counts too.
    `in_topic`: the article is about the question, so a statement naming none of its words but
    taking a clear side ("This is a gamble with people's jobs") is read too. `terms`: the question's, when the caller
    has read them (judge_record: once per article)."""
    if question is None:
        return None, []
    terms = terms if terms is not None else terms_of(question)
    doc = sentence.doc
    content = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(content) if content is not None else []
    if cue_start is not None and cue_start < start:
        cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
        tokens = ([cue[0]] if cue is not None else []) + tokens
    hits = _relevant(tokens, terms)
    evidence: list[str] = []
    if not hits and previous is not None and any(t.lower_ in ANAPHORA and t.dep_ != "det" for t in tokens):
        prev_hits = _relevant(list(previous), terms)
        if prev_hits:
            evidence.append(f"refers back to: {', '.join(prev_hits[:3])}")
            hits = prev_hits
    if not hits and (said := phrase_of_ours(tokens, phrases_read(question), named(terms))) is not None:
        # "the taps will run dry" under "run out of water": the question's phrase said in a sister's words is about it
        # (proposition_phrasal.py; tests/judge/test_proposition_opened43.py::test_a_sister_phrase_is_read)
        hits = [said.text]
    if not hits and (averted := averted_event(question)) and (said_ev := event_said(tokens, averted, named(terms))):
        # "they are going down", "will be relegated" under "Can X avoid relegation?": the averted event said of the
        # question's subject is about it (averted.py; tests/judge/test_averted.py)
        hits = [said_ev[2]]
    if not hits and recoup_asked(question) and (money := money_hit(tokens)) is not None:
        hits = [money]  # "a line that makes money" under "Will X pay for itself?" (recouping.py)
    if not hits and (decided := decision_asked(question)) and difference_said(tokens, [], decision_nouns(decided),
                                                                           outcome_nouns(question)):
        hits = ["the outcome"]  # "the result would be the same without it" under a question of a cause (cause_judged.py)
    if not hits and terms.past_act and (wanted := another_course(tokens, terms) or called_right(tokens, terms)):
        # "They should have kept her until the spring", "It was the correct choice" under "Should X have sacked him?": a
        # course wanted instead of the done act, or "it" called right, with no word of the question, is said of the act
        # (counterfactual.py; test_stance_counterfactual.py)
        hits = [wanted[0][1].split(" (")[0].lstrip("+-")]
    if (doubt := believed_when_seen(tokens)) is not None and (hits or in_topic or (
            previous is not None and _relevant(list(previous), terms))):
        # "We'll believe it when we see the cheque", said of the thing talked of: a doubt of it, against it, no condition
        # (doubted.py; tests/judge/test_doubted.py)
        return "oppose", [f"about: {', '.join(dict.fromkeys(hits[:4]))}" if hits else NO_WORD,
                          f"a doubt declared: {doubt.text} it when/until ..."]
    if not hits and not in_topic:
        return None, []
    evidence.insert(0, f"about: {', '.join(dict.fromkeys(hits[:4]))}" if hits else NO_WORD)
    # "Approve the library. Then hold them to it": the step before "then" is the question's act itself, demanded first,
    # no condition on it; its words are read (issue 9, session 42; tests/judge/test_conditions_then_act.py)
    conditions = [c for c in conditions if not _act_first(c, doc, terms)]
    inside = [t for t in tokens if not any(c.start <= t.idx < c.end for c in conditions)]
    conditions = [c for c in conditions if not conceded(c.start, doc_text(doc))]  # "even if it means ...": no condition
    why_idle = {id(c): idle(c, doc) for c in conditions}  # "if necessary", "I'd be amazed if ...": no condition
    denied = [c for c in conditions if why_idle[id(c)] in COUNTED_AGAINST]
    predicted = [c for c in conditions if why_idle[id(c)] in {PREDICTED, PREDICTION_DOUBTED}]
    doubted = [c for c in conditions if why_idle[id(c)] == ACT_DOUBTED]
    conditions = [c for c in conditions if not why_idle[id(c)]]
    if denied:  # ("lying" in "I would be lying if ..." blames nothing)
        inside = [t for t in inside if t.i not in {i for c in denied for i in surprise_words(c, doc)}]
    # a state asked with a preposition: the state said of it first ("already in a recession the treasury is loath to admit")
    state = said_state(inside, evidence, terms) if hits and asks_a_state(question.proposition) else 0
    # "the Rovers go down, and rightly so" under "Can X avoid relegation?": the averted event said decides, before
    # the stance words (averted.py; tests/judge/test_averted.py)
    averted_side = averted_said(inside, evidence, question, named(terms)) if not state else 0
    score = state or averted_side or polarity(inside, evidence, terms)
    if terms.judged:
        # "lawful and proportionate", "not excessive" under "Did the rangers use excessive force?": the judgement said, its
        # antonyms through WordNet (fault.norm_said; tests/judge/test_proposition_opened45.py)
        score = norm_said(inside, evidence, terms) or score
    if (decision := decision_asked(question)) and not state:
        # "the umpire got the ruling wrong" under "Did the umpire's ruling cost them the shield?": the cause judged, its
        # stance words turned (cause_judged.py; tests/judge/test_proposition_opened43.py::
        # test_a_decision_asked_as_a_cause, tests/judge/test_cause_judged.py)
        # (only the cause's nouns, or "it": "the Ostlings deserved the shield" is said of the team and the prize)
        if judged_cause(decision) and harm_asked(question):  # (a choice, of a harm: not "the mine", test_cause_judged.py)
            score += judged_decision(inside, terms, decision_nouns(decision), evidence)
        # "it made no difference", "the result would be the same without it": the counterfactual outcome (cause_judged.py;
        # tests/judge/test_proposition_opened43.py::test_an_outcome_unchanged_denies_the_cost)
        # (what it says of the outcome decides: "I am confident the result would be the same without it" is no backing)
        score = difference_said(inside, evidence, decision_nouns(decision), outcome_nouns(question)) or score
    supposed = [c for c in conditions if c.normalized.split(":")[0] in SUPPOSING]
    if (order := put_first([t for t in tokens if not any(c.start <= t.idx < c.end for c in supposed)], terms)) is not None:
        # "the pool goes first" under "build the library before the pool?": the order said is the side, and a clause
        # saying it no condition ("the library must come first"; not one supposed: "if the council puts the library first, ...")
        # (order.py)
        score = order[0]
        evidence.append(f"puts {'its own' if order[0] > 0 else 'the other'} option first: {order[1].text}")
        said = {order[1].idx, order[1].head.idx}
        conditions = [c for c in conditions if not any(c.start <= i < c.end for i in said)]
    # Under "Was the board wrong to ...?" every stance word weighed toward the act counts the other way (fault.py):
    # "the board got it badly wrong", "backed the closure", "would never stand in the way of the closure".
    turn = -1 if terms.faulted and not state else 1
    turned = turn < 0 and score != 0
    score *= turn
    for c in denied:  # "we would be astonished if they approved it": the clause counts the other way (if_idioms.py)
        evidence.append(f"{why_idle[id(c)]}: {c.text[:50]}")
        score -= turn * polarity([t for t in tokens if c.start <= t.idx < c.end], evidence, terms)
        turned = turned or turn < 0
    for c in predicted:  # "If this drags on, and I expect it will, the mayor is to blame": the prediction decides
        score = _predicted(c, str(why_idle[id(c)]), doc, terms, evidence, turn) or score
    if doubted and not any(t.dep_ == "neg" for t in inside):
        # "before the town recovers, if it ever does": the act doubted, against it ("won't recover soon, if it ever
        # does" is against it already) (if_idioms._act_doubted; tests/judge/test_if_idioms.py)
        score = -score
        evidence.append(f"{ACT_DOUBTED}: {doubted[0].text[:50]}")
    if inside and (phrase := NEGATIVE_PHRASES.search(doc_text(sentence.doc)[inside[0].idx:inside[-1].idx + len(inside[-1])])):
        at = inside[0].idx + phrase.start()
        first = next((t for t in inside if t.idx >= at), None)
        # "shall not stand in its way": +1; "would rather fight on in court than write them a blank cheque": the phrase
        # describes the alternative set aside, and still refuses it (negation_forms.set_aside)
        sign = 1 if first is not None and negated(first) and not set_aside(first) else -1
        if first is not None and terms.privative and aimed_at_object(first, terms):
            sign = -sign  # "won't stand in the way of the merger" under "block the merger"
        score += turn * sign
        evidence.append(f"{'+not ' if sign > 0 else '-'}{phrase.group(0)}")
        turned = turned or turn < 0
    if turned:
        evidence.append(FAULT_NOTE)
    if score == 0:
        # "the wells will run dry" under "run out of water": a sister phrase whose second word is no particle
        # (proposition_phrasal.py; tests/judge/test_proposition_opened43.py::test_a_sister_phrase_is_read)
        score = phrase_said(inside, evidence, phrases_read(question), named(terms), ends_asked(question))
    if score == 0 and hits and not state:
        # "the fair was never a sell-out" under "Will the fair sell out?": the act's own noun said of the question's thing by a
        # copula (said_state.event_noun_said; tests/judge/test_said_state_event.py)
        score = event_noun_said(inside, evidence, getattr(question.proposition, "verb", "") or "", named(terms))
    if score == 0 and (recouped := recoup_sign(question)):
        # "it will cover its day-to-day costs", "would need a subsidy for ever" under "Will X pay for itself?", "Will
        # the canal recoup its costs?" (recouping.py, WordNet's classes of gain and cost; tests/judge/test_recouping.py,
        # test_proposition_opened43.py::test_an_idiom_of_money_answers_paying_for_itself)
        score = money_said(inside, evidence, recouped, gain_asked(question))
    if score == 0:
        # "the ruling was a disgrace" under "Did the ruling cost them the shield?": an evaluative word said of the decision
        # asked as a cause turns as its stance words do (cause_judged.py; test_proposition_opened43.py::
        # test_an_evaluative_word_on_the_decision_is_turned)
        of_decision = said_of_decision(decision_nouns(decision)) if decision and judged_cause(decision) and harm_asked(
            question) else None
        score = evaluate(inside, evidence, terms, turned=of_decision) if hits else 0
        if terms.excess and score != 0:
            # "the mended footbridge is sturdier than before" under "Is it too soon to reopen the footbridge?": praise of the act
            # or its thing argues for the act, against the question (fault.py; test_stance_fault.py::
            # test_an_excess_of_earliness_reads_the_act_against_the_question)
            score = -score
            evidence.append(EXCESS_NOTE)
        elif (terms.negative_property or terms.judged) and score != 0:
            # "the economy is booming" under "Is the economy in recession?": praise of what the question calls bad answers
            # no (evaluative.negative_property; tests/judge/test_stance_negative_property.py); so does praise of an act the
            # question judges by its object's adjective, "excessive force" (fault.judged_object; test_proposition_opened45.py)
            score = -score
            evidence.append(NEGATIVE_NOTE)
        elif terms.bad_state and score != 0 and predicated(inside, terms) == score:
            # "the water is clean" under "Is the well water contaminated?": a good word said of the thing answers no
            # (bad_state.py; tests/judge/test_proposition_opened45.py::test_a_bad_state_said_in_the_passive)
            score = -score
            evidence.append(BAD_STATE_NOTE)
    if not hits and score == 0:
        return None, []
    hedge = next((t.text for t in inside if t.lower_ in HEDGES and _weighs(t)), None)
    if hedge and not conditions:
        evidence.append(f"weighs both sides: {hedge}")
        return "neutral", evidence
    if not conditions:
        return ("support" if score > 0 else "oppose" if score < 0 else "neutral"), evidence
    return _with_conditions(score, conditions, sentence.doc, terms, evidence)


def _predicted(condition: Condition, why: str, doc: Doc, terms: Terms, evidence: list[str], turn: int) -> int:
    """The side of an if-clause the speaker affirms ("and I think it will") or doubts ("which I doubt") in an aside:
    the clause's own stance words, turned when doubted; 0 when it has none (if_predicted.py; tests/judge/
    test_if_predicted.py)."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    said = aside(span) if span is not None else None
    if span is None or said is None:
        return 0
    clause = [t for t in span if t.i not in said[1] and t.lower_ != "if"]
    notes: list[str] = []
    sign = polarity(clause, notes, terms)
    if sign == 0:
        return 0
    evidence.extend(notes)
    evidence.append(f"{why}: {condition.text[:50]}")
    return turn * said[0] * sign


def _with_conditions(score: int, conditions: list[Condition], doc: Doc, terms: Terms,
                     evidence: list[str]) -> tuple[Stance, list[str]]:
    if (never := next((c for c in conditions if never_met(c, doc)), None)) is not None:
        # "we will sign it when pigs fly": a condition expected never to be met refuses (conditions_timed.never_met)
        evidence.append(f"a condition never to be met: {never.text[:50]}")
        return "oppose", evidence
    # "We shall not stand by while the trust sells the mill": what the while-clause says is refused now, the side
    # its words take reversed (conditions_timed.not_standing_by); with no side in them, no condition either
    looked_on = [not_standing_by(c, doc) for c in conditions]
    for c, watched in zip(conditions, looked_on, strict=True):
        if watched is not None and (sign := polarity(list(watched), [], terms)) != 0:
            evidence.append(f"refuses to look on while: {c.text[:50]}")
            return ("oppose" if sign > 0 else "support"), evidence
    # "It sounds like a bargain until you read the small print": the appearance undone, its side reversed
    # (conditions_timed.appearance_undone)
    undone = [c for c in conditions if appearance_undone(c, doc)]
    if undone and score != 0:
        evidence.append(f"an appearance undone: {undone[0].text[:50]}")
        return ("oppose" if score > 0 else "support"), evidence
    bounds = [c for c, watched in zip(conditions, looked_on, strict=True)
              if _time_bound(c, doc) or _past_due(c, doc) or narrated(c, doc) or (
        score < 0 and extent(c.start, c.end, c.normalized.split(":")[0], doc, terms))  # "stay closed until ..."
        or (dates_another_thing(c, doc, terms) and not _is_trigger(c, doc, terms, TIMED, said_of_act=True))
        or a_duration(c) or forever(c, doc)  # "as long as it takes", "until hell freezes over": how long
        or habitual(c, doc)  # "boards usually back a sale once an offer is tabled": a habit told
        # "will keep filing claims until ...": how long a course lasts (conditions_timed.kept_up_until); not pressure
        # kept up until the question's act happens, which demands it (act_demanded._pressed_until)
        or (kept_up_until(c, doc, terms) and not demands_event(c, doc, terms))
        or any(c is u for u in undone)  # "it sounds fine until you read it", with no side in its words: none
        or watched is not None  # "will not sit idly while they talk": no condition, no side
        or (score > 0 and act_done_until(c, doc, terms))  # "should be suspended until the review": the act wanted now
        or ordered_outcome(c, doc, terms)  # "Close the pool and the children swim in the river": the act's outcome told
        or c.normalized.startswith(REFUSED + ":")  # "oppose any scheme that adds to the bills": what is refused
        # "too soon to V?": when, asked (fault.py); "only once the sensors are live" frames a requirement, kept
        or (terms.excess in EARLINESS and c.normalized.split(":")[0] in TIMING and not c.text.lower().startswith("only"))]
    # (tests/judge/test_conditions_refused_kind.py::test_what_a_refusal_refuses_is_its_condition)
    # "looked cheaper once you counted the lost grant": a date of something else (conditions_timed.py); "will go to
    # court the day the board says yes" is the act's trigger, read below
    put_off = [c for c in conditions if c not in bounds and _put_off_until(c, doc, terms)]
    if put_off and score <= 0 and all(c in put_off or c in bounds for c in conditions):
        # "the board should defer the vote until the survey is in": the act put off, against it now; what it waits for
        # is the speaker's reason, no term of a side (issue 9, session 43; tests/judge/test_stance_own_words.py::
        # test_the_act_put_off_until)
        evidence.append(f"the act put off until: {put_off[0].text[:50]}")
        return "oppose", evidence
    if len(bounds) == len(conditions):
        # "keep the tariff until the spring", "expects the vote before the end of June": a date the
        # stance is timed to, not a condition it is held on (tests/judge/test_stance.py).
        timed = next((c for c in bounds if not c.normalized.startswith(REFUSED + ":")), None)
        told = timed is not None and ordered_outcome(timed, doc, terms)  # (named for the reader: an order, no time)
        evidence.append(f"an order's outcome foretold, not conditional: {timed.text[:60]}" if timed is not None and told
                        else f"timed, not conditional: {timed.text[:60]}" if timed is not None
                        else f"what is refused, described: {bounds[0].text[:60]}")
        return ("support" if score > 0 else "oppose" if score < 0 else "neutral"), evidence
    condition_text = " ".join(c.text for c in conditions).lower()
    evidence.append(f"condition: {conditions[0].text[:60]}")
    demands = _demands_opposite(condition_text, terms) if _exit_aimed(conditions, doc, terms) else None
    denied = _denies_event(conditions, doc, terms)
    lost = [without_the_act(c, doc, terms) for c in conditions]
    if any(lost) and all(w or c in bounds for w, c in zip(lost, conditions, strict=True)):
        # "Without a bailout, the steelworks cannot continue": what is lost without the act, the act wanted
        # (conditions_timed.without_the_act)
        evidence.append(f"what is lost without the act: {conditions[lost.index(next(w for w in lost if w))].text[:50]}")
        return ("support" if sum(lost) > 0 else "oppose"), evidence
    if score <= 0 and (ended := next((c for c in conditions if ends_the_thing(c, doc, terms)), None)):
        # "I will fight it until it is shelved for good": what ends the fight is the thing undone (conditions_timed.py)
        evidence.append(f"the condition is the proposition's thing undone: {ended.text[:50]}")
        return "oppose", evidence
    if score < 0 and (held := next((c for c in conditions if refusal_held(c, doc)), None)):
        # "will keep opposing the scheme for as long as it keeps a car park": a refusal held while a state lasts
        evidence.append(f"a refusal held while a state lasts: {held.text[:50]}")
        return "oppose", evidence
    if (demands and score <= 0) or denied:
        demands = demands or denied
        evidence.append(f"the condition demands the opposite of the proposition ({demands})")
        return "oppose", evidence
    if score != 0 and (branches := _both_ways(conditions, doc)):
        # "If the survey is clean, we back the closure. If it is not, we fight it.": each branch of a choice told, each
        # fronted if-clause with its own main clause: the side held on which way it goes, conditional, not the side of one
        # branch's words nor a threat (tests/judge/test_stance_both_ways.py)
        evidence.append(f"both ways told: {branches[0].text[:40]} / {branches[1].text[:40]}")
        return "conditional", evidence
    if score != 0 and any(_elided_refusal(c, doc) for c in conditions):
        # "We expect them to ban the lorries, and if they do not, we will sue": the elided verb phrase
        # is what the statement asks for, and the threat presses the statement's own side.
        evidence.append("a threat if what it asks is not done")
        return ("support" if score > 0 else "oppose"), evidence
    back = next((e[len("refers back to: "):].split(", ") for e in evidence if e.startswith("refers back to: ")), [])
    if score == 0 and {w.lower() for w in back} & terms.event and not {w.lower() for w in back} & terms.opposites and any(
            _elided_refusal(c, doc) for c in conditions):
        # '"We expect them to recall the cars." ... "If they do not, we will order it.": the elided verb phrase is
        # the act the sentence before names (tests/judge/test_act_demanded.py::test_elided_act_named_before)
        evidence.append("a threat if the act named before is not done")
        return "support", evidence
    if score > 0 and any(pending(c, doc, terms) for c in conditions):
        # "will back the motion if the mayor is still in office next week": a threat on things staying
        # as they are presses for the change (tests/judge/test_stance.py).
        evidence.append("the condition is the act not done yet")
        return "support", evidence
    if any(demands_event(c, doc, terms) for c in conditions):
        # "will challenge this in every court unless the quarry is stopped", "... if the repeal bill has
        # not passed by then": a threat that demands the proposition.
        evidence.append("the condition demands the proposition itself")
        return "support", evidence
    if score >= 0 and (no := [c for c in conditions if refused(c, doc, terms)]) and all(
            c in no or c in bounds for c in conditions):
        # "If they refuse, we'll see them in court by Monday": a threat on the act refused or put off
        # demands it (act_demanded.refused; tests/judge/test_act_demanded.py).
        evidence.append(f"a threat if the act is refused or put off: {no[0].text[:50]}")
        return "support", evidence
    triggers = [c for c in conditions if _is_trigger(c, doc, terms, said_of_act=score == 0)]
    trigger = triggers[0] if triggers and all(c in triggers or c in bounds for c in conditions) else None
    # "I back the toll once the bypass is open; if we bring it in before that, the shops suffer": a
    # condition of support beside a trigger keeps the statement conditional.
    if trigger is not None and len(trigger.text) > 0:
        # "If the alliance accepts the application, we will take all necessary measures": the
        # condition is the proposition itself and the clause its consequence, not a condition for support.
        evidence.append("consequence of the proposition")
        return ("support" if score > 0 else "oppose"), evidence
    kinds = {c.normalized.split(":")[0] for c in conditions}
    own = next((c for c in conditions if c.normalized.split(":")[0] in {"if", "once", "when"}
                and OWN_POWER.search(c.text.lower())), None)
    if own is not None and score <= 0:
        evidence.append(f"a threat on the speaker's own coming to power: {own.text[:50]}")
        return "oppose", evidence
    if own is not None and score > 0 and _said_of_speaker(own, doc) and all(c is own or c in bounds for c in conditions):
        # "her party would make the refund its first task if it formed a new government": a promise
        # to do it themselves, not support on a condition (tests/judge/test_proposition.py, 'formed the next government').
        evidence.append(f"a promise on the speaker's own coming to power: {own.text[:50]}")
        return "support", evidence
    if (past := [c for c in conditions if c not in bounds]) and all(_past_inference(c, doc) for c in past):
        # "If there was a slip, it was in the ledger room": what happened supposed and what follows inferred, both
        # in the simple past: no condition ahead, the main clause's side stands (tests/judge/test_stance_own_act.py)
        evidence.append(f"a past supposed, an inference, not a condition: {past[0].text[:50]}")
        return ("support" if score > 0 else "oppose" if score < 0 else "neutral"), evidence
    if score == 0 and (mine := [c for c in conditions if c not in bounds]) and all(_own_act(c, doc) for c in mine):
        # "If we win the vote in March, the lido gets a new roof by June", "if I lose this seat, ...": the speaker's
        # own act supposed and its outcome told, no side in words: no condition on the question
        # (tests/judge/test_stance_own_act.py)
        evidence.append(f"the speaker's own act supposed, not a condition: {mine[0].text[:50]}")
        return "neutral", evidence
    if score != 0 and (mine := [c for c in conditions if c not in bounds]) and all(
            _own_act(c, doc) and _outcome_told(c, doc, terms) for c in mine):
        # "If we mend the kilns first, the potters wait two winters": the speaker's own act supposed and
        # its outcome foretold, the side in its words stands; not "if we get the guarantee, we will back it" (a side's
        # verb, or a thing received) (tests/judge/test_stance_own_act.py)
        evidence.append(f"the speaker's own act supposed, its outcome told: {mine[0].text[:50]}")
        return ("support" if score > 0 else "oppose"), evidence
    if score < 0 and (turned_on := next((c for c in conditions if _refusal_held_on(c, doc)), None)) is not None:
        # "the guild would start opposing it again if the owners tried to sell the hall": a refusal to come, held on
        # what the if-clause supposes: conditional, not a threat on the speaker's own terms (tests/judge/
        # test_stance_both_ways.py::test_a_refusal_held_on_a_supposition)
        evidence.append(f"a refusal held on a supposition: {turned_on.text[:50]}")
        return "conditional", evidence
    if score < 0 and not kinds & DEFERRING and not any(c.text.lower().startswith("only") for c in conditions):
        # (not when a condition opens with "only", "only if X", "only when X": a requirement framed, what would change
        # the refusal: conditional; tests/judge/test_conditions_content.py::test_a_refusal_only_if)
        # "would scrap the levy if it won the election": a threat on the speaker's own terms, not a
        # condition on which they would support it.
        return "oppose", evidence
    return "conditional", evidence


# The one line of evidence of a statement with no side in its own words whose every condition only dates or foretells
# (`times_only`): a side carried onto it is not held on them (carry.py).
TIMES_ONLY = "no side in its words; its conditions only date or foretell"


def times_only(conditions: list[Condition], doc: Doc, terms: Terms) -> bool:
    """Every condition is one `_with_conditions` reads as a time or a course told whatever side the words take and
    whatever the question's act: a time ("until the spring"), a past narrated, an obligation past due, a duration, a
    habit, a course kept up, an appearance undone ("looks cheap until you count the charges"), a looking on refused
    ("will not stand by while ..."). A side carried onto a statement with no side in its words is not held on them
    (carry._carried_side: not conditional; from a speaker on terms only, nothing). Not a date of another thing
    (`dates_another_thing`): it is read against the act's words, and the silent statement names none (carried with it,
    DEVELOP 6,261 with 3 batches up and 4 down and BASE -1; without it 6,262, 1 up, none down). Issue 9, session 44;
    tests/judge/test_carry.py::test_a_side_carried_onto_a_statement_whose_conditions_only_date."""
    return bool(conditions) and all(
        _time_bound(c, doc) or _past_due(c, doc) or narrated(c, doc)
        or a_duration(c) or forever(c, doc) or habitual(c, doc)
        or (kept_up_until(c, doc, terms) and not demands_event(c, doc, terms))
        or appearance_undone(c, doc) or not_standing_by(c, doc) is not None for c in conditions)


# Nouns of deciding the act ("delay any decision until ..."): what is put off is the act's decision.
DECIDING = frozenset({"decision", "vote", "ruling", "verdict", "approval", "ratification"})


def _put_off_until(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """An until-clause (or "pending X") on a verb of putting off (WordNet: a kind of "delay" or "postpone"; not
    "refuse") whose object is the question's act, its thing, a pronoun for it or its decision, not negated, and no word
    of the question's own act ("Should the exams be postponed?": there it is the act). A noun of deciding counts
    alone ("delay its decision") or on the question's thing ("any decision on the ferry terminal"), not on another
    matter ("delay its decision on the boathouse lease": the review, session 43)."""
    if condition.normalized.split(":")[0] != "until" or condition.text.lower().startswith(("only", "not")):
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return False
    inside = {t.i for t in span}
    verb = span.root.head if span.root.head.i not in inside else None
    if verb is None or verb.pos_ != "VERB" or negated(verb) or not putting_off(verb, terms):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and (aimed_at_the_act(verb, terms) or all(
        o.lemma_.lower() in DECIDING and not any(c.dep_ == "prep" for c in o.children) for o in objects))


def _act_first(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """A step said before "then" (conditions_then.py: kind "before", not a clause opened by "before") whose verb is the
    question's act, ordered and not negated ("Approve the library. Then watch the costs", "Let them sign. Then ..."): the act
    demanded first, what follows a further step, not a term the act waits on (issue 9, session 42;
    tests/judge/test_conditions_then_act.py)."""
    if condition.normalized.split(":")[0] != "before" or condition.text.lower().startswith("before"):
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None or any(t.lower_ == "before" for t in span):
        return False
    return any(t.pos_ == "VERB" and t.tag_ == "VB" and t.lemma_.lower() in terms.event and not negated(t) and (
        t.head.lemma_.lower() == "let" or not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in t.children))
        for t in span)  # an order ("Approve it", "Let them sign"), not a clause told ("the board should approve it") nor a
    # participle ("the pool approved last spring": the review, session 42)


def _if_verbs(condition: Condition, doc: Doc) -> tuple[set[int], list[Token]]:
    """The token indices of the condition's words, and the verbs an "if" marks among them (none when its words are
    not found in the parse)."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return set(), []
    return {t.i for t in span}, [t for t in span if any(c.dep_ == "mark" and c.lower_ == "if" for c in t.children)]


def _plain_if(condition: Condition) -> bool:
    return condition.normalized.split(":")[0] == "if" and not condition.text.lower().startswith("only")


def _own_act(condition: Condition, doc: Doc) -> bool:
    """An if-clause, not framed by "only", whose verb's subject is the speaker's "we" or "I", or the speaker's own side
    called "my"/"our" (`_ours`): the speaker's own act supposed ("if we win the vote in March", "if I lose this seat",
    "if our amendment carries"), not a term set on another party."""
    if not _plain_if(condition):
        return False
    _, verbs = _if_verbs(condition, doc)
    return bool(verbs) and all(any(c.dep_ in {"nsubj", "nsubjpass"} and (
        c.lower_ in OWN_SUBJECTS or (_ours(c) and v.lemma_.lower() != "be")) for c in v.children) for v in verbs)


def _ours(subject: Token) -> bool:
    """A subject the speaker calls their own side ("if my amendment carries", "if our group wins the vote"): the speaker's
    side's act supposed, as "if we ..." (an act: not a state, "if our budget is there in March", which `_own_act` leaves
    a condition); only the nouns of a side and its proposals (OWN_SIDE): "if our opponents win", "if my doctor agrees"
    name another party (issue 9, session 42; tests/judge/test_stance_own_act.py::test_our_own_act_supposed)."""
    return subject.pos_ in {"NOUN", "PROPN"} and subject.lemma_.lower() in OWN_SIDE and any(
        c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subject.children)


# The nouns of a speaker's own side and what it puts forward (`_ours`).
OWN_SIDE = frozenset({"group", "party", "side", "bloc", "coalition", "union", "members", "member", "caucus", "faction",
                      "motion", "amendment", "bill", "proposal", "candidate", "list", "slate", "team", "campaign", "movement"})


# Auxiliaries that put a clause under a modal or in the perfect: no simple past then.
NOT_SIMPLE_PAST = frozenset({"would", "'d", "could", "might", "should", "will", "can", "may", "must", "shall", "had",
                             "has", "have", "'ll", "wo", "ca"})


def _simple_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in NOT_SIMPLE_PAST
                                          for c in verb.children)


# Verbs of receiving: "if we get the guarantee", "if we see the money" set a term on the party that gives.
RECEIVING = frozenset({"get", "receive", "see", "hear", "obtain", "have", "secure", "gain", "reach"})


def _outcome_told(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """The main clause of an if-clause of the speaker's own act tells an outcome: its verb (or a complement) is no word
    of taking a side nor the question's act, and the clause's verb receives nothing."""
    inside, verbs = _if_verbs(condition, doc)
    if not inside:
        return False
    for verb in verbs:
        main = verb.head
        if verb.lemma_.lower() in RECEIVING or main.i in inside or main.i == verb.i:
            return False
        said = [main] + [c for c in main.children if c.dep_ in {"acomp", "xcomp", "dobj", "attr", "ccomp"}]
        if any(t.lemma_.lower() in SIDE_WORDS or t.lower_ in SIDE_WORDS or t.lemma_.lower() in terms.event for t in said):
            return False
    return True


def _past_inference(condition: Condition, doc: Doc) -> bool:
    """An if-clause in the simple past on a main clause in the simple past ("If there was a mistake, it was in the
    pilots' office", "if the tide log was false, the night shift knew it"): a past supposed and what follows from
    it inferred, no condition ahead; not "only if", nor a main clause under a modal ("would back it if ...")."""
    if not _plain_if(condition):
        return False
    inside, verbs = _if_verbs(condition, doc)
    return bool(verbs) and all(_simple_past(v) and v.head.i not in inside and v.head.i != v.i and _simple_past(v.head)
                               for v in verbs)


def _said_of_speaker(condition: Condition, doc: Doc) -> bool:
    """The condition's subject is a pronoun ("if we win", "if it formed a new government"): the
    speaker's side coming to power, not someone else's ("if the opposition wins")."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    return span is not None and any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PRON" for t in span)


# Nouns of a point in time that are not dates to the tagger ("until the summer", "before the weekend").
TIME_POINTS = frozenset(SEASONS) | frozenset({"weekend", "year", "month", "week", "day", "morning", "evening", "night",
                                              "end", "start", "beginning", "middle", "recess", "holiday", "holidays",
                                              "christmas", "easter", "now", "then", "today", "tomorrow"})


def _time_bound(condition: Condition, doc: Doc) -> bool:
    """An until/before/after/by phrase with no clause of its own that names only a time: "until the
    spring", "before the end of June", "until 12 March" (a clause, "until the talks end", or an event,
    "after the inquiry", stays a condition)."""
    if condition.normalized.split(":")[0] not in {"until", "before", "after", "by"}:
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return False
    nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN", "NUM"}]
    return bool(nouns) and all(t.ent_type_ in {"DATE", "TIME"} or t.lemma_.lower() in TIME_POINTS for t in nouns)


# Conditions that suppose what they say ("if the council puts the library first, ..."): an order said there is no side taken.
SUPPOSING = frozenset({"if", "unless", "provided", "as long as"})
# Clauses of time that, under a question of earliness ("too soon to V?"), say when the act may come (fault.EARLINESS).
TIMING = frozenset({"until", "once", "when", "before", "after", "as soon as"})


# Modals of obligation that, with "have" and a participle, say an act was due and not done ("should have resigned").
OBLIGING = frozenset({"should", "ought"})


def _past_due(condition: Condition, doc: Doc) -> bool:
    """The condition hangs on an obligation in the past ("should have quit the day the letters
    leaked", "ought to have acted when ..."): the act was due then, so the clause dates it; no condition
    for the future is set (tests/judge/test_stance.py)."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head if span.root.head.i != span.root.i else span.root
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in aux and bool(aux & OBLIGING)


def _denies_event(conditions: list[Condition], doc: Doc, terms: Terms) -> str | None:
    """A condition that denies the proposition's event ("on condition that X stays independent — that is,
    no merger at all")."""
    for c in conditions:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        for t in span or []:
            if t.lemma_.lower() in terms.event and t.pos_ == "NOUN" and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in t.children):
                return f"no {t.text}"
    return None


# Verbs of a refusal to come ("will oppose it if ...", "vote against it if ...").
REFUSAL_VERBS = frozenset({"oppose", "reject", "veto", "block", "resist"})


def _refusal_held_on(condition: Condition, doc: Doc) -> bool:
    """An if-clause hung on a verb of refusal, not negated, said of what will or would come ("will oppose the depot
    if the poll goes its way", "kept the option to vote against it if ..."), or on a verb above one."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if condition.normalized.split(":")[0] != "if" or span is None or span[0].lower_ != "if":
        return False
    main = span[0].head.head if span[0].head.dep_ == "advcl" else None
    if main is None:
        return False
    inside = set(range(span.start, span.end))
    for t in main.subtree:
        if t.i in inside or t.pos_ != "VERB" or negated(t):
            continue
        if t.lemma_.lower() in REFUSAL_VERBS or (t.lemma_.lower() == "vote" and any(c.lower_ == "against" for c in t.children)):
            return True
    return False


# Words before a fronted if-clause that still open its sentence ("But if ...", "And if ...").
OPENERS = frozenset({"but", "and", "so", "then", "now", "yet", "or"})
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
# Adverbs on a branch's main verb that say it follows either way ("the pool should also shut if the survey says no"):
# no choice told.
EITHER_WAY = frozenset({"also", "too", "still", "anyway", "either", "regardless"})


def _both_ways(conditions: list[Condition], doc: Doc) -> list[Condition]:
    """Two fronted if-clauses ("If X, A. If not, B."), not framed by "only" or "even", each opening its own sentence or
    clause and hung on a different main verb, none of which follows either way ("also", "still"): each branch of a
    choice told. The two clauses, or [] (tests/judge/test_stance_both_ways.py)."""
    found: list[Condition] = []
    mains: set[int] = set()
    for c in conditions:
        if c.normalized.split(":")[0] != "if" or c.text.lower().startswith(("only", "even")):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span[0].lower_ != "if":
            continue
        mark = span[0]
        before = mark.i - 1
        while before >= 0 and (doc[before].lower_ in OPENERS or doc[before].text in QUOTES):
            before -= 1
        if before >= 0 and doc[before].text not in {".", "!", "?", ":", ";", "\n"} and not doc[before].is_space:
            continue  # not fronted: "the pool should shut if the survey finds ..."
        main = mark.head.head if mark.head.dep_ == "advcl" else None
        if main is None or main.i == mark.head.i or main.i in mains or any(
                t.dep_ == "advmod" and t.lower_ in EITHER_WAY for t in main.children):
            continue
        mains.add(main.i)
        found.append(c)
    return found if len(found) >= 2 else []


# The words of a condition that elides its verb phrase ("if it does not", "if they won't").
ELLIPTICAL = frozenset({"if", "it", "they", "he", "she", "we", "you", "this", "that", "does", "do", "did", "will", "would",
                        "can", "ca", "wo", "not", "n't", "never", "then", "so", "is", "are", "has", "have"})


def _elided_refusal(condition: Condition, doc: Doc) -> bool:
    """"if it does not", "if they won't": an if-clause whose verb phrase is elided and negated."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    words = {t.lower_ for t in span or [] if t.is_alpha or t.lower_ == "n't"}
    return condition.normalized.startswith("if") and bool(words) and words <= ELLIPTICAL and bool(
        {"not", "n't", "never"} & words)


def _is_trigger(condition: Condition, doc: Doc, terms: Terms, kinds: frozenset[str] | set[str] = frozenset(
        {"if", "once", "when"}), said_of_act: bool = False) -> bool:
    """An if/once-clause (or a clause of `kinds`) whose own verb is the proposition's event, not negated.
    `said_of_act`: the rest of the statement takes no side in words, so an if-clause that completes the
    proposition's thing ("a review would be filed if the charge were approved") says what would follow it,
    not what support hangs on (tests/judge/test_stance.py::test_stance_threat_timed_to_the_act)."""
    kind = condition.normalized.split(":")[0]
    if kind not in kinds or condition.text.lower().startswith("only"):
        return False  # "only if a judge approves each request": a requirement, not a trigger
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    # (`negated` asked last: the costliest test, and the others, which read the parse only, fail on most words;
    # tests/judge/test_judging_cheaper.py)
    return span is not None and any(
        ((t.lemma_.lower() in terms.event and (
            (t.pos_ == "VERB" and not _done_to_another(t, terms))
            or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "nsubj", "nsubjpass", "compound"})))
            or occurs(t, terms) or ((kind != "if" or said_of_act) and _completed(t, terms))
            # "if the court annuls it", "if the act is thrown out": the privative act in other words
            or (terms.privative and restates(t, terms) > 0) or _voted_for(t, terms)) and not negated(t)
        # "if allies issue an invitation", "if accession talks began", "if the bylaw passes"
        for t in span)


def _voted_for(verb: Token, terms: Terms) -> bool:
    """A vote for the act ("if the assembly votes for a walkout") or the deciding body's yes ("the day the board
    says yes"): the act decided (tests/judge/test_act_demanded.py::test_a_vote_for_the_act_is_its_trigger)."""
    if vote_sign(verb) <= 0:
        return False
    chosen = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    if chosen:  # the body's vote for another thing ("votes for the car park instead") is no yes to the act
        return any(g.lemma_.lower() in terms.event | terms.object_words for g in chosen)
    return any(c.dep_ == "nsubj" and any(t.lower_ in terms.subject_words for t in c.subtree) for c in verb.children)


def _done_to_another(verb: Token, terms: Terms) -> bool:
    """The proposition's verb said of a subject the question does not name, a common noun ("if pay
    scales are combined fairly" under "Will the airlines merge?"): another act of the same name, not the
    proposition (an object may be the thing in other words: "once we begin giving items back")
    (tests/judge/test_stance.py::test_stance_the_act_done_to_another_thing)."""
    ours = named(terms) | terms.event

    def names_ours(word: Token) -> bool:
        return any(t.lower_ in ours or t.lemma_.lower() in ours for t in word.subtree)

    # Done to the proposition's own thing, it is the act whoever does it ("if councillors approve the budget":
    # the review's counter-example, tests/judge/test_stance.py::test_stance_the_act_done_to_another_thing).
    if any(c.dep_ == "dobj" and names_ours(c) for c in verb.children):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN" and not names_ours(c) for c in verb.children)


# Verbs that bring an agreement, a law or a deal into being: "the moment the deal is signed".
COMPLETING = frozenset({"sign", "approve", "adopt", "enact", "complete", "ratify", "conclude", "finalise", "finalize",
                        "close", "clear", "pass", "agree", "announce", "go"})


def _completed(tok, terms: Terms) -> bool:  # type: ignore[no-untyped-def]
    """"the day it is signed", "the moment the treaty was signed": a verb of completing whose subject is
    the proposition's thing or event, or "it" standing for it (the statement itself is about the question).
    Read in clauses of time only: "if it is adopted" is as often a requirement as a trigger."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in COMPLETING and any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in terms.event | terms.things | terms.anchors
                                               or c.lower_ in {"it", "this"})
        for c in tok.children)


# A condition asking the other side to give the proposition up makes the statement a refusal.
EXIT = re.compile(r"\b(abandon\w*|renounc\w*|renunc\w*|refus\w*|exclud\w*|give up|drop\w*|withdr[ae]w\w*"
                  r"|(?:step|steps|stepped|stepping) (?:aside|down)|(?:stand|stands|stood|standing) down|pull(?:s|ed)? out)")


def _exit_aimed(conditions: list[Condition], doc: Doc, terms: Terms) -> bool:
    """A word of giving up in a condition is aimed at the proposition: its object ("abandons its plans
    to admit X", "withdraws its bid") or, with none, its subject ("the candidate stepped aside") names
    the proposition's event, thing or participants. "unless the tax bill was withdrawn", "lets the
    town drop the new pool" give up something else (tests/judge/test_stance.py). Conditions that name
    an opposite without a word of giving up stay as they were. What is given up is read as the question names it, not by
    a noun only the corpus adds to its things nor inside a relative clause (session 42: `_names_the_question`)."""
    topic = terms.event | terms.things | terms.participants | terms.anchors | terms.opposites
    found = False
    for c in conditions:
        for m in EXIT.finditer(c.text.lower()):
            found = True
            span = doc.char_span(c.start + m.start(), c.start + m.end(), alignment_mode="expand")
            if span is None:
                return True
            verb = span[0]
            objects = [ch for ch in verb.children if ch.dep_ in {"dobj", "nsubjpass", "xcomp", "ccomp"}]
            # (a passive relative clause, "the grant that the library was refused": the noun it describes is what is
            # given up, its subject the one refused; the review, session 42)
            if verb.dep_ == "amod" or (verb.dep_ in {"acl", "relcl"} and (
                    not objects or any(ch.dep_ == "nsubjpass" for ch in verb.children))):
                objects = [verb.head]
            if not objects:  # "Marrant stepped aside", "pull out of the race"
                objects = [ch for ch in verb.children if ch.dep_ in {"nsubj", "prep"}]
            if any(_names_the_question(t, topic, terms) for o in objects for t in _described_out(o, verb)):
                return True
    return not found


def _described_out(word: Token, verb: Token) -> list[Token]:
    """`word`'s subtree without its relative clauses nor the verb of giving up's own ("the briefing the minister had been
    given", "the money that the coach was refused": what is given up, not who is described in it)."""
    out = {t.i for c in word.subtree if c.dep_ == "relcl" and c.i != word.i for t in c.subtree}
    # (only the clause that describes `word`: a giving-up verb in a relative clause on another noun, "a council that
    # withdrew its plans", has `word` as its own object; the review, session 42)
    if verb.dep_ == "relcl" and word.i == verb.head.i:
        out |= {t.i for t in verb.subtree}
    return [t for t in word.subtree if t.i not in out]


def _names_the_question(tok: Token, topic: frozenset[str], terms: Terms) -> bool:
    """A word of the question's act anywhere, or a word of its topic the question itself says ("the bill", "Quennby"),
    not a noun only the corpus adds to its things ("the harbour levy" under "Can the cabinet last?": giving that up
    is no opposite of the act; issue 9, session 42; tests/judge/test_stance_opposite_demanded.py)."""
    lemma = tok.lemma_.lower()
    if lemma in terms.event or tok.lower_ in terms.event:
        return True
    return (tok.lower_ in topic or lemma in topic) and (tok.lower_ in terms.words or lemma in terms.words)


def _demands_opposite(text: str, terms: Terms) -> str | None:
    if m := EXIT.search(text):
        return m.group(0)
    return next((w for w in WORD.findall(text) if w in terms.opposites), None)
