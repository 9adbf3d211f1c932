"""scripts/stance_replay.py: the learned layer replayed through the run's own steps. The replay of the shipped model
must be the run itself, a swapped model must be the one that judges, and the kept state must not change."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from stancemap.judge import learned
from stancemap.judge.carry import IN_ARTICLE

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
QUESTION = "Will Dunsmere council approve the harbour levy?"
ARTICLES = {
    "levy_vote": """Council to vote on harbour levy

Dunsmere council will vote next week on whether to approve the harbour levy, a charge on every boat moored in the old
port.

"The harbour levy is a licence to print money," said Ana Corr, who chairs the boat owners' association.
"Frankly it is daylight robbery dressed up as maintenance," Corr said.
Deputy mayor Tomas Brell said the levy would pay for dredging the silted channel.
"We have looked at every other option and the levy is the fairest way," Brell said.
"My grandson starts school in September," Corr added.
""",
    "levy_row": """Harbour levy splits Dunsmere

The harbour levy goes before Dunsmere council on Tuesday.

"It is a blank cheque for the council," said fisherman Piet Oduya.
Councillor Mira Stane said: "The port cannot pay for itself any more. We need the levy."
"Nobody in this town asked for it," Oduya said.
""",
}
GOLD = {
    "levy_vote": [("a licence to print money", ["oppose"]), ("daylight robbery dressed up as maintenance", ["oppose"]),
                  ("the levy would pay for dredging the silted channel", ["support", "neutral"]),
                  ("the levy is the fairest way", ["support"]), ("My grandson starts school in September", None)],
    "levy_row": [("It is a blank cheque for the council", ["oppose"]),
                 ("The port cannot pay for itself any more", ["support"]),
                 ("Nobody in this town asked for it", ["oppose"])],
}


@pytest.fixture
def replay(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The script as a module (train_stance, which it imports, turns the layer off on import: it is turned on again),
    with its own cache folder."""
    monkeypatch.setenv("STANCEMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STANCEMAP_LEARNED", "on")
    monkeypatch.syspath_prepend(str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("stance_replay_under_test", SCRIPTS / "stance_replay.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("STANCEMAP_LEARNED", "on")
    return module


@pytest.fixture
def state(replay, tmp_path: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
        statements = [{"anchor": anchor, "stance": stance} for anchor, stance in GOLD[name]]
        (gold / f"{name}.json").write_text(json.dumps({"statements": statements}), encoding="utf-8")
    kept: dict[str, Any] = replay.capture("levy", (corpus, gold, QUESTION, None))
    return kept


@pytest.mark.skipif(not learned.enabled(), reason="no trained model or encoder")
def test_the_shipped_model_replayed_is_the_run(replay, state) -> None:  # type: ignore[no-untyped-def]
    """The check the script makes before any figure: the kept state replayed with the shipped layer gives the run's
    own stances, statement by statement, and leaves the kept state as it was (a replay judges a copy)."""
    before = [(s.stance, list(s.stance_evidence)) for s in state["statements"]]
    assert state["parts"], "the layer had statements to read"
    assert len(state["matches"]) >= 5
    assert replay.replay(state) == (state["run_right"], len(state["matches"]))
    assert [(s.stance, list(s.stance_evidence)) for s in state["statements"]] == before
    # The text parts recomputed from the kept texts are the run's own (learned.text_scores, cached with the judgements).
    with replay.swapped(None):
        ids = list(state["texts"])
        again = learned.text_scores([state["texts"][i] for i in ids], state["question"], state["privative"])
    assert again == [state["parts"][i] for i in ids]


@pytest.mark.skipif(not learned.enabled(), reason="no trained model or encoder")
def test_a_swapped_model_is_the_one_that_judges(replay, state) -> None:  # type: ignore[no-untyped-def]
    """A model whose bias says oppose whatever it reads turns the neutrals the layer reads to oppose; the shipped
    model, replayed after it, is itself again (the swap is undone)."""
    m = replay.as_model(json.loads(learned.MODEL_FILE.read_text(encoding="utf-8")))
    m["bias"] = m["bias"] + [0.0, 200.0, 0.0, 0.0, 0.0]
    opposed = replay.judged(state, m)
    shipped = replay.judged(state)
    # (not a neutral by default: its last step gates on the text's share alone, which no bias moves)
    readable = [i for i, s in enumerate(state["statements"]) if s.id in state["parts"] and s.stance == "neutral"
                and s.stance_evidence != [IN_ARTICLE]]
    assert readable
    assert all(opposed[i].stance == "oppose" for i in readable)
    # (stances and evidence: since session 42 the shipped layer's one support here, against its speaker's two other
    # readings, takes their opposition, carry.outweigh_learned, so the stances alone may agree)
    assert [(s.stance, s.stance_evidence) for s in shipped] != [(s.stance, s.stance_evidence) for s in opposed]
    assert replay.replay(state) == (state["run_right"], len(state["matches"]))


def test_as_model_is_the_layers_own_reading_of_the_file(replay) -> None:  # type: ignore[no-untyped-def]
    """The swapped-in model has learned.model()'s layout: the same arrays and per-feature rows."""
    import numpy as np

    if not learned.MODEL_FILE.is_file():
        pytest.skip("no trained model")
    mine, theirs = replay.as_model(json.loads(learned.MODEL_FILE.read_text(encoding="utf-8"))), learned.model()
    for key in ("mean", "scale", "weights", "bias"):
        assert np.array_equal(mine[key], theirs[key])
    assert mine["index"] == theirs["index"] and mine["rows"] == theirs["rows"]


def test_a_written_model_is_the_one_the_layer_reads(replay, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    """`--write` (session 35) puts the replayed model where learned.model() reads it: the same keys and arrays to the
    file's six decimals, and for `mix` the shipped model's corpora named before the refit's."""
    import argparse

    import numpy as np

    if not learned.MODEL_FILE.is_file():
        pytest.skip("no trained model")
    shipped = learned.model()
    fitted = replay.as_model({**json.loads(learned.MODEL_FILE.read_text(encoding="utf-8")), "corpora": ["q_new"]})
    fitted["weights"] = fitted["weights"] * 0.5 + 0.01  # any model other than the shipped one
    monkeypatch.setattr(learned, "MODEL_FILE", tmp_path / "stance_model.json")
    args = argparse.Namespace(lam=50.0, mix=0.8)
    replay.write_model(fitted, "mix", args, {"DEVELOP": {"right": 1, "n": 2}}, shipped)
    learned.model.cache_clear()  # (the shipped file's, read above)
    try:
        back = learned.model()
    finally:
        learned.model.cache_clear()
    assert back["keys"] == fitted["keys"]
    for key in ("mean", "scale", "weights", "bias"):
        assert np.allclose(back[key], fitted[key], atol=1e-6)
    assert not np.allclose(back["weights"], shipped["weights"], atol=1e-3)
    assert back["corpora"] == [*shipped["corpora"], "q_new"] and back["replayed"]["DEVELOP"]["n"] == 2


def test_balanced_weights_give_every_batch_the_same_share(replay) -> None:  # type: ignore[no-untyped-def]
    """`balanced` (session 39): a batch of three rows and one of one weigh the same in the loss, mean weight 1."""
    import numpy as np

    rows = [{"corpus": "q_big"}] * 3 + [{"corpus": "q_small"}]
    w = replay.batch_weights(rows)
    assert np.isclose(w.mean(), 1.0)
    assert np.isclose(w[:3].sum(), w[3])


def test_a_fault_questions_rows_want_the_side_before_the_turn(replay) -> None:  # type: ignore[no-untyped-def]
    """`balanced` fits a question of fault's rows to the act's side, which fault_learned.py then turns: gold support
    (yes, the act was wrong) is fitted as oppose; a conditional, a neutral and another question's rows are kept."""
    classes = list(learned.CLASSES)
    rows = [{"corpus": "q_a", "gold": ["support"], "turned": True},
            {"corpus": "q_a", "gold": ["conditional", "neutral"], "turned": True},
            {"corpus": "q_b", "gold": ["support"], "turned": False}]
    turned, plain = replay.targets_of(rows, turn=True), replay.targets_of(rows)
    assert turned[0, classes.index("oppose")] == 1 and turned[0, classes.index("support")] == 0
    assert plain[0, classes.index("support")] == 1
    assert (turned[1:] == plain[1:]).all()


@pytest.mark.skipif(not learned.enabled(), reason="no trained model or encoder")
def test_the_replay_turns_the_layers_sides_under_a_question_of_fault(replay, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Under "Was ... wrong to ...?" the run turns the layer's sides after it (corpus.py, fault_learned.py): the
    replay does too (session 39; before, it was off the run wherever the layer gave a side there)."""
    from stancemap.judge.fault_learned import TURNED_NOTE

    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
        statements = [{"anchor": anchor, "stance": stance} for anchor, stance in GOLD[name]]
        (gold / f"{name}.json").write_text(json.dumps({"statements": statements}), encoding="utf-8")
    state = replay.capture("levy_fault", (corpus, gold, "Was the council wrong to approve the harbour levy?", None))
    assert replay.replay(state) == (state["run_right"], len(state["matches"]))
    m = replay.as_model(json.loads(learned.MODEL_FILE.read_text(encoding="utf-8")))
    m["bias"] = m["bias"] + [0.0, 200.0, 0.0, 0.0, 0.0]  # the layer reads oppose wherever it judges
    turned = [s for s in replay.judged(state, m) if TURNED_NOTE in s.stance_evidence]
    assert turned, "the layer's sides are turned"
    assert all(s.stance == "support" for s in turned)


def test_carried_p_sets_the_gates_floor_for_a_carried_side(replay, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """`--carried-p` (session 44): the layer's side over a carried one at p 0.55 is refused at the shipped floor (0.6)
    and given at 0.5; a neutral's reading does not depend on it."""
    from stancemap.judge.carry import CARRIED_IN_CORPUS

    monkeypatch.setattr(learned, "may_overrule", learned.may_overrule)  # (restored after the test)
    carried = [CARRIED_IN_CORPUS]
    assert not learned.may_overrule("support", carried, "oppose", 0.55)
    replay.set_carried_p(0.5)
    assert learned.may_overrule("support", carried, "oppose", 0.55)
    assert not learned.may_overrule("support", carried, "oppose", 0.45)
    assert learned.may_overrule("neutral", ["about: levy"], "oppose", 0.3)
