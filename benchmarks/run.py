"""`make bench`: what users of kvinnofrid wait for, measured on SYNTHETIC plans, printed as a
table and written to docs/benchmarks.md (and the raw figures to docs/benchmarks.json), with the
machine, its load and the package versions, and whether each target holds.

    python -m benchmarks.run [--quick] [--parts main,country] [--out FILE.md] [--keep]

Part ``main``:
- text PDFs: `kvinnofrid ingest` against pdfplumber's own `extract_text` of the same PDFs
  (all of them, and one alone), both whole fresh processes, side by side in each round;
- OCR: `kvinnofrid ingest` of a 300-dpi scan against bare `tesseract` on the same page images
  (two at a time, as kvinnofrid reads two pages at a time on two cores), per page;
- one small text file;
- a mixed corpus (text, Word, PDFs with and without tables, scans): ingest with empty caches
  and an empty database (cold), with filled caches (warm), with 1 and 2 workers; a re-run with
  nothing changed; `kvinnofrid run` end to end, cold and with nothing changed;
- a national database of ~20,000 actions (text and Word plans): `compare` and `report`.
Part ``country``: the whole country, about 60 plans and 1,500 pages, a fifth of them scans,
from an empty folder to the report through `kvinnofrid run` with empty caches.

Every stage is a fresh process (the CLI as a user runs it), timed from outside, its peak memory
from os.wait4 (benchmarks/measure.py). Ratios are the median of per-round interleaved pairs
with their spread. Benchmarks, never timed tests: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.measure import REPO, Timed, bench_env, kvinnofrid_cmd, load_average, run_timed
from benchmarks.summary import markdown, table

DEFAULT_OUT = REPO / "docs" / "benchmarks.md"
PLAN_KINDS = ("handlingsplan", "strategi", "avsiktsforklaring")  # kinds that hold measures
QUICK_OUT = REPO / "out" / "benchmarks-quick.md"
LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "rapidfuzz", "numpy",
             "networkx", "sqlite-utils", "matplotlib", "typer", "dask", "distributed",
             "reportlab", "python-docx")  # fmt: skip
PARTS = ("main", "country")


@dataclass(frozen=True)
class Sizes:
    rounds: int  # rounds of every side-by-side pair
    heavy_rounds: int  # of them, the rounds that also ingest and run the mixed corpus
    compare_rounds: int  # rounds of compare at national scale (each on a fresh copy)
    report_rounds: int  # rounds of report on the compared database
    mixed_documents: int  # the mixed corpus (every layout)
    pdfs: int  # text PDFs against pdfplumber
    pdf_prose_pages: float  # background pages of each of them
    scan_pages: int  # pages of the scan against bare Tesseract
    # actions written into the database compare and report run on: a little over 20,000, as
    # the pipeline stores somewhat fewer than are written (merged or unread measures, a plan
    # read as a situation report); the verdict names the count stored
    national_actions: int
    country_documents: int
    country_pages: int
    country_scan_share: float = 0.2
    # a run still going after this long is stopped and recorded as such (what it stored by
    # then is counted): three times the country target, and 15 minutes for compare
    country_budget_s: float = 1800.0
    stage_budget_s: float = 900.0


FULL = Sizes(rounds=2, heavy_rounds=1, compare_rounds=1, report_rounds=1, mixed_documents=5,
             pdfs=3, pdf_prose_pages=8, scan_pages=4, national_actions=22000,
             country_documents=60, country_pages=1500, country_budget_s=2400.0,
             stage_budget_s=720.0)  # fmt: skip
QUICK = Sizes(rounds=1, heavy_rounds=1, compare_rounds=1, report_rounds=1, mixed_documents=5,
              pdfs=2, pdf_prose_pages=1, scan_pages=1, national_actions=400,
              country_documents=5, country_pages=25)  # fmt: skip


def _say(text: str) -> None:
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {text}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ measurements (child side)


def measure_pdfplumber(paths: list[str]) -> dict[str, Any]:
    """pdfplumber's own extract_text of every page of the files (run as its own process)."""
    start = time.perf_counter()
    import pdfplumber

    imported = time.perf_counter()
    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    end = time.perf_counter()
    return {"pages": pages, "import_s": imported - start, "extract_s": end - imported}


MEASURES = {"pdfplumber": measure_pdfplumber}


def _child_main(name: str, args: str) -> None:
    print("RESULT " + json.dumps(MEASURES[name](**json.loads(args))))


# ------------------------------------------------------------------ running stages


class Bench:
    """The temporary working folder, the caches and a log of every command."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.logs = work / "logs"
        self.warm_cache = work / "cache-warm"
        self._n = 0

    def fresh(self, name: str) -> Path:
        self._n += 1
        path = self.work / f"{self._n:03d}-{name}"
        path.mkdir(parents=True)
        return path

    def cold_env(self) -> dict[str, str]:
        return bench_env(self.fresh("cache-cold"))

    def warm_env(self) -> dict[str, str]:
        return bench_env(self.warm_cache)

    def run(self, name: str, cmd: list[str], env: dict[str, str], *, check: bool = True,
            timeout: float | None = None) -> Timed:  # fmt: skip
        self._n += 1
        timed = run_timed(cmd, env=env, cwd=self.work, log=self.logs / f"{self._n:03d}-{name}.log",
                          timeout=timeout)  # fmt: skip
        if timed.timed_out:
            _say(f"  {name}: stopped after {timed.seconds:.0f} s (its time was up)")
            return timed
        _say(f"  {name}: {timed.seconds:.2f} s, peak {timed.peak_mb:.0f} MB"
             + ("" if timed.ok else f", exit {timed.returncode}"))  # fmt: skip
        if check and not timed.ok and timed.returncode != 1:
            raise RuntimeError(f"{name} failed (exit {timed.returncode}):\n{timed.output[-3000:]}")
        return timed

    def ingest(self, name: str, paths: list[Path], env: dict[str, str], *, workers: int = 2,
               db: Path | None = None) -> tuple[Timed, Path]:  # fmt: skip
        db = db or self.fresh(name) / "kvinnofrid.db"
        args = ["ingest", *map(str, paths), "--db", str(db), "--workers", str(workers)]
        return self.run(name, kvinnofrid_cmd(*args), env), db

    def pdfplumber(self, name: str, paths: list[Path], env: dict[str, str]) -> Timed:
        args = json.dumps({"paths": [str(p) for p in paths]})
        cmd = [sys.executable, "-m", "benchmarks.run", "--measure", "pdfplumber", "--args", args]
        return self.run(name, cmd, env)


def _stage(timed: Timed) -> dict[str, Any]:
    stage = {"seconds": timed.seconds, "cpu_s": timed.cpu_s, "peak_mb": timed.peak_mb,
             "exit": timed.returncode, "timed_out": timed.timed_out}  # fmt: skip
    if not timed.ok:  # what it said last, for the report
        stage["said"] = [ln for ln in timed.output.splitlines() if ln.strip()][-3:]
    return stage


def _child_result(timed: Timed) -> dict[str, Any]:
    for line in timed.output.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise RuntimeError(f"no result in:\n{timed.output[-2000:]}")


def db_counts(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(db)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "failed": one("SELECT count(*) FROM documents WHERE status != 'ok'"),
            "pages": one("SELECT coalesce(sum(pages), 0) FROM documents"),
            "ocr_documents": one("SELECT count(*) FROM documents WHERE text_source LIKE '%ocr%'"),
            "goals": one("SELECT count(*) FROM goals"),
            "actions": one("SELECT count(*) FROM actions"),
            "distinct_actions": one("SELECT count(DISTINCT lower(text)) FROM actions"),
            "by_layout": _by_layout(conn),
        }
    finally:
        conn.close()


def _by_layout(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """Per SYNTHETIC layout (from the file name): documents, actions stored, and documents
    stored as no plan (a kind that holds no goals or measures, or failed)."""
    rows = conn.execute(
        "SELECT d.file_name, d.kind, d.status, (SELECT count(*) FROM actions a"
        " WHERE a.document_id = d.id) FROM documents d"
    ).fetchall()
    out: dict[str, dict[str, int]] = {}
    for name, kind, status, actions in rows:
        layout = Path(name).stem.rsplit("_", 1)[-1]
        entry = out.setdefault(layout, {"documents": 0, "actions": 0, "no_plan": 0})
        entry["documents"] += 1
        entry["actions"] += actions
        entry["no_plan"] += status != "ok" or kind not in PLAN_KINDS
    return out


def _written_by_layout(corpus: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in corpus.documents:
        out[d.layout] = out.get(d.layout, 0) + len(d.actions)
    return out


def _page_images(scan: Path, folder: Path) -> list[Path]:
    """The scan's own page images as PNG files (for bare Tesseract)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(scan))
    paths = []
    try:
        for i, page in enumerate(pdf, start=1):
            image = next(iter(page.get_objects())).get_bitmap(render=False).to_pil().convert("L")
            path = folder / f"page-{i}.png"
            image.save(path)
            paths.append(path)
            page.close()
    finally:
        pdf.close()
    return paths


def bare_tesseract(images: list[Path], workers: int = 2) -> float:
    """Wall seconds of the tesseract CLI (Swedish, tsv) on the images, `workers` at a time,
    each single-threaded as kvinnofrid runs it."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(path: Path) -> None:
        subprocess.run(["tesseract", str(path), "-", "-l", "swe", "tsv"], capture_output=True,
                       env=env, check=True)  # fmt: skip

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, images))
    return time.perf_counter() - start


# ------------------------------------------------------------------ part: main


def run_main(sizes: Sizes, bench: Bench) -> dict[str, Any]:
    from benchmarks import synthetic as syn

    r: dict[str, Any] = {}
    work = bench.work
    _say("generating SYNTHETIC corpora")
    start = time.perf_counter()
    mixed = syn.build_corpus(work / "SYNTHETIC-mixed", syn.mixed_specs(sizes.mixed_documents))
    pdf_specs = [syn.Spec("pdf-table" if i % 2 == 0 else "pdf-plain", 40, sizes.pdf_prose_pages)
                 for i in range(sizes.pdfs)]  # fmt: skip
    pdfs = syn.build_corpus(work / "SYNTHETIC-pdfs", pdf_specs, seed=7)
    small = syn.build_corpus(work / "SYNTHETIC-small", [syn.Spec("txt", 6, 0.3)], seed=11)
    scan_src = syn.build_corpus(work / "SYNTHETIC-scan-src", [syn.Spec("pdf-table", 60, 6)],
                                seed=13)  # fmt: skip
    scan_folder = work / "SYNTHETIC-scan"
    scan_folder.mkdir()
    scan = syn.scan_pdf(scan_src.paths[0], scan_folder / "SYNTHETIC_scan.pdf",
                        syn.random.Random(13), pages=sizes.scan_pages)  # fmt: skip
    images = _page_images(scan, bench.fresh("scan-images"))
    national = syn.build_corpus(work / "SYNTHETIC-national",
                                syn.national_specs(sizes.national_actions), seed=17,
                                workers=2)  # fmt: skip
    r["generate_s"] = time.perf_counter() - start
    r["corpora"] = {
        name: {"documents": len(c.documents), "layouts": c.layouts(), "actions": len(c.actions),
               "distinct_share": syn.distinct_share(c.actions), "bytes": c.size_bytes,
               "pages": c.pages, "written_by_layout": _written_by_layout(c)}
        for name, c in (("mixed", mixed), ("pdfs", pdfs), ("national", national))
    }  # fmt: skip
    r["scan_pages"] = len(images)

    # cold: a first `run` end to end of one small plan with empty caches, into an empty
    # output folder; it also fills the warm cache folder the later stages use (the whole
    # country is part 2's `run` from empty caches)
    _say("run end to end of one small plan, cold (empty caches, empty output)")
    warm = bench.warm_env()
    run_out = bench.fresh("run-cold")
    cold_run = bench.run("run-cold", kvinnofrid_cmd("run", "--corpus", str(small.folder),
                                                    "--out", str(run_out)), warm)  # fmt: skip
    r["run_cold"] = {**_stage(cold_run), **db_counts(run_out / "kvinnofrid.db")}

    rounds: dict[str, list[Any]] = {k: [] for k in (
        "pdf_all", "pdf_one", "small", "ocr", "ingest_cold", "ingest_warm_1", "ingest_warm_2",
        "rerun", "run_unchanged")}  # fmt: skip
    for n in range(sizes.rounds):
        _say(f"round {n + 1} of {sizes.rounds}")
        plumber = bench.pdfplumber("pdfplumber-all", pdfs.paths, warm)
        ours, db = bench.ingest("ingest-pdfs", [pdfs.folder], warm, workers=1)
        rounds["pdf_all"].append({"pdfplumber": {**_stage(plumber), **_child_result(plumber)},
                                  "ingest": {**_stage(ours), **db_counts(db)}})  # fmt: skip
        plumber = bench.pdfplumber("pdfplumber-one", pdfs.paths[:1], warm)
        ours, db = bench.ingest("ingest-one-pdf", pdfs.paths[:1], warm, workers=1)
        rounds["pdf_one"].append({"pdfplumber": {**_stage(plumber), **_child_result(plumber)},
                                  "ingest": _stage(ours)})  # fmt: skip
        ours, db = bench.ingest("ingest-small-text", small.paths, warm, workers=1)
        rounds["small"].append(_stage(ours))
        bare = bare_tesseract(images)
        _say(f"  bare tesseract: {bare:.2f} s")
        ours, db = bench.ingest("ingest-scan", [scan], warm, workers=1)
        rounds["ocr"].append({"tesseract_s": bare, "ingest": {**_stage(ours), **db_counts(db)}})
        again = bench.run("run-nothing-changed", kvinnofrid_cmd(
            "run", "--corpus", str(small.folder), "--out", str(run_out)), warm)  # fmt: skip
        rounds["run_unchanged"].append(_stage(again))
        if n >= sizes.heavy_rounds:
            continue
        cold, _db = bench.ingest("ingest-mixed-cold", [mixed.folder], bench.cold_env())
        rounds["ingest_cold"].append({**_stage(cold), **db_counts(_db)})
        one, _db = bench.ingest("ingest-mixed-warm-1w", [mixed.folder], warm, workers=1)
        rounds["ingest_warm_1"].append({**_stage(one), **db_counts(_db)})
        two, db2 = bench.ingest("ingest-mixed-warm-2w", [mixed.folder], warm, workers=2)
        rounds["ingest_warm_2"].append({**_stage(two), **db_counts(db2)})
        for _again in range(2):
            again, _ = bench.ingest("rerun-nothing-changed", [mixed.folder], warm, db=db2)
            if " 0 stored" not in again.output:
                raise RuntimeError(f"the re-run stored something:\n{again.output[-2000:]}")
            rounds["rerun"].append(_stage(again))
    r["rounds"] = rounds

    _say(f"national database: ingest of {len(national.documents)} SYNTHETIC plans")
    ingested, national_db = bench.ingest("ingest-national", [national.folder], warm)
    r["national_ingest"] = {**_stage(ingested), **db_counts(national_db)}
    r["compare"], r["report"] = [], []
    for n in range(sizes.compare_rounds):
        _say(f"compare at national scale, round {n + 1}")
        db = bench.fresh("compare") / "kvinnofrid.db"
        shutil.copyfile(national_db, db)
        out = db.parent / "out"
        compared = bench.run("compare-national", kvinnofrid_cmd(
            "compare", "--db", str(db), "--out", str(out)), warm, timeout=sizes.stage_budget_s)  # fmt: skip
        r["compare"].append(_stage(compared))
    for n in range(sizes.report_rounds if not r["compare"][-1]["timed_out"] else 0):
        _say(f"report at national scale, round {n + 1}")
        out = bench.fresh("report")
        reported = bench.run("report-national", kvinnofrid_cmd(
            "report", "--db", str(db), "--out", str(out)), warm)  # fmt: skip
        r["report"].append(_stage(reported))
    return r


# ------------------------------------------------------------------ part: country


def run_country(sizes: Sizes, bench: Bench) -> dict[str, Any]:
    from benchmarks import synthetic as syn

    _say(f"generating the SYNTHETIC country: {sizes.country_documents} plans, "
         f"~{sizes.country_pages} pages")  # fmt: skip
    start = time.perf_counter()
    specs = syn.country_specs(sizes.country_documents, sizes.country_pages,
                              sizes.country_scan_share)  # fmt: skip
    corpus = syn.build_corpus(bench.work / "SYNTHETIC-country", specs, seed=23, workers=2)
    generated = time.perf_counter() - start
    _say(f"  generated in {generated:.0f} s; kvinnofrid run, empty caches and output")
    out = bench.fresh("country-out")
    ran = bench.run("run-country", kvinnofrid_cmd("run", "--corpus", str(corpus.folder),
                                                  "--out", str(out)), bench.cold_env(),
                    timeout=sizes.country_budget_s)  # fmt: skip
    report = out / "report" / "index.html"
    return {
        "generate_s": generated,
        "corpus": {
            "documents": len(corpus.documents),
            "layouts": corpus.layouts(),
            "actions": len(corpus.actions),
            "distinct_share": syn.distinct_share(corpus.actions),
            "bytes": corpus.size_bytes,
            "pages": corpus.pages,
            "scanned_pages": sum(d.pages for d in corpus.documents if d.layout == "scan"),
            "written_by_layout": _written_by_layout(corpus),
        },  # fmt: skip
        "run": {
            **_stage(ran),
            **db_counts(out / "kvinnofrid.db"),
            "report_written": report.is_file(),
        },  # fmt: skip
        "failures": [ln for ln in ran.output.splitlines() if ln.startswith(("✗", "!"))][:20],
    }


# ------------------------------------------------------------------ machine


def machine() -> dict[str, str]:
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "unknown"
    with open("/proc/meminfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    versions = []
    for lib in LIBRARIES:
        try:
            versions.append(f"{lib} {metadata.version(lib)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{lib} (not installed)")
    try:
        tesseract = subprocess.run(["tesseract", "--version"], capture_output=True, text=True,
                                   check=False).stdout.splitlines()[0]  # fmt: skip
    except (OSError, IndexError):
        tesseract = "tesseract (not installed)"
    try:
        kvinnofrid = metadata.version("kvinnofrid")
    except metadata.PackageNotFoundError:
        kvinnofrid = "?"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                            text=True, check=False).stdout.strip()  # fmt: skip
    return {
        "cpu": cpu,
        "cores": f"{os.cpu_count()} (usable here: {len(os.sched_getaffinity(0))})",
        "ram": ram,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "kvinnofrid": f"{kvinnofrid} (commit {commit or '?'})",
        "libraries": ", ".join(versions) + f", {tesseract}",
    }


def run_part(name: str, sizes: Sizes, keep: bool) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix=f"kvinnofrid-bench-{name}-"))
    began = time.perf_counter()
    result: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_start": load_average(),
        "machine": machine(),
        "sizes": asdict(sizes),
    }
    try:
        bench = Bench(work)
        result.update(run_main(sizes, bench) if name == "main" else run_country(sizes, bench))
    finally:
        if keep:
            _say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    result["load_end"] = load_average()
    result["minutes"] = (time.perf_counter() - began) / 60
    return result


# ------------------------------------------------------------------ command line


def _read(raw: Path) -> dict[str, Any]:
    return json.loads(raw.read_text(encoding="utf-8")) if raw.is_file() else {}


def _write(raw: Path, out: Path, results: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    out.write_text(markdown(results), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"small sizes, written to {QUICK_OUT.relative_to(REPO)}")  # fmt: skip
    parser.add_argument("--parts", default=",".join(PARTS),
                        help="main, country, or both; '' writes the report again from the raw figures")  # fmt: skip
    parser.add_argument("--out", type=Path, help="Markdown report (its .json beside it)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--merge", type=Path, action="append", default=[],
                        help="raw figures (.json) of parts run separately, added before writing")  # fmt: skip
    parser.add_argument("--measure", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    parser.add_argument("--args", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        _child_main(args.measure, args.args)
        return 0
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"--parts takes {', '.join(PARTS)}; not {', '.join(unknown) or 'nothing'}")
    sizes = QUICK if args.quick else FULL
    out = args.out or (QUICK_OUT if args.quick else DEFAULT_OUT)
    raw = out.with_suffix(".json")
    merged: dict[str, Any] = {}
    for extra in args.merge:  # parts measured by another run (another machine, another time)
        merged.update(_read(extra))
    done: dict[str, Any] = {}
    results = {**_read(raw), **merged}
    for part in parts:
        _say(f"part {part}")
        done[part] = run_part(part, sizes, args.keep)
        # the file as it is now (another run may have written a part meanwhile), then the
        # merged parts, then what this run measured
        results = {**_read(raw), **merged, **done}
        _write(raw, out, results)
    if not parts:
        _write(raw, out, results)
    print(table(results))
    print(f"\nwritten: {out} ({raw.name} beside it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
