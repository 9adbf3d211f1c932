"""The proposed question when the proposition is a state kept (issue 9, session 13): a verb of keeping with
its object and the state it keeps it in ("keep rates unchanged", "keep the ward open") is an act, though the
verb alone is too general to be one. Every name here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.model import Source
from stancemap.pipeline import analyze_sources


def _frames(text: str) -> dict[str, Any]:
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    return frames_of(load_nlp()(text))


def _proposed(texts: list[str]) -> str:
    """The question proposed for these articles ("" when none)."""
    q = analyze_sources([Source(f"n{i}.txt", "text", text=t) for i, t in enumerate(texts)]).question
    return q.text if q is not None else ""


def test_frames_a_state_kept_is_an_act() -> None:
    # "keep X steady" / "keep X open": an act with its state; "keep" with a bare object or "find X hard" is none.
    frames = _frames("The Drellin Reserve Bank is expected to keep interest rates steady. The trust could keep the "
                     "clinic open. She kept her notes. Traders found the rules hard.")
    assert {"keep\trate", "keep\tclinic"} <= set(frames["acts"]), frames["acts"]
    assert "keep\tnote" not in frames["acts"] and not any(k.startswith("find") for k in frames["acts"]), frames
    assert frames["states"] == {"keep\trate\tsteady": 1, "keep\tclinic\topen": 1}, frames["states"]
    # ... and "X is expected to keep": the passive subject of the governing verb is who keeps
    assert "keep\trate\tThe Drellin Reserve Bank|ORG" in frames["subjects"], frames["subjects"]


def test_question_a_state_kept_is_an_act() -> None:
    # The status quo as the proposition: the bank keeping its rate where it is, argued for and against.
    text = _proposed([
        "Drellin rate decision looms\n\nThe Drellin Reserve Bank is expected to keep its key rate unchanged on "
        "Thursday. Exporters want a cut. An economist said holding firm was right.",
        "Shops plead for relief on rates\n\nRetailers said the board should not keep rates unchanged again. A board "
        "member said she would vote to keep rates steady until wages slow.",
        "What the rate decision means for you\n\nEconomists expect no change. The sensible thing is to keep the rate "
        "steady, said Orla Penn of Castry Savings.",
    ])
    assert text.startswith("Will the Drellin Reserve Bank keep") and text.endswith(("unchanged?", "steady?")), text


def test_frames_a_time_survived_is_no_object() -> None:
    # Session 14 (q_last): "survive the winter" says how long the truce lasts; "is likely to break down": the
    # subject of "is likely" breaks down. "postpone the date" keeps its object (a body's act, not a thing lasting).
    frames = _frames("Dorvan said the Halsey truce would not survive the winter. An analyst said the truce is likely to "
                     "break down. The committee will postpone the date.")
    assert {"=survive\ttruce", "=break down\ttruce", "postpone\tdate"} <= set(frames["acts"]), frames["acts"]
    assert "survive\twinter" not in frames["acts"], frames["acts"]


def test_frames_a_state_made_is_an_act() -> None:
    # Session 14 (q_carfree): a resultative, "make X car-free", is an act on X with the state it is put in, whether
    # the parser hangs X under the adjective or inside its hyphened words; "make a decision" is none.
    frames = _frames("The city would make the old town car-free. Should Tarvia make jury service compulsory? "
                     "The board will make a decision.")
    assert {"make\ttown", "make\tservice"} <= set(frames["acts"]), frames["acts"]
    assert "make\tdecision" not in frames["acts"], frames["acts"]
    assert frames["states"] == {"make\ttown\tcar-free": 1, "make\tservice\tcompulsory": 1}, frames["states"]


def test_question_a_state_made_is_asked_with_its_state() -> None:
    # The proposition a resultative: Dunmere making its seafront car-free, argued for and against.
    text = _proposed([
        "Dunmere to vote on car-free seafront\n\nDunmere council will vote on a plan to make the seafront "
        "car-free. Cafe owners said they would back it. A resident said the council should not do it.",
        "Traders fear car-free seafront\n\nThe mayor said the town would make the seafront car-free by June. "
        "Traders said it would cost them customers.",
        "Car-free seafront splits Dunmere\n\nCyclists said the council must make the seafront car-free. "
        "Drivers said the plan was unfair.",
    ])
    assert "seafront" in text and text.endswith("car-free?"), text


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a state said with 'be in' ('the economy is in recession') is no property of the "
                   "frames: read so (WordNet noun.state), it fired in 10 articles of 6 corpora and moved no proposal "
                   "(q_recession's headline question asked first); not kept (docs/evaluation.md, issue 9 session 33, "
                   "round 2)")
def test_frames_a_state_said_with_be_in_is_a_property() -> None:
    # A noun of state (WordNet's noun.state) after "be in" is a property of the subject, "in <state>", weighted as a
    # property (a reported clause: 2); "in favour" (a feeling) and "in talks" (an act) are none.
    frames = _frames("The economy is in recession, the minister said. Brennan is in favour of the plan. The two "
                     "firms are in talks. The mill was in debt.")
    states = {k: v for k, v in frames["acts"].items() if k.startswith("=be ")}
    assert states == {"=be in recession\teconomy": 2, "=be in debt\tmill": 1}, states

