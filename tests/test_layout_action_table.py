from pathlib import Path

from ingest.layouts import action_table
from ingest.text import read_text, text_to_lines

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _lines(name: str):  # type: ignore[no-untyped-def]
    path = CORPUS / name
    return read_text(path, "0", path.read_bytes()).lines


def test_stockholm_goals_and_actions() -> None:
    result = action_table.extract(_lines("stockholm_handlingsplan_2020-2022.txt"))
    assert [g.number for g in result.goals] == [str(i) for i in range(1, 9)]
    numbers = [a.number for a in result.actions]
    assert len(numbers) == 41 == len(set(numbers))
    assert numbers[0] == "1.1" and numbers[-1] == "8.5"
    assert all(a.goal_key == a.number.split(".")[0] for a in result.actions)
    by_number = {a.number: a for a in result.actions}
    a41 = by_number["4.1"]
    assert a41.responsible.startswith("Länsstyrelsen och Region Stockholm i samverkan med")
    assert a41.indicators == "Tas fram under handlingsplansperioden"
    assert a41.frequency == "Vid handlingsplanens slut"
    # the table of contents ("Mål 1: Förebygga våld .....") is not a goal
    assert not any("....." in g.title for g in result.goals)
    # the header variant with the source's typo FREKVENNS is still read
    assert by_number["3.1"].frequency == "Vid handlingsplanens slut"


def test_detect_is_zero_without_action_tables() -> None:
    for name in ("vastmanland_strategi_2017-2020.txt", "kronoberg_handlingsplan_2018-2026.txt"):
        assert action_table.detect(_lines(name)) == 0.0


def test_repeated_row_and_unnumbered_rows() -> None:
    text = (
        "MÅL 2: ETT MÅL SOM\nFORTSÄTTER PÅ NÄSTA RAD\n\n"
        "ÅTGÄRD\tANSVARIG\tINDIKATORER/UPPFÖLJNING\tTIDPLAN\n"
        "2.1 Första\tPolisen\tAntal\t2024\n"
        "\fÅTGÄRD\tANSVARIG\tINDIKATORER/UPPFÖLJNING\tTIDPLAN\n"
        "2.1 Första\tPolisen\tAntal\t2024\n"
        "Utan nummer\tRegionen\t\t\n"
    )
    lines, _ = text_to_lines(text)
    result = action_table.extract(lines)
    assert result.goals[0].title == "ETT MÅL SOM FORTSÄTTER PÅ NÄSTA RAD"
    assert [a.text for a in result.actions] == ["Första", "Utan nummer"]
    assert (
        result.actions[1].goal_key == "2"
        and result.actions[1].confidence < result.actions[0].confidence
    )
    assert result.actions[0].frequency == "2024"
