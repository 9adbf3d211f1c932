"""The condition finders' word gates (session 20, docs/performance.md): a finder is run only on a sentence where a
word its first tests need stands; with every gate open the conditions are the same, and no finder finds a
condition on a sentence its gate closes."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from stancemap.judge import conditions, demands, requirements
from stancemap.judge.conditions import find_conditions, sentence_words
from stancemap.judge.conditions_only import only_with

# Invented sentences, one or more for each gated pattern, and some with none.
SENTENCES = [
    "Marsh said Osterland would join the pact only after the war ends.",
    "The union said it must first carry out reforms of its courts.",
    "Any support for the plan would require a jobs guarantee, the mayor said.",
    "Osterland could join on condition that the border is settled.",
    "The council would back the levy in exchange for a cut in fares.",
    "We will only back the scheme with a signed pledge on jobs.",
    "The party will not back the ordinance without a pay pledge.",
    "The board would only sell the mill at a fair price, she said.",
    "The clinic may open, but only through licensed pharmacies.",
    "The ministry said the deal is not negotiable for the farmers.",
    "The buyer must be credible and the cost should be borne by the state.",
    "A new owner would have to earn the city's trust first.",
    "The owners must put in money of their own, the council said.",
    "Brenmoor Holdings should repay the loan to the workers.",
    "It has to be a number that this city can carry without cutting schools.",
    "The town will back whatever the engineers say is safe.",
    "A partnership has to mean that the hospitals stay open.",
    "He would back the rescue provided half the workforce is hired locally.",
    "They will vote for the bylaw now that the fund has been adopted.",
    "The opposition would tear up the plan the moment it wins power.",
    "They will sign as soon as the fighting stops.",
    "Any deal must include a pension guarantee, the union said.",
    "A signed pay agreement would change our view, the drivers said.",
    "We would resist any closure that was not backed by a timetable.",
    "Put that on paper and you will have the drivers with you.",
    "Teldor withdraws first, and we ratify later.",
    "Our demand is plain: release the prisoners first.",
    "The union would insist on keeping its golden share.",
    "The province pays the difference, or there is no bridge.",
    "The minister is not ready to sign the accord in its current form, calling for a carve-out for farmers.",
    "We will only join a government that guarantees direct payments.",
    "The guild will not let it become a redundancy programme.",
    "Construction should be suspended pending a full review.",
    "The party will back the government on one condition - that the bill is shelved.",
    "If they renew the licence, it has to come with an independent monitor.",
    "The union accepted the offer as a condition of the truce.",
    "Any extension must come with a review clause.",
    "The mayor said the city would first have to find the money.",
    "What we have asked is that the depot stays open.",
    "A deal without a pay rise will not get our signature.",
    "Ministers expect every job to be protected in any sale of the yard.",
    "The growers would not drop their demand for a price floor.",
    "Her party wanted the notice period cut to two weeks.",
    "A transition period may be enough to allow us to sign.",
    "A three-year transition would let us adapt, the fishers said.",
    "Tighten the price cap, test the buyer's finances, and then say yes.",
    "The league would welcome the move with the stadium finished.",
    "The mayor spoke to reporters in the square on Monday.",
    "Critics called the plan reckless and said it would cost jobs.",
    "The airline resumed flights to the island last week.",
]


@cache
def _docs() -> list[Any]:
    from stancemap.parse import load_nlp

    nlp = load_nlp()
    return list(nlp.pipe(SENTENCES))


def _open_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every gate open: each sentence reads as holding every word any gate needs."""
    everything = set(conditions.MARKER_WORDS | conditions.REQUIREMENT_NOUNS | conditions.WITH_WORDS)
    everything |= {"without", "mean"} | requirements.NOT_NEGOTIABLE | requirements.OBLIGATION_WORDS
    everything |= requirements.FREE_RELATIVES
    for words in conditions.GATES.values():
        everything |= words
    for gate, _ in demands.FINDERS:
        for need in gate or ():
            everything |= need
    opened = frozenset(everything)
    for module in (conditions, demands, requirements):
        monkeypatch.setattr(module, "sentence_words", lambda sent: opened)


def _found(doc: Any) -> list[list[tuple[str, str, int, int]]]:
    sents = list(doc.sents)
    return [[(c.text, c.normalized, c.start, c.end) for c in find_conditions(doc, s.start_char, s.end_char, sents, k)]
            for k, s in enumerate(sents)]


def test_conditions_gates_the_same_conditions_as_every_finder_run(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [_found(doc) for doc in _docs()]
    _open_everything(monkeypatch)
    assert [_found(doc) for doc in _docs()] == gated
    assert sum(bool(c) for found in gated for c in found) >= 35  # the sentences do state conditions


def test_conditions_gates_no_finder_finds_where_its_gate_closes() -> None:
    """Each gated finder, run alone on every sentence: where it finds a condition, its gate opens."""
    exercised = set()
    for doc in _docs():
        for sent in doc.sents:
            words = sentence_words(sent)
            for name, gate in conditions.GATES.items():
                if (only_with if name == "only_with" else getattr(conditions, name))(sent):
                    exercised.add(name)
                    assert not gate.isdisjoint(words), (name, sent.text)
            for gate, finder in demands.FINDERS:
                if gate is not None and finder(sent, frozenset()):
                    exercised.add(id(finder))
                    assert all(not need.isdisjoint(words) for need in gate), (gate, sent.text)
            if conditions._clause_conditions(sent):
                assert not conditions.MARKER_WORDS.isdisjoint(words), sent.text
            for part, need in ((requirements._must_do, requirements.OBLIGATION_WORDS),
                               (requirements._must_be_done, requirements.OBLIGATION_WORDS)):
                if part(sent, frozenset()):
                    exercised.add(part.__name__)
                    assert not need.isdisjoint(words), sent.text
    assert {"_obligations", "_dependence", "only_with", "_must_do", "_must_be_done"} <= exercised
    assert len(exercised) >= 28  # most of demands' gated finders find their sentence's condition


def test_gates_opened_by_lookup_are_those_tested() -> None:
    """`demands._opened` finds the gated finders by looking the sentence's words up (issue 11, session 43): on every
    sentence above, and on words made to open each gate alone, they are the gates every set of which meets the words."""
    def tested(present: frozenset[str]) -> set[int]:
        return {k for k, (gate, _) in enumerate(demands.FINDERS)
                if gate is not None and not any(map(present.isdisjoint, gate))}

    cases = [sentence_words(sent) for doc in _docs() for sent in doc.sents]
    cases += [frozenset(min(need) for need in gate) for gate, _ in demands.FINDERS if gate is not None]
    cases += [frozenset(), frozenset({"|relcl", "with", "would", "change"})]
    assert all(demands._opened(words) == tested(words) for words in cases)
    assert sum(bool(tested(words)) for words in cases) >= 40
