"""The store's commands: `add`, `status`, `export` and `serve` (registered on cli.app by cli.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from .errors import StancemapError
from .ingest import DEFAULT_MAX_BYTES

StoreOption = Annotated[str | None, typer.Option(
    "--store", help="The store: a SQLite file (default: stancemap.db here) or postgresql://USER@HOST/DB.",
    envvar="STANCEMAP_STORE")]


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    parquet = "parquet"
    html = "html"
    md = "md"


def register(app: typer.Typer, err: Any, out: Any, bar: Callable[[Any], Any], lines: Callable[[], Any],
             default_jobs: Callable[[], int], notice: Callable[[Any], None]) -> None:
    """Add the store's commands to the CLI (cli.py passes its consoles and progress helpers)."""

    def fail(message: str, code: int = 2) -> typer.Exit:
        err.print(f"[red]error[/]: {escape(message)}", highlight=False, soft_wrap=True)
        return typer.Exit(code)

    def guarded(fn: Callable[[], None], interrupted: str = "interrupted") -> None:
        try:
            fn()
        except typer.Exit:
            raise
        except KeyboardInterrupt:
            err.print(interrupted, highlight=False, soft_wrap=True)
            raise typer.Exit(130) from None
        except StancemapError as error:
            raise fail(str(error)) from None
        except Exception as error:  # a user gets one line, not a traceback
            raise fail(f"unexpected failure ({type(error).__name__}: {error}); please report it", 1) from None

    @app.command()
    def add(
        paths: Annotated[list[Path] | None, typer.Argument(
            help="Article files or folders (searched recursively). None: finish the work a killed run left.")] = None,
        store: StoreOption = None,
        question: Annotated[str | None, typer.Option(help="Follow this question too (default: the corpus's proposal "
                                                          "until a question is given).")] = None,
        jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for the map step.")] = None,
        dask: Annotated[str | None, typer.Option(help="Run the map step on a Dask cluster (address or 'local').")] = None,
        no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not keep article records in the cache folder.")] = False,
        cache_dir: Annotated[Path | None, typer.Option(help="Where to keep article records.")] = None,
        remap: Annotated[bool, typer.Option(help="Map again the articles mapped by another version of stancemap.")] = False,
        max_size: Annotated[float, typer.Option(help="Skip files larger than this many MB.")] = DEFAULT_MAX_BYTES / 1e6,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only problems.")] = False,
    ) -> None:
        """Add articles to a store and bring every question it follows up to date (nothing is stored twice)."""
        from .cli import bad_options  # the checks analyze makes before any work (cli.py imports this module last)
        from .store import AddOptions
        from .store import add as run_add

        if (problem := bad_options(question, max_size, [])) is not None:
            raise fail(problem)
        options = AddOptions(jobs=jobs or default_jobs(), dask=dask, cache=not no_cache, cache_dir=cache_dir,
                             max_bytes=int(max_size * 1e6), remap=remap)

        def say(line: str) -> None:  # the work another version of stancemap left, as the run meets it
            err.print(escape(line), highlight=False, soft_wrap=True)

        def run() -> None:
            if quiet:
                report = run_add(store, paths or [], question, options)
            elif err.is_terminal:
                columns = (TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           TimeRemainingColumn())
                with Progress(*columns, console=err, transient=True) as progress:
                    report = run_add(store, paths or [], question, options, bar(progress), say)
            else:
                report = run_add(store, paths or [], question, options, lines(), say)
            for item in report.notices:
                notice(item)
            if not quiet:
                said = (f"{report.url}: {report.new} new article(s), {report.known} already stored; "
                        f"{report.mapped} analysed" + (f", {report.skipped} skipped" if report.skipped else ""))
                err.print(escape(said), highlight=False, soft_wrap=True)
                for text in report.reduced:
                    err.print(f"question up to date: {escape(text)}", highlight=False, soft_wrap=True)
            if paths and report.new == 0 and report.known == 0 and report.notices:
                raise fail("no article could be read from the given paths")

        guarded(run, "interrupted; what was stored so far is kept, and the next `stancemap add` finishes the work")

    @app.command()
    def status(store: StoreOption = None) -> None:
        """What a store holds and what is pending."""
        from .store import status as read_status

        def run() -> None:
            s = read_status(store)
            a = s.articles
            out.print(escape(f"store {s.url} (schema {s.revision})"), highlight=False, soft_wrap=True)
            out.print(f"articles: {a.get('mapped', 0)} analysed, {a.get('pending', 0)} pending, "
                      f"{a.get('skipped', 0)} skipped; {s.notices} input notice(s)", highlight=False)
            if a.get("mapped", 0):
                first, last = s.span
                span = f"published {first} to {last}" if first else "no publication date found"
                undated = f" ({s.undated} without a date)" if first and s.undated else ""
                out.print(escape(f"{span}{undated}; last added {s.last_added}"), highlight=False, soft_wrap=True)
            if s.stale:
                out.print(f"{s.stale} article(s) analysed by another version of stancemap: "
                          "`stancemap add --remap` analyses them again", highlight=False, soft_wrap=True)
            for q in s.questions:
                state = "up to date" if q.up_to_date else f"pending: {q.why} (run `stancemap add` to bring it up to date)"
                if not a.get("mapped", 0):
                    state = "no article analysed yet (`stancemap add PATH` adds some)"
                text = q.text or "(none proposed yet)"
                label = " (proposed from the corpus)" if q.auto else ""
                counts = ", ".join(f"{n} {k}" for k, n in q.counts.items())
                out.print(escape(f"question {q.id}{label}: {text}"), highlight=False, soft_wrap=True)
                out.print(escape(f"  {counts}; {state}" + (f"; reduced {q.reduced_at}" if q.reduced_at else "")),
                          highlight=False, soft_wrap=True)
            out.print("pending: " + ("yes" if s.pending else "nothing"), highlight=False)

        guarded(run)

    @app.command()
    def unfollow(
        question: Annotated[str, typer.Argument(help="The question's id (`stancemap status` lists them) or its text.")],
        store: StoreOption = None,
    ) -> None:
        """Stop following a question (a reworded one, say): its results go, the articles stay, and `add` no longer
        reduces it."""
        from .store import unfollow as run_unfollow

        def run() -> None:
            text = run_unfollow(store, question)
            err.print(escape(f"no longer following: {text or '(the proposed question)'}; the articles stay, and "
                             "`stancemap add --question TEXT` follows it again"), highlight=False, soft_wrap=True)

        guarded(run)

    @app.command()
    def export(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="json, csv, parquet, html or md.")],
        store: StoreOption = None,
        output: Annotated[Path | None, typer.Option("--output", "-o", help="File (json, html, md) or folder (csv, "
                                                                                "parquet: one file per table).")] = None,
        question: Annotated[str | None, typer.Option(help="Which question (text or id), when the store follows several.")] = None,
        table: Annotated[str | None, typer.Option(help="csv only: print this one table on standard output.")] = None,
        since: Annotated[str | None, typer.Option(help="csv, parquet: only documents, statements and events from this "
                                                       "day, month or year on (2026-03-04, 2026-03, 2026).")] = None,
        until: Annotated[str | None, typer.Option(help="csv, parquet: ... up to this day, month or year, "
                                                       "the whole of it.")] = None,
    ) -> None:
        """Export a question's analysis from a store: the JSON contract, one table per entity, or the briefing."""

        def run() -> None:
            _export(store, fmt, output, question, table, err, since, until)

        guarded(run)

    @app.command()
    def serve(
        store: StoreOption = None,
        host: Annotated[str, typer.Option(help="Address to listen on (loopback unless you say otherwise).")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
        workers: Annotated[int | None, typer.Option(min=1, help="Server processes (default: one per core).")] = None,
    ) -> None:
        """Serve a store read-only: the question page, actors, outlets, articles, search, and a JSON API under /api/."""

        def run() -> None:
            from .web.server import serve as run_server

            run_server(store, host, port, workers or default_jobs(), err)

        guarded(run, "stopped")


def _period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """`--since`/`--until` checked as the API checks them (one line each), as (since, the first date after until)."""
    import re

    from .web.queries import DATE_BOUND, date_after, date_range
    from .web.search import BadQuery

    for name, bound in (("since", since), ("until", until)):
        if bound is not None and not re.match(DATE_BOUND, bound):
            raise StancemapError(f"--{name}: give a day, month or year: 2026-03-04, 2026-03 or 2026 (got {bound!r})")
    try:
        date_range(since, until)
        return since, date_after(until) if until else None
    except BadQuery as error:
        raise StancemapError(str(error)) from None


def _export(store: str | None, fmt: ExportFormat, output: Path | None, question: str | None, table: str | None,
            err: Any, since: str | None = None, until: str | None = None) -> None:
    from .export import render
    from .export.tables import DATED, TABLES, in_period, tables, to_csv, write_csv, write_parquet
    from .store import choose_question, load_analysis, open_reader, reader_notes

    period = since is not None or until is not None
    if period and fmt not in (ExportFormat.csv, ExportFormat.parquet):  # test_cli_store_export_bad_period_is_one_line
        raise StancemapError("--since and --until filter the tables (csv, parquet); the JSON and the briefing are the "
                             "whole analysis (the API's /api/statements?since=...&until=... lists a period's statements)")
    start, before = _period(since, until)
    if fmt in (ExportFormat.csv, ExportFormat.parquet) and output is None and table is None:
        raise StancemapError(f"{fmt.value} export writes one file per table: give --output FOLDER"
                             + (" (or --table NAME for one table on standard output)" if fmt == ExportFormat.csv else ""))
    if fmt in (ExportFormat.csv, ExportFormat.parquet) and output is not None and output.exists() and not output.is_dir():
        raise StancemapError(f"--output {output} is a file: {fmt.value} export writes one file per table into a folder")
    if fmt not in (ExportFormat.csv, ExportFormat.parquet) and output is not None and output.is_dir():
        raise StancemapError(f"--output {output} is a folder: {fmt.value} export writes one file (give its name)")
    if table is not None and (fmt != ExportFormat.csv or table not in TABLES):
        raise StancemapError(f"--table works with --format csv and one of: {', '.join(TABLES)}")
    engine, _ = open_reader(store)
    try:
        with engine.connect() as conn:
            qid = choose_question(conn, question)
            analysis = load_analysis(conn, qid)
            notes = reader_notes(conn, qid)
    finally:
        engine.dispose()
    for line in notes:
        err.print(escape(f"note: {line}"), highlight=False, soft_wrap=True)
    try:
        found = None
        if fmt in (ExportFormat.csv, ExportFormat.parquet):
            found = tables(analysis)
            if period:
                found = in_period(found, start, before)
        if fmt == ExportFormat.csv and table is not None and output is None:
            assert found is not None
            columns, rows = found[table]
            sys.stdout.write(to_csv(columns, rows))
            return
        if fmt in (ExportFormat.csv, ExportFormat.parquet):
            assert output is not None
            written = (write_csv(analysis, output, found) if fmt == ExportFormat.csv
                       else write_parquet(analysis, output, found))
            scope = (f" ({', '.join(DATED[:-1])} and {DATED[-1]} of {since or 'the first'} to {until or 'the last'}; "
                     "the other tables whole)") if period else ""
            err.print(escape(f"wrote {len(written)} tables to {output}{scope}"), highlight=False, soft_wrap=True)
            return
        text = render(analysis, "markdown" if fmt == ExportFormat.md else fmt.value)
        if output is None:
            sys.stdout.write(text)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        err.print(escape(f"wrote {output}"), highlight=False, soft_wrap=True)
    except OSError as error:
        raise StancemapError(f"cannot write {output}: {error.strerror or error}") from None
