"""Generate karlstad_handlingsplan_heder_2025-2027.txt (Karlstads kommun).

Invented but realistic content, written as the plain-text export of a PDF: hard-wrapped lines,
a form feed between pages, a running footer line 'Sida N av 4', a text table of contents.
Goals are 'Mål N. ...' lines, each followed by a short intro, the line 'Åtgärder:' and actions
as 'a)', 'b)', 'c)' items (wrapped, continuation lines indented) each followed by an indented
line 'Ansvarig: X. Samverkan: Y.'. Pages: 1 titel, innehåll, inledning; 2 bakgrund, mål 1;
3 mål 2-3; 4 mål 4, uppföljning.

Run from this folder with the project venv: python make.py
"""

import textwrap
from pathlib import Path

OUT = Path(__file__).with_name("karlstad_handlingsplan_heder_2025-2027.txt")
WIDTH = 86
TITLE = "Handlingsplan mot hedersrelaterat våld och förtryck 2025–2027"

GOALS = [
    (
        "Hedersrelaterat våld och förtryck upptäcks tidigt",
        "Barn och unga som lever med hedersnormer berättar sällan själva. Personal i skola, "
        "fritid och socialtjänst behöver känna igen signalerna och veta hur de ska agera.",
        [
            (
                "Utbilda all personal inom elevhälsan i att upptäcka och agera vid hedersrelaterat "
                "våld och förtryck.",
                "Barn- och ungdomsförvaltningen",
                "Socialförvaltningen",
            ),
            (
                "Införa en gemensam checklista för skolans agerande vid oro för att en elev ska "
                "föras ut ur landet.",
                "Barn- och ungdomsförvaltningen",
                "Polisen, Socialförvaltningen",
            ),
            (
                "Genomföra strukturerad riskbedömning i alla ärenden där hedersmotiv misstänks.",
                "Socialförvaltningen",
                "–",
            ),
        ],
    ),
    (
        "Den som är utsatt får skydd och stöd anpassat efter hedersproblematiken",
        "Skyddet ska utgå från att hotet ofta kommer från flera personer i familjen och "
        "släkten. Stödet ska också omfatta unga män och hbtqi-personer.",
        [
            (
                "Upphandla skyddat boende med särskild kompetens om hedersrelaterat våld för unga, "
                "även för unga män och hbtqi-personer.",
                "Socialförvaltningen",
                "Länsstyrelsen Värmland",
            ),
            (
                "Erbjuda samtalsstöd till unga som lever med begränsningar av sin frihet.",
                "Socialförvaltningen",
                "Tjejjouren Karlstad, Rädda Barnen",
            ),
            (
                "Ta fram en rutin för samverkan när en utsatt person saknar uppehållstillstånd.",
                "Socialförvaltningen",
                "Migrationsverket",
            ),
        ],
    ),
    (
        "Normer som begränsar unga förändras genom förebyggande arbete",
        "Förebyggande arbete ska nå både unga och deras föräldrar och bygga på dialog om "
        "barns rättigheter, jämställdhet och rätten att själv välja partner.",
        [
            (
                "Erbjuda samtalsgrupper för föräldrar om barns rättigheter och föräldraskap på "
                "arabiska, dari och somaliska.",
                "Socialförvaltningen",
                "Studieförbundet Vuxenskolan",
            ),
            (
                "Genomföra utbildningen Sexualitet, hälsa och rättigheter för nyanlända inom "
                "samhällsorienteringen.",
                "Arbetsmarknadsförvaltningen",
                "Region Värmland",
            ),
            (
                "Ta fram informationsmaterial om rätten att välja partner tillsammans med unga.",
                "Kultur- och fritidsförvaltningen",
                "–",
            ),
        ],
    ),
    (
        "Kunskap och samverkan i kommunens organisation är långsiktig",
        "Arbetet får inte bero på enskilda medarbetare. Det behövs en tydlig samordning och "
        "en uppföljning som visar om insatserna når fram.",
        [
            (
                "Utse en strategisk samordnare mot hedersrelaterat våld och förtryck på "
                "kommunledningskontoret.",
                "Kommunledningskontoret",
                "–",
            ),
            (
                "Delta i det regionala nätverket mot hedersrelaterat våld och förtryck.",
                "Socialförvaltningen",
                "Länsstyrelsen Värmland",
            ),
            (
                "Genomföra en årlig uppföljning av antalet ärenden med hedersmotiv i "
                "socialtjänsten.",
                "Socialförvaltningen",
                "Karlstads universitet",
            ),
        ],
    ),
]


def para(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    ) + [""]


def goal_lines(n: int) -> list[str]:
    title, intro, actions = GOALS[n - 1]
    out = [f"Mål {n}. {title}", ""] + para(intro) + ["Åtgärder:", ""]
    for letter, (text, lead, partner) in zip("abcdefg", actions):
        out += textwrap.wrap(
            text,
            WIDTH,
            initial_indent=f"{letter}) ",
            subsequent_indent="   ",
            break_on_hyphens=False,
        )
        out += [f"   Ansvarig: {lead}. Samverkan: {partner}.", ""]
    return out


def footer(page: int) -> list[str]:
    left = f"Karlstads kommun – {TITLE}"
    return ["", f"{left}{' ' * max(4, WIDTH - len(left) - 12)}Sida {page} av 4"]


def main() -> None:
    p1 = [
        "KARLSTADS KOMMUN",
        "",
        TITLE,
        "",
        "Beslutad av kommunstyrelsen 2025-01-21, § 9",
        "Diarienummer KS-2024-0815",
        "",
        "Innehåll",
        "",
        "Inledning ................................................... 1",
        "Bakgrund .................................................... 2",
        "Mål 1. Hedersrelaterat våld och förtryck upptäcks tidigt .... 2",
        "Mål 2. Den som är utsatt får skydd och stöd ................. 3",
        "Mål 3. Normer som begränsar unga förändras .................. 3",
        "Mål 4. Kunskap och samverkan är långsiktig .................. 4",
        "Uppföljning ................................................. 4",
        "",
        "Inledning",
        "",
    ]
    p1 += para(
        "Karlstads kommun ska arbeta för att alla barn och unga får leva ett liv fritt från "
        "våld och förtryck och själva få bestämma över sina liv, sina kroppar och vem de ska "
        "gifta sig med. Handlingsplanen omfattar kommunens samtliga förvaltningar och gäller "
        "2025–2027."
    )
    p1 += para(
        "Planen bygger på den nationella strategin för att förebygga och bekämpa mäns våld mot "
        "kvinnor och på Länsstyrelsen Värmlands regionala handlingsplan. Den har tagits fram av "
        "socialförvaltningen tillsammans med barn- och ungdomsförvaltningen, "
        "arbetsmarknadsförvaltningen och kultur- och fritidsförvaltningen."
    )
    p2 = ["Bakgrund", ""]
    p2 += para(
        "Hedersrelaterat våld och förtryck har sin grund i starkt patriarkala och "
        "heteronormativa föreställningar där familjens rykte kopplas till flickors och kvinnors "
        "sexualitet. Förtrycket kan ta sig uttryck som"
    )
    for item in (
        "– kontroll av klädsel, umgänge och mobiltelefon,",
        "– begränsningar att delta i skolans idrott och på skolresor,",
        "– tvångsäktenskap, barnäktenskap och bortförande utomlands.",
    ):
        p2.append("  " + item)
    p2.append("")
    p2 += para(
        "I Länsstyrelsen Värmlands kartläggning 2023 uppgav 11 procent av eleverna i årskurs 9 "
        "i Karlstad att deras familj bestämmer vem de får gifta sig med. Socialtjänsten hade "
        "under 2023 totalt 46 ärenden där hedersmotiv fanns med."
    )
    p2 += goal_lines(1)
    p3 = goal_lines(2) + goal_lines(3)
    p4 = goal_lines(4) + ["Uppföljning", ""]
    p4 += para(
        "Socialförvaltningen ansvarar för att planen följs upp årligen och redovisas till "
        "kommunstyrelsen. Varje förvaltning rapporterar sina åtgärder i samband med "
        "verksamhetsberättelsen."
    )
    pages = [p1, p2, p3, p4]
    text = "\f".join("\n".join(lines + footer(i)) + "\n" for i, lines in enumerate(pages, 1))
    OUT.write_text(text, encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
