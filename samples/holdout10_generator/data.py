"""The reports' content: one list of rows per file.

Each row: (mid, tiltak, delmal, shown_delmal, type, shown_type, ansvarlig, partners, beskrivelse)
`type` is the seed's spelling (truth); `shown_type` is what the report writes ("" = not given).
"""

R = "Råd/utvalg/nettverk"
K = "Kurs/utdanning"
F = "FoU"
P = "Prosjekt"
I = "Informasjon"
A = "Arrangement"

REGJERINGEN = [
    ("M01", "Kompetansebehovsutvalget (KBU)", "1.1", "1.1", R, "", "KD", "ASD, KMD, partene i arbeidslivet, HK-dir",
     "Utvalget ble oppnevnt på nytt for perioden 2029–2033 og la i juni 2030 fram sin hovedrapport om kompetansebehov i det grønne skiftet. Departementet har ivaretatt sekretariatsfunksjonen sammen med Direktoratet for høyere utdanning og kompetanse."),
    ("M20", "Utredning av fylkeskommunenes kompetansepolitiske ansvar", "1.2", "1.2", F, "", "KD", "KDD, fylkeskommunene, KS",
     "Oxford Research har på oppdrag fra departementet kartlagt hvordan fylkeskommunene har fulgt opp ansvaret for kompetansepolitikken etter regionreformen. Rapporten leveres i februar 2031."),
    ("M21", "Videreutvikling av den nasjonale karriereveiledningstjenesten på nett", "1.3", "1.3", I, "", "KD", "HK-dir, fylkeskommunene",
     "Tjenesten har fått ny chat for voksne arbeidstakere og et eget tilbud på nordsamisk. Antall samtaler økte med om lag en femdel fra året før."),
    ("M06", "Kompetanseløft grønn industri (KGI)", "2.4", "2.4", K, "", "KD", "NFD, HK-dir, LO, NHO, Fellesforbundet, Norsk Industri",
     "Programmet gir tilskudd til fagskoler, universiteter og høyskoler som utvikler korte, fleksible tilbud for ansatte i prosessindustri, batteriproduksjon og havvind. I 2030 ble 41 tilbud finansiert."),
    ("M22", "Evaluering av bransjeprogrammene for kompetanseutvikling", "2.2", "2.2", F, "", "KD", "ASD, NIFU",
     "NIFU har fått i oppdrag å evaluere om bransjeprogrammene når de ansatte med kortest utdanning, og hva deltakelsen betyr for den enkeltes posisjon i arbeidsmarkedet."),
    ("M07", "Samfunnskontrakten for flere læreplasser", "2.3", "2.3", K, "", "KD", "Partene i arbeidslivet, fylkeskommunene",
     "Kontraktsperioden løper ut ved utgangen av 2030. Antallet godkjente lærekontrakter nådde i 2030 det høyeste nivået siden kontrakten ble inngått."),
    ("M23", "Forhandlinger om ny samfunnskontrakt for perioden 2031–2035", "2.3", "2.3", R, "", "KD", "Partene i arbeidslivet, KS, fylkeskommunene",
     "Departementet har invitert partene til forhandlinger om en ny kontrakt med egne mål for læreplasser i statlig sektor og i helse- og omsorgsfagene."),
    ("M24", "Ny godkjenningsordning for utenlandsk fag- og svennebrev", "2.6", "2.6", K, "", "KD", "HK-dir, Nokut, fylkeskommunene",
     "Ordningen trådte i kraft 1. august 2030 og gir én nasjonal søknadsvei for personer med yrkesopplæring fra utlandet."),
    ("M11", "Forsøk med modulstrukturert opplæring for voksne", "3.1", "3.1", K, "", "KD", "Udir, fylkeskommunene",
     "Forsøket er utvidet til alle fylker og omfatter nå elleve lærefag. Voksne kan ta fag- og svennebrev modul for modul ved siden av jobb."),
    ("M25", "Arbeidsmarkedsopplæring med fagbrev som mål", "3.5", "3.5", K, "", "ASD", "Arbeids- og velferdsdirektoratet, fylkeskommunene",
     "Nav kan nå kjøpe hele fagopplæringsløp som arbeidsmarkedsopplæring for ledige over 25 år. Ordningen ble tatt i bruk i fire fylker i 2030."),
    ("M26", "Digitale læremidler i norskopplæringen for voksne innvandrere", "3.4", "3.4", P, "", "KD", "HK-dir, IMDi, kommunene",
     "Det er utviklet nye digitale læremidler på nivå A1–B1 som kan brukes i norskopplæring på arbeidsplassen."),
    ("M27", "Gjennomgang av tilskuddsordningen for studieforbund", "3.6", "3.6", F, "", "KD", "KUD, VOFO",
     "Gjennomgangen ser på om ordningen stimulerer til opplæring for voksne med lite formell utdanning."),
]

LO = [
    ("M01", "LO har medlem i Kompetansebehovsutvalget", "1.1", "1.1", R, "Råd/utvalg", "", "", ""),
    ("M03", "LO leder Samarbeidsrådet for yrkesopplæring (SRY) i 2030", "1.4", "1,4", R, "", "", "NHO, KS, Unio, YS, Spekter, Virke", ""),
    ("M05", "Observatør i UHR-Helse og velferd", "1.4", "1.4", R, "Råd/utvalg", "", "Fagforbundet", ""),
    ("M30", "Skolering av LOs representanter i SRY og de faglige rådene", "2.3", "2.3 / yrkesfag", K, "Kurs", "", "Forbundene", ""),
    ("M06", "Deltakelse i styringsgruppen for KGI", "2.4", "2.4", K, "Utdanning", "", "Fellesforbundet, Industri Energi, NHO", ""),
    ("M08", "Arendalsuka: debatt om hvem som skal betale for etter- og videreutdanning", "2.2", "2.2", A, "Arrangement", "", "Virke", ""),
    ("M31", "Kartlegging av tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen", "2.2", "2.2", F, "FoU", "", "Fafo", ""),
    ("M32", "Kurs for tillitsvalgte om bruk av Kompetansepluss arbeid", "3.2", "3.2", K, "", "", "AOF Norge", ""),
]

NHO = [
    ("M01", "Representant i Kompetansebehovsutvalget", "1.1", 1.1, R, "Råd/utvalg/nettverk", "NHO", "",
     "NHO har ett av partenes medlemmer i utvalget i perioden 2029–2033."),
    ("M33", "NHOs kommentarnotat til KBUs hovedrapport 2030", "1.1", 1.1, F, "FoU", "NHO", "Landsforeningene",
     "Notatet sammenfatter hva rapporten betyr for medlemsbedriftene og ble lagt fram for NHOs kompetansepolitiske utvalg."),
    ("M03", "Medlem i SRY", "1.4", 1.4, R, "Råd/utvalg/nettverk", "NHO", "",
     "Fast medlem med vararepresentant."),
    ("M05", "Observatørplass i UHR-MNT", "1.4", 1.4, R, "", "NHO", "Norsk Industri",
     "Plassen i UHRs enhet for matematikk, naturvitenskap og teknologi brukes til å ta opp næringslivets behov for ingeniører og teknologer."),
    ("M06", "Kompetanseløft grønn industri", "2.4", 2.4, K, "Kurs/utdanning", "KD", "Norsk Industri, LO, Fellesforbundet",
     "NHO deltar i styringsgruppen og har mobilisert bedrifter i Agder, Vestland og Nordland."),
    ("M34", "Kompetansebarometer 2030", "2.2", 2.2, F, "FoU", "NHO", "Nordisk institutt for studier av innovasjon, forskning og utdanning (NIFU)",
     "Årlig undersøkelse av medlemsbedriftenes udekkede kompetansebehov; 2030-utgaven hadde svar fra over 6 000 bedrifter."),
    ("M07", "Samfunnskontrakten for flere læreplasser – oppfølging i NHO-fellesskapet", "2.3", 2.3, K, "", "NHO", "Landsforeningene, opplæringskontorene",
     "Landsforeningene har egne måltall for nye lærekontrakter."),
    ("M35", "Jenter og teknologi 2030", "2.3", 2.3, I, "Informasjon", "NHO", "LO, Tekna, Ungt Entreprenørskap",
     "Kampanjen nådde i 2030 rundt 9 000 jenter i ungdomsskolen med besøk av rollemodeller."),
    ("M36", "Hurtigspor til jobb i reiselivet for flyktninger", "3.3", 3.3, P, "Prosjekt", "NHO Reiseliv", "Nav, kommunene",
     "Kombinerer språkopplæring og praksis i hotell og restaurant; 120 deltakere startet i 2030."),
]

UNIO = [
    ("1.1", "M01", "Unio er representert i KBU", "Råd/utvalg", "Unio", "", R),
    ("1.4", "M05", "Deltakelse i UHR-Helse og velferd", "Råd/utvalg", "Unio", "NSF, Utdanningsforbundet", R),
    ("2.1", "M40", "Kurs i digital kompetanse for tillitsvalgte", "Kurs", "Unio", "Unios forbund", K),
    ("2.2", "M09", "Læring i arbeid etter 50 (Fafo)", "FoU", "Unio", "YS, Fafo", F),
    ("3.6", "M41", "Studieforbundskurs for medlemmer", "Kurs", "Unio", "Studieforbundet AOF", K),
]

KS = [
    # heading words (no codes), then numbered items "title: description"
    ("Regionalt samarbeid om kompetanse", [
        ("M42", "Regionale nettverk for strategisk kompetanseplanlegging", "1.2", R,
         "KS har i samarbeid med fylkeskommunene drevet sju regionale nettverk der kommunene utvikler felles planer for rekruttering og kompetanse."),
    ]),
    ("Karriereveiledning", [
        ("M10", "Nasjonalt forum for karriereveiledning", "1.3", R,
         "KS har fast plass i forumet og bidro i 2030 til anbefalingene om karriereveiledning for ansatte i kommunal sektor."),
    ]),
    ("Samarbeid mellom utdanning og arbeidsliv", [
        ("M02", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", R,
         "KS deltar i rådene ved OsloMet, Universitetet i Agder, Nord universitet og UiT."),
        ("M03", "Samarbeidsrådet for yrkesopplæring", "1.4", R,
         "SRY har i 2030 særlig arbeidet med dimensjonering av helsefagarbeiderutdanningen. KS har to medlemmer i rådet."),
    ]),
    ("Digital kompetanse i arbeidsstyrken", [
        ("M43", "KS Læring – nye kurs i digital saksbehandling", "2.1", K,
         "Fjorten nye e-læringskurs ble lagt ut og tatt i bruk av over 200 kommuner."),
    ]),
    ("Kunnskap om læring i arbeidslivet", [
        ("M44", "Kommunesektorens kompetansemonitor 2030", "2.2", F,
         "Undersøkelsen viser hvor mye tid ansatte i kommunene bruker på opplæring, og hvem som faller utenfor."),
    ]),
    ("Karrieremuligheter i yrkesfagene", [
        ("M07", "Samfunnskontrakten for flere læreplasser", "2.3", K,
         "Kommunesektoren tok inn 5 300 lærlinger, og KS har fulgt opp kommuner som ligger under måltallet."),
        ("M45", "Lærlingundersøkelsen i kommunesektoren", "2.3", F,
         "Undersøkelsen kartlegger hvordan lærlinger i kommunene opplever opplæringen og veiledningen."),
    ]),
]

YS = [
    ("M09", "LIA50 – seniorers læring i arbeidslivet", "2.2", "dm 2.2", F, "FoU", "Unio, Fafo",
     "Forskningsprosjektet følger 3 000 arbeidstakere over 50 år og ser på hva som får dem til å delta i opplæring."),
    ("M04", "YS-forbundenes representanter i de faglige rådene", "2.3", "dm 2.3", R, "råd", "Parat, Delta",
     "Forbundene har i alt elleve medlemmer og varamedlemmer fordelt på sju faglige råd."),
    ("M46", "Kampanjen «Lær mer 2030»", "2.1", "dm 2.1", I, "kampanje", "Parat, Finansforbundet",
     "Medlemskampanje om digitale kurs og stipendordninger for ansatte i privat sektor."),
    ("M47", "Veileder om realkompetansevurdering for tillitsvalgte", "2.5", "dm 2.5", I, "", "",
     "Veilederen forklarer hvordan tillitsvalgte kan hjelpe kolleger å få dokumentert kompetanse fra arbeidslivet."),
    ("M48", "Workshop om norskopplæring på arbeidsplassen", "3.4", "dm 3.4", A, "workshop", "Virke",
     "Samlet tillitsvalgte og ledere fra renhold, transport og varehandel for å dele erfaringer."),
]

# Virke: form, one small key/value table per tiltak
VIRKE_FINAL = [
    ("M02", "Medlemskap i RSA-ene ved BI, USN og Høyskolen Kristiania", "1.4", "1.4 Samarbeid utdanning–arbeidsliv", R, "Råd/utvalg/nettverk", "Virke", "",
     "Virke er medlem i rådene for samarbeid med arbeidslivet ved de tre institusjonene og har tatt opp behovet for kortere tilbud innen handel og tjenesteyting."),
    ("M04", "Faglig råd for salg, service og reiseliv", "2.3", "2.3 Karrieremuligheter i yrkesfag", R, "Råd/utvalg/nettverk", "Virke", "HK, Fellesforbundet, NHO Reiseliv",
     "Virke leder rådet i perioden 2028–2031. Rådet har i 2030 levert forslag til ny struktur for salgsfaget."),
    ("M08", "Arendalsuka 2030: «Hvem betaler for livslang læring?»", "2.2", "2.2 Kunnskapsgrunnlag", A, "Arrangement", "Virke", "LO",
     "Åpen debatt med statsråden og ledere fra partene, arrangert sammen med LO."),
    ("M49", "Innspill til KBUs temarapport om handel og tjenesteyting", "1.1", "1.1 KBU", F, "FoU", "Virke", "Samfunnsøkonomisk analyse",
     "Virke leverte et analysenotat om kompetansebehov i varehandelen som grunnlag for utvalgets temarapport."),
    ("M50", "Virke Læringsløp for butikkledere", "2.1", "2.1 Digital kompetanse", K, "Kurs/utdanning", "Virke", "Handelshøyskolen BI",
     "Nettbasert program med fire moduler om digital handel og dataanalyse; 380 ledere fullførte i 2030."),
    ("M51", "Nettverk for lærebedrifter i handelen", "2.3", "2.3 Karrieremuligheter i yrkesfag", R, "Nettverk", "Virke", "Opplæringskontorene",
     "Nettverket har 140 medlemsbedrifter og møtes fire ganger i året."),
]
VIRKE_DRAFT = [
    ("M02", "Medlemskap i RSA ved BI og USN", "1.4", "1.4", R, "Råd/utvalg/nettverk", "Virke", "", "Virke er medlem i rådene ved de to institusjonene."),
    ("M04", "Faglig råd for salg, service og reiseliv", "2.3", "2.3", R, "Råd/utvalg/nettverk", "Virke", "HK", "Virke leder rådet."),
    ("M08", "Arendalsuka 2030", "2.2", "2.2", A, "Arrangement", "Virke", "LO", "Debatt om finansiering av livslang læring."),
    ("M50", "Læringsløp for butikkledere", "2.1", "2.1", K, "Kurs/utdanning", "Virke", "BI", "Fire moduler, ca. 300 deltakere (tall ikke endelige)."),
    ("M52", "Bransjedag for varehandelen", "2.4", "2.4", A, "Arrangement", "Virke", "", "Avlyst – flyttes til 2031?"),
]

AKADEMIKERNE = [
    ("M01", "Akademikerne oppnevner medlem til KBU", "1.1", "Delmål 1.1", R, "Råd/utvalg", "Akademikerne", "",
     "Vårt medlem i Kompetansebehovsutvalget har i 2030 særlig løftet behovet for data om høyt utdannede i privat sektor."),
    ("M10", "Nasjonalt forum for karriereveiledning", "1.3", "Delmål 1.3", R, "Nettverk", "Akademikerne", "Samfunnsviterne, Econa",
     "Akademikerne deltar i forumet og har bidratt med erfaringer fra medlemsforeningenes karriererådgivning."),
    ("M53", "Karrieresamtaler for medlemmer", "1.3", "Delmål 1.3", I, "Informasjon", "Medlemsforeningene", "",
     "Medlemsforeningene tilbød over 4 000 individuelle karrieresamtaler i 2030."),
    ("M05", "Plass i UHRs fagstrategiske enhet for økonomi og administrasjon", "1.4", "Delmål 1.4", R, "Råd/utvalg", "Econa", "UHR",
     "Econa har observatørplass i UHR-Økonomi og administrasjon og bruker den til å ta opp relevansen i økonomiutdanningene."),
    ("M54", "Rapport: Etterutdanningsbehov blant ingeniører og økonomer 2030–2040", "2.2", "Delmål 2.2", F, "FoU", "Akademikerne", "Tekna, Econa, Menon Economics",
     "Rapporten anslår behovet for etter- og videreutdanning fram mot 2040 og hvem som bør finansiere det."),
]

SPEKTER = [
    ("M02", "Plass i Råd for samarbeid med arbeidslivet ved OsloMet og NTNU", "1.4", "I.4", R, "Spekter", "Helseforetakene",
     "Spekter er representert i begge rådene og har arbeidet for flere praksisplasser i sykepleie og radiografi."),
    ("M55", "Digitalt kompetanseløft i spesialisthelsetjenesten", "2.1", "II.1", K, "De regionale helseforetakene", "Spekter",
     "Felles opplæringsmoduler i journalsystemer og digital pasientoppfølging, tatt i bruk i alle fire regioner."),
    ("M56", "Spekterbarometeret om kompetansebehov", "2.2", "II.2", F, "Spekter", "",
     "Årlig spørreundersøkelse blant lederne i medlemsvirksomhetene om rekruttering og kompetanse."),
    ("M04", "Spekter oppnevner medlemmer til Faglig råd for helse- og oppvekstfag", "2.3", "II.3", R, "Spekter", "",
     "To medlemmer fra helseforetakene er oppnevnt for perioden 2028–2031."),
    ("M57", "Dialogmøte med Spekters representanter i faglige råd", "2.3", "II.3", A, "Spekter", "Spekters medlemsvirksomheter",
     "Møtet i oktober samlet representantene for å samordne arbeidsgiverstandpunkter før rådenes høstmøter."),
    ("M07", "Samfunnskontrakten for flere læreplasser – lærlinger i helseforetakene", "2.3", "II.3", K, "Spekter", "Helseforetakene, opplæringskontorene",
     "Helseforetakene hadde 1 150 lærlinger ved utgangen av 2030."),
]

VOFO = [
    ("M58", "Kompetansepluss frivillighet – informasjonsturné", "3.2", "3.2", I, "informasjon", "Studieforbundene",
     "VOFO besøkte åtte fylker for å gjøre ordningen kjent blant frivillige organisasjoner som vil søke midler til kurs i grunnleggende ferdigheter."),
    ("M59", "Studieforbundenes regionale kontaktpunkter", "1.2", "1.2", R, "", "VOFOs regioner, fylkeskommunene",
     "Alle VOFO-regioner har nå en fast kontaktperson som deltar i fylkeskommunenes kompetanseforum."),
    ("M60", "Norsktrening med frivillige – kurs for kursledere", "3.4", "3.4", K, "kurs", "Studieforbundene, Røde Kors",
     "Kursledere i studieforbundene fikk opplæring i å lede samtalegrupper for innvandrere som vil øve på norsk."),
    ("M61", "Forskningsprosjekt om læringsutbytte i studieforbund", "3.6", "3.6", F, "FoU", "Fafo",
     "Prosjektet undersøker hva deltakere med kort utdanning sitter igjen med etter et studieforbundskurs."),
]

UHR = [
    ("M05", "UHRs fagstrategiske enheter", "1.4", "1.4", R, "Råd/utvalg/nettverk", "UHR", "LO, NHO, Unio, Akademikerne",
     "Enhetene (blant andre UHR-Helse og velferd, UHR-MNT og UHR-Økonomi og administrasjon) har faste plasser for partene i arbeidslivet. I 2030 ble det vedtatt felles retningslinjer for arbeidslivsrelevans i alle enhetene."),
    ("M62", "Evaluering av RSA-ordningen", "1.4", "1.4", F, "FoU", "UHR", "NIFU",
     "Evalueringen ser på hvordan rådene for samarbeid med arbeidslivet fungerer ved medlemsinstitusjonene, og leveres våren 2031."),
    ("M63", "Felles portal for etter- og videreutdanning i UH-sektoren", "2.4", "2.4", I, "Informasjon", "UHR", "HK-dir, medlemsinstitusjonene",
     "Portalen samler over 1 500 tilbud og kan filtreres på bransje og studieform."),
    ("M64", "Nasjonale retningslinjer for realkompetansevurdering i høyere utdanning", "2.5", "2.5", P, "Prosjekt", "UHR", "Medlemsinstitusjonene",
     "Arbeidsgruppen la fram forslag til felles retningslinjer i november 2030."),
    ("M65", "Kompletterende utdanning for lærere med utdanning fra utlandet", "2.6", "2.6", K, "Kurs/utdanning", "UHR", "OsloMet, UiB, NTNU",
     "Tilbudet ble utvidet til tre nye studiesteder."),
]

VESTLAND = [
    ("Hovudinnsatsområde 1: Gode val for den enkelte og for samfunnet", [
        ("M66", "Kompetanseforum Vestland", "1.2", "1,2", R, "Råd/utval/nettverk", "Vestland fylkeskommune", "NHO Vestland, LO i Vestland, KS, Nav, HVL, UiB"),
        ("M10", "Nasjonalt forum for karriererettleiing", "1.3", "1,3", R, "Råd/utval/nettverk", "Vestland fylkeskommune", "Karriere Vestland"),
        ("M67", "Karrieresenter på hjul – mobil karriererettleiing i distrikta", "1.3", "1,3", I, "Informasjon", "Karriere Vestland", "Kommunane, Nav"),
        ("M02", "Deltaking i Rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet", "1.4", "1,4", R, "Råd/utval/nettverk", "Vestland fylkeskommune", "HVL"),
    ]),
    ("Hovudinnsatsområde 2: Læring i arbeidslivet", [
        ("M68", "Kompetanseløft grøn industri Vestland", "2.4", "2,4", P, "Prosjekt", "Vestland fylkeskommune", "Fagskulen Vestland, HVL, Norsk Industri Vestland, Fellesforbundet"),
    ]),
    ("Hovudinnsatsområde 3: Styrke kompetansen til vaksne med svak tilknyting til arbeidslivet", [
        ("M11", "Modulforsøket – modulstrukturert vidaregåande opplæring for vaksne", "3.1", "3,1", K, "Kurs/utdanning", "Vestland fylkeskommune", "Nav Vestland, kommunane"),
    ]),
]

NORDLAND = [
    ("M11", "Forsøk med modulstrukturert opplæring for voksne", "3.1", "3.1 Fleksibel opplæring for voksne", K, "Kurs/utdanning", "Nordland fylkeskommune", "Nav Nordland",
     "Tilbud i helsearbeiderfaget, industrimekanikerfaget og barne- og ungdomsarbeiderfaget; 260 deltakere."),
    ("M69", "Fagbrev på jobb i havbruksnæringen", "3.1", "3.1 Fleksibel opplæring for voksne", K, "Kurs/utdanning", "Nordland fylkeskommune", "Sjømat Norge, oppdrettsselskapene",
     "Ansatte uten fagbrev får ta akvakulturfaget på arbeidsplassen."),
    ("M70", "Kompetanseforum Nordland", "1.2", "1.2 Regionalt samarbeid", R, "Råd/utvalg/nettverk", "Nordland fylkeskommune", "NHO Nordland, LO Nordland, KS Nordland, Nord universitet, Nav",
     "Forumet vedtok i 2030 en felles handlingsplan for kompetanse i Nordland 2030–2033."),
    ("M71", "Samisk perspektiv i karriereveiledningen – kurs for rådgivere", "1.3", "1.3 Karriereveiledning", K, "Kurs", "Karriere Nordland", "Sámi allaskuvla",
     "To samlinger for rådgivere i skolen og på karrieresentrene om samisk arbeids- og næringsliv."),
]
