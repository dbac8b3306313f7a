"""Truth data for held-out round 28 (reporting year 2049).

Each row: t = tiltak text as printed, s = measure id, d = true delmål,
ty = type, a = ansvarlig, p = samarbeidspartnere, b = beskrivelse.
"""

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PRO = "Prosjekt"
INF = "Informasjon"
ARR = "Arrangement"


def R(t, s, d, ty, a="", p="", b=""):
    return dict(t=t, s=s, d=d, ty=ty, a=a, p=p, b=b)


REGJERINGEN = [
    R("Kompetansebehovsutvalget (KBU)", "M01", "1.1", RAD,
      "Kunnskapsdepartementet", "Partene i arbeidslivet, forskningsmiljøer",
      "KBU la i mars 2049 fram sin årlige vurdering av Norges fremtidige kompetansebehov. Utvalget har representanter fra hovedorganisasjonene og fra forskningen."),
    R("Bransjeprogram for industrien", "M05", "2.4", KURS,
      "HK-dir", "LO, NHO, Fellesforbundet, Norsk Industri",
      "Korte, arbeidsplassnære etter- og videreutdanningstilbud for ansatte i industrien. 2049 er siste år i inneværende programperiode."),
    R("Kompetansepluss", "M06", "3.1", KURS,
      "HK-dir", "KS, frivillige organisasjoner",
      "Tilskudd til opplæring i lesing, skriving, regning og digitale ferdigheter for voksne i arbeid."),
    R("Norsk i arbeidslivet", "M12", "3.4", KURS,
      "Arbeids- og inkluderingsdepartementet", "Virke, HK-dir",
      "Program for norskopplæring på arbeidsplassen for innvandrere i jobb, med opplæring lagt til arbeidstiden."),
    R("Tilskuddsordning for fleksibel og desentralisert utdanning", "M13", "2.4", KURS,
      "Kunnskapsdepartementet", "Fylkeskommunene, universiteter og høyskoler",
      "Midler til studiesentre og lokale utdanningstilbud slik at voksne kan ta høyere utdanning der de bor."),
    R("Forskningsprogrammet om læring i arbeidslivet", "M14", "2.2", FOU,
      "Norges forskningsråd", "",
      "Utlysning av midler til prosjekter som undersøker hvordan voksne lærer på jobb og hva som fremmer læring."),
    R("Karriereveiledning på nett", "M15", "1.3", INF,
      "HK-dir", "Fylkeskommunenes karrieresentre",
      "Nasjonal digital veiledningstjeneste med chat og telefon, videreutviklet med nytt innhold for voksne arbeidstakere."),
]

LO = [
    R("Representasjon i Kompetansebehovsutvalget", "M01", "1.1", RAD, "", "",
      "LO er representert i KBU ved nestleder og har bidratt med innspill om behovet for fagarbeidere."),
    R("Bransjeprogram industri", "M05", "2.4", KURS, "", "NHO, Fellesforbundet",
      "Fellesforbundet og LO har sammen med NHO og Norsk Industri fulgt opp programmet i styringsgruppen og rekruttert deltakere."),
    R("Samling for LOs representanter i SRY og de faglige rådene", "M16", "1.4", ARR, "", "",
      "En todagers intern samling der våre representanter i yrkesopplæringsrådene utvekslet erfaringer og forberedte høsten."),
    R("Tillitsvalgtopplæring om kompetanse i tariffavtalene", "M17", "2.6", KURS, "", "",
      "Kurs for tillitsvalgte om hvordan kompetansebestemmelsene i avtaleverket kan brukes lokalt."),
    R("LOs undersøkelse om etter- og videreutdanning", "M18", "2.2", FOU, "", "Fafo",
      "Spørreundersøkelse blant medlemmene om deltakelse i opplæring og hindringer for videreutdanning, gjennomført av Fafo."),
]

NHO = [
    R("NHOs plass i Kompetansebehovsutvalget", "M01", "1.1", RAD, "NHO Arbeidsliv", "",
      "NHO har fast plass i KBU og har levert data fra Kompetansebarometeret til utvalgets arbeid."),
    R("Innspill til KBUs temarapport om digital kompetanse", "M19", "1.1", INF, "NHO Arbeidsliv", "",
      "Skriftlig innspill og møte med sekretariatet om rapportens anbefalinger før publisering."),
    R("Kompetanseforum Vestland", "M09", "1.2", RAD, "NHO Vestland", "Vestland fylkeskommune, LO Vestland",
      "NHO Vestland sitter i det regionale kompetanseforumet og deltar i arbeidet med fylkets kompetansestrategi."),
    R("Bransjeprogram for industrien, fase 2 (2049–2051)", "M20", "2.4", KURS, "Norsk Industri", "Fellesforbundet, HK-dir",
      "Ny programperiode med utvidet tilbud innen automatisering og grønn omstilling."),
    R("NHOs kompetansebarometer", "M21", "2.2", FOU, "NHO", "NIFU",
      "Årlig undersøkelse av medlemsbedriftenes udekkede kompetansebehov."),
    R("Lærlingløftet", "M22", "2.3", PRO, "NHO Service og Handel", "Fylkeskommunene",
      "Rekruttering av nye lærebedrifter i bransjer med få læreplasser."),
]

UNIO = [
    R("Faglig råd for helse- og oppvekstfag", "M03", "1.4", RAD, "", "",
      "Unio har to representanter i rådet, oppnevnt for perioden 2048–2051, og har særlig arbeidet med læreplanene i helsearbeiderfaget."),
    R("Kompetanse for kvalitet – videreutdanning for lærere", "M23", "2.4", KURS, "", "",
      "Utdanningsforbundet har fulgt opp ordningen og arbeidet for flere studieplasser i prioriterte fag."),
    R("Unio-seminar om kompetanseutvikling i helsesektoren", "M24", "2.6", ARR, "", "",
      "Seminar for ledere og tillitsvalgte om strategisk kompetanseplanlegging i kommuner og helseforetak."),
    R("Kartlegging av kompetansebehov blant medlemmene", "M25", "2.2", FOU, "", "",
      "Spørreundersøkelse blant sykepleiere, lærere og politiansatte om behov for etter- og videreutdanning."),
    R("Mentornettverk for nyutdannede sykepleiere", "M26", "2.6", RAD, "", "",
      "Nettverk der erfarne sykepleiere følger opp nyutdannede det første året."),
]

KS = [
    R("Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "1.4", RAD, "KS", "Partene i arbeidslivet, KD",
      "KS er medlem av SRY og har i 2049 prioritert dimensjonering av læreplasser i offentlig sektor."),
    R("Kompetansepluss i kommunene", "M06", "3.1", KURS, "KS", "HK-dir",
      "Kommunene har søkt midler til opplæring i grunnleggende ferdigheter for ansatte i helse og renhold."),
    R("Fagbrev på jobb", "M07", "3.2", PRO, "KS", "Fylkeskommunene, Spekter",
      "Ansatte i kommunene tar fagbrev mens de er i jobb, med opplæring tilpasset arbeidssituasjonen."),
    R("Bransjeprogram for kommunal sektor", "M27", "2.4", KURS, "KS", "Fagforbundet, Delta",
      "Ordningen med bransjeprogram er i 2049 utvidet til kommunal helse- og omsorgssektor."),
    R("Lederutvikling i kommunene (KS Læring)", "M28", "2.6", KURS, "KS", "",
      "Digitale læringsløp for ledere om kompetanseplanlegging og heltidskultur."),
    R("KS arbeidsgiverbarometer", "M29", "1.1", FOU, "KS", "",
      "Undersøkelse om rekrutteringsutfordringer og kompetansebehov i kommunene."),
]

YS = [
    R("YS' plass i SRY", "M02", "1.4", RAD, "YS", "",
      "YS har fast plass i Samarbeidsrådet for yrkesopplæring og har tatt opp behovet for flere læreplasser i servicenæringene."),
    R("Felles konferanse med Virke om læring i arbeidslivet", "M08", "2.2", ARR, "YS", "Virke",
      "Konferanse i Oslo i oktober med presentasjon av ny forskning om læring på arbeidsplassen."),
    R("Kampanjen «Yrkesfag gir muligheter»", "M11", "2.3", INF, "YS", "Innlandet fylkeskommune",
      "Informasjonskampanje i sosiale medier rettet mot elever som skal velge utdanningsprogram."),
    R("YS Kompetansefond", "M30", "2.4", KURS, "YS", "",
      "Stipend til medlemmer som tar etter- og videreutdanning ved siden av jobb."),
    R("Medlemsundersøkelse om digital kompetanse", "M31", "2.1", FOU, "YS", "Respons Analyse",
      "Undersøkelse av hvordan medlemmene vurderer egne digitale ferdigheter og behov for opplæring."),
]

VIRKE = [
    R("Virke i Samarbeidsrådet for yrkesopplæring", "M02", "1.4", RAD, "Virke", "",
      "Virke oppnevner ett medlem og ett varamedlem til SRY og har ledet arbeidsgruppen om fagskolene."),
    R("Læringskonferansen 2049", "M08", "2.2", ARR, "Virke", "YS",
      "Arrangert sammen med YS i oktober, om lag 300 deltakere."),
    R("Norskopplæring på arbeidsplassen (Norsk i arbeidslivet)", "M12", "3.4", KURS, "Virke", "AID, HK-dir",
      "Virke har rekruttert medlemsbedrifter i handel og renhold til programmet."),
    R("HR-nettverk for kompetanseledelse", "M32", "2.6", RAD, "Virke", "",
      "Nettverk for HR-ledere i medlemsvirksomheter med fire samlinger i året."),
    R("Digital kompetanse i handelen", "M33", "2.1", KURS, "Virke", "Handelens kompetansefond",
      "E-læringskurs i netthandel, datasikkerhet og bruk av kunstig intelligens for ansatte i butikk."),
]

AKADEMIKERNE = [
    R("Verdsetting av realkompetanse i høyere utdanning", "M10", "2.5", PRO, "Akademikerne", "UHR",
      "Felles prosjekt med UHR om bedre vurdering og dokumentasjon av realkompetanse ved opptak til master."),
    R("Deltakelse i Nasjonalt forum for karriereveiledning", "M04", "1.3", RAD, "Akademikerne", "",
      "Akademikerne er representert i forumet og har bidratt til arbeidet med kvalitetsrammeverket."),
    R("Kurs i kompetanseplanlegging for tillitsvalgte", "M34", "2.6", KURS, "Akademikerne", "",
      "Tre kurs for tillitsvalgte i staten og kommunene."),
    R("Rapport om akademikeres behov for videreutdanning", "M35", "2.2", FOU, "Akademikerne", "Samfunnsøkonomisk analyse",
      "Analyse av hvor mange med høyere utdanning som tar videreutdanning og hvem som betaler."),
]

SPEKTER = [
    R("FRHO – faglig råd helse og oppvekst", "M03", "1.4", RAD, "Spekter", "",
      "Spekters representant i rådet har arbeidet med nye læreplaner."),
    R("Fagbrev på jobb", "M07", "3.2", PRO, "Helseforetakene", "KS, fylkeskommunene",
      "Ufaglærte i sykehusene tar helsefagarbeiderbrev i jobb."),
    R("Lærlingordning for helsefagarbeidere i sykehus", "M36", "2.3", PRO, "Spekter", "Helseforetakene",
      "Flere læreplasser i spesialisthelsetjenesten."),
    R("Lederutviklingsprogram i helseforetakene", "M37", "2.6", KURS, "Spekter", "",
      "Felles program for nye ledere om kompetanse og bemanning."),
]

VOFO = [
    R("Nasjonalt forum for karriereveiledning", "M04", "1.3", RAD, "VOFO", "HK-dir",
      "VOFO har en plass i forumet og har fremmet studieforbundenes rolle i veiledning av voksne."),
    R("Kompetansepluss frivillighet", "M38", "3.1", KURS, "VOFO", "Studieforbundene",
      "Opplæring i grunnleggende ferdigheter gjennom frivillige organisasjoner, egen ordning ved siden av Kompetansepluss arbeid."),
    R("Kurs i grunnleggende digitale ferdigheter", "M39", "3.1", KURS, "Studieforbundene", "",
      "Lokale kurs for voksne som trenger hjelp med digitale tjenester."),
    R("Studieforbundsdagen 2049", "M40", "2.4", ARR, "VOFO", "",
      "Åpen fagdag om voksnes læring i Oslo med deltakere fra hele landet."),
    R("Rapport om læring i studieforbund", "M41", "2.2", FOU, "VOFO", "NTNU Samfunnsforskning",
      "Følgeforskning om hvilket læringsutbytte kursdeltakere i studieforbund har."),
]

VESTLAND = [
    R("Kompetanseforum Vestland", "M09", "1.2", RAD, "Vestland fylkeskommune", "NHO Vestland, LO Vestland, NAV Vestland",
      "Fylkeskommunen leiar forumet, som samlar partane i arbeidslivet, utdanningsinstitusjonane og NAV til fire møte i året."),
    R("Regional kompetansestrategi for Vestland 2049–2052", "M42", "1.2", PRO, "Vestland fylkeskommune", "Kompetanseforum Vestland",
      "Ny strategi vart vedteken i fylkestinget i juni, med handlingsplan for kompetanse i distrikta."),
    R("Karrieresenteret i Vestland", "M43", "1.3", INF, "Vestland fylkeskommune", "",
      "Gratis karriererettleiing for vaksne, også på nett og i kommunane."),
    R("Gjennomføringsprosjekt for vaksne i vidaregåande opplæring", "M44", "3.6", PRO, "Vestland fylkeskommune", "NAV Vestland",
      "Tett oppfølging av vaksne elevar slik at fleire fullfører med vitnemål eller fagbrev."),
    R("Samling for lærebedrifter i Sunnfjord", "M45", "2.3", ARR, "Vestland fylkeskommune", "Opplæringskontora",
      "Fagdag for instruktørar og faglege leiarar i lærebedriftene."),
]

UHR = [
    R("Verdsetting av realkompetanse", "M10", "2.5", PRO, "UHR", "Akademikerne",
      "UHR og Akademikerne har startet et felles prosjekt om vurdering av realkompetanse ved opptak til videreutdanning og master."),
    R("UHR-Helse og velferd – praksissamarbeid", "M46", "1.4", RAD, "UHR-Helse og velferd", "",
      "Den fagstrategiske enheten har utarbeidet nasjonale prinsipper for samarbeid med praksisfeltet."),
    R("RSA-nettverket", "M47", "1.4", RAD, "UHR", "",
      "Erfaringsdeling mellom universitetenes og høyskolenes råd for samarbeid med arbeidslivet."),
    R("EVU-konferansen 2049", "M48", "2.4", ARR, "UHR", "",
      "Nasjonal konferanse om etter- og videreutdanning i universitets- og høyskolesektoren."),
    R("Kartlegging av EVU-tilbudet i sektoren", "M49", "2.2", FOU, "UHR", "HK-dir",
      "Oversikt over omfang, pris og målgrupper for etter- og videreutdanningstilbudene."),
]

INNLANDET = [
    R("Fagbrev på jobb (sammen med KS)", "M07", "3.2", PRO, "Innlandet fylkeskommune", "KS, kommunene",
      "Fylkeskommunen organiserer opplæringen for kommuneansatte som tar fagbrev gjennom ordningen."),
    R("«Yrkesfag gir muligheter» – rekrutteringskampanje", "M11", "2.3", INF, "Innlandet fylkeskommune", "YS",
      "Kampanje mot ungdomsskoleelever og foresatte, gjennomført sammen med YS."),
    R("Desentralisert fagskoletilbud i Innlandet", "M50", "2.4", KURS, "Fagskolen Innlandet", "",
      "Nettbaserte fagskoletilbud med samlinger i regionene."),
    R("Regionalt kompetanseforum Innlandet", "M51", "1.2", RAD, "Innlandet fylkeskommune", "Partene i arbeidslivet, NAV",
      "Forum for samordning av kompetansetiltak i fylket."),
    R("Realkompetansevurdering for voksne", "M52", "2.5", PRO, "Innlandet fylkeskommune", "NAV Innlandet",
      "Tilbud om vurdering av realkompetanse for voksne søkere til videregående opplæring."),
]

TRONDELAG = [
    R("Regionalt partnerskap for karriereveiledning i Trøndelag", "M53", "1.3", RAD, "Trøndelag fylkeskommune", "NAV Trøndelag, kommunene",
      "Regional utgave av det nasjonale forumet, med fokus på veiledning av voksne i omstilling."),
    R("Trøndelagsmodellen for kvalifisering av innvandrere", "M54", "3.4", PRO, "Trøndelag fylkeskommune", "Kommunene, NAV",
      "Kombinerte løp med norskopplæring og fagopplæring for voksne innvandrere."),
    R("Jobbsjansen Trøndelag", "M55", "3.3", PRO, "NAV Trøndelag", "Trøndelag fylkeskommune",
      "Samarbeid med NAV om kvalifisering av personer som står langt fra arbeidslivet."),
    R("Nettverk for voksnes læring", "M56", "3.5", RAD, "Trøndelag fylkeskommune", "Kommunene, NAV, karrieresentrene",
      "Nettverk som skal gi voksne et helhetlig kvalifiseringsløp på tvers av tjenestene."),
    R("Yrkesfagdagen i Trondheim", "M57", "2.3", ARR, "Trøndelag fylkeskommune", "Opplæringskontorene",
      "Messe der ungdom møter lærebedrifter og opplæringskontor."),
]
