"""A small hand-made set of county plans with known gaps and overlaps, for tests/test_findings.py.

Three counties, each one document:
- Stockholm (AB), handlingsplan, 4 actions, all with agencies, indicators and a time frame.
- Västmanland (U), strategi, 3 actions, none with an indicator or a time frame, one without
  an agency.
- Kronoberg (G), handlingsplan, 2 actions, no agencies, indicators but no time frame.

Known overlaps (a reader sees them by eye):
- the web course on honour-related violence, named "webbkursheder.se" (AB 1.2) and
  "Webbkurs Heder" (G 1.1): named-initiative;
- campaigns against attitudes to sex purchase, AB 1.1 and U 1.1: wording (kampanj + sexköp);
- treatment programmes for perpetrators in Kriminalvården, AB 2.2 and U 2.1: wording.
"""

from __future__ import annotations

from models.records import Action, AgencyMention, ExtractedDocument, Goal


def _agency(name: str, kind: str, role: str = "lead") -> AgencyMention:
    return AgencyMention(mention=name, name=name, kind=kind, role=role)


LST = ("Länsstyrelsen", "statlig myndighet")
POLIS = ("Polismyndigheten", "statlig myndighet")
KRIM = ("Kriminalvården", "statlig myndighet")
KOMMUN = ("Kommunerna", "kommun")
VAGUE = ("Ospecificerade aktörer", "ospecificerad")


def stockholm() -> ExtractedDocument:
    return ExtractedDocument(
        path="/fixtures/stockholm_handlingsplan.txt", sha256="a" * 64, title="Handlingsplan AB",
        county_code="AB", kind="handlingsplan", pages=3,
        goals=[Goal("1", "Förebyggande arbete mot våld", number="1", page=1),
               Goal("2", "Brottsbekämpning och våldsutövare", number="2", page=2)],
        actions=[
            Action("1.1", "Genomföra riktade kampanjer för att påverka attityder kring sexköp"
                   " och förebygga våld", goal_key="1", number="1.1", page=1,
                   indicators="Antal kampanjer", frequency="Årligen",
                   agencies=[_agency(*LST), _agency(*KOMMUN, role="partner")]),
            Action("1.2", 'Sprida grundkursen om hedersrelaterat våld och förtryck'
                   ' "webbkursheder.se" till yrkesverksamma', goal_key="1", number="1.2", page=1,
                   indicators="Antal kursdeltagare", frequency="Årligen",
                   agencies=[_agency(*LST), _agency(*VAGUE, role="partner")]),
            Action("2.1", "Polisen ska utreda och lagföra fler sexualbrott och våldtäkter",
                   goal_key="2", number="2.1", page=2, indicators="Antal lagförda",
                   frequency="Årligen", agencies=[_agency(*POLIS)]),
            Action("2.2", "Fler våldsutövare erbjuds behandlingsprogram mot våld inom"
                   " Kriminalvården", goal_key="2", number="2.2", page=2,
                   indicators="Antal deltagare", frequency="Vid planperiodens slut",
                   agencies=[_agency(*KRIM)]),
        ],
    )  # fmt: skip


def vastmanland() -> ExtractedDocument:
    return ExtractedDocument(
        path="/fixtures/vastmanland_strategi.txt", sha256="b" * 64, title="Strategi U",
        county_code="U", kind="strategi", pages=2,
        goals=[Goal("1", "Förebyggande arbete mot våld", number="1", page=1),
               Goal("2", "Våldsutövare", number="2", page=2)],
        actions=[
            Action("1.1", "Motverka attityder kring sexköp", goal_key="1", number="1.1", page=1,
                   insats='Kampanjen "Du avgör!"', agencies=[_agency(*LST)]),
            Action("2.1", "Män som döms för våld ska genomgå återfallsförebyggande"
                   " behandlingsprogram inom Kriminalvården", goal_key="2", number="2.1", page=2,
                   agencies=[_agency(*KRIM)]),
            Action("2.2", "Polisen ska utreda brott i nära relation snabbare och lagföra fler",
                   goal_key="2", number="2.2", page=2),
        ],
    )  # fmt: skip


def kronoberg() -> ExtractedDocument:
    return ExtractedDocument(
        path="/fixtures/kronoberg_handlingsplan.txt", sha256="c" * 64, title="Handlingsplan G",
        county_code="G", kind="handlingsplan", pages=1,
        goals=[Goal("1", "Kunskap och information", number="1", page=1)],
        actions=[
            Action("1.1", "Sprida information och följa upp användningen av Webbkurs Heder",
                   goal_key="1", number="1.1", page=1, indicators="Årsuppföljning"),
            Action("1.2", "Utbildning för förskolans personal om barn som upplever våld",
                   goal_key="1", number="1.2", page=1, indicators="Årsuppföljning"),
        ],
    )  # fmt: skip


def documents() -> list[ExtractedDocument]:
    return [stockholm(), vastmanland(), kronoberg()]
