"""OCR quality (`make ocr-eval`): clean Swedish text rendered to page images, degraded (blur,
noise, rotation, low contrast) at 200 and 300 dpi, read by Tesseract (Swedish) and repaired by
ingest/repair.py; character and word error rates before and after repair, the words repair
changes in clean text, and the out-of-dictionary share of the goals and actions of the two
OCR'd corpus plans before and after repair. Writes docs/ocr.md. Never run by the test suite."""

from __future__ import annotations

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
from ingest.repair import lexicon, repair_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CLEAN_PLAN = CORPUS / "stockholm_handlingsplan_2020-2022.txt"
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


@dataclass(frozen=True)
class Variant:
    name: str
    dpi: int


VARIANTS = [
    Variant(name, dpi)
    for dpi in (300, 200)
    for name in ("ren", "oskärpa", "brus", "rotation", "låg kontrast", "kopia", "allt")
]


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


def degrade(image: Image.Image, kind: str, dpi: int, seed: int = 7) -> Image.Image:
    rng = np.random.default_rng(seed)
    scale = dpi / 300
    kinds = ("kopia", "rotation", "lätt brus") if kind == "allt" else (kind,)
    for step in kinds:
        if step == "oskärpa":
            image = image.filter(ImageFilter.GaussianBlur(radius=1.8 * scale))
        elif step == "kopia":
            # a worn photocopy: blurred, then cut hard so thin strokes (the dots and rings of
            # å/ä/ö, serifs) break up or vanish
            pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(radius=1.6 * scale)))
            image = Image.fromarray(np.where(pixels < 95, 0, 255).astype(np.uint8))
        elif step in ("brus", "lätt brus"):
            pixels = np.asarray(image, dtype=np.float32)
            pixels = pixels + rng.normal(0, 40 if step == "brus" else 20, pixels.shape)
            image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        elif step == "rotation":
            image = image.rotate(1.2, resample=Image.BILINEAR, expand=True, fillcolor=255)
        elif step == "låg kontrast":
            pixels = np.asarray(image, dtype=np.float32)
            image = Image.fromarray((130 + pixels * (60 / 255)).astype(np.uint8))
    return image


def tesseract(image: Image.Image, folder: Path, name: str) -> str | None:
    """Tesseract's text of the page; None when it gives up or takes over TESSERACT_TIMEOUT_S."""
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


def error_rates(truth: str, text: str) -> tuple[float, float]:
    """(CER, WER): Levenshtein distance over characters and over words, per truth unit."""
    t, h = _norm(truth), _norm(text)
    cer = Levenshtein.distance(t, h) / max(1, len(t))
    tw, hw = t.split(), h.split()
    wer = Levenshtein.distance(tw, hw) / max(1, len(tw))
    return cer, wer


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


def main() -> int:
    if not shutil.which("tesseract"):
        print("needs tesseract with Swedish: make system-deps", file=sys.stderr)
        return 1
    plan_page = "\n".join(
        ln for ln in CLEAN_PLAN.read_text(encoding="utf-8").splitlines() if ln.strip()
    )
    plan_page = "\n".join(plan_page.splitlines()[:PLAN_LINES])
    texts = {"skriven text": WRITTEN, "Stockholmsplanen s. 1": plan_page}
    rows = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kvinnofrid-ocr-eval-") as tmp:
        jobs = []
        with ThreadPoolExecutor(max_workers=2) as pool:
            for label, text in texts.items():
                for i, variant in enumerate(VARIANTS):
                    page, shown = render(text, variant.dpi)
                    image = degrade(page, variant.name, variant.dpi, seed=i)
                    name = f"{len(jobs)}"
                    jobs.append(
                        (label, variant, shown, pool.submit(tesseract, image, Path(tmp), name))
                    )
            for label, variant, truth, future in jobs:
                ocr = future.result()
                if ocr is None:
                    print(f"{label} {variant.dpi} {variant.name}: Tesseract gave no answer")
                    continue
                repaired = repair_text(ocr)
                before = error_rates(truth, ocr)
                after = error_rates(truth, repaired)
                rows.append((label, variant, before, after))
                print(f"{label:24} {variant.dpi} {variant.name:14} CER {before[0]:.3f}->{after[0]:.3f}"
                      f"  WER {before[1]:.3f}->{after[1]:.3f}")  # fmt: skip
    ocr_seconds = time.perf_counter() - started

    def mean(values: list[float]) -> float:
        return sum(values) / max(1, len(values))

    cer_b = mean([r[2][0] for r in rows])
    cer_a = mean([r[3][0] for r in rows])
    wer_b = mean([r[2][1] for r in rows])
    wer_a = mean([r[3][1] for r in rows])

    clean = CLEAN_PLAN.read_text(encoding="utf-8")
    clean_changes = changed_words(clean, None)
    clean_forced = changed_words(clean, True)
    written_changes = changed_words(WRITTEN, None)

    oov_rows = []
    for path in OCR_PLANS:
        doc = ingest_file(path)
        raw = [g.raw_title or g.title for g in doc.goals] + [
            a.raw_text or a.text for a in doc.actions
        ]
        fixed = [g.title for g in doc.goals] + [a.text for a in doc.actions]
        oov_rows.append((path.name, oov_share(raw), oov_share(fixed), len(fixed)))
        print(path.name, oov_rows[-1])

    lines = [
        "# OCR quality",
        "",
        "Written by `make ocr-eval` (benchmarks/ocr_eval.py); do not edit by hand.",
        f"Machine: {os.cpu_count()} cores; Tesseract {_tesseract_version()}, language swe; "
        f"OCR of {len(rows)} pages took {ocr_seconds:.0f} s.",
        "",
        "## Degraded pages: error rates before and after repair",
        "",
        "Clean Swedish text (a page written for the benchmark and the first page of the clean "
        "Stockholm plan in corpus/) rendered at 200 and 300 dpi (10 pt DejaVu Serif), degraded "
        "(Gaussian blur σ 1.8 px at 300 dpi, noise σ 40, 1.2° rotation, contrast 130–190, a worn "
        "photocopy: blur σ 1.6 px cut at grey 95, so thin strokes such as the dots of ä/ö break "
        "up; or copy, rotation and noise σ 20 together), read by "
        "Tesseract and repaired as the pipeline repairs (ingest/repair.py). CER and WER are "
        "Levenshtein distances over characters and words per reference unit.",
        "",
        "| text | dpi | degradation | CER raw | CER repaired | WER raw | WER repaired |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, variant, before, after in rows:
        lines.append(
            f"| {label} | {variant.dpi} | {variant.name} | {before[0]:.3f} | {after[0]:.3f} "
            f"| {before[1]:.3f} | {after[1]:.3f} |"
        )
    lines += [
        f"| **mean** | | | **{cer_b:.3f}** | **{cer_a:.3f}** | **{wer_b:.3f}** | **{wer_a:.3f}** |",
        "",
        "## Clean text: words changed by repair (must be 0)",
        "",
        f"- Stockholm plan (corpus/, {len(clean.split())} words), as the pipeline repairs: "
        f"{len(clean_changes)} changed",
        f"- the same plan, repair told that the text lost its diacritics: {len(clean_forced)} "
        f"changed {sorted(set(clean_forced))[:10]}",
        f"- the written page ({len(WRITTEN.split())} words): {len(written_changes)} changed",
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
    from benchmarks.ocr_speed import markdown, measure

    speed = measure()
    lines += ["", *markdown(speed)]
    out = ROOT / "docs" / "ocr.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"mean CER {cer_b:.3f} -> {cer_a:.3f}, WER {wer_b:.3f} -> {wer_a:.3f}; wrote {out}")
    return 0


def _tesseract_version() -> str:
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    first = (done.stdout or done.stderr).splitlines()
    return first[0].split()[-1] if first else "?"


if __name__ == "__main__":
    raise SystemExit(main())
