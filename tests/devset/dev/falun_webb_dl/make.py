"""Generate falun_handlingsplan_vald.html: a page of Falu kommun's website, standard library only.

Invented but realistic content. Layout: a municipal web page (header with logo and search,
navigation, breadcrumbs, cookie banner) whose main column has the plan: one <h2> per goal
area whose heading is the area's name and whose goal stands in a <p class="malbeskrivning">
"Mål: ..." line; each measure is an <h3> (the measure's wording) followed by a <dl> with
<dt>Ansvarig</dt>/<dd>, <dt>Samverkan</dt>/<dd>, <dt>Tidsplan</dt>/<dd> and a short <p>. A
second <dl> in the contact box (Telefon, E-post, Besöksadress) and a "Relaterade sidor" <h2>
with links are not part of the plan. A sidebar and footer.

Run from this folder: python make.py
"""

from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "falun_handlingsplan_vald.html"

# (area heading, goal, [(measure, ansvarig, samverkan or "", tidsplan, description)])
PLAN = [
    (
        "Förebygga våld",
        "Fler invånare i Falun har kunskap om våld i nära relationer och vet hur de kan agera",
        [
            (
                "Utbilda personal i förskola och skola i att känna igen tecken på att barn "
                "far illa",
                "Barn- och utbildningsförvaltningen",
                "Socialförvaltningen",
                "2025–2026",
                "Utbildningen ges i två steg och når all pedagogisk personal under perioden.",
            ),
            (
                "Genomföra kampanjen Våga fråga i bostadsområden tillsammans med fastighetsägare",
                "Socialförvaltningen",
                "Kopparstaden AB, Falu kvinno- och tjejjour",
                "Varje höst",
                "Kampanjen sprider information om var man får stöd och hur grannar kan agera.",
            ),
        ],
    ),
    (
        "Stöd till våldsutsatta",
        "Våldsutsatta kvinnor och barn får ett samordnat stöd av god kvalitet",
        [
            (
                "Införa Freda-bedömningar i alla ärenden där våld förekommer",
                "Socialförvaltningen",
                "",
                "2025",
                "Bedömningsinstrumenten används för att kartlägga våldet och bedöma risk.",
            ),
            (
                "Etablera ett samarbete med Barnahus Dalarna om stöd till barn efter förhör",
                "Socialförvaltningen",
                "Region Dalarna, Polismyndigheten",
                "2026",
                "Barnen ska erbjudas krisstöd och uppföljande samtal inom två veckor.",
            ),
            (
                "Erbjuda våldsutsatta förtur till bostad vid uppbrott från en våldsam relation",
                "Samhällsbyggnadsförvaltningen",
                "Kopparstaden AB",
                "2025",
                "Förturen gäller den som har ett beslut om bistånd från socialtjänsten.",
            ),
        ],
    ),
    (
        "Våldsutövare",
        "Fler som utövar våld söker och fullföljer behandling",
        [
            (
                "Erbjuda samtalsbehandling till män som utövar våld, även utan biståndsbeslut",
                "Socialförvaltningen",
                "Kriminalvården",
                "Från 2025",
                "Behandlingen ges individuellt och i grupp.",
            ),
        ],
    ),
]


def page() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        "<title>Handlingsplan mot våld i nära relationer 2025–2027 - Falu kommun</title>",
        "</head><body>",
        '<div class="cookie">Vi använder kakor för att förbättra webbplatsen. '
        "<button>Godkänn</button></div>",
        '<header><a href="/" class="logo">Falu kommun</a>'
        '<form role="search"><input name="q" placeholder="Sök"></form></header>',
        '<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li>'
        '<li><a href="/skola">Förskola och skola</a></li>'
        '<li><a href="/bo">Bygga, bo och miljö</a></li>'
        '<li><a href="/kommun">Kommun och politik</a></li></ul></nav>',
        '<nav class="breadcrumbs"><a href="/">Start</a> › <a href="/omsorg">Omsorg och stöd</a>'
        ' › <a href="/omsorg/vald">Våld i nära relationer</a></nav>',
        "<main>",
        "<h1>Handlingsplan mot våld i nära relationer 2025–2027</h1>",
        '<p class="ingress">Falu kommun arbetar för att ingen ska utsättas för våld. Här '
        "hittar du kommunens handlingsplan mot våld i nära relationer för 2025–2027, som "
        "kommunfullmäktige antog i december 2024.</p>",
        "<p>Planen omfattar tre områden. Under varje område står målet och de åtgärder "
        "kommunen ska genomföra, med ansvarig förvaltning, samverkanspartner och tidsplan. "
        "Planen följs upp varje år av socialnämnden.</p>",
    ]
    for area, goal, measures in PLAN:
        parts.append(f"<h2>{escape(area)}</h2>")
        parts.append(f'<p class="malbeskrivning"><strong>Mål:</strong> {escape(goal)}</p>')
        for text, ansvar, samverkan, tid, desc in measures:
            parts.append(f"<h3>{escape(text)}</h3>")
            parts.append("<dl>")
            parts.append(f"<dt>Ansvarig</dt><dd>{escape(ansvar)}</dd>")
            if samverkan:
                parts.append(f"<dt>Samverkan</dt><dd>{escape(samverkan)}</dd>")
            parts.append(f"<dt>Tidsplan</dt><dd>{escape(tid)}</dd>")
            parts.append("</dl>")
            parts.append(f"<p>{escape(desc)}</p>")
    parts += [
        "<h2>Relaterade sidor</h2>",
        '<ul><li><a href="/omsorg/vald/stod">Stöd om du utsätts för våld</a></li>'
        '<li><a href="/omsorg/vald/heder">Hedersrelaterat våld och förtryck</a></li>'
        '<li><a href="/omsorg/vald/utovare">Stöd till dig som utövar våld</a></li></ul>',
        '<div class="kontakt"><h2>Kontakt</h2><p>Socialförvaltningen, Enheten för våld i nära '
        "relationer</p><dl><dt>Telefon</dt><dd>023-83 000</dd><dt>E-post</dt>"
        "<dd>socialforvaltningen@falun.se</dd><dt>Besöksadress</dt><dd>Stadshuset, "
        "Stigaregatan 1</dd></dl></div>",
        '<p class="uppdaterad">Sidan uppdaterades 2025-01-15</p>',
        "</main>",
        "<aside><h2>Behöver du hjälp nu?</h2><p>Ring 112 vid akut fara. Kvinnofridslinjen "
        "020-50 50 50 är öppen dygnet runt.</p></aside>",
        "<footer><p>Falu kommun, 791 83 Falun. Växel 023-830 00.</p>"
        '<a href="/om-webbplatsen">Om webbplatsen</a> <a href="/tillganglighet">'
        "Tillgänglighetsredogörelse</a></footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def main() -> None:
    OUT.write_text(page(), encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
