"""Generate myndighetsgemensam_handlingsplan.html (invented content, styled like an agency web page).

Run: /work/main/.venv/bin/python make.py
"""

from pathlib import Path

OUT = Path(__file__).with_name("myndighetsgemensam_handlingsplan.html")

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Myndighetsgemensam handlingsplan mot mäns våld mot kvinnor 2025–2027 | Jämställdhetsmyndigheten</title>
<meta name="description" content="Här beskriver vi vilka insatser myndigheterna genomför inom den myndighetsgemensamma handlingsplanen mot mäns våld mot kvinnor och vem som ansvarar för dem.">
<style>
  body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #222; line-height: 1.55; }
  .cookie { background: #f4f1ea; padding: 10px 24px; font-size: 14px; }
  header.site { background: #4b2a5c; color: #fff; padding: 14px 24px; }
  header.site a { color: #fff; text-decoration: none; margin-right: 18px; }
  .logo { font-weight: bold; font-size: 20px; display: block; margin-bottom: 8px; }
  nav.breadcrumb { font-size: 13px; padding: 10px 24px; color: #555; }
  main { display: flex; gap: 40px; padding: 0 24px 40px; max-width: 1100px; }
  article { flex: 3; }
  aside { flex: 1; font-size: 14px; border-left: 3px solid #e5dcea; padding-left: 16px; }
  .ingress { font-size: 19px; }
  .ansvar { display: block; font-size: 14px; color: #4b2a5c; margin-top: 2px; }
  table { border-collapse: collapse; width: 100%; font-size: 15px; }
  th, td { border-bottom: 1px solid #ccc; text-align: left; padding: 6px 8px; vertical-align: top; }
  th { background: #efe8f3; }
  dt { font-weight: bold; margin-top: 10px; }
  footer { background: #2e1a38; color: #ddd; padding: 20px 24px; font-size: 13px; }
</style>
</head>
<body>
<div class="cookie">Vi använder kakor för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a> <button>Godkänn</button></div>
<header class="site">
  <span class="logo">Jämställdhetsmyndigheten</span>
  <a href="/">Start</a>
  <a href="/jamstalldhetspolitiken">Jämställdhetspolitiken</a>
  <a href="/mans-vald-mot-kvinnor">Mäns våld mot kvinnor</a>
  <a href="/prostitution-och-manniskohandel">Prostitution och människohandel</a>
  <a href="/bidrag">Bidrag</a>
  <a href="/om-oss">Om oss</a>
  <a href="/sok">Sök</a>
</header>
<nav class="breadcrumb" aria-label="Brödsmulor">
  <a href="/">Start</a> › <a href="/mans-vald-mot-kvinnor">Mäns våld mot kvinnor</a> › Myndighetsgemensam handlingsplan
</nav>
<main>
<article>
<h1>Myndighetsgemensam handlingsplan mot mäns våld mot kvinnor 2025–2027</h1>
<p class="ingress">Fjorton statliga myndigheter har enats om en gemensam handlingsplan för att förebygga och
bekämpa mäns våld mot kvinnor. Här kan du läsa om planens fem målområden, vilka insatser som ska genomföras
och vilken myndighet som ansvarar för respektive insats.</p>

<h2>Om handlingsplanen</h2>
<p>Handlingsplanen är en del av genomförandet av den nationella strategin för att förebygga och bekämpa mäns
våld mot kvinnor. Regeringen gav i regleringsbrevet för 2024 Jämställdhetsmyndigheten i uppdrag att i dialog
med berörda myndigheter ta fram en samlad plan för perioden 2025–2027. Planen omfattar våld i nära relationer,
sexuellt våld, hedersrelaterat våld och förtryck samt prostitution och människohandel för sexuella ändamål.</p>
<p>Varje myndighet ansvarar för att genomföra sina insatser inom ramen för sina ordinarie uppdrag och
resurser. Jämställdhetsmyndigheten samordnar arbetet och följer upp planen årligen.</p>

<h2 id="malomrade-1">Målområde 1: Våldet förebyggs innan det sker</h2>
<p>Det förebyggande arbetet ska nå barn och unga i skolan och på fritiden och särskilt rikta sig till pojkar
och unga män.</p>
<ol>
  <li><strong>Samtyckeskampanj.</strong> Genomföra en nationell kampanj om samtycke och sexuellt våld riktad till unga män.
    <span class="ansvar">Ansvarig: Jämställdhetsmyndigheten. I samverkan med: Myndigheten för ungdoms- och civilsamhällesfrågor.</span></li>
  <li><strong>Undervisning om sexualitet och relationer.</strong> Ta fram stödmaterial för undervisning om sexualitet, samtycke och relationer i grundskolan och gymnasieskolan.
    <span class="ansvar">Ansvarig: Skolverket. I samverkan med: Folkhälsomyndigheten.</span></li>
  <li><strong>Bidrag till förebyggande arbete.</strong> Fördela bidrag till organisationer som bedriver våldsförebyggande arbete bland unga.
    <span class="ansvar">Ansvarig: Myndigheten för ungdoms- och civilsamhällesfrågor.</span></li>
</ol>

<h2 id="malomrade-2">Målområde 2: Våldsutsatta kvinnor och barn upptäcks och får skydd och stöd</h2>
<p>Våldsutsatta kvinnor och barn ska få ett likvärdigt skydd och stöd i hela landet. Inom målområdet gör
myndigheterna följande.</p>
<h3>Socialstyrelsen</h3>
<ul>
  <li>Revidera föreskrifterna och de allmänna råden om våld i nära relationer och ta fram ett nytt kunskapsstöd för socialtjänsten.</li>
  <li>Fördela utvecklingsmedel till kommuner för insatser till våldsutsatta och våldsutövare.</li>
</ul>
<h3>Brottsoffermyndigheten</h3>
<ul>
  <li>Utveckla informationen till barn som upplevt våld, bland annat på webbplatsen Jagvillveta.se.</li>
</ul>
<h3>Försäkringskassan</h3>
<ul>
  <li>Utveckla rutiner för att uppmärksamma våldsutsatthet i handläggningen av bostadsbidrag och underhållsstöd, i samverkan med Jämställdhetsmyndigheten.</li>
</ul>

<h2 id="malomrade-3">Målområde 3: Hedersrelaterat våld och förtryck bekämpas</h2>
<p>Länsstyrelsen Östergötland ger genom Nationella kompetensteamet stöd till yrkesverksamma i enskilda ärenden som
rör hedersrelaterat våld och förtryck. Under perioden utökar kompetensteamet sitt stöd till skolor och
förskolor.</p>
<p>Migrationsverket stärker sin förmåga att upptäcka hedersrelaterat våld och barnäktenskap i samband med
ansökningar om uppehållstillstånd. Arbetet sker i samverkan med Länsstyrelsen Östergötland.</p>
<p>Socialstyrelsen tar fram en vägledning om vård och stöd till kvinnor och flickor som utsatts för
könsstympning. Vägledningen tas fram i dialog med regionerna.</p>

<h2 id="malomrade-4">Målområde 4: Prostitution och människohandel motverkas</h2>
<p>Fler personer som utsätts för prostitution och människohandel ska upptäckas och få stöd, och fler
förövare ska lagföras.</p>
<table>
  <thead>
    <tr><th>Insats</th><th>Ansvarig myndighet</th><th>I samverkan med</th></tr>
  </thead>
  <tbody>
    <tr><td>Samordna det nationella arbetet mot prostitution och människohandel genom Nationellt metodstöd mot prostitution och människohandel (NMT).</td>
        <td>Jämställdhetsmyndigheten</td>
        <td>Polismyndigheten, Åklagarmyndigheten, Migrationsverket, länsstyrelsernas regionkoordinatorer</td></tr>
    <tr><td>Genomföra riktade insatser mot köp av sexuella tjänster via internet.</td>
        <td>Polismyndigheten</td>
        <td>–</td></tr>
    <tr><td>Genomföra gemensamma kontroller för att upptäcka människohandel för arbetskraftsexploatering.</td>
        <td>Arbetsmiljöverket</td>
        <td>Polismyndigheten, Skatteverket</td></tr>
  </tbody>
</table>

<h2 id="malomrade-5">Målområde 5: Våldsbrott utreds och lagförs effektivare</h2>
<dl>
  <dt>Specialiserade åklagare</dt>
  <dd>Inrätta specialiserade åklagare för ärenden om våld i nära relationer vid samtliga allmänna åklagarkammare.
    <span class="ansvar">Ansvarig: Åklagarmyndigheten</span></dd>
  <dt>Skyddsbedömningar och kontaktförbud</dt>
  <dd>Utveckla arbetet med skyddsbedömningar och utöka användningen av kontaktförbud med elektronisk övervakning.
    <span class="ansvar">Ansvarig: Polismyndigheten. I samverkan med: Kriminalvården.</span></dd>
  <dt>Behandling av våldsutövare</dt>
  <dd>Utöka behandlingsprogrammen för personer dömda för våld i nära relationer, även under frivårdspåföljder.
    <span class="ansvar">Ansvarig: Kriminalvården</span></dd>
</dl>

<h2>Uppföljning</h2>
<p>Myndigheterna rapporterar sina insatser till Jämställdhetsmyndigheten i december varje år.
Jämställdhetsmyndigheten sammanställer en årlig lägesrapport till regeringen. Den första rapporten lämnas
i mars 2026.</p>
<p><a href="/publikationer/myndighetsgemensam-handlingsplan-2025-2027.pdf">Ladda ner handlingsplanen (pdf, 1,2 MB)</a></p>
</article>
<aside>
  <h2>Relaterat</h2>
  <ul>
    <li><a href="/mans-vald-mot-kvinnor/nationella-strategin">Den nationella strategin</a></li>
    <li><a href="/mans-vald-mot-kvinnor/statistik">Statistik om mäns våld mot kvinnor</a></li>
    <li><a href="/prostitution-och-manniskohandel/nmt">Nationellt metodstöd mot prostitution och människohandel</a></li>
  </ul>
  <h2>Behöver du stöd?</h2>
  <p>Kvinnofridslinjen är öppen dygnet runt: 020-50 50 50.</p>
</aside>
</main>
<footer>
  <p>Jämställdhetsmyndigheten, Box 73, 424 22 Angered. Telefon 031-392 90 00.</p>
  <p>Sidan senast uppdaterad: 2025-03-14. Sidansvarig: Enheten för mäns våld mot kvinnor.</p>
  <p><a href="/om-webbplatsen/tillganglighet" style="color:#ddd">Tillgänglighetsredogörelse</a></p>
</footer>
</body>
</html>
"""

OUT.write_text(HTML, encoding="utf-8")
print("wrote", OUT)
