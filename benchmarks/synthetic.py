"""SYNTHETIC plans for the benchmarks, generated into a temporary folder, never committed.

A plan is drawn at random from the wording of benchmarks/wording.py (measures from templates
with varied verbs, objects, target groups, settings and time frames; goals; background prose)
and the project's agency registry (models/data/agencies.toml, counties.csv, municipalities.csv),
for one county or one of its municipalities. It is then written in one of several layouts:

- ``txt``: plain text, numbered headings, measures as bullets with labelled Ansvar:/Samverkan:
  lines;
- ``docx``: a Word file with heading styles and a table of measures per goal;
- ``pdf-table``: a PDF with ruled tables (tests/pdfgen.py:build_plan_pdf);
- ``pdf-plain``: a PDF without tables: numbered headings, bullets, labelled lines;
- ``scan``: a PDF of page images only (a rendered pdf-table or pdf-plain page, grey, with noise
  and a slight rotation, JPEG-compressed as scanners store it).

Every file name starts with SYNTHETIC_. Nothing here reads the corpus."""

from __future__ import annotations

import random
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import wording as w
from models.counties import County, load_counties, load_municipalities

LABEL = "SYNTHETIC"
LAYOUTS = ("txt", "docx", "pdf-table", "pdf-plain", "scan")
SCAN_DPI = 300
SCAN_NOISE = 8.0  # standard deviation of the grey grain added to a scan
SCAN_MAX_DEGREES = 0.8  # a scan is rotated by at most this much either way
SCAN_JPEG_QUALITY = 70
PROSE_CHARS_PER_PAGE = 4600  # what one PDF page of background prose holds, roughly
TEXT_CHARS_PER_PAGE = 4000  # a text or Word file's pages, estimated from its length
_SLOT = re.compile(r"\{(\w+)\}")
_LOWER_START = ("barn", "unga", "elever", "personal", "föräldrar", "kvinnor")


@dataclass(frozen=True)
class Action:
    number: str
    text: str
    lead: str
    partners: tuple[str, ...]
    when: str


@dataclass(frozen=True)
class Goal:
    number: str
    area: str
    text: str
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class Plan:
    title: str
    publisher: str
    county: str  # county code
    period: str
    background: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, paragraphs)
    goals: tuple[Goal, ...]

    @property
    def actions(self) -> list[Action]:
        return [a for g in self.goals for a in g.actions]


@dataclass(frozen=True)
class SyntheticDocument:
    path: Path
    county: str
    layout: str
    actions: tuple[str, ...]  # the action wordings written into it
    pages: int  # a PDF's pages; a text or Word file's estimated from its length


@dataclass
class SyntheticCorpus:
    folder: Path
    documents: list[SyntheticDocument] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [d.path for d in self.documents]

    @property
    def actions(self) -> list[str]:
        return [a for d in self.documents for a in d.actions]

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.documents)

    @property
    def size_bytes(self) -> int:
        return sum(d.path.stat().st_size for d in self.documents)

    def layouts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for d in self.documents:
            counts[d.layout] = counts.get(d.layout, 0) + 1
        return counts


def distinct_share(texts: Sequence[str]) -> float:
    """The share of distinct wordings among texts (case and spacing ignored)."""
    if not texts:
        return 0.0
    return len({" ".join(t.lower().split()) for t in texts}) / len(texts)


# ------------------------------------------------------------------ plans


@dataclass(frozen=True)
class Registry:
    """Agencies as plans write them: national agencies, and each county's own bodies."""

    national: tuple[str, ...]
    civil: tuple[str, ...]
    counties: dict[str, County]
    municipalities: dict[str, tuple[str, ...]]  # county code -> "X kommun"

    def local(self, county: County) -> list[str]:
        return [f"Länsstyrelsen i {county.lan_name}", county.region_name, "Kommunerna",
                "Socialtjänsten", *self.municipalities.get(county.code, ())[:6]]  # fmt: skip


def load_agency_registry() -> Registry:
    from models.agencies import load_registry

    registry = load_registry()
    kinds = {a.name: a.kind for a in registry.agencies}
    national = tuple(n for n, k in kinds.items() if k == "statlig myndighet")
    civil = tuple(n for n, k in kinds.items() if k == "civilsamhälle") + (
        "kvinnojourerna", "tjejjourerna", "brottsofferjouren")  # fmt: skip
    municipalities: dict[str, list[str]] = {}
    for m in load_municipalities():
        if m.form == "kommun":
            municipalities.setdefault(m.county_code, []).append(f"{m.name} kommun")
    counties = {c.code: c for c in load_counties()}
    return Registry(national, civil, counties,
                    {k: tuple(v) for k, v in municipalities.items()})  # fmt: skip


def _fill(template: str, rng: random.Random, agencies: Sequence[str], place: str) -> str:
    lists = {"topic": w.TOPICS, "group": w.GROUPS, "staff": w.STAFF, "setting": w.SETTINGS,
             "product": w.PRODUCTS, "event": w.EVENTS, "support": w.SUPPORT,
             "method": w.METHODS, "purpose": w.PURPOSES, "agency": agencies,
             "place": (place,), "year": ("2022", "2023", "2024")}  # fmt: skip
    text = _SLOT.sub(lambda m: rng.choice(lists[m.group(1)]), template)
    return text[0].upper() + text[1:]


def measure_text(rng: random.Random, agencies: Sequence[str], place: str) -> str:
    """One measure's wording: a template filled, sometimes with a setting, place or time."""
    template = rng.choice(w.MEASURES)
    text = _fill(template, rng, agencies, place)
    tail = rng.random()
    if "{setting}" not in template and tail < 0.3:
        text += " " + rng.choice(w.SETTINGS)
    elif tail < 0.45:
        text += f" i {place}"
    elif tail < 0.6:
        text += f" under {rng.choice(('2025', '2026', '2027', 'planperioden'))}"
    elif tail < 0.7:
        text += " i samverkan med civilsamhället"
    return text


def make_plan(
    rng: random.Random,
    registry: Registry,
    county: County,
    *,
    municipality: str | None = None,
    actions: int = 40,
    prose_pages: float = 2.0,
) -> Plan:
    """A plan of `county` (or of one of its municipalities) with about `actions` measures in
    3–6 goals, and about `prose_pages` pages of background."""
    start = rng.choice((2024, 2025, 2026))
    period = f"{start}–{start + rng.choice((2, 3, 4))}"
    place = municipality or county.lan_name
    local = registry.local(county)
    if municipality:
        local = [municipality, "Socialtjänsten", county.region_name, "Kommunerna"]
    agencies = [*local, *registry.national]
    n_goals = max(1, min(6, actions // 8 or 1))
    areas = rng.sample(w.AREAS, n_goals)
    goals = []
    seen: set[str] = set()
    for g, area in enumerate(areas, start=1):
        count = actions // n_goals + (1 if g <= actions % n_goals else 0)
        items = []
        for k in range(1, count + 1):
            text = measure_text(rng, agencies, place)
            for _retry in range(5):  # within one plan, every measure is worded apart
                if text not in seen:
                    break
                text = measure_text(rng, agencies, place)
            seen.add(text)
            lead = rng.choice(local if rng.random() < 0.7 else registry.national)
            partners = tuple(dict.fromkeys(
                rng.choice(agencies + list(registry.civil)) for _ in range(rng.randrange(0, 3))
            ).keys() - {lead})  # fmt: skip
            items.append(Action(f"{g}.{k}", text, lead, tuple(sorted(partners)),
                                rng.choice(w.WHEN)))  # fmt: skip
        goal = _fill(rng.choice(w.GOALS), rng, agencies, place)
        goals.append(Goal(str(g), area, goal, tuple(items)))
    background = []
    chars = int(prose_pages * PROSE_CHARS_PER_PAGE)
    headings = rng.sample(
        w.BACKGROUND_HEADINGS, min(len(w.BACKGROUND_HEADINGS), 3 + int(prose_pages))
    )
    per_section = max(1, chars // max(1, len(headings)))
    for heading in headings:
        paragraphs, written = [], 0
        while written < per_section:
            sentences = [_fill(rng.choice(w.PROSE), rng, agencies, place)
                         for _ in range(rng.randrange(4, 8))]  # fmt: skip
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            written += len(paragraph)
        background.append((heading, tuple(paragraphs)))
    title = rng.choice(w.TITLES).format(period=period)
    publisher = municipality or f"Länsstyrelsen i {county.lan_name}"
    return Plan(title, publisher, county.code, period, tuple(background), tuple(goals))


# ------------------------------------------------------------------ layouts


def plan_markdown(plan: Plan, *, tables: bool) -> str:
    """The plan in the Markdown-like form tests/pdfgen.py:build_plan_pdf renders: a title
    block, INLEDNING, background sections, then per goal a heading and either a ruled table of
    measures (tables=True) or bullets with labelled lines."""
    lines = [plan.title, "", plan.publisher, "", f"Planperiod {plan.period}", "", "# INLEDNING", ""]
    intro = plan.background[0][1] if plan.background else ()
    lines += [p + "\n" for p in intro]
    for number, (heading, paragraphs) in enumerate(plan.background[1:], start=1):
        lines += [f"## {number}. {heading}", ""]
        lines += [p + "\n" for p in paragraphs]
    lines += ["# MÅL OCH ÅTGÄRDER", ""]
    for goal in plan.goals:
        if tables:
            lines += [f"## MÅL {goal.number}: {goal.text.upper()}", "",
                      f"Insatsområde: {goal.area}.", "",
                      "ÅTGÄRD\tANSVARIG\tSAMVERKANSPART\tTIDPLAN"]  # fmt: skip
            for a in goal.actions:
                lines.append(f"{a.number} {a.text}\t{a.lead}\t{', '.join(a.partners) or '-'}"
                             f"\t{a.when}")  # fmt: skip
            lines.append("")
        else:
            lines += [f"## {goal.number} Insatsområde: {goal.area}", "",
                      f"### Mål {goal.number}: {goal.text}", "", "### Åtgärder", ""]  # fmt: skip
            for a in goal.actions:
                lines += [f"- {a.text}", f"Ansvar: {a.lead}"]
                if a.partners:
                    lines.append(f"Samverkan: {', '.join(a.partners)}")
                lines.append(f"Tidplan: {a.when}")
            lines.append("")
    return "\n".join(lines) + "\n"


def plan_text(plan: Plan) -> str:
    """The plan as a plain text file: numbered headings, measures numbered under each goal,
    each followed by its labelled lines."""
    out = [plan.title, plan.publisher, f"Planperiod {plan.period}", ""]
    for number, (heading, paragraphs) in enumerate(plan.background, start=1):
        out += [f"{number}. {heading}", ""]
        for p in paragraphs:
            out += [p, ""]
    base = len(plan.background) + 1
    out += [f"{base}. Mål och åtgärder", ""]
    for goal in plan.goals:
        out += [f"{base}.{goal.number} {goal.area}", "", f"Mål: {goal.text}.", "", "Åtgärder:", ""]
        for a in goal.actions:
            out.append(f"{a.number} {a.text}")
            out.append(f"Ansvar: {a.lead}")
            if a.partners:
                out.append(f"Samverkan: {', '.join(a.partners)}")
            out.append(f"Tidplan: {a.when}")
            out.append("")
    return "\n".join(out) + "\n"


def write_docx(plan: Plan, path: Path) -> Path:
    """The plan as a Word file: heading styles and a table of measures under each goal."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(plan.title, style="Title")
    doc.add_paragraph(plan.publisher)
    doc.add_paragraph(f"Planperiod {plan.period}")
    for heading, paragraphs in plan.background:
        doc.add_heading(heading, level=1)
        for p in paragraphs:
            doc.add_paragraph(p)
    doc.add_heading("Mål och åtgärder", level=1)
    for goal in plan.goals:
        doc.add_heading(f"Insatsområde {goal.number}: {goal.area}", level=2)
        doc.add_paragraph(f"Mål {goal.number}: {goal.text}")
        table = doc.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Åtgärd", "Ansvarig", "Samverkan", "Tidplan"),
                              strict=True):  # fmt: skip
            cell.text = text
        for a in goal.actions:
            cells = table.add_row().cells
            cells[0].text = f"{a.number} {a.text}"
            cells[1].text = a.lead
            cells[2].text = ", ".join(a.partners)
            cells[3].text = a.when
    doc.save(str(path))
    return path


def write_pdf(plan: Plan, path: Path, *, tables: bool) -> Path:
    """The plan as a PDF, laid out by tests/pdfgen.py's blocks and styles (ruled tables with a
    repeated header row, headings, bullets), under the plan's own running header."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from tests import pdfgen

    def on_page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        width, height = pdfgen.A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(50, height - 30, f"{plan.title} – {plan.publisher}")
        canvas.drawCentredString(width / 2, 25, str(canvas.getPageNumber()))
        canvas.restoreState()

    text = plan_markdown(plan, tables=tables)
    doc = pdfgen._document(path, plan.title)
    story: list = [Spacer(1, 60 * mm), Paragraph(pdfgen._esc(plan.title), pdfgen.H1),
                   Paragraph(pdfgen._esc(plan.publisher), pdfgen.H2), PageBreak()]  # fmt: skip
    story += pdfgen._story(pdfgen.plan_blocks(text), split_table=True)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


def scan_pdf(
    src: Path, out: Path, rng: random.Random, *, dpi: int = SCAN_DPI, pages: int | None = None
) -> Path:
    """Every page of src (or its first `pages`) rendered to a grey image at `dpi`, slightly
    rotated, with grain, stored as a JPEG page (PIL's PDF writer, DCT-encoded as scanners
    store pages): an image-only PDF without a text layer."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument(str(src))
    grain = None
    out.unlink(missing_ok=True)
    try:
        for number, page in enumerate(pdf, start=1):
            if pages is not None and number > pages:
                break
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            image = image.rotate(rng.uniform(-SCAN_MAX_DEGREES, SCAN_MAX_DEGREES),
                                 resample=Image.BILINEAR, fillcolor=255)  # fmt: skip
            pixels = np.asarray(image, dtype=np.int16)
            if grain is None or grain.shape != pixels.shape:  # one grain field per scan
                noise = np.random.default_rng(rng.randrange(1 << 30))
                grain = noise.normal(0, SCAN_NOISE, pixels.shape).astype(np.int16)
            shifted = np.roll(grain, (rng.randrange(97), rng.randrange(89)), axis=(0, 1))
            image = Image.fromarray(np.clip(pixels + shifted, 0, 255).astype(np.uint8))
            image.save(out, "PDF", resolution=dpi, append=number > 1, quality=SCAN_JPEG_QUALITY)
    finally:
        pdf.close()
    return out


def write_plan(plan: Plan, folder: Path, stem: str, layout: str, rng: random.Random) -> Path:
    """The plan written in `layout` as folder/SYNTHETIC_<stem>.<ext>."""
    name = f"{LABEL}_{stem}"
    if layout == "txt":
        path = folder / f"{name}.txt"
        path.write_text(plan_text(plan), encoding="utf-8")
        return path
    if layout == "docx":
        return write_docx(plan, folder / f"{name}.docx")
    if layout in ("pdf-table", "pdf-plain"):
        return write_pdf(plan, folder / f"{name}.pdf", tables=layout == "pdf-table")
    if layout == "scan":
        with tempfile.TemporaryDirectory(prefix="kvinnofrid-scan-") as tmp:
            src = write_pdf(plan, Path(tmp) / "src.pdf", tables=rng.random() < 0.5)
            return scan_pdf(src, folder / f"{name}.pdf", rng)
    raise ValueError(f"unknown layout {layout!r}")


# ------------------------------------------------------------------ corpora


@dataclass(frozen=True)
class Spec:
    """One document to generate: its layout, measures and pages of background."""

    layout: str
    actions: int
    prose_pages: float


def build_corpus(
    folder: Path | None,
    specs: Iterable[Spec],
    *,
    seed: int = 2017,
    municipal_share: float = 0.3,
    workers: int = 1,
) -> SyntheticCorpus:
    """One SYNTHETIC document per spec in `folder` (default: a new temporary folder), over the
    21 counties in turn; a share of them are a municipality's plan. The plans are drawn in
    order (the same seed gives the same corpus); `workers` processes write the files."""
    folder = Path(folder or tempfile.mkdtemp(prefix=f"kvinnofrid-{LABEL.lower()}-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    registry = load_agency_registry()
    counties = list(registry.counties.values())
    jobs = []
    for n, spec in enumerate(specs):
        county = counties[n % len(counties)]
        towns = registry.municipalities.get(county.code, ())
        town = rng.choice(towns) if towns and rng.random() < municipal_share else None
        plan = make_plan(rng, registry, county, municipality=town, actions=spec.actions,
                         prose_pages=spec.prose_pages)  # fmt: skip
        jobs.append((plan, folder, f"{n + 1:04d}_{county.code}_{spec.layout}", spec.layout,
                     rng.randrange(1 << 30)))  # fmt: skip
    if workers > 1 and len(jobs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            documents = list(pool.map(_write_job, jobs))
    else:
        documents = [_write_job(job) for job in jobs]
    return SyntheticCorpus(folder, documents)


def _write_job(job: tuple[Plan, Path, str, str, int]) -> SyntheticDocument:
    plan, folder, stem, layout, seed = job
    path = write_plan(plan, folder, stem, layout, random.Random(seed))
    return SyntheticDocument(path, plan.county, layout, tuple(a.text for a in plan.actions),
                             _pages(path, plan))  # fmt: skip


def _pages(path: Path, plan: Plan) -> int:
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()
    return -(-len(plan_text(plan)) // TEXT_CHARS_PER_PAGE)


def mixed_specs(documents: int, *, actions: int = 30, prose_pages: float = 1.5,
                scan_pages: float = 0.5) -> list[Spec]:  # fmt: skip
    """`documents` specs cycling over every layout; scans are kept short (OCR is slow)."""
    specs = []
    for n in range(documents):
        layout = LAYOUTS[n % len(LAYOUTS)]
        if layout == "scan":
            specs.append(Spec(layout, max(4, actions // 3), scan_pages))
        else:
            specs.append(Spec(layout, actions, prose_pages))
    return specs


def national_specs(total_actions: int, *, per_document: int = 100) -> list[Spec]:
    """Text and Word plans (cheap to read) holding `total_actions` measures in all: the
    database compare and report are measured on."""
    count = max(1, round(total_actions / per_document))
    base, extra = divmod(total_actions, count)
    return [Spec("txt" if n % 3 else "docx", base + (1 if n < extra else 0), 0.3)
            for n in range(count)]  # fmt: skip


def country_specs(documents: int = 60, pages: int = 1500, scan_share: float = 0.2) -> list[Spec]:
    """The whole country: `documents` plans of about pages/documents pages each (most of it
    background prose, as in real plans), a `scan_share` of them scanned, the rest mostly text
    PDFs with and without tables, some Word files and a few text files."""
    per_doc = pages / documents
    scans = round(documents * scan_share)
    others = ("pdf-table", "pdf-plain", "docx", "pdf-table", "pdf-plain", "pdf-table",
              "pdf-plain", "txt")  # fmt: skip
    # a scan every fifth document (evenly spread), the others rotating over the text layouts
    specs = []
    for n in range(documents):
        is_scan = n * scans // documents != (n + 1) * scans // documents
        layout = "scan" if is_scan else others[n % len(others)]
        actions = 40 + (n * 37) % 60
        # measures take about a page per 12 (table) or 10 (bullets) of them
        prose = max(1.0, per_doc - actions / 11 - 1.5)
        specs.append(Spec(layout, actions, prose))
    return specs
