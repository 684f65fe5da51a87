"""Frameworks and themes as data: the shipped files, and a new framework added as a file only."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.classify import ClassItem, classify
from compare.terms import compile_term
from models.frameworks import (
    DEFAULT_FRAMEWORK,
    ENV_FRAMEWORKS_DIR,
    FrameworkError,
    load_framework,
    load_frameworks,
)
from models.themes import load_themes

AGENDA_2030 = """
id = "agenda-2030-test"
name = "Agenda 2030 (delmål 5.2, 5.3, 16.1, 16.2)"
title = "Agenda 2030 för hållbar utveckling"
source = "FN A/RES/70/1"

[cross_cutting]
code = "Z"
title = "Övrigt"

[[objectives]]
code = "5.2"
title = "Avskaffa alla former av våld mot alla kvinnor och flickor"
[objectives.terms]
"*våld*" = 1.0

[[objectives]]
code = "5.3"
title = "Avskaffa alla skadliga sedvänjor, såsom barnäktenskap och kvinnlig könsstympning"
[objectives.terms]
"*könsstympning*" = 1.5
"*äktenskap*" = 1.5
"""


def test_shipped_frameworks() -> None:
    frameworks = load_frameworks()
    assert DEFAULT_FRAMEWORK in frameworks
    assert len(frameworks[DEFAULT_FRAMEWORK].objectives) == 4
    assert frameworks[DEFAULT_FRAMEWORK].codes == ["1", "2", "3", "4"]
    programme = frameworks["atgardsprogram-2024"]
    assert len(programme.objectives) == 6
    assert programme.objective("5").title == "Effektivare brottsbekämpning"
    for framework in frameworks.values():
        assert framework.name and framework.source
        assert framework.cross_cutting.code not in framework.codes
        for objective in framework.objectives:
            assert objective.title and objective.scope and objective.terms
            for term, weight in objective.terms.items():
                assert weight > 0
                compile_term(term, weight)  # every term compiles


def test_national_objective_titles() -> None:
    framework = load_framework()
    assert [o.title for o in framework.objectives] == [
        "Ett utökat och verkningsfullt förebyggande arbete mot våld",
        "Förbättrad upptäckt av våld och starkare skydd och stöd för våldsutsatta kvinnor och barn",
        "Effektivare brottsbekämpning",
        "Förbättrad kunskap och metodutveckling",
    ]
    assert framework.cross_cutting.code == "X" and framework.cross_cutting.terms


def test_a_third_framework_is_only_a_file(tmp_path: Path) -> None:
    (tmp_path / "agenda.toml").write_text(AGENDA_2030, encoding="utf-8")
    frameworks = load_frameworks(extra_dirs=[tmp_path])
    agenda = frameworks["agenda-2030-test"]
    assert agenda.codes == ["5.2", "5.3"]
    labels = classify([ClassItem("a", "Motverka könsstympning och tvångsäktenskap")], agenda)
    assert labels["a"][0].objective_code == "5.3"
    labels = classify([ClassItem("b", "Ta fram en verksamhetsplan")], agenda)
    assert labels["b"][0].objective_code == "Z"  # the cross-cutting code comes from the data


def test_frameworks_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "agenda.toml").write_text(AGENDA_2030, encoding="utf-8")
    assert "agenda-2030-test" not in load_frameworks()
    monkeypatch.setenv(ENV_FRAMEWORKS_DIR, str(tmp_path))
    assert "agenda-2030-test" in load_frameworks()


def test_broken_framework_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('id = "x"\nname = "X"\nobjectives = []\n', encoding="utf-8")
    with pytest.raises(FrameworkError, match="no objectives"):
        load_frameworks(extra_dirs=[tmp_path])
    (tmp_path / "a.toml").write_text(
        AGENDA_2030.replace('id = "agenda-2030-test"', f'id = "{DEFAULT_FRAMEWORK}"'),
        encoding="utf-8",
    )
    with pytest.raises(FrameworkError, match="defined twice"):
        load_frameworks(extra_dirs=[tmp_path])
    with pytest.raises(FrameworkError, match="unknown framework"):
        load_framework("no-such-framework")


def test_themes_load() -> None:
    themes = load_themes()
    assert [t.code for t in themes] == [
        "vald-i-nara-relation",
        "hedersrelaterat-vald",
        "prostitution-manniskohandel",
        "sexuellt-vald",
        "konsstympning",
        "barn-och-tvangsaktenskap",
        "barn",
        "unga",
        "valdsutovare",
        "hbtq",
        "sarskilt-sarbara-grupper",
    ]
    assert all(t.title and t.terms for t in themes)
