"""The proposal's first step: every article's frames summed over the corpus (`sum_frames`): the acts
done to each thing with their weight, in how many articles, by whom, the phrases and names the
things are written with, the act nouns and the headlines' words. Nothing here chooses."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# What a thing named in every headline adds to its score, in multiples (half the headlines: half).
HEADLINE_WEIGHT = 2.0


@dataclass
class Summed:
    """The articles' frames summed: acts on each thing, with the number of articles naming them."""

    articles: int
    weight: Counter[tuple[str, str]]  # (act, thing) -> summed weight
    spread: Counter[tuple[str, str]]  # (act, thing) -> articles
    thing_spread: Counter[str]  # thing -> articles in which any act is done to it
    subjects: dict[tuple[str, str], Counter[str]]
    phrases: dict[str, Counter[str]]
    names: Counter[str]
    events: Counter[str]  # event noun -> articles naming it
    headlines: Counter[str]  # word -> articles whose headline names it
    cased: dict[str, Counter[str]]  # a name's key -> the name as written ("ardessa" -> "Ardessa")
    outlets: frozenset[str]  # the corpus's outlets, lower case: never who decides (`subject_of`)
    recipients: dict[str, Counter[str]]  # thing -> "to"/"for" and the name it is for ("for Dravet") -> articles


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
    for frame in frames:
        headlines.update(set(frame.get("headline", [])))
        names.update(frame.get("names", {}))
        events.update(set(frame.get("events", {})))
        seen: set[str] = set()
        for key, w in frame.get("acts", {}).items():
            act, thing = key.split("\t")
            weight[act, thing] += w
            spread[act, thing] += 1
            seen.add(thing)
        thing_spread.update(seen)
        for key, n in frame.get("subjects", {}).items():
            act, thing, subject = key.split("\t")
            subjects[act, thing][subject] += n
        for key, n in frame.get("phrases", {}).items():
            thing, phrase = key.split("\t")
            phrases[thing][phrase] += n
        for key, n in frame.get("recipients", {}).items():
            thing, name = key.split("\t")
            recipients[thing][name] += n
        for key, n in frame.get("cased", {}).items():
            thing, name = key.split("\t")
            cased[thing][name] += n
    return Summed(len(frames), weight, spread, thing_spread, subjects, phrases, names, events, headlines, cased,
                   frozenset(outlet_words(o) for o in outlets), recipients)


def subject_text(subject: str) -> str:
    return subject.split("|", 1)[0]

