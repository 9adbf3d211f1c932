"""The command line: `stancemap analyze`, `evaluate` and `cache`, and the store's `add`, `status`, `export` and
`serve` (cli_store.py). I/O lives here, not in the stages."""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from .errors import StancemapError
from .ingest import DEFAULT_MAX_BYTES
from .model import Notice, Question

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Map who said what about a contested question, when, on what condition, and how outlets framed it.")
err = Console(stderr=True)
out = Console()


@dataclass
class _Invocation:
    """One call of `main`: whether its `analyze` has written everything (the process may then end
    without its teardown). Per call, not per process: a caller that runs `main` again in the same
    process (a test, a script) starts from nothing written."""

    written: bool = False


_INVOCATION: ContextVar[_Invocation | None] = ContextVar("stancemap_invocation", default=None)


class _Bar:
    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: TaskID | None = None

    def stage(self, name: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[self.task].total)
        self.task = self.progress.add_task(name, total=total or None)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, n)


class _Lines:
    """Progress when standard error is not a terminal (a log, CI): a line as each stage starts, and
    a line every few seconds while articles are counted through it. A stage of one step (relating)
    is not counted in articles, and says once a minute that it is still running (test_cli_progress_lines_*)."""

    EVERY_SECONDS = 5.0
    STILL_SECONDS = 60.0
    ONE_STEP = "relating"  # the stage pipeline.run and store.add give the reduce

    def __init__(self) -> None:
        self.name, self.total, self.done = "", 0, 0
        self.started = self.last = self.stage_started = time.monotonic()
        self._still: threading.Event | None = None

    def stage(self, name: str, total: int) -> None:
        self._step_done()
        self.name, self.total, self.done = name, total, 0
        self.last = self.stage_started = now = time.monotonic()
        counted = f" {total} article(s)" if total > 1 else ""
        err.print(f"{name}{counted}, {now - self.started:.0f} s", highlight=False, soft_wrap=True)
        # The reduce, one long step: a line a minute, not silence (..._a_long_single_step_is_still_running); a stage of
        # one article is no such step (a one-file `add` whose file is unreadable never advances its "reading").
        if total == 1 and name == self.ONE_STEP:
            self._still = threading.Event()
            threading.Thread(target=self._still_running, args=(self._still, name), daemon=True).start()

    def _still_running(self, done: threading.Event, name: str) -> None:
        while not done.wait(self.STILL_SECONDS):
            err.print(f"{name}: still running, {time.monotonic() - self.started:.0f} s", highlight=False, soft_wrap=True)

    def _step_done(self) -> None:
        if self._still is not None:
            self._still.set()
            self._still = None

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.total == 1:
            self._step_done()
        now = time.monotonic()
        if self.total != 1 and now - self.last >= self.EVERY_SECONDS:
            self.last = now
            of = f"/{self.total}" if self.total else ""
            err.print(f"{self.name}: {self.done}{of} articles, {now - self.started:.0f} s{self._left(now)}",
                      highlight=False, soft_wrap=True)

    def _left(self, now: float) -> str:
        """The time the stage has left at its pace so far, once it has run 20 s
        (test_cli_progress_lines_say_the_time_left_on_a_long_run)."""
        spent = now - self.stage_started
        if self.total <= 1 or not 0 < self.done < self.total or spent < 20:
            return ""
        left = (self.total - self.done) * spent / self.done
        return f" (about {left / 60:.0f} min left)" if left >= 90 else f" (about {left:.0f} s left)"


def _default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@app.command()
def analyze(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Article files or folders (searched recursively): text, HTML, JSON/JSONL, RSS/Atom feeds, "
             "WARC web archives.")] = None,
    question: Annotated[str | None, typer.Option(help="The contested question, e.g. 'Will X join Y?'.")] = None,
    json_file: Annotated[Path | None, typer.Option("--json", help="Write the full analysis as JSON.")] = None,
    html: Annotated[Path | None, typer.Option(help="Write the briefing as one self-contained HTML file.")] = None,
    markdown: Annotated[Path | None, typer.Option(help="Write the briefing as Markdown.")] = None,
    show_removed: Annotated[bool, typer.Option(help="List the boilerplate removed from each article, and why.")] = False,
    max_size: Annotated[float, typer.Option(help="Skip files larger than this many MB.")] = DEFAULT_MAX_BYTES / 1e6,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                             help="Worker processes for the map step (default: one per core).")] = None,
    dask: Annotated[str | None, typer.Option(help="Run the map step on a Dask cluster: a scheduler address "
                                                  "(tcp://host:8786) or 'local' for a LocalCluster.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor keep cached article records.")] = False,
    cache_dir: Annotated[Path | None, typer.Option(help="Where to keep article records (default: the user's "
                                                        "cache folder, or STANCEMAP_CACHE_DIR).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary, only problems.")] = False,
    urls: Annotated[Path | None, typer.Option("--urls", help="A text file of page URLs (one per line) to fetch and "
                                                          "analyse; needs network access.")] = None,
) -> None:
    """Analyse articles and print a summary, or write JSON, HTML and Markdown."""
    from .pipeline import RunOptions

    if not paths and urls is None:
        err.print("[red]error[/]: give article files or folders, or --urls FILE", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    if urls is not None and not urls.is_file():
        err.print(f"[red]error[/]: URL list not found: {escape(str(urls))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    if (problem := bad_options(question, max_size, [json_file, html, markdown])) is not None:
        err.print(f"[red]error[/]: {escape(problem)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    options = RunOptions(jobs=jobs or _default_jobs(), dask=dask, cache=not no_cache, cache_dir=cache_dir)
    try:
        _analyze(paths or [], question, json_file, html, markdown, show_removed, max_size, quiet, options, urls)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        err.print("interrupted; the articles analysed so far are kept in the cache", highlight=False, soft_wrap=True)
        raise typer.Exit(130) from None
    except StancemapError as error:
        for notice in getattr(error, "notices", []):  # NoInputError: why each path gave nothing
            _notice(notice)
        err.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except Exception as error:  # a user gets one line, not a traceback
        err.print(f"[red]error[/]: unexpected failure ({type(error).__name__}: {escape(str(error))}); please "
                  "report it with the input that caused it", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def bad_options(question: str | None, max_size: float, outputs: list[Path | None]) -> str | None:
    """What is wrong with the options, found before any article is read (a long run must not end
    on a typo): a blank question (else silently none at all), a size limit that refuses every
    file, an output path that is a folder or sits under a file (test_cli_bad_options_*)."""
    if question is not None and not question.strip():
        return "--question is empty: give a yes/no question, or leave --question out to have one proposed"
    if not max_size > 0:
        return f"--max-size must be above 0 MB (got {max_size:g})"
    if not math.isfinite(max_size):  # 'inf' was an OverflowError once the files were listed (test_cli_bad_options_*)
        return f"--max-size must be a finite number of MB (got {max_size:g})"
    for path in outputs:
        if path is None:
            continue
        if path.is_dir():
            return f"cannot write {path}: it is a folder (give a file name)"
        blocking = next((p for p in path.parents if p.exists()), None)
        if blocking is not None and not blocking.is_dir():
            return f"cannot write {path}: {blocking} is a file, not a folder"
        if blocking is not None and not os.access(blocking, os.W_OK | os.X_OK):
            return f"cannot write {path}: {blocking} is not writable"
    return None


def _notice(notice: Notice) -> None:
    label = "skipped" if notice.skipped else "note"
    err.print(f"[yellow]{label}[/]: {escape(notice.path)}: {escape(notice.message)}", highlight=False, soft_wrap=True)


def _fallback_reading(question: Question | None) -> str | None:
    """The reading a given question was parsed with, when it is a fallback (no verb, not a yes/no
    question): the user is told what stances were measured against (judge/proposition.py)."""
    from .judge.proposition import FALLBACK_READINGS

    reading = getattr(question.proposition, "reading", "") if question is not None and not question.proposed else ""
    return reading if reading in FALLBACK_READINGS else None


def _analyze(paths: list[Path], question: str | None, json_file: Path | None, html: Path | None,
             markdown: Path | None, show_removed: bool, max_size: float, quiet: bool, options,  # type: ignore[no-untyped-def]
             urls: Path | None = None) -> None:
    from .allocator import keep_freed_memory
    from .collector import set_for_run
    from .pipeline import run

    set_for_run()  # this process is the run: rarer collections through the export too (collector.py)
    keep_freed_memory()  # the parse's arrays reuse the memory freed by the batch before (allocator.py)
    max_bytes = int(max_size * 1e6)
    if quiet:
        analysis = run(paths, question, None, max_bytes, options, urls)
    elif err.is_terminal:
        columns = (TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True) as progress:
            analysis = run(paths, question, _Bar(progress), max_bytes, options, urls)
    else:
        analysis = run(paths, question, _Lines(), max_bytes, options, urls)
    for notice in analysis.notices:
        _notice(notice)
    if not quiet and analysis.run:
        run_info = analysis.run
        repeated = f", {run_info['repeated']:.0f} the same text as an earlier file" if run_info.get("repeated") else ""
        err.print(f"{run_info['articles']:.0f} article(s): {run_info['parsed']:.0f} parsed, "
                  f"{run_info['cached']:.0f} from the cache{repeated}", highlight=False, soft_wrap=True)
    if analysis.question is not None and not quiet:
        from .judge.learned import missing

        if (why := missing()) is not None:
            err.print(f"[yellow]note[/]: the learned stance layer is off: {escape(why)}; stances are the rules' alone",
                      highlight=False, soft_wrap=True)
    if (reading := _fallback_reading(analysis.question)) is not None and analysis.question is not None and not quiet:
        err.print(f"[yellow]note[/]: the question {escape(repr(analysis.question.text))} was not read as a yes/no question "
                  f"with a verb: {escape(reading)}", highlight=False, soft_wrap=True)
    if analysis.question and analysis.question.proposed and not quiet and (json_file or html or markdown):
        err.print(f"question (proposed from the corpus): {escape(analysis.question.text)} ({escape(analysis.question.reason)})",
                  highlight=False, soft_wrap=True)
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
    if os.environ.get("STANCEMAP_TIMINGS"):
        # For the benchmark (scripts/bench.py): how long each stage took, as JSON.
        Path(os.environ["STANCEMAP_TIMINGS"]).write_text(json.dumps(analysis.run), encoding="utf-8")
    if (invocation := _INVOCATION.get()) is not None:  # None: called without `main` (typer's test runner)
        invocation.written = True


def _write_outputs(analysis, json_file: Path | None, html: Path | None, markdown: Path | None) -> list[Path]:  # type: ignore[no-untyped-def]
    from .export import render

    written = []
    for path, fmt in ((json_file, "json"), (html, "html"), (markdown, "markdown")):
        if path is None:
            continue
        try:
            started = time.perf_counter()
            path.parent.mkdir(parents=True, exist_ok=True)
            if fmt == "json":  # streamed: a large corpus's JSON is never one string in memory
                from .export.json_out import write

                with path.open("wb") as handle:
                    write(analysis, handle)
            else:
                path.write_text(render(analysis, fmt), encoding="utf-8")
            analysis.run[f"export_{fmt}_seconds"] = time.perf_counter() - started
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
    if not _analysis_shaped(data):
        err.print(f"[red]error[/]: {escape(str(analysis_file))} is not an analysis written by `stancemap analyze "
                  "--json` (an object whose 'documents', 'actors' and 'statements' are lists of objects)",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    try:
        report = run_evaluation(data, gold, corpus)
    except StancemapError as error:
        err.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except Exception as error:  # a user gets one line, not a traceback
        err.print(f"[red]error[/]: cannot score {escape(str(analysis_file))} ({type(error).__name__}: "
                  f"{escape(str(error))}); is it an analysis written by `stancemap analyze --json`?",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        print_report(out, report)


def _analysis_shaped(data: object) -> bool:
    """The JSON has the contract's lists `evaluate` reads (a list, or a `documents` string, gave a
    traceback; test_cli_evaluate_rejects_json_that_is_no_analysis)."""
    return isinstance(data, dict) and all(
        isinstance(data.get(key, []), list) and all(isinstance(item, dict) for item in data.get(key, []))
        for key in ("documents", "actors", "statements", "events", "positions"))


cache_app = typer.Typer(add_completion=False, no_args_is_help=True, help="The cache of analysed article records.")
app.add_typer(cache_app, name="cache")


def _no_cache_yet(cache_dir: Path | None) -> bool:
    """No cache in the folder: said, and the folder is not made (`cache info` on a mistyped
    --cache-dir created it; test_cli_cache_info_creates_nothing)."""
    from .mapping.cache import FILE_NAME, OLD_FILES, default_dir

    folder = cache_dir or default_dir()
    if (folder / FILE_NAME).is_file() or any(any(folder.glob(pattern)) for pattern in OLD_FILES):
        return False
    out.print(f"no cache in {escape(str(folder))} (0 records)", highlight=False, soft_wrap=True)
    return True


@cache_app.command("clear")
def cache_clear(cache_dir: Annotated[Path | None, typer.Option(help="The cache folder (default: the user's).")] = None) -> None:
    """Drop every cached article record."""
    from .mapping.cache import RecordCache

    if _no_cache_yet(cache_dir):
        return
    try:
        cache = RecordCache(cache_dir)
        dropped = cache.clear()
        older = cache.older_files()
        cache.close()
        for file in older:  # another version's cache, never read (test_cache_clear_and_info_name_an_older_cache_file)
            file.unlink()
    except StancemapError as error:
        err.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except OSError as error:
        err.print(f"[red]error[/]: cannot remove {escape(str(error.filename))}: {escape(error.strerror or str(error))}",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    out.print(f"cleared {dropped} cached article record(s) from {escape(str(cache.folder))}", highlight=False, soft_wrap=True)
    for file in older:
        out.print(f"removed another version of stancemap's cache file, {escape(file.name)}", highlight=False, soft_wrap=True)


@cache_app.command("info")
def cache_info(cache_dir: Annotated[Path | None, typer.Option(help="The cache folder (default: the user's).")] = None) -> None:
    """Where the cache is, how many records it holds and their size."""
    from .mapping.cache import RecordCache

    if _no_cache_yet(cache_dir):
        return
    try:
        cache = RecordCache(cache_dir)
        count, size = cache.size()
        older = [(file.name, file.stat().st_size) for file in cache.older_files()]
        cache.close()
    except StancemapError as error:
        err.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    out.print(f"{count} record(s), {size / 1e6:.1f} MB of {cache.cap_bytes / 1e6:.0f} MB (records, judgements and kept "
              f"results), in {escape(str(cache.folder))}", highlight=False, soft_wrap=True)
    for name, file_size in older:
        out.print(f"another version of stancemap's cache file, not read: {escape(name)} ({file_size / 1e6:.1f} MB); "
                  "`stancemap cache clear` removes it", highlight=False, soft_wrap=True)


from .cli_store import register as _register_store  # noqa: E402 - after the helpers it is given

_register_store(app, err, out, _Bar, _Lines, _default_jobs, _notice)


def main() -> None:
    invocation = _Invocation()
    token = _INVOCATION.set(invocation)
    try:
        app()
    except SystemExit as ended:
        if invocation.written and (ended.code is None or isinstance(ended.code, int)):
            from .collector import end_without_teardown

            # An analysis written and its files closed: freeing its heap object by object is 1.5-2 s of a run's end.
            end_without_teardown(ended.code or 0)
        raise
    finally:
        _INVOCATION.reset(token)


if __name__ == "__main__":
    main()
