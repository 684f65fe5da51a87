"""The words of SYNTHETIC plans: how Swedish county and municipal plans against men's violence
against women phrase a measure (a verb, what is done, for whom, about what, when), their goals
and their background prose. Written for the benchmark from how such plans are written in
general, not taken from any one document; slots are filled at random by benchmarks/synthetic.py,
so that a national corpus has as many distinct wordings as a real one.

Agencies are not listed here: they come from the project's registry (models/data/agencies.toml,
counties.csv, municipalities.csv)."""

from __future__ import annotations

# what the violence is called (object of knowledge, training, mapping)
TOPICS = (
    "våld i nära relationer", "mäns våld mot kvinnor", "hedersrelaterat våld och förtryck",
    "prostitution och människohandel för sexuella ändamål", "sexuellt våld",
    "våld mot äldre kvinnor", "våld mot kvinnor med funktionsnedsättning",
    "digitalt våld och näthat", "barn som upplever våld", "ekonomiskt våld",
    "våld i ungas parrelationer", "könsstympning av flickor och kvinnor",
    "barnäktenskap och tvångsäktenskap", "eftervåld vid separation", "stalkning",
    "våld i samkönade relationer", "sexuella trakasserier", "våld under graviditet",
    "kontrollerande beteende", "psykiskt våld", "våld mot kvinnor i missbruk",
    "hot och våld mot skyddade personer",
)  # fmt: skip

# who is reached (the measure's target group)
GROUPS = (
    "våldsutsatta kvinnor", "barn och unga", "unga vuxna", "äldre kvinnor",
    "kvinnor med funktionsnedsättning", "nyanlända kvinnor", "våldsutövare",
    "män som vill bryta sitt våldsbeteende", "föräldrar", "elever på högstadiet",
    "gymnasieelever", "personer i prostitution", "hbtqi-personer", "kvinnor i missbruk",
    "barn i skyddat boende", "pojkar och unga män", "flickor som riskerar att giftas bort",
    "anhöriga till våldsutsatta", "studenter", "vårdnadshavare",
)  # fmt: skip

# who is trained (professionals)
STAFF = (
    "personal inom socialtjänsten", "barnmorskor och sjuksköterskor", "lärare och elevhälsa",
    "förskolepersonal", "fritidsledare", "handläggare på arbetsförmedlingen",
    "biståndshandläggare i äldreomsorgen", "personal på HVB-hem", "tolkar",
    "chefer inom vård och omsorg", "personal på ungdomsmottagningar", "poliser i yttre tjänst",
    "åklagare och utredare", "frivårdsinspektörer", "personal inom psykiatrin",
    "tandvårdspersonal", "bostadsbolagens hyresvärdar", "ideella jourer", "skolkuratorer",
    "personal inom LSS-verksamheter", "nyckelpersoner i föreningslivet",
)  # fmt: skip

# where or in what setting
SETTINGS = (
    "i länet", "i kommunerna", "i skolan", "inom primärvården", "på ungdomsmottagningarna",
    "inom äldreomsorgen", "i socialtjänstens mottagning", "på länets vårdcentraler",
    "inom missbruks- och beroendevården", "i idrottsrörelsen", "på fritidsgårdar",
    "inom kriminalvården", "i rättsprocessen", "i länets glesbygd", "på arbetsplatser",
)  # fmt: skip

# documents and tools that measures produce
PRODUCTS = (
    "en gemensam rutin", "ett metodstöd", "en vägledning", "en handbok", "en checklista",
    "en kunskapsöversikt", "ett utbildningspaket", "en webbutbildning", "ett informationsmaterial",
    "en samverkansöverenskommelse", "en kommunikationsplan", "en lägesbild", "en handlingsplan",
    "ett screeningformulär", "en riskbedömningsmodell", "en kartläggning", "en uppföljningsmodell",
)  # fmt: skip

EVENTS = (
    "en länskonferens", "regionala nätverksträffar", "dialogmöten", "utbildningsdagar",
    "seminarier", "en kampanj", "workshoppar", "frukostmöten", "en temavecka",
    "studiecirklar", "fokusgrupper", "en hearing",
)  # fmt: skip

SUPPORT = (
    "samtalsstöd", "skyddat boende", "stödsamtal i grupp", "juridisk rådgivning",
    "behandling", "stödboende", "tolkstöd", "ekonomisk rådgivning", "traumabehandling",
    "familjebehandling", "stödpersoner i rättsprocessen", "krisstöd", "uppsökande stöd",
)  # fmt: skip

METHODS = (
    "FREDA-bedömning", "SARA:SV", "Mentorer i våldsprevention", "Huskurage",
    "rutinmässiga frågor om våld", "strukturerade riskbedömningar", "Barnahusmodellen",
    "motiverande samtal", "normkritiska metoder", "Ansvarsfull samverkan",
    "Trygga barn-metoden", "PATRIARK", "Bättre beslut",
)  # fmt: skip

PURPOSES = (
    "att upptäcka våld tidigt", "att förebygga återfall i våld", "att skydda barn som upplever våld",
    "att korta väntetiderna till stöd", "att säkra bevisning vid misstänkt brott",
    "att stärka våldsutsattas ekonomiska självständighet", "att förebygga hedersrelaterat våld",
    "att minska efterfrågan på sexuella tjänster", "att stödja en trygg rättsprocess",
    "att samordna insatser kring enskilda ärenden", "att nå kvinnor som inte söker stöd själva",
    "att ge barn egna insatser", "att förebygga våld bland unga",
)  # fmt: skip

WHEN = (
    "2025", "2026", "2027", "2025–2026", "2026–2027", "Löpande", "Årligen", "Under planperioden",
    "Senast december 2026", "Hösten 2025", "Våren 2026", "Klart 2027", "Varje termin",
    "Två gånger per år", "Från 2026",
)  # fmt: skip

# A measure: a template whose slots name the lists above ({topic}, {group}, ...; {agency} is
# an agency of the plan's county). Each begins with the verb, as plans write measures.
MEASURES = (
    "Utbilda {staff} om {topic}",
    "Genomföra utbildning för {staff} i {method}",
    "Ta fram {product} om {topic} för {staff}",
    "Ta fram {product} för {purpose}",
    "Erbjuda {support} till {group} {setting}",
    "Erbjuda {group} {support} med kort väntetid",
    "Kartlägga förekomsten av {topic} bland {group} {setting}",
    "Kartlägga hur {staff} arbetar med {topic}",
    "Anordna {event} om {topic} för {staff}",
    "Anordna {event} för {group} om {topic}",
    "Sprida kunskap om {topic} till {group}",
    "Sprida {product} om {topic} till {staff} {setting}",
    "Införa {method} {setting} för {purpose}",
    "Implementera {method} i arbetet med {group}",
    "Utveckla {product} för {purpose}",
    "Utveckla samverkan med {agency} kring {topic}",
    "Stärka stödet till {group} som utsatts för {topic}",
    "Stärka kompetensen hos {staff} om {topic}",
    "Inrätta en funktion {setting} för {purpose}",
    "Inrätta ett samverkansforum om {topic} tillsammans med {agency}",
    "Följa upp {product} om {topic} årligen",
    "Följa upp hur {staff} ställer frågor om {topic}",
    "Säkerställa att {group} {setting} får {support}",
    "Säkerställa att {staff} känner till {method}",
    "Samordna insatser för {group} med {agency}",
    "Driva en kampanj om {topic} riktad till {group}",
    "Verka för att {group} {setting} nås av information om {support}",
    "Pröva {method} för {purpose}",
    "Skapa mötesplatser för {group} med fokus på {topic}",
    "Upprätta {product} om {topic} tillsammans med {agency}",
    "Inventera behovet av {support} bland {group}",
    "Främja {method} {setting}",
    "Öka kunskapen hos {group} om {topic}",
    "Förbättra upptäckten av {topic} {setting}",
    "Etablera {support} för {group} {setting}",
    "Tillhandahålla {support} för {group} i samverkan med {agency}",
)  # fmt: skip

# the plan's goals under an area: what is to be true at the plan's end
GOALS = (
    "{group} som utsätts för {topic} får stöd och skydd",
    "Kunskapen om {topic} ökar bland {staff}",
    "Fler fall av {topic} upptäcks tidigt",
    "Våld förebyggs bland {group}",
    "Myndigheterna samverkar kring {topic}",
    "Återfall i {topic} förebyggs",
    "{group} har tillgång till {support}",
    "Rättsväsendets arbete mot {topic} är effektivt",
    "Arbetet mot {topic} följs upp systematiskt",
    "{staff} arbetar utifrån {method}",
)  # fmt: skip

# areas (insatsområden) of a plan
AREAS = (
    "Förebyggande arbete", "Tidig upptäckt", "Stöd och skydd till våldsutsatta",
    "Insatser för våldsutövare", "Barn och unga", "Rättsprocessen", "Samverkan och samordning",
    "Kunskapsutveckling", "Hedersrelaterat våld och förtryck", "Prostitution och människohandel",
    "Uppföljning och lärande", "Kompetensförsörjning",
)  # fmt: skip

# background prose: sentences for sections that hold no measures
PROSE = (
    "Mäns våld mot kvinnor är ett allvarligt samhällsproblem och ett hinder för jämställdheten.",
    "Under {year} anmäldes i {place} ett stort antal brott som rör {topic}.",
    "Många {group} söker inte stöd, och mörkertalet när det gäller {topic} bedöms vara stort.",
    "{agency} har under flera år arbetat med {topic} tillsammans med andra aktörer.",
    "Kunskapen om {topic} varierar mellan verksamheterna och behöver stärkas.",
    "Det nationella målet är att mäns våld mot kvinnor ska upphöra.",
    "Arbetet utgår från den nationella strategin och från de jämställdhetspolitiska målen.",
    "För {group} innebär {topic} ofta långvariga konsekvenser för hälsa och ekonomi.",
    "Erfarenheter från {place} visar att samverkan mellan myndigheter ger bättre stöd.",
    "{staff} möter ofta {group} men saknar ibland rutiner för att fråga om våld.",
    "Planen har tagits fram i dialog med {agency} och representanter för civilsamhället.",
    "Forskning visar att {method} kan minska risken för upprepat våld.",
    "I en enkät uppgav en stor andel av {staff} att de vill ha mer kunskap om {topic}.",
    "Barn som lever med våld behöver uppmärksammas som egna brottsoffer.",
    "Våldet tar sig olika uttryck: fysiskt, psykiskt, sexuellt, ekonomiskt och materiellt.",
    "Uppföljningen visar att arbetet med {topic} har utvecklats men är ojämnt fördelat.",
    "{agency} ansvarar för att samordna det regionala arbetet i {place}.",
    "Tillgången till {support} skiljer sig mellan kommunerna i {place}.",
)  # fmt: skip

BACKGROUND_HEADINGS = (
    "Bakgrund", "Lägesbild", "Definitioner", "Syfte", "Kunskapsunderlag", "Nulägesanalys",
    "Styrdokument", "Ansvarsfördelning", "Uppföljning och utvärdering", "Statistik",
)  # fmt: skip

TITLES = (
    "Handlingsplan mot mäns våld mot kvinnor {period}",
    "Regional strategi för att förebygga och bekämpa våld {period}",
    "Handlingsplan för arbetet mot våld i nära relationer {period}",
    "Åtgärdsplan mot våld och förtryck {period}",
    "Plan för arbetet mot mäns våld mot kvinnor och hedersrelaterat våld {period}",
)  # fmt: skip
