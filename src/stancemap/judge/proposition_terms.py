"""The words a proposition is judged with, found from its parsed question (proposition.py's `fill_terms`).

Given the question's main verb and its arguments, decides:
  event         the predicate and its particle, its WordNet derivations ("approve" -> "approval"), the
                event nouns among its arguments ("takeover", "re-election": `is_event_noun`) and the
                family of words a predicate shares (lexicon.EVENT_FAMILIES)
  participants  the names in the arguments; `anchors` those that name the act's own participants
  things        the common nouns the question is about, with their single-sense WordNet synonyms
                ("ceasefire" -> "truce")
  opposites     WordNet antonyms of the predicate and of the event nouns, and the family's alternatives
Reading the question's syntax (subject, predicate, object, voice, privative, time bound) stays in
proposition.py; the corpus's own names for the thing are added later (`Proposition.add_corpus_terms`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..extract.frames_words import AMOUNTS
from ..extract.lexicon import ALTERNATIVES, EVENT_FAMILIES, GENERIC_THINGS, THING_FAMILIES
from .wordnet import NOUN_POSSESSION, wordnet

if TYPE_CHECKING:
    from .proposition_record import Proposition

# Adverbs that act as a verb's particle ("go ahead", "break up").
PARTICLE_ADVERBS = frozenset({"ahead", "through", "out", "off", "up", "down", "back", "over", "away", "in"})


def fill_terms(prop: Proposition, doc: Any, verb: Any, arguments: list[Any], subject: Any) -> None:
    wn = wordnet()
    # The predicate only says the subject's act happens ("the takeover goes ahead", "there will be a ceasefire").
    existential = subject is not None and subject.dep_ == "attr"
    happening = prop.predicate in HAPPENING or existential
    lemma = verb.lemma_.lower()
    # A phrasal predicate ("go ahead", "phase out") is its whole phrase: the bare verb ("go") is any act.
    event: set[str] = {prop.predicate, prop.predicate.replace(" ", "-"), prop.predicate.replace(" ", "")}
    if " " not in prop.predicate:
        event.add(lemma)
    if existential:
        # "there will be a ceasefire": the act is the noun itself, whatever WordNet says of it.
        event = {_joined(subject), subject.lemma_.lower()}
    # a phrase handed on with "on" is not its bare verb's act ("pass on a cut" is no law passed: proposition_handed.py;
    # tests/judge/test_proposition_handed.py)
    handed = prop.predicate == f"{lemma} on"
    event |= EVENT_FAMILIES.get(prop.predicate, frozenset()) | (frozenset() if handed else EVENT_FAMILIES.get(lemma, frozenset()))
    if handed:
        event.add(lemma)  # its verb is the act's word where the particle is parsed apart ("passed it on", "pass-through")
    if " " in prop.predicate or lemma not in DERIVATION_FREE_VERBS:
        event |= wn.derivations(prop.predicate, "v")
    # A light verb's antonym is no opposite of the act it carries ("go on strike": not "come"; tests/judge/test_stance_aim.py).
    light = prop.predicate in DERIVATION_FREE_VERBS
    opposites: set[str] = (set() if light else set(wn.antonyms(prop.predicate, "v"))) | set(ALTERNATIVES.get(prop.predicate, ()))
    if " " in prop.predicate and not happening:
        kin = phrasal_kin(prop.predicate, lemma)
        event |= kin
        if any("give" in wn.hypernyms(w, "v", senses=1, depth=2) for w in kin if " " not in w):
            # giving back what one holds ("pay back" -> "repay", a kind of "give"): keeping it is its opposite
            # (tests/judge/test_proposition.py::test_an_obligation_is_a_modal: "be allowed to keep the grant")
            opposites |= KEEPING
        if predicate_particle(prop.predicate) == "back" and ACQUIRING & wn.hypernyms(prop.predicate, "v", senses=1, depth=2):
            # getting back what another holds ("win back the seat", "buy back the shares", a kind of "get"): the holder
            # keeping it is its opposite (tests/judge/test_proposition_back.py)
            opposites |= KEEPING | HOLDING
    if subject is not None and all(a is subject for a in arguments) and " " not in prop.predicate and not light:
        # an act with no object read in the sense whose gloss names its subject: that sense's words are the act's too
        # ("prices climbed steeply" of "rise": "climb", "go up"); pinned: test_proposition_permitted.py::
        # test_an_act_in_the_sense_its_subject_names
        event |= sense_of_subject(prop.predicate, subject)
    if prop.predicate.startswith("be ") and " " not in prop.predicate[3:]:
        # a property asked about ("be safe"): its words and their opposites from WordNet (property_words)
        own, other = property_words(prop.predicate[3:])
        event, opposites = own, other
    if causes(prop.predicate):
        # "Did the bypass cause the flooding?" is said "the bypass was to blame", "is responsible for the floods"
        event |= BEING_THE_CAUSE
    participants: set[str] = set()
    anchors: set[str] = set()
    things: set[str] = set(THING_FAMILIES.get(prop.predicate, ()))
    for arg in arguments:
        for t in arg.subtree:
            if t.ent_type_ in {"DATE", "TIME"} | QUANTITIES:
                # "a ceasefire by June": the time bound, not a participant; "the 9 percent rise": an amount, no name
                # (tests/judge/test_proposition_shapes26.py::test_an_amount_is_no_name_and_a_noun_read_as_a_verb_a_thing)
                continue
            # A capitalised word inside the question is a name whatever the tagger says ("Marrant" as ADJ).
            if t.pos_ == "PROPN" or (t.ent_type_ and t.pos_ not in {"DET", "ADP", "PART", "NUM", "CCONJ", "PUNCT"}) or (
                    t.i > 0 and t.text[:1].isupper() and t.pos_ in {"ADJ", "NOUN", "VERB"}):
                participants.add(t.lower_)
                if arg is not subject or prop.subject_is_person or happening or len(arguments) == 1:
                    anchors.add(t.lower_)
            elif (t.pos_ == "NOUN" or (t.pos_ == "VERB" and t.dep_ in NOMINAL)) and t.lower_ not in {"re", "-"}:
                # a noun the tagger read as a verb where only a noun stands ("crime figures" with "figures" a
                # VERB, the subject): a noun
                noun = _joined(t)
                # The subject names the act only when the predicate just says it happens ("the takeover
                # goes ahead"); otherwise it is the agent ("the coalition survives").
                agent = arg is subject and not happening
                if existential and t.i == subject.i:
                    continue
                # Under a privative predicate the object's act is what is taken away ("block the
                # merger", "lift the export ban"): a thing of the question, not its event (judge/privative.py).
                taken = prop.privative and arg is not subject
                # A noun that only says what kind of thing another is ("the abortion bill", "Thursday's
                # confidence vote", "judge Mira Tollander") names a thing, not the act asked about
                # (tests/judge/test_proposition.py::test_a_modifier_noun_is_no_event).
                modifier = t.dep_ in {"compound", "nmod"} and t.head.i > t.i and t.head.pos_ in {"NOUN", "PROPN"} \
                    and not _joined(t.head).endswith(tuple(f"-{p}" for p in PARTICLE_ADVERBS))
                # What a phrasal act hands over is money, not an act ("pay back the subsidy": the subsidy was
                # given before; tests/judge/test_proposition.py::test_an_obligation_is_a_modal).
                held = " " in prop.predicate and arg is not subject and wn.lexfiles(noun, "n", senses=1) == [NOUN_POSSESSION]
                if not agent and not taken and not modifier and not held and is_event_noun(noun):
                    event |= {noun, noun.replace("-", ""), *wn.derivations(noun.replace("-", ""), "n")}
                    event |= EVENT_FAMILIES.get(noun, frozenset())
                    opposites |= wn.antonyms(noun.replace("-", ""), "n")
                else:
                    things.add(t.lemma_.lower())
    things |= thing_synonyms(things - GENERIC_THINGS - THING_NOUNS)
    if happening:
        # "Will the takeover go ahead?": the event is the subject's; the predicate only says it happens.
        event |= {"go-ahead", "completion"}
    if prop.predicate == "be" and event - {"be"}:
        # the copula names no act: with a complement that does ("better value": value, evaluate) every "is" and "was" would
        # make a passage about the question (q_better once its parse was right; tests/judge/test_proposition_comparison.py)
        event -= {"be"}
    prop.event = sorted(w for w in event if w and w not in {"re", "-"})
    prop.participants = sorted(participants - {"'s"})
    prop.anchors = sorted(anchors - {"'s"})
    prop.things = sorted((things | (GENERIC_THINGS & things)) - set(prop.event))
    prop.opposites = sorted(opposites - set(prop.event))
    if not prop.reading:
        prop.reading = reading_of(prop)


def sense_of_subject(predicate: str, subject: Any) -> set[str]:
    """The words of the predicate's first sense used without an object whose gloss or examples name one of the subject's
    nouns (a simplified Lesk, as privative.takes_away_as_asked reads an object's: "Will food prices keep rising?" ->
    "increase in value ...; 'prices climbed steeply'": "climb", "go up"), or none."""
    wn = wordnet()
    nouns = {t.lemma_.lower() for t in subject.subtree if t.pos_ == "NOUN"}
    nouns |= {f"{n}s" for n in nouns}
    for offset in wn.synsets(predicate, "verb"):
        if not wn.takes_object(offset) and nouns & set(re.findall(r"[a-z]+", wn.gloss(offset, "verb").lower())):
            return wn.hypernym_words(offset, "verb", depth=0)  # the synset's own words, none above it
    return set()


def goal_terms(prop: Proposition, goal: Any) -> None:
    """Where the act goes or what it makes of its object (proposition_phrases.goal_of: "spread to Veskmoor's hospitals",
    "turn the site into a park"): its names are participants that make a passage about the question by themselves, as an
    object's are (the strike spreading is news only where it spreads to), its common nouns things, never the act's
    event ("the capital" is no "capitalise"). tests/judge/test_proposition_goal.py."""
    names = {t.lower_ for t in goal.subtree if t.pos_ == "PROPN" or (t.i > 0 and t.text[:1].isupper() and t.pos_ in {
        "ADJ", "NOUN"})} - {"'s"}
    nouns = {t.lemma_.lower() for t in goal.subtree if t.pos_ == "NOUN" and not t.text[:1].isupper()}
    prop.participants = sorted(set(prop.participants) | names)
    prop.anchors = sorted(set(prop.anchors) | names)
    prop.things = sorted((set(prop.things) | nouns | thing_synonyms(nouns - GENERIC_THINGS - THING_NOUNS)) - set(prop.event))


# The tagger's entities of amount: a number, a share, a sum, a measure is no name of the question's (spaCy's labels:
# frames_words.AMOUNTS, a sum, a share or a size, and the numbers).
QUANTITIES = AMOUNTS | {"CARDINAL", "ORDINAL"}
# The dependencies only a noun stands in (a subject, an object, a preposition's object).
NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def reading_of(prop: Proposition) -> str:
    """How the question was read, as shown to the user: "subject «...», predicate «...», object «...»"."""
    return f"subject «{prop.subject}», predicate «{prop.predicate}», object «{prop.object}»"


def property_words(adjective: str) -> tuple[set[str], set[str]]:
    """A property's words and its opposite's, from WordNet: the adjective, its first sense's synonyms and derived
    nouns ("safe" -> "safeness"), and, for an adjective WordNet files under another ("worth" under "worthy",
    "affordable" under "cheap"), that head; the opposites are the antonyms of the adjective or of its head
    ("safe" -> "dangerous", "worth" -> "unworthy", "affordable" -> "expensive") and the adjective with a negative
    prefix WordNet knows ("unsafe"). tests/judge/test_proposition_property.py."""
    wn = wordnet()
    own = {adjective} | {w for w in wn.synonyms(adjective, "a", senses=1) if w.isalpha()} | wn.derivations(adjective, "a")
    opposites = set(wn.antonyms(adjective, "a", senses=1))
    if not opposites:  # a satellite: its head's antonym is its own (WordNet's indirect antonymy)
        for head in wn.related(adjective, "a", "&", senses=1):
            if (far := wn.antonyms(head, "a", senses=1)):
                own.add(head)
                opposites |= far
    # WordNet's "see also" of the adjective and of its opposites ("safe": "harmless"; "dangerous": "unsafe";
    # "unworthy": "worthless"), and the antonyms of the adjective's own ("harmless": "harmful")
    seen = {w for w in wn.related(adjective, "a", "^", senses=1) if wn.antonyms(w, "a", senses=1)}
    own |= seen
    opposites |= {w for a in opposites for w in wn.related(a, "a", "^", senses=1)}
    opposites |= {w for a in seen for w in wn.antonyms(a, "a", senses=1)}
    opposites |= {f"{prefix}{adjective}" for prefix in ("un", "in", "im", "il", "ir", "non")
                  if wn.synsets(f"{prefix}{adjective}", "a")}
    return {w for w in own if " " not in w}, {w for w in opposites if " " not in w} - own


def causes(predicate: str) -> bool:
    """The predicate is causing something: "cause" or a verb WordNet files under it in its first sense ("trigger",
    "provoke", "bring about"); tests/judge/test_proposition_property.py::test_a_cause_is_said_by_blame."""
    if not predicate or predicate.startswith("be "):
        return False
    return predicate == "cause" or "cause" in wordnet().hypernyms(predicate, "v", senses=1, depth=2)


# Words that say a thing is the cause of something (general English): "to blame", "responsible for", "the culprit".
BEING_THE_CAUSE = frozenset({"blame", "blamed", "responsible", "responsibility", "culprit", "fault"})


def phrasal_kin(predicate: str, lemma: str) -> set[str]:
    """The one-word verbs WordNet gives a phrasal predicate that are built on its verb ("pay back" -> "repay"),
    their derivations ("repayment") and their own first sense's phrasal synonyms with the same particle
    ("repay" -> "give back"): the words a corpus writes for the act (tests/judge/test_proposition.py::
    test_a_phrasal_predicate_has_its_one_word_kin). Not every synonym: "pay back" is also "reward" and "get"."""
    wn = wordnet()
    particle = predicate.split()[-1]
    built = {w for w in wn.synonyms(predicate, "v", senses=2) if w.isalpha() and w != lemma and lemma in w}
    kin = set(built)
    for word in built:
        kin |= wn.derivations(word, "v")
        kin |= {w for w in wn.synonyms(word, "v", senses=1) if w.split()[-1] == particle and " " in w}
    return {w for w in kin if w.replace(" ", "").isalpha()}


# Verbs of keeping what an act of giving back would hand over.
KEEPING = frozenset({"keep", "retain"})
# What a holder does with what another would get back ("hold the seat"), and what getting back is a kind of (WordNet).
HOLDING = frozenset({"hold"})
ACQUIRING = frozenset({"get", "acquire"})


def predicate_particle(predicate: str) -> str:
    """The particle of a phrasal predicate ("back" of "win back"), or ""."""
    words = predicate.split()
    return words[-1] if len(words) == 2 and not predicate.startswith("be ") else ""


# Predicates that only say the subject's act happens: its noun is the event.
HAPPENING = frozenset({"go ahead", "happen", "proceed", "succeed", "go through", "take place", "collapse", "fail"})
# Verbs too general to give their derivations as words of the event ("get", "make").
DERIVATION_FREE_VERBS = frozenset({"get", "make", "do", "have", "take", "be", "go", "become", "see", "put", "give"})


def thing_synonyms(nouns: set[str]) -> set[str]:
    """Other names of the question's things ("ceasefire" -> "truce", "armistice"), only for a noun of
    one sense and synonyms of at most two: "pipeline" has the senses "line" and "grapevine", which
    would make every line of text about the question. WordNet writes some compounds with a hyphen
    ("cease-fire"), so those spellings are tried too."""
    wn = wordnet()
    out: set[str] = set()
    for noun in nouns:
        spellings = [noun, *(f"{noun[:k]}-{noun[k:]}" for k in range(3, len(noun) - 2))]
        found = next((w for w in spellings if wn.synsets(w, "n")), None)
        if found is None or len(wn.synsets(found, "n")) != 1:
            continue
        out |= {w.replace("-", "") for w in wn.synonyms(found, "n", senses=1) | {found}
                if w.replace("-", "").isalpha() and len(wn.synsets(w, "n")) <= 2}
    return out - nouns


def _joined(tok: Any) -> str:
    """A hyphenated noun as one word ("re-election" is parsed "re", "-", "election")."""
    doc = tok.doc
    i = tok.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].whitespace_ == "" and doc[i - 1].whitespace_ == "":
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def is_event_noun(noun: str) -> bool:
    """A noun that names an act (it derives from a verb, or a verb derives from it: "merger" <-
    "merge", "takeover" <- "take over", "re-election" <- "reelect", "approval" <- "approve")."""
    if noun in EVENT_FAMILIES:
        return True
    wn = wordnet()
    base = noun.replace("-", "")
    return bool(wn.synsets(base, "n")) and any(wn.synsets(d, "v") for d in wn.derivations(base, "n")) and (
        base not in THING_NOUNS)


# Nouns WordNet derives from verbs that name things, not acts: a bill is not "billing".
THING_NOUNS = frozenset({"bill", "law", "ship", "power", "plant", "station", "company", "party", "harbour", "harbor",
                         "port", "city", "country", "government", "board", "assembly", "council", "mayor", "coal",
                         "budget", "plan", "deal", "treaty", "stadium", "bank", "governor", "vote"})
