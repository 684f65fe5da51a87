"""The agency registry (models/agencies.py + models/data/agencies.toml) and agency recognition
(ingest/agencies.py), measured against hand-written expectations for the corpus texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.agencies import find_agencies, recognise_many, split_responsible
from models.agencies import RegistryError, load_registry, parse_registry
from models.records import ROLE_LEAD, ROLE_PARTNER

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

LST = "Länsstyrelsen"
POL = "Polismyndigheten"
AKL = "Åklagarmyndigheten"
KRV = "Kriminalvården"
REG = "Region"
KOM = "Kommunerna"
CIV = "Civilsamhället"
OK = "Operation Kvinnofrid"
ORIGO = "Origo"
RK = "Regionkoordinatorerna mot prostitution och människohandel"
STHLM = "Storsthlm"
SSTAD = "Stockholms stad"
VSTAD = "Västerås stad"
OSPEC = "Ospecificerade aktörer"

# Every ÅTGÄRD row of corpus/stockholm_handlingsplan_2020-2022.txt: (lead agencies, partner
# agencies), written by reading the ANSVARIG cell.
STOCKHOLM_EXPECTED: dict[str, tuple[list[str], list[str]]] = {
    "1.1": ([LST], [KOM]),  # Länsstyrelsen i samverkan med länets kommuner
    "1.2": ([LST], [KOM]),
    "1.3": ([LST], [KOM]),
    "1.4": ([LST], []),
    "1.5": ([REG], []),  # Region Stockholm
    "1.6": ([OK], []),
    "2.1": ([OK], []),
    "2.2": ([REG], []),
    "2.3": ([KRV], [KOM]),
    "2.4": ([LST, POL, REG], [KOM]),  # Länsstyrelsen, Polisen, Region Stockholm i samverkan ...
    "2.5": ([LST, REG], [OSPEC]),  # ... i samverkan med relevanta aktörer.
    "2.6": ([KRV], []),
    "3.1": ([STHLM, LST], []),
    "3.2": ([LST], [KOM]),  # ... i samverkan med pilotkommuner
    "3.3": ([KRV], []),
    "4.1": ([LST, REG], [RK, KOM]),
    "4.2": ([OK], []),
    "4.3": ([LST], [KOM]),
    "4.4": ([SSTAD], []),
    "4.5": ([POL], []),
    "4.6": ([LST], [ORIGO, KOM]),  # Origo – resurscentrum mot hedersrelaterat förtryck och ...
    "4.7": ([REG], []),
    "4.8": ([REG], []),
    "5.1": ([POL], []),
    "5.2": ([POL], []),
    "5.3": ([KRV], []),
    "6.1": ([POL], [AKL]),
    "6.2": ([POL], [KOM]),
    "6.3": ([POL], [RK, KOM]),
    "6.4": ([LST], [RK, POL, AKL]),
    "7.1": ([STHLM, LST], [KOM]),  # Storsthlm (SKL) och Länsstyrelsen ... pilotkommuner i länet
    "7.2": ([LST, REG, POL], []),
    "7.3": ([ORIGO], [KOM, LST]),
    "7.4": ([REG, POL, LST], [ORIGO, KOM]),
    "7.5": ([LST], [RK, POL, KOM]),  # the second "i samverkan" is noise
    "7.6": ([LST, POL, REG], [ORIGO]),
    "8.1": ([LST], [ORIGO, "Forskare"]),
    "8.2": ([LST, REG], []),
    "8.3": ([POL], [AKL]),
    "8.4": ([REG], [LST]),
    "8.5": ([LST, KRV], [KOM]),  # Länsstyrelsen och Kriminalvården nationellt ... en pilotkommun
}

# Every "* Ansvar:" entry of corpus/vastmanland_strategi_2017-2020.txt (OCR'd), in order.
VASTMANLAND_EXPECTED: list[tuple[list[str], list[str]]] = [
    ([VSTAD], ["Män för jämställdhet"]),  # Visterds stad i samverkan med Min for jimstilldher.
    ([LST], []),
    ([LST], []),
    ([LST, "Barnahus"], []),  # Linsstyrelsen och Barnahus Vistmanland.
    ([LST], []),
    ([LST], [KOM, POL, AKL, KRV, REG, CIV]),  # socialtjinsterna, Polisen, z‘ik/agm‘kammaren, ...
    ([LST], []),
    ([LST], []),
    ([REG, LST], ["Barnahus"]),  # Region Vistmanland samt Linsstyrelsen till-sammans med ...
    ([KOM], []),  # Kommunerna.
    ([LST], []),
    ([KRV], []),  # Kriminalvirden.
    (["Rädda Barnen"], [KOM]),  # Ridda Barnen tillsammans med kommunerna.
    ([LST], []),
    ([LST], []),
    ([LST], [KOM]),  # Linsstyrelsen tillsammans med linets kommuner.
    ([LST], []),
    ([LST], []),  # Léinsstyrelsen.
    ([LST], [VSTAD]),  # Linsstyrelsen tillsammans med Visterds stad.
]

_ROW = re.compile(r"^<b>(\d+\.\d+)\s")


def stockholm_rows() -> dict[str, str]:
    """ANSVARIG cell of every ÅTGÄRD row, by action number."""
    rows = {}
    text = (CORPUS / "stockholm_handlingsplan_2020-2022.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = line.split("\t")
        match = _ROW.match(cells[0])
        if match and len(cells) >= 2:
            rows[match.group(1)] = cells[1].strip()
    return rows


def vastmanland_ansvar() -> list[str]:
    """Each "Ansvar:" text, joined over its (OCR-broken) lines up to the closing full stop."""
    entries, current = [], None
    text = (CORPUS / "vastmanland_strategi_2017-2020.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if "Ansvar:" in line:
            current = [line.split("Ansvar:", 1)[1].strip()]
        elif current is not None and line.strip():
            current.append(line.strip())
        if current is not None and current[-1].endswith("."):
            entries.append(" ".join(current))
            current = None
    return entries


def roles(mentions) -> tuple[list[str], list[str]]:
    leads = [m.name for m in mentions if m.role == ROLE_LEAD]
    partners = [m.name for m in mentions if m.role == ROLE_PARTNER]
    return leads, partners


def names(text: str) -> list[str]:
    return [m.name for m in find_agencies(text)]


# ---------------------------------------------------------------------- registry


def test_registry_loads_with_the_agreed_types():
    registry = load_registry()
    for name in (LST, POL, AKL, KRV, REG, KOM, CIV, STHLM, SSTAD, VSTAD, OK, ORIGO, "Barnahus",
                 RK, "Rädda Barnen", "Män för jämställdhet", "Socialstyrelsen",
                 "Försäkringskassan", "Kronofogdemyndigheten", "Skatteverket", "Migrationsverket",
                 "Forskare", "Resurscentrum Heder", "Familjefrid Kronoberg", "Resursteam Heder",
                 "Centrum mot våld", "IKKR", "ATSU", "Killjouren"):  # fmt: skip
        assert registry.by_name(name).aliases
    kinds = {a.kind for a in registry.agencies}
    assert kinds == {k for k, _ in registry.kinds} - {"okänd"}
    assert {"statlig myndighet", "länsstyrelse", "region", "kommun", "kommunal verksamhet",
            "domstol", "civilsamhälle", "forskning"} <= kinds  # fmt: skip
    assert registry.by_name(REG).kind == "region"
    assert registry.by_name(STHLM).kind == "kommunförbund"
    assert "i samverkan med" in registry.partner_markers


def test_registry_lookup_folds_case_diacritics_and_genitive():
    registry = load_registry()
    assert registry.lookup("Polisens").name == POL
    assert registry.lookup("Lansstyrelsen").name == LST
    assert registry.lookup("Stockholms läns landsting").name == REG
    assert registry.lookup("KSL").name == STHLM
    assert registry.lookup("polisanmälan") is None


def test_registry_rejects_an_alias_owned_by_two_agencies():
    data = {
        "agency": [
            {"name": "A", "kind": "kommun", "aliases": ["kommunerna"]},
            {"name": "B", "kind": "kommun", "aliases": ["Kommunerna"]},
        ]
    }
    with pytest.raises(RegistryError, match="kommunerna"):
        parse_registry(data)
    with pytest.raises(RegistryError, match="lacks"):
        parse_registry({"agency": [{"name": "A", "kind": "kommun"}]})


# ---------------------------------------------------------------------- Stockholm ANSVARIG


def test_every_stockholm_row_is_in_the_expectation_table():
    assert sorted(stockholm_rows()) == sorted(STOCKHOLM_EXPECTED)
    assert len(STOCKHOLM_EXPECTED) == 41


@pytest.mark.parametrize("number", sorted(STOCKHOLM_EXPECTED))
def test_stockholm_responsible_split(number):
    responsible = stockholm_rows()[number]
    assert roles(split_responsible(responsible)) == STOCKHOLM_EXPECTED[number], responsible


def precision_recall(found: set, expected: set) -> tuple[float, float]:
    true = len(found & expected)
    return true / max(len(found), 1), true / max(len(expected), 1)


def test_stockholm_precision_recall():
    rows = stockholm_rows()
    numbers = sorted(rows)
    results = recognise_many([rows[n] for n in numbers], responsible=True)
    found, expected = set(), set()
    for number, mentions in zip(numbers, results, strict=True):
        found |= {(number, m.name, m.role) for m in mentions}
        leads, partners = STOCKHOLM_EXPECTED[number]
        expected |= {(number, n, ROLE_LEAD) for n in leads}
        expected |= {(number, n, ROLE_PARTNER) for n in partners}
    precision, recall = precision_recall(found, expected)
    print(f"\nStockholm ANSVARIG (agency, role) pairs: {len(expected)} expected, "
          f"{len(found)} found, precision {precision:.3f}, recall {recall:.3f}")  # fmt: skip
    assert precision >= 0.95 and recall >= 0.95


def test_raw_mentions_are_kept():
    rows = stockholm_rows()
    mentions = {m.name: m.mention for m in split_responsible(rows["7.1"])}
    assert mentions == {
        STHLM: "Storsthlm (SKL)",
        LST: "Länsstyrelsen",
        KOM: "pilotkommuner i länet",
    }
    origo = next(m for m in split_responsible(rows["4.6"]) if m.name == ORIGO)
    assert origo.mention == "Origo – resurscentrum mot hedersrelaterat förtryck"
    assert origo.kind == "samverkansorgan" and origo.score == 100.0
    kriminalvarden = split_responsible(rows["8.5"])[1]
    assert kriminalvarden.mention == "Kriminalvården nationellt"


def test_an_agency_appears_once_and_lead_wins():
    mentions = split_responsible(
        "Polisen och Länsstyrelsen i samverkan med polisen och Polisens FoU"
    )
    assert roles(mentions) == ([POL, LST], [])


def test_without_a_marker_everyone_leads():
    assert roles(split_responsible("Länsstyrelsen, Region Stockholm och Polisen")) == (
        [LST, REG, POL],
        [],
    )


# ---------------------------------------------------------------------- Västmanland Ansvar (OCR)


def test_vastmanland_ansvar_entries():
    entries = vastmanland_ansvar()
    assert len(entries) == len(VASTMANLAND_EXPECTED) == 19
    got = [roles(m) for m in recognise_many(entries, responsible=True)]
    for entry, actual, expected in zip(entries, got, VASTMANLAND_EXPECTED, strict=True):
        assert actual == expected, entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Linsstyrelsen i samverkan socialtjinsterna, Polisen, z‘ik/agm‘kammaren, "
            "Kriminalvirden, Region Vistmanland och tjej- och kvinngjourerna.",
            ([LST], [KOM, POL, AKL, KRV, REG, CIV]),
        ),
        (
            "Region Vistmanland samt Linsstyrelsen till-sammans med Barnahus Vistmanland.",
            ([REG, LST], ["Barnahus"]),
        ),
        ("Ridda Barnen tillsammans med kommunerna.", (["Rädda Barnen"], [KOM])),
        (
            "Visterds stad i samverkan med Min for jimstilldher.",
            ([VSTAD], ["Män för jämställdhet"]),
        ),
        ("Linsstyrelsen tillsammans med linets kommuner.", ([LST], [KOM])),
    ],
)
def test_vastmanland_lines_from_the_brief(text, expected):
    assert roles(split_responsible(text)) == expected


def test_ocr_mentions_keep_raw_words_and_score_lower():
    mentions = split_responsible(
        "Linsstyrelsen i samverkan socialtjinsterna, Polisen, z‘ik/agm‘kammaren, "
        "Kriminalvirden, Region Vistmanland och tjej- och kvinngjourerna."
    )
    raw = {m.name: (m.mention, m.score) for m in mentions}
    assert raw[AKL][0] == "z‘ik/agm‘kammaren"
    assert raw[CIV][0] == "tjej- och kvinngjourerna"
    assert raw[POL] == ("Polisen", 100.0)
    assert all(score < 100 for name, (_, score) in raw.items() if name != POL)
    assert raw[AKL][1] < raw[LST][1]  # the head rule is the weakest evidence


# ---------------------------------------------------------------------- running text


def test_genitives():
    assert names("Polisens, Kriminalvårdens och Länsstyrelsens uppdrag") == [POL, KRV, LST]
    assert names("inom Region Stockholms uppföljningssystem") == [REG]
    assert names("Åklagarmyndighetens och Storsthlms ansvar") == [AKL, STHLM]


def test_county_forms_of_the_region():
    assert names("Region Stockholm") == [REG]
    assert names("Stockholms läns landsting") == [REG]
    assert names("Region Kronoberg och Region Västmanland") == [REG, REG]
    assert names("hälso- och sjukvården") == [REG]
    # "Region Mitt" is a police/cooperation region, not the county's healthcare region
    assert names("inom Region Mitt") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Linsstyrelsen", LST),
        ("Lansstyrelsen", LST),
        ("Léinsstyrelsen", LST),
        ("Kriminalvirden", KRV),
        ("Aklagarkammaren i Vasteras", AKL),
        ("Alklagarkammaren i Visteras", AKL),
        ("Visterds stad", VSTAD),
        ("Ridda Barnen", "Rädda Barnen"),
        ("Min for jimstilldher", "Män för jämställdhet"),
        ("Polisomrade Vastmanland", POL),
        ("polisområde Västmanland", POL),
        ("Storsthim", STHLM),
        ("Forsikringskassan", "Försäkringskassan"),
    ],
)
def test_ocr_variants(text, expected):
    mentions = find_agencies(text)
    assert [m.name for m in mentions] == [expected]
    assert mentions[0].mention == text


def test_collective_forms():
    assert names("länets kommuner") == [KOM]
    assert names("linets kommuner") == [KOM]
    assert names("socialtjänsten") == [KOM]
    assert names("kvinnojourer") == [CIV]
    assert names("tjej- och kvinnojourerna") == [CIV]
    assert names("ideella föreningar och idéburna organisationer") == [CIV, CIV]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the municipalities' and regions' services named as the actor of a measure
        ("Familjerätten och socialjouren", ["Kommunerna", "Kommunerna"]),
        ("Räddningstjänsten", ["Kommunerna"]),
        ("Beroendevården", ["Region"]),
        ("Kommunpolisen", ["Polismyndigheten"]),
        ("Samordningsförbundet Västra Mälardalen", ["Samordningsförbundet"]),
        ("Trafikverket", ["Trafikverket"]),
        ("idrottsrörelsen", ["Civilsamhället"]),
        # a foundation whose name is close to Barnahus is not Barnahus
        ("Allmänna barnhuset", ["Allmänna barnhuset"]),
    ],
)
def test_services_and_bodies_common_in_plans(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_overlaps_resolve_to_the_longest_mention():
    mentions = find_agencies("Origo – Resurscentrum mot hedersrelaterat förtryck och våld")
    assert [(m.name, m.mention) for m in mentions] == [
        (ORIGO, "Origo – Resurscentrum mot hedersrelaterat förtryck och våld")
    ]
    # "(SKL)" belongs to Storsthlm's mention, not to Sveriges Kommuner och Regioner
    assert names("Storsthlm (SKL)") == [STHLM]
    assert names("regionkoordinatorerna mot prostitution och människohandel") == [RK]


def test_participants_in_running_text():
    text = (
        "Deltagande myndigheter är Länsstyrelsen, Kriminalvården, Polisen, Åklagarmyndigheten, "
        "Region Stockholm, Stockholms stad och Storsthlm som företräder länets 26 kommuner."
    )
    assert names(text) == [LST, KRV, POL, AKL, REG, SSTAD, STHLM, KOM]
    ocr = (CORPUS / "stockholm_avsiktsforklaring_2019.txt").read_text(encoding="utf-8")
    line = next(line for line in ocr.splitlines() if line.startswith("Lansstyrelsen, Kriminal"))
    assert names(line) == [LST, KRV, POL, REG, SSTAD, STHLM]


@pytest.mark.parametrize(
    "text",
    [
        "polisanmälan",
        "uppmuntra enskild till polisanmälan och vid grova brott överväga polisanmälan",
        "regionala",
        "andra regionala och lokala myndigheter",
        "kommunikationsstrategi",
        "Kommunikationsstrategi är framtagen",
        "forskning",
        "sprida kunskap om aktuell forskning och behandlingsmetoder",
        "kommunbesök",
        "Erbjud kommuner stöd i att utveckla ett tvärsektoriellt och tidigt förebyggande "
        "arbete genom dialog och kommunbesök",
        "socialtjänstlagen",
        "Regeringens skrivelse Skr 2016/17:10",
        "tre regioner i Sverige",
        "Jamstalldhet.vastmanland @lansstyrelsen.se",
        "www.lansstyrelsen.se/stockholm",
    ],
)
def test_ordinary_words_are_not_agencies(text):
    assert find_agencies(text) == []


def test_recognise_many_matches_single_calls():
    texts = list(stockholm_rows().values())[:10] + ["Ridda Barnen", ""]
    assert recognise_many(texts) == [find_agencies(t) for t in texts]
    assert recognise_many(texts, responsible=True) == [split_responsible(t) for t in texts]
