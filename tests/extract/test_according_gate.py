"""according_candidates walks only a sentence that holds "according" or an opinion noun, or that opens with
"in" (extract/according.py GATE_WORDS): every branch of its loop first needs one of those, so the candidates
are the same as with every sentence walked (speed only)."""

from __future__ import annotations

import pytest

from stancemap.extract import according
from stancemap.extract.text import doc_text
from stancemap.parse import load_nlp

TEXTS = [
    "According to the harbour master, the new pier will open in May.",
    "The pier will open in May, according to a spokeswoman for the Tollbridge port authority.",
    "In her opinion, the Merrowdale bypass is a waste of money.",
    "To my mind, the ferry subsidy should end next year.",
    "In the latest survey, Councillor Pell led her rival by six points.",
    "In the Ostrava analyses published on Friday, the levy was found to be popular.",
    "The council, ACCORDING TO residents, ignored every objection to the quarry.",
    "In his view the tunnel should never have been approved, and in the eyes of many it is a folly.",
    "Residents reviewed the plans on Monday and said nothing about the opinion polls.",
    "The minister left early. Nobody asked her about the bridge.",
]


def _candidates(text: str) -> list[str]:
    doc = load_nlp()(text)
    quotes: list[tuple[int, int]] = []
    return [repr(c) for i, sent in enumerate(doc.sents) for c in according.according_candidates(sent, i, quotes)]


@pytest.mark.parametrize("text", TEXTS)
def test_according_gate_keeps_every_candidate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _candidates(text)
    monkeypatch.setattr(according, "GATE_WORDS", ("",))  # "" is in every sentence: the gate open
    assert gated == _candidates(text)


def test_according_gate_closes_on_a_sentence_without_its_words() -> None:
    doc = load_nlp()("The minister left early on Tuesday.")
    sent = next(iter(doc.sents))
    low = doc_text(doc)[sent.start_char:sent.end_char].lower()
    assert sent[0].lower_ != "in" and not any(word in low for word in according.GATE_WORDS)
    found = sum(bool(_candidates(t)) for t in TEXTS)
    assert found >= 5  # the texts exercise the finder, not only the gate
