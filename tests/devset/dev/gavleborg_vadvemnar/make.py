"""Generate gavleborg_regional_handlingsplan_2024-2027.pdf.

Layout exercised: one ruled (grid) table "Fokusområde | Vad | Vem | När" where the Fokusområde
cell is printed only on the first row of its group (later rows leave it blank, as if merged),
and the table runs over a page break with the header row repeated. Prose sections before
(Bakgrund, Ansvarsfördelning) and after (Uppföljning) carry no actions.

Run with the project venv:  .venv/bin/python tests/devset/dev/gavleborg_vadvemnar/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "gavleborg_regional_handlingsplan_2024-2027.pdf"

TITLE = "Regional handlingsplan 2024–2027 – våld i nära relationer och hedersrelaterat våld"
ORG = "Länsstyrelsen Gävleborg"
GREEN = colors.HexColor("#2d5e3e")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7)
h1 = ParagraphStyle(
    "h1",
    fontName="Helvetica-Bold",
    fontSize=16,
    leading=20,
    spaceBefore=4,
    spaceAfter=9,
    textColor=GREEN,
)
h2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4
)
actor = ParagraphStyle("actor", parent=body, leftIndent=0, spaceAfter=6)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11.2)
cell_b = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
cell_head = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)


def P(t, s=body):
    return Paragraph(t, s)


def on_first(canv, doc):
    canv.saveState()
    canv.setFillColor(GREEN)
    canv.rect(0, 0, A4[0], 3.2 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 12)
    canv.drawString(2.3 * cm, 1.6 * cm, ORG)
    canv.setFont("Helvetica", 9)
    canv.drawString(2.3 * cm, 1.05 * cm, "Rapport 2024:4 · Enheten för social hållbarhet")
    canv.restoreState()


def on_later(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(2.3 * cm, 1.3 * cm, f"{ORG} · Regional handlingsplan 2024–2027")
    canv.drawRightString(A4[0] - 2.3 * cm, 1.3 * cm, str(doc.page))
    canv.restoreState()


# (fokusområde, [(vad, vem, när), ...])
PLAN = [
    (
        "Förebyggande arbete",
        [
            (
                "Genomföra en länsgemensam kartläggning av det våldsförebyggande arbetet i skolor och "
                "i den öppna fritidsverksamheten.",
                "Länsstyrelsen i samverkan med kommunerna",
                "2024",
            ),
            (
                "Stödja införandet av evidensbaserade våldsförebyggande program, till exempel MVP, i minst "
                "fem av länets kommuner.",
                "Kommunerna i samverkan med Länsstyrelsen",
                "2024–2026",
            ),
            (
                "Arrangera en årlig regional konferens om våldsprevention för chefer och nyckelpersoner.",
                "Länsstyrelsen",
                "Årligen, hösten",
            ),
            (
                "Införa frågor om våld och kontroll i elevhälsans hälsosamtal i årskurs 7 och gymnasiets "
                "första år.",
                "Kommunerna",
                "2025",
            ),
            (
                "Ta fram en kommunikationsinsats om våld i ungas parrelationer tillsammans med länets "
                "ungdomsråd.",
                "Länsstyrelsen i samverkan med Region Gävleborg och ideella organisationer",
                "2025",
            ),
        ],
    ),
    (
        "Stöd och skydd till våldsutsatta och barn",
        [
            (
                "Säkerställa att rutinmässiga frågor om våld ställs inom mödrahälsovården, psykiatrin och "
                "beroendevården.",
                "Region Gävleborg",
                "2024–2025",
            ),
            (
                "Utveckla en samverkansrutin mellan socialtjänst och hälso- och sjukvård för våldsutsatta "
                "patienter som skrivs ut från slutenvården.",
                "Region Gävleborg och kommunerna gemensamt",
                "2025",
            ),
            (
                "Följa upp tillgången till skyddat boende för kvinnor med medföljande barn, missbruk eller "
                "funktionsnedsättning.",
                "Länsstyrelsen i samverkan med kommunerna och kvinnojourerna",
                "2024 och 2026",
            ),
            (
                "Utbilda socialsekreterare i strukturerade bedömningsmetoder, bland annat FREDA, så att "
                "risk och skyddsbehov bedöms likvärdigt i länet.",
                "Kommunerna i samverkan med Länsstyrelsen",
                "2024–2025",
            ),
            (
                "Utöka gruppverksamheten för barn som har upplevt våld så att den finns tillgänglig för "
                "barn i samtliga kommuner.",
                "Kommunerna",
                "2025–2027",
            ),
        ],
    ),
    (
        "Hedersrelaterat våld och förtryck",
        [
            (
                "Ta fram en regional handbok om hedersrelaterat våld och förtryck för yrkesverksamma i "
                "socialtjänst, skola och hälso- och sjukvård.",
                "Länsstyrelsen",
                "2024",
            ),
            (
                "Etablera ett nätverk av hederskontaktpersoner i länets kommuner och i Region Gävleborg.",
                "Länsstyrelsen i samverkan med kommunerna och Region Gävleborg",
                "2024–2025",
            ),
            (
                "Erbjuda föräldraskapsstöd med fokus på barns rättigheter till föräldrar som nyligen har "
                "kommit till Sverige.",
                "Kommunerna i samverkan med civilsamhället",
                "2025–2026",
            ),
            (
                "Utveckla rutiner för att uppmärksamma risk för barnäktenskap och könsstympning vid "
                "skolhälsovårdens hälsobesök.",
                "Kommunerna i samverkan med Region Gävleborg",
                "2025",
            ),
        ],
    ),
    (
        "Våldsutövare och återfall",
        [
            (
                "Kartlägga vilka behandlingsinsatser för våldsutövare som finns i länets kommuner och hur "
                "de följs upp.",
                "Länsstyrelsen",
                "2024",
            ),
            (
                "Erbjuda samtalsbehandling för personer som utövar våld i nära relation via en "
                "länsgemensam mottagning i Gävle.",
                "Gävle kommun i samverkan med övriga kommuner och Kriminalvården",
                "2025–2027",
            ),
            (
                "Förbättra informationsöverföringen till socialtjänsten inför frigivning av personer som "
                "dömts för brott i nära relation.",
                "Kriminalvården i samverkan med kommunerna och Polismyndigheten",
                "2026",
            ),
        ],
    ),
]


def plan_table():
    data = [
        [P("Fokusområde", cell_head), P("Vad", cell_head), P("Vem", cell_head), P("När", cell_head)]
    ]
    for area, rows in PLAN:
        for i, (vad, vem, nar) in enumerate(rows):
            data.append(
                [P(area, cell_b) if i == 0 else "", P(vad, cell), P(vem, cell), P(nar, cell)]
            )
    t = Table(data, colWidths=[3.3 * cm, 7.3 * cm, 3.8 * cm, 2.0 * cm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#4a4a4a")),
                ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return t


def story():
    s = []
    # ---- page 1: title
    s.append(Spacer(1, 4.5 * cm))
    s.append(
        P(
            "Regional handlingsplan 2024–2027",
            ParagraphStyle(
                "t1",
                fontName="Helvetica-Bold",
                fontSize=28,
                leading=33,
                textColor=GREEN,
                spaceAfter=10,
            ),
        )
    )
    s.append(
        P(
            "– våld i nära relationer och hedersrelaterat våld",
            ParagraphStyle("t2", fontName="Helvetica-Bold", fontSize=17, leading=22, spaceAfter=28),
        )
    )
    s.append(
        P(
            "Gävleborgs län",
            ParagraphStyle("t3", fontName="Helvetica", fontSize=13, leading=17, spaceAfter=6),
        )
    )
    s.append(
        P(
            "Framtagen av Länsstyrelsen Gävleborg tillsammans med länets tio kommuner, Region "
            "Gävleborg, Polismyndigheten, Kriminalvården och länets kvinno- och tjejjourer.",
            ParagraphStyle("t4", fontName="Helvetica-Oblique", fontSize=10.5, leading=14),
        )
    )
    s.append(PageBreak())

    # ---- förord + bakgrund
    s.append(P("Förord", h1))
    s.append(
        P(
            "Ingen ska behöva leva med våld eller under hot från den man delar hem med eller från sin egen "
            "familj. Ändå är det verkligheten för tusentals kvinnor, barn och även män i Gävleborg. Den "
            "regionala handlingsplanen är ett gemensamt åtagande från de aktörer som tillsammans kan göra "
            "skillnad: kommunerna, Region Gävleborg, rättsväsendet och civilsamhället. Planen pekar ut ett "
            "begränsat antal åtgärder som vi bedömer ger störst effekt under de kommande fyra åren."
        )
    )
    s.append(
        P(
            "Handlingsplanen har förankrats i länets ledningsgrupp för social hållbarhet och i det "
            "regionala kvinnofridsnätverket. Vi ser fram emot att följa arbetet och att tillsammans "
            "utveckla det vidare. <br/><br/><i>Gävle i januari 2024, Länsstyrelsen Gävleborg</i>"
        )
    )
    s.append(P("Bakgrund", h1))
    s.append(
        P(
            "Gävleborgs län har omkring 287 000 invånare fördelade på tio kommuner: Gävle, Sandviken, "
            "Hofors, Ockelbo, Ovanåker, Bollnäs, Söderhamn, Ljusdal, Hudiksvall och Nordanstig. Länet "
            "präglas av stora avstånd och av skillnader mellan kustkommunerna och inlandet, vilket "
            "påverkar hur tillgängligt stödet är för den som utsätts för våld. I flera av de mindre "
            "kommunerna finns varken kvinnojour eller särskild socialtjänstenhet för våldsärenden."
        )
    )
    s.append(
        P(
            "Polisen registrerade 2023 cirka 1 400 anmälningar om misshandel mot kvinnor i länet, varav "
            "ungefär 60 procent skedde inomhus och i de flesta fall av en närstående. Anmälningarna om "
            "brott mot kontaktförbud och om olaga förföljelse har ökat med drygt 20 procent sedan 2019. "
            "Samtidigt visar nationella undersökningar att bara omkring var femte kvinna som utsätts för "
            "våld av en partner anmäler det till polisen, så den registrerade brottsligheten speglar "
            "endast en del av våldet."
        )
    )
    s.append(
        P(
            "I regionens senaste folkhälsoenkät bland unga uppgav 8 procent av flickorna och 3 procent av "
            "pojkarna i gymnasiets år 2 att de någon gång blivit utsatta för våld av en pojkvän eller "
            "flickvän. Var tionde elev uppgav att familjen bestämmer vem de får bli kär i eller gifta sig "
            "med. Socialtjänsterna i länet handlade under samma år närmare 900 ärenden där våld i nära "
            "relation var en del av bedömningen, och i ungefär hälften av dem fanns barn i hushållet."
        )
    )
    s.append(
        P(
            "Sedan den förra planen löpte ut har länet fått en gemensam struktur för kompetensutveckling "
            "och ett fungerande nätverk för samordnare. De största bristerna som kommunerna själva lyfter "
            "är insatser för våldsutövare, stödet till barn och kunskapen om hedersrelaterat våld och "
            "förtryck i verksamheter som sällan möter frågan."
        )
    )

    s.append(P("Utgångspunkter", h2))
    s.append(
        P(
            "Planen tar sin utgångspunkt i den nationella strategin för att förebygga och bekämpa mäns "
            "våld mot kvinnor och i det jämställdhetspolitiska delmålet om att våldet ska upphöra. Den "
            "omfattar fysiskt, psykiskt, sexuellt och ekonomiskt våld, latent våld och materiellt våld, "
            "liksom försummelse av personer som är beroende av andras omsorg. Hedersrelaterat våld och "
            "förtryck behandlas som en egen fråga eftersom det utövas kollektivt och ofta riktas mot "
            "barn och unga."
        )
    )
    s.append(
        P(
            "Ett barnrättsperspektiv ska genomsyra samtliga insatser. Barn som lever med våld i familjen "
            "är brottsoffer i egen rätt och ska få stöd utifrån sina egna behov. Planen utgår också från "
            "att våldsutsatta med funktionsnedsättning, äldre kvinnor och personer i beroende ställning "
            "kan ha svårare att göra sig hörda och därför behöver uppmärksammas särskilt."
        )
    )

    # ---- ansvarsfördelning (descriptions, not actions)
    s.append(P("Ansvarsfördelning", h1))
    s.append(
        P(
            "Arbetet mot våld i nära relationer och hedersrelaterat våld vilar på flera huvudmän med olika "
            "uppdrag. Nedan beskrivs översiktligt vad respektive aktör ansvarar för enligt lag och "
            "instruktion. Beskrivningen är en bakgrund till handlingsplanens åtgärder och innebär inga "
            "nya åtaganden."
        )
    )
    s.append(
        P(
            "<b>Kommunerna</b> har genom socialtjänsten det yttersta ansvaret för att den som vistas i "
            "kommunen får det stöd och den hjälp som hon eller han behöver. Socialnämnden ska särskilt "
            "beakta att kvinnor och barn som utsatts för våld kan vara i behov av stöd och att barn som "
            "bevittnat våld är brottsoffer. Skolan, förskolan och elevhälsan har en viktig roll i att "
            "upptäcka barn som far illa och är skyldiga att anmäla oro till socialtjänsten.",
            actor,
        )
    )
    s.append(
        P(
            "<b>Region Gävleborg</b> ansvarar för hälso- och sjukvården och tandvården. Vården möter många "
            "våldsutsatta, ofta innan de har sökt hjälp någon annanstans, och har ansvar för att "
            "uppmärksamma våld, dokumentera skador och hänvisa vidare. Regionen driver också "
            "ungdomsmottagningar och barn- och ungdomspsykiatri.",
            actor,
        )
    )
    s.append(
        P(
            "<b>Polismyndigheten</b>, genom polisområde Gävleborg i polisregion Mitt, utreder brott, "
            "fattar beslut om skyddsåtgärder och gör hot- och riskbedömningar. <b>Åklagarmyndigheten</b> "
            "leder förundersökningar i ärenden med känd gärningsperson och beslutar om kontaktförbud. "
            "<b>Kriminalvården</b> verkställer påföljder och ansvarar för återfallsförebyggande "
            "behandlingsprogram för dömda våldsutövare, både i anstalt och inom frivården.",
            actor,
        )
    )
    s.append(
        P(
            "<b>Länsstyrelsen</b> samordnar det regionala arbetet, stödjer kommunerna med "
            "kunskapsutveckling och metodstöd och följer upp hur arbetet utvecklas i länet. "
            "Länsstyrelsen är även regional samordnare i arbetet mot prostitution och människohandel.",
            actor,
        )
    )
    s.append(
        P(
            "<b>Civilsamhället</b>, däribland kvinno- och tjejjourerna och brottsofferjouren, erbjuder "
            "stödsamtal, skyddat boende och medmänskligt stöd och når ofta personer som inte har kontakt "
            "med myndigheterna. Föreningarnas kunskap tas tillvara i det regionala nätverket.",
            actor,
        )
    )

    # ---- the table
    s.append(P("Handlingsplanens åtgärder", h1))
    s.append(
        P(
            "Handlingsplanen är indelad i fyra fokusområden. I tabellen nedan anges för varje åtgärd vad "
            "som ska göras, vem som ansvarar och när åtgärden ska vara genomförd. Under <i>Vem</i> står "
            "först den aktör som har huvudansvaret; de aktörer som anges efter orden ”i samverkan med” "
            "medverkar i genomförandet."
        )
    )
    s.append(plan_table())

    # ---- uppföljning (no actions)
    s.append(P("Uppföljning", h1))
    s.append(
        P(
            "Länsstyrelsen sammanställer varje år en lägesbild över hur åtgärderna fortskrider. Underlaget "
            "hämtas in genom en enkät till de ansvariga aktörerna och kompletteras med dialog i det "
            "regionala kvinnofridsnätverket. Lägesbilden redovisas för ledningsgruppen för social "
            "hållbarhet under första kvartalet."
        )
    )
    s.append(
        P(
            "Vid uppföljningen används även statistik från Polismyndigheten, Socialstyrelsen och "
            "regionens folkhälsoenkäter för att bedöma om utvecklingen i länet går i önskad riktning. "
            "Planen ses över i sin helhet under 2027 inför nästa planperiod."
        )
    )
    return s


def main():
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=2.3 * cm,
        rightMargin=2.3 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title=TITLE,
        author=ORG,
        subject="Regional handlingsplan, Gävleborgs län",
        invariant=1,
    )
    doc.build(story(), onFirstPage=on_first, onLaterPages=on_later)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
