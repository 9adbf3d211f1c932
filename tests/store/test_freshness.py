"""A store outlives the stancemap that wrote it (store/freshness.py), on SQLite and PostgreSQL:
results another version reduced are reduced again by the next `add`, which says so in one line;
records another version of the map made are kept and counted until `add --remap`; and a store
made before results carried their code's fingerprint (migration 0003) upgrades in place and works."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from stancemap.cli import app
from stancemap.mapping import results as result_cache
from stancemap.store import AddOptions, StoreError, add, open_reader, reader_notes, status
from stancemap.store.engine import alembic_config, current_revision, head_revision, open_engine
from stancemap.store.schema import questions

from ..conftest import EXAMPLE_QUESTION, EXAMPLES
from .test_store import exported

REDUCED_AGAIN = "results of 1 question were computed by another version of stancemap: reducing them again"


def another_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process becomes a stancemap whose reduce's code differs from the one that wrote the store."""
    monkeypatch.setattr(result_cache, "code_fingerprint", lambda: "another-version")


def _question_page(url: str) -> str:
    """The question's page as `serve` shows it."""
    from fastapi.testclient import TestClient

    from stancemap.web.app import create_app

    engine, label = open_reader(url)
    try:
        with TestClient(create_app(engine, label)) as client:
            answer = client.get("/questions/1")
            assert answer.status_code == 200
            return answer.text
    finally:
        engine.dispose()


def test_freshness_results_of_another_version_are_reduced_again(store_url: str, monkeypatch: pytest.MonkeyPatch,
                                                                 example_json: dict[str, Any]) -> None:
    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    assert status(store_url).questions[0].up_to_date
    another_version(monkeypatch)
    shown = status(store_url)
    assert shown.pending and not shown.questions[0].up_to_date
    assert shown.questions[0].why == "computed by another version of stancemap"
    engine, _ = open_reader(store_url)
    with engine.connect() as conn:
        assert reader_notes(conn) == ["results of 1 question were computed by another version of stancemap: "
                                      "`stancemap add` reduces them again with this one"]
    engine.dispose()
    page = _question_page(store_url)
    assert "Out of date: computed by another version of stancemap." in page
    said: list[str] = []
    report = add(store_url, [], None, say=said.append)
    assert (report.mapped, report.reduced, report.recomputed, said) == (0, [EXAMPLE_QUESTION], 1, [REDUCED_AGAIN])
    assert "Out of date" not in _question_page(store_url)
    assert exported(store_url) == example_json
    assert status(store_url).questions[0].up_to_date and not status(store_url).pending
    again = add(store_url, [], None, say=said.append)  # done once, not at every add
    assert (again.reduced, again.recomputed, len(said)) == ([], 0, 1)


def test_freshness_settings_that_change_a_judgement_mark_results_too(store_url: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """STANCEMAP_LEARNED=off judges without the learned layer: results made with it on are not its
    results. Settings that only say where things go (the store's URL) change nothing."""
    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    monkeypatch.setenv("STANCEMAP_STORE", store_url)
    assert status(store_url).questions[0].up_to_date
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    assert status(store_url).questions[0].why == "computed by another version of stancemap"


def test_freshness_records_of_another_map_are_counted_until_remap(store_url: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    monkeypatch.setattr("stancemap.store.articles.map_fingerprint", lambda: "another-map")
    assert status(store_url).stale == 15
    said: list[str] = []
    kept = add(store_url, [], None, say=said.append)
    assert (kept.mapped, kept.old_records) == (0, 15)
    assert said == ["15 articles were analysed by another version of stancemap's map step and keep their records: "
                    "`stancemap add --remap` analyses them again"]
    remapped = add(store_url, [], None, AddOptions(remap=True), say=said.append)
    assert (remapped.mapped, remapped.old_records, len(said)) == (15, 0, 1)
    assert status(store_url).stale == 0


def _as_made_at_0003(url: str) -> None:
    """Turn a store into what stancemap wrote before migration 0004: the schema one revision back,
    through the migration's own downgrade."""
    from alembic import command

    engine, _ = open_engine(url, readonly=False)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
        with engine.connect() as conn:
            columns = {c["name"] for c in conn.dialect.get_columns(conn, "questions")}
        assert "code_version" not in columns and current_revision(engine) == "0003"
    finally:
        engine.dispose()


def test_freshness_a_store_of_the_previous_schema_upgrades_in_place(store_url: str,
                                                                     example_json: dict[str, Any]) -> None:
    add(store_url, [EXAMPLES], EXAMPLE_QUESTION)
    _as_made_at_0003(store_url)
    with pytest.raises(StoreError, match="has schema 0003, this stancemap expects 0004: run `stancemap add"):
        status(store_url)
    said: list[str] = []
    report = add(store_url, [], None, say=said.append)
    # The upgrade is said, then the results reduced again (the upgrade was silent before).
    upgraded = f"upgraded the store's schema from 0003 to {head_revision()}"
    assert (report.new, report.mapped, report.reduced, said) == (0, 0, [EXAMPLE_QUESTION], [upgraded, REDUCED_AGAIN])
    engine, _ = open_engine(store_url, readonly=True)
    try:
        assert current_revision(engine) == head_revision() == "0004"
        with engine.connect() as conn:
            assert conn.execute(select(questions.c.code_version)).scalar() == result_cache.reduce_fingerprint()
            assert conn.execute(text("SELECT count(*) FROM statements")).scalar() == len(example_json["statements"])
    finally:
        engine.dispose()
    assert exported(store_url) == example_json
    grown = add(store_url, [EXAMPLES], None)  # and works on: nothing new, nothing to redo
    assert (grown.new, grown.known, grown.reduced) == (0, 15, [])


def test_freshness_cli_says_so_in_one_line(tmp_path: Path) -> None:
    """`add`, `status`, `export` and `serve`'s check as a user meets them, on a store whose results
    a stancemap with other settings made (an environment variable, so the CLI sees it for real)."""
    runner = CliRunner()
    path = str(tmp_path / "s.db")
    corpus = tmp_path / "in"
    corpus.mkdir()
    for file in sorted(EXAMPLES.glob("*.txt"))[:3]:
        shutil.copy(file, corpus / file.name)
    assert runner.invoke(app, ["add", str(corpus), "--store", path, "--question", EXAMPLE_QUESTION, "-j", "1"]).exit_code == 0
    env = {"STANCEMAP_ANOTHER_SETTING": "1"}
    shown = runner.invoke(app, ["status", "--store", path], env=env)
    assert "pending: computed by another version of stancemap (run `stancemap add`" in shown.output
    exported_json = runner.invoke(app, ["export", "--store", path, "--format", "json"], env=env)
    assert exported_json.exit_code == 0 and json.loads(exported_json.stdout)["question"]["text"] == EXAMPLE_QUESTION
    assert ("note: results of 1 question were computed by another version of stancemap: `stancemap add` reduces them "
            "again with this one") in exported_json.stderr
    with socket.socket() as busy:  # serve says it before it starts listening (here: cannot)
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        served = runner.invoke(app, ["serve", "--store", path, "--port", str(busy.getsockname()[1])], env=env)
    assert served.exit_code == 2 and "note: results of 1 question were computed by another version" in served.output
    added = runner.invoke(app, ["add", "--store", path], env=env)
    assert added.exit_code == 0 and REDUCED_AGAIN in added.output
    assert "pending: nothing" in runner.invoke(app, ["status", "--store", path], env=env).output


def test_freshness_a_changed_proposal_is_said(tmp_path: Path) -> None:
    # A store that follows the corpus's proposal: when a month of articles moves the proposal, `add` said only
    # "question up to date: NEW", so a team could miss that the question it followed was another one.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "pier.txt").write_text("Quarnby Courier\n\nMayor Ilse Varkonen said on Tuesday that the town "
                                     "\"will close the old ferry pier next spring\".\n", encoding="utf-8")
    url = str(tmp_path / "store.db")
    add(url, [folder])
    engine, _ = open_engine(url, readonly=False)
    with engine.begin() as conn:  # as if an earlier month's articles had proposed another question
        conn.execute(questions.update().values(text="Will Quarnby sell the ferry pier?", generation=None))
    engine.dispose()
    said: list[str] = []
    add(url, [], say=said.append)
    assert any("proposes another question" in line and "Will Quarnby sell the ferry pier?" in line for line in said)
    said.clear()
    add(url, [folder], say=said.append)  # nothing changed: nothing said
    assert not any("proposes another question" in line for line in said)
