"""scripts/score_sealed.py on a batch that fails: one line naming the batch and the step, no traceback and
none of the run's output (which may quote the sealed texts). A made-up archive, never the sealed one."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "score_sealed.py"


def test_score_sealed_a_failing_batch_is_one_line(tmp_path: Path) -> None:
    if not (ROOT.parent / "shared" / "eval" / "score.py").exists():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    batch = tmp_path / "b1"
    (batch / "gold").mkdir(parents=True)  # no corpus/: the analysis fails
    (batch / "question.json").write_text(json.dumps({"question": "Will X join Y?", "proposition_terms": [["join"]]}))
    archive = tmp_path / "batches.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        tar.add(batch, arcname="b1")
    done = subprocess.run([sys.executable, str(SCRIPT), "--archive", str(archive)], capture_output=True, text=True)
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0, done.stderr
    assert done.stderr.startswith("score_sealed: b1: stancemap analyze exited with"), done.stderr


def test_stance_misses_keeps_the_labels_not_the_anchor() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_sealed", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    documents = [{"errors": ["stance of «the plan is (mostly) fine»: oppose (want support)",
                             "speaker of «a line»: Somebody", "condition of «x»: none with ['y']"]},
                 {"errors": ["stance of «another\nline»: None (want support/conditional)",
                             "stance of «third»: oppose (want support)"]}]
    counts = module.stance_misses(documents)
    assert counts == {("support", "oppose"): 2, ("support/conditional", "None"): 1}
    assert not any("plan" in want + got for want, got in counts)


def test_mechanism_table_counts_by_the_evidence_shape() -> None:
    """Stances per mechanism, read from the evidence's shape: counts only (made-up rows, no batch)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_sealed", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [{"evidence": ["about: plan", "+backed"], "stance": "support", "gold": ["oppose"]},
            {"evidence": ["about: plan", "+backed"], "stance": "support", "gold": ["support", "neutral"]},
            {"evidence": ["about: plan", "learned layer: 0.7"], "stance": "oppose", "gold": ["neutral"]},
            {"evidence": ["not stated here; the speaker's stance elsewhere in this article"], "stance": "oppose",
             "gold": ["oppose"]}]
    table = module.mechanism_table(rows).splitlines()
    assert "| own words, stance words | 2 | 1 | 0.50 | 1 | 1 |" in table
    assert "| own words, learned layer | 1 | 0 | 0.00 | 1 | 0 |" in table
    assert "| carried, this article | 1 | 1 | 1.00 | 0 | 0 |" in table
