"""What the development set's generators (tests/devset/*/*/make.py) share: turning a text PDF
into a scan (rendered to page images, each page turned slightly and given grey paper, noise,
dust and blur, saved as JPEG and set one image a page in a new PDF), and the Word markup
python-docx has no call for (cell shading, a repeated header row, a page-number field). A
generator keeps its own content, styles and page decoration.

Run a generator that uses this module from the repository root as a module, e.g.
    .venv/bin/python -m tests.devset.dev.kiruna_scan.make
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class Wear:
    """How a scanned page differs from the printed one."""

    angles: Sequence[float]  # degrees each page is turned, in turn
    gain: float  # ink and paper brightness: value * gain + offset
    offset: float
    noise: float  # standard deviation of the grey noise
    dust: float  # share of pixels with a dark speck
    dust_ink: float  # how much darker a speck is
    blur: float  # Gaussian blur radius
    fill: int = 255  # grey of the corners a turned page uncovers
    edge: tuple[int, float] = (0, 0.0)  # a copier's darker left edge: width in pixels, darkening


def worn(img: Image.Image, page: int, rng: np.random.Generator, wear: Wear) -> Image.Image:
    """Page `page` (from 0) as a worn grey scan."""
    img = img.convert("L")
    angle = wear.angles[page % len(wear.angles)]
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=wear.fill)
    a = np.asarray(img, dtype=np.float32)
    a = a * wear.gain + wear.offset
    a += rng.normal(0.0, wear.noise, a.shape)
    width, darker = wear.edge
    a[:, :width] -= darker
    a[rng.random(a.shape) < wear.dust] -= wear.dust_ink
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    return img.filter(ImageFilter.GaussianBlur(wear.blur))


def scanned_pdf(
    out: Path,
    build_text_pdf: Callable[[Path], None],
    wear: Wear,
    *,
    seed: int,
    quality: int,
    dpi: int = 200,
) -> None:
    """Write `out`: the PDF `build_text_pdf` writes, as a scan (one JPEG a page, no text)."""
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        text_pdf = tmpd / "text.pdf"
        build_text_pdf(text_pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(text_pdf), str(tmpd / "page")],
            check=True,
        )
        c = canvas.Canvas(str(out), pagesize=A4)
        c.setTitle("Skannad handling")
        for i, png in enumerate(sorted(tmpd.glob("page-*.png"))):
            img = worn(Image.open(png), i, rng, wear)
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=quality, optimize=True)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()
    print(out, out.stat().st_size)


# ------------------------------------------------------------------ Word (python-docx)


def shade_cell(cell: _Cell, fill: str) -> None:
    """Give a table cell a background colour (hex, "D9E2F3")."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def repeat_header_row(row: _Row) -> None:
    """Mark a table row to repeat at the top of every page the table runs over."""
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def add_field(paragraph: DocxParagraph, instr: str) -> None:
    """Append a field ("PAGE", "NUMPAGES") to a paragraph."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)
