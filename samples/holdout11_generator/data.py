"""The measures of the 2031 round.

Every row: (seed_row, tiltak, delmal, type, ansvarlig, samarbeidspartnere,
beskrivelse, given_delmal, given_type).  ``given_delmal`` is how the report
writes the delmål; ``given_type`` is the type word the report shows (or "").
The builders render these strings verbatim, so truth.csv and files agree.
"""

R = "Råd/utvalg/nettverk"
K = "Kurs/utdanning"
F = "FoU"
P = "Prosjekt"
I = "Informasjon"
A = "Arrangement"


def row(seed, tiltak, delmal, typ, ansv, partn, besk, given_dm="", given_type=""):
    return dict(seed_row=seed, tiltak=tiltak, delmal=delmal, type=typ,
                ansvarlig=ansv, samarbeidspartnere=partn, beskrivelse=besk,
                given_dm=given_dm, given_type=given_type)


# ---------------------------------------------------------------- Regjeringen
# prose report, headings by area and by the delmål's words (no codes)
REGJERINGEN = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("Kunnskap om kompetansebehov", [
            row("M01", "Kompetansebehovsutvalget (KBU)", "1.1", R, "KD",
                "AID, KDD, hovedorganisasjonene i arbeidslivet, forskere",
                "Utvalget la i juni fram sin årlige hovedrapport, denne gangen om kompetansebehovene i omsorgssektoren fram mot 2040. Departementet har oppnevnt nye medlemmer for perioden 2031–2034."),
        ]),
        ("Regionalt ansvar og samordning", [
            row("M13", "Ny veileder for regionale kompetanseforum", "1.2", I, "KDD og KD",
                "KS, fylkeskommunene",
                "Veilederen gir fylkeskommunene et felles grunnlag for å organisere forumene sammen med partene, Nav, statsforvalteren og utdanningstilbyderne."),
            row("M14", "Tilskudd til regionale kompetansepartnerskap", "1.2", P, "KD",
                "HK-dir, fylkeskommunene",
                "Ordningen ble videreført med 40 mill. kroner, fordelt etter søknad fra fylkeskommunene."),
        ]),
        ("Karriereveiledning", [
            row("M11", "Nasjonalt forum for karriereveiledning", "1.3", R, "HK-dir",
                "partene i arbeidslivet, KS, fylkeskommunene",
                "Forumet hadde to møter og drøftet blant annet veiledning for voksne som står i jobb."),
            row("M15", "Digital karriereveiledning – chat for voksne over 50 år", "1.3", I, "HK-dir",
                "",
                "Tjenesten på karriereveiledning.no har fått et eget tilbud rettet mot seniorer i arbeid."),
        ]),
        ("Utdanning og arbeidsliv i samspill", [
            row("M16", "Stortingsmelding om fagskolens plass i kompetansesystemet", "1.4", F, "KD",
                "Fagskolerådet, partene i arbeidslivet",
                "Arbeidet med meldingen startet høsten 2031 med innspillsmøter der partene deltok."),
        ]),
    ]),
    ("Læring i arbeidslivet", [
        ("Digital kompetanse", [
            row("M17", "Nettkurs i kunstig intelligens for ansatte i staten", "2.1", K, "DFD",
                "Digdir, hovedsammenslutningene i staten",
                "Kurset er utviklet av Digdir og er tatt i bruk av over 12 000 statsansatte."),
        ]),
        ("Kunnskap om læring i arbeidslivet", [
            row("M18", "Evaluering av kompetansereformen Lære hele livet", "2.2", F, "KD",
                "NIFU, Fafo",
                "Sluttrapporten fra evalueringen skal leveres i 2032.", given_type="Evaluering"),
        ]),
        ("Yrkesfag og karrieremuligheter", [
            row("M07", "Ny samfunnskontrakt for flere læreplasser 2031–2035", "2.3", K, "KD",
                "partene i arbeidslivet, KS",
                "Kontrakten ble signert 14. mars 2031 og har som mål at alle kvalifiserte søkere skal få læreplass."),
        ]),
        ("Virksomheter, klynger og utdanningstilbydere", [
            row("M06", "Partsprogrammet for grønn omstilling", "2.4", K, "KD og NFD",
                "LO, NHO, HK-dir",
                "Programmet finansierer korte, modulbaserte tilbud for ansatte i prosessindustri, bygg og maritim næring. I 2031 fikk 31 tilbud støtte."),
        ]),
        ("Godkjenning av utenlandsk kompetanse", [
            row("M19", "Raskere godkjenning av utenlandsk sykepleierutdanning", "2.6", K, "KD og HOD",
                "HK-dir, Helsedirektoratet",
                "Saksbehandlingstiden er redusert til åtte uker."),
        ]),
    ]),
    ("Voksne med svak tilknytning til arbeidslivet", [
        ("Fleksibel opplæring for voksne", [
            row("M20", "Modulstrukturert fagopplæring for voksne i alle fylker", "3.1", K, "KD",
                "fylkeskommunene, Udir",
                "Fra 1. august 2031 er modulstrukturert opplæring et lovfestet tilbud til voksne."),
        ]),
        ("Kompetansepluss", [
            row("M08", "Kompetansepluss frivillighet", "3.2", K, "HK-dir",
                "VOFO, studieforbundene",
                "Ny utlysning ga tilskudd til 212 kurs i regi av frivillige organisasjoner."),
        ]),
        ("Norskopplæring og integrering", [
            row("M21", "Norsk på arbeidsplassen – forsøk med arbeidsplassbasert norskopplæring", "3.4", P, "AID",
                "IMDi, HK-dir, KS",
                "Forsøket gjennomføres i 14 kommuner sammen med lokale arbeidsgivere.", given_type="Forsøk"),
        ]),
        ("Kvalifisering gjennom Nav", [
            row("M22", "Utvidet adgang til fagutdanning som arbeidsmarkedstiltak", "3.5", K, "AID",
                "Arbeids- og velferdsdirektoratet",
                "Personer over 25 år kan nå ta fagbrev med stønad fra Nav i inntil tre år."),
        ]),
    ]),
]

# ---------------------------------------------------------------- LO (xlsx)
LO_SHEET1 = [
    row("M01", "Plass i Kompetansebehovsutvalget", "1.1", R, "KD", "Hovedorganisasjonene, departementene", "", 1.1, "Utvalg"),
    row("M02", "LO leder Samarbeidsrådet for yrkesopplæring (SRY) i perioden 2030–2032", "1.4", R, "LO", "NHO, KS, Unio, Spekter, Virke, YS", "", 1.4, "Råd"),
    row("M05", "Observatør i UHRs fagstrategiske enheter", "1.4", R, "LO", "UHR", "", "1,4", ""),
    row("M23", "Kartlegging av LO-representantenes erfaringer i RSA", "1.4", F, "LO", "Fafo", "", 1.4, "Spørreundersøkelse"),
    row("M12", "Bransjeprogrammet for varehandel", "2.1", K, "HK-dir", "Virke, Handel og Kontor", "", 2.1, "EVU"),
    row("M24", "Tillitsvalgtskolering om kompetanseplaner i bedriftene", "2.2", K, "LO", "forbundene", "", 2.2, "Kurs"),
    row("M06", "Grønt partsprogram (PGO)", "2.4", K, "KD/NFD", "NHO, Fellesforbundet, Industri Energi", "", 2.4, ""),
]
LO_SHEET2 = [
    row("M25", "Fagbrev for ufaglærte i renhold – partsprosjekt", "3.1", P, "LO", "NHO Service og Handel, Nav", "", 3.1, "Prosjekt"),
    row("M26", "Høringsinnspill om norskopplæring for arbeidsinnvandrere", "3.4", I, "LO", "", "", 3.4, "Innspill"),
]

# ---------------------------------------------------------------- NHO (docx, two versions)
NHO_FINAL = [
    ("Innsatsområde 1 – Gode valg for den enkelte og samfunnet", [
        row("M01", "NHOs plass i KBU", "1.1", R, "KD", "hovedorganisasjonene",
            "NHO har ett medlem i utvalget og bidro i arbeidet med rapporten om omsorgssektoren.", "dm 1.1"),
        row("M02", "Representasjon i SRY", "1.4", R, "NHO", "LO, KS, Spekter, Virke, Unio, YS",
            "NHO har fire faste medlemmer og leder arbeidsutvalget for ny tilbudsstruktur.", "dm 1.4"),
        row("M04", "Deltakelse i RSA ved universiteter og høyskoler", "1.4", R, "NHOs regionkontorer", "UH-sektoren",
            "Regionkontorene er representert i råd for samarbeid med arbeidslivet ved elleve institusjoner.", "dm 1.4"),
    ]),
    ("Innsatsområde 2 – Læring i arbeidslivet", [
        row("M06", "PGO", "2.4", K, "KD og NFD", "LO, landsforeningene",
            "NHO har sittet i programstyret for partsprogrammet og formidlet behov fra landsforeningene.", "dm 2.4"),
        row("M27", "Kompetansebarometeret 2031", "2.2", F, "NHO", "NIFU",
            "Årlig undersøkelse blant medlemsbedriftene; 58 prosent oppga udekket behov for fagarbeidere.", "dm 2.2"),
        row("M07", "Samfunnskontrakten for flere læreplasser", "2.3", K, "KD", "partene, KS",
            "NHO signerte ny kontrakt for 2031–2035 og fulgte opp med læreplasskampanjer i alle regioner.", "dm 2.3"),
        row("M28", "Nettverk for opplæringskontor i industrien", "2.3", R, "Norsk Industri", "opplæringskontorene",
            "Nettverket samlet 40 opplæringskontor til to samlinger.", "dm 2.3"),
    ]),
    ("Innsatsområde 3 – Voksne med svak tilknytning til arbeidslivet", [
        row("M29", "Jobbsjansen i bedrift – rekrutteringsdager for innvandrere", "3.3", A, "NHO", "Nav, kommuner",
            "Åtte rekrutteringsdager der 160 kandidater fikk jobbintervju.", "dm 3.3"),
    ]),
]
# the superseded draft: never in the truth
NHO_DRAFT = [
    ("Innsatsområde 1", [
        ("KBU", "NHO deltar i utvalget.", "dm 1.1", "KD / partene"),
        ("SRY", "Fire medlemmer.", "dm 1.4", "NHO / partene"),
    ]),
    ("Innsatsområde 2", [
        ("PGO – programstyre", "Tekst kommer.", "dm 2.4", "KD / LO"),
        ("Kompetansebarometeret", "Tall kommer i januar.", "dm 2.2", "NHO / NIFU"),
        ("Læreplasskampanje i Finnmark", "Avlyst – tas ut?", "dm 2.3", "NHO Arktis / –"),
    ]),
    ("Innsatsområde 3", [
        ("Jobbsjansen i bedrift", "Rekrutteringsdager.", "dm 3.3", "NHO / Nav"),
    ]),
]

# ---------------------------------------------------------------- Unio (odt, blocks with one pipe line)
UNIO = [
    row("M01", "Unio er representert i KBU", "1.1", R, "KD", "de andre hovedorganisasjonene",
        "Unios representant har særlig løftet behovet for spesialsykepleiere og lærere med videreutdanning.", "Delmål 1.1", ""),
    row("M03", "Faglig råd for helse- og oppvekstfag", "1.4", R, "Udir", "Fagforbundet, KS, Spekter, NHO",
        "Unio har to medlemmer i rådet gjennom Norsk Sykepleierforbund og Utdanningsforbundet og deltok i revisjonen av helsearbeiderfaget.", "Delmål 1.4", "Råd"),
    row("M10", "Digitalt kompetanseløft i kommunesektoren (DigiKomp)", "2.1", P, "KS", "Fagforbundet, Akademikerne kommune",
        "Unio sitter i styringsgruppen og har bidratt med kursmoduler for lærere og sykepleiere.", "Delmål 2.1", "Prosjekt"),
    row("M30", "Utredning om rett til videreutdanning i offentlig sektor", "2.2", F, "Unio", "Proba samfunnsanalyse",
        "Rapporten ble lagt fram i oktober 2031.", "Delmål 2.2", "Utredning"),
    row("M31", "Unio-konferansen om kompetanse i helse og skole", "2.2", A, "Unio", "medlemsforbundene",
        "", "Delmål 2.2", "Konferanse"),
    row("M32", "Studieforbundskurs for tillitsvalgte om kompetansekartlegging", "3.6", K, "Unio", "studieforbund",
        "Kurset ble holdt i fire fylker.", "Delmål 3.6", "Kurs"),
]

# ---------------------------------------------------------------- KS (slide deck)
KS_SLIDES = [
    ("Innsatsområde 1: Gode valg", [
        row("M11", "Nasjonalt forum for karriereveiledning", "1.3", R, "HK-dir", "fylkeskommunene, partene", "", "(1,3)"),
        row("M02", "KS har to faste plasser i Samarbeidsrådet for yrkesopplæring", "1.4", R, "KD", "partene", "", "(1,4)"),
        row("M33", "Seminar for KS’ representanter i yrkesopplæringsnemndene", "1.2", A, "KS", "fylkeskommunene", "", "(1,2)"),
    ]),
    ("Innsatsområde 2: Læring i arbeidslivet", [
        row("M10", "DigiKomp – digitalt kompetanseløft i kommunesektoren", "2.1", P, "KS", "hovedorganisasjonene, KDD", "", "(2,1)"),
        row("M34", "Kommunesektorens arbeidslivsmonitor 2031", "2.2", F, "KS", "SSB", "", "(2,2)"),
        row("M07", "Samfunnskontrakten for flere læreplasser", "2.3", K, "KD", "partene", "", "(2,3)"),
        row("M35", "Lærlingløftet i kommunene – 1 000 nye læreplasser", "2.3", P, "KS", "kommunene", "", "(2,3)"),
    ]),
    ("Innsatsområde 3: Voksne utenfor arbeidslivet", [
        row("M36", "Veileder: kommunen som arena for språkpraksis", "3.4", I, "KS", "IMDi", "", "(3,4)"),
    ]),
]

# ---------------------------------------------------------------- YS (letter, rtf)
# numbered items: "<title> – <description> (<delmål ref>; samarbeid: <partners>)"
YS = [
    row("M03", "Medlemmer i de faglige rådene", "1.4", R, "", "",
        "YS har medlemmer i sju av de ti faglige rådene for yrkesfagene, oppnevnt etter forslag fra forbundene.", "delmål 1.4"),
    row("M37", "Notat om Kompetansebehovsutvalgets hovedrapport 2031", "1.1", F, "", "",
        "YS Stat og YS Spekter har oppsummert utvalgets funn for tillitsvalgte i helse og omsorg.", "delmål 1.1"),
    row("M38", "YS Arbeidslivsbarometer med kompetanse som tema", "2.1", F, "", "Respons Analyse",
        "Én av tre arbeidstakere har ikke fått opplæring i nye digitale verktøy det siste året.", "delmål 2.1"),
    row("M09", "Frokostmøtet «Hvem betaler for etterutdanningen?» under Arendalsuka", "2.2", A, "", "Virke",
        "Arrangert 13. august 2031.", "delmål 2.2"),
    row("M39", "Dialogmøter om fagbrev på jobb i handelen", "3.1", A, "", "Handel og Kontor",
        "Tre møter med tillitsvalgte og ledere i kjedene.", "målet om fleksibel opplæring på voksnes premisser"),
]

# ---------------------------------------------------------------- Virke (.doc, odd column order)
VIRKE = [
    row("M03", "Virke oppnevner representanter til faglige råd", "1.4", R, "Virke", "Udir, partene", "", "1.4", "Råd"),
    row("M04", "Virke sitter i RSA ved OsloMet, USN og Høyskolen Kristiania", "1.4", R, "Virke", "UH-institusjonene", "", "1.4", ""),
    row("M12", "Bransjeprogrammet for varehandel: 1 400 deltakere i 2031", "2.1", K, "Virke", "HK, HK-dir", "", "2.1", "Kurs"),
    row("M40", "Bransjeprogrammet for varehandel fase 2 (2032–2034) – søknad og forprosjekt", "2.1", P, "Virke", "HK, HK-dir", "", "2.1", "Prosjekt"),
    row("M09", "Arendalsuka: frokostmøte «Hvem betaler for etterutdanningen?»", "2.2", A, "Virke og YS", "YS", "", "2.2", "Arrangement"),
    row("M41", "Virkes HR-rapport 2031: kompetanse i små virksomheter", "2.2", F, "Virke", "Opinion", "", "2.2", "Rapport"),
]

# ---------------------------------------------------------------- Akademikerne (two-column PDF)
AKADEMIKERNE = [
    ("I Gode valg", [
        row("M01", "Akademikerne oppnevner ett medlem til Kompetansebehovsutvalget", "1.1", R, "KD", "",
            "Medlemmet kommer fra Samfunnsøkonomene og har bidratt i utvalgets analysegruppe.", "I.1"),
        row("M42", "Innspill til KBUs rapport om omsorgssektoren", "1.1", I, "Akademikerne", "",
            "Innspillet pekte på behovet for flere med mastergrad i de kommunale helsetjenestene.", "I.1"),
        row("M05", "Plass i UHR-Økonomi og administrasjon", "1.4", R, "UHR", "Econa",
            "Econa deltar i enhetens arbeid med arbeidslivsrelevans i studieprogrammene.", "I.4"),
    ]),
    ("II Læring i arbeidslivet", [
        row("M43", "Forskningsrapport om etterutdanning blant leger, jurister og ingeniører", "2.2", F, "Akademikerne", "Menon Economics",
            "Rapporten viser store forskjeller mellom privat og offentlig sektor i tid avsatt til faglig oppdatering.", "II.2"),
    ]),
    ("III Voksne med svak tilknytning til arbeidslivet", [
        row("M44", "Mentorprogram for akademikere med utenlandsk utdanning", "3.4", P, "Akademikerne", "Tekna, Samfunnsviterne",
            "45 mentorpar ble etablert i 2031.", "III.4"),
    ]),
]

# ---------------------------------------------------------------- Spekter (scan)
SPEKTER = [
    row("M02", "Medlem i SRY", "1.4", R, "KD", "partene", "", "1,4", "Råd/utvalg"),
    row("M05", "Deltar i UHR-Helse og velferd", "1.4", R, "UHR", "helseforetakene", "", "1,4", "Råd/utvalg"),
    row("M45", "Samling for Spekters representanter i de faglige rådene", "1.4", A, "Spekter", "medlemsvirksomhetene", "", "1,4", "Arrangement"),
    row("M46", "Kompetansebarometer for spesialisthelsetjenesten", "2.2", F, "Spekter", "helseforetakene", "", "2,2", "FoU"),
    row("M07", "Samfunnskontrakten – ny avtale signert", "2.3", K, "KD", "partene", "", "2,3", "Kurs/utdanning"),
]

# ---------------------------------------------------------------- VOFO (form)
VOFO = [
    row("M08", "Kompetansepluss frivillighet", "3.2", K, "HK-dir", "studieforbundene",
        "VOFO har mobilisert studieforbundene til å søke; 212 kurs fikk tilskudd.", "3.2 Kompetanseplussordningene", "Kurs/opplæring"),
    row("M47", "Kartlegging av opplæring i frivillige lag og foreninger", "3.6", F, "VOFO", "Frivillighet Norge, NIFU",
        "Kartleggingen omfatter 3 000 lag og ble publisert i november.", "3.6 Læringsmotivasjon i frivillig sektor", "Kartlegging"),
    row("M48", "Kampanjen «Lær noe nytt i høst»", "3.6", I, "VOFO", "studieforbundene",
        "Kampanje i sosiale medier for å rekruttere voksne til kurs i studieforbund.", "3.6 Læringsmotivasjon i frivillig sektor", "Kampanje"),
    row("M49", "Norsktrening i studieforbund for arbeidsinnvandrere", "3.4", K, "VOFO", "Folkeuniversitetet, AOF Norge",
        "Samtalegrupper på kveldstid i 22 kommuner.", "3.4 Norskopplæring og kvalifisering for innvandrere", "Kurs"),
    row("M50", "Innspill til ny forskrift for studieforbund", "3.6", R, "VOFO", "studieforbundene",
        "", "3.6 Læringsmotivasjon i frivillig sektor", "Høringssvar"),
]

# ---------------------------------------------------------------- UHR (memo)
UHR = [
    row("M05", "UHRs fagstrategiske enheter med partsrepresentasjon", "1.4", R, "UHR", "LO, Akademikerne, Spekter, NHO",
        "Partene har faste plasser eller observatørstatus i UHR-Helse og velferd, UHR-Økonomi og administrasjon og Nasjonalt råd for teknologisk utdanning.", "[1.4]"),
    row("M04", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", R, "institusjonene", "NHO, Virke, KS, Unio",
        "Alle medlemsinstitusjonene har nå RSA, og rådenes ledere møttes til erfaringsutveksling i mai.", "[1.4]"),
    row("M52", "Prosjekt om praksis i alle studieprogram", "1.4", P, "UHR", "KS, Spekter",
        "Prosjektet har samlet eksempler fra 19 institusjoner.", "[1.4]"),
    row("M51", "Emneportalen – nasjonal oversikt over fleksible emner", "2.4", I, "UHR", "HK-dir",
        "Portalen viser 1 900 emner for yrkesaktive.", "[2.4]"),
    row("M53", "Kartlegging av realkompetansevurdering ved opptak", "2.5", F, "UHR", "Samordna opptak",
        "", "[2.5]"),
]

# ---------------------------------------------------------------- Vestland fylkeskommune (Nynorsk table, PDF)
VESTLAND = [
    row("M11", "Nasjonalt forum for karriererettleiing", "1.3", R, "HK-dir", "Vestland fylkeskommune, partane", "", "Karriererettleiing", "Nettverk"),
    row("M54", "Kompetanseforum Vestland – ny partnarskapsavtale 2031–2034", "1.2", R, "Vestland fylkeskommune",
        "NHO Vestland, LO i Vestland, KS Vest, Nav Vestland, Statsforvaltaren", "", "Regionalt folkevalt nivå si samordningsrolle", ""),
    row("M55", "Regional pilot av Partsprogrammet for grøn omstilling i Sunnfjord og Nordfjord", "2.4", P, "Vestland fylkeskommune",
        "Høgskulen på Vestlandet, fagskulen, industribedrifter", "", "2.4", "Pilot"),
    row("M58", "Opplæringskontorkonferansen 2031", "2.3", A, "Vestland fylkeskommune", "opplæringskontora", "", "2.3", "Konferanse"),
    row("M56", "Fagbrev på jobb for tilsette i kommunane", "3.1", K, "Vestland fylkeskommune", "kommunane, KS",
        "", "Fleksibel opplæring på vaksne sine premissar", ""),
    row("M57", "Norskopplæring kombinert med arbeidspraksis", "3.3", K, "Vestland fylkeskommune", "Nav Vestland",
        "", "3.3", "Kurs"),
]
