"""The verdicts of `make bench` (each target of issues 7, 13 and 17 against the figures
measured: median, spread, holds or MISSED) and docs/benchmarks.md written from the raw figures.
Pure functions of the results dictionary benchmarks/run.py collects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from benchmarks.measure import Spread, ratio_of_pairs, spread

# Targets (issues 7, 13 and 17)
PDF_RATIO_MAX = 1.0  # text-PDF ingest / pdfplumber extract_text, the same PDFs (issue 13)
ONE_PDF_RATIO_MAX = 1.2  # one text PDF (issue 17)
SMALL_TEXT_MAX_S = 1.0  # one small text file (issue 17: "well under 1 s")
OCR_PAGE_MAX_S = 2.0  # OCR wall per page, 300 dpi, 2 cores (issue 13)
RERUN_MAX_S = 1.0  # a re-run with nothing changed (issue 7)
SPEEDUP_MIN = 1.8  # 2 workers against 1 (issue 7)
COMPARE_MAX_S, COMPARE_MAX_MB = 60.0, 1024.0  # at 20k actions (issue 17)
REPORT_MAX_S, REPORT_MAX_MB = 15.0, 500.0
COUNTRY_MAX_S = 600.0  # the whole country from empty to report (issue 17)
NATIONAL_TARGET_ACTIONS = 20000


# ------------------------------------------------------------------ verdicts


@dataclass(frozen=True)
class Verdict:
    target: str
    median: str
    spread: str
    holds: bool | None  # None: measured, no target to hold


def _range(s: Spread, fmt: str = "{:.2f}", unit: str = "") -> str:
    if s.rounds == 1:
        return f"1 round ({fmt.format(s.median)}{unit})"
    return f"{fmt.format(s.low)}–{fmt.format(s.high)}{unit} ({s.rounds} rounds)"


def verdicts(results: dict[str, Any]) -> list[Verdict]:
    out: list[Verdict] = []
    main = results.get("main")
    if main:
        rounds = main["rounds"]
        pdf = ratio_of_pairs([(x["ingest"]["seconds"], x["pdfplumber"]["seconds"])
                              for x in rounds["pdf_all"]])  # fmt: skip
        out.append(Verdict(f"ingest of text PDFs ≤ {PDF_RATIO_MAX:g}× pdfplumber `extract_text`"
                           " (same PDFs, whole processes)", f"{pdf.median:.2f}×", _range(pdf, unit="×"),
                           pdf.median <= PDF_RATIO_MAX))  # fmt: skip
        one = ratio_of_pairs([(x["ingest"]["seconds"], x["pdfplumber"]["seconds"])
                              for x in rounds["pdf_one"]])  # fmt: skip
        out.append(Verdict(f"ingest of one text PDF ≤ {ONE_PDF_RATIO_MAX:g}× pdfplumber",
                           f"{one.median:.2f}×", _range(one, unit="×"),
                           one.median <= ONE_PDF_RATIO_MAX))  # fmt: skip
        small = spread([x["seconds"] for x in rounds["small"]])
        out.append(Verdict(f"`kvinnofrid ingest` of one small text file < {SMALL_TEXT_MAX_S:g} s",
                           f"{small.median:.2f} s", _range(small, unit=" s"),
                           small.median < SMALL_TEXT_MAX_S))  # fmt: skip
        pages = main["scan_pages"]
        per_page = spread([x["ingest"]["seconds"] / pages for x in rounds["ocr"]])
        out.append(Verdict(f"OCR ingest of a 300-dpi scan ≤ {OCR_PAGE_MAX_S:g} s per page wall",
                           f"{per_page.median:.2f} s", _range(per_page, unit=" s"),
                           per_page.median <= OCR_PAGE_MAX_S))  # fmt: skip
        ocr = ratio_of_pairs([(x["ingest"]["seconds"], x["tesseract_s"]) for x in rounds["ocr"]])
        out.append(Verdict("OCR ingest against bare `tesseract` on the same page images",
                           f"{ocr.median:.2f}×", _range(ocr, unit="×"), None))  # fmt: skip
        rerun = spread([x["seconds"] for x in rounds["rerun"]])
        out.append(Verdict(f"re-run with nothing changed < {RERUN_MAX_S:g} s",
                           f"{rerun.median:.2f} s", _range(rerun, unit=" s"),
                           rerun.median < RERUN_MAX_S))  # fmt: skip
        speed = ratio_of_pairs([(a["seconds"], b["seconds"]) for a, b in
                                zip(rounds["ingest_warm_1"], rounds["ingest_warm_2"], strict=True)])  # fmt: skip
        out.append(Verdict(f"2 workers ≥ {SPEEDUP_MIN:g}× faster than 1 (mixed corpus)",
                           f"{speed.median:.2f}×", _range(speed, unit="×"),
                           speed.median >= SPEEDUP_MIN))  # fmt: skip
        actions = main["national_ingest"]["actions"]
        at = f"at {actions:,} actions".replace(",", " ")
        compare = spread([x["seconds"] for x in main["compare"]])
        compare_mb = max(x["peak_mb"] for x in main["compare"])
        stopped = (
            " (stopped: its time was up)"
            if any(x.get("timed_out") for x in main["compare"])
            else ""
        )
        full = actions >= 0.9 * NATIONAL_TARGET_ACTIONS
        out.append(Verdict(f"`compare` {at} < {COMPARE_MAX_S:g} s and < 1 GB",
                           f"{compare.median:.1f} s, {compare_mb:.0f} MB{stopped}",
                           _range(compare, "{:.1f}", " s"),
                           _judged(compare.median < COMPARE_MAX_S and compare_mb < COMPARE_MAX_MB
                                   and not _failed(main["compare"]), full)))  # fmt: skip
        if not main["report"]:
            out.append(Verdict("`report` at national scale", "not run (compare did not finish)",
                               "-", False))  # fmt: skip
            main = None
    if main:
        actions = main["national_ingest"]["actions"]
        at = f"at {actions:,} actions".replace(",", " ")
        full = actions >= 0.9 * NATIONAL_TARGET_ACTIONS
        report = spread([x["seconds"] for x in main["report"]])
        report_mb = max(x["peak_mb"] for x in main["report"])
        out.append(Verdict(f"`report` {at} < {REPORT_MAX_S:g} s and < {REPORT_MAX_MB:g} MB",
                           f"{report.median:.1f} s, {report_mb:.0f} MB{_failed(main['report'])}",
                           _range(report, "{:.1f}", " s"),
                           _judged(report.median < REPORT_MAX_S and report_mb < REPORT_MAX_MB
                                   and not _failed(main["report"]), full)))  # fmt: skip
    country = results.get("country")
    if country:
        run, corpus = country["run"], country["corpus"]
        pages = corpus.get("pages") or run["pages"]
        ok = run["seconds"] < COUNTRY_MAX_S and run["report_written"] and run["exit"] == 0
        measured = f"{run['seconds'] / 60:.1f} min, {run['peak_mb']:.0f} MB"
        if run.get("timed_out"):
            measured = (f"stopped after {run['seconds'] / 60:.0f} min with {run['documents']} of "
                        f"{corpus['documents']} documents stored; {run['peak_mb']:.0f} MB")  # fmt: skip
        out.append(Verdict(f"the whole country ({corpus['documents']} plans, {pages} pages) "
                           f"from empty to report < {COUNTRY_MAX_S / 60:g} min", measured,
                           "1 round (too long to repeat)",
                           (ok and not run.get("timed_out")) if pages >= 1000 else None))  # fmt: skip
    return out


def _failed(stages: list[dict[str, Any]]) -> str:
    codes = sorted({x["exit"] for x in stages if x.get("exit")})
    return f"; FAILED (exit {', '.join(map(str, codes))})" if codes else ""


def _judged(holds: bool, full_size: bool) -> bool | None:
    """A figure measured below the target's size: a miss there is a miss at full size (time and
    memory do not shrink with more actions); a hold there proves nothing for the full size."""
    if full_size:
        return holds
    return None if holds else False


def _mark(holds: bool | None) -> str:
    return {True: "holds", False: "MISSED", None: "measured; no verdict"}[holds]


def table(results: dict[str, Any]) -> str:
    rows = [("target", "median", "spread", "verdict")]
    rows += [(v.target, v.median, v.spread, _mark(v.holds)) for v in verdicts(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# ------------------------------------------------------------------ docs/benchmarks.md


def _cell(values: list[float], fmt: str = "{:.2f}") -> str:
    s = spread(values)
    if s.rounds == 1:
        return fmt.format(s.median)
    return f"{fmt.format(s.median)} ({fmt.format(s.low)}–{fmt.format(s.high)})"


def _mb(stages: list[dict[str, Any]]) -> str:
    return f"{max(x['peak_mb'] for x in stages):.0f}"


def _header(part: dict[str, Any], title: str) -> list[str]:
    m = part["machine"]
    return [
        f"## {title}",
        "",
        f"- date: {part['started']} (UTC); this part took {part['minutes']:.1f} min",
        f"- load average (1 / 5 / 15 min) at the start: {part['load_start']}, at the end: "
        f"{part['load_end']}, on {m['cores']} cores",
        f"- CPU: {m['cpu']}; RAM: {m['ram']}; {m['os']}",
        f"- Python {m['python']}, SQLite {m['sqlite']}, kvinnofrid {m['kvinnofrid']}",
        f"- {m['libraries']}",
        "",
    ]


def _layouts(corpus: dict[str, Any]) -> str:
    return ", ".join(f"{n} {layout}" for layout, n in sorted(corpus["layouts"].items()))


def _yield_table(written: dict[str, int], stored: dict[str, dict[str, int]]) -> list[str]:
    """Actions stored against actions written, per layout: how much of each layout the
    pipeline reads (exact counts, not a quality measure: a measure may be split or merged)."""
    out = ["| layout | documents | actions written | actions stored | documents read as no plan |",
           "|---|---|---|---|---|"]  # fmt: skip
    for layout in sorted(written):
        got = stored.get(layout, {"documents": 0, "actions": 0, "no_plan": 0})
        out.append(f"| {layout} | {got['documents']} | {written[layout]} | {got['actions']} | "
                   f"{got['no_plan']} |")  # fmt: skip
    return out + [""]


def markdown(results: dict[str, Any]) -> str:
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m benchmarks.run`; the whole-country part alone:",
        "`make bench-country`) from the raw figures in `docs/benchmarks.json`; do not edit by",
        "hand, run it again. Every stage is a fresh process run as a user runs it (the CLI),",
        "timed from outside with `time.perf_counter`; peak memory is `ru_maxrss` of the largest",
        "process in its tree (`os.wait4`: the process or the largest child it waited for).",
        "Ratios are the median of per-round pairs measured side by side (interleaved), with the",
        "lowest and highest round; single figures are the median of the rounds with their range.",
        "",
        "**Noise.** The machine (2 cores) is shared with other work; the load average at the",
        "start and end of each part is given below. Times under load are pessimistic.",
        "",
        "All documents are SYNTHETIC (`benchmarks/synthetic.py`, wording from",
        "`benchmarks/wording.py`, agencies from the project's registry), generated for the run",
        "into a temporary folder and deleted afterwards; file names start with `SYNTHETIC_`.",
        "",
        "## Targets",
        "",
        "| target | median | spread | verdict |",
        "|---|---|---|---|",
        *[
            f"| {v.target} | {v.median} | {v.spread} | {_mark(v.holds)} |"
            for v in verdicts(results)
        ],
        "",
    ]
    main = results.get("main")
    if main:
        out += _main_sections(main)
    country = results.get("country")
    if country:
        out += _country_section(country)
    return "\n".join(out) + "\n"


def _main_sections(main: dict[str, Any]) -> list[str]:
    rounds = main["rounds"]
    corpora = main["corpora"]
    sizes = main["sizes"]
    out = _header(
        main,
        f"Part 1: stages ({sizes['rounds']} rounds; the mixed corpus "
        f"{sizes.get('heavy_rounds', sizes['rounds'])})",
    )
    out += [f"SYNTHETIC corpora (generated in {main['generate_s']:.0f} s):", ""]
    for name, what in (("mixed", "every layout: cold/warm ingest, 1 vs 2 workers, `run`"),
                       ("pdfs", "text PDFs against pdfplumber"),
                       ("national", "the national database for `compare` and `report`")):  # fmt: skip
        c = corpora[name]
        out.append(f"- {name} ({what}): {c['documents']} documents ({_layouts(c)}), "
                   f"{c.get('pages', '?')} pages, "
                   f"{c['actions']} actions written, {c['distinct_share']:.0%} distinct "
                   f"wordings, {c['bytes'] / 1e6:.1f} MB")  # fmt: skip
    out.append(f"- a {main['scan_pages']}-page 300-dpi scan (grey JPEG pages with noise and a "
               "slight rotation) of a plan with ruled tables")  # fmt: skip
    pdf_all = rounds["pdf_all"]
    one = pdf_all[0]
    out += [
        "",
        "### Text PDFs against pdfplumber",
        "",
        f"{one['pdfplumber']['pages']} pages in {main['corpora']['pdfs']['documents']} PDFs. Both"
        " sides are whole processes: `python -c` opening every page with pdfplumber and calling"
        " `extract_text()`, and `kvinnofrid ingest PDFS --db NEW --workers 1` (read, structure,"
        " extract, store).",
        "",
        "| round | pdfplumber process s (of it: import / extract_text) | kvinnofrid ingest s |"
        " ratio | ratio after start-up | ingest peak MB | stored actions |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, (x, small) in enumerate(zip(pdf_all, rounds["small"], strict=True), start=1):
        p, i = x["pdfplumber"], x["ingest"]
        after = (i["seconds"] - small["seconds"]) / p["extract_s"]
        out.append(f"| {n} | {p['seconds']:.2f} ({p['import_s']:.2f} / {p['extract_s']:.2f}) | "
                   f"{i['seconds']:.2f} | {i['seconds'] / p['seconds']:.2f} | {after:.2f} | "
                   f"{i['peak_mb']:.0f} | {i['actions']} of {main['corpora']['pdfs']['actions']} |")  # fmt: skip
    out += ["", "Ratio after start-up: the ingest less the same round's ingest of one small text "
            "file (the CLI's fixed start-up), against pdfplumber's `extract_text` alone (its "
            "import left out); for orientation, not a target.", ""]  # fmt: skip
    out.append("One PDF alone, per round (pdfplumber / ingest s): " + ", ".join(
        f"{x['pdfplumber']['seconds']:.2f} / {x['ingest']['seconds']:.2f}"
        for x in rounds["pdf_one"]) + ".")  # fmt: skip
    out += ["", "### OCR against bare Tesseract", "",
            f"The {main['scan_pages']}-page scan: `tesseract PAGE - -l swe tsv` on the page images"
            " taken out of the PDF, two at a time, single-threaded (as kvinnofrid runs it), against"
            " `kvinnofrid ingest SCAN --workers 1` (which OCRs two pages at a time).", "",
            "| round | bare tesseract s | kvinnofrid ingest s | per page | ratio |",
            "|---|---|---|---|---|"]  # fmt: skip
    pages = main["scan_pages"]
    for n, x in enumerate(rounds["ocr"], start=1):
        i = x["ingest"]
        out.append(f"| {n} | {x['tesseract_s']:.1f} | {i['seconds']:.1f} | "
                   f"{i['seconds'] / pages:.2f} s | {i['seconds'] / x['tesseract_s']:.2f} |")  # fmt: skip
    mixed = corpora["mixed"]
    cold, w1, w2 = rounds["ingest_cold"], rounds["ingest_warm_1"], rounds["ingest_warm_2"]
    out += [
        "",
        "### Ingest: cold and warm, 1 and 2 workers",
        "",
        f"The mixed corpus ({mixed['documents']} documents: {_layouts(mixed)}) into an empty "
        "database. Cold: the project's cache folder, `$XDG_CACHE_HOME` and matplotlib's cache "
        "point at a new empty folder; warm: at the folder earlier runs filled.",
        "",
        "| run | seconds, median (range) | CPU s | peak MB | documents | failed | pages |"
        " actions stored (of written) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, stages in (("cold, 2 workers", cold), ("warm, 1 worker", w1),
                         ("warm, 2 workers", w2)):  # fmt: skip
        last = stages[-1]
        out.append(f"| {name} | {_cell([x['seconds'] for x in stages], '{:.1f}')} | "
                   f"{_cell([x['cpu_s'] for x in stages], '{:.1f}')} | {_mb(stages)} | "
                   f"{last['documents']} | {last['failed']} | {last['pages']} | "
                   f"{last['actions']} ({mixed['actions']}) |")  # fmt: skip
    if "written_by_layout" in mixed and "by_layout" in w2[-1]:
        out += [
            "",
            "What the pipeline stored of the mixed corpus (warm, 2 workers, last round):",
            "",
        ]
        out += _yield_table(mixed["written_by_layout"], w2[-1]["by_layout"])
    small = rounds["small"]
    out += [
        "",
        f"- one small text file (6 measures): {_cell([x['seconds'] for x in small])} s, "
        f"peak {_mb(small)} MB",
        f"- re-run with nothing changed (`kvinnofrid ingest` of the same folder): "
        f"{_cell([x['seconds'] for x in rounds['rerun']])} s, peak {_mb(rounds['rerun'])} MB",
        "",
        "### `kvinnofrid run` end to end (one small plan; the whole country is part 2)",
        "",
        "| run | seconds, median (range) | peak MB |",
        "|---|---|---|",
        f"| empty caches, empty output (first run of the part) | {main['run_cold']['seconds']:.1f}"
        f" | {main['run_cold']['peak_mb']:.0f} |",
        f"| nothing changed | {_cell([x['seconds'] for x in rounds['run_unchanged']])} | "
        f"{_mb(rounds['run_unchanged'])} |",
        "",
    ]
    nat = main["national_ingest"]
    out += [
        "### National scale: compare and report",
        "",
        f"{nat['documents']} SYNTHETIC text and Word plans ingested with 2 workers in "
        f"{nat['seconds']:.0f} s (peak {nat['peak_mb']:.0f} MB): {nat['goals']} goals, "
        f"{nat['actions']} actions ({nat['distinct_actions'] / max(1, nat['actions']):.0%} distinct"
        f" wordings), {nat['failed']} failed. Each `compare` round runs on a new copy of that"
        " database; each `report` round reads the compared database into a new output folder.",
        "",
        "| stage | seconds, median (range) | CPU s | peak MB |",
        "|---|---|---|---|",
    ]
    notes: list[str] = []
    for name in ("compare", "report"):
        stages = main[name]
        if not stages:
            out.append(f"| `{name}` | not run | | |")
            continue
        said = [ln for x in stages for ln in x.get("said", [])]
        if any(x.get("exit") for x in stages):
            notes.append(f"`{name}` exited with status "
                         f"{', '.join(str(x['exit']) for x in stages if x.get('exit'))}"
                         + (f"; it said: {' / '.join(said)}" if said else
                            " (its output was not kept by this run)"))  # fmt: skip
        out.append(f"| `{name}` | {_cell([x['seconds'] for x in stages], '{:.1f}')} | "
                   f"{_cell([x['cpu_s'] for x in stages], '{:.1f}')} | {_mb(stages)} |")  # fmt: skip
    out.append("")
    out += [f"- {note}" for note in notes] + ([""] if notes else [])
    return out


def _country_section(country: dict[str, Any]) -> list[str]:
    run, corpus = country["run"], country["corpus"]
    out = _header(country, "Part 2: the whole country")
    out += [
        f"{corpus['documents']} SYNTHETIC plans ({_layouts(corpus)}; {corpus.get('pages', '?')} "
        f"pages, {corpus.get('scanned_pages', '?')} of them scanned; {corpus['actions']} actions "
        f"written, {corpus['distinct_share']:.0%} distinct wordings, {corpus['bytes'] / 1e6:.0f} "
        f"MB, generated in {country['generate_s']:.0f} s) from an empty output folder and empty "
        "caches to the report: `kvinnofrid run --corpus FOLDER --out NEW` (2 workers).",
        "",
        "| seconds | minutes | CPU s | peak MB | documents | pages | OCR'd documents | failed |"
        " goals | actions | report written |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        f"| {run['seconds']:.0f} | {run['seconds'] / 60:.1f} | {run['cpu_s']:.0f} | "
        f"{run['peak_mb']:.0f} | {run['documents']} | {run['pages']} | {run['ocr_documents']} | "
        f"{run['failed']} | {run['goals']} | {run['actions']} | "
        f"{'yes' if run['report_written'] else 'NO'} |",
        "",
    ]
    if "written_by_layout" in corpus and "by_layout" in run:
        out += ["What the pipeline stored, per layout:", ""]
        out += _yield_table(corpus["written_by_layout"], run["by_layout"])
    if country.get("failures"):
        out += ["Files reported as failed:", "", *[f"- `{x}`" for x in country["failures"]], ""]
    return out
