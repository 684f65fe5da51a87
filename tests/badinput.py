"""Builders of bad input files for the robustness tests: damaged, disguised, hostile and
oversized documents, each written to a real file."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.pdfgen import build_blank_pdf, build_encrypted_pdf, build_plan_pdf, truncate_pdf

# Markup and SQL that must come out of the database exactly as written, and do nothing. (The
# text reader removes the dumps' own formatting tags, <b>/<i>/<sup>, and decodes entities:
# those are the corpus format, not content, so they are not used here.)
SCRIPT = "<script>alert('kvinnofrid')</script>"
SQL = "'); DROP TABLE goals; --"
HTML = '<img src=x onerror="alert(1)"> <a href="javascript:void(0)">länk</a> <iframe src="//x">'

SMALL_PLAN_LINES = (
    "Handlingsplan mot mäns våld mot kvinnor i Exempellän 2021–2023",
    "",
    "## MÅL 1: VÅLDSUTSATTA FÅR STÖD",
    "",
    "ÅTGÄRD\tANSVARIG\tUPPFÖLJNING/INDIKATORER\tFREKVENS",
    "1.1 Utbilda socialtjänsten om våld i nära relationer\tLänsstyrelsen i samverkan med"
    " länets kommuner\tAntal utbildade\tÅrligen",
    "1.2 Stärka kvinnojourernas arbete\tRegionen\tAntal stödsamtal\tÅrligen",
)


def small_plan_text(goal_suffix: str = "", action_suffix: str = "") -> str:
    """A tiny but real action plan (one goal, two actions) in the corpus' text-dump format."""
    lines = list(SMALL_PLAN_LINES)
    lines[2] += goal_suffix
    first = lines[5].split("\t")
    first[0] += action_suffix
    lines[5] = "\t".join(first)
    return "\n".join(lines) + "\n"


def build_small_plan_pdf(path: Path) -> Path:
    """The small plan as a PDF with a text layer and a ruled action table."""
    title, *rest = small_plan_text().splitlines()
    text = "\n".join([title, "", "## INLEDNING", "", "En kort plan för länet.", *rest])
    return build_plan_pdf(path, text)


def build_random_bytes(path: Path, size: int = 8192, seed: int = 7) -> Path:
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def build_binary_txt(path: Path) -> Path:
    """Binary content (a zip local-file header, NULs and noise) under a .txt name."""
    noise = random.Random(11).randbytes(4000)
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 64 + noise)
    return path


def build_many_pages_pdf(path: Path, pages: int = 2500) -> Path:
    """A real PDF with more pages than any plan (blank A4 pages)."""
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def build_inflating_pdf(
    path: Path, *, inflated_mb: int = 400, chunk: bytes = b"0 0 m 1 1 l S\n"
) -> Path:
    """A one-page PDF (a few hundred KB) whose content stream inflates to `inflated_mb` MB of
    drawing operators: a decompression bomb for any reader that inflates it."""
    compressor = zlib.compressobj(9)
    block = chunk * (1024 * 1024 // len(chunk))
    parts = [compressor.compress(block) for _ in range(inflated_mb)]
    parts.append(compressor.flush())
    stream = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


@dataclass(frozen=True)
class BadCase:
    name: str  # file name in the batch
    problem: str  # a word or phrase the file's output line must contain (lower case)
    stored_ok: bool = False  # True: the file is fine after all (read by content) or not a plan


def build_bad_batch(folder: Path) -> list[BadCase]:
    """Every bad-input case of the issue as files in `folder` (created), plus what the CLI
    must say about each."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[BadCase] = []

    (folder / "tom.txt").write_bytes(b"")
    cases.append(BadCase("tom.txt", "empty"))

    good_pdf = build_small_plan_pdf(folder.parent / "whole.pdf")
    truncate_pdf(good_pdf, folder / "avbruten.pdf", keep=0.6)
    cases.append(BadCase("avbruten.pdf", "truncated"))

    build_random_bytes(folder / "slump.pdf")
    cases.append(BadCase("slump.pdf", "not a pdf, word, html or text file"))

    build_encrypted_pdf(folder / "losenord.pdf")
    cases.append(BadCase("losenord.pdf", "password"))

    build_blank_pdf(folder / "tom_sida.pdf")
    cases.append(BadCase("tom_sida.pdf", "no text"))

    (folder / "egentligen_text.pdf").write_text(small_plan_text(), encoding="utf-8")
    cases.append(BadCase("egentligen_text.pdf", "1 goal, 2 actions", stored_ok=True))

    build_small_plan_pdf(folder / "egentligen_pdf.txt")
    cases.append(BadCase("egentligen_pdf.txt", "goal", stored_ok=True))

    build_binary_txt(folder / "binar.txt")
    cases.append(BadCase("binar.txt", "binary"))

    (folder / "recept.txt").write_text(
        "Kanelbullar\n\nIngredienser: 25 g jäst, 75 g smör, 3 dl mjölk, 1 dl socker.\n"
        "Smält smöret, tillsätt mjölken och jästen. Knåda degen och låt den jäsa i 30 minuter.\n"
        "Grädda i 225 grader i 8 minuter.\n",
        encoding="utf-8",
    )
    cases.append(BadCase("recept.txt", "no plan structure", stored_ok=True))

    build_many_pages_pdf(folder / "tusentals_sidor.pdf")
    cases.append(BadCase("tusentals_sidor.pdf", "pages"))

    build_inflating_pdf(folder / "bomb.pdf")
    cases.append(BadCase("bomb.pdf", "than"))  # "took longer than" / "needed more than"

    (folder / "markup.txt").write_text(
        small_plan_text(goal_suffix=f" {SCRIPT} {SQL}", action_suffix=f" {HTML} {SQL}"),
        encoding="utf-8",
    )
    cases.append(BadCase("markup.txt", "1 goal, 2 actions", stored_ok=True))
    return cases
