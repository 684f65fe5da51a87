"""Generate hudiksvall_arbete_mot_vald_i_nara_relationer.html (Hudiksvalls kommun).

Layout exercised: a page saved from a municipality's website. Site header with logo text and
search, a <nav> main menu, breadcrumbs, the article itself (h1, ingress, a few paragraphs,
<h2> goals each followed by a short paragraph and a <ul> of measures where each <li> ends
with " – ansvarig: X"), two more <h2> sections that are not goals (follow-up prose and a
"Behöver du stöd?" list of helplines), an <aside> with contact information and related
links, and a <footer> with address and site links. Everything is on one page (page 1).

Run with the project venv:
    .venv/bin/python tests/devset/dev/halsingland_html/make.py
The HTML file is written next to this script.
"""

from html import escape
from pathlib import Path

OUT = Path(__file__).with_name("hudiksvall_arbete_mot_vald_i_nara_relationer.html")

TITLE = "Kommunens arbete mot våld i nära relationer"

# (goal heading, intro, [(measure, responsible)])
GOALS = [
    (
        "Fler barn och unga får kunskap om relationer utan våld",
        "Vi vill nå barn och unga tidigt, innan destruktiva mönster hinner bli en del av vardagen.",
        [
            (
                "Alla elever i årskurs 8 får delta i lektioner om samtycke, gränser och respekt i "
                "relationer",
                "Utbildningsförvaltningen",
            ),
            (
                "Personalen på kommunens fritidsgårdar utbildas i att prata med unga om våld och "
                "kontroll",
                "Kultur- och fritidsförvaltningen",
            ),
            (
                "Vi erbjuder föräldraträffar om barns och ungas nätvanor och om digitalt våld",
                "Socialtjänsten i samverkan med Region Gävleborg",
            ),
        ],
    ),
    (
        "Våldsutsatta får stöd tidigt och på ett samordnat sätt",
        "Den som utsätts för våld ska få hjälp snabbt, och ingen ska behöva berätta sin historia "
        "gång på gång för olika handläggare.",
        [
            (
                "Socialtjänsten ställer frågor om våld till alla vuxna som ansöker om ekonomiskt "
                "bistånd",
                "Socialtjänsten",
            ),
            (
                "En gemensam rutin tas fram för hur kommunen och hälsocentralerna samarbetar när en "
                "patient berättar om våld",
                "Socialtjänsten och Region Gävleborg",
            ),
            (
                "Kvinnor som behöver skyddat boende ska kunna få plats inom ett dygn, i egen regi "
                "eller genom avtal",
                "Socialtjänsten",
            ),
            (
                "Det idéburna offentliga partnerskapet med den lokala kvinnojouren förlängs för hela "
                "planperioden",
                "Socialtjänsten i samverkan med Kvinnojouren i Hudiksvall",
            ),
            (
                "Personalen inom äldreomsorgen lär sig känna igen tecken på våld mot äldre och hur "
                "de ska agera",
                "Vård- och omsorgsförvaltningen",
            ),
        ],
    ),
    (
        "Barn som lever med våld ska uppmärksammas",
        "Barn som upplever våld i hemmet är brottsoffer och har rätt till eget stöd.",
        [
            (
                "Alla barn som har upplevt våld erbjuds stödsamtal, enskilt eller i grupp",
                "Socialtjänsten",
            ),
            (
                "Förskolor och skolor har aktuella rutiner för orosanmälan när ett barn kan leva "
                "med våld",
                "Utbildningsförvaltningen",
            ),
            (
                "Barn som har varit med vid ett polisingripande i hemmet ska få kontakt med "
                "socialtjänsten samma dag",
                "Polisen och socialtjänsten",
            ),
        ],
    ),
    (
        "Hedersrelaterat våld och förtryck ska upptäckas och motverkas",
        "Ingen ska behöva leva med begränsningar av vem man får träffa, gifta sig med eller vara.",
        [
            (
                "Skolkuratorer och elevhälsans personal utbildas i hedersrelaterat våld och "
                "förtryck",
                "Utbildningsförvaltningen i samverkan med Länsstyrelsen Gävleborg",
            ),
            (
                "Socialtjänsten använder en strukturerad riskbedömning i alla ärenden där det finns "
                "misstanke om hedersmotiv",
                "Socialtjänsten",
            ),
            (
                "Information om rättigheter och om var man kan få stöd ges på flera språk inom "
                "samhällsorienteringen för nyanlända",
                "Arbetsmarknadsförvaltningen",
            ),
        ],
    ),
    (
        "Den som utövar våld ska erbjudas hjälp att sluta",
        "Att arbeta med den som utövar våld är ett sätt att skydda både nuvarande och framtida "
        "partner och barn.",
        [
            (
                "Vi erbjuder samtalsbehandling för personer som utövar våld i nära relationer",
                "Socialtjänsten",
            ),
            (
                "Kommunen och frivården samarbetar kring personer som har dömts för våld i nära "
                "relation och bor i kommunen",
                "Socialtjänsten i samverkan med Kriminalvården",
            ),
        ],
    ),
]


def goal_html(title, intro, measures):
    items = "\n".join(
        f"          <li>{escape(text)} – ansvarig: {escape(resp)}</li>" for text, resp in measures
    )
    return (
        f"        <h2>{escape(title)}</h2>\n"
        f"        <p>{escape(intro)}</p>\n"
        f"        <ul>\n{items}\n        </ul>\n"
    )


def page():
    goals = "\n".join(goal_html(*g) for g in GOALS)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(TITLE)} - Hudiksvalls kommun</title>
  <meta name="description" content="Så arbetar Hudiksvalls kommun mot våld i nära relationer: mål och insatser i handlingsplanen 2024–2026.">
  <link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
  <a class="skip-link" href="#main">Till huvudinnehåll</a>
  <header class="site-header">
    <a class="logo" href="/"><img src="/static/img/logo.svg" alt="Hudiksvalls kommun"></a>
    <form class="search" action="/sok" role="search">
      <label for="q">Sök på webbplatsen</label>
      <input id="q" name="q" type="search" placeholder="Vad letar du efter?">
      <button type="submit">Sök</button>
    </form>
    <ul class="tools">
      <li><a href="/lyssna">Lyssna</a></li>
      <li><a href="/languages">Languages</a></li>
      <li><a href="/e-tjanster">E-tjänster</a></li>
    </ul>
  </header>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod" aria-current="true">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <nav class="breadcrumbs" aria-label="Du är här">
    <ol>
      <li><a href="/">Start</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/omsorg-och-stod/vald-i-nara-relationer">Våld i nära relationer</a></li>
      <li aria-current="page">{escape(TITLE)}</li>
    </ol>
  </nav>
  <div class="page">
    <main id="main">
      <article>
        <h1>{escape(TITLE)}</h1>
        <p class="ingress">Våld i nära relationer är ett allvarligt samhällsproblem som drabbar både vuxna och barn. Hudiksvalls kommun arbetar för att förebygga våldet, upptäcka det tidigt och ge stöd till alla som berörs.</p>
        <p>Kommunfullmäktige antog i mars 2024 en handlingsplan mot våld i nära relationer för åren 2024–2026. Planen gäller alla kommunens förvaltningar och bolag. Den omfattar också hedersrelaterat våld och förtryck och våld mot äldre och personer med funktionsnedsättning.</p>
        <p>Nedan beskriver vi planens mål och de insatser som ska genomföras under perioden. Vid varje insats står vem som ansvarar för den.</p>
{goals}
        <h2>Så följer vi upp arbetet</h2>
        <p>Socialnämnden följer upp handlingsplanen varje år och redovisar resultatet för kommunstyrelsen. Uppföljningen bygger bland annat på statistik från socialtjänsten och på en enkät till förvaltningarna. Under 2026 görs en utvärdering inför nästa planperiod.</p>
        <p>Du kan läsa hela handlingsplanen i vårt dokumentarkiv.</p>
        <h2>Behöver du stöd?</h2>
        <ul class="link-list">
          <li><a href="/omsorg-och-stod/vald-i-nara-relationer/stod-till-dig-som-ar-utsatt">Stöd till dig som är utsatt för våld</a></li>
          <li><a href="/omsorg-och-stod/vald-i-nara-relationer/stod-till-barn">Stöd till barn som upplever våld</a></li>
          <li><a href="/omsorg-och-stod/vald-i-nara-relationer/till-dig-som-utovar-vald">Till dig som utövar våld</a></li>
          <li>Kvinnofridslinjen, dygnet runt: 020-50 50 50</li>
        </ul>
        <p class="updated">Senast uppdaterad: 12 september 2024</p>
      </article>
    </main>
    <aside class="sidebar" aria-label="Kontakt och relaterat">
      <section class="contact">
        <h2>Kontakt</h2>
        <p><strong>Vid akut fara – ring 112</strong></p>
        <p>Socialtjänstens mottagning för vuxna<br>
           Vardagar kl. 8.00–16.30<br>
           Telefon via kontaktcenter: 0650-190 00</p>
        <p>Socialjouren (kvällar och helger)<br>
           Nås via polisen på 114 14</p>
        <p>Samordnare för våld i nära relationer<br>
           <a href="mailto:vald.nara.relationer@hudiksvall.se">vald.nara.relationer@hudiksvall.se</a></p>
      </section>
      <section class="related">
        <h2>Relaterade sidor</h2>
        <ul>
          <li><a href="/omsorg-och-stod/vald-i-nara-relationer/hedersrelaterat-vald">Hedersrelaterat våld och förtryck</a></li>
          <li><a href="/omsorg-och-stod/missbruk-och-beroende">Missbruk och beroende</a></li>
          <li><a href="/omsorg-och-stod/ekonomiskt-bistand">Ekonomiskt bistånd</a></li>
        </ul>
      </section>
    </aside>
  </div>
  <footer class="site-footer">
    <div class="footer-col">
      <p><strong>Hudiksvalls kommun</strong><br>824 80 Hudiksvall<br>Kontaktcenter: 0650-190 00</p>
    </div>
    <ul class="footer-links">
      <li><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
      <li><a href="/om-webbplatsen/kakor">Om kakor</a></li>
      <li><a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a></li>
      <li><a href="/press">Press och media</a></li>
    </ul>
    <p class="copyright">© Hudiksvalls kommun</p>
  </footer>
</body>
</html>
"""


if __name__ == "__main__":
    OUT.write_text(page(), encoding="utf-8")
    print(f"wrote {OUT}")
