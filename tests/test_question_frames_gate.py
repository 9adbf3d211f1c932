"""frames_of passes over a token that is no noun, name or verb (and no particle): every test of its loop
first needs one of those, so the frames are the same as with every token tested; named_act asks WordNet of a
noun only when it has a child one of its answers needs (speed only)."""

from __future__ import annotations

import pytest

from stancemap.extract import frames, frames_nouns
from stancemap.parse import load_nlp

# Invented sentences touching every test of the loop: acts named as nouns, particles ("phase-out"),
# names before nouns, recipients, states, intransitive acts, a person's own act, membership.
QUIET = "It is very, very quiet here - and, frankly, nobody up there seems to mind at all."
TEXTS = [
    "The Merrowdale council wants to phase out diesel buses by 2030, and the phase-out has angered drivers.",
    "Opposition leader Talvi Oresk urged Brannock to join the Southern Accord, but Brannock refused.",
    "The ban on night flights would hurt trade, said the Quarry Lane Traders' Association on Tuesday.",
    "Ministers granted asylum to Pell Varrow and will send Dunmore back to Ostrava next week.",
    "The regulator kept rates unchanged and wants to make the old harbour car-free.",
    "Will the truce hold? Analysts doubt the ceasefire will survive the winter.",
    "The closure of the Fenwick smelter and the extradition of Aldo Marsk were debated; the car ban was not.",
    "Velmora's bid for membership of the Coastal League stalled after the vote was called off.",
    "Councillor Ines Haverty refuses to resign, and her party has called a referendum on the bridge.",
    QUIET,
    "The board gave the go-ahead to the Tollmere quarry, and permission to extend the depot was refused.",
    "Residents won planning permission for a skate park; the consent of every member is still needed.",
    "The developer sought approval for the tower, but the approval of the scheme was delayed by a car ban.",
]


class _Every:
    """A container holding every part of speech: the gate opened."""

    def __contains__(self, item: object) -> bool:
        return True


@pytest.mark.parametrize("text", TEXTS)
def test_frames_gate_keeps_every_frame(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sdoc = load_nlp()(text)
    gated = frames.frames_of(sdoc, "A headline about the phase-out")
    monkeypatch.setattr(frames, "_FRAMED_POS", _Every())
    assert frames.frames_of(sdoc, "A headline about the phase-out") == gated


def test_frames_gate_passes_over_other_tokens() -> None:
    sdoc = load_nlp()(QUIET)
    skipped = [t.text for t in sdoc if t.pos_ not in frames._FRAMED_POS and t.lower_ not in frames.PARTICLES]
    assert {"very", ",", "-", "at", "all"} <= set(skipped)
    assert "up" not in skipped  # a particle is kept for particle_noun


@pytest.mark.parametrize("text", TEXTS)
def test_named_act_gate_keeps_every_act(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sdoc = load_nlp()(text)
    gated = [frames_nouns.named_act(t) for t in sdoc]
    monkeypatch.setattr(frames_nouns, "_may_name_act", lambda tok, children: True)
    assert [frames_nouns.named_act(t) for t in sdoc] == gated


def test_named_act_gate_finds_the_acts() -> None:
    """The texts above do name acts and consents through each kind of child the gate lets through."""
    found = {(verb, obj.lower_) for text in TEXTS[-3:] for t in load_nlp()(text)
             if (named := frames_nouns.named_act(t)) for verb, obj in [named]}
    assert len(found) >= 3, found
