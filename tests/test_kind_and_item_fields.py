"""Two faults of plans in general, on real generated PDFs: a plan whose title names no kind
but whose text mentions the situation report (lägesbild) it builds on is still a plan, and an
item of an untabled list followed by its own "Ansvar: X" line keeps that line as its
responsible agency, not as more of its text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.pipeline import ingest_file


def _plan_pdf(
    path: Path, title: str, intro: list[str], items: list[tuple[str, str]], bullet: str
) -> Path:
    """A one-page plan drawn line by line: title, introduction, one goal, list items each
    followed by a labelled line at the item's text indent (no table, no paragraph spacing)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 70
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for line in intro:
        c.drawString(60, y, line)
        y -= 12.5
    y -= 14
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, "Mål 1: Våldsutsatta får tidigt stöd")
    y -= 20
    c.setFont("Helvetica", 10)
    for n, (text, field) in enumerate(items, 1):
        c.drawString(62, y, bullet.format(n=n))
        c.drawString(76, y, text)
        y -= 12.5
        c.drawString(76, y, field)
        y -= 12.5
    c.showPage()
    c.save()
    return path


_INTRO = [
    "Länsstyrelsens lägesbild från 2024 visar att anmälningarna om våld i nära relationer",
    "har ökat i kommunen. Lägesbilden ligger till grund för arbetet, och en ny lägesbild",
    "tas fram 2026. I lägesbilden framgår också att många barn lever med våld i hemmet.",
]
_ITEMS = [
    (
        "Inför en gemensam rutin för frågor om våld vid nybesök inom socialtjänsten",
        "Ansvar: Individ- och familjeomsorgen   Tidplan: 2025",
    ),
    (
        "Utbilda förskolans personal i att upptäcka barn som lever med våld",
        "Ansvarig: Förskoleförvaltningen   Tidplan: 2026",
    ),
    (
        "Erbjud kvinnojouren lokaler för öppna stödsamtal",
        "Ansvar: Kultur- och fritidsförvaltningen",
    ),
]


def test_a_plan_that_mentions_a_situation_report_in_its_text_is_a_plan(tmp_path: Path) -> None:
    path = _plan_pdf(
        tmp_path / "plan.pdf", "Tillsammans mot våld i Ale kommun 2025–2027", _INTRO, _ITEMS, "•"
    )
    doc = ingest_file(path)
    assert doc.kind != "lagesbild"
    assert len(doc.actions) == 3
    assert [g.title for g in doc.goals] == ["Våldsutsatta får tidigt stöd"]


def test_a_situation_report_named_in_its_title_is_still_one(tmp_path: Path) -> None:
    path = _plan_pdf(
        tmp_path / "rapport.pdf",
        "Lägesbild 2024: våld i nära relationer i Ale",
        _INTRO,
        _ITEMS,
        "•",
    )
    doc = ingest_file(path)
    assert doc.kind == "lagesbild"
    assert not doc.actions and not doc.goals


def test_a_labelled_line_under_a_list_item_is_its_responsible(tmp_path: Path) -> None:
    for bullet in ("•", "{n}."):
        path = _plan_pdf(
            tmp_path / "items.pdf",
            "Handlingsplan mot våld i nära relationer 2025–2027",
            ["Ale kommun"],
            _ITEMS,
            bullet,
        )
        doc = ingest_file(path)
        assert [a.text for a in doc.actions] == [text for text, _ in _ITEMS], bullet
        assert [a.responsible for a in doc.actions] == [
            "Individ- och familjeomsorgen",
            "Förskoleförvaltningen",
            "Kultur- och fritidsförvaltningen",
        ], bullet
        assert [a.timeframe for a in doc.actions][:2] == ["2025", "2026"], bullet
        assert all({m.name for m in a.agencies} == {"Kommunerna"} for a in doc.actions), bullet
