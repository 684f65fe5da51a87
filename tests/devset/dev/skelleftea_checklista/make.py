"""Generate skelleftea_handlingsplan_vald_2025-2026.txt (Skellefteå kommun).

Invented but realistic content. A plain-text file kept in a shared wiki-like tool: Markdown-like
'#'/'##'/'###' headings (no real Markdown rendering), the goals as '## Mål N: ...' headings and
the actions as checklist items '- [ ] ...' that end with '(ansvar: X, klart 2025)' or
'(ansvar: X, samverkan: Y, klart 2026)'. A plain '- ' dash list of facts in Bakgrund and an
'### Att tänka på' note list under one goal hold no actions. No form feeds: one page.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

OUT = Path(__file__).with_name("skelleftea_handlingsplan_vald_2025-2026.txt")

# (goal, [(action, ansvar, samverkan or "", klart)], notes)
GOALS = [
    (
        "Fler som utsätts för våld upptäcks och får stöd tidigt",
        [
            (
                "Införa frågor om våld vid alla nybesök inom ekonomiskt bistånd",
                "Socialkontoret",
                "",
                "2025",
            ),
            (
                "Utbilda personal i hemtjänsten i att upptäcka våld mot äldre och "
                "personer med funktionsnedsättning",
                "Omsorgskontoret",
                "",
                "2025",
            ),
            (
                "Erbjuda öppna stödsamtal för våldsutsatta i Boliden, Burträsk och Jörn en "
                "dag i månaden",
                "Socialkontoret",
                "Kvinnojouren i Skellefteå",
                "2026",
            ),
        ],
        [
            "Det finns redan en rutin för orosanmälan, den ska inte göras om.",
            "Tänk på att glesbygden ofta saknar kollektivtrafik till centralorten.",
        ],
    ),
    (
        "Barn som upplever våld får eget stöd",
        [
            (
                "Starta en stödgrupp för barn som upplevt våld två gånger per år",
                "Socialkontoret",
                "Barn- och ungdomspsykiatrin, Region Västerbotten",
                "2025",
            ),
            (
                "Ta fram en rutin för hur förskola och skola agerar när ett barn har "
                "skyddade personuppgifter",
                "Utbildningskontoret",
                "Skatteverket",
                "2025",
            ),
        ],
        [],
    ),
    (
        "Våld i ungas relationer och hedersrelaterat våld förebyggs",
        [
            (
                "Genomföra programmet Mentorer mot våld på alla högstadieskolor",
                "Utbildningskontoret",
                "",
                "2026",
            ),
            (
                "Utbilda fritidsgårdspersonal om hedersrelaterat våld och förtryck",
                "Fritidskontoret",
                "Länsstyrelsen Västerbotten",
                "2025",
            ),
            (
                "Sprida information om stöd vid våld i ungas relationer via skolans "
                "digitala lärplattform",
                "Utbildningskontoret",
                "Tjejjouren Skellefteå",
                "2025",
            ),
        ],
        [],
    ),
    (
        "Den som utövar våld får möjlighet att förändra sitt beteende",
        [
            (
                "Erbjuda behandling i grupp för män som utövar våld i nära relationer",
                "Socialkontoret",
                "Kriminalvården",
                "2026",
            ),
            (
                "Informera om stöd till våldsutövare vid kontakt med familjerätten",
                "Socialkontoret",
                "",
                "2025",
            ),
        ],
        [],
    ),
]


def text() -> str:
    lines = [
        "# Handlingsplan mot våld i nära relationer 2025–2026",
        "",
        "Skellefteå kommun",
        "Fastställd av socialnämnden 2024-12-12, § 187",
        "",
        "## Inledning",
        "",
        "Den här handlingsplanen beskriver vad Skellefteå kommun ska göra under 2025 och 2026",
        "för att förebygga våld i nära relationer och ge stöd till dem som utsätts. Planen",
        "förvaltas av socialkontoret och uppdateras i takt med att aktiviteterna genomförs.",
        "Bocka av en aktivitet när den är genomförd och skriv datum i uppföljningen.",
        "",
        "## Bakgrund",
        "",
        "- 2023 polisanmäldes 356 fall av misshandel i nära relation i kommunen.",
        "- Kvinnojouren i Skellefteå tog emot 740 stödsamtal.",
        "- Nästan hälften av de våldsutsatta som fick stöd bodde utanför centralorten.",
        "",
    ]
    for n, (goal, actions, notes) in enumerate(GOALS, start=1):
        lines += [f"## Mål {n}: {goal}", "", "### Aktiviteter", ""]
        for act, ansvar, samverkan, klart in actions:
            tail = f"ansvar: {ansvar}"
            if samverkan:
                tail += f", samverkan: {samverkan}"
            tail += f", klart {klart}"
            lines.append(f"- [ ] {act} ({tail})")
        lines.append("")
        if notes:
            lines += ["### Att tänka på", ""]
            lines += [f"- {note}" for note in notes]
            lines.append("")
    lines += [
        "## Uppföljning",
        "",
        "Socialkontoret följer upp planen två gånger per år och redovisar till",
        "socialnämnden. Aktiviteter som inte har genomförts flyttas till nästa plan.",
        "",
        "Kontakt: samordnare mot våld i nära relationer, socialkontoret.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    OUT.write_text(text(), encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
