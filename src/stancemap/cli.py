"""The command line: `stancemap analyze` and `stancemap evaluate`. I/O lives here, not in the stages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from .errors import StancemapError
from .ingest import DEFAULT_MAX_BYTES
from .model import Notice

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Map who said what about a contested question, when, on what condition, and how outlets framed it.")
err = Console(stderr=True)
out = Console()
# Below this many documents a progress bar is more noise than help.
PROGRESS_MIN_DOCS = 5


class _Bar:
    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: TaskID | None = None

    def stage(self, name: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[self.task].total)
        self.task = self.progress.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, n)


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).")],
    question: Annotated[str | None, typer.Option(help="The contested question, e.g. 'Will X join Y?'.")] = None,
    json_file: Annotated[Path | None, typer.Option("--json", help="Write the full analysis as JSON.")] = None,
    html: Annotated[Path | None, typer.Option(help="Write the briefing as one self-contained HTML file.")] = None,
    markdown: Annotated[Path | None, typer.Option(help="Write the briefing as Markdown.")] = None,
    show_removed: Annotated[bool, typer.Option(help="List the boilerplate removed from each article, and why.")] = False,
    max_size: Annotated[float, typer.Option(help="Skip files larger than this many MB.")] = DEFAULT_MAX_BYTES / 1e6,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary, only problems.")] = False,
) -> None:
    """Analyse articles and print a summary, or write JSON, HTML and Markdown."""
    try:
        _analyze(paths, question, json_file, html, markdown, show_removed, max_size, quiet)
    except typer.Exit:
        raise
    except StancemapError as error:
        err.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except Exception as error:  # a user gets one line, not a traceback
        err.print(f"[red]error[/]: unexpected failure ({type(error).__name__}: {escape(str(error))}); please "
                  "report it with the input that caused it", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _notice(notice: Notice) -> None:
    label = "skipped" if notice.skipped else "note"
    err.print(f"[yellow]{label}[/]: {escape(notice.path)}: {escape(notice.message)}", highlight=False, soft_wrap=True)


def _analyze(paths: list[Path], question: str | None, json_file: Path | None, html: Path | None,
             markdown: Path | None, show_removed: bool, max_size: float, quiet: bool) -> None:
    from .ingest import read_sources
    from .pipeline import analyze_sources

    sources, notices = read_sources(paths, int(max_size * 1e6))
    for notice in notices:
        _notice(notice)
    if not sources:
        err.print("[red]error[/]: no article could be read from the given paths", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    if quiet or len(sources) < PROGRESS_MIN_DOCS:
        analysis = analyze_sources(sources, question, None, notices)
    else:
        columns = (TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=True) as progress:
            analysis = analyze_sources(sources, question, _Bar(progress), notices)
    for notice in [n for n in analysis.notices if n not in notices]:
        _notice(notice)
    if analysis.question and analysis.question.proposed and not quiet and (json_file or html or markdown):
        err.print(f"question (proposed from the corpus): {escape(analysis.question.text)}", highlight=False, soft_wrap=True)
    written = _write_outputs(analysis, json_file, html, markdown)
    if show_removed:
        from .export.summary import print_removed

        print_removed(out, analysis)
    if not written and not quiet:
        from .export.summary import print_summary

        print_summary(out, analysis)
    for path in written:
        if not quiet:
            err.print(f"wrote {escape(str(path))}", highlight=False, soft_wrap=True)


def _write_outputs(analysis, json_file: Path | None, html: Path | None, markdown: Path | None) -> list[Path]:  # type: ignore[no-untyped-def]
    from .export import render

    written = []
    for path, fmt in ((json_file, "json"), (html, "html"), (markdown, "markdown")):
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(analysis, fmt), encoding="utf-8")
        except OSError as error:
            err.print(f"[red]error[/]: cannot write {path}: {error.strerror or error}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        written.append(path)
    return written


@app.command()
def evaluate(
    analysis_file: Annotated[Path, typer.Argument(help="An analysis JSON written by `analyze --json`.")],
    gold: Annotated[Path, typer.Option(help="Folder of gold annotation files (one JSON per article).")],
    corpus: Annotated[Path | None, typer.Option(help="Folder of the annotated articles, if their paths moved.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score an analysis against hand-made gold annotations (see docs/evaluation.md)."""
    from .evaluate import evaluate as run_evaluation
    from .evaluate import print_report

    try:
        data = json.loads(analysis_file.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        err.print(f"[red]error[/]: cannot read {escape(str(analysis_file))}: {escape(str(error))}",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    try:
        report = run_evaluation(data, gold, corpus)
    except StancemapError as error:
        err.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        print_report(out, report)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
