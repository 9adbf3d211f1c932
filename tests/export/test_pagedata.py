"""The briefing's page data is the same, byte for byte, whatever the interpreter's hash seed: its key order follows
the documents, not a set's iteration order."""

from __future__ import annotations

import os
import subprocess
import sys

from ..conftest import ROOT

SCRIPT = """
import hashlib, sys
sys.path.insert(0, {root!r})
from tests.export.synthetic import synthetic_analysis
from stancemap.export.html import render
print(hashlib.sha256(render(synthetic_analysis(60)).encode()).hexdigest())
"""


def _page_hash(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(root=str(ROOT))], capture_output=True, text=True, env=env,
                          check=True)
    return done.stdout.strip()


def test_page_data_is_stable() -> None:
    """Red before: the texts the page carries were keyed in the order of a set of document ids."""
    assert _page_hash("1") == _page_hash("2") == _page_hash("3")
