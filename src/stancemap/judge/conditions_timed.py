"""A clause of time that dates something else: no condition of the statement's side.

"We would back the library once the bypass is open" hangs a side on the bypass: conditional. "The plan looked
cheaper once you counted the lost grant", "the planning board would look at it again once the survey was
published" hang a time on a verb that neither takes a side nor is the question's act, said of someone other than
the speaker or the question's subject: what the clause dates is not the speaker's support, so the statement keeps
the side its words say (or none). Read from the parse: the verb the clause hangs on, the words right under it
and its subject. A pronoun subject ("we will look again once ...", "she would go once ...") is the speaker's own
doing, the act perhaps in words the question does not use: kept a condition; under "once", which takes its event as
coming, only "I" and "we" are ("Once the library is built, it will stand for a century", "once it opens, they will
spend whole afternoons there": a forecast of what follows; session 26).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..extract.lexicon import POSITION_VERBS, PRIVATIVE, REFUSING
from .act_demanded import PRESSING
from .conditions import NEVER_MET, SIDING, SIDING_NOUNS, Condition, bare_present
from .evaluative import evaluate
from .negation import negated
from .negation_forms import denied_here
from .polarity import occurs, polarity, word_sign
from .privative import restates
from .said_state import SEEMING as SEEMS_LIKE
from .terms import Terms
from .untenable import GOING_ON, goes_on  # verbs that carry a refusal on ("will go on voting against it as long as ...")

# The kinds of condition said by a clause of time (conditions.MARKERS; "as soon as", "the moment": "once";
# "pending X": "until").
TIMED = frozenset({"once", "until", "while", "when"})
# Subjects that are the speaker's own side (first person, or the pronoun a report uses for the speaker).
SPEAKERS = frozenset({"i", "we", "he", "she", "they", "it"})
# Words under the clause's verb that still make it the side's or the act's: its subject, object, complement,
# the verb it governs ("would never let her sign while ...", "vote to keep the library while ...").
CARRYING = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "pobj", "prep",
                      "agent", "neg", "prt", "advmod", "conj"})


def _carries(tok: Token, terms: Terms) -> bool:
    """The word takes a side or names the question's act ("back", "oppose", "approval", "the deal goes
    through", "annul" under "strike down")."""
    return word_sign(tok, terms) != 0 or _the_act(tok, terms)


def _the_act(tok: Token, terms: Terms) -> bool:
    """The word names the question's act: its event or a kin word, a word the question uses, or (for a privative
    question) a restatement of it."""
    lemma = tok.lemma_.lower()
    return (lemma in terms.event or lemma in terms.kin or occurs(tok, terms)
            or (terms.privative and restates(tok, terms) != 0))


def dates_another_thing(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """A clause of time whose verb, and the words under it, take no side and name no act of the question
    ("looked cheaper once you counted the lost grant"): a date, not a condition of support
    (tests/judge/test_conditions_timed.py). Not when framed as a requirement ("only once", "not until"):
    conditions.py keeps those."""
    kind = condition.normalized.split(":")[0]
    if kind not in TIMED and not (kind == "after" and condition.text.lower().startswith("within ")):
        # (also "the minutes will be posted within ten days of the hearing": a time frame of another thing, as a clause of
        # time is; issue 9, session 42; tests/judge/test_conditions_timed.py::test_within_days_of_another_thing)
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None or span.root.head.i == span.root.i:
        return False
    if kind == "after" and (any(_carries(t, terms) for t in span) or polarity(list(span), [], terms)):
        return False  # "could be on site within weeks of a yes vote": what follows a side taken or the act, a sequence
    first = span[0]
    if first.lower_ in {"only", "not", "never", "just"} or (first.i > 0 and doc[first.i - 1].lower_ in {
            "only", "not", "never", "just"}):
        return False
    head = span.root.head
    if span.start <= head.i < span.end:
        return False
    inside = set(range(span.start, span.end))
    if any(c.dep_ == "ccomp" and c.i not in inside for c in head.children):
        return False  # "X said that Y was prepared to sign ..., once Z": hung on the cue, the clause is the content's
    near = [head] + [c for c in head.children if c.dep_ in CARRYING and c.i not in inside]
    near += [g for c in near[1:] if c.dep_ in {"xcomp", "ccomp", "prep", "conj", "dobj", "attr"}
             for g in c.children if g.i not in inside]
    near += [g for c in near if c.pos_ in {"NOUN", "PROPN"} for g in c.children
             if g.dep_ in {"compound", "amod", "poss"}]  # "accession talks could start when ..."
    if head.lemma_.lower() == "have" and condition.normalized.startswith("until"):
        return False  # "the council has until the spring budget to approve it": a deadline set
    if head.dep_ in {"xcomp", "ccomp", "conj"} and head.head.i not in inside:
        near.append(head.head)  # "wants it stopped while ...": the verb above the one the clause hangs on
    words = sorted({t.i: t for t in near}.values(), key=lambda t: t.i)
    # "We will look at it again once the costs are known", "she would step aside until ...": the speaker's own or
    # the question's subject's doing, the act perhaps in words the question does not use.
    doers = [c for v in (head, head.head) for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in inside]
    ours = terms.subject_words | terms.participants
    # "once" takes its event as coming: what a third party does then is a forecast, not a side held on it
    # (tests/judge/test_conditions_timed.py::test_once_a_forecast_of_what_follows)
    speakers = FIRST_PERSON if condition.normalized.startswith("once") else SPEAKERS
    another = not any(d.lower_ in speakers or d.lemma_.lower() in ours or d.lower_ in ours
                      or any(t.lower_ in ours for t in d.subtree) for d in doers)
    if _forecast(condition, head, doers) and (another or not any(d.lower_ in FIRST_PERSON for d in doers)):
        # "ridership would climb once the new carriages arrive": a forecast of what follows; its words argue a side
        # (read by stance.py), only the question's act or a side taken keeps the clause a condition (session 38;
        # tests/judge/test_conditions_timed.py::test_once_a_forecast_that_argues_a_side). The question's own subject
        # foretold too ("the panel will stop listening once the press leaves"), not the speaker's "we" (session 39;
        # ::test_once_a_forecast_of_the_subject)
        # (nor a warrant or a readiness told: "would have won the right to go ahead once ...", "would be willing to
        # blame the mill once ...", "would be within its rights once ...": what the clause licenses, a condition;
        # tests/judge/test_conditions_once_hung.py::test_once_on_a_warrant_stays)
        return not any(_names_the_act(t, terms) or t.lemma_.lower() in WARRANT for t in words)
    if any(_carries(t, terms) for t in words) or polarity(words, [], terms) or evaluate(words, [], terms, anywhere=True):
        return False  # "would go along with the plan once ...", "would be a fine thing once ...": a side taken
    return another


# The modals of a forecast ("will", "would", "could" ...: what a clause of "once" foretells); the contractions with a
# curly apostrophe too, as the tokenizer keeps them ("it’ll be a great asset once ...", session 38:
# tests/judge/test_conditions_timed.py::test_once_a_forecast_that_argues_a_side).
FORECASTING = frozenset({"will", "would", "could", "can", "may", "might", "'ll", "\u2019ll", "wo", "ca", "'d", "\u2019d"})


# Words of a warrant or a readiness to act ("the right to", "willing to", "within its rights"): what a once-clause under a
# modal licenses, not a forecast of what follows.
WARRANT = frozenset({"right", "entitle", "entitled", "justify", "justified", "willing", "prepared", "ready", "ground",
                     "grounds", "licence", "license", "mandate", "warrant", "legitimate", "free"})


def _forecast(condition: Condition, head: Token, doers: list[Token]) -> bool:
    """A once-clause on a main clause with a subject of its own under a modal ("occupancy would climb once ...",
    "the levy could rise once ...") or told as a rule (`_told_as_a_rule`): what follows foretold."""
    return condition.normalized.startswith("once") and bool(doers) and (any(
        c.dep_ == "aux" and c.lower_ in FORECASTING for c in head.children) or _told_as_a_rule(head))


def _told_as_a_rule(head: Token) -> bool:
    """The main clause in the simple present with no auxiliary at all ("Once the last bakery shuts, the lane empties", "the
    hall loses its licence the moment it sells alcohol"): what follows told as a rule, the same forecast as under a
    modal (issue 9, session 40; tests/judge/test_conditions_timed.py::test_once_told_as_a_rule); the speaker's own
    "Once X, we back it" stays a condition (dates_another_thing's first person), and so does a judgement said with the
    copula ("Once the soil is cleaned, an orchard is the right use of the plot"): held under the clause, a scope, as a
    generic when (conditions._generic_when) (::test_once_a_judgement_stays)."""
    return bare_present(head) and head.lemma_.lower() != "be"


def _names_the_act(tok: Token, terms: Terms) -> bool:
    """The word names the question's act or takes a side in so many words ("back", "join", "approval", "the deal
    goes through"): not a word of sentiment alone ("climb", "stronger")."""
    lemma = tok.lemma_.lower()
    if tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.pos_ == "VERB":
        # "will get (stand, rally) behind the plan once ...": a side taken (session 39;
        # tests/judge/test_conditions_timed.py::test_once_the_subjects_side_or_our_plan_stays)
        return True
    # a phrasal kin word of the act, its particle a child ("would step down once ..." under "resign":
    # tests/judge/test_stance_kin.py::test_stance_kin)
    phrasal = " ".join([lemma, *(c.lower_ for c in tok.children if c.dep_ == "prt")])
    return lemma in POSITION_VERBS or lemma in SIDING or _the_act(tok, terms) or phrasal in terms.kin


# The speaker's own subjects under "once" (the rest of SPEAKERS, "he, she, they, it", are a forecast's there).
FIRST_PERSON = frozenset({"i", "we"})


# Words that say a thing is gone for good ("until it is shelved for good"), beside the lexicon's acts of undoing.
GONE = frozenset({"dead", "buried", "gone", "binned", "shelved"})


def ends_the_thing(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """An until-clause whose subject is the question's thing (or "it", "this") undone or gone: "I will fight it
    until it is shelved for good", "we will not rest until it is torn up". What ends the opposition is the
    proposition's opposite, demanded, not a condition of support (tests/judge/test_conditions_timed.py). Not
    under a question whose act is itself an undoing ("until it is scrapped" under "Will they scrap it?")."""
    if condition.normalized.split(":")[0] != "until" or terms.privative:
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return False
    ours = terms.things | terms.event | terms.anchors
    for tok in span:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or not (tok.lower_ in {"it", "this", "that"} or tok.lemma_.lower() in ours):
            continue
        verb = tok.head
        said = [verb] + [c for c in verb.children if c.dep_ in {"acomp", "prt", "conj", "attr", "oprd"}]
        said += [g for c in said[1:] for g in c.children if g.dep_ in {"conj", "prt"}]
        if not negated(verb) and any(w.lower_ in GONE or w.lemma_.lower() in PRIVATIVE or (
                w.dep_ == "prt" and f"{verb.lemma_.lower()} {w.lower_}" in PRIVATIVE) for w in said):
            return True
    return False


def refusal_held(condition: Condition, doc: Doc) -> bool:
    """An as-long-as clause hung on a refusal said, not denied ("we will go on voting against the scheme for as long as
    it includes a car park"): the refusal lasts while the state does, as with "while"; it opposes now
    (tests/judge/test_conditions_timed.py). "would not back it as long as ..." (a support denied) and
    "would not mind as long as ..." stay conditional."""
    if condition.normalized.split(":")[0] != "as long as":
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    while head.dep_ in {"prep", "advmod", "pobj"} and head.head.i != head.i and not (span.start <= head.head.i < span.end):
        head = head.head  # "for as long as": the preposition's verb
    verbs = [head] + ([c for c in head.children if c.dep_ == "xcomp"] if head.lemma_.lower() in GOING_ON else [])
    return any(not negated(v) and not negated(head) and (v.lemma_.lower() in REFUSING or any(
        c.dep_ == "prep" and c.lower_ == "against" for c in v.children)) for v in verbs)


# The words of a length of time said with "as long as" that sets none ("as long as it takes", "for as long as it
# needs", "as long as necessary").
DURATION = frozenset({"for", "as", "long", "it", "takes", "take", "took", "needs", "need", "needed", "to", "is", "was",
                      "necessary", "required", "does", "did", "will", "would", "they", "we", "he", "she", "and", "not",
                      "a", "day", "longer"})


def a_duration(condition: Condition) -> bool:
    """'would run as long as it needs', 'as long as it is needed': how long, no condition of
    the side (tests/judge/test_conditions_timed.py). Not with anything it waits for ('as long as it will take to recount
    the ballots')."""
    words = condition.text.lower().replace(",", " ").split()
    return condition.normalized.startswith("as long as") and bool(words) and set(words) <= DURATION and bool(
        {"takes", "take", "took", "needs", "need", "needed", "necessary", "required"} & set(words))


def without_the_act(condition: Condition, doc: Doc, terms: Terms) -> int:
    """"Without a bailout from the state, the steelworks cannot continue": a fronted "without" whose object is the
    question's act or thing says what is lost without it, the act wanted: +1. Under a question whose act takes its
    object away, "Without the ships, the town would never have seen ..." wants the object kept: -1. 0 otherwise
    (a requirement: "Without a car park, we will vote against it") (tests/judge/test_conditions_timed.py)."""
    if not condition.text.lower().startswith("without "):
        return 0
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None or span[0].lower_ != "without" or span[0].i != span.sent.start + (
            1 if span.sent[0].is_punct else 0):
        return 0
    head = next((c for c in span[0].children if c.dep_ == "pobj"), None)
    if head is None:
        return 0
    lemma = head.lemma_.lower()
    if lemma in terms.event or head.lower_ in terms.event:
        return 1  # "Without a bailout, ...", "Without a ban, the old town drowns in coaches"
    if terms.privative:
        return -1 if lemma in terms.object_words or head.lower_ in terms.object_words else 0
    return 1 if lemma in terms.things else 0



def never_met(condition: Condition, doc: Doc) -> bool:
    """A condition the speaker expects never to be met ("we will sign it when pigs fly", "not until hell freezes
    over"): it refuses the act, opposition, not a condition of support (tests/judge/test_conditions_timed.py). An
    until-clause refuses only under a negation; "we will back it until hell freezes over" is forever (forever())."""
    if condition.normalized.split(":")[0] not in TIMED | {"if", "unless"} or not NEVER_MET.search(condition.text):
        return False
    return condition.normalized.split(":")[0] != "until" or _until_negated(condition, doc)


def forever(condition: Condition, doc: Doc) -> bool:
    """"We will back it until hell freezes over": an until-clause never to be met on a verb not negated says how long,
    for ever, no condition; the verb's own side stands (tests/judge/test_conditions_timed.py)."""
    return (condition.normalized.split(":")[0] == "until" and bool(NEVER_MET.search(condition.text))
            and not _until_negated(condition, doc))


def _until_negated(condition: Condition, doc: Doc) -> bool:
    """"not until ...", "will never sign it until ...", "won't back it till ...": the until-clause's refusal."""
    if "not until" in condition.text.lower() or "not till" in condition.text.lower():
        return True
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in {"not", "never", "n't"}:
        return True
    hung = _hung_on(condition, doc)
    return hung is not None and denied_here(hung[1].head)


# Adverbs of how often that make a clause of time a habit told ("boards usually back a sale once an offer is tabled").
HABITUAL = frozenset({"usually", "often", "always", "typically", "generally", "normally", "invariably", "routinely",
                      "seldom", "rarely", "frequently"})


def habitual(condition: Condition, doc: Doc) -> bool:
    """A once/when/unless/if clause on a verb said with an adverb of how often, under no modal ("boards usually back a
    sale once an offer is tabled", "boards often back a sale when the price is right", "councils rarely sell land unless
    ..."): what tends to happen, told, not a condition a side is held on (session 31; unless/if session 34;
    tests/judge/test_conditions_timed.py::test_a_habit_told, test_conditions_said.py::test_a_habit_told_with_unless)."""
    hung = _clause_on(condition, doc, {"once", "when", "unless", "if"})
    if hung is None:
        return False
    span, _, verb = hung
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    if any(t.lower_ in FIRST_PERSON | {"us", "me", "our", "my"} for t in span) or any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FIRST_PERSON for c in verb.children):
        return False  # "always a test for us when we judge a bid": the speaker's own practice, a policy
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children)


# Auxiliaries of a finite verb said as a fact (tense and voice), as against a modal's or an infinitive's.
TENSE_AUX = frozenset({"be", "have", "do"})
# The speaker's own subjects: "we stay out until the rules are met" is a policy, not a narration.
OWN_SUBJECTS = frozenset({"i", "we"})


def narrated(condition: Condition, doc: Doc) -> bool:
    """An until-clause on a verb said as a fact, in the present or past, of someone other than "I"/"we", neither
    negated nor under a modal ("the hearing has been postponed until after the holidays", "the committee meets
    daily until the vote"): it dates what happens, a narration, not a condition a side is held on. "would not
    join until ...", "should pause until ...", "asked it to wait until ...", "we stay out until ...", "not until
    ...", "only until ..." stay conditions (tests/judge/test_conditions_timed.py)."""
    hung = _clause_on(condition, doc, {"until"})
    if hung is None:
        return False
    span, top, verb = hung
    if span[0].lower_ in RESTRICTING - {"even"} or _restricted_before(span, doc):
        return False
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"xcomp", "advcl", "acl", "relcl", "pcomp"}:
        return False
    if verb.lemma_.lower() in POSITION_VERBS:
        return False  # "the union opposes the library until the survey is done": a side held on it, reported
    if verb.lemma_.lower() == "have" and top.dep_ == "prep":
        return False  # "the council has until the spring to approve it": a deadline set, as in dates_another_thing
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ not in {"VBZ", "VBP", "VBD"} and not (verb.tag_ in {"VBN", "VBG"} and aux):
        return False  # an infinitive, an imperative, a bare participle: what is urged or reported, not narrated
    if any(a.tag_ == "MD" or a.lower_ == "to" or a.lemma_.lower() not in TENSE_AUX for a in aux):
        return False  # "would wait until", "is going to wait until": what is to come
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)
    if (any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in verb.children) and not past) or any(
            c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return False  # "does not join until" (the requirement framed), "if it waits until"; a reported clause's "that"
        # marks nothing of the kind ("said that the files sat in a drawer until the fuss died down": told; session 33,
        # tests/judge/test_conditions_timed.py::test_a_time_told_in_a_reported_clause)
    # (negated in the past, "the board did not reply until March", "was not given until after 9 p.m.": what happened,
    # told; session 31, tests/judge/test_conditions_timed.py::test_a_past_refusal_told)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return bool(subjects) and not any(s.lower_ in OWN_SUBJECTS for s in subjects)


# Words that, opening a clause of time or standing right before it, restrict or deny it ("only until", "not until",
# "just until", "even until"): a condition held, not a time told (narrated, act_done_until).
RESTRICTING = frozenset({"only", "not", "never", "just", "even"})


def _restricted_before(span: Span, doc: Doc) -> bool:
    return span.start > 0 and doc[span.start - 1].lower_ in RESTRICTING


def _hung_on(condition: Condition, doc: Doc) -> tuple[Span, Token] | None:
    """The condition's span and its first word whose head stands outside it (the clause's top word: its head,
    `top.head`, is the word the clause hangs on), or None when the span is not found or hangs on nothing."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return None
    inside = set(range(span.start, span.end))
    top = next((t for t in span if t.head.i not in inside), None)
    if top is None or top.head.i == top.i:
        return None
    return span, top


def _clause_on(condition: Condition, doc: Doc, markers: set[str]) -> tuple[Span, Token, Token] | None:
    """`_hung_on` for a condition opened by one of `markers` ("until", "while", ...), with the word its clause hangs on
    (`top.head`, the verb the rules read); None for another marker or a clause hung on nothing."""
    if condition.normalized.split(":")[0] not in markers:
        return None
    hung = _hung_on(condition, doc)
    return None if hung is None else (*hung, hung[1].head)


def act_done_until(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """An until-clause hung on the question's own act, said and not denied ("the new wing should be shut until the
    wiring is checked" under a question of shutting it; "the pier should be closed pending an inspection" under one of
    halting it): the act is wanted now, for a time, which supports it; it is no side held on a condition. "would not
    open it until ...", "only until ...", "not until ..." and a verb of taking a side ("will back it until ...") are
    left to the other rules (session 32; tests/judge/test_conditions_timed.py::test_the_act_itself_until)."""
    if condition.text.lower().startswith(("only", "not", "never")):
        return False
    hung = _clause_on(condition, doc, {"until"})
    if hung is None:
        return False
    span, _, verb = hung
    if _restricted_before(span, doc):
        return False
    if verb.pos_ != "VERB" or negated(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma in terms.event or bool(terms.privative and restates(verb, terms) > 0)


# Verbs of looking on that, denied, refuse to let a thing happen ("will not stand by while ...", "won't sit
# quietly while ...", "cannot look on while ..."), with the words that make some of them so ("by", "on", "quietly").
LOOKING_ON = frozenset({"stand", "sit", "look", "watch", "stay", "remain", "keep"})
LOOKING_ON_WORDS = frozenset({"by", "on", "idly", "quietly", "silent", "quiet", "back", "aside"})


def not_standing_by(condition: Condition, doc: Doc) -> Span | None:
    """A while-clause on a denied verb of looking on ("We shall not stand by while the council sells the hall", "I will
    not sit idly while they close it"): the speaker refuses to let what the clause says happen, a side taken
    against it now, not a condition. Returns the clause's words (their sign, reversed, is the side), or None
    (session 32; tests/judge/test_conditions_timed.py::test_not_standing_by_while)."""
    hung = _clause_on(condition, doc, {"while"})
    if hung is None:
        return None
    span, _, verb = hung
    if verb.lemma_.lower() not in LOOKING_ON:
        return None
    words = {c.lower_ for c in verb.children} | {g.lower_ for c in verb.children if c.dep_ in {"acomp", "advmod", "prt"}
                                                  for g in c.children}
    if verb.lemma_.lower() != "watch" and not words & LOOKING_ON_WORDS:
        return None  # "we will not sit while ...", "would not stay while ...": no looking on said
    return span if negated(verb) or any(c.dep_ == "neg" for c in verb.children) else None


# Verbs of seeming (said_state.py's, and "appear"): "sounds like a bargain until you read the small print" says the
# appearance is undone.
SEEMING = SEEMS_LIKE | {"appear"}


def appearance_undone(condition: Condition, doc: Doc) -> bool:
    """An until-clause on a verb of seeming in the simple present, under no modal and not negated ("The plan sounds like
    a bargain until you read the small print", "It looks cheap until the bills arrive"): what seems so stops seeming so
    once the clause happens, an argument against the appearance, not a condition a side is held on; the side is the
    appearance's reversed (stance.py) (session 34; tests/judge/test_conditions_said.py::test_an_appearance_undone_until)."""
    hung = _clause_on(condition, doc, {"until"})
    if hung is None:
        return False
    span, _, verb = hung
    return verb.lemma_.lower() in SEEMING and verb.tag_ in {"VBZ", "VBP"} and not _restricted_before(span, doc) and not any(
        c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children)


# Nouns of a side held ("will keep its objection", "will go on voicing our opposition"): a refusal or a support kept up
# until X is a side held on X, a condition still.
SIDE_NOUNS = SIDING_NOUNS | frozenset({"objection", "opposition", "veto", "boycott", "resistance", "protest", "campaign"})


# Verbs of pressing for something (act_demanded.PRESSING and the like): a course of pressure kept up until X presses
# for X, a side held on it (or, X the question's act, a demand of it: act_demanded._pressed_until).
PRESSURE = PRESSING | frozenset({"lobby", "sue", "challenge", "appeal", "demonstrate", "agitate", "petition"})


def kept_up_until(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """An until-clause on a course said to go on ("will keep filing claims until ...", "couriers will go on paying for
    their bikes until the rules change", "prices will keep rising until ..."), not negated nor framed ("only until",
    "not until"), whose own verb names neither the question's act nor a side taken ("back", "vote for", "oppose") and
    whose words hold no noun of a side ("keep up our objection"): how long a course lasts, a time, not a term the
    speaker's side is held on; the statement keeps the side its words say (issue 9, session 40;
    tests/judge/test_conditions_timed.py::test_a_course_kept_up_until, guards ::test_a_side_kept_up_until_stays)."""
    hung = _clause_on(condition, doc, {"until"})
    if hung is None:
        return False
    span, _, verb = hung
    if span[0].lower_ in RESTRICTING or _restricted_before(span, doc):
        return False
    inside = set(range(span.start, span.end))
    doing: Token | None
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and _going_on(verb.head):
        course, doing = verb.head, verb  # "keep filing claims until ...", the clause hung on "filing"
    elif _going_on(verb):  # the clause hung on "keep" itself, the course's verb beside it ("go on paying")
        course = verb
        doing = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG" and c.i > verb.i
                      and c.i not in inside), None)
    else:
        return False  # (not "keep the tariff until ...", "stay closed until ...": a state held, read by stance.extent)
    if doing is None or doing.pos_ != "VERB" or any(negated(v) or any(c.dep_ == "neg" for c in v.children)
                                                     for v in (course, doing)):
        return False  # "will not keep paying until ...": a refusal, a condition
    if doing.lemma_.lower() in PRESSURE:
        return False  # "will keep protesting until the exemption is granted": pressure held on X, a condition
    words = [t for t in doing.subtree if t.i not in inside]  # (the course verb itself, "go", "keep", is no side)
    # a side or a refusal kept up ("keep backing it", "keep opposing it", "go on voicing our objection"): a condition
    return not any(_names_the_act(t, terms) or t.lemma_.lower() in SIDE_NOUNS or word_sign(t, terms) < 0 for t in words)


def _going_on(verb: Token) -> bool:
    """untenable.goes_on, and "go on"/"carry on" with an "on" the parser read as a preposition with no object ("will go
    on paying for their bikes")."""
    return goes_on(verb) or (verb.lemma_.lower() in GOING_ON and any(
        c.lower_ == "on" and c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children))
