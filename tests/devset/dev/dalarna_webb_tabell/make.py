"""Generate lansstyrelsen_dalarna_prostitution_manniskohandel.html (Länsstyrelsen Dalarna).

Invented but realistic content. A county administrative board's web page presenting the
regional handlingsplan mot prostitution och människohandel 2025–2027: site header, navigation,
breadcrumbs, an introduction, then under the <h2> 'Mål och aktiviteter' each goal as an <h3>
('Mål 1. ...') followed by a short paragraph and a <table> whose <th> headers are
'Vad ska göras? | Vem ansvarar? | När?'. A 'Bakgrund i siffror' <h3> with a two-column
statistics table, a 'Kontakt' aside and a footer.

Run from this folder with the project venv: python make.py
"""

from html import escape
from pathlib import Path

OUT = Path(__file__).with_name("lansstyrelsen_dalarna_prostitution_manniskohandel.html")

GOALS = [
    (
        "Kunskapen om prostitution och människohandel ökar hos dem som möter utsatta",
        "Personal i socialtjänst, vård och polis behöver känna igen tecken på att någon "
        "utnyttjas i prostitution eller människohandel och veta vart hen kan hänvisas.",
        [
            (
                "Genomföra en länsgemensam grundutbildning om prostitution och människohandel "
                "för socialtjänst och hälso- och sjukvård",
                "Länsstyrelsen Dalarna",
                "2025",
            ),
            (
                "Ta fram ett webbaserat utbildningsmaterial om människohandel för "
                "arbetskraftsexploatering",
                "Länsstyrelsen Dalarna i samverkan med Arbetsmiljöverket och Skatteverket",
                "2026",
            ),
            (
                "Utbilda barnmorskor och personal på ungdomsmottagningar i att fråga om "
                "sex mot ersättning",
                "Region Dalarna",
                "2025–2026",
            ),
        ],
    ),
    (
        "Personer som säljer sex eller utnyttjas i människohandel får stöd och skydd",
        "Stödet ska vara lätt att hitta och ges utan krav på att personen medverkar i en "
        "rättsprocess.",
        [
            (
                "Inrätta en regional stödmottagning för personer med erfarenhet av sex mot "
                "ersättning",
                "Falu kommun i samverkan med Region Dalarna",
                "2026",
            ),
            (
                "Ta fram en regional rutin för att identifiera och stödja möjliga offer för "
                "människohandel",
                "Länsstyrelsen Dalarna i samverkan med Polisen och Migrationsverket",
                "2025",
            ),
            (
                "Säkerställa att kommunerna kan erbjuda skyddat boende till offer för "
                "människohandel",
                "Kommunerna i Dalarna",
                "2027",
            ),
            (
                "Erbjuda stödsamtal till personer som utnyttjats i människohandel genom "
                "Röda Korsets behandlingscenter",
                "Röda Korset",
                "Löpande",
            ),
        ],
    ),
    (
        "Efterfrågan på köp av sexuella tjänster minskar",
        "Utan efterfrågan ingen marknad. Arbetet riktas både mot sexköpare och mot de "
        "attityder som gör det möjligt att köpa andra människor.",
        [
            (
                "Genomföra riktade insatser mot sexköp i samband med stora evenemang i länet",
                "Polisen",
                "Årligen",
            ),
            (
                "Erbjuda samtal till personer som köper eller riskerar att köpa sex",
                "Borlänge kommun och Region Dalarna",
                "2026",
            ),
            (
                "Genomföra en kampanj riktad till unga män om sexköpslagen",
                "Länsstyrelsen Dalarna i samverkan med ideella föreningar",
                "2025",
            ),
        ],
    ),
]

STATS = [
    ("Anmälda sexköpsbrott i Dalarna 2023", "48"),
    ("Personer som fick stöd av socialtjänsten efter sex mot ersättning", "31"),
    ("Misstänkta fall av människohandel som kom till Länsstyrelsens kännedom", "12"),
]


def page() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>Regional handlingsplan mot prostitution och människohandel 2025–2027 | "
        "Länsstyrelsen Dalarna</title>",
        '<meta name="description" content="Länsstyrelsen Dalarnas handlingsplan mot '
        'prostitution och människohandel 2025–2027">',
        "</head>",
        "<body>",
        '<header class="site-header"><a href="/dalarna">Länsstyrelsen Dalarna</a>',
        '<nav class="main-nav"><ul><li><a href="/dalarna/miljo">Miljö och klimat</a></li>'
        '<li><a href="/dalarna/samhalle">Samhälle</a></li>'
        '<li><a href="/dalarna/manniskor">Människor och samhälle</a></li>'
        '<li><a href="/dalarna/om-oss">Om oss</a></li></ul></nav></header>',
        '<nav class="breadcrumbs"><a href="/dalarna">Startsida</a> › '
        '<a href="/dalarna/samhalle">Samhälle</a> › <a href="/dalarna/samhalle/jamstalldhet">'
        "Jämställdhet</a> › Prostitution och människohandel</nav>",
        "<main>",
        "<article>",
        "<h1>Regional handlingsplan mot prostitution och människohandel 2025–2027</h1>",
        '<p class="ingress">Länsstyrelsen Dalarna har tillsammans med Region Dalarna, '
        "länets kommuner, Polisen och ideella organisationer tagit fram en regional "
        "handlingsplan mot prostitution och människohandel. Planen gäller 2025–2027.</p>",
        "<p>Prostitution och människohandel är en del av mäns våld mot kvinnor. Även män, "
        "hbtqi-personer och barn utnyttjas. Handlingsplanen ska bidra till det nationella "
        "målet att mäns våld mot kvinnor ska upphöra.</p>",
        "<h2>Mål och aktiviteter</h2>",
        "<p>Planen har tre mål. Under varje mål finns de aktiviteter som genomförs under "
        "perioden.</p>",
    ]
    for n, (goal, intro, acts) in enumerate(GOALS, start=1):
        parts.append(f"<h3>Mål {n}. {escape(goal)}</h3>")
        parts.append(f"<p>{escape(intro)}</p>")
        parts.append('<table class="activities">')
        parts.append(
            "<thead><tr><th>Vad ska göras?</th><th>Vem ansvarar?</th><th>När?</th></tr></thead>"
        )
        parts.append("<tbody>")
        for what, who, when in acts:
            parts.append(
                f"<tr><td>{escape(what)}</td><td>{escape(who)}</td><td>{escape(when)}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("<h3>Bakgrund i siffror</h3>")
    parts.append('<table class="stats"><tbody>')
    for label, value in STATS:
        parts.append(f"<tr><td>{escape(label)}</td><td>{value}</td></tr>")
    parts.append("</tbody></table>")
    parts += [
        "<h2>Uppföljning</h2>",
        "<p>Länsstyrelsen samordnar uppföljningen och redovisar resultatet årligen till det "
        "regionala rådet mot våld. Planen utvärderas under 2027.</p>",
        '<p><a href="/dalarna/download/handlingsplan-prostitution-2025-2027.pdf">Ladda ner '
        "handlingsplanen som pdf (1,2 MB)</a></p>",
        "</article>",
        '<aside class="contact">',
        "<h3>Kontakt</h3>",
        "<p>Regional samordnare mot prostitution och människohandel<br>"
        "Telefon: 010-225 00 00<br>E-post: dalarna@lansstyrelsen.se</p>",
        "<h3>Relaterade sidor</h3>",
        '<ul><li><a href="/dalarna/vald">Mäns våld mot kvinnor</a></li>'
        '<li><a href="/dalarna/heder">Hedersrelaterat våld och förtryck</a></li></ul>',
        "</aside>",
        "</main>",
        "<footer><p>Länsstyrelsen Dalarna, Åsgatan 38, 791 84 Falun</p>"
        '<p><a href="/dalarna/tillganglighet">Tillgänglighetsredogörelse</a> | '
        '<a href="/dalarna/cookies">Kakor</a></p></footer>',
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def main() -> None:
    OUT.write_text(page(), encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
