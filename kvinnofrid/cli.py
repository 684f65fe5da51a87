"""The kvinnofrid command line (typer). Exit status: 0 when every file succeeded, 1 when any
file failed (the others are still stored), 2 for usage errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from kvinnofrid.api import KvinnofridError, close_databases


class _App(typer.Typer):
    """The typer app, with every fault the machine can raise (full disk, no permission, a
    damaged database, a bug) turned into one line and exit status 1, never a traceback."""

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return super().__call__(*args, **kwargs)
        except (KeyboardInterrupt, SystemExit):
            raise
        except KvinnofridError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}")
            raise SystemExit(exc.status) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if os.environ.get("KVINNOFRID_DEBUG"):
                raise
            from kvinnofrid.faults import describe, is_machine_fault

            line = describe(exc)
            if not is_machine_fault(exc):
                line += " (KVINNOFRID_DEBUG=1 shows where)"
            err.print(f"[red]error:[/red] {escape(line)}")
            raise SystemExit(1) from None
        finally:
            close_databases()


app = _App(
    name="kvinnofrid",
    help="Ingest Swedish counties' plans against men's violence against women and compare them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # click's plain help: flags without a "<bool>" type column
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _print_version(value: bool) -> None:
    if value:
        from kvinnofrid import __version__
        from kvinnofrid.version import pipeline_version

        out.print(f"kvinnofrid {__version__} (pipeline {pipeline_version()})")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    pass


DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]
DEFAULT_DB = Path("out/kvinnofrid.db")


def _default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


ExecutorOption = Annotated[
    str, typer.Option("--executor", help="Where documents are parsed: local (processes) or dask.")
]
SchedulerOption = Annotated[
    str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786.")
]


CorrectionsOption = Annotated[
    Path | None,
    typer.Option(
        "--corrections",
        help="Staff corrections file (default: corpus/corrections.toml when it exists).",
    ),
]


def _corrections_file(explicit: Path | None, corpus: Path = Path("corpus")) -> Path | None:
    from kvinnofrid.api import corrections_file

    return corrections_file(explicit, corpus)


def _print_corrections(applied) -> None:  # type: ignore[no-untyped-def]
    """One line for each correction that did not apply, so a stale one is noticed."""
    if applied is None or not applied.results:
        return
    for r in applied.not_applied:
        err.print(
            f"[yellow]correction {r.entry}[/yellow] ({applied.file}): {r.status}: {r.message}"
        )
    out.print(f"corrections ({applied.stage}): {applied.applied} applied from {applied.file}")


TimeLimitOption = Annotated[
    float | None,
    typer.Option(
        "--time-limit",
        min=1,
        help="Seconds one document may take to read (default 120, or KVINNOFRID_TIME_LIMIT).",
    ),
]
MemoryLimitOption = Annotated[
    int | None,
    typer.Option(
        "--memory-limit",
        min=64,
        help="MB of memory one document may use (default 2048, or KVINNOFRID_MEMORY_LIMIT).",
    ),
]


def _limits(time_limit: float | None, memory_limit: int | None):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from kvinnofrid.limits import Limits

    try:
        limits = Limits.from_env()
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    if time_limit is not None:
        limits = replace(limits, seconds=float(time_limit))
    if memory_limit is not None:
        limits = replace(limits, memory_mb=int(memory_limit))
    return limits


def _ingest(db_path: Path, paths: list[Path], workers: int, executor: str = "local",
            scheduler: str | None = None, corrections: Path | None = None,
            limits=None) -> int:  # type: ignore[no-untyped-def]  # fmt: skip
    from kvinnofrid import api

    result = _with_progress(
        lambda on_result, on_start: api.ingest(
            paths,
            db_path,
            workers=workers,
            executor=executor,
            scheduler=scheduler,
            corrections=corrections,
            limits=limits,
            on_result=on_result,
            on_start=on_start,
        )  # fmt: skip
    )
    _print_ingest(result)
    return 1 if result.failed else 0


def _with_progress(work):  # type: ignore[no-untyped-def]
    """Run an ingest with a progress bar on a terminal and a line per file as it is done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_result(outcome) -> None:  # type: ignore[no-untyped-def]
            _print_outcome(outcome)
            if outcome.status not in MIRROR_MARKS:
                progress.advance(task)

        return work(on_result, on_start)


def _print_outcome(outcome) -> None:  # type: ignore[no-untyped-def]
    path = outcome.path
    name = escape(os.path.relpath(path) if path.startswith(os.getcwd()) else path)
    message = escape(outcome.message)
    if outcome.failed:
        out.print(f"[red]✗[/red] {name}: {message}")
    elif outcome.status == "unchanged":
        out.print(f"[dim]= {name}: {message} ({_counts(outcome)})[/dim]")
    elif outcome.status in MIRROR_MARKS:
        counts = f" ({_counts(outcome)})" if outcome.status == "renamed" else ""
        out.print(f"[yellow]{MIRROR_MARKS[outcome.status]}[/yellow] {name}: {message}{counts}")
    else:
        out.print(f"[green]✓[/green] {name}: {message}")


def _print_ingest(result) -> None:  # type: ignore[no-untyped-def]
    if result.fast:  # nothing was read: the per-file lines were not printed as files finished
        for outcome in result.outcomes:
            _print_outcome(outcome)
    out.print(_batch_summary(result))
    _print_corrections(result.corrections)


MIRROR_MARKS = {"renamed": "→", "removed": "−", "duplicate": "≈"}
MIRROR_WORDS = {"renamed": ("renamed", "renamed"), "removed": ("removed", "removed"),
                "duplicate": ("duplicate", "duplicates")}  # fmt: skip


def _counts(outcome) -> str:  # type: ignore[no-untyped-def]
    from kvinnofrid.faults import plural

    return (
        f"{plural(outcome.goals, 'goal', 'goals')}, {plural(outcome.actions, 'action', 'actions')}"
    )


def _batch_summary(result) -> str:  # type: ignore[no-untyped-def]
    """ "5 files: 3 stored, 1 unchanged, 0 failed; 1 renamed, 1 removed, 1 duplicate"."""
    from kvinnofrid.faults import plural

    files = len(result.outcomes) - result.count("removed")
    line = (
        f"{plural(files, 'file', 'files')}: {result.stored} stored,"
        f" {result.unchanged} unchanged, {result.failed} failed"
    )
    count = result.count
    followed = [plural(count(s), *MIRROR_WORDS[s]) for s in MIRROR_MARKS if count(s)]
    return line + ("; " + ", ".join(followed) if followed else "")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Parallel parsing processes.")
    ] = _default_workers(),
    executor: ExecutorOption = "local",
    scheduler: SchedulerOption = None,
    corrections: CorrectionsOption = None,
    time_limit: TimeLimitOption = None,
    memory_limit: MemoryLimitOption = None,
) -> None:
    """Ingest files or folders; unchanged files (same sha256) are skipped, and the database
    follows each folder (files gone are removed, renamed ones re-pointed, the same plan twice
    kept once)."""
    limits = _limits(time_limit, memory_limit)
    # a folder's own corrections file, else the default corpus/corrections.toml
    folder = next((p for p in paths if (p / "corrections.toml").is_file()), Path("corpus"))
    corrections_file = _corrections_file(corrections, folder)
    raise typer.Exit(_ingest(db, paths, workers, executor, scheduler, corrections_file, limits))


FrameworkOption = Annotated[
    str,
    typer.Option(
        "--framework",
        "-f",
        help="Framework to place goals and actions against (see `kvinnofrid frameworks`).",
    ),
]


def _framework_or_exit(framework: str) -> str:
    from kvinnofrid.api import check_framework

    return check_framework(framework)


GraphOption = Annotated[
    str,
    typer.Option(
        "--graph",
        help="Graph files to write to OUT for Gephi: graphml, gexf or both (graphml,gexf);"
        " none by default (the report draws its network without them).",
    ),
]


def _compare(
    db_path: Path,
    framework: str,
    out_dir: Path | None,
    corrections: Path | None = None,
    graph: str = "",
) -> None:
    from kvinnofrid import api

    _print_compare(
        api.compare(
            db_path, framework, out_dir or Path("out"), corrections=corrections, graph=graph
        )
    )


def _print_compare(result) -> None:  # type: ignore[no-untyped-def]
    from kvinnofrid.faults import plural

    out.print(
        f"classified {plural(result.goals, 'goal', 'goals')} and"
        f" {plural(result.actions, 'action', 'actions')} in"
        f" {plural(result.documents, 'document', 'documents')} against {result.framework}"
        f" ({plural(result.skipped, 'document', 'documents')} unchanged)"
        + (f"; {result.reused} items as classified before" if result.reused else "")
    )
    _print_corrections(result.corrections)
    out.print(result.analysis or "analysis unchanged (gaps, overlaps, graph): skipped")


@app.command()
def frameworks() -> None:
    """List the frameworks goals and actions can be placed against."""
    from models.frameworks import DEFAULT_FRAMEWORK, load_frameworks

    for fw in load_frameworks().values():
        mark = " (default)" if fw.id == DEFAULT_FRAMEWORK else ""
        out.print(f"[bold]{fw.id}[/bold]{mark}: {fw.title}")
        for objective in fw.objectives:
            out.print(f"  {objective.code}. {objective.title}")


@app.command()
def compare(
    db: DbOption = DEFAULT_DB,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    framework: FrameworkOption = "nationell-strategi-2017",
    corrections: CorrectionsOption = None,
    graph: GraphOption = "",
) -> None:
    """Place every goal and action against a framework's objectives, with evidence."""
    _compare(db, _framework_or_exit(framework), out_dir, _corrections_file(corrections), graph)


def _report(db_path: Path, framework: str, out_dir: Path, *, force: bool = True) -> None:
    from kvinnofrid import api

    _print_report(api.report(db_path, out_dir, framework, force=force), out_dir)


def _print_report(result, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    if result is None:
        out.print(f"report unchanged: {out_dir / 'report' / 'index.html'}")
        return
    out.print(
        f"report: {result.counties} counties, {result.actions} actions, {result.gaps} gaps,"
        f" {result.clusters} overlap clusters -> {result.folder / 'index.html'}"
    )


@app.command()
def report(
    db: DbOption = DEFAULT_DB,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    framework: FrameworkOption = "nationell-strategi-2017",
) -> None:
    """Write the comparison report: OUT/report/ (index.html, county pages, report.md, PNG, CSV)."""
    _report(db, _framework_or_exit(framework), out_dir)


@app.command()
def run(
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder of input documents.")] = Path(
        "corpus"
    ),
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    db: Annotated[
        Path | None, typer.Option("--db", help="Database (default: OUT/kvinnofrid.db).")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1)] = _default_workers(),
    framework: FrameworkOption = "nationell-strategi-2017",
    executor: ExecutorOption = "local",
    scheduler: SchedulerOption = None,
    corrections: CorrectionsOption = None,
    time_limit: TimeLimitOption = None,
    memory_limit: MemoryLimitOption = None,
    graph: GraphOption = "",
) -> None:
    """Ingest everything new or changed in the corpus, compare and report."""
    from kvinnofrid import api

    result = _with_progress(
        lambda on_result, on_start: api.run(
            corpus,
            out_dir,
            db=db,
            framework=framework,
            workers=workers,
            executor=executor,
            scheduler=scheduler,
            corrections=corrections,
            limits=_limits(time_limit, memory_limit),
            on_result=on_result,
            on_start=on_start,
            graph=graph,
        )  # fmt: skip
    )
    if result.unchanged_files is not None:
        out.print(
            f"nothing changed since the last run: {result.unchanged_files} files unchanged;"
            f" report: {out_dir / 'report' / 'index.html'}"
        )
        raise typer.Exit(0)
    _print_ingest(result.ingest)
    _print_compare(result.compare)
    _print_report(result.report, out_dir)
    raise typer.Exit(1 if result.failed else 0)


# Command modules register their commands on `app` here (one line each).
app.command()(__import__("kvinnofrid.commands.review", fromlist=["outline"]).outline)
__import__("kvinnofrid.commands.research", fromlist=["register"]).register(app)
__import__("kvinnofrid.commands.review", fromlist=["register"]).register(app)
app.command()(__import__("kvinnofrid.commands.diff", fromlist=["diff"]).diff)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
