"""Which way a statement's words lean toward the proposition: a signed score, and readable evidence.

Word rules over the dependency parse (spaCy's Token API, or parsed.ParsedToken in the reduce):
  stance words        support / back / welcome (+), reject / block / scrap / repeal (-) (lexicon)
  negation            a negation on the word or its governors flips it ("will not vote for")
  the event itself    the proposition's verb asserted (+, "the bill will pass") or negated (-)
  opposites           the proposition's opposite asserted ("Vedder will lose", "extend the deadline") (-)
  double negatives    refusing a refusal ("drop his objection", "rejected a freeze on enlargement") (+)
  votes               "vote for" (+), "vote against" (-)
  rivals              support aimed at another named person when the question is about a person's win (-)
  consequences        the event as a subject that brings harm (-) or is called an aim (+)
Evaluative words with no stance verb are read by `evaluate` from a general sentiment lexicon.
Whether a word is negated, and what it is aimed at, is decided in negation.py; the direction of a vote
and a rival's name in votes.py; an act judged as a whole ("rejecting it would be a mistake") in judged.py.
"""

from __future__ import annotations

from typing import Any

from ..extract.lexicon import (
    AIMS,
    FAILING,
    HARMS,
    LIMITS,
    NEGATIVE,
    OCCURRING,
    OUTCOMES,
    PERMITTING,
    POSITIVE,
    PREDICTING,
    REFUSING,
    SIDE_WORDS,
    UNDOING_PHRASES,
)
from .aim import aimed_elsewhere, hoped_not, judged_side, narrated_words, vote_elsewhere
from .comparison import rival_named, said_of_rival
from .consequence import consequence
from .counterfactual import another_course, called_right, judged_in_the_telling
from .deadline import deadline_sides
from .dismissed_claims import dismissed_claim, kept_out
from .ended import ENDED_HEADS, ended, lasting
from .judged import judged
from .kin import departing_flip, kin, phrasal_event
from .literal import no_side
from .negation import below, negated, refused
from .negation_forms import set_aside
from .outcome import measured_by_own, names_own_thing
from .outlook import COMING, LIKELY, POSSIBLE, UNLIKELY, never_coming, outlook, possibility
from .privative import PRONOUNS, acts_as_subject, aimed_at_object, names_act, permits, restates
from .proposition_terms import BEING_THE_CAUSE
from .rival_doer import rival_doer
from .rival_holder import denied_standing, own_standing, rival_holder
from .rival_place import rival_place
from .state import continued, lessened_by
from .terms import GENERIC, Terms
from .thresholds import figure_sign, to_figure
from .votes import rival_of, vote_sign
from .whether import asks_whether

Token = Any  # spaCy Token or parsed.ParsedToken


def gives_up(tok: Token) -> bool:
    """"give up", "tear up", "push back", "water down": phrasal verbs of abandoning, undoing or delaying."""
    if tok.pos_ != "VERB":
        return False
    particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod"}}
    return any((tok.lemma_.lower(), p) in UNDOING_PHRASES for p in particles)


# Verbs of resisting: with an object they refuse it ("will fight the closure", "challenge the decision to close it",
# "resist the plan"); "fight for" backs what it names (general English; session 19).
RESISTING = frozenset({"fight", "combat", "contest", "challenge", "resist"})


def _resists(tok: Token) -> bool:
    """"will fight the closure", "challenge the decision", "resist the plan": a verb of resisting with an object
    refuses it; "fight for the library", "challenged them to find one" do not (tests/judge/test_stance_flips.py).
    Whatever its object: "would fight rising bills by approving it" is read against (a strict xfail there; limited
    to objects naming the proposition's act or thing it lost DEVELOP 3, review of session 19)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in RESISTING and any(c.dep_ == "dobj" for c in tok.children) and not any(
        c.dep_ in {"xcomp", "ccomp"} for c in tok.children)


def _fights_for(tok: Token) -> bool:
    """"will fight for the library": a verb of resisting for something backs it (tests/judge/test_stance_flips.py)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in RESISTING and not any(c.dep_ == "dobj" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def _grants_a_fact(tok: Token, terms: Terms) -> bool:
    """A verb of approving that takes a finite clause (`_finite`) with a subject of its own ("inspectors had accepted that
    the storm was beyond the council's reach"): it grants what the clause says, which takes the side if
    any; the verb alone approves nothing (tests/judge/test_stance_owed.py::test_accepting_a_fact_takes_no_side). Not
    the question's own act ("accept" under "Will the board accept the offer?")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() not in terms.event and any(
        c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) and _finite(c) for c in tok.children)


def _finite(verb: Token) -> bool:
    """The clause's verb is finite: in a tense of its own or under a modal ("were", "had caused", "would rise"), not an
    infinitive ("expected the loan to be repaid") nor a participle ("helping tenants move")."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "to" for c in verb.children):
        return False
    return verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in verb.children)


def _threatens_to(tok: Token) -> bool:
    """"threatened to block the merger", "threatens to call a strike": a threat to do something says what the speaker
    means to do; the infinitive takes the side, the threat none, and it refuses nothing (no double negative:
    tests/judge/test_stance_taken_away.py::test_a_threat_to_act)."""
    return tok.lemma_.lower() == "threaten" and any(c.dep_ == "xcomp" for c in tok.children)


def occurs(tok: Token, terms: Terms) -> bool:
    """"this deal does not happen", "the bill will go through": an occurrence verb whose subject is
    the proposition's thing or event."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in OCCURRING and any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in terms.event | terms.things | terms.anchors)
        for c in tok.children)


def _doubled(tok: Token, terms: Terms) -> list[Token]:
    """Refusals a refusal refuses ("rejected a freeze on enlargement"): not inside a relative clause
    ("against masts that blot out the view" is not a double negative)."""
    return [t for t in refused(tok) if t.i != tok.i and t.lemma_.lower() in NEGATIVE | terms.opposites | REFUSING
            and not _own_act(t, terms) and not _privative_act(t, terms) and not _in_relative_clause(t, tok)]


def _privative_act(tok: Token, terms: Terms) -> bool:
    """Under a privative proposition, the word is its act in other words ("delay" under "postpone", "stop the
    merger" under "block the merger"), though a word of refusal: refusing it refuses the act ("would block any
    move to delay the referendum": oppose), not a refusal refused
    (tests/judge/test_stance_flips.py::test_the_privative_act_refused)."""
    return terms.privative and (names_act(tok, terms) or restates(tok, terms) != 0)


def _own_act(tok: Token, terms: Terms) -> bool:
    """The word is the proposition's own act, though a word of refusal elsewhere ("freeze" under "Will the
    authority freeze fares?"): the act asserted or denied, not a refusal (tests/judge/test_stance.py). A
    privative proposition's act is read by judge/privative.py."""
    return not terms.privative and tok.lemma_.lower() in terms.event


def _against_counts(tok: Token, terms: Terms) -> bool:
    """"against" takes a side when it is predicated ("we are against it", "vote against") or aimed at
    the proposition ("campaign against the bill"); "used against protesting farmers" does not
    (tests/judge/test_privative.py), nor "a scheme against poverty" when the question's act is against it ("doing
    enough to tackle poverty": tests/judge/test_stance_outcome.py)."""
    if not terms.privative and any(c.dep_ == "pobj" and (c.lemma_.lower() in terms.fought or c.lower_ in terms.fought)
                                   for c in tok.children):
        return False  # "a scheme against poverty" under "doing enough to tackle poverty": the act's own aim (outcome.py)
    head = tok.head
    if head.lemma_.lower() in MEASURED_AGAINST and not _holds_out(head):
        return False  # "weigh X against Y", "hold it against them", "set against it": measured, blamed, no side
        # (session 41: DEVELOP +3; tests/judge/test_stance_aimed.py::test_measured_against_takes_no_side)
    if vote_sign(head) != 0 and rival_of(head, terms) is None and vote_elsewhere(head, terms):
        return False  # "whoever votes against the rail motion": a vote on another thing (aim.vote_elsewhere)
    if head.lemma_.lower() in {"be", "vote", "come", "stand", "speak", "argue", "decide", "rule", "turn"}:
        return True
    topic = terms.topic | terms.participants
    return any(t.lower_ in topic or t.lemma_.lower() in topic or t.lower_ in PRONOUNS
               for t in below(tok))


# Verbs that measure or set one thing against another, or hold it against someone: "against" there takes no side.
MEASURED_AGAINST = frozenset({"set", "hold", "weigh", "measure", "compare", "balance", "offset", "check", "test",
                              "benchmark", "index", "insure", "hedge"})


def _holds_out(verb: Token) -> bool:
    """"hold out / firm against X" resists X (a side); only "hold it against them" blames (session 41's review;
    tests/judge/test_stance_aimed.py::test_holding_out_against_opposes)."""
    return verb.lemma_.lower() == "hold" and not any(c.dep_ == "dobj" for c in verb.children)


def _in_relative_clause(tok: Token, top: Token) -> bool:
    """`tok` hangs on `top` through a relative clause (tests/judge/test_privative.py)."""
    node = tok
    for _ in range(12):
        if node.i == top.i or node.head.i == node.i:
            return False
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _foreseen(tok: Token, terms: Terms) -> Token | None:
    """The proposition's event named as what a verb of predicting foresees: its object noun ("a cut",
    "approval") or the verb of its complement ("expects the bill to pass"), not itself negated."""
    for c in tok.children:
        if c.dep_ in {"dobj", "xcomp", "ccomp"}:
            for t in below(c):
                if (t.lemma_.lower() in terms.event or kin(t, terms)) and t.dep_ != "amod" and not (
                        t.i != c.i and negated(t)):
                    return t
    return None


def fails(tok: Token, terms: Terms) -> bool:
    """"the truce will collapse", "the deal fell apart": a verb of failing whose subject is the
    proposition's thing or event (tests/judge/test_privative.py)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in FAILING and any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in terms.event | terms.things | terms.anchors)
        for c in tok.children)


def _failed(tok: Token) -> bool:
    """The opposite judged by its results: its verb is negated with it as subject, or the clause
    it sits in (or a coordinated one) ends in war or occupation."""
    head = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "neg" for c in head.children):
        return True
    verbs = [head, *[c for c in head.children if c.dep_ == "conj"]]
    return any(c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in OUTCOMES for v in verbs for c in v.children)


def _event_subject(tok: Token, terms: Terms) -> bool:
    """A subject that is itself the act ("any attempt to bring X into the Accord")."""
    return tok.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"} and any(
        t.lemma_.lower() in terms.event or (t.lower_ == "into" and t.head.lemma_ in {"bring", "take", "admit"})
        for t in tok.subtree)


def polarity(tokens: list[Token], evidence: list[str], terms: Terms) -> int:
    """The signed sum of the statement's stance words, each noted in `evidence`. Under a privative
    proposition ("block the merger") a word aimed at what it takes away counts the other way
    (judge/privative.py)."""
    if (act := judged(tokens, evidence, terms)) is not None:
        return act  # "rejecting the offer would be a mistake" (judge/judged.py)
    if (side := judged_side(tokens, evidence, terms)) is not None:
        return side  # "the opponents of the plan were cowards" (judge/aim.py)
    score, claimed = _dismissed_claims(tokens, evidence, terms)
    # What a refusal refuses is settled by the refusal, wherever it stands: in "Reports that X had agreed
    # to neutrality were denied", "neutrality" comes first but counts only through "denied".
    skip: set[int] = {t.i for tok in tokens if tok.lemma_.lower() in _NEGATIVE_OR_REFUSING
                      and not _own_act(tok, terms) and not _threatens_to(tok)
                      for t in _doubled(tok, terms)}
    skip |= claimed
    skip |= narrated_words(tokens)  # "since the old government collapsed": told, not taken
    score += _stays(tokens, terms, evidence, skip)
    for sign, note, settled in deadline_sides([t for t in tokens if t.i not in skip], terms) if terms.deadline else ():
        score += sign  # "will push the switch-off back to 2041" under "by 2031": a no (judge/deadline.py)
        evidence.append(note)
        skip |= settled
    unsettled = [t for t in tokens if t.i not in skip] if terms.past_act else []
    for sign, note, settled in [*another_course(unsettled, terms), *judged_in_the_telling(unsettled, terms),
                                *called_right(unsettled, terms)]:
        # "they should have kept her until the spring", "they dropped the wrong woman", "it was the correct choice" under
        # "Should X have sacked him?" (counterfactual.py)
        score += sign
        evidence.append(note)
        skip |= settled
    weighed: list[tuple[int, str]] = []
    for tok in tokens:
        if tok.i in skip:
            continue
        if terms.bound[0] and (figure := figure_sign(tok, terms.bound))[0] != 0:
            score += figure[0]  # "we expect 2.6 percent by spring" under "fall below 3 percent" (judge/thresholds.py)
            evidence.append(figure[1])
            continue
        if terms.bound[0] and to_figure(tok):
            continue  # "prices rose 2.6 percent in March": the figure is read, not the verb of moving
        if (done := _done_by_ours(tok, terms))[0] != 0:
            score += done[0]  # "the plan could prevent accidents", "the scheme would put jobs at risk" (consequence.py)
            evidence.append(done[1])
            weighed.append(done)
            skip |= {t.i for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass", "aux", "neg"} for t in c.subtree}
            continue
        if (less := _lessened_harm(tok, terms))[0] != 0:
            score += less[0]  # "would cut delays": a decrease of something bad (judge/state.py)
            evidence.append(less[1])
            continue
        if tok.pos_ == "NOUN" and (terms.privative or tok.lemma_.lower() in terms.event) and set_aside(tok) and (
                names_act(tok, terms) if terms.privative else tok.lemma_.lower() in terms.event):
            score -= 1  # "anything except a levy", "would rather talk than impose a ban": the act named, set aside
            evidence.append(f"-{tok.text} (the alternative set aside)")
            continue
        if terms.privative and names_act(tok, terms) and (
                tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lemma_.lower() in _NEGATIVE_OR_REFUSING):
            # "will not vote for repeal", "a delay was simple fairness" under "postpone": the act named (a word of
            # refusal too), weighed by the words around it (tests/judge/test_stance_flips.py)
            continue
        if terms.privative and acts_as_subject(tok, terms):
            skip |= {t.i for t in tok.subtree}  # "scrapping the rule would be a kick in the teeth": the topic
            continue
        if terms.privative and not _idle_ending(tok, terms) and (restated := restates(tok, terms)) != 0:
            # (not "once narrowed it stops being a bypass": a stop of another doing, tests/judge/test_stance_taken_away.py)
            score += restated  # "annul the law" under "strike down the law": the proposition in other words
            evidence.append(f"{'+' if restated > 0 else '-not '}{tok.text} (the proposition in other words)")
            continue
        if (tok.lower_ in SIDE_WORDS or tok.lemma_.lower() in SIDE_WORDS) and (
                names_own_thing(tok, terms) or measured_by_own(tok, terms.event | terms.opposites)):
            # "the birds started dying", "the kill" under "causing the bird deaths": its subject matter; "proportionate
            # to the danger": what the question's adjective is measured against (outcome.py)
            continue
        if _said_of_another(tok, terms):
            continue  # "the finest engineers in the county", "three hikers were killed": aimed at another argument (aim.py)
        if _evidential(tok):
            continue  # "a claim not supported by the figures", "whichever option the evidence supports": no side taken
        if no_side(tok):
            continue  # "opened the parcel", "opened a review": a stance word in a plain sense (literal.py)
        if not terms.privative and kept_out(tok, terms.topic):
            # "would keep our libraries out of the dispute": not in it (dismissed_claims.py; test_dismissed_claims.py)
            score += 1 if negated(tok.head) else -1
            evidence.append(f"{'+not ' if negated(tok.head) else '-'}{tok.head.text} {tok.text} of")
            continue
        at = len(evidence)
        delta = _word(tok, terms, evidence, skip)
        if delta < 0 and tok.pos_ == "NOUN" and tok.lemma_.lower() in NEGATIVE and every_while(tok):
            # "each month of delay adds to the bill": the delay is blamed, a noun (not "opposes the closure every day":
            # the review, session 42; tests/judge/test_stance_every_day.py)
            delta = -delta
            evidence[at:] = [f"+{e.lstrip('+-')} {COSTS_NOTE}" for e in evidence[at:]]
        if delta and terms.privative and aimed_at_object(tok, terms) and not _opposite_act(tok, terms):
            delta = -delta  # "cleared the merger" under "block the merger": approval of what it takes away
            evidence[at:] = [f"{'+-'[delta < 0]}{e.lstrip('+-')} (of what the proposition takes away)" for e in evidence[at:]]
        elif delta and tok.lemma_.lower() in _POSITIVE_OR_NEGATIVE and departing_flip(tok, terms):
            delta = -delta  # "the treasurer has our full support" under "will the treasurer resign?"
            evidence[at:] = [f"{'+-'[delta < 0]}{e.lstrip('+-')} (of the one the proposition takes away)" for e in evidence[at:]]
        score += delta
    if len({sign for sign, _ in weighed}) > 1:
        # "a delay costs pupils a month; no delay costs the teachers their holidays": consequences weighed both
        # ways compare amounts the rules cannot read; they take no side (tests/judge/test_stance_consequences.py)
        score -= sum(sign for sign, _ in weighed)
        evidence[:] = [e for e in evidence if e not in {why for _, why in weighed}]
    return score


def _dismissed_claims(tokens: list[Token], evidence: list[str], terms: Terms) -> tuple[int, set[int]]:
    """"dismissed suggestions that X", "denied reports that X": X's own side turned, and the words settled (the verb,
    its claim and X); the verb alone takes no side (dismissed_claims.py; tests/judge/test_dismissed_claims.py)."""
    score, settled = 0, set()
    present = {t.i for t in tokens}
    notes: list[str] = []
    for tok in tokens:
        # the dismissing verb's shape first: cheaper than the negation walk, and false for almost every token (the same
        # answer in either order: both read the parse only; tests/judge/test_judging_cheaper.py)
        if tok.i in settled or (clause := dismissed_claim(tok)) is None or negated(tok):
            continue
        said = [t for t in clause.subtree if t.i in present]
        notes.clear()
        sign = polarity(said, notes, terms)
        settled |= {tok.i, clause.head.i, *(t.i for t in said)}
        if sign:
            # a verb the negation walk already reads as denying its clause ("denied reports that ..." gives "+not block")
            # has turned X's words itself
            already = negated(clause) and not any(c.dep_ == "neg" for c in clause.children)
            sign = sign if already else -sign
            score += sign
            evidence.extend(notes)
            evidence.append(f"{'+' if sign > 0 else '-'}{tok.text} {clause.head.text} (the claim's side turned)")
    return score, settled


def _said_of_another(tok: Token, terms: Terms) -> bool:
    """A stance word said of another argument than the question's act or thing (aim.aimed_elsewhere): not a vote
    nor a support of a rival, which votes.py reads, nor a threat to act, whose infinitive is read (`_threatens_to`)
    (tests/judge/test_stance_aimed.py)."""
    if not (tok.lower_ in SIDE_WORDS or tok.lemma_.lower() in SIDE_WORDS) or vote_sign(tok) != 0 or _threatens_to(tok):
        return False
    return aimed_elsewhere(tok, terms) and rival_of(tok, terms) is None


# Verbs of taking a side that also say what evidence bears out ("the figures support the claim").
EVIDENTIAL_VERBS = frozenset({"support", "back"})
# What backs a claim when it is no one: "anything we have published supports it", "nothing backs it".
INDEFINITE = frozenset({"anything", "nothing", "something", "everything"})
# WordNet's lexicographer files of knowledge and of amounts (noun.cognition 9: evidence, research, a poll;
# noun.quantity 23: a figure, a number): what such a noun "supports", it bears out.
KNOWING = frozenset({9, 23})
# The files its most frequent sense may be in: an act (research), an attribute (a number), knowledge, a
# communication (a record, a figure), an amount, a time (history); not noun.Tops ("group": 3), a person, a body.
FIRST_SENSES = frozenset({4, 7, 9, 10, 23, 28})


def _evidential(tok: Token) -> bool:
    """"support" / "back" said by evidence, not by a speaker ("the claim was not borne out by the audited accounts",
    "I will use whichever option the evidence supports", "it is not supported by anything we have published"): the
    verb says what the evidence bears out, no side on the act. Its sayer (the active subject, or the passive's "by")
    is an indefinite pronoun or a common noun one of whose first three senses in WordNet is knowledge or an amount, the
    first no person, body or class ("backed by the council", "her group cannot support it" keep their side).
    tests/judge/test_stance_evidential.py (DEVELOP: q_datafine, q_speedlimit, q_mislead, q_works)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EVIDENTIAL_VERBS:
        return False
    sayers = [c for c in tok.children if c.dep_ == "nsubj"]
    sayers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_knowledge(s) for s in sayers)


def _knowledge(noun: Token) -> bool:
    """A sayer that is evidence, not someone: "anything", "the figures", "the evidence", "research"."""
    if noun.pos_ == "PRON":
        return noun.lower_ in INDEFINITE
    if noun.pos_ != "NOUN":
        return False
    from .wordnet import wordnet

    files = wordnet().lexfiles(noun.lemma_.lower(), "noun", senses=3)
    return bool(files) and files[0] in FIRST_SENSES and bool(KNOWING & set(files))


def _becomes_ours(tok: Token, terms: Terms) -> bool:
    """"will become a full member of the league", "becoming part of the compact": a verb of becoming takes a side
    when what is become names the proposition's thing, act or a participant; "it becomes a car park", "prices have
    become dearer", "two airlines becoming one" take none (tests/judge/test_stance_consequences.py)."""
    ours = terms.things | terms.event | terms.anchors | terms.object_words | (terms.participants - terms.subject_words)
    return any(t.lower_ in ours or t.lemma_.lower() in ours
               for c in tok.children if c.dep_ in {"attr", "acomp", "oprd", "prep", "xcomp"} for t in c.subtree)


def _done_by_ours(tok: Token, terms: Terms) -> tuple[int, str]:
    """(sign, evidence) of a consequence said of the proposition's thing or act as the verb's subject ("the plan
    could prevent dozens of accidents", "the merger would put 400 jobs at risk"): what it does to another thing,
    times the subject's side (under a privative predicate, what the act takes away counts the other way); (0, "")
    when the verb is no consequence (judge/consequence.py) or its subject is not ours."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in terms.event or kin(tok, terms):
        return 0, ""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    if not subjects:
        return 0, ""
    subject = subjects[0]
    lemma, low = subject.lemma_.lower(), subject.lower_
    if lemma in terms.opposites or low in terms.opposites:
        return 0, ""
    if terms.privative:
        # only the act named: what it takes away may stay in another form ("a slower limit will still cost lives" under
        # "lower the limit" is the lowered one)
        side = 1 if names_act(subject, terms) else 0
    else:
        side = 1 if lemma in terms.event | terms.things or low in terms.event | terms.things else 0
    if side == 0:
        return 0, ""
    effect, why = consequence(tok)
    if effect == 0:
        return 0, ""
    if negated(tok):
        effect, why = -effect, f"not {why.lstrip('+-')}"
    sign = effect * side
    return sign, f"{'+' if sign > 0 else '-'}{subject.text} {why.lstrip('+-')} (a consequence)"


def _stays(tokens: list[Token], terms: Terms, evidence: list[str], skip: set[int]) -> int:
    """"must stay closed" under "reopen", "will remain in office" under "resign" (judge/state.py), read
    first: a stance verb whose complement it is ("wished the pier would stay shut") is aimed at it,
    so it is not counted again (support of staying shut) but settles the sign (rejecting it)."""
    score = 0
    kept = {t.i for t in tokens}
    for tok in tokens:
        if tok.i in skip:
            continue
        sign, settled, why = continued(tok, terms)
        if not sign:
            continue
        if every_while(tok):
            # "each month the library stays closed, another club folds": the state kept is blamed, the act wanted
            # (tests/judge/test_stance_every_day.py)
            sign, why = -sign, f"{'+' if sign < 0 else '-'}{why.lstrip('+-')} {COSTS_NOTE}"
        head = tok.head
        if tok.dep_ in {"ccomp", "xcomp"} and head.i != tok.i and head.i in kept and not negated(head):
            if head.lemma_.lower() in POSITIVE or head.lower_ in POSITIVE:
                skip.add(head.i)  # "hoped it would stay closed": the hope is the staying
                why += f", {head.text}"
            elif (head.lemma_.lower() in NEGATIVE or head.lower_ in NEGATIVE) and head.lemma_.lower() not in REFUSING:
                skip.add(head.i)  # "opposes keeping it open": the opposite of staying
                sign, why = -sign, f"{'+' if sign < 0 else '-'}{head.text} {why.lstrip('+-')}"
        score += sign
        evidence.append(why)
        skip |= {tok.i} | {t.i for t in settled}
    return score


# Units of time a cost is counted in ("every day the bridge stays shut", "each month of delay"): general English.
TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "night", "morning", "season", "term", "winter",
                        "summer"})
COSTS_NOTE = "(blamed for every day it lasts)"


def _every_unit(noun: Token) -> bool:
    """"every day", "each week": a unit of time with "every" or "each" before it."""
    return noun.lemma_.lower() in TIME_UNITS and any(c.dep_ == "det" and c.lower_ in {"every", "each"}
                                                     for c in noun.children)


def every_while(tok: Token) -> bool:
    """The word says what goes on through a count of time it is blamed for ("each month the library stays closed,
    another club folds", "every day Holm remains in post ...", "each month of delay adds to the bill"): the state
    kept or the delay is complained of, so it argues for the act that ends it, not against it (session 42, issue 9:
    DEVELOP +8; tests/judge/test_stance_every_day.py). Its verb (or its adjective's verb) carries "every day" as a
    modifier fronted before it ("Every day the bridge stays shut, ..."; not "stays open every day until ten": the
    review, session 42), or it is the relative clause or the "of" of that phrase."""
    for word in (tok, tok.head) if tok.pos_ == "ADJ" else (tok,):
        if any(c.dep_ in {"npadvmod", "nmod", "advmod"} and c.i < word.i and _every_unit(c) for c in word.children):
            return True
    if tok.dep_ == "relcl" and _every_unit(tok.head):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i and _every_unit(tok.head.head)


def _denied(tok: Token) -> bool:
    """A word of support denied: negated, or the object of a verb of ending or decrease ("ended its support for the
    bill", "cut its backing"), which a negation on that verb undoes ("would not end its support")
    (tests/judge/test_stance_taken_away.py::test_support_ended)."""
    by = lessened_by(tok) if tok.pos_ == "NOUN" else None
    if by is None or by.pos_ != "VERB":
        return negated(tok)
    return not negated(by)


def _lessened_harm(tok: Token, terms: Terms) -> tuple[int, str]:
    """(+1, evidence) for a stance word of harm governed by a word of decrease ("cut delays"), -1 when
    that is negated; (0, "") otherwise (the proposition's own words are weighed as they are)."""
    lemma = tok.lemma_.lower()
    if not (tok.lower_ in NEGATIVE or lemma in NEGATIVE):
        return 0, ""  # (most words: no union built for them)
    own = terms.event | terms.opposites
    if lemma in own or tok.lower_ in own:
        return 0, ""
    by = lessened_by(tok)
    if by is None or by.lemma_.lower() in own:
        return 0, ""
    sign = -1 if negated(by) else 1
    return sign, f"{'+' if sign > 0 else '-not '}{by.text} {tok.text} (lessens something bad)"


def _idle_ending(tok: Token, terms: Terms) -> bool:
    """A verb of stopping whose complement is a gerund naming no act of the proposition ("stop talking",
    "stopped waiting", "quit dithering"): it ends that doing, and takes no side on the question
    (tests/judge/test_stance_direction.py)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REFUSING | NEGATIVE:
        return False
    own = terms.event | terms.kin | terms.things | terms.opposites
    gerunds = [c for c in tok.children if c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG"]
    # "it stops being a bypass": a state left, whatever it names, is no act ended; "stopped believing the survey",
    # "stopped noticing the pegs": a mental act ended, whatever it is of (session 41: DEVELOP +1;
    # tests/judge/test_stance_direction.py::test_a_mental_act_ended)
    return bool(gerunds) and not any(t.lemma_.lower() in own or t.lower_ in own for g in gerunds
                                     if g.lemma_ != "be" and not _mental(g) for t in g.subtree) and not any(
        c.dep_ in {"dobj", "nsubjpass"} and c.tag_ != "VBG" for c in tok.children)


# WordNet's verb files of thinking, feeling and perceiving (verb.cognition 31, verb.emotion 37, verb.perception 39).
MENTAL_FILES = frozenset({31, 37, 39})


def _mental(verb: Token) -> bool:
    """A verb whose most frequent sense is of thinking, feeling or perceiving ("believe", "notice", "worry")."""
    from .wordnet import wordnet

    return wordnet().lexfile(verb.lemma_.lower(), "verb") in MENTAL_FILES


# What a verb's object or complement is: the thing it acts on or the state it brings about.
COMPLEMENTS = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "oprd", "acomp", "attr"})


def _takes_our_thing(tok: Token, terms: Terms) -> bool:
    """A verb of the proposition's whose object or complement names the proposition's thing, a content word
    of the question besides its subject and verb, or a pronoun standing for it ("make voting compulsory",
    "make it compulsory"; not "a decision is being made"): tests/judge/test_stance.py."""
    ours = (terms.things | terms.object_words | terms.anchors | terms.participants) - terms.subject_words
    asked = terms.words - terms.subject_words - terms.event
    return _pronoun_made(tok) or any(t.lower_ in ours or t.lemma_.lower() in ours
                                     or (t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.lower_ in asked)
                                     for c in tok.children if c.dep_ in COMPLEMENTS for t in below(c))


# A clause of a state's own: the "it" of "make it clear that ...", "make it possible to ..." stands for it.
STATE_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "csubj"})


def _pronoun_made(tok: Token) -> bool:
    """The verb brings a pronoun into a state ("make it compulsory", "make this mandatory"): the pronoun, the
    state's subject or the verb's object, stands for the question's thing. Not "made it clear that ..." (the
    pronoun stands for the clause) nor "made that call" (tests/judge/test_stance.py)."""
    for state in tok.children:
        if state.dep_ not in {"ccomp", "xcomp", "oprd", "acomp"} or state.pos_ != "ADJ" or any(
                g.dep_ in STATE_CLAUSES for g in state.children):
            continue
        held = [g for g in state.children if g.dep_ == "nsubj"] + [c for c in tok.children if c.dep_ == "dobj"]
        if any(p.pos_ == "PRON" and p.lower_ in {"it", "this", "that"} for p in held):
            return True
    return False


def word_sign(tok: Token, terms: Terms) -> int:
    """The sign of one word's weight toward the proposition, with no evidence kept (judge/judged.py)."""
    weight = _word(tok, terms, [], set())
    return (weight > 0) - (weight < 0)


def _opposite_act(tok: Token, terms: Terms) -> bool:
    """The proposition's opposite act, a verb, done to its object ("smartphones should be allowed in schools" under
    "ban smartphones"): already counted the other way as the opposite, not turned again as approval of what the act
    takes away (tests/judge/test_proposition_property.py::test_the_opposite_act_on_what_is_banned)."""
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in terms.opposites or tok.lower_ in terms.opposites)


# The words that deny an act in its own clause ("had never built", "had built nothing"): general English.
NOT_DONE = frozenset({"never", "nothing", "none", "little"})


def _past_perfect(tok: Token) -> bool:
    """The act told in the past perfect ("the borough had put up barely any flats in ten years"): what had not been done by
    then is narrated, no side on whether it should be done now (q_letbuild, session 37; tests/judge/test_rival_place.py::
    test_the_act_not_done_told_in_the_past_perfect_takes_no_side)."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in tok.children)


def _denied_in_its_clause(tok: Token) -> bool:
    """The act's own clause says it was not done ("had not built", "had built nothing", "had never built"), not a
    refusal above it: "rejected claims that the bypass had caused the flooding" is a claim refused, which keeps its
    side turned (tests/judge/test_stance_composed.py::test_a_stance_word_aimed_elsewhere_keeps_its_sign)."""
    return any(c.dep_ == "neg" or c.lower_ in NOT_DONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in tok.children)


def _only_asked(tok: Token) -> bool:
    """The word stands in an indirect question, its clause opened by "whether" (or an "if" that asks: whether.py), or
    by a wh-word as its subject ("to say whether the council would approve", "decide what caused the flooding", "not
    sure if it will pass"): the act is asked about, not asserted; a
    wh-word as its object is mostly a thing ("denied what the report showed": it showed). tests/judge/
    test_proposition_property.py::test_a_property_only_asked_is_no_side."""
    clause = tok.head if tok.dep_ in {"acomp", "attr", "oprd"} else tok
    if clause.dep_ not in {"ccomp", "xcomp", "pcomp", "advcl", "dobj", "conj"}:
        return False
    return any((c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and asks_whether(c, clause)))) or (
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"}) for c in clause.children)


def _said_property(tok: Token) -> bool:
    """An adjective said of something ("the paint is safe", "found it safe", "a safe product" after a copula): a
    property question's event (proposition.property_of) asserted; not an adjective before any noun
    (tests/judge/test_proposition_property.py). Not a property of an act ("worth saving", "it is worth noting that
    ..."), nor a price ("the land was worth 40 million crowns"): review s24-shapes,
    test_proposition_property.py::test_a_property_of_another_thing."""
    if tok.pos_ not in {"ADJ", "ADP"}:
        return False
    said = tok.dep_ in {"acomp", "oprd", "xcomp", "ccomp", "conj"} or (tok.dep_ == "amod" and tok.head.dep_ == "attr")
    return said and not any(
        (c.pos_ == "VERB" and c.dep_ in {"xcomp", "pcomp", "pobj", "ccomp", "dobj"})
        or (c.dep_ in {"pobj", "dobj", "npadvmod", "attr"} and any(t.like_num or t.ent_type_ == "MONEY" for t in c.subtree))
        for c in tok.children)


def _done_by_another(tok: Token, terms: Terms) -> Token | None:
    """A causing question's act with another cause than the question's, of the question's outcome ("Did the bypass
    cause the flooding?": "the flooding was caused by record rainfall", "the storm caused the flooding"): a rival
    cause. The rival's word, or None; other acts' other doers are left alone ("the plan was approved by the
    committee"). tests/judge/test_proposition_property.py::test_a_cause_is_said_by_blame."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in terms.event or not terms.subject_words or not (
            terms.event >= BEING_THE_CAUSE):
        return None
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
    doer = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) if (
        passive) else next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    done = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if doer is None or any(t.lower_ in terms.subject_words or t.lemma_.lower() in terms.subject_words
                           for t in doer.subtree):
        return None
    if terms.object_words and (done is None or not any(t.lemma_.lower() in terms.object_words for t in done.subtree)):
        return None  # "the rain caused chaos on the roads": not the question's outcome
    return doer


def _word(tok: Token, terms: Terms, evidence: list[str], skip: set[int]) -> int:
    """One word's signed weight (0 for most), noted in `evidence`; words it settles join `skip`."""
    score = 0
    event, opposites = terms.event, terms.opposites
    low, lemma = tok.lower_, tok.lemma_.lower()
    if _event_subject(tok, terms) and not (lemma in event and tok.pos_ == "NOUN"):
        skip |= {t.i for t in tok.subtree if t.i != tok.i}  # the topic, not a stance ("+bring")
    if _quiet(tok, low, lemma, terms):
        return score  # no rule below can weigh it: most tokens stop here (issue 11; tests/judge/test_polarity_quiet.py)
    if _threatens_to(tok):
        return score  # "threatened to block the merger": the infinitive takes the side
    if tok.pos_ in {"ADJ", "NOUN"} and lemma not in REFUSING and lemma not in event and (
            lemma in _POSITIVE_OR_NEGATIVE or low in _POSITIVE_OR_NEGATIVE) and set_aside(tok):  # (the walk last: speed)
        return score  # "a fair deal rather than a dangerous rush": the alternative set aside is described, not judged
    if lemma == "opposition" and not any(c.lower_ == "to" for c in tok.children):
        return score  # "the opposition party": a side in parliament, not a stance
    if low == "closer" and not any(t.lemma_.lower() in event | terms.things or t.pos_ == "PROPN"
                                     for c in tok.children if c.lower_ == "to" for t in c.subtree):
        return score  # "closer to the alliance" is a stance; "moved closer to our borders" is not
    if (low in opposites or lemma in opposites) and _failed(tok):
        score += 1  # "Isolation did not stop a single missile", "promised isolation and got a blockade"
        evidence.append(f"+{tok.text} failed")
        return score
    if low == "against" and tok.pos_ == "ADP" and not _against_counts(tok, terms):
        return score  # "had been used against protesting farmers": not a stance on the question
    if (low in _NEGATIVE_OR_REFUSING or lemma in _NEGATIVE_OR_REFUSING) and not negated(tok) and not _own_act(tok, terms):
        doubled = _doubled(tok, terms)
        if doubled:  # "rejected a freeze on enlargement", "drop his objection": a double negative
            score += 1
            evidence.append(f"+{tok.text} {doubled[0].text}")
            skip |= {t.i for t in doubled}
            return score
    if (low in _NEGATIVE_OR_REFUSING or lemma in _NEGATIVE_OR_REFUSING) and negated(tok) and not _own_act(tok, terms) and (
            doubled := _doubled(tok, terms)):
        # "has not withdrawn its objection", "will not drop its opposition": the refusal it would give up stands
        # (tests/judge/test_stance_taken_away.py::test_a_refusal_held_or_lifted)
        score -= 1
        evidence.append(f"-not {tok.text} {doubled[0].text}")
        skip |= {t.i for t in doubled}
        return score
    if tok.dep_ in {"nsubj", "nsubjpass"} and lemma in event and tok.pos_ == "NOUN":
        harm = next((t for t in tok.head.subtree if t.lemma_.lower() in HARMS), None)
        aim = next((c for c in tok.head.children if c.dep_ == "attr" and c.lemma_.lower() in AIMS), None)
        if harm is not None:
            score -= 1
            evidence.append(f"-{tok.text} would bring {harm.text}")
        elif aim is not None and not negated(aim):
            score += 1
            evidence.append(f"+{tok.text} is the {aim.text}")
        return score  # "an invitation would ...": the topic, not a stance
    if lemma in PREDICTING and tok.pos_ == "VERB" and (foreseen := _foreseen(tok, terms)) is not None:
        score += -1 if negated(tok) else 1  # "expects approval by the autumn"; "does not expect a cut"
        evidence.append(f"{'-not ' if negated(tok) else '+'}{tok.text} {foreseen.text}")
        return score
    if tok.pos_ == "ADJ" and (likely := outlook(tok, terms, negated(tok))) != 0:  # only adjectives: no negation walk for others
        score += likely  # "a halt remained unlikely", "a cut is long overdue" (judge/outlook.py)
        evidence.append(f"{'+' if likely > 0 else '-'}{'not ' if negated(tok) else ''}{tok.text}")
        return score
    if tok.pos_ == "NOUN" and lemma in POSSIBLE and (likely := possibility(tok, terms, negated(tok))) != 0:
        score += likely  # "a walkout this month is a real possibility", "a remote possibility" (judge/outlook.py)
        evidence.append(f"{'+' if likely > 0 else '-'}{'not ' if negated(tok) else ''}{tok.text}")
        return score
    if tok.pos_ == "VERB" and never_coming(tok, terms):
        score -= 1  # "a walkout that will never come" (judge/outlook.py)
        evidence.append(f"-never {tok.text}")
        return score
    if low == "back" and tok.pos_ != "VERB":
        return score  # "on the back of one number": a noun, not "back the plan"
    if lemma == "become" and not _becomes_ours(tok, terms):
        return score  # "it becomes a car park", "how dear bread has become": no joining of ours
    if fails(tok, terms) or ended(tok, terms):  # "the truce will collapse"; "the alliance is finished" (ended.py)
        score += 1 if negated(tok) else -1
        evidence.append(f"{'+not ' if negated(tok) else '-'}{tok.text}")
        return score
    if (vote := vote_sign(tok)) != 0:
        rival = rival_of(tok, terms)
        if rival is None and vote_elsewhere(tok, terms):
            return score  # "whoever votes against the rail motion": a vote on another thing (aim.vote_elsewhere)
        vote = -vote if rival is not None else vote
        # "vote no": the answer "no" is the vote, not its negation ("would not vote no" still is one).
        answered_no = any(c.lower_ == "no" and c.dep_ != "neg" for c in tok.children)
        vote = -vote if negated(tok) and not (answered_no and not any(c.dep_ == "neg" for c in tok.children)) else vote
        score += vote
        evidence.append(f"{'+' if vote > 0 else '-'}vote {'for' if vote_sign(tok) > 0 else 'against'}"
                        + (f" a rival ({rival.text})" if rival is not None else ""))
        return score
    if _idle_ending(tok, terms):
        return score  # "urged them to stop talking", "the day the town stopped waiting": no act of ours ended
    if (wish := hoped_not(tok, terms)) is not None:  # "hoped it would not come to that" (judge/aim.py)
        evidence.extend([f"-{tok.text} it would not happen"] if wish else [])
        return score + wish
    if (lemma in event or low in opposites or lemma in opposites or kin(tok, terms)) and _only_asked(tok):
        return score  # "too soon to tell whether the paint was safe", "decide what caused the flooding": asked, not said
    if ((low in NEGATIVE or lemma in NEGATIVE) and not _own_act(tok, terms)) or gives_up(tok) or _resists(tok) or (
            low in opposites or lemma in opposites):
        # A stance word aimed at the event itself weighs double: "did not oppose closer trade
        # but rejected full membership" is a rejection.
        weight = 2 if any(t.lemma_.lower() in event for t in refused(tok)) else 1
        # A verb refusing the other option ("rejected the bus option" under "Is the tram better than the buses?",
        # comparison.py); not "against" a thing, which is mostly measured against it there.
        other = rival_named(refused(tok), terms) if tok.pos_ == "VERB" else None
        weight = -weight if other is not None else weight
        aimed = f" the other option ({other.text})" if other is not None else ""
        if negated(tok):  # "did not oppose", "will not give up its bid"
            score += weight
            evidence.append(f"{'+' if weight > 0 else '-'}not {tok.text}{aimed}")
        else:
            score -= weight
            evidence.append(f"{'-' if weight > 0 else '+'}{tok.text}{aimed}")
    elif ((low in POSITIVE or lemma in POSITIVE or _fights_for(tok)) and not _denied(tok) and tok.pos_ not in {
            "ADV", "ADP", "PART"}) or (terms.privative and permits(tok, terms) and not negated(tok)):
        if _grants_a_fact(tok, terms):
            return score  # "inspectors accepted that the storm was beyond their reach": the clause says it
        if any(t.lemma_.lower() in NEGATIVE | opposites and not _own_act(t, terms) for t in tok.subtree if t.i != tok.i):
            return score  # "open to a neutrality agreement": the word it governs carries the stance
        rival = rival_of(tok, terms) or rival_named(refused(tok), terms)  # a rival person, or option (comparison.py)
        if rival is None and _said_property(tok):
            rival = said_of_rival(tok, terms)  # "the pool's design is ready": praise of the other option (session 35)
        if rival is not None:
            score -= 1
            evidence.append(f"-{tok.text} a rival ({rival.text})")
            return score
        score += 1
        evidence.append(f"+{tok.text}")
    elif lemma in event and lemma in GENERIC and tok.pos_ == "VERB" and not _takes_our_thing(tok, terms):
        return score  # "a decision is being made" under "make service compulsory": a general verb is the act with its thing
    elif (elsewhere := rival_place(tok, terms)) is not None:
        # "build on the old gasworks instead" under "build flats on the common": the act at another place (rival_place.py)
        score -= 1
        evidence.append(f"-{tok.text} at another place ({elsewhere.text})")
    elif (holder := rival_holder(tok, terms)) is not None:
        # "Vantrell wins", "Vantrell is the favourite" under "Is X still the favourite to win?": another holds it
        # (rival_holder.py; tests/judge/test_rival_holder.py)
        sign = 1 if negated(tok) else -1
        score += sign
        evidence.append(f"{'+not ' if sign > 0 else '-'}{tok.text} of another ({holder.text})")
    elif own_standing(tok, terms):
        # "Quisby is still the favourite", "she is no longer the favourite": the standing said of the question's subject
        # (rival_holder.py; tests/judge/test_rival_holder.py)
        sign = -1 if negated(tok) or negated(tok.head) or denied_standing(tok) else 1
        score += sign
        evidence.append(f"{'+' if sign > 0 else '-not '}{tok.text}")
    elif (rival := rival_doer(tok, terms)) is not None:
        # "the owners should pay" under "Should taxpayers foot the bill?": the act asked of another party (rival_doer.py)
        sign = 1 if negated(tok) else -1
        score += sign
        evidence.append(f"{'+not ' if sign > 0 else '-'}{tok.text} by another doer ({rival.text})")
    elif (rival := _done_by_another(tok, terms)) is not None:
        if not negated(tok):  # "the flooding was caused by record rainfall": another cause
            score -= 1
            evidence.append(f"-{tok.text} by another ({rival.text})")
    elif (lemma in event and (tok.pos_ == "VERB" or _said_property(tok))) or phrasal_event(tok, terms) or occurs(
            tok, terms) or kin(tok, terms):
        objects = [t for c in tok.children if c.dep_ in {"dobj", "prep", "xcomp"} for t in below(c)]
        if negated(tok) and any(t.lemma_.lower() in LIMITS | opposites for t in objects):
            score += 1  # "would not accept any treaty that curbed its freedom to pick partners"
            evidence.append(f"+not {tok.text} a limit")
        elif _said_property(tok) and (other := said_of_rival(tok, terms)) is not None:  # "diesel is the cheaper option"
            sign = 1 if negated(tok) else -1
            score += sign
            evidence.append(f"{'+not ' if sign > 0 else '-'}{tok.text} of the other option ({other.text})")
        elif negated(tok) and not (_past_perfect(tok) and _denied_in_its_clause(tok) and not terms.past_act):
            score -= 1
            evidence.append(f"-not {tok.text}")
        else:
            score += 1
            evidence.append(f"+{tok.text}")
    elif ((low in POSITIVE or lemma in POSITIVE or _fights_for(tok)) and _denied(tok) and tok.pos_ not in {
            "ADV", "ADP", "PART"}) or (terms.privative and permits(tok, terms) and negated(tok)):
        score -= 1
        evidence.append(f"-not {tok.text}")
    return score


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_NEGATIVE_OR_REFUSING = NEGATIVE | REFUSING
_POSITIVE_OR_NEGATIVE = POSITIVE | NEGATIVE

# Every word some rule of `_word` needs before it can weigh a token (its lexicon or its first test), besides the question's
# own words (`_own_words`): a token whose word and lemma are in neither takes every rule's "no", so `_word` returns 0 at
# once, untouched evidence and skip (issue 11, session 42: 245,000 calls were about 9 % of the reduce; the same output,
# tests/judge/test_polarity_quiet.py). A new rule in `_word` whose first test is not one of these words must add its words
# here (or to `_own_words`), or `_quiet` must let its tokens through.
_RULE_WORDS = (NEGATIVE | REFUSING | POSITIVE | PREDICTING | FAILING | OCCURRING | RESISTING | PERMITTING | LIKELY
               | UNLIKELY | POSSIBLE | COMING | ENDED_HEADS | {verb for verb, _ in UNDOING_PHRASES}
               | {"over", "against", "opposition", "closer", "back", "become", "vote", "say", "threaten"})
_OWN_WORDS: dict[int, tuple[Terms, frozenset[str], bool]] = {}


def _own_words(terms: Terms) -> tuple[frozenset[str], bool]:
    """The question's words `_word`'s rules test a token against (its event, opposites and kin, each word of a phrasal one:
    "break" of "break up"), and whether it asks of its thing's lasting (ended.py, whose adjectives of ending WordNet
    finds: no list to test against). Kept per Terms object (held with it, so an id is never reused)."""
    entry = _OWN_WORDS.get(id(terms))
    if entry is None or entry[0] is not terms:
        own = terms.event | terms.opposites | terms.kin
        own |= {w for phrase in own for w in phrase.split()}
        if len(_OWN_WORDS) > 256:
            _OWN_WORDS.clear()
        entry = _OWN_WORDS[id(terms)] = (terms, frozenset(own), lasting(terms))
    return entry[1], entry[2]


def _quiet(tok: Token, low: str, lemma: str, terms: Terms) -> bool:
    """No rule of `_word` can weigh the token: neither its word nor its lemma is a rule's word or the question's, and it
    is no adjective or verb under a question of lasting (tests/judge/test_polarity_quiet.py)."""
    if low in _RULE_WORDS or lemma in _RULE_WORDS:
        return False
    own, asks_lasting = _own_words(terms)
    return not (low in own or lemma in own or (asks_lasting and tok.pos_ in {"ADJ", "VERB"}))
