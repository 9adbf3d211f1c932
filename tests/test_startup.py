"""Commands that read no article start without the parser: `status`, `cache info`, `cache clear`, `export` (every
format) and `serve`'s app, and `--help`, import no spaCy, thinc or torch (2-3 s of a user's wait before anything is
shown).

Each command runs in a fresh interpreter, as a user runs it, and reports which of those packages it
loaded. The store is made in this process by `add` (which does load the parser) from an invented article.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stancemap.store import add

# Runs the command line in this interpreter, then prints the heavy packages it imported, whatever
# the command's exit (typer exits through SystemExit).
PROBE = """
import json, sys
from stancemap.cli import main
sys.argv = ["stancemap", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"spacy", "thinc", "torch"})), file=sys.stderr)
"""

ARTICLE = ("Harbour council weighs a ferry levy\n\n"
           "The harbour council of Quillmere will vote next week on a levy on ferry tickets. "
           "Councillor Ada Brenning said she would support the levy if the money went to the piers. "
           "The ferry operators' association said it opposed any new charge.\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("startup")
    (folder / "in").mkdir()
    (folder / "in" / "levy.txt").write_text(ARTICLE)
    url = str(folder / "store.db")
    add(url, [folder / "in"], "Should Quillmere put a levy on ferry tickets?")
    return url


def loaded(args: list[str], tmp_path: Path) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    env = {**os.environ, "STANCEMAP_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120, env=env)
    return json.loads(result.stderr.strip().splitlines()[-1]), result


def test_status_imports_no_parser(store: str, tmp_path: Path) -> None:
    heavy, result = loaded(["status", "--store", store], tmp_path)
    assert "Should Quillmere put a levy on ferry tickets?" in result.stdout, result.stdout + result.stderr
    assert heavy == [], f"`status` imported {heavy}"


@pytest.mark.parametrize("args", [["cache", "info"], ["cache", "clear"], ["--help"], ["export", "--help"],
                                  ["serve", "--help"]])
def test_commands_that_read_no_article_import_no_parser(args: list[str], tmp_path: Path) -> None:
    heavy, result = loaded(args, tmp_path)
    assert heavy == [], f"`{' '.join(args)}` imported {heavy}: {result.stdout[-300:]}{result.stderr[-300:]}"


@pytest.mark.parametrize("fmt", ["json", "html", "md", "csv"])
def test_export_imports_no_parser(store: str, tmp_path: Path, fmt: str) -> None:
    """The question's proposition is rebuilt from its stored fields (judge/proposition_record.py), the briefing's
    summary is read from the store (chosen at `add`), its stop words come from stancemap/stop_words.py."""
    out = tmp_path / f"a.{fmt}"
    heavy, result = loaded(["export", "--store", store, "-f", fmt, "-o", str(out)], tmp_path)
    assert out.exists(), result.stderr
    assert heavy == [], f"`export -f {fmt}` imported {heavy}"
    if fmt in {"html", "md"}:
        assert "Ada Brenning" in out.read_text(encoding="utf-8")


# The app `serve` starts in each worker (web/server.py), asked for its pages and the API in this interpreter.
SERVE_PROBE = """
import json, os, sys
os.environ["STANCEMAP_SERVE_STORE"] = sys.argv[1]
from fastapi.testclient import TestClient
from stancemap.web.server import app_from_env
client = TestClient(app_from_env())
codes = [client.get(path).status_code for path in sys.argv[2:]]
print(json.dumps(codes))
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"spacy", "thinc", "torch"})), file=sys.stderr)
"""


def test_serve_imports_no_parser(store: str, tmp_path: Path) -> None:
    paths = ["/", "/questions/1", "/questions/1/statements", "/questions/1/articles/d1", "/questions/1/actors/a1",
             "/api/questions", "/api/statements", "/api/positions", "/api/actors"]
    env = {**os.environ, "STANCEMAP_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", SERVE_PROBE, store, *paths], capture_output=True, text=True,
                            timeout=120, env=env)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [200] * len(paths), result.stdout + result.stderr
    heavy = json.loads(result.stderr.strip().splitlines()[-1])
    assert heavy == [], f"`serve`'s app imported {heavy}"
