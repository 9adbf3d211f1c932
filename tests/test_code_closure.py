"""The code fingerprints' import walk (code_closure.closure) kept on disk: read back, the same files and
packages as walking the syntax again; a start outside the package is walked, never kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import stancemap
from stancemap import code_closure
from stancemap.versions import MAP_MODULES

ROOT = Path(stancemap.__file__).resolve().parent


def _map_start() -> list[Path]:
    return [f for n in MAP_MODULES for f in ((ROOT / n).rglob("*.py") if (ROOT / n).is_dir() else [ROOT / n])]


def test_the_kept_walk_is_the_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_CACHE_DIR", str(tmp_path))
    walked = code_closure._walk(_map_start())
    calls: list[int] = []
    real = code_closure._walk

    def counted(start: list[Path]) -> tuple[list[Path], list[str]]:
        calls.append(1)
        return real(start)

    monkeypatch.setattr(code_closure, "_walk", counted)
    assert code_closure.closure(_map_start()) == walked  # walked once, and kept
    assert code_closure.closure(_map_start()) == walked  # read back
    assert len(calls) == 1
    assert list(tmp_path.glob("tables/closure-*.marshal"))
    # another start is another key
    judge = [*(ROOT / "judge").glob("*.py"), ROOT / "question.py"]
    assert code_closure.closure(judge) == real(judge)
    assert len(calls) == 2


def test_a_start_outside_the_package_is_walked_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_CACHE_DIR", str(tmp_path / "cache"))
    module = tmp_path / "mine.py"
    module.write_text("import numpy\nfrom os import path\n", encoding="utf-8")
    files, packages = code_closure.closure([module])
    assert files == [module] and packages == ["numpy"]
    assert not list(tmp_path.glob("cache/tables/closure-*"))


def test_distributions_are_importlibs_kept_until_an_install_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """code_closure._distributions: importlib's module -> distributions map, read back from disk while no distribution
    on sys.path is installed, upgraded or removed (`_installed` changes then)."""
    from importlib.metadata import packages_distributions

    monkeypatch.setenv("STANCEMAP_CACHE_DIR", str(tmp_path / "cache"))
    code_closure._distributions.cache_clear()
    try:
        assert code_closure._distributions() == {k: list(v) for k, v in packages_distributions().items()}
        assert list((tmp_path / "cache" / "tables").glob("distributions-*.marshal"))
    finally:
        code_closure._distributions.cache_clear()
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(sys, "path", [*sys.path, str(site)])
    before = code_closure._installed()
    assert code_closure._installed() == before
    (site / "harbourlib-1.0.dist-info").mkdir()
    installed = code_closure._installed()
    assert installed != before
    (site / "harbourlib-1.0.dist-info").rename(site / "harbourlib-1.1.dist-info")
    assert code_closure._installed() not in {before, installed}
