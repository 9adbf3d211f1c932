"""Shared fixtures: the example corpus analysed once per session, and ../shared when present."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
EXAMPLE_GOLD = ROOT / "examples" / "gold"
EXAMPLE_QUESTION = "Will Valdoria join the Northern Compact?"
HELDOUT = ROOT / "tests" / "data" / "heldout"
HELDOUT_QUESTION = "Will Estavia join the Atlantic Accord?"
HELDOUT2 = ROOT / "tests" / "data" / "heldout2"
HELDOUT2_QUESTION = "Will Tessaly join the Southern Trade Union?"
SHARED = ROOT.parent / "shared"
DEV_QUESTION = "Will Ukraine join NATO?"

# Tests never read or fill the user's record cache: the CLI's default cache goes to a folder of
# this test session (the CLI subprocesses inherit it).
os.environ["STANCEMAP_CACHE_DIR"] = tempfile.mkdtemp(prefix="stancemap-test-cache-")

FIGURES: dict[str, dict[str, Any]] = {}  # printed at the end of the run (pytest_terminal_summary)


def script_module(name: str) -> Any:
    """A script of scripts/ (`name` without .py) loaded as a module, for tests that score with its own matching."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shared_or_skip() -> Path:
    if not (SHARED / "corpus" / "dev").is_dir() or not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared (dev corpus and scorer) is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def example_analysis():  # type: ignore[no-untyped-def]
    from stancemap import analyze

    return analyze(EXAMPLES, question=EXAMPLE_QUESTION)


@pytest.fixture(scope="session")
def example_json(example_analysis) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from stancemap.export.json_out import to_dict

    return json.loads(json.dumps(to_dict(example_analysis)))


@pytest.fixture(scope="session")
def dev_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`stancemap analyze` on ../shared/corpus/dev, scored by the outside referee score.py."""
    shared = shared_or_skip()
    out = tmp_path_factory.mktemp("dev") / "analysis.json"
    cli = Path(sys.executable).parent / "stancemap"
    run = subprocess.run([str(cli), "analyze", str(shared / "corpus" / "dev"), "--question", DEV_QUESTION,
                          "--json", str(out), "--quiet"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(out), "--json"],
                            capture_output=True, text=True, timeout=300)
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    FIGURES["../shared dev corpus (score.py)"] = report["figures"]
    return report


@pytest.fixture(scope="session")
def example_scores(example_json) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from stancemap.evaluate import evaluate

    report = evaluate(example_json, EXAMPLE_GOLD, EXAMPLES)
    FIGURES["example corpus (stancemap evaluate)"] = report["figures"]
    return report


def _score_folder(folder: Path, question: str, label: str) -> dict[str, Any]:
    from stancemap import analyze
    from stancemap.evaluate import evaluate
    from stancemap.export.json_out import to_dict

    data = json.loads(json.dumps(to_dict(analyze(folder / "corpus", question=question))))
    report = evaluate(data, folder / "gold", folder / "corpus")
    FIGURES[label] = report["figures"]
    return report


@pytest.fixture(scope="session")
def heldout_scores() -> dict[str, Any]:
    """Articles written apart from the rules (tests/data/heldout): a check of how the rules carry to
    articles they were not written on (they have since been used to find general faults)."""
    return _score_folder(HELDOUT, HELDOUT_QUESTION, "held-out corpus 1 (stancemap evaluate)")


@pytest.fixture(scope="session")
def heldout2_scores() -> dict[str, Any]:
    """A second batch written later, in other styles (wire, tabloid, debate, explainer, Q&A)."""
    return _score_folder(HELDOUT2, HELDOUT2_QUESTION, "held-out corpus 2 (stancemap evaluate)")


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    for name, figures in FIGURES.items():
        terminalreporter.write_sep("-", f"figures: {name}")
        for key, value in figures.items():
            terminalreporter.write_line(f"  {key}: {value}")
