"""Stance and conditions paragraph by paragraph on tests/data/statements.jsonl: 160 attributed news paragraphs
on 32 questions of many shapes with the stance and conditions a careful reader gives, written in session 17 by a
helper who never read the code (docs/evaluation.md, "Issue 9, session 17: a statement set"). Scored by
scripts/score_statements.py (its matching, all paragraphs of one question analysed together with the question
given). The figures reached stay reached (a floor a little under today's, so that a change that loses
paragraphs turns this red); issue 9's target of 0.80 for stance is a strict xfail until it is met."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ..conftest import script_module

ROOT = Path(__file__).resolve().parents[2]
ROWS = [json.loads(line) for line in (ROOT / "tests" / "data" / "statements.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]
# Today's figures less a margin of two paragraphs' worth for stance and one condition for recall (first contact at
# 840eae6: stance 0.55 of all, conditions 0.941; session 17's end, after s17-target's judge/aim.py: stance 0.619).
FLOORS = {"stance_all": 0.60, "condition_recall": 0.91}


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    scorer = script_module("score_statements")
    return dict(scorer.report(scorer.score(ROWS), misses=False))


def test_set_is_well_formed() -> None:
    assert len(ROWS) == 160 and len({r["id"] for r in ROWS}) == 160
    for r in ROWS:
        assert r["speaker"] in r["text"], r["id"]
        for group in r["conditions"]:
            assert any(alt in r["text"] for alt in group), r["id"]


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_figures_stay_reached(figures: dict[str, Any], figure: str) -> None:
    assert figures[figure] >= FLOORS[figure], (figure, figures[figure])


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 9: stance 0.62 on paragraphs written apart from the rules (target 0.80)")
def test_stance_reaches_the_target(figures: dict[str, Any]) -> None:
    assert figures["stance_all"] >= 0.80


def test_a_sealed_set_gives_figures_never_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A packed set (tests/sealed/statements2.jsonl.xz) is read for its figures only: `--misses` and `--json` are
    refused with a one-line message, before anything is analysed (here a packed copy of one invented paragraph)."""
    import lzma
    row = {"id": "x1", "question": "Will the council close the pool?", "text": "Mayor Ana Birk said the pool must stay open.",
           "speaker": "Ana Birk", "stance": ["oppose"], "conditions": [], "phenomenon": "plain", "note": ""}
    packed = tmp_path / "set.jsonl.xz"
    packed.write_bytes(lzma.compress(json.dumps(row).encode("utf-8")))
    scorer = script_module("score_statements")
    for extra in (["--misses"], ["--json", str(tmp_path / "out.json")]):
        monkeypatch.setattr("sys.argv", ["score_statements.py", str(packed), *extra])
        assert scorer.main() == 2
        assert "sealed" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
