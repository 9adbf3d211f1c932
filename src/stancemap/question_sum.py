"""The proposal's first step: every article's frames summed over the corpus (`sum_frames`): the acts
done to each thing with their weight, in how many articles, by whom, the phrases and names the
things are written with, the act nouns and the headlines' words. Nothing here chooses."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .extract.frames import PROPERTY
from .framing_spelling import _fold as fold_diacritics
from .unionfind import DisjointSets

# What a thing named in every headline adds to its score, in multiples (half the headlines: half).
HEADLINE_WEIGHT = 2.0


@dataclass
class Summed:
    """The articles' frames summed: acts on each thing, with the number of articles naming them."""

    articles: int
    weight: Counter[tuple[str, str]]  # (act, thing) -> summed weight
    spread: Counter[tuple[str, str]]  # (act, thing) -> articles
    thing_spread: Counter[str]  # thing -> articles in which any act is done to it (a property said of it is none)
    subjects: dict[tuple[str, str], Counter[str]]
    phrases: dict[str, Counter[str]]
    names: Counter[str]
    events: Counter[str]  # event noun -> articles naming it
    headlines: Counter[str]  # word -> articles whose headline names it
    cased: dict[str, Counter[str]]  # a name's key -> the name as written ("ardessa" -> "Ardessa")
    outlets: frozenset[str]  # the corpus's outlets, lower case: never who decides (`subject_of`)
    recipients: dict[str, Counter[str]]  # thing -> "to"/"for" and the name it is for ("for Dravet") -> articles
    states: dict[tuple[str, str], Counter[str]]  # (act, thing) -> the state it keeps the thing in ("unchanged") -> articles
    # (act, thing) -> (verb of duty, whom it binds, as written) -> articles ("require", "cyclist", "cyclists")
    duties: dict[tuple[str, str], Counter[tuple[str, str, str]]]
    forms: dict[str, Counter[str]]  # thing -> the word as written where it is acted on ("talks", "helmets") -> times
    past: Counter[tuple[str, str]] = field(default_factory=Counter)  # (act, thing) -> articles saying it in the past
    # (act, thing) -> the time it is bounded by, as written ("before May", "this summer") -> articles
    bounds: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    said_spread: Counter[str] = field(default_factory=Counter)  # thing -> articles acting on it or saying a property of it
    # (act, thing) -> a thing named as what does it, "<lemma>|<phrase>" ("scheme|the Larkhill road scheme") -> articles
    causes: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    # (act, thing) -> how it is said as done ("perfect": "has cut"; "past": "cut") -> articles
    done: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    cause_spread: Counter[str] = field(default_factory=Counter)  # a cause's lemma -> articles saying it did an act
    # a yes/no question a headline asks -> its words as the frames key them ("Was the operation lawful?": "operation", ...)
    asked: dict[str, frozenset[str]] = field(default_factory=dict)
    act_spread: Counter[str] = field(default_factory=Counter)  # act -> articles in which it is done to anything
    # (property, thing) -> the degree it is said in ("cheaper", "too high"; "" plain) -> articles
    degrees: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    # (property, thing, degree) -> (what it is said of, what it is compared with, as written, "are" or "is": its number)
    # -> articles
    degree_words: dict[tuple[str, str, str], Counter[tuple[str, str, str]]] = field(default_factory=dict)
    # (property, thing) -> the articles (their order in the corpus) saying it: pooled over kin words of one evaluation
    # ("enough", "adequate", "inadequate") without counting an article twice (question_evaluation.py)
    property_in: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    # (property, what it is said against: "for" and its noun as written, "for Kelmarsh") -> articles, of whatever thing
    against: Counter[tuple[str, str]] = field(default_factory=Counter)
    firsts: Counter[str] = field(default_factory=Counter)  # thing -> articles saying it goes first ("build the pier first")
    order_spread: int = 0  # articles saying of any thing that it goes first
    # (noun, denied) -> the articles saying it is there ("there is a shortage") or not ("there is no shortage")
    exists_in: dict[tuple[str, bool], set[int]] = field(default_factory=dict)
    # (noun, as written, what it is of, where it is) -> articles ("shortage", "housing shortage", "", "the city")
    exists_words: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    # a word of timing said with "too" ("soon", "early", "late") or "premature" -> the articles saying it, either way
    timing_in: dict[str, set[int]] = field(default_factory=dict)
    denied: Counter[tuple[str, str]] = field(default_factory=Counter)  # (act, thing) -> articles denying it was done
    times: Counter[str] = field(default_factory=Counter)  # a time written, whatever of ("this winter", "by May") -> articles
    # thing -> a headline's words for it with a name before it ("Sarnwick's harbour levy") -> articles
    headline_named: dict[str, Counter[str]] = field(default_factory=dict)
    # thing -> a noun said of it ("elephant", "employee"; a name as written, "Orlam") -> the articles saying it
    # (frames_evaluations.py; question_quality.py)
    evaluated: dict[str, dict[str, set[int]]] = field(default_factory=dict)
    # (thing, noun) -> (the evaluation as written, the thing as written, "is" or "are") -> articles
    evaluation_words: dict[tuple[str, str], Counter[tuple[str, str, str]]] = field(default_factory=dict)


def outlet_words(outlet: str) -> str:
    """An outlet's name as a subject is compared: lower case, without a leading "the"."""
    return outlet.lower().removeprefix("the ").strip()


def sum_frames(frames: list[dict[str, Any]], outlets: Iterable[str] = ()) -> Summed:
    weight: Counter[tuple[str, str]] = Counter()
    spread: Counter[tuple[str, str]] = Counter()
    thing_spread: Counter[str] = Counter()
    subjects: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    phrases: dict[str, Counter[str]] = defaultdict(Counter)
    cased: dict[str, Counter[str]] = defaultdict(Counter)
    names: Counter[str] = Counter()
    events: Counter[str] = Counter()
    headlines: Counter[str] = Counter()
    recipients: dict[str, Counter[str]] = defaultdict(Counter)
    states: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    duties: dict[tuple[str, str], Counter[tuple[str, str, str]]] = defaultdict(Counter)
    past: Counter[tuple[str, str]] = Counter()
    said_spread: Counter[str] = Counter()
    bounds: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    causes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    done: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    cause_spread: Counter[str] = Counter()
    asked: dict[str, frozenset[str]] = {}
    act_spread: Counter[str] = Counter()
    degrees: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    degree_words: dict[tuple[str, str, str], Counter[tuple[str, str, str]]] = defaultdict(Counter)
    property_in: dict[tuple[str, str], set[int]] = defaultdict(set)
    against: Counter[tuple[str, str]] = Counter()
    firsts: Counter[str] = Counter()
    order_spread = 0
    exists_in: dict[tuple[str, bool], set[int]] = defaultdict(set)
    exists_words: Counter[tuple[str, str, str, str]] = Counter()
    timing_in: dict[str, set[int]] = defaultdict(set)
    denials: Counter[tuple[str, str]] = Counter()
    times: Counter[str] = Counter()
    headline_named: dict[str, Counter[str]] = defaultdict(Counter)
    evaluated: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    evaluation_words: dict[tuple[str, str], Counter[tuple[str, str, str]]] = defaultdict(Counter)
    spelt = _one_spelling(frames)
    same = _one_thing(frames, spelt)

    def one(key: str) -> str:  # a key as the corpus spells it most, then as the word of its sense acted on most
        return same(spelt(key))

    for index, frame in enumerate(frames):
        headlines.update({one(w) for w in frame.get("headline", [])})
        for text, keys in frame.get("asked", []):
            asked[text] = frozenset(one(w) for w in keys)
        names.update({one(k): n for k, n in frame.get("names", {}).items()})
        events.update(set(frame.get("events", {})))
        seen: set[str] = set()
        said: set[str] = set()
        for key, w in frame.get("acts", {}).items():
            act, thing = key.split("\t")
            weight[act, one(thing)] += w
            spread[act, one(thing)] += 1
            said.add(one(thing))
            if not act.startswith(PROPERTY):  # (a property said of it is not an act done to it: q_plebiscite; question.py)
                seen.add(one(thing))
            else:
                property_in[act, one(thing)].add(index)
        thing_spread.update(seen)
        said_spread.update(said)
        act_spread.update({key.split("\t")[0] for key in frame.get("acts", {})})
        for key, n in frame.get("subjects", {}).items():
            act, thing, subject = key.split("\t")
            subjects[act, one(thing)][subject] += n
        for key, n in frame.get("phrases", {}).items():
            thing, phrase = key.split("\t")
            phrases[one(thing)][phrase] += n
        for key, n in frame.get("recipients", {}).items():
            thing, name = key.split("\t")
            recipients[one(thing)][name] += n
        for key, n in frame.get("states", {}).items():
            act, thing, state = key.split("\t")
            states[act, one(thing)][state] += n
        for key, n in frame.get("duties", {}).items():
            act, thing, duty, bound, written = key.split("\t")
            duties[act, one(thing)][duty, bound, written] += n
        for key in frame.get("bounds", {}):
            act, thing, when = key.split("\t")
            bounds[act, one(thing)][when] += 1
        said_done = {tuple(key.split("\t")[:2]) for key in frame.get("done", {})}
        did: set[str] = set()
        for key in frame.get("causes", {}):
            act, thing, cause = key.split("\t")
            causes[act, one(thing)][cause] += 1
            if (act, thing) in said_done:
                did.add(cause.partition("|")[0])  # (a cause said to have done it: "the scheme has cut pollution")
        cause_spread.update(did)
        for key in frame.get("done", {}):
            act, thing, aspect = key.split("\t")
            done[act, one(thing)][aspect] += 1
        for key in frame.get("past", {}):
            act, thing = key.split("\t")
            past[act, one(thing)] += 1
        said_in: set[tuple[str, ...]] = set()  # (per article: summed, the articles saying it so)
        for key in frame.get("degrees", {}):
            act, thing, form, subject, than, number = key.split("\t")
            said_in.add((act, one(thing), form, subject, than, number))
        for act, thing, form in {k[:3] for k in said_in}:
            degrees[act, thing][form] += 1
        for act, thing, form, subject, than, number in said_in:
            degree_words[act, thing, form][subject, than, number] += 1
        against.update({(key.split("\t")[0], key.split("\t")[2]) for key in frame.get("complements", {})})
        firsts.update({one(thing) for thing in frame.get("firsts", {})})
        order_spread += bool(frame.get("firsts"))
        there = {tuple(key.split("\t")) for key in frame.get("exists", {})}
        for noun, denied, *_ in there:
            exists_in[noun, bool(denied)].add(index)
        exists_words.update({(noun, written, of, where) for noun, _, written, of, where in there})
        denials.update({(key.split("\t")[0], one(key.split("\t")[1])) for key in frame.get("denied", {})})
        for key in frame.get("timing", {}):  # (a record mapped before session 37 wrote "<word>\t<no or empty>")
            timing_in[key.partition("\t")[0]].add(index)
        times.update(frame.get("times", {}).keys())
        for key in frame.get("headline_named", {}):
            thing, written = key.split("\t")
            headline_named[one(thing)][written] += 1
        for key in frame.get("evaluations", {}):
            noun, thing, written, said_of, number = key.split("\t")
            evaluated[one(thing)][noun].add(index)
            evaluation_words[one(thing), noun][written, said_of, number] += 1
        for key, n in frame.get("forms", {}).items():
            thing, form = key.split("\t")
            forms[one(thing)][form] += n
        for key, n in frame.get("cased", {}).items():
            thing, name = key.split("\t")
            cased[one(thing)][name] += n
    return Summed(len(frames), weight, spread, thing_spread, subjects, phrases, names, events, headlines, cased,
                   frozenset(outlet_words(o) for o in outlets), recipients, states, duties, forms, past, bounds, said_spread,
                  causes, done, cause_spread, asked, act_spread, degrees, degree_words, dict(property_in),
                  against, firsts, order_spread, dict(exists_in), exists_words, dict(timing_in), denials, times,
                  dict(headline_named), {t: dict(e) for t, e in evaluated.items()}, dict(evaluation_words))


def _one_spelling(frames: list[dict[str, Any]]) -> Callable[[str], str]:
    """Each name's key as the corpus writes it most, whatever its diacritics: "Varescu" in one article
    and "Vărescu" in four are one person (tests/test_question_persons.py::test_question_one_name_with_and_without_diacritics)."""
    written: Counter[str] = Counter()
    for frame in frames:
        written.update(frame.get("names", {}))
        written.update(frame.get("headline", []))
    best: dict[str, str] = {}
    for key in sorted(written, key=lambda k: (-written[k], k)):
        best.setdefault(fold_diacritics(key), key)
    return lambda key: best.get(fold_diacritics(key), key) if key in written else key


# How far down the other word's senses (WordNet's, most frequent first) the first sense of a thing may stand for the two
# to be one thing: "case" holds "lawsuit" third, "agreement" holds "arrangement" fourth; "line" holds "job" nineteenth,
# "bill" holds "placard" sixth, "home" holds "family" eighth (tests/test_question_things.py).
COMMON_SENSES = 4


def _one_thing(frames: list[dict[str, Any]], spelt: Callable[[str], str]) -> Callable[[str], str]:
    """Things the corpus acts on that WordNet names by one sense (the first of one word, among the first
    COMMON_SENSES of the other: "lawsuit" and "case", "ceasefire" and "truce") as one thing, keyed by the one acted
    on most: one proposition by several names is argued about as one (tests/test_question_things.py). Names are
    left apart."""
    from .judge.wordnet import wordnet

    acted: Counter[str] = Counter()
    names: set[str] = set()
    for frame in frames:
        for key, w in frame.get("acts", {}).items():
            acted[spelt(key.split("\t")[1])] += w
        names.update(spelt(k) for k in frame.get("names", {}))
    things = sorted(t for t in acted if t not in names)
    by_form = {_form(t): t for t in things}
    groups = DisjointSets(things)
    wn = wordnet()
    for thing in things:
        for word in sorted(wn.synonyms(thing, "n", senses=1, mutual=True, within=COMMON_SENSES)):
            other = by_form.get(_form(word))
            if other is not None and (a := groups.root(thing)) != (b := groups.root(other)):
                kept, joined = (a, b) if (acted[a], a) >= (acted[b], b) else (b, a)
                groups.join(joined, kept)
    moved = {t: root for t in things if (root := groups.root(t)) != t}
    return lambda key: moved.get(key, key)


def _form(word: str) -> str:
    """A word without its hyphens and spaces: "cease-fire", "ceasefire" and "cease fire" are one."""
    return word.replace("-", "").replace(" ", "")


def subject_text(subject: str) -> str:
    return subject.split("|", 1)[0]

