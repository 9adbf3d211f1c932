"""`stancemap add`, `status` and `export` as a user meets them: counts said in one line, the JSON
contract on standard output, tables pandas reads as is, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from stancemap.cli import app

from ..conftest import EXAMPLE_QUESTION, EXAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "s.db")
    result = runner.invoke(app, ["add", str(EXAMPLES), "--store", path, "--question", EXAMPLE_QUESTION, "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "15 new article(s), 0 already stored; 15 analysed" in result.output
    return path


def test_cli_store_status_says_what_is_stored_and_pending(store: str) -> None:
    result = runner.invoke(app, ["status", "--store", store])
    assert result.exit_code == 0, result.output
    assert "articles: 15 analysed, 0 pending, 0 skipped" in result.output
    assert EXAMPLE_QUESTION in result.output and "pending: nothing" in result.output


def test_cli_store_second_add_stores_nothing_new(store: str) -> None:
    result = runner.invoke(app, ["add", str(EXAMPLES), "--store", store])
    assert result.exit_code == 0 and "0 new article(s), 15 already stored; 0 analysed" in result.output


def test_cli_store_export_json_is_the_contract(store: str, example_json: dict[str, Any]) -> None:
    result = runner.invoke(app, ["export", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == example_json


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cli_store_export_tables_pandas_reads_as_is(store: str, tmp_path: Path, fmt: str,
                                                    example_json: dict[str, Any]) -> None:
    pandas = pytest.importorskip("pandas")
    result = runner.invoke(app, ["export", "--store", store, "--format", fmt, "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    read = pandas.read_csv if fmt == "csv" else pandas.read_parquet
    for name in ("documents", "actors", "statements", "events", "outlets", "positions", "sides", "disagreements"):
        frame = read(tmp_path / f"{name}.{fmt}")
        assert len(frame) == len(example_json[name]), name
    statements = read(tmp_path / f"statements.{fmt}")
    assert list(statements["id"]) == [s["id"] for s in example_json["statements"]]
    assert {"speaker_name", "outlet", "published", "content", "stance"} <= set(statements.columns)


def test_cli_store_export_html_and_markdown(store: str, tmp_path: Path) -> None:
    assert runner.invoke(app, ["export", "--store", store, "-f", "html", "-o", str(tmp_path / "b.html")]).exit_code == 0
    assert "<html" in (tmp_path / "b.html").read_text()
    result = runner.invoke(app, ["export", "--store", store, "-f", "md"])
    assert result.exit_code == 0 and result.stdout.startswith("# Briefing")


def test_cli_store_one_csv_table_on_standard_output(store: str) -> None:
    result = runner.invoke(app, ["export", "--store", store, "-f", "csv", "--table", "actors"])
    assert result.exit_code == 0 and result.stdout.startswith("id,name,kind,")


@pytest.mark.parametrize(("args", "said"), [
    (["export", "-f", "csv"], "give --output FOLDER"),
    (["export", "-f", "parquet"], "give --output FOLDER"),
    (["export", "-f", "csv", "--table", "nope"], "--table works with"),
    (["export", "-f", "json", "--question", "Will pigs fly?"], "does not follow the question"),
    (["export", "-f", "json", "--store", "/nonexistent/x.db"], "no store at"),
    (["status", "--store", "oracle://x"], "unsupported store URL"),
    # A PostgreSQL URL typed with one slash (or none) made a SQLite file under a folder named 'postgresql:'.
    (["add", "/no/such/folder", "--store", "postgresql:/dbhost/db"], "is no store URL (no '://')"),
    (["status", "--store", "postgres:someone@dbhost/team"], "is no store URL (no '://')"),
    (["add", "/no/such/folder", "--store", "{tmp}"], "--store {tmp} is a folder"),
    (["add", "/no/such/folder", "--store", "{tmp}/new.db"], "no article could be read"),
    (["add", "/no/such/folder", "--store", "{tmp}/new.db", "--question", " "], "--question is empty"),
    (["add", "/no/such/folder", "--store", "{tmp}/new.db", "--max-size", "0"], "--max-size must be above 0 MB"),
    (["export", "-f", "json", "-o", "{tmp}"], "--output {tmp} is a folder"),
    (["export", "-f", "parquet", "-o", "{file}"], "is a file: parquet export writes one file per table into a folder"),
])
def test_cli_store_errors_are_one_line(store: str, tmp_path: Path, args: list[str], said: str) -> None:
    (tmp_path / "a.txt").write_text("")
    args = [a.replace("{tmp}", str(tmp_path)).replace("{file}", str(tmp_path / "a.txt")) for a in args]
    said = said.replace("{tmp}", str(tmp_path))
    if "--store" not in args:
        args += ["--store", store]
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert said in result.output and "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("error")]) == 1


def test_cli_store_status_without_articles_says_so(tmp_path: Path) -> None:
    # Only an unreadable file added: status said "pending: not reduced yet (run `stancemap add` ...)" and
    # "pending: yes", and stayed so after every `add` (with no article there is nothing to reduce).
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_bytes(b"\x00\x01 Fellgate")
    path = str(tmp_path / "s.db")
    runner.invoke(app, ["add", str(tmp_path / "in"), "--store", path])
    assert runner.invoke(app, ["add", "--store", path]).exit_code == 0
    said = runner.invoke(app, ["status", "--store", path]).output
    assert "no article analysed yet" in said and "run `stancemap add` to bring it up to date" not in said
    assert "pending: nothing" in said


def test_cli_store_mistyped_url_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["add", str(tmp_path), "--store", "sqlite:/team.db"])
    assert result.exit_code != 0 and "is no store URL" in result.output
    assert list(tmp_path.iterdir()) == []


def test_cli_add_names_what_the_map_skipped(tmp_path: Path) -> None:
    """`add` says which article the map skipped and why, and which is not in English, as `analyze`
    does (it said only "1 skipped", and nothing of the German one); the export lists the German one
    among its notices, as `analyze --json` does."""
    from ..test_language_articles import ENGLISH, GERMAN

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "de.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "dump.txt").write_text("".join(f"The envoy said the talks would go on for {i} days. " for i in range(6000)))
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["add", str(folder), "--store", db, "-j", "1", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "dump.txt: article text too long to analyse" in result.output
    assert "de.txt: article in German (de): not English" in result.output
    assert "3 new article(s), 0 already stored; 2 analysed, 1 skipped" in result.output
    exported = runner.invoke(app, ["export", "-f", "json", "--store", db])
    notices = {Path(n["path"]).name: n for n in json.loads(exported.stdout)["notices"]}
    assert notices["de.txt"]["message"].startswith("article in German (de)") and not notices["de.txt"]["skipped"]
    assert notices["dump.txt"]["skipped"]


def test_cli_store_export_picks_a_question_retyped(store: str) -> None:
    """`--question` picks the question whatever its case, spacing or final '?' (without the '?' it
    was "the store does not follow the question")."""
    retyped = "  " + EXAMPLE_QUESTION.rstrip("?").upper().replace(" ", "  ")
    result = runner.invoke(app, ["export", "-f", "json", "--store", store, "--question", retyped])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["question"]["text"] == EXAMPLE_QUESTION


def test_cli_store_an_article_updated_under_its_url_is_said(tmp_path: Path) -> None:
    # An outlet updates a story under the same URL and the team adds it again next day: the new text is another
    # article (another content hash), so both versions were stored and counted without a word.
    header = "Title: Fellgate ferry vote delayed\nSource: Wendle Courier\nURL: https://wendle.example/news/ferry-vote\n"
    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    day1.mkdir()
    day2.mkdir()
    (day1 / "ferry.txt").write_text(header + "Date: 2026-03-02\n\nMayor Ilse Vantry said on Monday that "
                                    "Fellgate \"will sell the old ferry pier next spring\".\n", encoding="utf-8")
    (day2 / "ferry.txt").write_text(header + "Date: 2026-03-03\n\nMayor Ilse Vantry said on Monday that "
                                    "Fellgate \"will sell the old ferry pier next summer\".\n", encoding="utf-8")
    path = str(tmp_path / "s.db")
    first = runner.invoke(app, ["add", str(day1), "--store", path, "-j", "1"])
    assert first.exit_code == 0 and "same URL" not in first.output
    second = runner.invoke(app, ["add", str(day2), "--store", path, "-j", "1", "--quiet"])
    assert second.exit_code == 0, second.output
    assert "has the same URL as" in second.output and str(day1 / "ferry.txt") in second.output
    exported = json.loads(runner.invoke(app, ["export", "--store", path, "--format", "json"]).stdout)
    assert any("has the same URL as" in n["message"] for n in exported["notices"])  # the briefing lists it too


FERRY = ("Fellgate ferry levy splits the council\n\nThe Wendle Courier\n\n3 March 2026\n\n"
         "Councillor Ansel Prewitt said on Tuesday that the council should approve the ferry levy. "
         "\"It keeps the boats running,\" Prewitt said.\n\n"
         "Councillor Oda Marrinet said she would vote against the levy.\n")
FERRY_QUESTION = "Will the council approve the ferry levy?"


def _ferry_store(tmp_path: Path) -> str:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(FERRY, encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["add", str(tmp_path / "in"), "--store", db, "--question", FERRY_QUESTION, "-j", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("retyped", ["will the council approve the ferry  levy", "1", " 1 "])
def test_cli_store_add_with_the_question_retyped_follows_it_once(tmp_path: Path, retyped: str) -> None:
    # `export --question` picks a question by its id or retyped (case, spacing, '?' aside); `add --question` took the
    # same retyping for a new question, so the store followed one question twice (each add reduced it twice, and every
    # export then asked which), or a "question" reading "1".
    db = _ferry_store(tmp_path)
    result = runner.invoke(app, ["add", "--store", db, "--question", retyped])
    assert result.exit_code == 0, result.output
    said = runner.invoke(app, ["status", "--store", db]).output
    assert said.count("question ") == 1 and FERRY_QUESTION in said
    assert runner.invoke(app, ["export", "-f", "json", "--store", db]).exit_code == 0


def test_cli_store_add_with_an_unknown_question_id_is_one_line(tmp_path: Path) -> None:
    db = _ferry_store(tmp_path)
    result = runner.invoke(app, ["add", "--store", db, "--question", "7"])
    assert result.exit_code == 2 and "follows no question 7" in result.output
    assert "question 2" not in runner.invoke(app, ["status", "--store", db]).output


def test_cli_store_a_further_question_is_said_and_unfollowed(tmp_path: Path) -> None:
    # A question reworded mid-way is a new question: the old one stayed followed and reduced at every `add`, without
    # a word, and nothing could stop it. Now `add` says the store follows two, and `unfollow` stops one.
    db = _ferry_store(tmp_path)
    reworded = "Will the council pass the ferry levy?"
    result = runner.invoke(app, ["add", "--store", db, "--question", reworded])
    assert result.exit_code == 0 and "the store now follows 2 questions" in result.output
    gone = runner.invoke(app, ["unfollow", "1", "--store", db])
    assert gone.exit_code == 0 and f"no longer following: {FERRY_QUESTION}" in gone.output
    said = runner.invoke(app, ["status", "--store", db]).output
    assert FERRY_QUESTION not in said and reworded in said and "pending: nothing" in said
    exported = runner.invoke(app, ["export", "-f", "json", "--store", db])  # one question again: the default
    assert exported.exit_code == 0 and json.loads(exported.stdout)["question"]["text"] == reworded
    again = runner.invoke(app, ["unfollow", "Will pigs fly?", "--store", db])
    assert again.exit_code == 2 and "does not follow the question" in again.output
    missing = runner.invoke(app, ["unfollow", "1", "--store", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and not (tmp_path / "none.db").exists()


def test_cli_store_status_says_the_span_and_the_last_add(tmp_path: Path) -> None:
    # After months of adds `status` gave counts alone: not what period the store covers, how many articles carry no
    # date (left out of every date filter), nor when articles were last added.
    db = _ferry_store(tmp_path)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.txt").write_text(FERRY.replace("3 March 2026", "9 April 2026").replace("Tuesday", "Thursday"),
                                               encoding="utf-8")
    (tmp_path / "more" / "c.txt").write_text(FERRY.replace("3 March 2026\n\n", "").replace("Tuesday", "Friday"),
                                               encoding="utf-8")
    assert runner.invoke(app, ["add", str(tmp_path / "more"), "--store", db, "-j", "1"]).exit_code == 0
    said = runner.invoke(app, ["status", "--store", db]).output
    assert "published 2026-03-03 to 2026-04-09 (1 without a date)" in said
    assert "last added 20" in said and " UTC" in said


def test_cli_store_export_tables_of_a_period(tmp_path: Path) -> None:
    # An analyst exports one month of a store fed for months: export had no date filter (the API has since/until), so
    # the tables held every article ever added.
    db = _ferry_store(tmp_path)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.txt").write_text(FERRY.replace("3 March 2026", "9 April 2026").replace("Tuesday", "Thursday"),
                                               encoding="utf-8")
    assert runner.invoke(app, ["add", str(tmp_path / "more"), "--store", db, "-j", "1"]).exit_code == 0
    out = tmp_path / "april"
    result = runner.invoke(app, ["export", "-f", "csv", "--store", db, "-o", str(out), "--since", "2026-04",
                                 "--until", "2026-04"])
    assert result.exit_code == 0, result.output
    assert "documents, statements and events of 2026-04 to 2026-04" in result.output
    documents = (out / "documents.csv").read_text(encoding="utf-8")
    assert "2026-04-09" in documents and "2026-03-03" not in documents
    statements = (out / "statements.csv").read_text(encoding="utf-8").splitlines()
    assert len(statements) > 1 and all("2026-03-03" not in line for line in statements)
    one = runner.invoke(app, ["export", "-f", "csv", "--table", "documents", "--store", db, "--since", "2026-04-10"])
    assert one.exit_code == 0 and one.stdout.count("\n") == 1  # the header alone


@pytest.mark.parametrize(("args", "said"), [
    (["--since", "2026-02-30"], "since: no such date"),
    (["--since", "March"], "since: give a day, month or year"),
    (["--since", "2026-05", "--until", "2026-04"], "the range is empty"),
    (["-f", "json", "--since", "2026-04"], "--since and --until filter the tables"),
])
def test_cli_store_export_bad_period_is_one_line(tmp_path: Path, args: list[str], said: str) -> None:
    db = _ferry_store(tmp_path)
    fmt = [] if "-f" in args else ["-f", "csv", "-o", str(tmp_path / "t")]
    result = runner.invoke(app, ["export", "--store", db, *fmt, *args])
    assert result.exit_code == 2 and said in result.output and "Traceback" not in result.output
