"""OCR quality (`make ocr-eval`): clean Swedish text rendered to page images, degraded (blur,
noise, rotation, low contrast) at 200 and 300 dpi, read by Tesseract (Swedish) and repaired by
ingest/repair.py; character and word error rates before and after repair, the words repair
changes in clean text, and the out-of-dictionary share of the goals and actions of the two
OCR'd corpus plans before and after repair. Writes docs/ocr.md. Never run by the test suite."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from rapidfuzz.distance import Levenshtein

from ingest.pipeline import ingest_file
from ingest.repair import is_swedish, lexicon, repair_lines, repair_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CLEAN_PLAN = CORPUS / "stockholm_handlingsplan_2020-2022.txt"
NATIONAL = ROOT / "tests" / "national"
OCR_PLANS = (
    CORPUS / "vastmanland_strategi_2017-2020.txt",
    CORPUS / "kronoberg_handlingsplan_2018-2026.txt",
)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PLAN_LINES = 45  # lines of the clean plan rendered (one page)
TESSERACT_TIMEOUT_S = 240

# written for this benchmark: how Swedish plans against violence are phrased
WRITTEN = """\
Länsstyrelsen i länet har på uppdrag av regeringen tagit fram en regional handlingsplan för
att förebygga och bekämpa mäns våld mot kvinnor. Planen gäller i fyra år och följs upp årligen.
Målet är att våldet ska upphöra och att kvinnor, män, flickor och pojkar ska ha samma makt att
forma samhället och sina egna liv. Våld i nära relationer, hedersrelaterat våld och förtryck,
prostitution och människohandel för sexuella ändamål omfattas av strategin.
Kommunerna ansvarar för att våldsutsatta får stöd och skydd. Socialtjänsten ska erbjuda
samtalsstöd, skyddat boende och hjälp att bearbeta våldet. Hälso- och sjukvården ska ställa
frågor om våld och förbättra upptäckten av våldsutsatthet. Polisen och Åklagarmyndigheten
ska utveckla utredningarna av brott i nära relationer.
Åtgärder under perioden:
1. Förbättrad upptäckt av våld genom utbildning av personal inom förskola, skola och elevhälsa.
2. Våldspreventiva metoder i skolan, med särskild uppmärksamhet på normer om maskulinitet.
3. Nätverksträffar för kommunernas samordnare två gånger om året.
4. Erfarenhetsutbyte och informationsöverföring mellan myndigheterna i länet.
5. Återfallsförebyggande insatser för våldsutövare i samverkan med Kriminalvården.
Länsstyrelsens årsuppföljning redovisas till styrgruppen i december varje år.
"""


# a second page, written for this benchmark in the manner of a municipal action plan
WRITTEN_2 = """\
Handlingsplan mot våld i nära relationer 2024–2027, kommunstyrelsens förvaltning
Kommunen ska arbeta förebyggande, tidigt upptäcka våld och ge stöd till den som utsätts.
Arbetet följer den nationella strategin och Socialstyrelsens föreskrifter (SOSFS 2014:4).
Insatsområde 1: Förebyggande arbete
Åtgärd 1.1 Grundskolan genomför ett våldsförebyggande program i årskurs 7–9.
Ansvarig: utbildningsnämnden. Klart: höstterminen 2025.
Åtgärd 1.2 Fritidsgårdarnas personal utbildas om normer, jämställdhet och sexuella trakasserier.
Ansvarig: kultur- och fritidsförvaltningen i samverkan med föreningslivet.
Insatsområde 2: Upptäckt och stöd
Åtgärd 2.1 Socialtjänsten ställer frågor om våldsutsatthet i alla ärenden om ekonomiskt bistånd.
Åtgärd 2.2 Kvinnojouren och socialtjänsten tecknar en överenskommelse om skyddat boende.
Åtgärd 2.3 Äldreomsorgens personal får kunskap om våld mot äldre kvinnor och män.
Åtgärd 2.4 Barn som bevittnat våld erbjuds samtalsstöd inom två veckor.
Insatsområde 3: Våldsutövare
Åtgärd 3.1 Kommunen erbjuder behandling för den som utövar våld, i samarbete med frivården.
Åtgärd 3.2 Polisen och socialtjänsten följer upp ärenden där kontaktförbud har meddelats.
Uppföljning: nämnderna redovisar sina åtgärder till kommunstyrelsen i februari varje år.
Samordnaren sammanställer en årlig rapport om hur många som fått stöd och hur länge de väntat.
Målet är att färre kvinnor och barn ska utsättas för våld och att de som utsätts ska få hjälp.
"""


def plan_page(text: str, lines: int = PLAN_LINES) -> str:
    """The first page of a Markdown plan as its printed page reads: headings, emphasis, tags,
    links and rules without their markup, table cells one to a line."""
    out: list[str] = []
    for raw in text.splitlines():
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)  # [text](url) -> text
        line = re.sub(r"<[^>]+>", "", line)
        line = re.sub(r"^#+\s*|\*+", "", line.strip())
        if not line or set(line) <= {"-"}:
            continue
        out.extend(cell.strip() for cell in line.split("\t") if cell.strip())
    return "\n".join(out[:lines])


# How a printed page gets worn between the printer and the scanner: each at 300 and 200 dpi,
# with parameters of ordinary office scans (set once, never tuned on the figures).
DEGRADATIONS = (
    "ren", "oskärpa", "brus", "rotation", "låg kontrast", "jpeg", "kopia", "mörk kopia", "fax",
    "allt",
)  # fmt: skip
DESCRIPTION = (
    "oskärpa: Gaussian blur σ 1.4 px at 300 dpi; brus: Gaussian noise σ 35 and 0.2 % dark "
    "specks; rotation: 1.5°; låg kontrast: ink at grey 120 on paper at 200, lit unevenly "
    "(+0–40 across the page); jpeg: JPEG quality 20; kopia: a worn photocopy (blur σ 1.6 px "
    "cut at grey 95, so thin strokes such as the dots of ä/ö break up); mörk kopia: a dark "
    "copy (blur σ 1.4 px cut at grey 185, strokes thicken and counters fill); fax: 200×100 "
    "dpi in black and white; allt: worn copy, 1.2° rotation, noise σ 20 and JPEG quality 40 "
    "together. Blur radii scale with the resolution."
)


@dataclass(frozen=True)
class Variant:
    name: str
    dpi: int


VARIANTS = [Variant(name, dpi) for dpi in (300, 200) for name in DEGRADATIONS]


def render(text: str, dpi: int) -> tuple[Image.Image, str]:
    """A4 page at `dpi`, 10 pt serif, lines wrapped at 85 characters; with the text that fit
    on the page (the reference for the error rates)."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(10 * dpi / 72))
    y, margin, step = int(0.8 * dpi), int(0.8 * dpi), round(10 * dpi / 72 * 1.45)
    wrapped = [part for line in text.splitlines() for part in textwrap.wrap(line, 85) or [""]]
    drawn: list[str] = []
    for line in wrapped:
        if y + step > height - margin:
            break
        draw.text((margin, y), line, fill=0, font=font)
        drawn.append(line)
        y += step
    return image, "\n".join(drawn)


def _cut(image: Image.Image, sigma: float, level: int) -> Image.Image:
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(radius=sigma)))
    return Image.fromarray(np.where(pixels < level, 0, 255).astype(np.uint8))


def _noise(image: Image.Image, rng: np.random.Generator, sd: float, specks: float) -> Image.Image:
    pixels = np.asarray(image, dtype=np.float32) + rng.normal(0, sd, image.size[::-1])
    if specks:
        pixels[rng.random(pixels.shape) < specks] = 0
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def degrade(image: Image.Image, kind: str, dpi: int, seed: int = 7) -> Image.Image:
    rng = np.random.default_rng(seed)
    scale = dpi / 300
    if kind == "oskärpa":
        return image.filter(ImageFilter.GaussianBlur(radius=1.4 * scale))
    if kind == "brus":
        return _noise(image, rng, 35, 0.002)
    if kind == "rotation":
        return image.rotate(1.5, resample=Image.BILINEAR, expand=True, fillcolor=255)
    if kind == "låg kontrast":
        pixels = np.asarray(image, dtype=np.float32)
        light = np.linspace(0, 40, pixels.shape[1], dtype=np.float32)[None, :]
        return Image.fromarray(np.clip(120 + pixels * (80 / 255) - light, 0, 255).astype(np.uint8))
    if kind == "jpeg":
        return _jpeg(image, 20)
    if kind == "kopia":
        return _cut(image, 1.6 * scale, 95)
    if kind == "mörk kopia":
        return _cut(image, 1.4 * scale, 185)
    if kind == "fax":
        width, height = image.size
        coarse = image.resize((width * 200 // dpi, height * 100 // dpi), Image.BILINEAR)
        coarse = coarse.point(lambda v: 0 if v < 128 else 255)
        return coarse.resize((width, height), Image.NEAREST)
    if kind == "allt":
        image = _cut(image, 1.6 * scale, 95)
        image = image.rotate(1.2, resample=Image.BILINEAR, expand=True, fillcolor=255)
        return _jpeg(_noise(image, rng, 20, 0.0), 40)
    return image


def tesseract(image: Image.Image, folder: Path, name: str) -> str | None:
    """Bare Tesseract's text of the page (`tesseract PAGE - -l swe`, its defaults); None when
    it gives up or takes over TESSERACT_TIMEOUT_S."""
    path = folder / f"{name}.png"
    image.save(path)
    try:
        done = subprocess.run(
            ["tesseract", str(path), "-", "-l", "swe"],
            capture_output=True,
            text=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            timeout=TESSERACT_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return None
    return done.stdout


def _norm(text: str) -> str:
    return " ".join(text.split())


_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Errors:
    """Edit distances of a reading against the reference: characters (whitespace runs as one
    space) and words (runs of letters and digits; punctuation is not a word, as in ISRI's
    word accuracy), with the reference's lengths."""

    chars: int
    words: int
    ref_chars: int
    ref_words: int

    def __add__(self, other: Errors) -> Errors:
        return Errors(
            self.chars + other.chars, self.words + other.words,
            self.ref_chars + other.ref_chars, self.ref_words + other.ref_words,
        )  # fmt: skip

    @property
    def cer(self) -> float:
        return self.chars / max(1, self.ref_chars)

    @property
    def wer(self) -> float:
        return self.words / max(1, self.ref_words)


NO_ERRORS = Errors(0, 0, 0, 0)


def errors(truth: str, text: str) -> Errors:
    t, h = _norm(truth), _norm(text)
    tw, hw = _TOKEN.findall(t), _TOKEN.findall(h)
    return Errors(Levenshtein.distance(t, h), Levenshtein.distance(tw, hw), len(t), len(tw))


def error_rates(truth: str, text: str) -> tuple[float, float]:
    """(CER, WER) of a reading against the reference."""
    found = errors(truth, text)
    return found.cer, found.wer


_WORD = re.compile(r"[^\W\d_]{2,}")


def oov_share(texts: list[str]) -> tuple[int, int]:
    """(out-of-dictionary words, words) in the texts."""
    lex = lexicon()
    oov = total = 0
    for text in texts:
        for word in _WORD.findall(text):
            total += 1
            if not lex.known(word.lower(), word[:1].isupper()):
                oov += 1
    return oov, total


def changed_words(text: str, lost: bool | None) -> list[tuple[str, str]]:
    repaired = repair_text(text, lost=lost)
    return [(a, b) for a, b in zip(text.split(), repaired.split(), strict=True) if a != b]


def _read(image: Image.Image, folder: Path, name: str, cache: Path | None) -> dict | None:
    """Bare Tesseract's and kvinnofrid's readings of a page, from `cache` when it holds them."""
    from ingest.ocr_engine import TESSERACT_SETTINGS, engine

    key = hashlib.sha256(
        image.tobytes() + repr((sorted(TESSERACT_SETTINGS.items()), engine("swe"))).encode()
        + Path(sys.modules["ingest.ocr"].__file__ or "").read_bytes()
    ).hexdigest()[:24]  # fmt: skip
    hit = cache / f"{key}.json" if cache else None
    if hit and hit.exists():
        found = json.loads(hit.read_text(encoding="utf-8"))
    else:
        bare = tesseract(image, folder, name)
        if bare is None:
            return None
        from ingest.ocr import image_lines

        lines = image_lines(image)
        found = {"bare": bare, "lines": [[ln.page, ln.text, list(ln.cells), ln.table]
                                         for ln in lines]}  # fmt: skip
        if hit:
            hit.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return found


def _lines(found: dict) -> list:
    from ingest.source import Line

    return [
        Line(page, text, tuple(cells), table=table) for page, text, cells, table in found["lines"]
    ]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, help="keep the pages' OCR here (development)")
    parser.add_argument("--no-speed", action="store_true", help="skip the OCR speed rounds")
    args = parser.parse_args(argv)
    if not shutil.which("tesseract"):
        print("needs tesseract with Swedish: make system-deps", file=sys.stderr)
        return 1
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    import ingest.ocr  # noqa: F401  (its source keys the cache)

    texts = {
        "skriven text 1": WRITTEN,
        "skriven text 2": WRITTEN_2,
        "Stockholmsplanen s. 1": plan_page(CLEAN_PLAN.read_text(encoding="utf-8")),
    }
    rows: list[tuple[str, Variant, Errors, Errors, Errors]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kvinnofrid-ocr-eval-") as tmp:
        jobs = []
        with ThreadPoolExecutor(max_workers=2) as pool:
            for t, (label, text) in enumerate(texts.items()):
                for i, variant in enumerate(VARIANTS):
                    page, shown = render(text, variant.dpi)
                    image = degrade(page, variant.name, variant.dpi, seed=100 * t + i)
                    name = f"{len(jobs)}"
                    future = pool.submit(_read, image, Path(tmp), name, args.cache)
                    jobs.append((label, variant, shown, future))
            for label, variant, truth, future in jobs:
                found = future.result()
                if found is None:
                    print(f"{label} {variant.dpi} {variant.name}: Tesseract gave no answer")
                    continue
                lines = _lines(found)
                ours = "\n".join(line.text for line in lines)
                repaired = "\n".join(line.text for line in repair_lines(lines))
                row = (label, variant, errors(truth, found["bare"]), errors(truth, ours),
                       errors(truth, repaired))  # fmt: skip
                rows.append(row)
                print(f"{label:22} {variant.dpi} {variant.name:13} WER bare {row[2].wer:.3f} "
                      f"ours {row[3].wer:.3f} repaired {row[4].wer:.3f}")  # fmt: skip
    ocr_seconds = time.perf_counter() - started

    def total(select: object = None) -> tuple[Errors, Errors, Errors]:
        chosen = [r for r in rows if select is None or select(r)]  # type: ignore[operator]
        sums = [NO_ERRORS, NO_ERRORS, NO_ERRORS]
        for r in chosen:
            sums = [sums[k] + r[2 + k] for k in range(3)]
        return sums[0], sums[1], sums[2]

    overall = total()
    clean = CLEAN_PLAN.read_text(encoding="utf-8")
    clean_changes = changed_words(clean, None)
    clean_forced = changed_words(clean, True)
    written_changes = changed_words(WRITTEN, None) + changed_words(WRITTEN_2, None)
    written_words = len(WRITTEN.split()) + len(WRITTEN_2.split())
    national = [p.read_text(encoding="utf-8") for p in sorted(NATIONAL.glob("*.md"))]
    national = [t for t in national if is_swedish(t)]
    national_changes = [c for t in national for c in changed_words(t, None)]
    national_words = sum(len(t.split()) for t in national)

    oov_rows = []
    for path in OCR_PLANS:
        doc = ingest_file(path)
        raw = [g.raw_title or g.title for g in doc.goals] + [
            a.raw_text or a.text for a in doc.actions
        ]
        fixed = [g.title for g in doc.goals] + [a.text for a in doc.actions]
        oov_rows.append((path.name, oov_share(raw), oov_share(fixed), len(fixed)))
        print(path.name, oov_rows[-1])

    from ingest.ocr_engine import TESSERACT_SETTINGS, engine

    settings = ", ".join(f"{k}={v}" for k, v in TESSERACT_SETTINGS.items()) or "its defaults"
    lines = [
        "# OCR quality",
        "",
        "Written by `make ocr-eval` (benchmarks/ocr_eval.py); do not edit by hand.",
        f"Machine: {os.cpu_count()} cores; Tesseract {_tesseract_version()} (program), "
        f"kvinnofrid's engine: {engine('swe')}; language swe; {len(rows)} pages, each read "
        f"twice ({'taken from --cache in' if args.cache else 'in'} {ocr_seconds:.0f} s).",
        "",
        "## Degraded pages: error rates before and after repair",
        "",
        "Three pages of clean Swedish text (two written for the benchmark in the manner of a "
        "regional and a municipal plan, and the first page of the clean Stockholm plan in "
        "corpus/ as printed, without its Markdown) rendered at 300 and 200 dpi (10 pt DejaVu "
        f"Serif) and degraded. {DESCRIPTION}",
        "",
        "Each page is read by bare Tesseract (`tesseract PAGE - -l swe`) and by kvinnofrid's OCR "
        f"(ingest/ocr.py: straightened, ruled tables found, Tesseract with {settings}, words laid "
        "out into lines), whose lines are then repaired as the pipeline repairs OCR'd lines "
        "(ingest/repair.py). CER: character edit distance per reference character (whitespace "
        "runs as one space); WER: word edit distance per reference word, words being runs of "
        "letters and digits (punctuation is not counted, as in ISRI's word accuracy). Each row "
        "sums the three pages.",
        "",
        "| dpi | degradation | CER bare | CER ours | CER repaired | WER bare | WER ours "
        "| WER repaired |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for variant in VARIANTS:
        bare, ours, fixed = total(lambda r, v=variant: r[1] == v)
        lines.append(
            f"| {variant.dpi} | {variant.name} | {bare.cer:.3f} | {ours.cer:.3f} | {fixed.cer:.3f} "
            f"| {bare.wer:.3f} | {ours.wer:.3f} | {fixed.wer:.3f} |"
        )
    bare, ours, fixed = overall
    lines += [
        f"| **all** | | **{bare.cer:.3f}** | **{ours.cer:.3f}** | **{fixed.cer:.3f}** "
        f"| **{bare.wer:.3f}** | **{ours.wer:.3f}** | **{fixed.wer:.3f}** |",
        "",
        f"Word errors over all {bare.ref_words} reference words: bare Tesseract {bare.words}, "
        f"kvinnofrid's OCR {ours.words}, after repair {fixed.words} "
        f"({fixed.words / max(1, bare.words):.0%} of bare Tesseract's).",
        "",
        "| text | WER bare | WER ours | WER repaired |",
        "|---|---|---|---|",
    ]
    for label in texts:
        bare, ours, fixed = total(lambda r, name=label: r[0] == name)
        lines.append(f"| {label} | {bare.wer:.3f} | {ours.wer:.3f} | {fixed.wer:.3f} |")
    plan_words = len(clean.split())
    lines += [
        "",
        "## Clean text: words changed by repair (must be 0)",
        "",
        f"- Stockholm plan (corpus/, {plan_words} words), as the pipeline repairs: "
        f"{len(clean_changes)} changed ({len(clean_changes) / plan_words:.2%})",
        f"- the same plan, repair told that the text lost its diacritics: {len(clean_forced)} "
        f"changed ({len(clean_forced) / plan_words:.2%}) {sorted(set(clean_forced))[:10]}",
        f"- the written pages ({written_words} words): {len(written_changes)} changed",
        f"- the Swedish national texts of tests/national ({len(national)} texts, "
        f"{national_words} words), as the pipeline repairs: {len(national_changes)} changed "
        f"{sorted(set(national_changes))[:10]}",
        "",
        "## Out-of-dictionary words in the OCR'd corpus plans' goals and actions",
        "",
        "Words (two letters or more) that are neither a form of the word list (hunspell-sv + "
        "wordfreq), a domain word of models/data, nor a compound of listed words.",
        "",
        "| plan | goals + actions | OOV before repair | OOV after repair |",
        "|---|---|---|---|",
    ]
    for name, (b_oov, b_total), (a_oov, a_total), items in oov_rows:
        lines.append(
            f"| {name} | {items} | {b_oov}/{b_total} = {b_oov / max(1, b_total):.1%} "
            f"| {a_oov}/{a_total} = {a_oov / max(1, a_total):.1%} |"
        )
    if not args.no_speed:
        from benchmarks.ocr_speed import markdown, measure

        lines += ["", *markdown(measure())]
    out = ROOT / "docs" / "ocr.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bare, ours, fixed = overall
    print(f"WER bare {bare.wer:.3f}, ours {ours.wer:.3f}, repaired {fixed.wer:.3f}; "
          f"CER {bare.cer:.3f} / {ours.cer:.3f} / {fixed.cer:.3f}; wrote {out}")  # fmt: skip
    return 0


def _tesseract_version() -> str:
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    first = (done.stdout or done.stderr).splitlines()
    return first[0].split()[-1] if first else "?"


if __name__ == "__main__":
    raise SystemExit(main())
