"""Generate nassjo_atgardsplan_vald.html: a page of Nässjö kommun's website, standard library
only.

Invented but realistic content. Layout: a municipal web page (header, navigation, breadcrumbs)
whose plan stands in accordions: one <details> per goal whose <summary> reads "Mål 1. ..." and
whose body is a short <p> and a <ul> of measures, each <li> ending in a <span class="ansvar">
"Ansvar: X" (some also "Samverkan: Y"). A last accordion "Så följer vi upp planen" holds no
measures, and an FAQ block of <details> ("Vart vänder jag mig?") is not part of the plan.

Run from this folder: python make.py
"""

from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nassjo_atgardsplan_vald.html"

# (goal, intro, [(measure, ansvar, samverkan or "")])
PLAN = [
    (
        "Barn och unga i Nässjö vet vad våld är och var de kan få hjälp",
        "Skolan och fritiden är de platser där flest barn nås.",
        [
            (
                "Genomföra lektioner om sunda relationer i årskurs 7–9 varje läsår",
                "Barn- och utbildningsförvaltningen",
                "",
            ),
            (
                "Sprida information om stödlinjer på fritidsgårdar och i sociala medier",
                "Kultur- och fritidsförvaltningen",
                "Nässjö tjejjour",
            ),
        ],
    ),
    (
        "Våldsutsatta vuxna får stöd som är samordnat och anpassat efter deras behov",
        "Stödet ska vara lätt att hitta och ges utan dröjsmål.",
        [
            (
                "Inrätta en gemensam ingång till stöd för våldsutsatta inom socialtjänsten",
                "Socialförvaltningen",
                "",
            ),
            (
                "Ta fram en rutin för samordnad individuell plan vid skyddat boende",
                "Socialförvaltningen",
                "Region Jönköpings län",
            ),
            (
                "Erbjuda tolk och information på lätt svenska och flera språk i alla stödsamtal",
                "Socialförvaltningen",
                "",
            ),
        ],
    ),
    (
        "Den som utövar våld erbjuds behandling så att våldet upphör",
        "",
        [
            (
                "Erbjuda behandlingsprogram för våldsutövare i samarbete med grannkommunerna",
                "Socialförvaltningen",
                "Eksjö kommun, Vetlanda kommun",
            ),
            (
                "Informera om stöd för att sluta utöva våld i samband med polisanmälan",
                "Polismyndigheten",
                "Socialförvaltningen",
            ),
        ],
    ),
]


def page() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        "<title>Åtgärdsplan mot våld i nära relationer 2025–2027 – Nässjö kommun</title>",
        "</head><body>",
        '<header><a class="logo" href="/">Nässjö kommun</a>'
        '<form role="search"><input name="q" placeholder="Sök på webbplatsen"></form></header>',
        '<nav><ul><li><a href="/stod">Stöd och omsorg</a></li><li><a href="/skola">Utbildning'
        '</a></li><li><a href="/kommun">Kommun och politik</a></li></ul></nav>',
        '<nav class="breadcrumbs"><a href="/">Start</a> / <a href="/stod">Stöd och omsorg</a>'
        " / Våld i nära relationer</nav>",
        "<main>",
        "<h1>Åtgärdsplan mot våld i nära relationer 2025–2027</h1>",
        '<p class="ingress">Kommunfullmäktige i Nässjö antog i november 2024 en åtgärdsplan '
        "mot våld i nära relationer. Planen har tre mål. Klicka på ett mål för att se vad "
        "kommunen ska göra och vem som ansvarar.</p>",
    ]
    for n, (goal, intro, measures) in enumerate(PLAN, 1):
        parts.append('<details class="accordion">')
        parts.append(f"<summary>Mål {n}. {escape(goal)}</summary>")
        parts.append('<div class="accordion__body">')
        if intro:
            parts.append(f"<p>{escape(intro)} Det här ska vi göra:</p>")
        parts.append("<ul>")
        for text, ansvar, samverkan in measures:
            extra = (
                f' <span class="samverkan">Samverkan: {escape(samverkan)}</span>'
                if samverkan
                else ""
            )
            parts.append(
                f'<li>{escape(text)}. <span class="ansvar">Ansvar: {escape(ansvar)}</span>{extra}</li>'
            )
        parts.append("</ul></div></details>")
    parts += [
        '<details class="accordion"><summary>Så följer vi upp planen</summary>'
        '<div class="accordion__body"><p>Socialnämnden följer upp planen varje år och '
        "rapporterar till kommunstyrelsen. Uppföljningen bygger på statistik från "
        "socialtjänsten och på elevhälsans enkät.</p></div></details>",
        "<h2>Vanliga frågor</h2>",
        "<details><summary>Vart vänder jag mig om jag utsätts för våld?</summary><p>Kontakta "
        "socialtjänsten på 0380-51 80 00. Vid akut fara, ring 112.</p></details>",
        "<details><summary>Kan jag vara anonym?</summary><p>Ja, du kan ringa och få råd utan "
        "att uppge ditt namn.</p></details>",
        '<p class="uppdaterad">Senast uppdaterad: 2025-02-03</p>',
        "</main>",
        "<footer><p>Nässjö kommun, 571 80 Nässjö. Telefon 0380-51 80 00.</p></footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def main() -> None:
    OUT.write_text(page(), encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
