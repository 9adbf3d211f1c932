"""Every module of the package imports on its own in a fresh interpreter (a library user may import
any of them first): an import cycle shows only when its modules are imported in one order."""

from __future__ import annotations

import subprocess
import sys

import pytest

# The modules a cycle once broke when imported first (record.py <-> extract/), and the map's and the
# judging's entry points.
FIRST_IMPORTS = ["stancemap.record", "stancemap.judge.article", "stancemap.article", "stancemap.extract",
                 "stancemap.versions", "stancemap.mapping.run", "stancemap.store"]


@pytest.mark.parametrize("module", FIRST_IMPORTS)
def test_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr.strip().splitlines()[-1:]
