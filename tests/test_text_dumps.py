"""Plans as plain-text dumps (pdftotext, copy-paste): headings printed straight above their
paragraphs without a blank line, and tables written as a run of column headers followed by
each row's cells, one block per cell. Written for this test; read through the real pipeline."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

PROSE = """Regional handlingsplan mot mäns våld mot kvinnor i Gävleborgs län 2026–2029

Länsstyrelsen Gävleborg

Mål och insatser
Planen har tre mål. Under varje mål beskrivs först läget och sedan vad länets aktörer ska göra
under perioden.
1. Fler unga får kunskap om våld och jämställdhet
Många unga saknar kunskap om vad våld i en relation är och var de kan söka stöd. Skolan är den
arena där nästan alla unga kan nås, men arbetet skiljer sig mycket mellan kommunerna i länet.
Länets kommuner ska erbjuda alla elever i årskurs åtta ett våldsförebyggande program under
planperioden. Länsstyrelsen ska samordna ett nätverk för skolornas kuratorer och lärare.
2. Våldsutsatta kvinnor upptäcks tidigt och får samordnat
stöd
Kvinnor som utsätts för våld söker ofta vård för andra besvär, och våldet förblir okänt för dem
de möter. Frågor om våld behöver ställas rutinmässigt och stödet behöver hänga ihop.
Region Gävleborg ska införa rutinmässiga frågor om våld inom mödrahälsovården och psykiatrin.
3. Fler som utövar våld slutar
Den som utövar våld behöver få stöd att förändra sitt beteende för att våldet ska upphöra för
gott och för att nya relationer inte ska drabbas på samma sätt som tidigare relationer.
Kriminalvården ska i samverkan med kommunerna erbjuda behandlingsprogram i hela länet.
"""

TABLE = """Handlingsplan mot våld i nära relationer 2026–2028

Mål 1: Stödet till våldsutsatta är likvärdigt i hela kommunen

Aktivitet

Ansvarig

Samverkan

Klart

Ta fram en gemensam rutin för hur socialtjänsten och
skolan agerar när ett barn berättar om våld i familjen.

Socialnämnden

Utbildningsnämnden

2026

Utbilda alla handläggare inom försörjningsstöd i att
ställa frågor om våld.

Socialnämnden

Kvinnojouren

2027

Mål 2: Fler unga vet vart de kan vända sig

Aktivitet

Ansvarig

Samverkan

Klart

Genomföra en informationskampanj om stöd till unga i
sociala medier.

Kommunstyrelsen

Polisen

2026
"""


def _read(tmp_path: Path, text: str) -> object:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def test_numbered_headings_printed_above_their_paragraphs(tmp_path: Path) -> None:
    doc = _read(tmp_path, PROSE)
    assert [g.title for g in doc.goals] == [  # type: ignore[attr-defined]
        "Fler unga får kunskap om våld och jämställdhet",
        "Våldsutsatta kvinnor upptäcks tidigt och får samordnat stöd",
        "Fler som utövar våld slutar",
    ]
    actions = {a.text: a for a in doc.actions}  # type: ignore[attr-defined]
    expected = {
        "Länets kommuner ska erbjuda alla elever i årskurs åtta ett våldsförebyggande program"
        " under planperioden.": "Fler unga får kunskap om våld och jämställdhet",
        "Region Gävleborg ska införa rutinmässiga frågor om våld inom mödrahälsovården och"
        " psykiatrin.": "Våldsutsatta kvinnor upptäcks tidigt och får samordnat stöd",
        "Kriminalvården ska i samverkan med kommunerna erbjuda behandlingsprogram i hela"
        " länet.": "Fler som utövar våld slutar",
    }
    goals = {g.key: g.title for g in doc.goals}  # type: ignore[attr-defined]
    for text, goal in expected.items():
        assert text in actions, sorted(actions)
        assert goals[actions[text].goal_key] == goal


def test_a_table_written_as_a_run_of_headers_then_cells(tmp_path: Path) -> None:
    doc = _read(tmp_path, TABLE)
    assert [g.title for g in doc.goals] == [  # type: ignore[attr-defined]
        "Stödet till våldsutsatta är likvärdigt i hela kommunen",
        "Fler unga vet vart de kan vända sig",
    ]
    rows = [
        (a.text, [(m.name, m.role) for m in a.agencies])
        for a in doc.actions  # type: ignore[attr-defined]
    ]
    assert rows == [
        (
            "Ta fram en gemensam rutin för hur socialtjänsten och skolan agerar när ett barn"
            " berättar om våld i familjen.",
            [("Kommunerna", "lead")],
        ),
        (
            "Utbilda alla handläggare inom försörjningsstöd i att ställa frågor om våld.",
            [("Kommunerna", "lead"), ("Civilsamhället", "partner")],
        ),
        (
            "Genomföra en informationskampanj om stöd till unga i sociala medier.",
            [("Kommunerna", "lead"), ("Polismyndigheten", "partner")],
        ),
    ]


COLUMNS = """Handlingsplan mot mäns våld mot kvinnor i Kalmar län 2026–2028

1. Fler våldsutsatta upptäcks tidigt

Åtgärd

Införa rutinfrågor om våld inom barnhälsovården och

ungdomsmottagningarna i hela länet.

Utbilda socialtjänstens handläggare i riskbedömning.

Ta fram en länsgemensam rutin för kontakt med skyddat boende.

Ansvarig

Region Kalmar län

Kommunerna

Länsstyrelsen

Samverkan

Kommunerna

Polisen

Kvinnojourerna

2. Fler som utövar våld får stöd att sluta

Kriminalvården ska erbjuda behandlingsprogram i länets alla delar under planperioden.
"""


def test_a_table_read_column_by_column_as_ocr_does(tmp_path: Path) -> None:
    doc = _read(tmp_path, COLUMNS)
    rows = [
        (a.text, [(m.name, m.role) for m in a.agencies])
        for a in doc.actions  # type: ignore[attr-defined]
    ]
    assert rows[:3] == [
        (
            "Införa rutinfrågor om våld inom barnhälsovården och ungdomsmottagningarna i hela"
            " länet.",
            [("Region", "lead"), ("Kommunerna", "partner")],
        ),
        (
            "Utbilda socialtjänstens handläggare i riskbedömning.",
            [("Kommunerna", "lead"), ("Polismyndigheten", "partner")],
        ),
        (
            "Ta fram en länsgemensam rutin för kontakt med skyddat boende.",
            [("Länsstyrelsen", "lead"), ("Civilsamhället", "partner")],
        ),
    ]
    assert [g.title for g in doc.goals] == [  # type: ignore[attr-defined]
        "Fler våldsutsatta upptäcks tidigt",
        "Fler som utövar våld får stöd att sluta",
    ]


def _page(number: int, body: str) -> str:
    return (
        f"Länsstyrelsen Uppsala län\n\nRegional strategi 2026–2030\n\n{body}\n\nSida {number}\n\f"
    )


RUNNING = (
    _page(1, "Regional strategi mot mäns våld mot kvinnor i Uppsala län 2026–2030")
    + _page(
        2,
        "Målsättning 1: Våldet förebyggs\n\n"
        "Länets kommuner ska erbjuda alla högstadieskolor ett våldsförebyggande program.",
    )
    + _page(
        3,
        "Polisen ska i samverkan med kommunerna utveckla arbetet med riskbedömningar i hela"
        " länet.\n\nMålsättning 2: Fler våldsutövare slutar\n\n"
        "Kriminalvården ska erbjuda behandlingsprogram i hela länet.",
    )
)


def test_running_headers_and_page_numbers_do_not_cut_a_goal(tmp_path: Path) -> None:
    doc = _read(tmp_path, RUNNING)
    goals = {g.key: g.title for g in doc.goals}  # type: ignore[attr-defined]
    under = {a.text: goals.get(a.goal_key) for a in doc.actions}  # type: ignore[attr-defined]
    assert under == {
        "Länets kommuner ska erbjuda alla högstadieskolor ett våldsförebyggande program.": (
            "Våldet förebyggs"
        ),
        # on the next page, below the running header: still the first goal's
        "Polisen ska i samverkan med kommunerna utveckla arbetet med riskbedömningar i hela"
        " länet.": "Våldet förebyggs",
        "Kriminalvården ska erbjuda behandlingsprogram i hela länet.": "Fler våldsutövare slutar",
    }
    assert doc.level == "län" and doc.county_code == "C"  # type: ignore[attr-defined]
