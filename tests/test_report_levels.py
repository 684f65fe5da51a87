"""The report shows a municipality's plan and the national documents apart from the county's
own plans (issue 11): a county plan, a municipal plan of the same county and a national
programme through the real CLI."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import ROOT, run_cli

MUNICIPAL = """# Handlingsplan mot våld i nära relationer 2024–2026

Sollentuna kommun

## Mål 1: Våldsutsatta upptäcks tidigt

| Åtgärd | Ansvarig | Klart |
|---|---|---|
| Införa frågor om våld i ekonomiskt bistånd | Socialförvaltningen | 2024 |
| Utbilda personal i förskolan om barn som upplever våld | Barn- och utbildningsförvaltningen | 2025 |
"""


def test_municipal_and_national_documents_are_shown_apart(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sets = ROOT / "tests" / "comparison_set"
    shutil.copy(sets / "stockholm_handlingsplan_2023-2025.md", corpus)
    shutil.copy(sets / "regeringen_atgardsprogram_2021-2023.md", corpus)
    (corpus / "sollentuna_handlingsplan_2024-2026.md").write_text(MUNICIPAL, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("run", "--corpus", corpus, "--out", out, "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    html = (out / "report" / "index.html").read_text(encoding="utf-8")
    overview = html[html.index('id="oversikt"') : html.index('id="natverk"')]
    rows = re.findall(r"<tr>.*?</tr>", overview, re.S)
    municipal = [r for r in rows if "sollentuna_handlingsplan" in r]
    county = [r for r in rows if "stockholm_handlingsplan_2023" in r]
    assert len(municipal) == 1 and "kommunal: Sollentuna" in municipal[0]
    assert len(county) == 1 and "länets" in county[0]
    # the national programme is no county's document: its own table, not the overview
    assert "regeringen_atgardsprogram" not in overview
    national = html[html.index('id="nationell"') :]
    assert "regeringen_atgardsprogram_2021-2023.md" in national.split("</table>")[0]
