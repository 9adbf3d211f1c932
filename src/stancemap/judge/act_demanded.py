"""Conditions that demand the proposition rather than set a price on it: a threat or a warning hung on the act
not being done ("unless the crossing is halted", "if the repeal bill has not passed by then", "if the bridge is not
open by October"), on things staying as they are ("if the minister is still in office on Friday"), or on the act
being refused or put off ("If they decline, we will be in court the next morning", "If the provost hesitates, we will
build it ourselves"). stance.py reads the statement as support when one of them is the condition.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extract.frames_nouns import lexfile
from ..extract.lexicon import OCCURRING, REFUSING, UNDOING_PHRASES
from .conditions import Condition
from .evaluative import evaluate
from .kin import Token, kin, named, phrasal_event
from .negation import negated
from .polarity import occurs
from .terms import Terms
from .wordnet import ACT_FILES, NOUN_ATTRIBUTE, NOUN_PHENOMENON, NOUN_STATE, NOUN_TIME

# WordNet verbs a verb of refusing or putting off falls under (its hypernyms: "hesitate", "shelve" and "stall" are
# kinds of "delay", "spurn" of "refuse", "veto" of "reject"): general English, read from WordNet.
REFUSAL_KINDS = frozenset({"delay", "refuse", "reject", "prevent", "hinder", "obstruct", "postpone"})
# WordNet's noun files of what happens or holds rather than acts: acts, events, processes (ACT_FILES), attributes
# ("shortage"), phenomena ("weather", "rain"), states ("lack") and times.
HAPPENINGS = ACT_FILES | {NOUN_ATTRIBUTE, NOUN_PHENOMENON, NOUN_STATE, NOUN_TIME}
# Phrasal verbs of putting an act off by drawing it out, which WordNet files under "lengthen", not "delay" ("drag
# this out", "string it out", "spin it out"): a delay, as REFUSAL_KINDS's "delay".
DRAWING_OUT = frozenset({("drag", "out"), ("string", "out"), ("spin", "out"), ("draw", "out")})
# Pronouns that stand for the act or its thing in the clause ("if they refuse it", "if this is rejected").
STANDING = frozenset({"it", "this", "that", "them"})
# The speaker's own side refusing is no failure of the act's doer ("if we reject it, ...").
OWN = frozenset({"i", "we"})


def demands_event(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """"unless P" or "if not P" where P is the proposition's event (tests/judge/test_privative.py)."""
    kind = condition.normalized.split(":")[0]
    if kind == "until":
        return _pressed_until(condition, doc, terms)
    if kind not in {"unless", "if"}:
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    for t in span or []:
        if (t.pos_ == "VERB" and t.lemma_.lower() in terms.event) or occurs(t, terms) or (
                t.pos_ == "VERB" and t.lemma_.lower() in OCCURRING and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and any(d.lemma_.lower() in terms.event for d in c.subtree)
                    for c in t.children)):
            return negated(t) == (kind == "if")  # "the repeal bill has not passed" under "if"
        if in_result_state(t, terms):
            return negated(t.head) == (kind == "if")  # "if the bridge is not open by October"
    return False


# Verbs of pressing on: what is kept up "until P" presses for P ("will keep up the pickets until ...").
PRESSING = frozenset({"keep", "continue", "carry", "fight", "campaign", "strike", "protest", "press", "push", "picket",
                      "march", "persist"})


def _pressed_until(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """"will keep up the pickets until the closure is dropped", "we will fight on until the
    charge is abolished": pressure kept up, not negated, until the proposition's own act happens (said in the
    until-clause, not negated) demands the act (session 31; tests/judge/test_conditions_timed.py::
    test_pressed_until_the_act). "would not join until ..." (negated) and a clause with no act of the question stay
    conditions; "until it is scrapped" under another act is conditions_timed.ends_the_thing."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return False
    inside = set(range(span.start, span.end))
    top = next((t for t in span if t.head.i not in inside), None)
    verb = top.head if top is not None and top.head.i != top.i else None
    if verb is None or negated(verb) or not (verb.lemma_.lower() in PRESSING or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PRESSING and not negated(verb.head))):
        return False
    return any(((t.pos_ in {"VERB", "NOUN"} and t.lemma_.lower() in terms.event) or occurs(t, terms))
               and not negated(t if t.pos_ == "VERB" else t.head) for t in span)


def in_result_state(tok: Token, terms: Terms) -> bool:
    """The state the act brings about said of the proposition's own subject or thing ("the bridge is open"
    under "Will the bridge reopen?": terms.states), as the complement of its verb."""
    predicative = tok.dep_ in {"acomp", "oprd"} or (tok.dep_ == "advmod" and tok.head.lemma_ == "be")  # "is not over"
    if not predicative or not terms.states:
        return False
    if not {tok.lemma_.lower(), tok.lower_} & terms.states and not _same_state(tok.lower_, terms.states):
        return False
    ours = named(terms)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and any(t.lower_ in ours or t.lemma_.lower() in ours for t in c.subtree)
               for c in tok.head.children)


def _same_state(adjective: str, states: frozenset[str]) -> bool:
    """The adjective shares a WordNet sense with a result state ("over" with "ended": "if the lockout is not over")."""
    from .wordnet import wordnet

    try:
        return bool(states & wordnet().synonyms(adjective, "a", senses=2))
    except OSError:
        return False


def pending(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """"if X is still ...", X the proposition's subject or thing: the act has not happened yet."""
    if condition.normalized.split(":")[0] != "if":
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    return any(_still_as_it_is(t, terms) for t in span or [])


def _still_as_it_is(tok: Token, terms: Terms) -> bool:
    """"still" on a verb that is not the proposition's act, whose subject names the proposition's subject
    or thing ("if the minister is still in office", "if the bridge is still closed"), not negated: the act
    has not happened yet."""
    if tok.lower_ != "still" or tok.dep_ != "advmod" or tok.head.i == tok.i:
        return False
    verb = tok.head
    if verb.lemma_.lower() in terms.event or kin(verb, terms) or negated(verb):
        return False
    ours = named(terms)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and any(t.lower_ in ours or t.lemma_.lower() in ours for t in c.subtree)
               for c in verb.children)


def refused(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """An if/once/when-clause whose verb refuses or puts off the act, not negated, said of no other thing
    ("If they refuse", "If this is rejected", "If councillors vote it down", "If the provost hesitates"): the
    failure a threat or a warning is hung on, so the statement demands the act (tests/judge/test_act_demanded.py).
    Not "only if" (a requirement), nor the speaker's own side refusing ("if we reject it")."""
    if condition.normalized.split(":")[0] not in {"if", "once", "when"} or not condition.text.lower().startswith(
            ("if ", "once ", "when ")):
        return False  # "only if" sets a requirement; an order read as an if-clause ("Shelve the bill and ...") is a demand
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None or _welcomed(span, terms):
        return False
    return any(_refuses(t, terms) and not negated(t) and aimed_at_the_act(t, terms) and _by_someone(t) for t in span)


def _welcomed(span: Span, terms: Terms) -> bool:
    """The clause the refusal is hung on is judged good ("If the board rejects the merger, shareholders will be
    far better off"): a refusal the speaker wants, no threat (tests/judge/test_act_demanded.py, counter-examples)."""
    rest = [t for t in span.sent if not span.start <= t.i < span.end]
    return evaluate(rest, [], terms, anywhere=True) > 0


def _by_someone(verb: Token) -> bool:
    """Who refuses or puts off is not a thing that happens or a state ("If bad weather delays the launch, the crew
    will try again": no threat), by the first WordNet sense of the subject's noun (HAPPENINGS); a pronoun, a name, a
    body ("the bank", "the airline") or a passive's unsaid doer may refuse."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return lexfile(subject.lemma_.lower()) not in HAPPENINGS


def _refuses(verb: Token, terms: Terms) -> bool:
    """The verb is a word of refusing or putting off, or the proposition's opposite; not its act (under a
    privative question "block" or "scrap" may be the act itself: there only its opposites and delays count)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or _the_act_itself(verb, terms):
        return False
    if lemma in terms.opposites:
        return True
    if not terms.privative and (lemma in REFUSING or any(
            (lemma, c.lower_) in UNDOING_PHRASES and c.dep_ in {"prt", "advmod"} for c in verb.children)):
        return True  # (under a privative question "throw out" or "scrap" says its act in other words)
    if any((lemma, c.lower_) in DRAWING_OUT and c.dep_ in {"prt", "advmod"} for c in verb.children):
        return True  # "if the board drags the review out for a year, we will sue": the act put off (session 37;
        # tests/judge/test_act_demanded.py::test_a_threat_if_the_act_is_dragged_out)
    return bool(_verb_kinds(lemma) & (REFUSAL_KINDS if not terms.privative else {"delay", "postpone"}))


def putting_off(verb: Token, terms: Terms) -> bool:
    """The verb puts an act off ("delay", "defer", "postpone"; WordNet: a kind of "delay" or "postpone"), and is no word of
    the question's own act (stance._put_off_until, session 43)."""
    if _the_act_itself(verb, terms):
        return False
    lemma = verb.lemma_.lower()
    return lemma in {"delay", "postpone", "defer"} or bool(_verb_kinds(lemma) & {"delay", "postpone"})


def _the_act_itself(verb: Token, terms: Terms) -> bool:
    """The verb is a word of the question's own act: its lemma, a kin of it, or a phrasal verb saying it (`_refuses`,
    `putting_off`)."""
    return verb.lemma_.lower() in terms.event or kin(verb, terms) or phrasal_event(verb, terms)


def _verb_kinds(lemma: str) -> frozenset[str]:
    """The verb's WordNet hypernyms, two senses four deep (none when WordNet is missing: `_refuses`, `putting_off`)."""
    from .wordnet import wordnet

    try:
        return frozenset(wordnet().hypernyms(lemma, "v", senses=2, depth=4))
    except OSError:
        return frozenset()


def aimed_at_the_act(verb: Token, terms: Terms) -> bool:
    """What is refused is the act or its thing: no object, a pronoun standing for it, or words naming it;
    and the one refusing is not the speaker's side."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in OWN for c in verb.children):
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() not in terms.event for c in verb.children):
        return False  # "if the militia stops sending fighters across the river": another act refused
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # ("advertising was outlawed": tagged nsubj)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or (passive and c.dep_ == "nsubj")]
    if passive and not objects:
        return False  # "... and advertising was outlawed" parsed with no subject: what is refused is not said
    # the question's own words, not the corpus's things ("once the bill is paused" under "survive the vote")
    ours = terms.object_words | terms.participants | terms.anchors | terms.subject_words | terms.event
    return all(o.lower_ in STANDING or any(t.lower_ in ours or t.lemma_.lower() in ours for t in o.subtree)
               for o in objects)


# Words of a side or a deal in what follows an order ("... and you have our votes", "... and we can talk"): the order
# is then the price of a side, a condition (demands._give_us_and), not an act whose outcome is foretold.
SIDE_OUTCOME = frozenset({"vote", "votes", "support", "back", "backing", "accept", "approve", "approval", "agree",
                          "sign", "signature", "endorse", "endorsement", "consent", "yes", "blessing", "talk", "deal",
                          "negotiate", "mind", "welcome"})


def ordered_outcome(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """An order of the question's act or on its thing, or any order that asks nothing for the speaker (no "us"/"me" as its
    object: session 33), joined by "and" to what will follow ("Close the pool and the
    children will swim in the river", "Sell the pitch and the club drops a league", read as an if-clause by
    demands._give_us_and): what the act would bring about, foretold, an argument about it, not a price set on a side;
    the side is what the outcome's words say. Not when the outcome is a side or a deal ("Drop the levy and you have
    our votes", "Cut the fees and we can talk") (session 32; tests/judge/test_act_demanded.py::
    test_an_order_of_the_act_foretold)."""
    if condition.normalized.split(":")[0] != "if":
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None or span[0].tag_ != "VB" or span[0].lower_ in {"if", "only"}:
        return False
    order = span[0]
    ours = terms.event | terms.things | terms.anchors
    named_here = order.lemma_.lower() in terms.event or any(
        t.lemma_.lower() in ours or t.lower_ in ours for c in order.children if c.dep_ in {"dobj", "prt", "prep", "dative"}
        for t in c.subtree)
    # (or any order that asks nothing for the speaker: "Tax their fuel and they will fill up across the border", a
    # consequence foretold; "Give us the pledge on paper and the whole ward is yours" asks a price: session 33,
    # tests/judge/test_act_demanded.py::test_an_order_on_others_foretold)
    if not named_here and any(c.lower_ in {"us", "me"} for c in order.children if c.dep_ in {"dobj", "dative"}):
        return False
    after = [t for t in span.sent if t.idx >= condition.end]
    if not named_here and _the_question_follows(after, terms):
        # "Take the student halls out of the figures and there is no backlog" under "Is there a backlog?": an order on
        # something else that the question's own act or thing then follows from, a condition of it, not an argument
        # about the act (session 35; tests/judge/test_act_demanded.py::test_an_order_the_question_follows_from)
        return False
    return bool(after) and not any(t.lemma_.lower() in SIDE_OUTCOME or t.lower_ in SIDE_OUTCOME for t in after)


def _the_question_follows(after: list[Token], terms: Terms) -> bool:
    """What follows the order is the question's own act (its verb) or its thing said to be there or not ("... and there
    is no backlog"): the proposition then holds or fails, on the order (session 35). Not the thing
    only named ("... and the library closes": what the order would do to it, argued)."""
    for verb in after:
        if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"conj", "ROOT", "ccomp"}:
            continue
        if verb.lemma_.lower() in terms.event | terms.kin and verb.lemma_.lower() != "be":
            return True
        nouns = terms.things | terms.object_words | terms.words
        if verb.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in verb.children) and any(
                c.dep_ == "attr" and c.pos_ == "NOUN" and (c.lemma_.lower() in nouns or c.lower_ in nouns)
                for c in verb.children):
            return True
    return False
