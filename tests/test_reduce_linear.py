"""The reduce's corpus-wide steps made linear or cheaper in session 29 (issue 11, docs/performance.md) give the
answers of the code they replace: each is checked here against that code, written out, on invented names, events,
phrases and texts (the whole 1,500-article bench corpus and every batch under tests/data gave byte-identical JSON)."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import pytest

from stancemap import wording_rank
from stancemap.disagreements import SIMILAR_PER_WORD, _as_date, _same_event, _same_report, _similar_pairs
from stancemap.extract.actors import ActorIndex
from stancemap.extract.same_name import same_surname
from stancemap.extract.wording import wording_of
from stancemap.framing import FramingIndex
from stancemap.model import Event
from stancemap.wording import WordingCounts
from stancemap.wording_lex import elaborates


def _invented_surnames(seed: int) -> list[str]:
    """Surnames of 3-11 letters and their misspellings: a letter changed, dropped, doubled or two swapped."""
    rng = random.Random(seed)
    letters = "aeioukrvlmnstdb"
    names = []
    for _ in range(120):
        word = rng.choice("kvmsdt") + "".join(rng.choice(letters) for _ in range(rng.randint(2, 10)))
        names.append(word)
        i = rng.randrange(1, len(word))
        names += [word[:i] + rng.choice(letters) + word[i + 1:], word[:i] + word[i + 1:], word[:i] + word[i] + word[i:],
                  word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]]
    return list(dict.fromkeys(names))


def _old_fuzzy_surname(token: str, surnames: dict[str, str]) -> str | None:
    """kinds.KindVote._fuzzy_surname before session 29: every surname of the initial compared in Python."""
    for surname in [s for s in surnames if s[:1] == token[:1].lower()]:
        if same_surname(surname, token):
            return surnames[surname]
    return None


def test_fuzzy_surname_the_first_match_of_the_old_loop() -> None:
    names = _invented_surnames(29)
    surnames = {n: f"Ada {n.title()}" for n in names[::2]}
    index = ActorIndex()
    tokens = [n.title() for n in names] + [n.upper() for n in names[:40]] + ["Ka", "Kx"]
    found = [(index._fuzzy_surname(t, surnames), _old_fuzzy_surname(t, surnames)) for t in tokens]
    assert all(new == old for new, old in found)
    # misspellings found, beside the exact ones, and names of no surname
    assert sum(old is not None and old.split()[-1].lower() != t.lower() for (_, old), t in zip(found, tokens, strict=True)) > 20
    assert any(old is None for _, old in found)


def _events(seed: int) -> list[Event]:
    rng = random.Random(seed)
    words = [f"word{k}" for k in range(14)]
    start = date(2026, 3, 1)
    events = []
    for k in range(160):
        text = " ".join(rng.sample(words, rng.randint(0, 9)))
        day = start + timedelta(days=rng.choice([0, 1, 30, 45, 46, 90]))
        actors = rng.choice([[], ["a1"], ["a2"], ["a1", "a3"]])
        events.append(Event(f"e{k}", f"d{k}", day.isoformat(), "day", "", text, actors))
    return events


def test_same_report_is_same_event() -> None:
    from stancemap.disagreements import CONTENT

    events = _events(11)
    words = {e.id: frozenset(CONTENT.findall(e.text.lower())) for e in events}
    day = {e.id: (_as_date(e.date) or date.min).toordinal() for e in events}
    named = {e.id: frozenset(e.actors) for e in events}
    answers = [(_same_report(a.id, b.id, words, day, named), _same_event(a, b, words))
               for a, b in itertools.combinations(events, 2)]
    assert all(new == old for new, old in answers)
    assert 50 < sum(old for _, old in answers) < len(answers)  # both answers given many times


def test_similar_pairs_are_every_pair_of_one_event() -> None:
    """Session 30: `_similar_pairs` takes the events in date order, keeps each word's events of the last SAME_EVENT_DAYS
    days only and passes over pairs whose sizes or the places of their rarest shared word bound their Jaccard under
    1/2. While no word's list reaches SIMILAR_PER_WORD, every pair `_same_event` joins is yielded, and each once."""
    from stancemap.disagreements import CONTENT

    rng = random.Random(30)
    vocabulary = [f"word{k}" for k in range(40)]
    start = date(2026, 1, 1)
    events = []
    for k in range(240):
        text = " ".join(rng.sample(vocabulary, rng.randint(1, 12)))
        if events and rng.random() < 0.3:  # a report of an earlier event, a word changed
            text = " ".join([*rng.choice(events).text.split()[1:], rng.choice(vocabulary)])
        day = start + timedelta(days=rng.randint(0, 300))
        events.append(Event(f"e{k}", f"d{k}", day.isoformat(), "day", "", text, rng.choice([[], ["a1"], ["a2"]])))
    words = {e.id: frozenset(CONTENT.findall(e.text.lower())) for e in events}
    day = {e.id: (_as_date(e.date) or date.min).toordinal() for e in events}
    yielded = [frozenset((a.id, b.id)) for a, b in _similar_pairs(events, words, day)]
    assert len(yielded) == len(set(yielded))
    joined = {frozenset((a.id, b.id)) for a, b in itertools.combinations(events, 2) if _same_event(a, b, words)}
    assert len(joined) > 40 and joined <= set(yielded)
    assert len(yielded) < len(list(itertools.combinations(events, 2))) / 3  # (pairs 46-300 days apart: never looked at)
    assert all(abs(day[a] - day[b]) <= 45 for a, b in map(tuple, yielded))
    assert max(sum(w in words[e.id] for e in events) for w in vocabulary) < 4 * SIMILAR_PER_WORD  # (300 days: <= 64)



def test_similar_pairs_at_the_bounds() -> None:
    """Two events alone: their shared words are the commonest, so the last of each one's ranking, where the positional
    bound is tightest; every pair of sizes and shared words with a Jaccard of 1/2 or more is yielded (at exactly 1/2
    too), and 45 days apart as well as on one day; 46 days apart, none."""
    found, expected, apart = [], [], []
    for left, right, shared in itertools.product(range(1, 13), range(1, 13), range(1, 13)):
        if shared > min(left, right):
            continue
        x = [f"x{k}" for k in range(left - shared)] + [f"s{k}" for k in range(shared)]
        y = [f"y{k}" for k in range(right - shared)] + [f"s{k}" for k in range(shared)]
        for gap in (0, 45, 46):
            a = Event("a", "d1", "2026-03-01", "day", "", " ".join(x))
            b = Event("b", "d2", (date(2026, 3, 1) + timedelta(days=gap)).isoformat(), "day", "", " ".join(y))
            words = {"a": frozenset(x), "b": frozenset(y)}
            day = {e.id: (_as_date(e.date) or date.min).toordinal() for e in (a, b)}
            found.append(bool(list(_similar_pairs([a, b], words, day))))
            expected.append(gap <= 45 and 3 * shared >= left + right)
            apart.append(gap > 45)
    assert sum(expected) > 100 and all(f or not e for f, e in zip(found, expected, strict=True))
    assert not any(f for f, far in zip(found, apart, strict=True) if far)

@lru_cache(maxsize=1)
def _nlp() -> Any:
    from stancemap.parse import load_nlp

    return load_nlp()


OUTLETS = {
    "courier": ["The harbour levy is a fair charge. Ministers defend the harbour levy and the port fee.",
                "The port fee will rise. The harbour levy funds the quay."],
    "tabloid": ["The boat tax is a port grab. The boat tax feeds the quay cartel. The port fee is a yacht levy."],
    "wire": ["The council may approve the harbour levy. The port fee and the harbour levy were debated.",
             "The boat tax, as critics call the harbour levy, passed."],
    "gazette": ["The port fee rose. The harbour levy passed. The quay charge, a yacht levy, is new."],
}
TOPIC = (frozenset({"levy", "harbour", "approve"}), frozenset({"approve", "back", "oppose"}), frozenset({"levy"}))


def _counts() -> WordingCounts:
    counts = WordingCounts()
    for outlet, texts in OUTLETS.items():
        for text in texts:
            counts.add(outlet, wording_of(_nlp()(text)))
    counts.set_topic(*TOPIC)
    return counts


def _old_rival(counts: WordingCounts, key: str, outlet: str) -> str | None:
    """WordingCounts._find_rival before session 29: every rival read for every outlet writing the phrase."""
    mine = counts.by_outlet[outlet]
    n_key = mine[key]
    own = counts.total[key] == n_key
    best: tuple[int, str] | None = None
    for other in [o for o in sorted(counts._candidates(key)) if not elaborates(key, o)]:
        more = mine.get(other, 0) > n_key
        if more and not own:
            continue
        users = counts._preferring(other, key) - more
        if users and (best is None or users > best[0]):
            best = (users, other)
    return best[1] if best is not None else None


def test_rivals_are_the_old_loops() -> None:
    counts = _counts()
    pairs = [(key, outlet) for outlet, mine in counts.by_outlet.items() for key in mine if counts._topical(key)]
    found = [(counts._find_rival(key, outlet), _old_rival(counts, key, outlet)) for key, outlet in pairs]
    assert all(new == old for new, old in found)
    assert sum(old is not None for _, old in found) >= 3  # phrases with rivals among them


def test_ranker_score_is_the_score_of_its_features() -> None:
    model = wording_rank.active()
    if model is None:
        pytest.skip("no shipped ranker")
    counts = _counts()
    n_all = counts._size(None)
    for outlet in counts.by_outlet:
        keys = wording_rank.candidates(counts, outlet)
        near = wording_rank.similarities(counts, keys)
        rows = [wording_rank.features(counts, outlet, k, n_all, None, near[k]) for k in keys]
        assert wording_rank.scores(model, rows) == [
            wording_rank._score(counts, outlet, k, n_all, model, None, near[k]) for k in keys]


def test_framing_terms_by_position_are_the_texts_own() -> None:
    texts = [["Vodna and Bjørlund met in Kyiv. Harrik Moor spoke.", "Talks in Kiev went on. Velk-Stowe agreed."],
             ["Wodna met Bjorlund. Harrikmoor said no. The Vodna regime spoke."], ["Velkstowe and Kyiv. Port Mireille."]]
    corpus = [t for mine in texts for t in mine]
    index = FramingIndex(iter(corpus), ["Vodna", "Bjørlund", "Harrik Moor"], [], texts)
    terms = [index.terms(mine, k) for k, mine in enumerate(texts)]
    assert terms == [index.terms(mine) for mine in texts]
    assert sum(len(t) for t in terms) >= 4
