"""The proposed question when the proposition is a state kept (issue 9, session 13): a verb of keeping with
its object and the state it keeps it in ("keep rates unchanged", "keep the ward open") is an act, though the
verb alone is too general to be one. Every name here is invented."""

from __future__ import annotations

from typing import Any

from stancemap.model import Source
from stancemap.pipeline import analyze_sources


def _frames(text: str) -> dict[str, Any]:
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    return frames_of(load_nlp()(text))


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
    analysis = analyze_sources([Source(f"n{i}.txt", "text", text=t) for i, t in enumerate([
        "Drellin rate decision looms\n\nThe Drellin Reserve Bank is expected to keep its key rate unchanged on "
        "Thursday. Exporters want a cut. An economist said holding firm was right.",
        "Shops plead for relief on rates\n\nRetailers said the board should not keep rates unchanged again. A board "
        "member said she would vote to keep rates steady until wages slow.",
        "What the rate decision means for you\n\nEconomists expect no change. The sensible thing is to keep the rate "
        "steady, said Orla Penn of Castry Savings.",
    ])])
    q = analysis.question
    assert q is not None
    assert q.text.startswith("Will the Drellin Reserve Bank keep") and q.text.endswith(
        ("unchanged?", "steady?")), q.text
