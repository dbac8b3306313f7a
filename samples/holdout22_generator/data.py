"""The round's content. Each row: (id, delmal, shown_delmal, type, shown_type, tiltak, ansvarlig,
partners, beskrivelse). `shown_*` is how the report writes it ('' = not given)."""

RFU = "Råd/utvalg/nettverk"
KU = "Kurs/utdanning"
PR = "Prosjekt"
FOU = "FoU"
INF = "Informasjon"
ARR = "Arrangement"

# --- Regjeringen: PDF exported from Word, table grouped by area, title + description in one cell
REGJERINGEN = [
    ("1", [
        ("M01", "1.1", "1.1", RFU, "Utvalg", "Kompetansebehovsutvalget (KBU)", "KD",
         "ASD, KDD, hovedorganisasjonene",
         "Utvalget la fram sin hovedrapport i juni 2042. Departementet har sekretariatsansvaret og oppnevnte nye medlemmer for perioden 2042–2045."),
        ("M02", "1.3", "1.3", PR, "Forsøk", "Forsøk med karriereveiledning for arbeidstakere", "KD",
         "HK-dir, fylkeskommunene, partene",
         "Forsøket ble utvidet med fire nye pilotfylker. Målgruppen er arbeidstakere i virksomheter som står foran omstilling."),
        ("M03", "1.2", "1.2", RFU, "Nettverk", "Regionale kompetansefora – ny tilskuddsordning", "KD",
         "KDD, fylkeskommunene",
         "Fylkeskommunene kan søke om midler til drift av partssammensatte kompetansefora."),
    ]),
    ("2", [
        ("M04", "2.1", "2.1", KU, "Opplæring", "Bransjeprogram for varehandel og service", "KD",
         "HK-dir, Virke, LO/HK, NHO Service og Handel",
         "Nytt bransjeprogram fra høsten 2042 med korte nettbaserte moduler i netthandel, logistikk og kundebehandling."),
        ("M55", "2.1", "2.1", KU, "Kurs/utdanning", "Fleksible videreutdanningstilbud i kunstig intelligens", "KD",
         "HK-dir, universiteter og høyskoler",
         "Tilskudd til 22 nye tilbud som kan tas ved siden av jobb."),
        ("M06", "2.2", "2.2", FOU, "Utredning", "Utredning av skattefradrag for kompetanseinvesteringer i bedrifter", "FIN",
         "KD, NHO, LO",
         "Ekstern utredning levert i oktober; forslaget sendes på høring våren 2043."),
        ("M05", "2.3", "2.3", KU, "", "Samfunnskontrakten for flere læreplasser (2042–2046)", "KD",
         "Partene i arbeidslivet, KS, fylkeskommunene",
         "Ny avtale signert i mars 2042 med mål om at alle kvalifiserte søkere skal få læreplass."),
        ("M56", "2.5", "2.5", PR, "Prosjekt", "Nasjonal modell for dokumentasjon av realkompetanse fra arbeidslivet", "KD",
         "HK-dir, Nokut, partene",
         "Modellen prøves ut i helse og bygg før den gjøres nasjonal."),
        ("M07", "2.6", "2.6", INF, "Informasjon", "Digital søknadsportal for godkjenning av utenlandsk fagutdanning", "KD",
         "HK-dir",
         "Portalen ble åpnet 1. september og gir svar på søknader om godkjenning innen åtte uker."),
    ]),
    ("3", [
        ("M10", "3.1", "3.1", KU, "Kurs/utdanning", "Modulstrukturert fag- og yrkesopplæring for voksne – ny forskrift", "KD",
         "Udir, fylkeskommunene",
         "Forskriften trådte i kraft 1. august og gir voksne rett til å ta fagbrev modul for modul."),
        ("M08", "3.4", "3.4", KU, "Kurs", "Tilskuddsordningen Norsk på arbeidsplassen", "AID",
         "HK-dir, IMDi",
         "Ordningen ble styrket med 40 millioner kroner og åpnet for kommunale arbeidsgivere."),
        ("M09", "3.5", "3.5", KU, "Opplæring", "Toårig yrkesrettet opplæringstiltak i Nav gjort permanent", "AID",
         "Arbeids- og velferdsdirektoratet, fylkeskommunene",
         "Tiltaket kombinerer fagopplæring og arbeidspraksis for arbeidssøkere uten fullført videregående."),
    ]),
]

# --- LO: long prose report, a heading per tiltak, delmål only by area heading or in brackets
LO = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("M01", "1.1", "", RFU, "", "LOs plass i Kompetansebehovsutvalget", "", "",
         "LO har i 2042 hatt fast plass i utvalget og har bidratt med innspill til temaanalysen om kompetansebehov i grønn industri."),
        ("M11", "1.4", "", RFU, "", "Samarbeidsrådet for yrkesopplæring", "", "",
         "LO sitter i SRY med to representanter og har prioritert arbeidet med dimensjonering av læreplasser."),
        ("M12", "1.4", "", RFU, "", "Representasjon i de faglige rådene", "", "",
         "LO-forbundene oppnevner representanter til alle de faglige rådene og samordner sine innspill gjennom et eget forum."),
        ("M13", "1.4", "", KU, "", "Opplæring av LOs representanter i RSA", "", "",
         "To samlinger for tillitsvalgte som sitter i rådene for samarbeid med arbeidslivet ved universiteter og høyskoler."),
    ]),
    ("Læring i arbeidslivet", [
        ("M04", "2.1", "2.1", KU, "", "Bransjeprogrammet for varehandelen", "", "",
         "Gjennom Handel og Kontor har LO deltatt i utformingen av modulene i det nye bransjeprogrammet for varehandel og service."),
        ("M14", "2.2", "", FOU, "", "Læring på arbeidsplassen i små bedrifter (LAPS)", "", "",
         "Partsprosjekt sammen med NHO og YS som undersøker hvordan små bedrifter organiserer læring i det daglige arbeidet. Sluttrapporten kommer i 2043."),
        ("M15", "2.3", "", ARR, "", "Fagskolekonferansen 2042", "", "",
         "LO var medarrangør sammen med Spekter. Konferansen samlet rundt 300 deltakere i Trondheim i april."),
        ("M16", "2.3", "", INF, "", "Kampanjen «Fagarbeider – og stolt av det»", "", "",
         "Kampanje i sosiale medier rettet mot elever på ungdomstrinnet og foreldrene deres."),
    ]),
    ("Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("M17", "3.2", "", KU, "", "Kurs for tillitsvalgte om Kompetansepluss arbeid", "", "",
         "Tillitsvalgte i bygg, renhold og hotell lærte å bruke ordningen til å gi kolleger opplæring i lesing, skriving og digitale ferdigheter."),
    ]),
]

# --- NHO: spreadsheet, several sheets, header row further down, delmål partly as numbers
NHO = [
    ("M01", "1.1", 1.1, RFU, "Råd/utvalg", "Representant i Kompetansebehovsutvalget", "NHO Arbeidsliv", "",
     "NHOs representant har ledet utvalgets arbeidsgruppe for regionale analyser."),
    ("M11", "1.4", 1.4, RFU, "Råd", "Samarbeidsrådet for yrkesopplæring (SRY)", "NHO Arbeidsliv", "",
     "NHO har to faste medlemmer og ett varamedlem i rådet."),
    ("M21", "1.4", "1,4", RFU, "Råd", "Representanter i rådene for samarbeid med arbeidslivet (RSA)", "Regionforeningene", "",
     "Regionforeningene har representanter i RSA ved elleve universiteter og høyskoler."),
    ("M05", "2.3", 2.3, KU, "Avtale", "Samfunnskontrakten", "NHO", "Landsforeningene",
     "NHO har rekruttert 140 nye lærebedrifter gjennom landsforeningene."),
    ("M14", "2.2", "dm 2.2", FOU, "FoU", "LAPS – læring på arbeidsplassen i små bedrifter", "NHO", "LO, YS, Fafo",
     "Felles prosjekt med LO og YS; feltarbeid i 30 bedrifter gjennomført."),
    ("M18", "2.2", "dm 2.2", FOU, "Undersøkelse", "Kompetansebarometeret 2042", "NHO", "NIFU",
     "Årlig spørreundersøkelse blant medlemsbedriftene om kompetansebehov."),
    ("M19", "2.4", "2,4", PR, "Prosjekt", "Klyngesamarbeid om etter- og videreutdanning i havbruk", "Sjømat Norge",
     "NTNU, Nord universitet, Havbruksklyngen Midt",
     "Bedriftene i klyngen utvikler sammen med to universiteter korte studier i fiskehelse og automasjon."),
    ("M20", "3.4", 3.4, RFU, "Nettverk", "Bedriftsnettverk for deltakere i introduksjonsprogrammet", "NHO", "Nav, IMDi",
     "Nettverket formidler språkpraksis og arbeidstrening i 85 medlemsbedrifter."),
]

# --- Unio: scanned table
UNIO = [
    ("M01", "1.1", "1.1", RFU, "Råd/utvalg", "Unio-representant i Kompetansebehovsutvalget", "Unio", "", ""),
    ("M21", "1.4", "1,4", RFU, "Råd/utvalg", "Deltakelse i RSA ved universiteter og høyskoler", "Unio", "Utdanningsforbundet, NSF", ""),
    ("M22", "2.1", "2,1", PR, "Prosjekt", "Digitalt kompetanseløft i kommunesektoren (DigiKomp)", "Unio", "KS, YS, LO Kommune", ""),
    ("M23", "2.2", "2.2", FOU, "FoU", "Rapport om videreutdanning for sykepleiere", "NSF", "Oxford Research", ""),
    ("M24", "3.6", "3.6", KU, "Kurs", "Kurs i studieforbund for tillitsvalgte", "Unio", "Unios forbund", ""),
]

# --- KS: ODT, typed numbered list, fields in brackets at the end
KS = [
    ("M11", "1.4", "dm 1.4", RFU, "Råd/utvalg", "KS leder Samarbeidsrådet for yrkesopplæring",
     "KS", "", "KS har ledervervet i SRY i perioden 2042–2043 og har satt læreplasser i kommunal sektor på dagsordenen."),
    ("M22", "2.1", "dm 2.1", PR, "prosjekt", "DigiKomp", "KS", "Unio, YS, LO Kommune, Akademikerne kommune",
     "Samarbeid med arbeidstakerorganisasjonene om digital kompetanse i kommunene; 120 kommuner deltar."),
    ("M25", "2.2", "dm 2.2", PR, "prosjekt", "LAPS-modellen i kommunal sektor", "KS", "Fafo",
     "Utprøving av metoden fra partsprosjektet LAPS i tolv små kommuner."),
    ("M26", "2.2", "dm 2.2", FOU, "FoU", "Kommunesektorens arbeidslivsmonitor 2042", "KS", "",
     "Ny utgave publisert i september med tall for kompetanseutvikling og turnover."),
    ("M28", "2.3", "dm 2.3", INF, "informasjon", "Lærlingstatus i kommunesektoren 2042", "KS", "",
     "Oversikt over lærlinger per kommune, sendt ut til alle ordførere."),
    ("M27", "3.1", "dm 3.1", KU, "utdanning", "Fagbrev på jobb i helse- og omsorgstjenestene", "KS",
     "Fylkeskommunene, Fagforbundet",
     "Assistenter uten fagbrev tar helsefagarbeiderfaget mens de er i jobb."),
]

# --- YS: RTF letter with typed bullets
YS = [
    ("M01", "1.1", "delmål 1.1", RFU, "", "YS er representert i Kompetansebehovsutvalget ved nestleder", "", "", ""),
    ("M22", "2.1", "delmål 2.1", PR, "", "DigiKomp-samarbeidet med KS", "", "", ""),
    ("M29", "2.1", "delmål 2.1", FOU, "", "Kartlegging av digitale ferdigheter blant medlemmer i finansnæringen", "", "", ""),
    ("M14", "2.2", "delmål 2.2", FOU, "", "Partsprosjektet LAPS sammen med NHO og LO", "", "", ""),
]

# --- Virke: filled-in form, two versions (old one superseded)
VIRKE_OLD = [
    ("M04", "2.1", "2.1", KU, "Kurs/utdanning", "Bransjeprogram for handel", "Virke", "HK, KD",
     "Virke har deltatt i utformingen av programmet."),
    ("M12", "1.4", "1.4", RFU, "Råd/utvalg/nettverk", "Faglig råd for salg, service og reiseliv", "Virke", "", ""),
    ("M30", "2.2", "2.2", FOU, "FoU", "Kompetansebarometer for handel", "Virke", "", ""),
    ("M31", "2.5", "2.5", ARR, "Arrangement", "Frokostseminar om realkompetanse", "Virke", "", ""),
]
VIRKE = [
    ("M04", "2.1", "2.1 Digital kompetanse", KU, "Kurs/utdanning", "Bransjeprogrammet for varehandel og service",
     "Virke", "HK, KD, HK-dir",
     "Virke har deltatt i utformingen av programmet og rekruttert 400 deltakere fra medlemsbedriftene."),
    ("M12", "1.4", "1.4 Samarbeid utdanning–arbeidsliv", RFU, "Råd/utvalg/nettverk",
     "Virkes representanter i Faglig råd for salg, service og reiseliv", "Virke", "",
     "To representanter oppnevnt for perioden 2040–2044."),
    ("M21", "1.4", "1.4 Samarbeid utdanning–arbeidsliv", RFU, "Råd/utvalg/nettverk",
     "Deltakelse i RSA ved OsloMet og Universitetet i Sørøst-Norge", "Virke", "OsloMet, USN", ""),
    ("M30", "2.2", "2.2 Kunnskapsgrunnlag", FOU, "FoU", "Virkes kompetansebarometer for handel", "Virke",
     "Samfunnsøkonomisk analyse",
     "Undersøkelse blant 1 200 ledere i handel om kompetansebehov de neste fem årene."),
    ("M31", "2.5", "2.5 Dokumentasjon av kompetanse", ARR, "Arrangement",
     "Frokostseminar om realkompetansevurdering i arbeidslivet", "Virke", "HK-dir", ""),
]

# --- Akademikerne: slide deck exported to PDF
AKADEMIKERNE = [
    ("M01", "1.1", "Delmål 1.1", RFU, "Råd/utvalg", "Akademikernes medlem i KBU", "Akademikerne", "",
     "Bidro til utvalgets temarapport om behovet for høyere utdanning i helse."),
    ("M32", "1.1", "Delmål 1.1", FOU, "Notat", "Notat: Akademikernes kommentarer til KBUs hovedrapport 2042",
     "Akademikerne", "Medlemsforeningene",
     "Sammenstilling av foreningenes merknader, sendt KD i september."),
    ("M35", "1.3", "Delmål 1.3", INF, "Veiledning", "Karriereveiledning for medlemmer midt i karrieren",
     "Akademikerne", "Medlemsforeningene",
     "Digitale karrieresamtaler for medlemmer mellom 40 og 55 år."),
    ("M33", "1.4", "Delmål 1.4", RFU, "Råd/utvalg", "Observatør i UHR-Lærerutdanning og UHR-Helse og sosial",
     "Akademikerne", "", "Observatørene deltar på alle møter og gir innspill om praksis i utdanningene."),
    ("M34", "2.2", "Delmål 2.2", FOU, "FoU", "Forskningsrapport «Etter- og videreutdanning for akademikere i staten»",
     "Akademikerne", "Proba samfunnsanalyse", "Rapporten ble lagt fram på Arendalsuka."),
]

# --- Spekter: memo as .doc; table whose delmål column holds the delmål's words only
SPEKTER = [
    ("M12", "1.4", "Samarbeid mellom opplæringstilbydere og arbeidslivet", RFU, "",
     "Plass i Faglig råd for helse- og oppvekstfag", "", "",
     "Spekter har én fast representant og ett varamedlem."),
    ("M37", "1.4", "Samarbeid mellom opplæringstilbydere og arbeidslivet", ARR, "",
     "Dialogmøte med Spekters representanter i de faglige rådene", "", "Medlemsvirksomhetene",
     "Årlig møte for å samordne innspill fra helseforetakene før rådsmøtene."),
    ("M36", "2.1", "Digital kompetanse i hele arbeidsstyrken", KU, "",
     "Bransjeprogram for spesialisthelsetjenesten", "", "LO Stat, YS Spekter, Unio",
     "Pilot med korte moduler i digital samhandling for helsefagarbeidere."),
    ("M15", "2.3", "Synliggjøre karrieremuligheter i yrkesfagene", ARR, "",
     "Fagskolekonferansen 2042", "", "LO",
     "Arrangert sammen med LO i Trondheim i april, med vekt på fagskoleveier i sykehusene."),
    ("M05", "2.3", "Synliggjøre karrieremuligheter i yrkesfagene", KU, "",
     "Samfunnskontrakten for flere læreplasser", "", "Helseforetakene",
     "Helseforetakene tok inn 12 prosent flere lærlinger enn i 2041."),
]

# --- VOFO: PDF exported from Word, numbered list, roman delmål
VOFO = [
    ("M40", "1.2", "I.2", FOU, "evaluering", "Evaluering av regionale partnerskapsavtaler med fylkeskommunene",
     "VOFO", "Fylkeskommunene", "Gjennomgang av 9 avtaler, med anbefalinger om felles maler."),
    ("M38", "3.2", "III.2", INF, "informasjon", "Promotering av Kompetansepluss frivillighet",
     "VOFO", "Studieforbundene", "Informasjonsmøter i alle regioner og en ny nettside for frivillige lag."),
    ("M39", "3.6", "III.6", KU, "kurs", "Kurs for nye ledere i studieforbund", "VOFO", "",
     "Tre samlinger med 45 deltakere."),
    ("M41", "3.6", "III.6", ARR, "konferanse", "Voksnes læringskonferanse 2042", "VOFO", "HK-dir, Unio",
     "Nasjonal konferanse på Hamar med tema læringslyst hos voksne."),
    ("M42", "3.6", "III.6", FOU, "kartlegging", "Kartlegging av frivillige organisasjoners opplæringsvirksomhet",
     "VOFO", "NIFU", ""),
]

# --- UHR: table with two-row header (Tiltak: Navn | Omtale; Aktører: Ansvarlig | Partnere)
UHR = [
    ("M33", "1.4", "Delmål 1.4", RFU, "Råd/utvalg/nettverk", "UHRs fagstrategiske enheter", "UHR",
     "LO, Akademikerne, Unio, NHO, Spekter",
     "Seks enheter med observatører fra partene i arbeidslivet; UHR-Helse og sosial fikk en ny arbeidslivsgruppe."),
    ("M46", "1.4", "Delmål 1.4", FOU, "Kartlegging", "Kartlegging av RSA-enes arbeid 2038–2042", "UHR",
     "Institusjonene", "Spørreundersøkelse til alle RSA-sekretariater om sammensetning og saker."),
    ("M43", "1.4", "Delmål 1.4", INF, "Veileder", "Nasjonal veileder for praksis i profesjonsutdanningene", "UHR",
     "KS, Spekter", "Veilederen beskriver ansvar og avtaler mellom institusjon og praksissted."),
    ("M45", "1.3", "Delmål 1.3", INF, "Informasjon", "Felles portal for etter- og videreutdanning ved UH-institusjonene",
     "UHR", "HK-dir", "Portalen viser alle tilbud for voksne i arbeid på ett sted."),
    ("M44", "2.4", "Delmål 2.4", KU, "Utdanning", "Fleksible videreutdanningstilbud i grønn omstilling", "UHR",
     "NHO, næringsklyngene", "Ni institusjoner har utviklet moduler sammen med klyngene i sine regioner."),
]

# --- Vestland fylkeskommune (Nynorsk): table with area rows, title + description paragraphs in one cell
VESTLAND = [
    ("Innsatsområde 1: Gode val for den einskilde og for samfunnet", [
        ("M48", "1.2", "1.2", RFU, "Nettverk", "Kompetanseforum Vestland", "Vestland fylkeskommune",
         "KS, LO, NHO, Nav, HVL, UiB", "Forumet møttest fire gonger og vedtok ein felles handlingsplan for 2042–2044."),
        ("M49", "1.3", "1.3", PR, "Prosjekt", "Ambulerande karriererettleiing i distrikta", "Karriere Vestland",
         "Kommunane", "Rettleiarar har hatt faste kontordagar i 18 distriktskommunar."),
    ]),
    ("Innsatsområde 2: Læring i arbeidslivet", [
        ("M05", "2.3", "2.3", KU, "Opplæring", "Samfunnskontrakten for fleire læreplassar", "Vestland fylkeskommune",
         "Partane i arbeidslivet, KS",
         "Fylkeskommunen følgjer opp den nasjonale avtalen og har formidla lærlingar til 60 nye lærebedrifter."),
        ("M47", "2.3", "2.3", ARR, "Arrangement", "Regional fagskulekonferanse i Vestland", "Vestland fylkeskommune",
         "Fagskulen Vestland, NHO Vestland", "Konferanse i Førde for rådgjevarar og bedrifter."),
    ]),
    ("Innsatsområde 3: Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet", [
        ("M50", "3.4", "3.4", KU, "Opplæring", "Norskopplæring kombinert med fagbrev for vaksne innvandrarar",
         "Vestland fylkeskommune", "Nav, kommunane", "Tilbodet har 70 deltakarar på seks skular."),
    ]),
]

# --- Troms fylkeskommune: PDF from Word, headings are delmål words only, bullets "title: description"
TROMS = [
    ("Regionalt kompetansepolitisk ansvar og samarbeid", [
        ("M52", "1.2", RFU, "Kompetanseforum Troms",
         "forumet har fått ny sammensetning med Sametinget som observatør"),
    ]),
    ("Karriereveiledning", [
        ("M02", "1.3", PR, "Pilotfylke i forsøket med karriereveiledning for arbeidstakere",
         "400 arbeidstakere har fått veiledning i 2042"),
        ("M54", "1.3", KU, "Samisk språk og kultur i karriereveiledningen",
         "kursdager for alle veiledere ved karrieresentrene"),
    ]),
    ("Digital kompetanse i arbeidsstyrken", [
        ("M51", "2.1", PR, "Digitalt kompetanseløft i Troms-kommunene",
         "en regional versjon av DigiKomp for de tjue minste kommunene, finansiert av fylkeskommunen"),
    ]),
    ("Fleksibel opplæring for voksne", [
        ("M53", "3.1", KU, "Fagbrev for voksne innen havbruk og fiskeindustri",
         "modulbasert tilbud i Lyngen og Senja"),
    ]),
]

# --- Sametinget (observer): an e-mail printed to PDF, lettered items in running text
SAMETINGET = [
    ("M54", "1.3", "delmål 1.3", KU, "", "Samisk språk og kultur i karriereveiledningen", "",
     "Troms fylkeskommune",
     "Sametinget har bidratt med innhold og foredragsholdere til kursdagene for veiledere ved karrieresentrene."),
    ("M58", "1.1", "delmål 1.1", FOU, "", "Innspill til KBU om kompetansebehov i samisk næringsliv", "", "",
     "Et kort notat om behovet for fagfolk i reindrift, duodji og samisk reiseliv, sendt utvalgets sekretariat i mai."),
    ("M57", "3.2", "delmål 3.2", PR, "", "Kompetansepluss i samiske områder", "", "HK-dir",
     "Fire prosjekter med opplæring i grunnleggende ferdigheter for voksne i reindrift og primærnæringer fikk støtte."),
]
