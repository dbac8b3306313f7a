"""Measures of the last seven member reports (reporting year 2050).

Same row tuple as data_a:
(share_key, delmal, type, tiltak, ansvarlig, partnere, beskrivelse, raw_type)
"""

AKADEMIKERNE = dict(
    file="akademikerne_skannet_2050.pdf", member="Akademikerne",
    rows=[
        ("S2", "1.4", "Råd/utvalg/nettverk",
         "Medlemmer i rådene for samarbeid med arbeidslivet",
         "Akademikernes forbund", "UH-institusjonene", "", "Råd"),
        ("S6", "1.4", "Råd/utvalg/nettverk",
         "Dialog med UHRs fagstrategiske organer", "Akademikerne", "UHR", "",
         "Nettverk"),
        (None, "2.2", "FoU", "Utredning om etterutdanning blant akademikere",
         "Akademikerne", "NIFU", "", "Utredning"),
        (None, "2.6", "Informasjon",
         "Veileder om godkjenning av utenlandske profesjonsutdanninger",
         "Den norske legeforening", "HK-dir", "", "Veileder"),
    ])

SPEKTER = dict(
    file="spekter_2050.pdf", member="Spekter",
    rows=[
        ("S3", "2.3", "Råd/utvalg/nettverk", "SRY – arbeidsgiverrepresentasjon",
         "Spekter", "",
         "Spekter har fast plass i Samarbeidsrådet for yrkesopplæring og ivaretar "
         "helseforetakenes behov for lærlinger i helsearbeiderfaget.",
         "Rådsdeltakelse"),
        ("S12", "2.2", "FoU", "Lærende virksomheter – felles kartlegging med Virke",
         "Spekter", "Virke",
         "Kartleggingen undersøker hvordan virksomhetene legger til rette for læring "
         "i det daglige arbeidet. Resultatene kommer våren 2051.",
         "Kartlegging"),
        (None, "2.4", "Prosjekt",
         "Kompetanseløft for helsefagarbeidere i sykehusene", "Helseforetakene",
         "Fagforbundet, NSF",
         "Prosjektet utvikler faste stillinger med utvidet ansvar for "
         "helsefagarbeidere, med tilhørende videreutdanning.",
         "Prosjekt"),
        (None, "2.1", "Kurs/utdanning",
         "Digital dømmekraft – e-læring for sykehusansatte", "Spekter",
         "Helse Sør-Øst RHF",
         "Et e-læringskurs om personvern, informasjonssikkerhet og bruk av "
         "kunstig intelligens i klinisk arbeid.",
         "E-læring"),
        (None, "1.3", "Arrangement", "Karrieredagen for helseyrker", "Spekter",
         "Universitetssykehusene",
         "Messe for elever og studenter der sykehusene viser fram yrker og "
         "utdanningsveier.",
         "Messe"),
    ])

VOFO = dict(
    file="vofo_rapport_2050.docx", member="VOFO",
    rows=[
        ("S10", "2.1", "Kurs/utdanning", "Digitalt kvardagsløft", "Studieforbunda",
         "Virke",
         "Korte kurs i digitale ferdigheiter, gjennomførte på arbeidsplassen i "
         "samarbeid med bransjen.", "Kurs"),
        ("S11", "3.1", "Kurs/utdanning", "Samiskkurs på arbeidsplassen",
         "Studieforbundet Nord", "Sametinget",
         "Studiesirklar i nordsamisk og lulesamisk for tilsette i kommunar og "
         "verksemder i samiske område.", "Studiesirkel"),
        (None, "3.6", "Råd/utvalg/nettverk", "Nettverk for frivillig opplæring",
         "VOFO", "Frivillighet Norge",
         "Nettverket samlar frivillige organisasjonar som driv opplæring av "
         "medlemer og tillitsvalde.", "Nettverk"),
        (None, "3.6", "FoU", "Kartlegging av læring i frivillige lag", "VOFO",
         "NIFU",
         "Ei spørjeundersøking om kva for læring som skjer i lag og foreiningar, "
         "og korleis ho kan dokumenterast.", "Utgreiing"),
        (None, "3.2", "Kurs/utdanning",
         "Grunnleggjande ferdigheiter i studieforbunda", "Studieforbunda",
         "HK-dir",
         "Kurs i lesing, skriving og rekning for vaksne, finansierte gjennom "
         "Kompetansepluss frivilligheit.", "Opplæring"),
    ])

UHR = dict(
    file="uhr_presentasjon_2050.pdf", member="UHR",
    rows=[
        ("S2", "1.4", "Råd/utvalg/nettverk",
         "Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høgskoler",
         "Institusjonene", "NHO, LO, KS, Akademikerne m.fl.",
         "Alle statlige institusjoner har et RSA. UHR har samlet lederne av rådene "
         "til erfaringsdeling i 2050.", "Samarbeidsorgan"),
        ("S6", "1.4", "Råd/utvalg/nettverk", "Fagstrategiske enheter i UHR", "UHR", "",
         "Enhetene samler dekanene innenfor hvert fagområde og har dialog med "
         "arbeidslivet om utdanningenes innhold.", "Samarbeidsorgan"),
        (None, "2.4", "Informasjon", "Felles portal for etter- og videreutdanning",
         "UHR", "HK-dir",
         "Portalen viser alle fleksible tilbud fra universiteter og høgskoler på "
         "ett sted.", "Nettportal"),
        (None, "2.6", "Prosjekt", "Felles praksis for vurdering av utenlandsk utdanning",
         "UHR", "HK-dir",
         "Institusjonene utvikler felles kriterier for innpassing av utenlandsk "
         "utdanning i gradsstudier.", "Utviklingsprosjekt"),
        (None, "2.2", "Arrangement",
         "Nasjonal konferanse om livslang læring i UH-sektoren", "UHR",
         "Universitetet i Bergen",
         "Konferansen presenterte ny forskning om voksne studenter og "
         "arbeidslivsrelevans.", "Konferanse"),
    ])

SAMETINGET = dict(
    file="sametinget_rapport_2050.pdf", member="Sametinget",
    rows=[
        ("S9", "1.2", "Råd/utvalg/nettverk", "Deltakelse i Kompetanseforum Nordland",
         "Sametinget", "Nordland fylkeskommune",
         "Sametinget deltar i forumet for å sikre at samiske næringer og samisk "
         "språk er med i den regionale kompetansepolitikken.", "forum"),
        ("S11", "3.1", "Kurs/utdanning", "Samisk på jobben", "Sametinget",
         "Studieforbund, samiske språksentre",
         "Tilskudd til språkkurs i arbeidstiden for ansatte i kommuner og "
         "virksomheter i samiske områder.", "kurs"),
        (None, "1.3", "Informasjon", "Karriereveiledning på samisk – informasjonsmateriell",
         "Sametinget", "Karrieresentrene i Troms og Finnmark",
         "Brosjyrer og filmer på nordsamisk, lulesamisk og sørsamisk om utdanning "
         "og yrkesvalg.", "informasjon"),
        (None, "2.3", "Prosjekt", "Rekruttering til duodji- og reindriftsfag",
         "Sametinget", "Troms og Finnmark fylkeskommune",
         "Prosjektet skal øke antallet lærlinger i duodjifaget og reindriftsfaget.",
         "prosjekt"),
        (None, "2.2", "FoU", "Utredning om samisk kompetansebehov i arbeidslivet",
         "Samisk høgskole", "Sametinget",
         "Utredningen beskriver behovet for samisk språk- og kulturkompetanse i "
         "offentlige tjenester.", "utredning"),
    ])

NORDLAND = dict(
    file="nordland_fk_tiltak_2050.xlsx", member="Nordland fylkeskommune",
    rows=[
        ("S9", "1.2", "Råd/utvalg/nettverk", "Nordland kompetanseforum",
         "Utdanning og kompetanse",
         "NAV Nordland, NHO Nordland, LO Nordland, Sametinget, Nord universitet",
         "Partnerskapet følger opp den regionale kompetansestrategien og møtes fire "
         "ganger i året.", "3"),
        (None, "1.3", "Informasjon", "Kampanje for nettbasert karriereveiledning",
         "Karrieresenteret Nordland", "",
         "Annonser og informasjonsmøter om karriereveiledning på nett og telefon for "
         "voksne i distriktene.", "5"),
        (None, "2.4", "Prosjekt", "Kompetansemegler i distriktene",
         "Nordland fylkeskommune", "Næringsforeningene",
         "To kompetansemeglere hjelper små bedrifter med å finne fram til relevante "
         "utdanningstilbud.", "4"),
        (None, "3.1", "Kurs/utdanning",
         "Desentralisert fagskoletilbud i helse og oppvekst", "Fagskolen i Nordland",
         "Kommunene i Lofoten og Vesterålen",
         "Nettbasert fagskoleutdanning med lokale samlinger for ansatte uten "
         "fagskolebakgrunn.", "2"),
        (None, "3.3", "Arrangement", "Samling for voksenopplæringssentrene",
         "Nordland fylkeskommune", "NAV Nordland",
         "Årlig samling om samarbeid mellom voksenopplæring og NAV om "
         "kvalifiseringsløp.", "6"),
    ])

VESTLAND = dict(
    file="vestland_fk_2050.docx", member="Vestland fylkeskommune",
    rows=[
        ("S4", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriererettleiing",
         "Vestland fylkeskommune", "Karrieresenteret i Vestland",
         "Fylkeskommunen har ein plass i forumet på vegner av fylkeskommunane.",
         "nettverk"),
        (None, "1.2", "Råd/utvalg/nettverk", "Kompetanseforum Vestland",
         "Vestland fylkeskommune",
         "NAV Vestland, NHO Vestland, LO i Vestland, Høgskulen på Vestlandet",
         "Forumet er det regionale partnarskapet for kompetansepolitikk i fylket.",
         "forum"),
        (None, "1.2", "FoU",
         "Revisjon av regional kompetansestrategi 2049–2053",
         "Vestland fylkeskommune", "Vestlandsforsking",
         "Ei utgreiing av kva som har verka i førre strategiperiode, som grunnlag "
         "for revisjonen.", "utgreiing"),
        (None, "2.3", "Arrangement", "Yrkesmessa Vestland", "Vestland fylkeskommune",
         "Opplæringskontora",
         "Messe for elevar i ungdomsskulen der lærlingar viser fram yrkesfaga.",
         "arrangement"),
        (None, "2.5", "Prosjekt", "Praksiskandidatordninga – rettleiing for vaksne",
         "Karrieresenteret i Vestland", "Fagforbundet, Fellesforbundet",
         "Vaksne med lang praksis får hjelp til å dokumentere kompetansen sin før "
         "fagprøva.", "prosjekt"),
        (None, "3.4", "Kurs/utdanning",
         "Bransjenorsk – norskopplæring kombinert med fagopplæring",
         "Vestland fylkeskommune", "Kommunane, NAV Vestland",
         "Kombinasjonsløp der deltakarane tek norsk og fag parallelt med praksis i "
         "bedrift.", "opplæring"),
    ])

MEMBERS_B = [AKADEMIKERNE, SPEKTER, VOFO, UHR, SAMETINGET, NORDLAND, VESTLAND]
