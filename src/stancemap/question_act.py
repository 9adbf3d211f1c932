"""Which act a proposed question asks about a thing (`ask`): the act done to it most that is not only a
side taken, raised by how often the articles name it as a noun or in their headlines and by bodies
doing it (`_act_score`); a decision argued both ways (accept / reject) asked in the affirmative; a
name only taken sides on asked about through its own act; an act named as a noun with its particle
(`ask_act`). The words of the question come from question_words.py."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .extract.frames import CONVENING_VERBS, INTRANSITIVE, PROPERTY, knowing
from .extract.frames_nouns import PARTICLES, STUFF_LEXFILES, is_decree, is_event_noun, lexfile
from .extract.lexicon import NEGATIVE, POSITION_VERBS, PRIVATIVE, REFUSING, STANCE_NOUNS
from .question_sum import HEADLINE_WEIGHT, Summed, subject_text
from .question_words import (
    AGENTS,
    DETERMINERS,
    as_written,
    name_of,
    object_of,
    participle,
    recipient_to,
    subject_of,
    written_cause,
)

# Verbs that take a side on an act rather than name it ("support the bill", "block the deal",
# "accept the treaty"): they show what is argued about, but the question asks about the act itself.
EXTRA_STANCE = frozenset({"fight", "accept", "endorse", "challenge", "criticise", "criticize", "attack", "debate",
                          "discuss", "consider", "study", "review", "examine", "question", "deserve", "regard",
                          "receive", "judge", "welcome", "hail", "praise"})
STANCE_ONLY = POSITION_VERBS | NEGATIVE | REFUSING | EXTRA_STANCE
# Verbs that undo or refuse: of two acts as strong, the other is the one asked about.
UNDOING = NEGATIVE | REFUSING | PRIVATIVE


def ask(corpus: Summed, thing: str) -> tuple[str, str] | None:
    """The question about a thing, and the act it asks about: the act done to it most that is not
    only a side taken ("approve", not "support"; "ban" ships, but not "block" a deal), with its subject
    ("Will the council approve the budget?") or in the passive ("Will the merger be approved?"); a name
    only taken sides on is asked about through its own act ("Will Vedder win re-election?"); an act
    only taken sides on is asked about as such ("Will the coal phase-out go ahead?")."""
    event = is_event_noun(thing)
    # ("call" an election is an act, not a call for it: frames keep it only for an event convened)
    excluded = (STANCE_ONLY if event else POSITION_VERBS | EXTRA_STANCE) - CONVENING_VERBS
    # (a property is asked only where half the articles or more say it of the thing: `argued_property`)
    acts = {a: w for (a, t), w in corpus.weight.items() if t == thing and a not in excluded
            and (not a.startswith(PROPERTY) or argued_property(corpus, a, thing))}
    if said := widest_property(corpus, thing):
        # An evaluation argued ("the trams are cheaper", "is not fit for office") in more articles than any act is done to
        # the thing is what the corpus argues: asked as a property ("Are the trams cheap?"), not through an act said in
        # fewer (tests/test_question_shapes.py::test_question_a_property_said_in_more_articles_than_any_act)
        return _phrased(corpus, thing, said, {said: corpus.weight[said, thing]})
    if corpus.names[thing] * 2 > sum(n for (a, t), n in corpus.spread.items() if t == thing) and not acts:
        # Its own acts, and the acts done to the happenings the corpus names most ("win the election").
        own = Counter({(a, t): corpus.weight[a, t] * max(corpus.events[t], 1) for (a, t), subs in corpus.subjects.items()
                       if a not in STANCE_ONLY and any(thing in subject_text(s).lower().split() for s in subs)})
        for (a, t), w in corpus.weight.items():
            if a not in STANCE_ONLY and corpus.events[t] * 2 >= corpus.articles and t not in STANCE_NOUNS \
                    and not a.startswith(INTRANSITIVE):
                own[a, t] = max(own[a, t], w * corpus.events[t])
        if not own:
            return None
        (act, obj), _ = own.most_common(1)[0]
        names = [subject_text(s) for s in corpus.phrases.get(thing, Counter()) if thing in subject_text(s).lower().split()]
        name = min(names, key=len) if names else thing.title()
        return f"Will {name} {act} {object_of(corpus, obj)}?", f"{act} {obj}"
    # A verb of undoing, or its opposite, done by a body, named as a noun or in the headlines is the
    # act itself, not a side taken ("the Board will block the merger", "members accept the offer").
    acts |= {a: w for (a, t), w in corpus.weight.items() if t == thing and a in excluded and a in decisions()
             and _act_score(corpus, a, thing, 1) > 1}
    # ... and so is its opposite done to the same thing ("reject" by a party, "accept" urged by others)
    acts |= {o: corpus.weight[o, thing] for a in list(acts) for o in antonyms(a) if corpus.weight[o, thing] and o in decisions()}
    # A decision argued both ways ("accept" and "reject" the offer) is what the corpus contests: each
    # side's acts count for the other (q_accept: 'table the offer' no longer wins a tie with 'accept'), but not
    # the two sides of one exchange ("buy" and "sell" the plant, by two parties: q_nationalise, session 17);
    # and the verbs for one act done to the thing count as one ("sack" and "dismiss" the coach: `one_act`).
    alone = {a: _act_score(corpus, a, thing, w) for a, w in acts.items()}
    done: dict[str, float] = {a: float(w) for (a, t), w in corpus.weight.items() if t == thing}
    sides = {a: _one_side(a, done) for a in alone}

    def value(act: str) -> float:  # (a verb only taken sides with, "dismiss", counts for its synonym's act)
        return alone[act] if act in alone else _act_score(corpus, act, thing, done[act])

    # (sorted: a float sum in one order, whatever the hash seed)
    scores: dict[str, float] = {
        a: sum(value(o) for o in sorted(sides[a] | {o for b in sides[a] for x in antonyms(b) if x in alone
                                                    and (x in decisions() or b in decisions()) for o in _one_side(x, done)}))
        for a in alone}
    if not acts:
        return (f"Will {object_of(corpus, thing)} go ahead?", "go ahead") if event else None
    # of acts as strong, the one asked about in the affirmative ("accept", not "reject"; "open", not "shut"
    # the bridge), then the one done most of its words
    return _phrased(corpus, thing, max(scores, key=lambda a: (scores[a], not sides[a] & UNDOING, alone[a], a)), scores)


def ask_property(corpus: Summed, thing: str, act: str) -> str:
    """The question whether a property ("=be ready") holds of the thing, written as `_phrased` writes a property."""
    found = _phrased(corpus, thing, act, {act: corpus.weight[act, thing]})
    assert found is not None  # (a property is always asked)
    return found[0]


def argued_property(corpus: Summed, act: str, thing: str) -> bool:
    """A property said of the thing in half the corpus's articles or more ("the paint is not safe" in two of three):
    what the corpus argues, not a passing word on a thing acted on (a HOLD batch of session 23 asked a property said in
    a few articles; tests/test_question_shapes.py::test_question_a_property_argued_in_one_article_is_not_asked)."""
    return 2 * corpus.spread[act, thing] >= corpus.articles


# Articles that must compare a thing with one other before the question names it ("... cheaper than the diesels?").
THAN_LEAST = 2


def in_degree(corpus: Summed, act: str, thing: str) -> tuple[str, str, str, str] | None:
    """(the degree, what it is said of, what it is compared with or "", "Are" or "Is") when a property is said in one
    degree (a comparative, "too" or "more" with the adjective) in half its articles or more; what it is said of as the
    articles saying it so write it most (its number as written there), and what it is compared with when THAN_LEAST of
    them write it; else None."""
    found = {f: n for f, n in corpus.degrees.get((act, thing), Counter()).items() if f}
    if not found:
        return None
    form = max(found, key=lambda f: (found[f], f))
    if 2 * found[form] < corpus.spread[act, thing]:
        return None
    written = corpus.degree_words.get((act, thing, form), Counter())
    said, number = _said_most(written)
    others: Counter[str] = Counter()
    for (_, than, _), n in written.items():
        if than:
            others[than] += n
    than = max(others, key=lambda w: (others[w], len(w), w)) if others else ""
    return form, said, than if than and others[than] >= min(THAN_LEAST, corpus.articles) else "", number


def said_plainly(corpus: Summed, act: str, thing: str) -> tuple[str, str] | None:
    """(the thing as the articles saying the property write it most, "Are" or "Is" by its number there) for a common
    noun the corpus writes no phrase for where it acts on it ("the new fares" said high: "Are the new fares high?", not
    "Is the fare high?"); None for a name or a thing with a phrase of its own (written as the corpus names it: "the Selby
    concert hall", tests/test_question_shapes24.py), or a property recorded with no phrase."""
    if corpus.phrases.get(thing) or (corpus.names[thing] and corpus.cased.get(thing)):
        return None  # (a name the corpus writes where it acts on it: as written there, `object_of`)
    written: Counter[tuple[str, str, str]] = Counter()
    for form in corpus.degrees.get((act, thing), Counter()):
        written.update(corpus.degree_words.get((act, thing, form), Counter()))
    said = _said_most(written) if written else None
    if said is not None and said[0][:1].isupper():
        # a name as written: the corpus's name for it, and written so where the corpus writes it only with a property ("Is
        # Quarnex safe?", not "Is the quarnex safe?"; tests/test_question_evaluations.py)
        return said if said[0].lower() == thing else None
    return said


def _said_most(written: Counter[tuple[str, str, str]]) -> tuple[str, str]:
    """(the phrase written most, then the longest; "Are" or "Is") of (phrase, compared with, number) counts."""
    subjects: Counter[tuple[str, str]] = Counter()
    for (subject, _, number), n in written.items():
        subjects[subject, number] += n
    said, number = max(subjects, key=lambda w: (subjects[w], len(w[0]), w))
    return said, number.title()


def widest_property(corpus: Summed, thing: str) -> str | None:
    """The property said of the thing in the most articles (then the most times), when it is argued (`argued_property`)
    and said in more articles than any act is done to the thing, else None."""
    said = {a: n for (a, t), n in corpus.spread.items() if t == thing and a.startswith(PROPERTY)
            and argued_property(corpus, a, thing)}
    if not said:
        return None
    best = max(said, key=lambda a: (said[a], corpus.weight[a, thing], a))
    done = max((n for (a, t), n in corpus.spread.items() if t == thing and not a.startswith(PROPERTY)), default=0)
    return best if said[best] > done else None


# Articles that must say a property against one thing before the question does ("ready for Kelmarsh").
AGAINST_LEAST = 2


def _against(corpus: Summed, act: str, thing: str) -> str:
    """" for <noun>" when the property is said against one noun ("the drones are not ready for Kelmarsh", "the machines are
    ready for Kelmarsh": of the thing or of other words for it) in AGAINST_LEAST articles and in half as many as say it of
    the thing or more, else "" (tests/test_question_evaluations.py)."""
    found = Counter({c: n for (a, c), n in corpus.against.items() if a == act})
    if not found:
        return ""
    best = max(found, key=lambda c: (found[c], len(c), c))
    least = min(AGAINST_LEAST, corpus.articles)
    return f" {best}" if found[best] >= least and 2 * found[best] >= corpus.spread[act, thing] else ""


def without_word(phrase: str, word: str) -> str:
    """The phrase with the word taken out where it modifies what follows (never its last word, its head)."""
    words = phrase.split()
    kept = [w for i, w in enumerate(words) if i == len(words) - 1 or w.lower() != word.lower()]
    return " ".join(kept)


def _one_side(act: str, done: dict[str, float]) -> frozenset[str]:
    """The act and the verbs for one act with it done to the same thing (`done`)."""
    return frozenset({act} | {o for o in done if one_act(act, o)})


@lru_cache(maxsize=8192)
def one_act(verb: str, other: str) -> bool:
    """Two verbs WordNet puts in one synset among the first two senses of either ("sack" and "dismiss": to
    terminate someone's employment; tests/test_question_same.py)."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    return other in wn.synonyms(verb, "v", senses=2) or verb in wn.synonyms(other, "v", senses=2)


def _phrased(corpus: Summed, thing: str, act: str, scores: dict[str, float]) -> tuple[str, str] | None:
    """The question asking whether `act` is done to `thing` (or, marked INTRANSITIVE, done by it); None for a verb of two
    objects nobody is named doing, which has no passive of the thing (`object_passive`)."""
    phrase = object_of(corpus, thing)
    if act.endswith(" of") and stuff(thing) and not corpus.names[thing]:
        # a stuff a particle's "of" takes, bare ("Will Tarnley run out of fuel?", not "of the fuel"; tests/
        # test_question_phrasal.py::test_question_proposed_a_particles_of_object_with_its_time), as the corpus writes
        # it ("run out of funds", not the lemma "fund": test_question_a_particles_of_object_written_as_the_corpus_writes_it)
        first, _, rest = phrase.partition(" ")
        phrase = rest if first.lower() in {"the", *DETERMINERS} and rest else phrase
        phrase = as_written(corpus, thing) if phrase == thing else phrase
    if (moved := recipient_to(corpus, thing, "")) and phrase.endswith(moved):
        # "return the bronzes to Almara" read with "to Almara" under the bronzes: whom it is for goes after the
        # act, as in "Will the bronzes be returned to Almara?" (tests/test_question_recipient.py)
        phrase = phrase.removesuffix(moved)
    # the state a verb of keeping holds the thing in ("Will the bank keep the rate unchanged?")
    state = "".join(f" {max(found, key=lambda s: (found[s], s))}" for found in [corpus.states.get((act, thing))] if found)
    if state:
        # the state asked for is no word of the thing's name ("Will the permanent Fennick Row path be made permanent?":
        # the lane as written where it was already called so; tests/test_question_parse30.py::
        # test_question_a_state_asked_is_not_in_the_things_name)
        phrase = without_word(phrase, state.strip())
    if act in imposing() and a_penalty(thing) and (target := _imposed_on(corpus, thing)):
        # a penalty imposed is its own verb done to whom the corpus does it to ("impose a fine" where "fine Pennacott
        # Water" is written: "Will Pennacott Water be fined?", not "Will the fine be imposed?";
        # tests/test_question_written.py::test_question_a_penalty_imposed_is_its_verb_done)
        verb, done_to = target
        named = subject_of(corpus, act, thing, own=True) or subject_of(corpus, verb, done_to, own=True)
        if named is None:
            return f"Will {object_of(corpus, done_to)} be {participle(verb)}?", verb
        return f"Will {named} {verb} {object_of(corpus, done_to)}?", verb
    if duty := _duty(corpus, act, thing):
        # a duty laid on a class to do the act, in half its articles or more: the duty is what is argued ("Will cyclists
        # be required to wear helmets?", not "Will the helmets be worn?"; tests/test_question_written.py)
        return f"Will {duty[1]} be {participle(duty[0])} to {act} {phrase}{state}?", act
    if act.startswith(PROPERTY):
        # a property said of the thing ("the paint is not safe"): asked as it is said, "Is the paint safe?"
        # (tests/test_question_shapes.py::test_question_proposed_a_property)
        verb = "Are" if as_written(corpus, thing) != thing else "Is"
        quality = act.removeprefix(PROPERTY)
        if (degree := in_degree(corpus, act, thing)) is not None:
            # said in degree in half its articles or more ("the buses are cheaper", "the charges are too high"): the
            # comparison or the excess is what is argued, asked as written, of the side said so, with what it is compared
            # with where that is written often enough (tests/test_question_degrees.py)
            form, said, than, verb = degree
            return f"{verb} {said} {form}{f' than {than}' if than else ''}?", act[1:]
        if (plainly := said_plainly(corpus, act, thing)) is not None:
            # as the property's own sentences write the thing ("Are the new fares high?", not "Is the fare high?";
            # tests/test_question_degrees.py::test_question_a_degree_said_in_fewer_than_half_the_articles_is_not_asked)
            phrase, verb = plainly
        # "worth" takes an object as no other adjective does: "Is the hall worth it?", not "Is the hall worth?"
        # (tests/test_question_shapes24.py::test_question_proposed_an_evaluation)
        return f"{verb} {phrase} {quality}{' it' if quality == 'worth' else ''}{_against(corpus, act, thing)}?", act[1:]
    if act.partition(" ")[0] in knowing() and (subject := subject_of(corpus, act, thing)):
        # a fact known, said in the past in most articles naming it: "Did Osgrave know about the leak?"
        # (tests/test_question_shapes.py::test_question_proposed_a_fact_known)
        tense = "Did" if 2 * corpus.past[act, thing] > corpus.spread[act, thing] else "Does"
        return f"{tense} {subject} {act} {phrase}?", act
    when = _bound(corpus, act, thing)
    if act.startswith(INTRANSITIVE):
        if corpus.names[thing] and not corpus.phrases.get(thing):
            phrase = name_of(corpus, thing)  # a person's own act: "Will Ludovic Thistlewood resign?"
        return f"Will {phrase} {act[1:]}{when}?", act[1:]  # "Will the ceasefire hold?"
    # Who is named doing it to this thing, or a place or organisation named doing one act in other words to it ("the PRP
    # will boot out Drellan": who would expel him), before a body doing it to another thing
    # (tests/test_question_same.py::test_question_a_synonyms_doer_does_the_act)
    subject = subject_of(corpus, act, thing, own=True) or next(
        (named for other in sorted(scores, key=lambda a: (-scores[a], a)) if other != act and one_act(act, other)
         and (named := subject_of(corpus, other, thing, own=True, agents=True))), None) or subject_of(corpus, act, thing)
    if subject is None:
        # An act nearly as frequent that someone is named doing to the thing ("lower rates" 4 times,
        # "the Bank of Talmoria ... cut interest rates" 3): the question names who would act.
        # A decision nobody is named taking (an offer "accepted", a deal "rejected") is not traded for another party's act
        # done to the thing ("the firm improved the offer"): who is to decide is no one named, not the one who made it
        # (tests/test_question_decisions.py::test_question_a_decision_nobody_is_named_taking_keeps_its_act).
        for other in sorted(scores, key=lambda a: (-scores[a], a)):
            if scores[other] * 2 >= scores[act] and not other.startswith(INTRANSITIVE) and other not in antonyms(act) \
                    and (act not in decisions() or other in decisions()) \
                    and (named := subject_of(corpus, other, thing, own=True)):  # (its opposite asks the inverse)
                return f"Will {named} {other} {phrase}{recipient_to(corpus, thing, named + ' ' + phrase)}?", other
        if not takes_object(act):
            # a verb that takes no object ("the pay rise" read as an act done to pay): its thing does it ("Will the pay
            # rise?", not "Will the pay be risen?"; tests/test_question_causes.py)
            return f"Will {phrase} {act}{when}?", act
        if not object_passive(act):
            # a verb of two objects whose second has no passive ("cost the team the final": never "Will the final be
            # cost?"), nobody named doing it: no question of this thing (tests/test_question_phrasal.py::
            # test_question_a_verb_of_two_objects_is_not_asked_in_the_passive_of_its_second)
            return None
        if (by := _done_by(corpus, act, thing)) is not None:
            # nobody named doing it, a thing named as what did it ("the mine has killed the fish"): whether that thing
            # did it, as said ("Were the dead fish killed by the mine?", not "Will the dead fish be killed?";
            # tests/test_question_causes.py::test_question_an_act_done_by_a_thing_is_asked_of_it)
            return by, act
        return f"Will {phrase} be {participle(act)}{state}{recipient_to(corpus, thing, phrase)}{when}?", act
    return f"Will {subject} {act} {phrase}{state}{recipient_to(corpus, thing, subject + ' ' + phrase)}{when}?", act


def ask_effect(corpus: Summed) -> tuple[str, str, str, int] | None:
    """(the question, the act, the cause, the articles) when one thing is named as what did acts, said as done, in more
    than half the corpus's articles ("the scheme has cut pollution", "the scheme had reduced nitrogen dioxide", "the
    scheme has freshened the streets"): whether it did what it is said to have done most ("Has the scheme cut the pollution?";
    "Did ... ?" when the simple past is written more than the perfect). Of its acts, those on the thing it is named doing
    them to in the most articles, then the act done to that thing most (tests/test_question_causes.py). None otherwise."""
    if not corpus.cause_spread:
        return None
    cause, n = max(corpus.cause_spread.items(), key=lambda kv: (kv[1], kv[0]))
    if 2 * n <= corpus.articles or n < min(CAUSE_LEAST, corpus.articles):
        return None
    pairs = {(a, t): sum(m for k, m in found.items() if k.partition("|")[0] == cause)
             for (a, t), found in corpus.causes.items() if not a.startswith(INTRANSITIVE)}
    pairs = {k: m for k, m in pairs.items() if m}
    things: Counter[str] = Counter()
    for (_, t), m in pairs.items():
        things[t] += m
    thing = max(things, key=lambda t: (things[t], corpus.thing_spread[t], t))
    act = max((a for a, t in pairs if t == thing), key=lambda a: (pairs[a, thing], corpus.weight[a, thing], a))
    written = written_cause({k.partition("|")[2]: m for found in corpus.causes.values() for k, m in found.items()
                             if k.partition("|")[0] == cause})
    aspects: Counter[str] = Counter()
    for (a, t), found in corpus.done.items():
        if (a, t) in pairs:
            aspects.update(found)
    phrase = object_of(corpus, thing)
    if aspects["perfect"] >= aspects["past"]:
        return f"Has {written} {participle(act)} {phrase}?", act, written, n
    return f"Did {written} {act} {phrase}?", act, written, n


def _done_by(corpus: Summed, act: str, thing: str) -> str | None:
    """The passive question of an act nobody is named doing to the thing but a thing is named as doing ("the mine has
    killed the fish", "your mine killed them"), with that thing its agent: in the past where the articles saying the act
    say it as done ("Were the dead fish killed by the mine?"), else "Will ... be ... by ...?". Of the things named doing
    it that half the headlines name, the one named doing it in the most articles, then doing acts in the most, then in the
    most headlines, then acted on in the most; None when no such thing is named doing it, or only the thing itself."""
    found: Counter[str] = Counter()
    written: dict[str, Counter[str]] = {}
    for key, n in corpus.causes.get((act, thing), Counter()).items():
        lemma, _, phrase = key.partition("|")
        # (a thing the headlines name in half the articles or more: what the story is about, not a passing instrument,
        # "blocked by the golden share", "postponed by the votes"; measured on DEVELOP, docs/evaluation.md issue 9
        # session 31)
        if lemma and lemma != thing and phrase and 2 * corpus.headlines[lemma] >= corpus.articles:
            found[lemma] += n
            written.setdefault(lemma, Counter())[phrase] += n
    if not found:
        return None
    agent = max(found, key=lambda c: (found[c], corpus.cause_spread[c], corpus.headlines[c], corpus.thing_spread[c], c))
    by = written_cause(written[agent])
    phrase = object_of(corpus, thing)
    said = corpus.done.get((act, thing), Counter())
    if 2 * (said["past"] + said["perfect"]) > corpus.spread[act, thing]:
        verb = "Were" if as_written(corpus, thing) != thing else "Was"
        return f"{verb} {phrase} {participle(act)} by {by}?"
    return f"Will {phrase} be {participle(act)} by {by}?"


# Articles that must name one thing as what did acts before a question asks whether it did ("Has the scheme cut ...?"),
# besides more than half the corpus's (the two pinned together: tests/test_question_causes.py::
# test_question_a_cause_said_once_is_not_asked).
CAUSE_LEAST = 2


@lru_cache(maxsize=4096)
def takes_object(act: str) -> bool:
    """One of the first two WordNet senses of the act's verb (with its particle) takes a direct object ("ban", "cut",
    "phase out"); True for a verb WordNet does not know."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    senses = wn.synsets(act.replace(" ", "_"), "v")[:2]
    return not senses or any(wn.takes_object(offset) for offset in senses)




def stuff(noun: str) -> bool:
    """The noun's first WordNet sense is a food, a possession or a substance ("grain", "money", "water")."""
    return lexfile(noun) in STUFF_LEXFILES


# WordNet's verb frames whose object can be the subject of a passive: 8 "Somebody ----s something", 9 "Somebody ----s
# somebody", 10 "Something ----s somebody", 15 "Somebody ----s something to somebody" (wninput(5WN)).
PASSIVE_FRAMES = frozenset({8, 9, 10, 15})
# WordNet's frame of a verb of two objects: 14 "Somebody ----s somebody something".
TWO_OBJECTS_FRAME = 14


@lru_cache(maxsize=4096)
def object_passive(act: str) -> bool:
    """False for a verb of two objects ("cost the team the final") with no frame of its object made a passive subject
    among its first three WordNet senses (`PASSIVE_FRAMES`): "cost", never "give", "hand" or "deny" ("the cup was handed
    to ..."); True otherwise, and for a verb WordNet does not know."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    frames = set().union(*(wn.frames(o) for o in wn.synsets(act.replace(" ", "_"), "v")[:3]))
    return TWO_OBJECTS_FRAME not in frames or bool(frames & PASSIVE_FRAMES)


# Articles that must bound an act by one time before the question does ("... before May").
BOUND_LEAST = 2


def _bound(corpus: Summed, act: str, thing: str) -> str:
    """" <time>" when the act on the thing is bounded by one time ("end before May", "ration water this summer")
    in BOUND_LEAST articles and half of those doing it or more (tests/test_question_shapes.py::
    test_question_proposed_an_act_with_a_time_bound), or, in either voice ("the town floods", "the town is flooded"),
    in one article by the time the corpus writes in the most articles, half of them or more (TIMES_LEAST at least),
    whatever of (`_corpus_time`); else ""."""
    found = corpus.bounds.get((act, thing))
    if found:
        when = max(found, key=lambda w: (found[w], w))
        least = min(BOUND_LEAST, corpus.articles)
        if found[when] >= least and 2 * found[when] >= corpus.spread[act, thing]:
            return f" {when}"
    return _corpus_time(corpus, act, thing)


# Articles that must write one time before it bounds an act written with it once (with half the corpus's or more).
TIMES_LEAST = 3


def _corpus_time(corpus: Summed, act: str, thing: str) -> str:
    """" <time>" for the time written in the most articles, in half the corpus's or more (TIMES_LEAST at least), when it
    bounds the act on the thing in some article, in either voice: a corpus arguing what happens "this winter" writes
    it of the risk, the odds and the defences more than of the act itself. Catches "Will the town flood this winter?"
    where one article bounds the flooding; pinned by tests/test_question_times.py."""
    voices = (act, act.removeprefix(INTRANSITIVE) if act.startswith(INTRANSITIVE) else INTRANSITIVE + act)
    bounded = {when for voice in voices for when in corpus.bounds.get((voice, thing), ())}
    widest = [w for w in bounded if corpus.times[w] >= TIMES_LEAST and 2 * corpus.times[w] >= corpus.articles]
    if not widest:
        return ""
    return f" {max(widest, key=lambda w: (corpus.times[w], w))}"


@lru_cache(maxsize=1)
def imposing() -> frozenset[str]:
    """Verbs that lay a penalty or a charge on someone: "impose" and WordNet's words for its first three senses
    ("levy", "inflict", "enforce", "bring down", "visit")."""
    from .judge.wordnet import wordnet

    return frozenset({"impose"} | wordnet().synonyms("impose", "v", senses=3))


# Words above a penalty or a charge in WordNet ("fine": penalty; "tax", "tariff": charge, levy): what is imposed on
# someone. Not a rule enforced ("enforce the ban": "ban" is a decree; tests/test_question_written.py::
# test_question_a_rule_enforced_is_no_penalty, review of session 22).
PENALTY_WORDS = frozenset({"penalty", "punishment", "charge", "levy", "tax"})


@lru_cache(maxsize=4096)
def a_penalty(thing: str) -> bool:
    """The thing's first sense is a penalty or a charge laid on someone."""
    from .judge.wordnet import wordnet

    return bool(wordnet().hypernyms(thing, "n", senses=1, depth=4) & PENALTY_WORDS)


def _imposed_on(corpus: Summed, thing: str) -> tuple[str, str] | None:
    """(the thing's own verb, what the corpus does it to) for a thing that is an act named as a noun ("fine", "penalty":
    "fine Pennacott Water", "penalise the firm"), the one done to in the most articles naming it, then acted on in the most
    articles; None when its verb is done to nothing."""
    verbs = noun_verbs(thing) | {thing}
    found = [(corpus.spread[a, t], corpus.thing_spread[t], w, t, a) for (a, t), w in corpus.weight.items()
             if a in verbs and t != thing]
    if not found:
        return None
    best = max(found)
    return best[4], best[3]


def _duty(corpus: Summed, act: str, thing: str) -> tuple[str, str] | None:
    """(the verb of duty, whom it binds as the corpus writes them most) with the act on the thing, when the act is
    laid as a duty in at least half the articles doing it; else None."""
    found = corpus.duties.get((act, thing))
    if not found or 2 * sum(found.values()) < corpus.spread[act, thing]:
        return None
    verbs: Counter[str] = Counter()
    bound: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for (verb, whom, _), n in found.items():
        verbs[verb] += n
        bound[whom] += n
    whom = max(bound, key=lambda b: (bound[b], b))
    for (_, other, form), n in found.items():
        if other == whom:
            written[form] += n
    return max(verbs, key=lambda v: (verbs[v], v)), max(written, key=lambda w: (written[w], w))


def _act_score(corpus: Summed, act: str, thing: str, weight: float) -> float:
    """How much the corpus makes `act` the thing's proposition: its weight, raised by the share of
    articles naming the act as a noun ("the ban", "approval", "acceptance") and of headlines naming
    it, plus the times a body is its subject (a regulator, a court, a government, a union: who decides,
    not who comments). A garbled act ("bring the offer", "reach people") has none of these."""
    agents = sum(n for s, n in corpus.subjects.get((act, thing), Counter()).items() if s.endswith(AGENTS))
    return weight * prominence(corpus, act) + agents


def prominence(corpus: Summed, act: str) -> float:
    """1, plus the share of articles naming the act as a noun (a decision's or its opposite's), plus HEADLINE_WEIGHT
    times the share of headlines naming it (as a noun or the verb). Read by `_act_score` and by question_timing.py (the
    act asked to come too soon, among those done to the thing in as many articles)."""
    verb = act.removeprefix(INTRANSITIVE)
    nouns = act_nouns(verb)
    if verb in decisions():
        # a decision is named by the noun of either side ("a rejection would mean a strike" names whether the offer is
        # accepted), as `ask` already pools the two sides' acts (tests/test_question_decisions.py::
        # test_question_a_decision_named_by_its_opposites_noun)
        nouns = nouns | {n for other in antonyms(verb) for n in act_nouns(other)}
    named = max((corpus.events[n] for n in nouns), default=0)
    headline = max((corpus.headlines[n] for n in nouns | {verb.split()[0]}), default=0)
    articles = max(corpus.articles, 1)
    return 1 + named / articles + HEADLINE_WEIGHT * headline / articles


@lru_cache(maxsize=4096)
def act_nouns(verb: str) -> frozenset[str]:
    """The nouns naming a verb's act: the verb itself ("ban", "halt"), with its particle ("phase-out"),
    and WordNet's derivations that name an act, event or process ("approval", "acceptance")."""
    from .judge.wordnet import wordnet

    head, _, particle = verb.partition(" ")
    if particle:
        return frozenset({f"{head}-{particle}"}) if particle in PARTICLES else frozenset()
    found = {n for n in wordnet().derivations(head, "v") if is_event_noun(n)}
    return frozenset(found | ({head} if is_event_noun(head) or is_decree(head) else set()))


# WordNet's lexicographer file of acts (noun.act).
NOUN_ACT = 4


@lru_cache(maxsize=4096)
def noun_verbs(noun: str) -> frozenset[str]:
    """The verbs WordNet derives a noun from ("apology" -> "apologise", "closure" -> "close"), one word each;
    for an act noun WordNet derives from no verb, those of the act it is a kind of ("sale", "a particular
    instance of selling" -> "sell"; tests/test_question_named_acts.py, the sale of a rail operator)."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    found = {v for v in wn.derivations(noun, "n") if " " not in v}
    if not found and wn.lexfile(noun, "n") == NOUN_ACT:
        kinds = [k for k in wn.hypernyms(noun, "n", senses=1, depth=1) if wn.lexfile(k, "n") == NOUN_ACT]
        found = {v for k in kinds for v in wn.derivations(k, "n") if " " not in v}
    return frozenset(found)


@lru_cache(maxsize=1)
def decisions() -> frozenset[str]:
    """Verbs of undoing (lexicon.PRIVATIVE) and their WordNet antonyms ("reject" / "accept", "forbid" /
    "permit"): the decisions a body takes on a proposal."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    found = set(PRIVATIVE)
    for verb in PRIVATIVE:
        found |= {a.replace("_", " ") for a in wn.antonyms(verb.replace(" ", "_"), "v")}
    return frozenset(found)


@lru_cache(maxsize=4096)
def antonyms(verb: str) -> frozenset[str]:
    """WordNet's antonyms of a verb ("accept" / "reject", "approve" / "disapprove")."""
    from .judge.wordnet import wordnet

    return frozenset(a.replace("_", " ") for a in wordnet().antonyms(verb.replace(" ", "_"), "v"))


def ask_act(corpus: Summed, event: str) -> tuple[str, str] | None:
    """A verb and its particle named as a noun ("the phase-out") asked about as the act the corpus
    does with that verb ("Will Harnwick phase out coal-fired power?")."""
    verb, _, particle = event.partition("-")
    act = f"{verb} {particle}"
    if not particle or not (things := {t: w for (a, t), w in corpus.weight.items() if a == act}):
        return None
    thing = max(things, key=lambda t: (things[t], t))
    subject = subject_of(corpus, act, thing)
    phrase = object_of(corpus, thing)
    if subject is None:
        return f"Will {phrase} be {participle(act)}?", act
    return f"Will {subject} {act} {phrase}?", act

