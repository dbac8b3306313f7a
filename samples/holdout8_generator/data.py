"""The measures of the 2028 round, one list per report.

Each row: (seed_row, tiltak, delmal, type, ansvarlig, samarbeidspartnere,
beskrivelse, extra) where ``extra`` holds how the report writes delmål and type.
"""

RAD = "Råd/utvalg/nettverk"
KURS = "Kurs/utdanning"
FOU = "FoU"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"


def r(sid, tiltak, delmal, type_, ans="", partners="", beskr="", **extra):
    return dict(seed_row=sid, tiltak=tiltak, delmal=delmal, type=type_,
                ansvarlig=ans, samarbeidspartnere=partners, beskrivelse=beskr,
                extra=extra)


# --- Regjeringen: ODT, table with area rows, repeated header, name+description in one cell
REGJERINGEN = [
    ("Innsatsområde 1 – Gode valg for den enkelte og for samfunnet", [
        r("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "KD",
          "ASD, NFD, KDD, hovedorganisasjonene i arbeidslivet",
          "Utvalget la i juni 2028 fram sin sjette hovedrapport, om kompetansebehov i grønn omstilling. KD har sekretariatet.",
          dm="dm 1.1", kat="Utvalg"),
        r("M02", "Pilot «Neste steg» – karriereveiledning for voksne i arbeid", "1.3", PROS, "KD",
          "HK-dir, fylkeskommunene, partene",
          "Karrieresentrene i fire fylker gir gratis veiledning til arbeidstakere som vil omstille seg. Piloten evalueres av NIFU.",
          dm="Delmål 1.3", kat="Prosjekt"),
        r("M03", "Nettverk for de regionale kompetanseforaene", "1.2", RAD, "KD",
          "KDD, KS, fylkeskommunene",
          "Nettverket møttes tre ganger og utvekslet erfaringer med regionale kompetanseplaner.",
          dm="Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle", kat="Nettverk"),
    ]),
    ("Innsatsområde 2 – Læring i arbeidslivet", [
        r("M04", "Bransjeprogrammene for kompetanseutvikling", "2.4", KURS, "KD",
          "ASD, HK-dir, partene i bransjene, universiteter, fagskoler",
          "Et nytt program for sjømatnæringen kom til i 2028. Om lag 9 000 deltakere fullførte et tilbud i løpet av året.",
          dm="dm 2.4", kat="Kurs/utdanning"),
        r("M05", "Tilskudd til fleksible nettstudier i IKT-sikkerhet", "2.1", KURS, "KD",
          "HK-dir",
          "Universiteter og fagskoler fikk midler til 1 200 studieplasser for yrkesaktive.",
          dm="dm 2.1", kat="Utdanning"),
        r("M06", "Evaluering av kompetansevurdering i arbeidslivet", "2.5", FOU, "KD",
          "Udir, Fafo",
          "Fafo undersøker hvordan vurderingsmodellen brukes av bedrifter og prøvenemnder.",
          dm="Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet", kat="Evaluering"),
        r("M07", "Digital søknadsløsning for godkjenning av utenlandsk fagutdanning", "2.6", PROS, "KD",
          "HK-dir, NOKUT",
          "Ny løsning skal korte ned saksbehandlingstiden til under tre måneder.",
          dm="dm 2.6", kat=""),
    ]),
    ("Innsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        r("M08", "Kompetansepluss frivillighet", "3.2", KURS, "KD",
          "HK-dir, VOFO, studieforbundene",
          "Ordningen ble styrket med 15 mill. kroner. Studieforbundene gjennomførte 1 400 kurs i grunnleggende ferdigheter.",
          dm="dm 3.2", kat="Tilskudd/kurs"),
        r("M09", "Toårig yrkesrettet opplæring i NAV utvides til alle fylker", "3.5", KURS, "ASD",
          "Arbeids- og velferdsdirektoratet, fylkeskommunene",
          "Fra høsten 2028 kan arbeidssøkere i hele landet få opplæring fram mot fagbrev mens de mottar ytelser.",
          dm="Delmål 3.5", kat="Kurs/utdanning"),
        r("M10", "Heltidsnorsk i introduksjonsprogrammet", "3.4", PROS, "KD",
          "IMDi, kommunene",
          "Forsøk i tolv kommuner med norskopplæring på heltid kombinert med språkpraksis.",
          dm="dm 3.4", kat="Prosjekt"),
    ]),
]

# --- LO: a letter, numbered paragraphs "N. Title (x.y). Account. Samarbeidspartner: …"
LO = [
    r("M01", "Kompetansebehovsutvalget", "1.1", RAD, "", "",
      "LO har to medlemmer i utvalget og har i 2028 særlig lagt vekt på behovet for fagarbeidere i industri og bygg.",
      dm="1.1"),
    r("M11", "Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "", "",
      "LO ledet SRY fram til sommeren 2028 og har deretter hatt nestledervervet. Rådet drøftet blant annet dimensjonering av læreplasser.",
      dm="1.4"),
    r("M12", "LO-forbundenes plasser i de faglige rådene", "1.4", RAD, "", "",
      "Forbundene har representanter i alle ti faglige råd og har bidratt i arbeidet med ny tilbudsstruktur.",
      dm="1.4"),
    r("M13", "Samling for LOs representanter i faglige råd", "1.4", ARR, "", "",
      "En todagers samling i oktober om fornyelse av læreplaner og lærlingløftet, med 60 deltakere.",
      dm="1.4"),
    r("M14", "Observatør i UHRs fagstrategiske enheter", "1.4", RAD, "", "",
      "LO bruker observatørplassene i UHR-Helse og velferd og UHR-Lærerutdanning til å fremme arbeidslivsrelevans i utdanningene.",
      dm="1.4"),
    r("M04", "Bransjeprogrammene", "2.4", KURS, "", "",
      "LO-forbundene sitter i styringsgruppene for programmene i industri, bygg, helse og renhold.",
      dm="2.4"),
    r("M15", "KOMPIS", "2.4", PROS, "", "NHO",
      "LO er med i partssamarbeidet om kompetanseløft i små og mellomstore bedrifter og har ansvaret for opplæringen av tillitsvalgte i pilotbedriftene.",
      dm="2.4"),
]

# --- NHO: xlsx, instruction sheet, header on row 4, delmål as numbers, hidden sheet + hidden row
NHO = [
    r("M01", "Sete i Kompetansebehovsutvalget", "1.1", RAD, "NHO", "",
      "NHO er representert med én person i KBU.", art="Råd/utvalg"),
    r("M11", "SRY", "1.4", RAD, "NHO", "",
      "NHO overtok ledelsen av Samarbeidsrådet for yrkesopplæring fra august 2028.", art="Råd/utvalg"),
    r("M12", "Faglig råd for bygg- og anleggsteknikk", "1.4", RAD, "NHO Byggenæringen", "",
      "Landsforeningen har leder og to medlemmer i rådet.", art="Råd/utvalg"),
    r("M16", "Kompetansebarometeret 2028", "2.2", FOU, "NHO", "NIFU",
      "Årlig undersøkelse blant medlemsbedriftene om hvilken kompetanse de mangler.", art="Undersøkelse"),
    r("M17", "Kampanjen «Fagfolk trengs»", "2.3", INFO, "NHO", "",
      "Kampanje i sosiale medier rettet mot elever i 10. klasse og foreldrene deres.", art="Kampanje"),
    r("M15", "KOMPIS – kompetanseløft i små og mellomstore bedrifter", "2.4", PROS, "NHO", "LO, HK-dir",
      "Pilot i 40 bedrifter i Agder og Nordland. Bedriftene får kartlagt behov og kjøper skreddersydde kurs.", art="Prosjekt"),
    r("M04", "Bransjeprogram", "2.4", KURS, "NHO", "LO, KD",
      "NHOs landsforeninger koordinerer arbeidsgiversiden i sju bransjeprogram.", art="Kurs/utdanning"),
]
NHO_HIDDEN_ROW = (2.3, "Rådgiverdagen 2028 (avlyst)", "Ble ikke gjennomført.", "NHO", "", "Arrangement")
NHO_2027 = [
    (1.1, "Sete i Kompetansebehovsutvalget", "NHO er representert i KBU.", "NHO", "", "Råd/utvalg"),
    (2.2, "Kompetansebarometeret 2027", "Årlig undersøkelse.", "NHO", "NIFU", "Undersøkelse"),
    (3.3, "Jobbsjansen i bedrift", "Praksisplasser for innvandrere.", "NHO", "NAV", "Prosjekt"),
]

# --- Unio: two versions; headings per delmål, bullets "Title – description [type]"
UNIO_FINAL = [
    ("Delmål 1.1 Kompetansebehovsutvalget", [
        r("M01", "Deltakelse i kompetansebehovsutvalget", "1.1", RAD, "", "",
          "Unio har ett medlem i utvalget, oppnevnt etter forslag fra Utdanningsforbundet.", typ="Råd/utvalg"),
    ]),
    ("Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv", [
        r("M18", "Unio i RSA-ene", "1.4", RAD, "", "",
          "Unio-forbund er representert i rådene for samarbeid med arbeidslivet ved 14 universiteter og høyskoler.", typ="Råd/utvalg"),
        r("M14", "Plass i UHR-Helse og velferd", "1.4", RAD, "", "",
          "Sykepleierforbundet og Fysioterapeutforbundet møter for Unio som observatører.", typ="Nettverk"),
    ]),
    ("Delmål 2.2 Kunnskapsgrunnlaget", [
        r("M20", "Rapport om videreutdanning for lærere og sykepleiere", "2.2", FOU, "", "",
          "Fafo kartla bruken av videreutdanning blant medlemmer i fem Unio-forbund.", typ="FoU"),
    ]),
    ("Delmål 2.3 Karrieremuligheter i yrkesfag", [
        r("M19", "Helsekompetanse 2028", "2.3", ARR, "", "",
          "Konferanse om karriereveier for helsefagarbeidere, arrangert sammen med Spekter i Bergen i mai.", typ="Arrangement"),
    ]),
    ("Delmål 3.6 Læring i frivillig sektor", [
        r("M21", "Kurs for tillitsvalgte gjennom studieforbundene", "3.6", KURS, "", "",
          "Over 2 000 tillitsvalgte deltok på kurs i regi av forbundenes studieforbund.", typ="Kurs"),
    ]),
]
UNIO_DRAFT = [
    ("Delmål 1.1 Kompetansebehovsutvalget", [
        ("Deltakelse i kompetansebehovsutvalget", "Unio har ett medlem i utvalget.", "Råd/utvalg"),
    ]),
    ("Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv", [
        ("Unio i RSA-ene", "Unio-forbund er representert i flere råd for samarbeid med arbeidslivet.", "Råd/utvalg"),
    ]),
    ("Delmål 2.2 Kunnskapsgrunnlaget", [
        ("Kartlegging av videreutdanning", "Fafo-prosjekt, under arbeid.", "FoU"),
    ]),
    ("Delmål 2.3 Karrieremuligheter i yrkesfag", [
        ("Helsekompetanse 2028", "Konferanse sammen med Spekter.", "Arrangement"),
        ("Seniorpolitisk seminar", "Flyttet til 2029.", "Arrangement"),
    ]),
]

# --- KS: slide deck as PDF
KS = [
    ("Gode valg for den enkelte og samfunnet", [
        r("M11", "KS' representasjon i SRY", "1.4", RAD, "KS", "",
          "KS har to medlemmer og ett varamedlem i Samarbeidsrådet for yrkesopplæring.", typ="Råd/utvalg"),
        r("M22", "Oppsummering av KBUs hovedrapport for kommunesektoren", "1.1", INFO, "KS", "",
          "Notat til kommuner og fylkeskommuner om hva utvalgets funn betyr for rekrutteringen.", typ="Informasjon"),
        r("M23", "Kompetanseforum for kommunene i Nord-Norge", "1.2", RAD, "KS Nord-Norge",
          "Nordland fylkeskommune, Troms fylkeskommune", "Forumet samler kommunalsjefer og fylkeskommunene to ganger i året.", typ="Nettverk"),
    ]),
    ("Læring i arbeidslivet", [
        r("M25", "KommuneDigital – digital grunnkompetanse for ansatte", "2.1", KURS, "KS", "",
          "Nettkurset ble brukt av 41 000 kommuneansatte i 2028.", typ="Kurs/utdanning"),
        r("M26", "Kommunal kompetanseundersøkelse 2028", "2.2", FOU, "KS", "Fafo",
          "Spørreundersøkelse til alle kommuner om kompetansebehov og bruk av etter- og videreutdanning.", typ="FoU"),
        r("M27", "Lærlingkampanjen «Bli lærling i kommunen»", "2.3", INFO, "KS", "",
          "Film og annonser i sosiale medier i januar og februar.", typ="Informasjon"),
        r("M24", "Fagbrev på jobb", "2.5", KURS, "KS", "fylkeskommunene, Fagforbundet",
          "Ordningen er tatt i bruk i 230 kommuner, særlig for helsefagarbeidere og barne- og ungdomsarbeidere.", typ="Kurs/utdanning"),
    ]),
    ("Voksne med svak tilknytning til arbeidslivet", [
        r("M28", "Språkpraksis med norskopplæring i kommunale virksomheter", "3.3", PROS, "KS", "IMDi, NAV",
          "Prosjekt i åtte kommuner der deltakere i introduksjonsprogrammet får praksis i barnehager og sykehjem.", typ="Prosjekt"),
    ]),
]

# --- YS: memo (RTF) with merged columns
YS = [
    r("M11", "YS' plass i Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "YS", "",
      "YS har hatt ett fast medlem i rådet siden 2024.", omr="Gode valg (1.4)"),
    r("M29", "DigiKomp – digitale ferdigheter i kontor og handel", "2.1", KURS, "YS", "Virke, Negotia",
      "Felles program med Virke: gratis nettkurs og lokale kursdager for ansatte uten høyere utdanning.",
      omr="Læring i arbeidslivet (2.1)"),
    r("M30", "Undersøkelse om kompetansefond i tariffavtalene", "2.2", FOU, "YS", "Fafo",
      "Kartlegger hvilke avtaler som har fond for etter- og videreutdanning og hvordan de brukes.",
      omr="Læring i arbeidslivet (2.2)"),
    r("M31", "YS-skolen: kurs i kompetanseplanlegging for tillitsvalgte", "2.4", KURS, "YS", "",
      "Seks kurs med til sammen 140 deltakere fra YS-forbundene.", omr="Læring i arbeidslivet (2.4)"),
    r("M32", "Realkompetansevurdering for helsesekretærer", "2.5", PROS, "Delta", "YS, Helse Sør-Øst",
      "Prosjekt som prøver ut vurdering av erfaringsbasert kompetanse mot læreplanen i helsesekretærfaget.",
      omr="Læring i arbeidslivet (2.5)"),
    r("M58", "Norskopplæring og mentor for innvandrere i finansnæringen", "3.4", PROS, "Finansforbundet",
      "YS, Finans Norge",
      "Tjue nyansatte med innvandrerbakgrunn fikk arbeidsrettet norskkurs og en fast mentor det første året.",
      omr="Voksne med svak tilknytning (3.4)"),
]

# --- Virke: scanned table, delmål with comma
VIRKE = [
    r("M12", "Medlemmer i faglig råd for salg, service og reiseliv", "1.4", RAD, "Virke", "", "", dm="1,4", typ="Råd/utvalg"),
    r("M29", "DigiKomp (med YS)", "2.1", KURS, "Virke", "YS, Negotia", "", dm="2,1", typ="Kurs"),
    r("M34", "Handelens kompetanseundersøkelse 2028", "2.2", FOU, "Virke", "Opinion", "", dm="2,2", typ="FoU"),
    r("M35", "Frokostmøte om lærlinger i handelen", "2.3", ARR, "Virke", "", "", dm="2,3", typ="Arrangement"),
    r("M33", "KOMPIS 2 – utvidelse til handel", "2.4", PROS, "Virke", "NHO, LO", "", dm="2,4", typ="Prosjekt"),
    r("M36", "Norsk på jobb i butikk", "3.4", KURS, "Virke", "HK-dir", "", dm="3,4", typ="Kurs"),
]

# --- Akademikerne: a form, one key/value table per measure (.doc)
AKADEMIKERNE = [
    r("M01", "Akademikerne oppnevner ett medlem til Kompetansebehovsutvalget", "1.1", RAD, "Akademikerne", "",
      "Medlemmet er oppnevnt for perioden 2027–2030.", dm="1.1 – KBU", typ="Råd/utvalg/nettverk"),
    r("M37", "Innspill til KBUs temavalg for 2029", "1.1", INFO, "Akademikerne", "",
      "Skriftlig innspill om behovet for analyser av kompetanse i offentlig sektor.", dm="1.1", typ="Informasjon"),
    r("M18", "Arbeidslivsrepresentanter i råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD,
      "Akademikernes forbund", "universiteter og høyskoler",
      "Forbundene har representanter i RSA ved alle universitetene.", dm="1.4", typ="Råd/utvalg/nettverk"),
    r("M38", "Kartlegging av etter- og videreutdanning blant akademikere i staten", "2.2", FOU,
      "Akademikerne stat", "Samfunnsøkonomisk analyse",
      "Rapporten viser at halvparten av de spurte ikke har fått videreutdanning de siste tre årene.",
      dm="2.2", typ="FoU"),
    r("M59", "Karriereveiledning for medlemmer over 55 år", "1.3", PROS, "Tekna", "Akademikerne",
      "Pilot med individuelle samtaler om videre karriere og behov for oppdatering av fagkunnskap.",
      dm="1.3", typ="Prosjekt (pilot)"),
    r("M39", "Webinarserie om livslang læring for tillitsvalgte", "2.4", ARR, "Akademikerne", "",
      "Fire webinarer om hvordan tillitsvalgte kan ta opp kompetanse i de lokale drøftingene.",
      dm="2.4", typ="Arrangement (webinarer)"),
]

# --- Spekter: two-column prose, delmål by words only
SPEKTER = [
    r("M01", "Kompetansebehovsutvalget", "1.1", RAD, "", "",
      "Utvalget har også i 2028 hatt en representant fra Spekter, som har bidratt med tall fra helseforetakene om behovet for spesialsykepleiere.",
      dmw="Knyttes til delmålet om et kompetansebehovsutvalg av forskere, analytikere og partene."),
    r("M18", "Råd for samarbeid med arbeidslivet", "1.4", RAD, "", "",
      "Helseforetakene sitter sammen med Spekter i rådene ved de største institusjonene som utdanner helsepersonell.",
      dmw="Knyttes til delmålet om samarbeid mellom utdanningstilbydere og arbeidslivet."),
    r("M40", "Dialogmøte med Spekters representanter i SRY og de faglige rådene", "1.4", ARR, "", "",
      "Et halvdagsmøte i mars der representantene delte erfaringer og drøftet sykehusenes behov for lærlinger.",
      dmw="Knyttes til delmålet om samarbeid mellom utdanningstilbydere og arbeidslivet."),
    r("M60", "Lederprogram for digital omstilling i helseforetakene", "2.1", KURS, "", "",
      "Sjette kull med 45 ledere fullførte programmet, som gir studiepoeng ved BI.",
      dmw="Knyttes til delmålet om digital kompetanse i hele arbeidsstyrken."),
    r("M19", "Helsekompetansekonferansen 2028", "2.3", ARR, "", "",
      "Sammen med Unio arrangerte vi konferansen i Bergen, med 350 deltakere fra sykehus, kommuner og utdanning.",
      dmw="Knyttes til delmålet om å synliggjøre karrieremulighetene i yrkesfag."),
    r("M41", "Kompetanseløft for helsefagarbeidere i sykehus", "3.1", PROS, "", "",
      "Voksne ufaglærte i fire helseforetak tar fagbrev gjennom et tilrettelagt løp på arbeidsplassen.",
      dmw="Knyttes til delmålet om fleksibel opplæring på voksnes premisser."),
]

# --- VOFO: two-row header, delmål split in roman innsatsområde + number
VOFO = [
    r("M42", "Regionale VOFO-kontakter i alle fylker", "1.2", RAD, "VOFO", "fylkeskommunene",
      "Kontaktpersonene deltar i fylkeskommunenes kompetansefora.", omr="I", nr="2"),
    r("M45", "Statistikkrapport om opplæring i studieforbund", "2.2", FOU, "VOFO", "",
      "Rapporten samler deltakertall og timer for alle studieforbund.", omr="II", nr="2"),
    r("M08", "Kompetansepluss frivillighet", "3.2", KURS, "Studieforbundene", "HK-dir, VOFO",
      "Studieforbundene formidlet kurs i lesing, skriving og digitale ferdigheter til 9 000 deltakere.", omr="III", nr="2"),
    r("M44", "Språkkafeer og norsktrening", "3.4", KURS, "Studieforbundene", "frivillige lag, bibliotek",
      "Over 300 språkkafeer ble drevet med støtte fra studieforbundene.", omr="III", nr="4"),
    r("M43", "Kampanjen «Lær noe nytt i høst»", "3.6", INFO, "VOFO", "studieforbundene",
      "Felles markedsføring av kurstilbudet i studieforbundene.", omr="III", nr="6"),
]

# --- UHR: table, several measures as bullets in one cell
UHR = [
    ("1.4", "UHR", [
        r("M14", "Fagstrategiske enheter med representanter fra arbeidslivet", "1.4", RAD, "UHR", "", "", typ="nettverk"),
        r("M46", "UHRs veileder for råd for samarbeid med arbeidslivet", "1.4", INFO, "UHR", "", "", typ="informasjon"),
    ]),
    ("2.4", "UHR-EVU", [
        r("M47", "Nettverk for etter- og videreutdanning i UH-sektoren", "2.4", RAD, "UHR-EVU", "", "", typ="nettverk"),
        r("M04", "Deltakelse i bransjeprogrammene", "2.4", KURS, "UHR-EVU", "", "", typ=""),
    ]),
    ("2.5", "UHR-Utdanning", [
        r("M49", "Felles retningslinjer for realkompetansevurdering i høyere utdanning", "2.5", PROS, "UHR-Utdanning", "", "", typ="prosjekt"),
    ]),
    ("2.6", "UHR-Helse og velferd", [
        r("M48", "Kompletterende utdanning for sykepleiere utdannet utenfor EU/EØS", "2.6", KURS, "UHR-Helse og velferd", "", "", typ="utdanning"),
    ]),
]

# --- Vestland fylkeskommune: Nynorsk table exported to PDF through LibreOffice
VESTLAND = [
    r("M50", "Kompetanseforum Vestland", "1.2", RAD, "Vestland fylkeskommune",
      "NAV Vestland, LO, NHO, KS, HVL, UiB",
      "Forumet samla partane, NAV og utdanningsinstitusjonane fire gonger i 2028.", dm="dm 1.2", typ="Nettverk"),
    r("M52", "Regional analyse av kompetansebehov 2028", "1.2", FOU, "Vestland fylkeskommune", "Vestlandsforsking",
      "Analysen viser mangel på fagarbeidarar i helse og industri i alle regionane.", dm="dm 1.2", typ="Utgreiing"),
    r("M02", "«Neste steg» – karriererettleiing for vaksne i arbeid", "1.3", PROS, "Karriere Vestland", "KD, HK-dir",
      "Vestland er pilotfylke, og karrieresenteret gav rettleiing til 1 150 tilsette.", dm="dm 1.3", typ="Prosjekt"),
    r("M53", "Yrkesfagmessa «Framtidsyrke»", "2.3", ARR, "Vestland fylkeskommune", "opplæringskontora",
      "Messe i Bergen og Førde for elevar på ungdomssteget.", dm="dm 2.3", typ="Messe"),
    r("M04", "Bransjeprogramma for kompetanseutvikling", "2.4", KURS, "Vestland fylkeskommune", "fagskulane, partane",
      "Fagskulane i fylket har gitt tilbod i tre av programma.", dm="dm 2.4", typ="Kurs/utdanning"),
    r("M51", "Modulstrukturert vidaregåande opplæring for vaksne", "3.1", KURS, "Vestland fylkeskommune", "NAV Vestland",
      "Tilbodet er utvida til seks nye lærefag.", dm="dm 3.1", typ="Opplæring"),
]

# --- Innlandet fylkeskommune: ODS, one sheet per area + comments sheet, header on row 2
INNLANDET = [
    ("Område 1", [
        r("M02", "Karriere Innlandet deltar i piloten «Neste steg»", "1.3", PROS, "Karriere Innlandet", "KD",
          "Tilbudet ble gitt ved karrieresentrene på Hamar og Gjøvik.", dm="1,3"),
        r("M54", "Innlandet kompetansepartnerskap", "1.2", RAD, "Innlandet fylkeskommune",
          "NAV Innlandet, LO, NHO, KS, HINN",
          "Partnerskapet vedtok en ny handlingsplan for 2028–2030.", dm="1,2"),
    ]),
    ("Område 2", [
        r("M55", "Regionalt bransjeprogram for reiseliv i Innlandet", "2.4", KURS, "Innlandet fylkeskommune",
          "NHO Reiseliv, Fellesforbundet, Høgskolen i Innlandet",
          "Korte moduler i vertskap og matfag for ansatte i reiselivsbedrifter, etter modell av de nasjonale programmene.", dm="2,4"),
        r("M24", "Fagbrev på jobb", "2.5", KURS, "Innlandet fylkeskommune", "kommunene, KS Innlandet",
          "85 kandidater i kommunene tok fagbrev gjennom ordningen.", dm="2,5"),
    ]),
    ("Område 3", [
        r("M57", "Kompetansepluss arbeid i industribedrifter", "3.2", KURS, "Innlandet fylkeskommune", "HK-dir, Norsk Industri",
          "Opplæring i grunnleggende ferdigheter for ansatte i fem bedrifter på Raufoss.", dm="3,2"),
        r("M56", "Kombinasjonsklasser for minoritetsspråklige voksne", "3.4", KURS, "Innlandet fylkeskommune", "kommunene, NAV",
          "Norsk og fag fra grunnskolen kombinert med videregående opplæring.", dm="3,4"),
    ]),
]
