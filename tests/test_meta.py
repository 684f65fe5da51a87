"""County, kind and period come from the text, never from the file name."""

from pathlib import Path

import pytest

from ingest.meta import detect_meta
from ingest.text_reader import read_text, text_to_lines

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

EXPECTED = {
    "stockholm_handlingsplan_2020-2022.txt": ("AB", "handlingsplan", 2020, 2022, "sv"),
    "stockholm_avsiktsforklaring_2019.txt": ("AB", "avsiktsforklaring", 2019, None, "sv"),
    "stockholm_operation-kvinnofrid_presentation_en.txt": ("AB", "presentation", None, None, "en"),
    "vastmanland_strategi_2017-2020.txt": ("U", "strategi", 2017, 2020, "sv"),
    "kronoberg_handlingsplan_2018-2026.txt": ("G", "handlingsplan", 2018, 2026, "sv"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_metadata(name: str, tmp_path: Path) -> None:
    # the file is read under a neutral name: nothing may come from the name
    data = (CORPUS / name).read_bytes()
    doc = read_text(tmp_path / "document.txt", "0", data)
    meta = detect_meta(doc.lines)
    assert (
        meta.county_code,
        meta.kind,
        meta.period_start,
        meta.period_end,
        meta.language,
    ) == EXPECTED[name]


def test_other_county_and_ocr_spelling() -> None:
    lines, _ = text_to_lines(
        "Regional strategi mot mäns våld mot kvinnor i Örebro län 2021–2024\n\n"
        "Länsstyrelsen i Örebro län samordnar arbetet. Örebro läns kommuner deltar.\n"
    )
    meta = detect_meta(lines)
    assert (meta.county_code, meta.kind, meta.period_start, meta.period_end) == (
        "T",
        "strategi",
        2021,
        2024,
    )
    lines, _ = text_to_lines(
        "Handlingsplan for Vistmanlands lin 2019-2021\n\nLansstyrelsen i Vastmanlands lan.\n"
    )
    assert detect_meta(lines).county_code == "U"


def test_multi_word_county_is_not_taken_for_a_similar_single_word() -> None:
    lines, _ = text_to_lines(
        "Handlingsplan för Västra Götalands län 2022–2025\n\n"
        "Länsstyrelsen i Västra Götalands län och Västra Götalandsregionen samverkar.\n"
    )
    assert detect_meta(lines).county_code == "O"
    lines, _ = text_to_lines(
        "Strategi för Gotlands län 2020–2023\n\nRegion Gotland och Gotlands kommuner.\n"
    )
    assert detect_meta(lines).county_code == "I"


def test_no_county_named() -> None:
    lines, _ = text_to_lines("Detta är en inköpslista.\nMjölk, bröd och smör.\n")
    meta = detect_meta(lines)
    assert meta.county_code is None and meta.kind == "okand"


def test_a_government_assignment_to_the_counties_is_national() -> None:
    lines, _ = text_to_lines(
        "Uppdrag att utveckla regionalt stöd mot hedersrelaterat våld\n\n"
        "Regeringen ger länsstyrelserna i uppdrag att stärka stödet i hela landet. "
        "Uppdraget samordnas av Länsstyrelsen i Östergötlands län. Uppsala universitet "
        "och Linköpings universitet bidrar med kunskap. Uppsala universitet redovisar.\n"
    )
    meta = detect_meta(lines)
    assert (meta.level, meta.county_code) == ("nationell", None)


def test_a_county_plan_citing_the_governments_assignment_stays_the_countys() -> None:
    for title in ("Regional strategi mot mäns våld mot kvinnor i Jämtlands län 2021–2025",
                  "Länsstyrelsen Jämtlands län\nRegional strategi 2021–2025"):  # fmt: skip
        lines, _ = text_to_lines(
            f"{title}\n\nRegeringen har gett länsstyrelserna i uppdrag att samordna arbetet. "
            "Länsstyrelsen i Jämtlands län har tagit fram strategin med länets kommuner.\n"
        )
        meta = detect_meta(lines)
        assert (meta.level, meta.county_code) == ("län", "Z"), title


def test_a_plan_whose_table_dump_looks_like_slides_keeps_its_kind() -> None:
    # pdftotext writes a table's cells as short paragraphs: many one-line blocks, as slides
    cells = "\n\n".join(
        f"Utbilda personal i grupp {n}\n\nKommunerna\n\nRegion Halland\n\n2026" for n in range(8)
    )
    lines, _ = text_to_lines(f"Handlingsplan mot våld i nära relationer 2026–2028\n\n{cells}\n")
    assert detect_meta(lines).kind == "handlingsplan"
    lines, _ = text_to_lines(f"Operation Kvinnofrid\n\n{cells}\n")
    assert detect_meta(lines).kind == "presentation"
