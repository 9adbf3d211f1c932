"""What one article says about candidate propositions, for proposing a question when none is
given: frames are counted per article in the map and summed over the corpus in the reduce
(question.propose_question).

A frame is an act done to something: a verb with its object ("approve the merger", "phase out
coal power", "sign a peace treaty", "Vedder wins re-election", "X joins Y"), with its subject, how
contested the sentence makes it (a modal, a negation, a stance verb governing it: "will approve",
"urged it to sign", "would not back"), and the phrases the corpus writes its object with
("the Korvax-Tessel merger", "the Water Metering Bill"). Nothing here knows a topic: any verb
of the article may be the proposition's. This module decides what a verb does (`_frame`: its act,
object, subject and weight; a person's own act; a thing's own happening); which nouns name acts is
frames_nouns.py's, how a thing is written frames_words.py's, the state a verb keeps or puts its object in
frames_states.py's, whom it is for frames_recipients.py's, who does it where the parse leaves it unsaid
frames_roles.py's.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

import numpy
from spacy.tokens import Doc, Token

from .clauses import said_in_past
from .frames_denied import denied
from .frames_exists import said_to_exist
from .frames_nouns import (
    BEINGS,
    CONSENTING,
    PARTICLES,
    acts_as_body,
    consent_given,
    is_decree,
    is_event_noun,
    lexfile,
    member_body,
    named_act,
    particle_noun,
)
from .frames_order import said_first
from .frames_phrasal import moving, particle_of_object, reflexive_phrase
from .frames_recipients import given_to, recipient_of
from .frames_roles import COMPLEMENTS, obliged, raised_subject, raises_subject, reduced_passive, verb_subject, zero_relative_gap
from .frames_states import duration_object, kept_state, made_state
from .frames_times import time_of, times_written
from .frames_timing import TIMING_WORDS, timing_said
from .frames_words import compared_option, head_key, headline_questions, headline_words, written_name, written_phrase, written_sum
from .lexicon import GENERIC_THINGS, GENERIC_VERBS, MEMBERSHIP, SIDE_VERBS, SPEECH_VERBS, words
from .text import with_lemma, with_pos

# ... of them, those that say nothing of a thing's fate without an object or complement ("the plan
# will be", "the deal does", "the strike could run into June"); "the truce will hold", "talks will begin" do.
LIGHT_VERBS = GENERIC_VERBS - words("hold start begin")
# ... of them, those that bring an event about when it is their object ("call an election", "hold a
# referendum"): an act, but only when contested (`_convened`).
CONVENING_VERBS = words("call hold")
MODALS = frozenset({"will", "would", "should", "could", "may", "might", "must", "shall", "can", "'ll", "wo", "ca"})
# The parts of speech a token of frames_of's loop must have for any of its tests to hold (particle_noun
# needs a particle, PARTICLES, instead): the others are passed over (tests/test_question_frames_gate.py).
_FRAMED_POS = frozenset({"NOUN", "PROPN", "VERB"})


def frames_of(sdoc: Doc, title: str | None = None) -> dict[str, Any]:
    """What one parsed article contributes to proposing a question: its frames (act, object head,
    subject, weight), the phrases its objects are written with, every "X join(s) Y" pair, the
    countries and organisations named in sentences with a membership word, the nouns speakers
    take sides on, and the words of its headline (`title`: what the article is about)."""
    # (_membership_pair's first test is its lemma; a sentence's, a lemma of MEMBERSHIP)
    pairs = [list(pair) for i in numpy.flatnonzero(with_lemma(sdoc, _membership_lemma)).tolist()
             if (pair := _membership_pair(sdoc[i]))]
    gpe: Counter[str] = Counter()
    org: Counter[str] = Counter()
    membership = with_lemma(sdoc, _lower_in_membership)
    for sent in sdoc.sents:
        if not membership[sent.start:sent.end].any():
            continue
        for ent in sent.ents:
            if ent.label_ == "GPE":
                gpe[ent.text] += 1
            elif ent.label_ == "ORG":
                org[ent.text] += 1
    acts: Counter[str] = Counter()
    subjects: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    names: Counter[str] = Counter()
    cased: Counter[str] = Counter()
    events: Counter[str] = Counter()
    recipients: dict[str, int] = {}
    states: dict[str, int] = {}
    forms: Counter[str] = Counter()
    duties: dict[str, int] = {}
    past: dict[str, int] = {}
    bounds: dict[str, int] = {}
    causes: dict[str, int] = {}
    done: dict[str, int] = {}
    degrees: dict[str, int] = {}
    complements: dict[str, int] = {}
    firsts: dict[str, int] = {}
    exists: dict[str, int] = {}
    timing: dict[str, int] = {}
    denials: dict[str, int] = {}
    for tok in sdoc:
        if tok.lower_ in TIMING_WORDS and (timed := timing_said(tok)) is not None:
            timing[timed] = 1  # "it is (not) too soon", "would be premature": whether the act comes too soon (per article)
        if tok.dep_ == "attr" and (there := said_to_exist(tok)) is not None:
            exists[there] = 1  # "there is a shortage", "there is no shortage": whether a thing is there (per article)
        if tok.lower_ == "first" and (ahead := said_first(tok)) is not None:
            firsts[ahead] = 1  # "build the pier first", "the ferry goes first": the order argued (per article)
        if (held := _property(tok)) is not None:
            # "the paint is not safe", "the trams are cheaper": a property said of a thing, weighted by how contested
            # ("Is the paint safe?"; tests/test_question_shapes.py::test_question_proposed_a_property)
            acts[f"{PROPERTY}{tok.lemma_.lower()}\t{head_key(held[0])}"] += held[1]
            # "the trams are cheaper than buses", "the charges are too high", "the new fares are high": the degree it is
            # said in ("" plain), with what it is said of and compared with, as written ("Are the trams cheaper?", "Are the
            # new fares high?"; tests/test_question_degrees.py)
            key = "\t".join((f"{PROPERTY}{tok.lemma_.lower()}", head_key(held[0]), degree_of(tok) or "", _as_said(held[0]),
                              _compared_with(tok), "are" if held[0].tag_ in {"NNS", "NNPS"} else "is"))
            degrees[key] = degrees.get(key, 0) + 1
            if complement := _complement(tok):
                # "the drones are not ready for Kelmarsh": what the property is held against, per article ("Are the
                # drones ready for Kelmarsh?"; tests/test_question_evaluations.py)
                complements[f"{PROPERTY}{tok.lemma_.lower()}\t{head_key(held[0])}\t{complement}"] = 1
            continue  # (an adjective, which the frames below do not read: a property gives its thing no phrase)
        if tok.pos_ not in _FRAMED_POS and tok.lower_ not in PARTICLES:
            continue  # (speed only: every test below first needs a noun, a name, a verb or a particle)
        if noun := particle_noun(tok):
            events[noun] += 1  # "the phase-out"
        if tok.pos_ == "NOUN" and tok.is_alpha and (is_event_noun(tok.lemma_.lower()) or is_decree(tok.lemma_.lower())):
            events[tok.lemma_.lower()] += 1
            phrase = written_phrase(tok)
            if phrase and (phrase[:1].isupper() or any(w[:1].isupper() for w in phrase.split()[1:])):
                phrases[f"{tok.lemma_.lower()}\t{phrase}"] += 1
        elif tok.pos_ in {"NOUN", "PROPN"} and any(c.pos_ == "PROPN" and c.dep_ in {"compound", "poss"} for c in tok.children):
            if phrase := written_phrase(tok):  # "the Korvax-Tessel merger", "the Water Metering Bill"
                phrases[f"{head_key(tok)}\t{phrase}"] += 1
        if named := named_act(tok):  # "the ban on private cars", "the extradition of Olsund": ban cars, extradite Olsund
            verb, obj = named
            # contested when a stance verb or a modal governs it ("demanded the sacking of", "the ban
            # would hurt trade")
            governor = tok.head
            contested = governor.lemma_.lower() in SIDE_VERBS or any(c.lower_ in MODALS for c in governor.children)
            acts[f"{verb}\t{head_key(obj)}"] += 1 + contested
            if obj.pos_ == "PROPN":
                names[head_key(obj)] += 1
        if tok.pos_ == "NOUN" and (receiver := recipient_of(tok)) is not None and (name := written_name(receiver[1])):
            recipients[f"{head_key(tok)}\t{receiver[0]} {name}"] = 1  # "asylum for Dravet"
        frame = _frame(tok)
        if frame is None:
            if (given := given_to(tok)) is not None:
                recipients[given] = 1  # "give the bronzes to Almara": a verb too general to be an act says whom for
            continue
        act, obj, subject, weight, doer = frame
        if " " in act and is_event_noun(act.replace(" ", "-")):
            events[act.replace(" ", "-")] += 1  # "phase out coal" names the phase-out too
        head = head_key(obj)
        acts[f"{act}\t{head}"] += weight
        if obj.pos_ == "PROPN":
            names[head] += 1
            if name := written_name(obj):
                cased[f"{head}\t{name}"] += 1  # "Ardessa", "the Northern Isles": a name as written
        if subject:
            subjects[f"{act}\t{head}\t{subject}"] += 1
        if when := time_bound(tok):
            bounds[f"{act}\t{head}\t{when}"] = 1  # "ration water this summer", "end before May" (per article)
        if said_in_past(tok):
            past[f"{act}\t{head}"] = 1  # "knew about the leak", "did not know": said as past (per article)
        if denied(tok):
            denials[f"{act}\t{head}"] = 1  # "denied that she misled the panel": a fact contested (per article)
        if subject is None and (cause := _cause(doer)):
            causes[f"{act}\t{head}\t{cause}"] = 1  # "the scheme has cut pollution": a thing as the cause (per article)
        if aspect := _done(tok):
            done[f"{act}\t{head}\t{aspect}"] = 1  # "has cut", "cut": said as done, with its tense (per article)
        if (receiver := recipient_of(tok)) is not None and (name := written_name(receiver[1])):
            recipients[f"{head}\t{receiver[0]} {name}"] = 1  # (per article: summed, the articles naming them)
        if state := kept_state(tok, obj) or (made[1] if (made := made_state(tok)) else None):
            states[f"{act}\t{head}\t{state}"] = 1  # "keep rates unchanged", "make X car-free": the state it is put in
        phrase = written_sum(obj) or written_phrase(obj)  # ("repay 12 million crowns": a sum is written with its figure)
        if phrase and obj.pos_ == "NOUN" and not is_event_noun(obj.lemma_.lower()):
            phrases[f"{head}\t{phrase}"] += 1
        if not act.startswith(INTRANSITIVE) and (duty := obliged(tok)):
            duties["\t".join((act, head, *duty))] = 1  # "require cyclists to wear helmets": a duty on a class
        if obj.pos_ == "NOUN" and obj.is_alpha:
            forms[f"{head}\t{obj.lower_}"] += 1  # "the talks", "helmets": the number the corpus writes it in
    return {"pairs": pairs, "gpe": dict(gpe), "org": dict(org), "objects": dict(_side_objects(sdoc)),
            "acts": dict(acts), "subjects": dict(subjects), "phrases": dict(phrases),
            "names": dict(names), "cased": dict(cased), "events": dict(events), "headline": headline_words(sdoc, title),
            "asked": headline_questions(sdoc, title),
            "recipients": recipients, "states": states, "forms": dict(forms),
            "duties": duties, "past": past, "bounds": bounds, "causes": causes, "done": done, "degrees": degrees,
            "complements": complements, "firsts": firsts, "exists": exists,
            "timing": timing, "denied": denials, "times": times_written(sdoc)}


def _fixed_complement(tok: Token, lemma: str) -> str | None:
    """The adverb or adjective written right after a verb that WordNet keys with it as one verb ("break even", "fall
    short", "stand firm", "stay put"): the parse makes it an advmod or acomp, and without it the act is another one
    ("Will the fair break?"). Catches an idiom's complement the parse gives no particle; pinned by
    tests/test_question_phrasal.py::test_frames_a_verb_and_its_fixed_complement_are_one_act."""
    from ..judge.wordnet import wordnet

    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (its own, or hung on a time after it: "break even this summer" parsed "even this summer"; not on another word
    # after it, "go far beyond the plan": tests/test_question_phrasal.py::test_frames_an_adverb_on_a_later_word_is_no_complement)
    if nxt is None or nxt.dep_ not in {"advmod", "acomp"} or nxt.pos_ not in {"ADV", "ADJ"} or not nxt.is_alpha \
            or not (nxt.head == tok or (nxt.head.head == tok and nxt.head.i > nxt.i and nxt.head.dep_ == "npadvmod")):
        return None
    return nxt.lower_ if wordnet().synsets(f"{lemma}_{nxt.lower_}", "v") else None


def _frame(tok: Token) -> tuple[str, Token, str | None, int, Token | None] | None:
    """(act, object, subject, weight, the subject's token) of a verb with a noun object, or None; or of a contested
    intransitive act whose subject is the thing (act marked INTRANSITIVE: "the ceasefire will hold",
    weight 2 or more only). The weight is `_weight`'s."""
    if tok.pos_ != "VERB" and not _verb_tagged_noun(tok):
        return None
    children = list(tok.children)  # read once: each reading of `children` builds its tokens anew
    # ("ahead" of "go ahead" is tagged an adverb: it is the particle of the act of happening at all)
    lemma = tok.lemma_.lower()
    particles = [c.lower_ for c in children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "ahead")]
    if not particles and (fixed := _fixed_complement(tok, lemma)) is not None:
        particles = [fixed]  # "will the fair break even?": the idiom whole, not "break" (`_fixed_complement`)
    if not particles and (role := _role_sought(children)):
        particles = ["for", role]  # "run for president", "stand for mayor": seeking a role is an act
    # (not past a direct object: "keep lorries out of the centre" keeps the lorries out, it runs out of no centre)
    phrasal = particle_of_object(children) if len(particles) <= 1 and not any(c.dep_ == "dobj" for c in children) \
        else None
    if phrasal is not None and not _named_doer(tok, children):
        phrasal = None  # ("silt drained out of the quarry": a thing moving out of a place, no act done to it)
    if phrasal is not None and moving(lemma, phrasal[1].lemma_.lower()) and _told_plainly(tok):
        # "the minister came out of the meeting": a doer's movement told plainly, out of a place, no act done to it
        # (frames_phrasal.moving; tests/test_question_phrasal.py::test_frames_a_person_leaving_a_place_is_no_act,
        # ::test_frames_running_out_of_a_thing_told_plainly_is_an_act)
        phrasal = None
    if (reflexive := reflexive_phrase(children)) is not None:
        # "the ferry pays for itself (ten times over)": the reflexive kept, a particle after it dropped
        # (frames_phrasal.py; tests/test_question_phrasal.py)
        particles = [c.lower_ for c in children if c.dep_ == "prt" and c.i < reflexive[1]] + reflexive[0]
    elif phrasal is not None:
        particles = [phrasal[0], "of"]  # "will run out of water": the act "run out of" (frames_phrasal.py)
    act = " ".join([lemma, *particles])
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is not None and (left := obj.left_edge.i) >= tok.i + 3 and tok.doc[left - 1].lower_ == "not" \
            and tok.doc[left - 2].text == ",":
        # "the trouble is planning, not (the) money": the thing after ", not" is contrasted away, no object acted on (a noun
        # "planning" parsed a verb; q_enough's "Will the money be planned?"; tests/test_question_things.py::
        # test_frames_no_act_on_a_thing_contrasted_away)
        return None
    if obj is None and reflexive is None and phrasal is not None:
        obj = phrasal[1]  # (its object the noun after "of": "Will the town run out of water?")
    subject = verb_subject(children, tok)
    asking = False  # a consent won or sought for the thing: its subject is not who consents
    if obj is not None and (consent := consent_given(tok, obj, children)) is not None:
        # "give the go-ahead to the quarry", "won planning permission for the quarry": the quarry approved, by the
        # giver (tests/test_question_named_acts.py::test_frames_a_consent_given_to_a_thing)
        obj, asking = consent[0], not consent[1]
        act = lemma = CONSENTING
        particles = []
        subject = None if asking else subject
    if obj is None and lemma in knowing() and (known := _known(children)) is not None:
        # "Osgrave knew about the leak", "did not know of the leak": what is known is the thing, with its preposition
        # ("Did Osgrave know about the leak?"; tests/test_question_shapes.py::test_question_proposed_a_fact_known)
        obj, preposition = known
        particles = [preposition]
        act = f"{lemma} {preposition}"
    if obj is None and subject is not None and reduced_passive(tok, subject, children):
        obj, subject = subject, None  # "the members want Drellan expelled": Drellan is expelled, by nobody named
    if subject is None and obj is None and raises_subject(tok):
        subject = raised_subject(tok)  # "the ceasefire is likely to fall apart": what "is likely" to
    if obj is None and subject is not None and zero_relative_gap(tok, children):
        return None  # "a demand any buyer can meet", "the tower the city wants to demolish": no act of its own
    # "the coalition would not survive the spring": how long it lasts, not what it survives
    duration = obj if subject is not None and duration_object(tok, obj) and _happening(tok, subject, obj) else None
    obj = None if duration is not None else obj
    if obj is None and subject is not None and (particles or lemma not in _LIGHT_OR_SPEECH) and _happening(
            tok, subject, duration):  # (a report "warns", a study "argues": speech, not an act that may happen)
        # "the ceasefire will hold", "is the strike going to end": the thing is the subject of an
        # intransitive act, marked INTRANSITIVE so the question keeps it ("Will the ceasefire hold?").
        return (INTRANSITIVE + act, subject, None, weight, None) if (weight := _weight(tok)) > 1 else None
    if obj is None and (person := _acting_person(tok, subject)) is not None and (
            particles or (lemma not in _LIGHT_SPEECH_GENERIC and not _being_or_saying(lemma))):
        # "Varnak refuses to resign", "the premier urged Varnak to step down": a person's own act, done to
        # nothing, marked INTRANSITIVE with the person as its thing ("Will Varnak resign?"); contested only
        # (tests/test_question.py::test_question_proposed_a_persons_own_act).
        return (INTRANSITIVE + act, person, None, weight, None) if (weight := _weight(tok)) > 1 else None
    if obj is None and (made := made_state(tok)) is not None:
        obj = made[0]  # "make the harbour district traffic-free": the district, put in a state
    elif not particles and lemma in GENERIC_VERBS and not (lemma in CONVENING_VERBS and _convened(obj, tok)) \
            and kept_state(tok, obj) is None:  # ("keep rates unchanged" is an act: `kept_state`)
        return None
    if obj is None:
        obj, subject = next((c for c in children if c.dep_ == "nsubjpass"), None), None
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is not None:
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if obj is not None and obj.lower_ in PERSONAL_OBJECTS:
        obj = _person_before(obj)  # "the Senate will confirm him": the person named last
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not particles and lemma in SPEECH_VERBS and (not _personal(obj) or any(
            c.dep_ in {"ccomp", "xcomp"} for c in children)):
        # A verb of saying done to a name or a person is an act ("the Senate confirmed Darvas", "voters
        # may recall the mayor"), to a noun a report ("confirmed the figures"), with what was said a
        # report to someone ("warned Vedder that").
        return None
    if subject is None and raises_subject(tok) and not asking:
        subject = raised_subject(tok)
    weight = _weight(tok)
    if subject is not None and subject.pos_ == "NOUN":  # "the opposition bloc, the X Alliance, will": the name acts
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    name = written_name(subject) if subject is not None else None
    if name and subject is not None and subject.ent_type_:
        name = f"{name}|{subject.ent_type_}"
    elif name is None and subject is not None and subject.pos_ == "NOUN" and acts_as_body(subject.lemma_.lower()):
        name = f"the {subject.lemma_.lower()}|BODY"  # "the council approved", "the region should hold a vote"
    elif name is None and subject is not None and subject.tag_ == "NNS" and (body := member_body(subject.lemma_.lower())):
        name = f"the {body}|BODY"  # "councillors will vote on whether to grant": the council, the body they sit on
    return act, obj, name, weight, subject


def _told_plainly(tok: Token) -> bool:
    """A verb said as a fact, reported or not ("came out of the meeting", "X came out of it, a reporter said"): no modal
    or negation on it, no verb governing it as its complement ("vowed to stride out"), no stance word over it
    (`_weight`'s tests, a reported clause's ccomp not counted)."""
    return not _modal_or_governed(tok, {"xcomp"}) and not _under_stance_word(tok)


def _named_doer(tok: Token, children: list[Token]) -> bool:
    """The verb's subject (or the subject it is raised from) is a name, or a noun for a body or a person: who may run
    out of something or pull out of it ("Tarnley will run out of fuel"), not a thing moving out of a place ("silt
    drained out of the quarry"); tests/test_question_phrasal.py::test_frames_a_thing_moving_out_of_a_place_is_no_act.
    The doer alone is read, not the "of" object: a person moving out of a place ("the minister came out of the
    meeting", "moved out of the flat") passes too. (WordNet's files do not part them: "time" and "race" are noun.event,
    "deal" noun.act, which a body runs out of or pulls out of; "meeting" is noun.group, "flat" noun.object.)"""
    doer = verb_subject(children, tok) or (raised_subject(tok) if raises_subject(tok) else None)
    if doer is None:
        return False
    return doer.pos_ == "PROPN" or doer.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or (
        doer.pos_ == "NOUN" and (acts_as_body(doer.lemma_.lower()) or lexfile(doer.lemma_.lower()) in BEINGS))


@lru_cache(maxsize=1)
def knowing() -> frozenset[str]:
    """"know" and WordNet's words for its first two senses ("cognise"): verbs whose "about"/"of" object is a fact
    known."""
    from ..judge.wordnet import wordnet

    return frozenset({"know"} | wordnet().synonyms("know", "v", senses=2))


def _known(children: list[Token]) -> tuple[Token, str] | None:
    """(the noun, the preposition) of a verb's "about" or "of" phrase ("knew about the leak"), or None."""
    for child in children:
        if child.dep_ == "prep" and child.lower_ in {"about", "of"}:
            noun = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
            if noun is not None:
                return noun, child.lower_
    return None


def time_bound(verb: Token) -> str | None:
    """The time an act is bounded by, as written: a date after "before", "by" or "until" ("end before May"), or
    a date said as this or next one ("ration water this summer"), read on the verb's own children (`time_of`); None
    otherwise ("on Monday" dates a report)."""
    return next((when for child in verb.children if (when := time_of(child)) is not None), None)


def _cause(subject: Token | None) -> str | None:
    """A thing named as what does an act, as written ("the scheme has cut pollution": "the Larkhill road scheme"): a
    common noun that is no person, body of people or place, keyed "<lemma>|<phrase>"; None for anything else (a name, a
    pronoun, "the council": who decides is the frame's subject; tests/test_question_causes.py)."""
    if subject is None or subject.pos_ != "NOUN" or not subject.is_alpha or subject.ent_type_:
        return None
    lemma = subject.lemma_.lower()
    if acts_as_body(lemma) or _may_be_doer(lemma):
        return None
    return f"{lemma}|{written_phrase(subject) or 'the ' + subject.lower_}"


@lru_cache(maxsize=4096)
def _may_be_doer(noun: str) -> bool:
    """A noun whose first or second WordNet sense is a person or a body of people ("authority", "cabinet", "regulator",
    "bank"): who may decide, not a thing that did something (tests/test_question_causes.py)."""
    from ..judge.wordnet import wordnet

    return bool(set(wordnet().lexfiles(noun, "n", senses=2)) & BEINGS)


def _done(verb: Token) -> str | None:
    """How an act is said as done: "perfect" ("has cut", "have reduced"), "past" ("cut", "did cut", "had cut"), else
    None ("will cut", "cuts"); the question asks "Has ...?" or "Did ...?" by it (tests/test_question_causes.py::
    test_question_a_cause_said_in_the_simple_past_is_asked_with_did)."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ == "VBN" and aux & {"has", "have", "'ve", "'s"}:
        return "perfect"
    return "past" if said_in_past(verb) else None


def _verb_tagged_noun(tok: Token) -> bool:
    """A verb the tagger calls a noun whose parse is a verb's: a modal on it and an object ("the council will ration
    water": "ration" tagged NOUN; tests/test_question_shapes.py::test_frames_a_time_bound_is_before_by_until_or_this)."""
    if tok.pos_ != "NOUN":
        return False
    children = list(tok.children)
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in children) and any(c.dep_ == "dobj" for c in children)


def _property(adj: Token) -> tuple[Token, int] | None:
    """(the thing, the weight) of an adjective said of a noun by "be" (`_weight` of the copula: "the paint is not safe",
    "will be safe", "insists the paint is safe" weigh 2 or more; "the trams are cheaper" said plainly 1: an evaluation
    is asserted as often as it is contested, session 25; tests/test_question_shapes.py); "she"/"he" is the person named
    last ("she is not fit for office"); None for an adjective before its noun."""
    if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.head.lemma_.lower() != "be":
        return None
    copula = adj.head
    thing = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if thing is not None and thing.lower_ in PERSONAL_OBJECTS:
        # "she is not fit for office": the person named last (tests/test_question_shapes.py::
        # test_frames_a_property_said_of_she_is_said_of_the_person_named_before)
        thing = _person_before(thing)
    if thing is None or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    return thing, _weight(copula)


# Words that put an adjective in a degree: a comparison ("more reliable", "less safe") or an excess ("too high").
DEGREE_WORDS = frozenset({"more", "less", "too"})
# Determiners that are the speaker's own ("your buses", "our figures"): a question writes "the" for them.
_OWN_DETERMINERS = frozenset({"your", "our", "my"})


def degree_of(adj: Token) -> str | None:
    """How a property is said in degree, as written and lower-cased: a comparative ("cheaper", "better"), an adjective
    after "more", "less" or "too" ("more reliable", "too high"); None for the plain adjective ("cheap", "far cheaper" is
    "cheaper"). The comparison or the excess is the proposition's own word, which the lemma loses ("better" -> "good";
    tests/test_question_degrees.py)."""
    word = next((c.lower_ for c in adj.children if c.dep_ == "advmod" and c.lower_ in DEGREE_WORDS and c.i < adj.i), None)
    if word is not None:
        return f"{word} {adj.lower_}"
    return adj.lower_ if adj.tag_ == "JJR" else None


def _as_said(thing: Token, bare: str = "the ") -> str:
    """The thing a property is said of, as written ("electric buses", "the Dunholt trams"; a bare common noun with "the"):
    a speaker's own "your" or "our" written "the", a word that is no name lower-cased at the start of a sentence
    ("Electric buses are ...")."""
    words = written_phrase(thing) or (thing.text if thing.pos_ == "PROPN" else f"{bare}{thing.lower_}")
    first, _, rest = words.partition(" ")
    if first.lower() in _OWN_DETERMINERS and rest:
        return f"the {rest}"
    opening = next((t for t in thing.subtree if t.text == first), None)
    return f"{first.lower()} {rest}".strip() if opening is not None and opening.pos_ != "PROPN" else words


def _complement(adj: Token) -> str | None:
    """What a property is said against, "for" and a noun or a name after the adjective, as written ("ready for
    Kelmarsh", "safe for the riders", "fit for office": "for Kelmarsh", "for the riders", "for office"); None without one,
    or for a pronoun ("ready for us")."""
    prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > adj.i), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    det = next((c for c in noun.children if c.dep_ == "det" and c.i == noun.i - 1), None)
    # (a noun with only its article is written with it, "for the pupils"; a bare one bare, "for office")
    return f"for {_as_said(noun, bare=f'{det.lower_} ' if det is not None else '')}"


def _compared_with(adj: Token) -> str:
    """What a comparative is compared with, as written after "than" ("than buses" -> "buses"; also under the infinitive
    it governs, "cheaper to run than diesels"), else ""."""
    heads = [adj, *(c for c in adj.children if c.dep_ == "xcomp")]
    than = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "than"), None)
    noun = compared_option(than) if than is not None else None
    return _as_said(noun, bare="") if noun is not None else ""  # ("cheaper than buses": a bare noun as written)


def _convened(obj: Token | None, verb: Token) -> bool:
    """An event called or held in a contested sentence ("refused to rule out calling a snap election",
    "should hold a referendum"), not a meeting held as reported ("held talks on Monday"); a general word
    for a proposal ("hold the plan") is none (tests/test_question_recipient.py::test_frames_an_election_called_is_an_act)."""
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in GENERIC_THINGS or not is_event_noun(obj.lemma_.lower()):
        return False
    return _weight(verb) > 1


def _role_sought(children: list[Token]) -> str | None:
    """The role a verb's "for" phrase names (WordNet's noun.person: "president", "mayor"), as in "run
    for president": the act of seeking it, whatever the light verb."""
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "for":
            role = next((c for c in child.children if c.dep_ == "pobj"), None)
            if role is not None and role.pos_ == "NOUN" and lexfile(role.lemma_.lower()) == 18:
                return role.lower_
    return None


def _weight(tok: Token) -> int:
    """How contested the sentence makes the act: 1, plus 1 for a modal or a negation on it ("will
    approve", "would not sign") or a governing verb ("urged it to sign", "is expected to hold"), plus
    1 when a stance word governs it ("rejected calls to ban")."""
    return 1 + _modal_or_governed(tok, {"xcomp", "ccomp"}) + _under_stance_word(tok)


def _modal_or_governed(tok: Token, governed: set[str]) -> bool:
    """A modal or a negation on the verb, or the verb governed as one of the `governed` dependencies."""
    return any(c.lower_ in MODALS or c.dep_ == "neg" for c in tok.children) or tok.dep_ in governed


def _under_stance_word(tok: Token) -> bool:
    """A stance word governs the verb ("rejected calls to ban")."""
    return tok.head.i != tok.i and tok.head.lemma_.lower() in SIDE_VERBS


# Marks an act whose thing is its subject, done to nothing ("the ceasefire holds"): "=hold".
INTRANSITIVE = "="
# Marks a property said of a thing ("the paint is not safe"): "=be safe".
PROPERTY = INTRANSITIVE + "be "


def _acting_person(verb: Token, subject: Token | None) -> Token | None:
    """The person named (or a pronoun for the person named last) as who does an intransitive act: its
    subject, or for "refuses to resign" / "urged Varnak to resign" the governing verb's subject or
    object; None when the verb takes an object, a complement or a passive subject."""
    if any(c.dep_ in _COMPLEMENTS_OR_PASSIVE for c in verb.children):
        return None
    if subject is None and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        governing = list(verb.head.children)
        subject = next((c for c in governing if c.dep_ == "dobj"), None) or next(
            (c for c in governing if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in PERSONAL_OBJECTS:
        # "he would resign if ...": the person named last before the pronoun
        subject = next((t for t in reversed(subject.doc[max(subject.i - PRONOUN_REACH, 0):subject.i])
                        if t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or _known_person(t))), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    if subject.ent_type_ != "PERSON" and not _known_person(subject):
        # a name the tagger left untyped, or typed otherwise here ("Mărgescu" a place in "says Mărgescu
        # should have resigned"): a person only where the article names one so
        # (tests/test_question_persons.py::test_frames_a_person_the_tagger_types_otherwise_acts)
        return None
    return subject


@lru_cache(maxsize=4096)
def _being_or_saying(verb: str) -> bool:
    """A verb WordNet files under being or communicating ("remain", "stay": be; "speak": communicate):
    how a person is or that they spoke, not an act they may do ("Olsund would remain on bail", "Olsund
    has not spoken"; tests/test_question_persons.py::test_frames_a_persons_state_is_no_act)."""
    from ..judge.wordnet import wordnet

    return bool(wordnet().hypernyms(verb, "v", senses=2, depth=3) & {"be", "communicate"})


def _known_person(tok: Token) -> bool:
    """A name the tagger left untyped or typed otherwise that is a person's: a given name before it
    ("Ilse Dorn"), or a person named in the article whose name ends with it."""
    from .names import first_name_gender

    known = tok.doc.user_data.get("stancemap_persons")
    if known is None:  # the article's persons' last names, found once per article
        known = {ent[-1].text for ent in tok.doc.ents if ent.label_ == "PERSON"} | {
            t.text for t in tok.doc if t.pos_ == "PROPN" and any(
                c.dep_ == "compound" and first_name_gender(c.text) is not None for c in t.children)}
        tok.doc.user_data["stancemap_persons"] = known
    return tok.text in known


def _personal(obj: Token) -> bool:
    """A name, or a common noun for a person ("the mayor", "the nominee": WordNet's noun.person)."""
    return obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and lexfile(obj.lemma_.lower()) == 18)


def _happening(verb: Token, subject: Token, duration: Token | None = None) -> bool:
    """The verb is an intransitive act of a thing that may or may not happen or last: a common noun
    subject that is no person and no body ("the ceasefire will hold", "the strike ends"; not "the
    union voted", "residents will lose"), the verb taking no object or complement (but its `duration`:
    "survive the winter")."""
    if subject.pos_ != "NOUN" or any(c.dep_ in COMPLEMENTS and (duration is None or c.i != duration.i) for c in verb.children):
        return False
    return lexfile(subject.lemma_.lower()) not in BEINGS


# Pronouns standing for a person acted on ("confirm him", "she was elected").
PERSONAL_OBJECTS = frozenset({"him", "her", "he", "she"})
# How far back (in tokens) a pronoun's person is looked for.
PRONOUN_REACH = 60


def _person_before(pronoun: Token) -> Token | None:
    """The head of the last person's name before a pronoun, within PRONOUN_REACH tokens."""
    doc = pronoun.doc
    for ent in reversed(doc.ents):
        if ent.end <= pronoun.i and ent.label_ == "PERSON":
            return ent.root if pronoun.i - ent.end <= PRONOUN_REACH and ent.root.pos_ == "PROPN" else None
    return None


def _side_objects(sdoc: Doc) -> Counter[str]:
    """The nouns speakers take sides on in this article: objects of support, opposition and undoing
    verbs ("rejected the timetable", "block the deal", "repeal the law"), and what "vote for/against" is about.
    Summed over the corpus, the most frequent are the corpus's own names for the question's thing."""
    found: Counter[str] = Counter()
    for i in with_pos(sdoc, "VERB"):
        tok = sdoc[i]
        if tok.lemma_.lower() not in SIDE_VERBS:
            continue
        for child in tok.children:
            target = child if child.dep_ in {"dobj", "nsubjpass"} else None
            if child.dep_ == "prep" and child.lower_ in {"for", "against", "to"}:
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None and target.pos_ == "NOUN":
                found[target.lemma_.lower()] += 1
    return found


def _membership_lemma(lemma: str) -> bool:
    return lemma.lower() in _MEMBERSHIP_LEMMAS


def _lower_in_membership(lemma: str) -> bool:
    return lemma.lower() in MEMBERSHIP


# The lemmas `_membership_pair` reads: "join" and the nouns of a membership.
_MEMBERSHIP_LEMMAS = frozenset({"join", "membership", "accession", "bid", "admission"})


def _membership_pair(tok: Token) -> tuple[str, str] | None:
    lemma = tok.lemma_.lower()
    if lemma == "join" and tok.pos_ == "VERB":
        if _narrated(tok):
            return None  # "Lind joined the firm in 2015": a fact told, no membership argued (test_question.py)
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None and tok.head.pos_ == "VERB":
            # "urged Ukraine to join": the object of the governing verb joins; "wants to join": its subject.
            governing = list(tok.head.children)
            subject = next((c for c in governing if c.dep_ == "dobj"), None) or next(
                (c for c in governing if c.dep_ == "nsubj"), None)
        target = next((c for c in tok.children if c.dep_ == "dobj"), None)
    elif lemma in {"membership", "accession", "bid", "admission"}:
        subject = next((c for c in tok.children if c.dep_ == "poss"), None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "to", "of"}), None)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if target is None:  # "Ukraine's NATO membership"
            target = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    else:
        return None
    s, t = (written_name(subject) if subject is not None else None), (written_name(target) if target is not None else None)
    return (s, t) if s and t and s != t else None


def _narrated(verb: Token) -> bool:
    """A verb told in the simple past, on its own: no auxiliary, modal or negation, and not the complement of another
    verb ("Lind joined the firm in 2015"; not "has joined", "would have joined", "wanted to join")."""
    return verb.tag_ == "VBD" and verb.dep_ not in {"xcomp", "ccomp"} and not any(
        c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_LIGHT_OR_SPEECH = LIGHT_VERBS | SPEECH_VERBS
_LIGHT_SPEECH_GENERIC = LIGHT_VERBS | SPEECH_VERBS | GENERIC_VERBS
_COMPLEMENTS_OR_PASSIVE = COMPLEMENTS | {"nsubjpass", "auxpass"}
