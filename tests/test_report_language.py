"""The report speaks Swedish and shows document text as text (issue 14, item 8, the report's
part): plural forms, evidence and methods in words, and report.md escaping what a plan says
(an <iframe src=javascript:…> in a goal stays inert). Real files through the real CLI."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli

SET = Path(__file__).parent / "comparison_set"
HOSTILE = "<iframe src=javascript:alert(1)></iframe> [klicka](javascript:alert(2)) *fet*"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("language")
    corpus = folder / "corpus"
    shutil.copytree(SET, corpus)
    plan = corpus / "kronoberg_handlingsplan_2022-2025.md"
    text = plan.read_text("utf-8").replace("## Mål 1: Kunskap", f"## Mål 1: Kunskap {HOSTILE}")
    plan.write_text(
        text.replace("1.2 Polismyndigheten", f"1.2 {HOSTILE} Polismyndigheten"), "utf-8"
    )
    result = run_cli("run", "--corpus", corpus, "--out", folder / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "out" / "report"


def _texts(report: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in report.iterdir() if p.suffix in (".md", ".html")}


def test_markdown_escapes_document_text(report: Path) -> None:
    md = (report / "report.md").read_text("utf-8")
    assert "alert(1)" in md, "the hostile action is in the report"
    assert "<iframe" not in md and not re.search(r"(?<!\\)\]\(javascript:", md)
    assert "&lt;iframe src=javascript:alert(1)&gt;&lt;/iframe&gt;" in md
    assert "\\[klicka\\](javascript:alert(2)) \\*fet\\*" in md
    for name, text in _texts(report).items():
        assert "<iframe" not in text, name


def test_plural_forms_and_no_notation_of_the_code(report: Path) -> None:
    texts = _texts(report)
    for name, text in texts.items():
        assert not re.search(r"\b1 åtgärder\b", text), name
        for notation in ("terms:", "inherited from", "Metod:", "högsta poäng", "Värde:", "referens:",
                         "wording", "lexicon"):  # fmt: skip
            assert notation not in text.replace("named-initiative", ""), (name, notation)
    index = texts["index.html"]
    assert "Underlag i länet (1 åtgärd)" in index or "(1 åtgärd)" in index
    county = texts["county-AB.html"]
    assert "grund: ord i åtgärdens text" in county  # the label's evidence in words
    assert re.search(r"Åtgärder som \w+ leder här: 0; i övriga län: \d+", index)
    assert re.search(r"Andel av länets åtgärder: \d+ %; genomsnitt i övriga län: \d+ %", index)


def test_every_kind_of_evidence_is_said_in_words() -> None:
    from compare.comparison_records import Label
    from compare.explanations import explain_label, explain_theme

    cases = {
        ("terms: våld(1.2), kvinnofrid(0.4); best objective 1 only 0.40", "lexicon"):
            "Målsättning 2, poäng 0,50: grund: ord i åtgärdens text; orden våld och kvinnofrid;"
            " svagt utslag (starkast för målsättning 1)",
        ("inherited from goal 'Stärkt skydd' (0.65)", "inherited"):
            "Målsättning 2, poäng 0,50: grund: målet som åtgärden hör till; ärvt från målet"
            " ”Stärkt skydd”",
        ("heading names objective 2 'Förbättrad upptäckt' (91)", "heading"):
            "Målsättning 2, poäng 0,50: grund: rubriken som åtgärden står under; rubriken nämner"
            " målsättning 2 ”Förbättrad upptäckt”",
        ("no term, heading or inherited evidence for any objective", "cross-cutting"):
            "Målsättning 2, poäng 0,50: grund: tvärgående arbete (samverkan, samordning, styrning);"
            " inga ord, rubriker eller överordnade mål pekar mot någon av målsättningarna",
        ("correction U-5.6: OCR-fel i texten", "correction"):
            "Målsättning 2, poäng 0,50: grund: en manuell rättelse; rättelse U-5.6: OCR-fel i texten",
    }  # fmt: skip
    for (evidence, method), said in cases.items():
        assert explain_label(Label("2", 0.5, True, evidence, method)) == said
    assert explain_theme("context: barn(1)") == "Tema givet av sammanhanget barn"
