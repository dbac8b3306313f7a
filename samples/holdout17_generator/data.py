"""The measures of round 2037, per report.

Each row: what the report shows. ``dm`` is the delmål as written in the report
(None: not written), ``tw`` the type word as written (None: not written).
``delmal`` and ``type`` are the secretary's reading (truth).
"""

from dataclasses import dataclass


@dataclass
class R:
    id: str
    tiltak: str
    delmal: str
    type: str
    ans: str = ""
    sam: str = ""
    besk: str = ""
    dm: str | None = None
    tw: str | None = None


FOU = "FoU"
KURS = "Kurs/utdanning"
RAAD = "Råd/utvalg/nettverk"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"

# --- Regjeringen: long prose report (Word -> PDF). Heading per delmål, bold title per tiltak,
# description paragraph, then a line "Ansvar: … Samarbeid: …". Types not given.
REGJERINGEN = [
    R("M01", "Kompetansebehovsutvalget", "1.1", RAAD, "KD", "ASD, hovedorganisasjonene i arbeidslivet",
      "Utvalget la i juni fram sin sjette hovedrapport, om behovet for arbeidskraft med helse- og "
      "omsorgsfaglig kompetanse fram mot 2050. Departementet oppnevnte samtidig to nye forskere til utvalget."),
    R("M13", "Oppdrag om felles kvalitetsstandard for de fylkesvise karrieresentrene", "1.3", PROS, "KD",
      "HK-dir, fylkeskommunene",
      "HK-dir har fått i oppdrag å utarbeide en felles standard for kvalitet i veiledningen ved "
      "karrieresentrene, med vekt på veiledning av voksne arbeidstakere i omstilling."),
    R("M14", "Stortingsmelding om fagskolenes plass i kompetansepolitikken", "1.4", FOU, "KD", "",
      "Arbeidet med meldingen startet høsten 2037. Departementet har hatt innspillsmøter med "
      "fagskolene, fylkeskommunene og partene i arbeidslivet."),
    R("M06", "Digitalt løft for arbeidslivet (DLA)", "2.1", PROS, "KD", "LO, NHO, Virke, HK-dir",
      "Trepartsprogrammet gir tilskudd til korte, nettbaserte moduler i digital kompetanse for "
      "ansatte i bransjer med lav deltakelse i etter- og videreutdanning. I 2037 deltok 41 tilbydere."),
    R("M10", "Spørreundersøkelsen Læring i arbeidslivet 2037 (LIA)", "2.2", FOU, "KD", "SSB, NHO, LO",
      "Undersøkelsen kartlegger hvor mye og hvordan sysselsatte lærer på jobb. Resultatene fra "
      "2037-runden publiseres våren 2038."),
    R("M02", "Samarbeidsrådet for yrkesopplæring", "2.3", RAAD, "KD", "",
      "Rådet gir departementet råd om fag- og yrkesopplæringen. I 2037 behandlet SRY blant annet "
      "forslag til ny tilbudsstruktur for elektrofag og tiltak for flere læreplasser."),
    R("M07", "Bransjeprogrammene for kompetanseutvikling", "2.4", KURS, "KD", "ASD, partene i arbeidslivet",
      "Programmene ble i 2037 utvidet med et program for bygg og anlegg. Tilbudene utvikles i "
      "samarbeid mellom partene i den enkelte bransje og utdanningstilbyderne."),
    R("M15", "Tilskudd til fleksible videreutdanningstilbud i fagskolene", "2.4", KURS, "KD", "HK-dir",
      "Ordningen skal gjøre det lettere å kombinere jobb og videreutdanning. 23 nye tilbud fikk "
      "midler i 2037."),
    R("M09", "Fagbrev på jobb", "2.5", KURS, "KD", "fylkeskommunene, KS, partene",
      "Ordningen lar voksne som står i jobb ta fagbrev gjennom en tilpasset opplæringsplan på "
      "arbeidsplassen. Antall kandidater økte med 18 prosent fra året før."),
    R("M16", "Modell for vurdering av kompetanse ervervet i arbeidslivet", "2.5", FOU, "KD", "HK-dir, partene",
      "HK-dir utreder en modell for å dokumentere kompetanse som ikke gir studiepoeng eller fagbrev. "
      "Utredningen skal være ferdig i 2038."),
    R("M17", "Ny forskrift om godkjenning av utenlandsk fag- og yrkesopplæring", "2.6", PROS, "KD", "HK-dir",
      "Forskriften trådte i kraft 1. august 2037 og gir kortere saksbehandlingstid for søkere med "
      "fagbrev fra land utenfor EØS."),
    R("M18", "Forsøk med modulstrukturert fagopplæring for voksne", "3.1", PROS, "KD", "fylkeskommunene",
      "Forsøket er nå utvidet til alle fylker og omfatter ti lærefag."),
    R("M08", "Kompetansepluss frivillighet", "3.2", KURS, "KD", "VOFO, studieforbundene",
      "Tilskuddet går til opplæring i grunnleggende ferdigheter gjennom frivillige organisasjoner. "
      "Det ble gitt tilsagn til 212 kurs i 2037."),
    R("M19", "Evaluering av introduksjonsprogrammet etter integreringsloven", "3.4", FOU, "KD", "IMDi",
      "Evalueringen ser særlig på hvor mange som går videre til arbeid eller fagopplæring."),
    R("M11", "Jobbnorsk – norskopplæring i arbeidstiden", "3.4", KURS, "KD", "ASD, YS, NHO",
      "Pilot der arbeidsgivere får tilskudd til norskopplæring på arbeidsplassen for ansatte med "
      "kort botid. 60 virksomheter deltok."),
    R("M20", "Kurs i grunnleggende ferdigheter for arbeidssøkere i NAV", "3.5", KURS, "ASD", "NAV",
      "Tilbudet om kurs i lesing, regning og digitale ferdigheter ble utvidet til alle NAV-regioner."),
]

# --- LO: DOCX table, unusual columns; title + description in the same cell; delmål "dm x.y"
# in the last column; header repeated mid-table.
LO = [
    R("M01", "Plass i Kompetansebehovsutvalget", "1.1", RAAD, "LO", "de andre hovedorganisasjonene",
      "LO deltar i utvalgets møter og har bidratt med innspill til hovedrapporten.", "dm 1.1", "Råd/utvalg"),
    R("M21", "LOs merknader til KBUs hovedrapport", "1.1", INFO, "LO", "forbundene",
      "Et kort notat til forbundene om hva rapporten betyr for tariffarbeidet.", "dm 1.1", "Informasjon"),
    R("M05", "Observatør i UHRs strategiske enheter", "1.4", RAAD, "LO", "",
      "LO har observatørplass i flere av enhetene og bruker den til å løfte arbeidslivsrelevans.", "dm 1.4", None),
    R("M06", "DLA – partsprogram for digital kompetanse", "2.1", PROS, "LO", "NHO, Virke, KD",
      "LO sitter i programstyret og har særlig jobbet med tilbud til industri og transport.", "dm 2.1", "Prosjekt"),
    R("M10", "LIA-undersøkelsen", "2.2", FOU, "KD", "LO, NHO, SSB",
      "LO har deltatt i referansegruppen for spørreskjemaet.", "dm 2.2", "FoU"),
    R("M02", "LO leder SRY i perioden 2036–2038", "2.3", RAAD, "LO", "KD, KS, NHO, Unio, YS, Spekter, Virke",
      "Ledervervet går på omgang mellom partene.", "dm 2.3", None),
    R("M22", "Samling for LOs medlemmer i SRY og de faglige rådene", "2.3", ARR, "LO", "forbundene",
      "Todagers samling om ny tilbudsstruktur og rekruttering av lærebedrifter.", "dm 2.3", "Samling"),
    R("M07", "Bransjeprogram for kompetanseutvikling", "2.4", KURS, "LO", "Fellesforbundet, NHO",
      "LO har fulgt opp det nye programmet for bygg og anlegg.", "dm 2.4", "Kurs"),
]

# --- NHO: XLSX, title block, two-row header (group 'Tiltaket' over Navn / Kort omtale),
# delmål stored as numbers, one as text "2,4"; a second sheet with a change log.
NHO = [
    R("M01", "Representant i KBU", "1.1", RAAD, "NHO", "", "", 1.1, "Råd/utvalg/nettverk"),
    R("M04", "RSA ved universiteter og høyskoler", "1.4", RAAD, "NHOs regionkontorer", "UH-institusjonene",
      "NHOs regionkontorer har representanter i rådene for samarbeid med arbeidslivet ved 14 institusjoner.",
      1.4, "Råd/utvalg/nettverk"),
    R("M06", "Digitalt løft for arbeidslivet", "2.1", PROS, "NHO", "LO, Virke, KD",
      "NHO har koordinert bransjeforeningenes deltakelse og spredning av modulene.", 2.1, "Prosjekt"),
    R("M23", "NHOs kompetansebarometer 2037", "2.2", FOU, "NHO", "NIFU",
      "Årlig undersøkelse blant medlemsbedriftene om behovet for kompetanse.", 2.2, "FoU"),
    R("M10", "Læring i arbeidslivet (LIA)", "2.2", FOU, "KD", "NHO, LO, SSB", "", 2.2, "FoU"),
    R("M02", "Medlem av Samarbeidsrådet for yrkesopplæring", "2.3", RAAD, "NHO", "", "", 2.3, "Råd/utvalg/nettverk"),
    R("M24", "Nettverk for lærebedrifter i industrien", "2.3", RAAD, "NHO", "Norsk Industri, opplæringskontorene",
      "Nettverket deler erfaringer om rekruttering og oppfølging av lærlinger.", 2.3, "Nettverk"),
    R("M07", "Bransjeprogrammene", "2.4", KURS, "NHO", "LO, KD",
      "NHO og landsforeningene har vært pådrivere for å få inn nye bransjer.", "2,4", "Kurs/utdanning"),
]

# --- Unio: a scanned table page (image-only PDF). Delmål with comma.
UNIO = [
    R("M01", "Deltakelse i KBU", "1.1", RAAD, "Unio", "", "", "1,1", "Råd"),
    R("M04", "Unio deltar i RSA", "1.4", RAAD, "Unio-forbundene", "UH-sektoren", "", "1,4", "Råd"),
    R("M05", "UHR-Helse og velferd: Unio-representant", "1.4", RAAD, "Unio", "NSF, FO", "", "1,4", "Råd"),
    R("M25", "Rapport om videreutdanning for sykepleiere i kommunene", "2.2", FOU, "Unio", "NSF, Fafo", "", "2,2", "FoU"),
    R("M26", "Kurs for tillitsvalgte om etter- og videreutdanning", "2.4", KURS, "Unio", "forbundene", "", "2,4", "Kurs"),
]

# --- KS: ODT memo, typed numbered list; bold title, description, type and delmål in brackets.
KS = [
    R("M12", "Nettverk for regional kompetansepolitikk", "1.2", RAAD, "KS", "fylkeskommunene",
      "KS driver nettverket for fylkeskommunenes kompetanseledere. Det møttes fire ganger i 2037.",
      "delmål 1.2", "nettverk"),
    R("M27", "KS Læring: digitale kurs for kommuneansatte", "2.1", KURS, "KS", "",
      "Plattformen fikk 19 nye kurs, blant annet om kunstig intelligens i saksbehandling.",
      "delmål 2.1", "kurs"),
    R("M28", "Digitalt løft for kommunesektoren", "2.1", PROS, "KS", "kommunene, Fagforbundet, Unio",
      "Et eget program etter modell av DLA, tilpasset kommunale tjenester.", "delmål 2.1", "prosjekt"),
    R("M02", "KS oppnevner medlemmer til Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", RAAD, "KS", "", "",
      "delmål 2.3", None),
    R("M03", "Representasjon i de faglige rådene", "2.3", RAAD, "KS", "",
      "KS er representert i sju av de ti faglige rådene.", "delmål 2.3", None),
    R("M29", "Lærlingkampanje i kommunene", "2.3", INFO, "KS", "fylkeskommunene",
      "Kampanjen skal få flere kommuner til å ta inn lærlinger i helsearbeiderfaget og barne- og ungdomsarbeiderfaget.",
      "delmål 2.3", "informasjon"),
    R("M09", "Videreføring av fagbrev på jobb", "2.5", KURS, "KS", "fylkeskommunene",
      "KS anbefaler kommunene å bruke ordningen for assistenter i helse og oppvekst.", "delmål 2.5", None),
]

# --- YS: RTF letter with typed bullets, delmål with comma in brackets.
YS = [
    R("M30", "YS Arbeidslivsbarometer – kompetansedelen", "2.2", FOU, "YS", "Respons Analyse",
      "Barometeret spør i år hvor mange som har fått tilbud om opplæring fra arbeidsgiver.", "2,2", None),
    R("M31", "YS-konferansen om livslang læring", "2.2", ARR, "YS", "",
      "Konferansen samlet 250 deltakere i oktober.", "2,2", "arrangement"),
    R("M02", "Observatørstatus i SRY", "2.3", RAAD, "YS", "", "", "2,3", None),
    R("M09", "Fagbrev på jobb", "2.5", KURS, "YS", "forbundene",
      "YS har informert forbundene om ordningen og bedt dem ta den opp med arbeidsgiverne.", "2,5", None),
    R("M11", "Jobbnorsk", "3.4", KURS, "YS", "KD, NHO",
      "YS deltar i styringsgruppen for piloten og har rekruttert virksomheter.", "3,4", None),
]

# --- Virke: block layout, two versions (v1 older, v2 revised). Only v2 in truth.
VIRKE_V1 = [
    R("M03", "Virke oppnevner representanter til faglige råd", "2.3", RAAD, "Virke", "", "", "2.3", "Råd/utvalg/nettverk"),
    R("M04", "Plass i råd for samarbeid med arbeidslivet", "1.4", RAAD, "Virke", "", "", "1.4", "Råd/utvalg/nettverk"),
    R("M06", "Programmet Digitalt løft", "2.1", PROS, "Virke", "LO, NHO", "", "2.1", "Prosjekt"),
    R("M32", "Kartlegging av kompetansebehov i handelen", "2.2", FOU, "Virke", "", "", "2.2", "Kartlegging"),
    R("M33", "Kompetanseplattform for HUK-sektoren", "2.4", INFO, "Virke", "", "", "2.4", "Informasjon"),
]
VIRKE = [
    R("M04", "Sete i råd for samarbeid med arbeidslivet (RSA)", "1.4", RAAD, "Virke", "universiteter og høyskoler",
      "Virke har representanter i RSA ved fem institusjoner, blant dem OsloMet og Universitetet i Agder.",
      "1.4 Samarbeid mellom utdanning og arbeidsliv", "Råd/utvalg/nettverk"),
    R("M06", "Programmet Digitalt løft", "2.1", PROS, "Virke", "LO, NHO, KD",
      "Virke har utviklet moduler for ansatte i varehandel og ideell sektor.",
      "2.1 Digital kompetanse", "Prosjekt"),
    R("M32", "Kartlegging av kompetansebehov i handelen", "2.2", FOU, "Virke", "Handelshøyskolen BI",
      "Spørreundersøkelse blant 1 200 virksomheter i varehandelen, publisert i november.",
      "2.2 Kunnskapsgrunnlag", "Kartlegging"),
    R("M03", "Virke oppnevner representanter til de faglige rådene", "2.3", RAAD, "Virke", "",
      "Virke har medlemmer i faglig råd for salg, service og reiseliv og i faglig råd for helse- og oppvekstfag.",
      "2.3 Karrieremuligheter i yrkesfag", "Råd/utvalg/nettverk"),
    R("M34", "Samling for Virkes representanter i faglige råd", "2.3", ARR, "Virke", "",
      "Årlig samling der representantene utveksler erfaringer og får faglig påfyll.",
      "2.3 Karrieremuligheter i yrkesfag", "Samling"),
    R("M33", "Kompetanseplattform for HUK-sektoren", "2.4", INFO, "Virke", "Arbeidsgiverforeningen for ideelle virksomheter",
      "Nettside med oversikt over kurs og videreutdanning for ansatte i helse-, utdannings- og kultursektoren.",
      "2.4 Kobling mellom virksomheter og tilbydere", "Informasjon"),
]

# --- Akademikerne: a filled-in form (.doc), one field table per tiltak.
AKADEMIKERNE = [
    R("M01", "Akademikerne har ett medlem i Kompetansebehovsutvalget", "1.1", RAAD, "Akademikerne", "",
      "Medlemmet er oppnevnt for perioden 2036–2039.", "Delmål 1.1", "Råd/utvalg/nettverk"),
    R("M35", "Karriererådgivning for medlemmer i omstilling", "1.3", INFO, "Akademikerne", "medlemsforeningene",
      "Tilbud om individuelle samtaler og webinarer for medlemmer som mister jobben eller vil bytte bransje.",
      "Delmål 1.3", "Veiledning/informasjon"),
    R("M05", "Sete i UHR-MNT", "1.4", RAAD, "Tekna", "Akademikerne",
      "Tekna representerer Akademikerne i UHRs enhet for matematikk, naturvitenskap og teknologi.",
      "Delmål 1.4", "Råd/utvalg/nettverk"),
    R("M36", "Kurs i digital kompetanse for ingeniører og realister", "2.1", KURS, "Tekna", "",
      "Nettkurs i maskinlæring og datasikkerhet, med 3 400 deltakere i 2037.", "Delmål 2.1", "Kurs"),
    R("M37", "Rapport om etter- og videreutdanning blant akademikere", "2.2", FOU, "Akademikerne", "Samfunnsøkonomisk analyse",
      "Rapporten viser at tidsbruk, ikke kostnad, er den største hindringen.", "Delmål 2.2", "Utredning"),
]

# --- Spekter: slide deck exported to PDF.
SPEKTER = [
    R("M02", "Medlem i SRY", "2.3", RAAD, "", "", "Spekter er representert med ett medlem og en vara.", "2.3", None),
    R("M03", "Plass i Faglig råd for helse- og oppvekstfag", "2.3", RAAD, "", "",
      "Særlig viktig for helsefagarbeidere i sykehusene.", "2.3", None),
    R("M38", "Kompetanseprogram for ledere i helseforetak", "2.4", KURS, "", "",
      "Modulbasert program med 60 studiepoeng, i samarbeid med BI.", "2.4", None),
    R("M39", "Nettverk for HR-direktører om kompetansestyring", "2.2", RAAD, "", "",
      "Fire møter i 2037; tema var strategisk kompetanseplanlegging.", "2.2", None),
    R("M40", "Heltid og kompetanse i sykehusene", "2.1", PROS, "", "",
      "Partssamarbeid med LO, Unio og YS om heltidsstillinger og digital opplæring.", "2.1", None),
    R("M56", "Webinarserie om kompetanseplanlegging", "2.4", ARR, "", "",
      "Seks webinarer for medlemsvirksomhetene, med til sammen 900 påmeldte.", "2.4", None),
]

# --- VOFO: Word -> PDF, table grouped under area headings; delmål given by words only.
VOFO = [
    R("M41", "Voksenopplæring på voksnes premisser i studieforbundene", "3.1", KURS, "Studieforbundene", "VOFO",
      "", "Fleksibel opplæring for voksne", "Kurs"),
    R("M08", "Kompetansepluss frivillighet", "3.2", KURS, "VOFO", "Studieforbundene, HK-dir",
      "", "Kompetansepluss", "Kurs"),
    R("M42", "Norsk i frivilligheten", "3.4", KURS, "VOFO", "Frivillighet Norge, Røde Kors",
      "", "Norskopplæring og kvalifisering for innvandrere", "Kurs"),
    R("M43", "Voksenopplæringsuka 2037", "3.6", ARR, "VOFO", "Studieforbundene",
      "", "Læring i frivillig sektor", "Arrangement"),
    R("M44", "Kursregister for studieforbund", "3.6", INFO, "VOFO", "",
      "", "Læring i frivillig sektor", "Informasjon"),
    R("M45", "Forskning på læringsutbytte av studieforbundenes kurs", "3.6", FOU, "VOFO", "NIFU",
      "", "Læring i frivillig sektor", "FoU"),
]

# --- UHR: DOCX table, title and description in one cell; delmål in roman notation.
UHR = [
    R("M04", "Råd for samarbeid med arbeidslivet ved institusjonene", "1.4", RAAD, "UH-institusjonene", "partene i arbeidslivet",
      "UHR har samlet erfaringer fra institusjonenes RSA-er og laget en veileder for arbeidet.", "I.4", None),
    R("M05", "De fagstrategiske enhetene", "1.4", RAAD, "UHR", "partene i arbeidslivet",
      "UHR-Lærerutdanning og UHR-Helse og velferd har faste plasser for arbeidslivets organisasjoner.", "I.4", None),
    R("M46", "Kartlegging av etter- og videreutdanningstilbudet ved universiteter og høyskoler", "2.2", FOU, "UHR", "HK-dir",
      "Oversikten viser omfang, pris og deltakelse for tilbud med studiepoeng.", "II.2", None),
    R("M47", "Nasjonalt nettverk for fleksibel utdanning", "2.4", RAAD, "UHR", "",
      "Nettverket deler erfaringer med samlingsbaserte og nettbaserte tilbud.", "II.4", None),
    R("M48", "Veileder for realkompetansevurdering i høyere utdanning", "2.5", INFO, "UHR", "",
      "Oppdatert veileder med eksempler på vurdering av arbeidserfaring.", "II.5", None),
    R("M57", "Dialogmøte med partene om samarbeid mellom utdanning og arbeidsliv", "1.4", ARR, "UHR", "LO, NHO, Unio, Virke, KS",
      "Møtet drøftet hvordan praksis og arbeidslivsrelevans kan bygges inn i flere studieprogram.", "I.4", None),
]

# --- Vestland fylkeskommune: Nynorsk table (Word -> PDF), ansvar and samarbeid merged in one column.
VESTLAND = [
    R("M49", "Kompetanseforum Vestland", "1.2", RAAD, "Vestland fylkeskommune", "NAV, KS, partane, Høgskulen på Vestlandet",
      "Forumet samordnar arbeidet med kompetansebehov i fylket og møtest fire gonger i året.", "Delmål 1.2", "Nettverk"),
    R("M12", "KS-nettverket for regional kompetansepolitikk", "1.2", RAAD, "KS", "Vestland fylkeskommune",
      "Fylkeskommunen deltek med kompetanseleiaren.", "Delmål 1.2", "Nettverk"),
    R("M50", "Rettleiing for vaksne i omstilling ved Karrieresenter Vestland", "1.3", INFO, "Vestland fylkeskommune", "NAV",
      "Karrieresenteret har opna for drop-in-rettleiing på fire nye stader.", "Delmål 1.3", "Rettleiing"),
    R("M51", "Fagskuletilbod innan havvind", "1.4", KURS, "Fagskulen Vestland", "Equinor, bransjeforeiningar",
      "Nytt tilbod med oppstart hausten 2037, 40 studieplassar.", "Delmål 1.4", "Utdanning"),
    R("M07", "Bransjeprogramma for kompetanseutvikling", "2.4", KURS, "Vestland fylkeskommune", "fagskulane, partane",
      "Fylkeskommunen har hjelpt til med å finne tilbydarar i regionen.", "Delmål 2.4", "Kurs"),
    R("M08", "Kompetansepluss frivilligheit", "3.2", KURS, "Vestland fylkeskommune", "studieforbunda",
      "Fylkeskommunen har informert lag og organisasjonar om ordninga.", "Delmål 3.2", "Kurs"),
]

# --- Nordland fylkeskommune: DOCX table, description as a merged row under each tiltak row.
NORDLAND = [
    R("M12", "Deltakelse i KS' nettverk for regional kompetansepolitikk", "1.2", RAAD, "Nordland fylkeskommune", "KS",
      "Fylkeskommunen har deltatt på alle fire samlinger.", "1.2", "Nettverk"),
    R("M52", "Kompetansestrategi for Nordland 2037–2040", "1.2", PROS, "Nordland fylkeskommune", "partene, NAV, Nord universitet",
      "Strategien ble vedtatt av fylkestinget i desember.", "1.2", "Prosjekt"),
    R("M53", "Regionalt bransjeprogram for havbruk i Nordland", "2.4", PROS, "Nordland fylkeskommune", "Sjømat Norge, Fellesforbundet",
      "Regional variant av de nasjonale bransjeprogrammene, med kurs lagt til anleggene langs kysten.", "2.4", "Prosjekt"),
    R("M54", "Voksenopplæring på nett for hele fylket", "3.1", KURS, "Nordland fylkeskommune", "kommunene",
      "Videregående fag for voksne via nett, slik at man ikke må flytte for å ta utdanning.", "3.1", "Kurs"),
    R("M55", "Jobbnorsk Nordland – regional pilot", "3.4", PROS, "Nordland fylkeskommune", "NAV, kommunene",
      "En regional pilot etter modell av den nasjonale ordningen, for ansatte i fiskeindustrien.", "3.4", "Prosjekt"),
]
