"""The kvinnofrid command line (typer). Exit status: 0 when every file succeeded, 1 when any
file failed (the others are still stored), 2 for usage errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape


class _App(typer.Typer):
    """The typer app, with every fault the machine can raise (full disk, no permission, a
    damaged database, a bug) turned into one line and exit status 1, never a traceback."""

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return super().__call__(*args, **kwargs)
        except (KeyboardInterrupt, SystemExit):
            raise
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
            _close_databases()


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


_OPEN: dict[Path, object] = {}


def _close_databases() -> None:
    """Close the command's databases, so that SQLite folds the write-ahead log into the file
    and removes it (left to interpreter shutdown, it was sometimes kept)."""
    import contextlib
    import sqlite3

    while _OPEN:
        _path, database = _OPEN.popitem()
        with contextlib.suppress(sqlite3.Error):
            database.conn.close()  # type: ignore[attr-defined]


def _open_db(db: Path):  # type: ignore[no-untyped-def]
    """The database, opened (and its schema ensured) once per command, however many stages
    of that command use it."""
    from kvinnofrid.faults import describe
    from kvinnofrid.store import connect, writable

    key = db.resolve()
    if key not in _OPEN:
        if not writable(db):
            err.print(
                f"[red]error:[/red] cannot write the database {escape(str(db))}: the file or its"
                " folder is read-only (search, review, export and serve can still read it)"
            )
            raise typer.Exit(1)
        try:
            _OPEN[key] = connect(db)
        except Exception as exc:  # noqa: BLE001
            err.print(f"[red]error:[/red] cannot open database {escape(str(db))}: {describe(exc)}")
            raise typer.Exit(1) from None
    return _OPEN[key]


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
    """The corrections file to apply, checked before anything is done: one that cannot be
    read stops the command (exit 1, naming the line), since running without it would silently
    drop the staff's corrections."""
    if explicit is not None:
        if not explicit.is_file():
            err.print(f"[red]error:[/red] {explicit}: no such corrections file")
            raise typer.Exit(2)
        chosen: Path | None = explicit
    else:
        default = corpus / "corrections.toml"
        chosen = default if default.exists() else None
    if chosen is not None:
        from kvinnofrid.corrections_file import check_file

        problem = check_file(chosen)
        if problem:
            err.print(
                f"[red]error:[/red] {escape(problem)}; fix it and run again (nothing was changed)"
            )
            raise typer.Exit(1)
    return chosen


def _apply_corrections(
    db_path: Path, corrections: Path | None, stage: str, changed: list[str]
) -> None:
    """Apply the staff corrections after extraction or after the comparison: to every document
    when the corrections file changed since it was last applied, else to the documents this
    run (re)wrote; one line each for entries that did not apply, so a stale one is noticed."""
    if corrections is None:
        return
    from kvinnofrid.comparison import meta_value, set_meta
    from kvinnofrid.fastpath import corrections_key
    from kvinnofrid.files import file_sha256

    db = _open_db(db_path)
    digest = file_sha256(corrections)
    key = corrections_key(stage, corrections)
    if meta_value(db, key) == digest:
        if not changed:
            return
        documents: list[str] | None = changed
    else:
        documents = None
    from kvinnofrid.corrections import apply_corrections

    results = apply_corrections(db, corrections, stage=stage, documents=documents)
    set_meta(db, key, digest)
    applied = sum(1 for r in results if r.status == "applied" and not r.pending)
    for r in results:
        if r.status != "applied":
            err.print(
                f"[yellow]correction {r.entry}[/yellow] ({corrections}): {r.status}: {r.message}"
            )
    if results:
        out.print(f"corrections ({stage}): {applied} applied from {corrections}")


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
    missing = [p for p in paths if not p.exists()]
    if missing:
        for p in missing:
            err.print(f"[red]error:[/red] {p}: no such file or folder")
        raise typer.Exit(2)
    if executor == "local":
        from kvinnofrid.fastpath import unchanged_files

        unchanged = unchanged_files(db_path, paths, corrections)
        if unchanged is not None:
            from kvinnofrid.faults import plural

            for path, goals, actions in unchanged:
                name = os.path.relpath(path) if path.startswith(os.getcwd()) else path
                counts = f"{plural(goals, 'goal', 'goals')}, {plural(actions, 'action', 'actions')}"
                out.print(f"[dim]= {escape(name)}: unchanged, skipped ({counts})[/dim]")
            n = len(unchanged)
            out.print(f"{plural(n, 'file', 'files')}: 0 stored, {n} unchanged, 0 failed")
            return 0
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from kvinnofrid.executor import ExecutorError, make_executor
    from kvinnofrid.runner import FileOutcome, collect_files, database_files, ingest_paths

    try:
        chosen = make_executor(executor, workers=workers, scheduler=scheduler, limits=limits)
    except ExecutorError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    db = _open_db(db_path)
    total = len([f for f in collect_files(paths) if f.resolve() not in database_files(db)])
    failed = 0
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=total)

        def report(outcome: FileOutcome) -> None:
            nonlocal failed
            name = (
                os.path.relpath(outcome.path)
                if outcome.path.startswith(os.getcwd())
                else outcome.path
            )
            name, message = escape(name), escape(outcome.message)
            if outcome.failed:
                failed += 1
                out.print(f"[red]✗[/red] {name}: {message}")
            elif outcome.status == "unchanged":
                out.print(f"[dim]= {name}: {message} ({_counts(outcome)})[/dim]")
            elif outcome.status in MIRROR_MARKS:
                mark = MIRROR_MARKS[outcome.status]
                counts = f" ({_counts(outcome)})" if outcome.status == "renamed" else ""
                out.print(f"[yellow]{mark}[/yellow] {name}: {message}{counts}")
                return
            else:
                out.print(f"[green]✓[/green] {name}: {message}")
            progress.advance(task)

        try:
            outcomes = ingest_paths(
                db, paths, workers=workers, on_result=report, executor=chosen, limits=limits,
                named=_named_documents(corrections),
            )  # fmt: skip
        except ExecutorError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
    out.print(_batch_summary(outcomes, failed))
    _apply_corrections(
        db_path, corrections, "extraction", [o.path for o in outcomes if o.status == "stored"]
    )
    return 1 if failed else 0


MIRROR_MARKS = {"renamed": "→", "removed": "−", "duplicate": "≈"}
MIRROR_WORDS = {"renamed": ("renamed", "renamed"), "removed": ("removed", "removed"),
                "duplicate": ("duplicate", "duplicates")}  # fmt: skip


def _named_documents(corrections: Path | None) -> frozenset[str]:
    """The file names the corrections file names (checked readable before the batch)."""
    if corrections is None:
        return frozenset()
    from kvinnofrid.corrections_file import load_entries

    names = (e.get("document") for e in load_entries(corrections) if isinstance(e, dict))
    return frozenset(Path(str(n).strip().replace("\\", "/")).name for n in names if n)


def _counts(outcome) -> str:  # type: ignore[no-untyped-def]
    from kvinnofrid.faults import plural

    return (
        f"{plural(outcome.goals, 'goal', 'goals')}, {plural(outcome.actions, 'action', 'actions')}"
    )


def _batch_summary(outcomes, failed: int) -> str:  # type: ignore[no-untyped-def]
    """ "5 files: 3 stored, 1 unchanged, 0 failed; 1 renamed, 1 removed, 1 duplicate"."""
    from kvinnofrid.faults import plural

    def count(status: str) -> int:
        return sum(1 for o in outcomes if o.status == status)

    files = sum(1 for o in outcomes if o.status != "removed")
    line = (
        f"{plural(files, 'file', 'files')}: {count('stored')} stored,"
        f" {count('unchanged')} unchanged, {failed} failed"
    )
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
    from models.frameworks import load_frameworks

    known = load_frameworks()
    if framework not in known:
        err.print(
            f"[red]error:[/red] unknown framework {framework!r}; known: {', '.join(sorted(known))}"
        )
        raise typer.Exit(2)
    return framework


def _compare(
    db_path: Path, framework: str, out_dir: Path | None, corrections: Path | None = None
) -> None:
    from kvinnofrid.comparison import classify_database

    db = _open_db(db_path)
    stats = classify_database(db, framework)
    from kvinnofrid.faults import plural

    out.print(
        f"classified {plural(stats.goals, 'goal', 'goals')} and"
        f" {plural(stats.actions, 'action', 'actions')} in"
        f" {plural(stats.documents, 'document', 'documents')} against {stats.framework}"
        f" ({plural(stats.skipped, 'document', 'documents')} unchanged)"
    )
    _apply_corrections(db_path, corrections, "comparison", stats.paths)
    from kvinnofrid.comparison import database_state, meta_value, set_meta
    from kvinnofrid.fastpath import analysis_key

    db = _open_db(db_path)
    graph_dir = out_dir or Path("out")
    key = analysis_key(framework, graph_dir)
    state = database_state(db, framework)
    graph_files = [graph_dir / "graph.graphml", graph_dir / "graph.gexf"]
    if meta_value(db, key) == state and all(f.is_file() for f in graph_files):
        out.print("analysis unchanged (gaps, overlaps, graph): skipped")
        return
    from kvinnofrid.analysis import analyse_database

    out.print(analyse_database(db, framework, out_dir).summary())
    set_meta(db, key, state)


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
) -> None:
    """Place every goal and action against a framework's objectives, with evidence."""
    _compare(db, _framework_or_exit(framework), out_dir, _corrections_file(corrections))


def _report(db_path: Path, framework: str, out_dir: Path, *, force: bool = True) -> None:
    from kvinnofrid.comparison import database_state, meta_value, set_meta
    from kvinnofrid.fastpath import report_key

    db = _open_db(db_path)
    key = report_key(framework, out_dir)
    state = database_state(db, framework, "report")
    if not force and meta_value(db, key) == state and (out_dir / "report" / "index.html").is_file():
        out.print(f"report unchanged: {out_dir / 'report' / 'index.html'}")
        return
    from kvinnofrid.report import write_report

    result = write_report(db, out_dir, framework)
    set_meta(db, key, state)
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
) -> None:
    """Ingest everything new or changed in the corpus, compare and report."""
    framework = _framework_or_exit(framework)
    limits = _limits(time_limit, memory_limit)
    db_path = db or out_dir / "kvinnofrid.db"
    corrections_file = _corrections_file(corrections, corpus)
    from kvinnofrid.fastpath import nothing_to_do

    unchanged = nothing_to_do(db_path, corpus, out_dir, framework, corrections_file)
    if unchanged is not None:
        out.print(
            f"nothing changed since the last run: {unchanged} files unchanged;"
            f" report: {out_dir / 'report' / 'index.html'}"
        )
        raise typer.Exit(0)
    code = _ingest(db_path, [corpus], workers, executor, scheduler, corrections_file, limits)
    _compare(db_path, framework, out_dir, corrections_file)
    _report(db_path, framework, out_dir, force=False)
    raise typer.Exit(code)


# Command modules register their commands on `app` here (one line each).
__import__("kvinnofrid.commands.research", fromlist=["register"]).register(app)
app.command()(__import__("kvinnofrid.commands.diff", fromlist=["diff"]).diff)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
