"""The command line as a user meets it: outputs written, bad input reported in one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancemap.cli import app

from .conftest import EXAMPLE_GOLD, EXAMPLES

runner = CliRunner()


def test_cli_analyze_writes_json_html_markdown(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    for name in sorted(p.name for p in EXAMPLES.glob("*.txt"))[:2]:
        shutil.copy(EXAMPLES / name, docs / name)
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(docs), "--question", "Will Valdoria join the Northern Compact?",
                                 "--json", str(out / "a.json"), "--html", str(out / "b.html"),
                                 "--markdown", str(out / "b.md")])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "a.json").read_text())
    assert data["schema_version"] == 1 and len(data["documents"]) == 2
    assert "<html" in (out / "b.html").read_text() and "# Briefing" in (out / "b.md").read_text()


def test_cli_bad_files_one_line_each_and_the_rest_analysed(tmp_path: Path) -> None:
    shutil.copy(next(EXAMPLES.glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff" * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Der Minister sagte, die Gespräche würden fortgesetzt.".encode("latin-1"))
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(50_000_000)
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", str(tmp_path / "o.json"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith(("skipped", "note"))]
    assert len(lines) == 4, result.output
    assert len(json.loads((tmp_path / "o.json").read_text())["documents"]) == 2  # good + latin-1


def test_cli_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"\x00")
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == 2 and "no article could be read" in result.output
    assert "Traceback" not in result.output


def test_cli_summary_without_output_flags() -> None:
    result = runner.invoke(app, ["analyze", str(next(EXAMPLES.glob("*.txt")))])
    assert result.exit_code == 0, result.output
    assert "Question:" in result.output and "Statements" in result.output


def test_cli_evaluate_prints_figures(tmp_path: Path, example_json) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(example_json))
    result = runner.invoke(app, ["evaluate", str(path), "--gold", str(EXAMPLE_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["figures"]
    assert figures["documents_scored"] == 12


def test_cli_evaluate_missing_gold_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{}")
    result = runner.invoke(app, ["evaluate", str(tmp_path / "a.json"), "--gold", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "gold folder not found" in result.output


def test_cli_article_too_long_to_parse_is_one_line(tmp_path: Path) -> None:
    shutil.copy(next(EXAMPLES.glob("*.txt")), tmp_path / "good.txt")
    # ~300,000 characters on one line (split into paragraphs at sentence ends, then too long to parse)
    (tmp_path / "dump.txt").write_text("".join(f"The envoy said the talks would go on for {i} days. " for i in range(6000)))
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", str(tmp_path / "o.json"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "dump.txt" in result.output and "too long" in result.output and "Traceback" not in result.output
    assert len(json.loads((tmp_path / "o.json").read_text())["documents"]) == 1


def test_cli_markup_in_articles_and_deep_json_never_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The envoy said [/i] that [sic] the talks [/] would go on, officials said.\n")
    (tmp_path / "deep.json").write_text("[" * 100_000)
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "[sic]" in result.output and "nested too deeply" in result.output


def test_cli_evaluate_rejects_gold_without_its_keys(tmp_path: Path, example_json) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text('{"title": "no document key"}')
    (tmp_path / "a.json").write_text(json.dumps(example_json))
    result = runner.invoke(app, ["evaluate", str(tmp_path / "a.json"), "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 2 and "lacks document" in result.output


def test_cli_question_it_cannot_read_as_yes_no_says_which_reading_it_used(tmp_path: Path) -> None:
    shutil.copy(next(EXAMPLES.glob("*.txt")), tmp_path / "a.txt")
    notes = []
    for question in ("banana [/x] [red]", "Will Valdoria join the Northern Compact?"):
        result = runner.invoke(app, ["analyze", str(tmp_path), "--question", question, "--json", str(tmp_path / "o.json")])
        assert result.exit_code == 0, result.output
        notes.append([line for line in result.output.splitlines() if line.startswith("note: the question")])
    assert len(notes[0]) == 1 and "no verb found" in notes[0][0]  # one line, with the reading used
    assert "'banana [/x] [red]'" in notes[0][0]  # the user's words as written, never read as markup
    assert notes[1] == []  # a question read normally: no note


def test_cli_ending_without_teardown_is_per_call_of_main(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether `main` may end its process without the teardown is decided per call: an analysis written by
    an earlier call in the same process does not make a later `cache info` end that way."""
    import sys

    from stancemap import cli, collector

    ended: list[int] = []

    def recorded(code: int = 0) -> None:
        ended.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(collector, "end_without_teardown", recorded)
    article = next(EXAMPLES.glob("*.txt"))
    monkeypatch.setattr(sys, "argv", ["stancemap", "analyze", str(article), "--jobs", "1", "--no-cache", "--quiet",
                                      "--json", str(tmp_path / "a.json")])
    with pytest.raises(SystemExit):
        cli.main()
    assert ended == [0] and (tmp_path / "a.json").exists()
    monkeypatch.setattr(sys, "argv", ["stancemap", "cache", "info", "--cache-dir", str(tmp_path / "cache")])
    with pytest.raises(SystemExit):
        cli.main()
    assert ended == [0]  # the second call ended as before


def test_cli_analyze_ends_without_teardown_its_output_complete(tmp_path: Path) -> None:
    """The command ends without the interpreter's teardown once its analysis is written
    (collector.end_without_teardown): the summary piped to stdout is there in full and the JSON written,
    exit status 0; a run that reads nothing still exits with 2."""
    import os
    import subprocess
    import sys

    cli = Path(sys.executable).parent / "stancemap"
    article = next(EXAMPLES.glob("*.txt"))
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # a pipe's stdout, block-buffered
    done = subprocess.run([str(cli), "analyze", str(article), "--jobs", "1", "--no-cache"], capture_output=True,
                          text=True, timeout=600, env=buffered)
    assert done.returncode == 0, done.stderr
    assert "Question:" in done.stdout and "Statements" in done.stdout
    piped = runner.invoke(app, ["analyze", str(article), "--jobs", "1", "--no-cache"])
    assert done.stdout.strip() and done.stdout.strip() in piped.output  # the whole summary, flushed before the end
    (tmp_path / "x.bin").write_bytes(b"\x00")
    failed = subprocess.run([str(cli), "analyze", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert failed.returncode == 2 and "no article could be read" in failed.stderr


@pytest.mark.parametrize("quiet", [[], ["-q"]])
def test_cli_nothing_readable_names_why(tmp_path: Path, quiet: list[str]) -> None:
    """A missing folder is named with its reason before the one-line error, quiet or not (the error
    said only "1 file(s) skipped")."""
    (tmp_path / "blank.txt").write_text("   \n")
    result = runner.invoke(app, ["analyze", str(tmp_path / "no-such-folder"), str(tmp_path / "blank.txt"), *quiet])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "no-such-folder: no such file or folder" in result.output
    assert "blank.txt: no text (only white space)" in result.output
    assert [line for line in result.output.splitlines() if line.startswith("error")] == [
        "error: no article could be read from the given paths (2 file(s) skipped)"]


@pytest.mark.parametrize(("args", "said"), [
    (["--question", "  "], "--question is empty"),
    (["--max-size", "0"], "--max-size must be above 0 MB"),
    (["--max-size", "-1"], "--max-size must be above 0 MB"),
    (["--max-size", "inf"], "--max-size must be a finite number of MB (got inf)"),  # was an OverflowError after the run
    (["--json", "{tmp}"], "it is a folder"),
    (["--html", "{tmp}/article.txt/b.html"], "article.txt is a file, not a folder"),
])
def test_cli_bad_options_are_one_line_before_any_work(tmp_path: Path, args: list[str], said: str) -> None:
    """Options that cannot work stop the run before an article is read: a blank question (it ran
    with no question at all), a size limit that refuses every file (each file "too large"), an
    output that cannot be written (found only after the whole analysis)."""
    (tmp_path / "article.txt").write_text("The port board said on Monday it would approve the pier.\n")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, ["analyze", str(tmp_path / "article.txt"), *args])
    assert result.exit_code == 2 and said in result.output and "Traceback" not in result.output
    assert "article(s)" not in result.output  # nothing was analysed
    assert len(result.output.strip().splitlines()) == 1


def test_cli_too_large_names_both_sizes_readably(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The port board said on Monday it would approve the pier. " * 80)
    result = runner.invoke(app, ["analyze", str(tmp_path), "--max-size", "0.002", "-q"])
    assert "too large for an article (4.6 KB > 2.0 KB)" in result.output


def test_cli_progress_lines_relating_not_counted_in_articles(monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """In a log, each stage says it started; a stage of one step is not "1/1 articles"."""
    from stancemap import cli

    monkeypatch.setattr(cli._Lines, "EVERY_SECONDS", 0.0)
    monkeypatch.setattr(cli, "err", cli.Console(stderr=True, width=200))
    lines = cli._Lines()
    lines.stage("analysing", 3)
    lines.advance()
    lines.stage("relating", 1)
    lines.advance()
    said = capsys.readouterr().err.splitlines()
    assert said[0].startswith("analysing 3 article(s), ") and said[1].startswith("analysing: 1/3 articles, ")
    assert said[2].startswith("relating, ") and len(said) == 3


def test_cli_cache_info_creates_nothing(tmp_path: Path) -> None:
    """`cache info` and `cache clear` on a folder without a cache say so and leave no folder behind."""
    folder = tmp_path / "typo"
    for command in ("info", "clear"):
        result = runner.invoke(app, ["cache", command, "--cache-dir", str(folder)])
        assert result.exit_code == 0 and "no cache in" in result.output and "(0 records)" in result.output
    assert not folder.exists()


@pytest.mark.parametrize("text", ["[1, 2]", '{"documents": "d1"}', '{"documents": [1]}', '"analysis"'])
def test_cli_evaluate_rejects_json_that_is_no_analysis(tmp_path: Path, text: str) -> None:
    """JSON that is not an analysis is one line, not a traceback (a list gave AttributeError)."""
    (tmp_path / "a.json").write_text(text)
    result = runner.invoke(app, ["evaluate", str(tmp_path / "a.json"), "--gold", str(EXAMPLE_GOLD)])
    assert result.exit_code == 2 and "is not an analysis written by" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_counts_parsed_articles_not_skipped_ones(tmp_path: Path) -> None:
    """An article the map skips (nothing left once the furniture is removed) is not counted parsed:
    "1 article(s): 2 parsed" was said."""
    (tmp_path / "good.txt").write_text("The port board said on Monday it would approve the new pier.\n")
    (tmp_path / "menu.html").write_text("<html><body><nav>Home | News | Sport</nav></body></html>")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--no-cache", "-j", "1", "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 0, result.output
    assert "menu.html: no article text" in result.output
    assert "1 article(s): 1 parsed, 0 from the cache" in result.output


def test_cli_skips_a_page_with_no_text_among_good_ones(tmp_path: Path) -> None:
    """An HTML page whose body has no text (white space, a script) is skipped with its notice; it stopped the whole
    run with 'unexpected failure (IndexError ...)' (the title's masthead check read the first of no lines)."""
    (tmp_path / "good.txt").write_text("The port board said on Monday it would approve the new pier.\n")
    (tmp_path / "blank.html").write_text("<html><body><p>&nbsp;</p><script>x()</script></body></html>")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--no-cache", "-j", "1", "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 0, result.output
    assert "blank.html: no article text" in result.output and "IndexError" not in result.output


def test_cli_summary_says_an_article_saved_twice() -> None:
    """The terminal summary said '1 wire copies' of one outlet's article saved under two names: a wire copy is
    another outlet's; the grammar of one is singular."""
    from rich.console import Console

    from stancemap.export.summary import print_summary
    from stancemap.model import Analysis, Document

    body = "The ferry board met on Monday."
    docs = [Document(id="d1", source="a.txt", body=body, title="Ferry board meets", outlet="Wendle Courier"),
            Document(id="d2", source="b.txt", body=body, title="Ferry board meets", outlet="Wendle Courier", copy_of="d1"),
            Document(id="d3", source="c.txt", body=body, title="Ferry board meets", outlet="Bay Herald", copy_of="d1")]
    console = Console(record=True, width=200)
    print_summary(console, Analysis(question=None, documents=docs))
    text = console.export_text()
    assert "3 articles, 0 actors, 0 statements, 0 dated events, 1 wire copy, 1 article saved twice (statements counted " \
           "once)" in text


def test_cli_progress_lines_say_the_time_left_on_a_long_run(monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    # A long `add` in a log said "analysing: 1601/3000 articles, 1205 s" every five seconds: never when it would end.
    from stancemap import cli

    clock = iter([0.0, 0.0, 30.0, 60.0])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(cli, "err", cli.Console(stderr=True, width=200))
    lines = cli._Lines()
    lines.stage("analysing", 3000)
    lines.advance(100)  # 100 articles in 30 s: 2,900 more take about 14.5 min
    lines.advance(500)  # 600 in 60 s: 2,400 more take about 4 min
    said = capsys.readouterr().err.splitlines()
    assert said[1] == "analysing: 100/3000 articles, 30 s (about 14 min left)"
    assert said[2] == "analysing: 600/3000 articles, 60 s (about 4 min left)"


def test_cli_progress_lines_say_a_long_single_step_is_still_running(monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # The reduce ("relating") is one step: in a log a 3,000-article add said "relating, 2059 s" and then nothing for six
    # minutes (a store of months, far longer), as a hung run would.
    import time as clock

    from stancemap import cli

    monkeypatch.setattr(cli._Lines, "STILL_SECONDS", 0.05)
    monkeypatch.setattr(cli, "err", cli.Console(stderr=True, width=200))
    lines = cli._Lines()
    lines.stage("relating", 1)
    clock.sleep(0.3)
    lines.advance()
    clock.sleep(0.1)  # let a line being written finish
    said = capsys.readouterr().err.splitlines()
    clock.sleep(0.3)
    assert said[0].startswith("relating, ") and said[1].startswith("relating: still running, ")
    assert capsys.readouterr().err == ""  # none once the step is done
    lines.stage("reading", 1)  # one article, never advanced (its file unreadable): no step running on and on
    clock.sleep(0.3)
    said = capsys.readouterr().err
    assert said.startswith("reading, ") and "still running" not in said
