"""The measures of the round, per report file.

Each row: tiltak (as written), seed id, delmål (truth), type (truth), ansvarlig (as written),
partners (as written), beskrivelse (as written), delmål as shown, type as shown (None = not given).
"""
from collections import namedtuple

R = namedtuple("R", "t m d ty a p b dshow tyshow")

FOU, KURS, RAD, PROS, INFO, ARR = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk",
                                    "Prosjekt", "Informasjon", "Arrangement")

# --- Regjeringen: long prose report, delmål by section heading words, type in brackets on some
REGJ = [
    R("Kompetansebehovsutvalget", "M01", "1.1", RAD, "KD",
      "hovedorganisasjonene i arbeidslivet, ASD, KDD",
      "Utvalget la i juni 2038 fram sin hovedrapport om kompetansebehovene i omsorgssektoren fram mot 2050. "
      "Departementet har oppnevnt utvalget for en ny fireårsperiode med et noe utvidet mandat.",
      "", None),
    R("Tilskudd til regionale kompetansepartnerskap", "M13", "1.2", PROS, "KD",
      "fylkeskommunene, HK-dir",
      "Ordningen gir fylkeskommunene midler til å bygge varige partnerskap mellom arbeidsliv, fagskoler og "
      "universiteter og høyskoler. Elleve fylkeskommuner fikk tilsagn i 2038.",
      "", "Prosjekt"),
    R("Nasjonal kompetansestandard for karriereveiledere", "M14", "1.3", KURS, "KD",
      "HK-dir, fylkeskommunene, utdanningsinstitusjonene",
      "Standarden beskriver hva en karriereveileder skal kunne, og legges til grunn for nye "
      "videreutdanningstilbud fra høsten 2039.",
      "", None),
    R("Nasjonalt program for digital grunnkompetanse i arbeidslivet (DigiGrunn)", "M06", "2.1", KURS, "KD",
      "KS, VOFO, partene i arbeidslivet",
      "Programmet gir korte, gratis kurs i digitale ferdigheter for ansatte med lite formell utdanning. "
      "Om lag 23 000 personer deltok i 2038.",
      "", "Kurs/utdanning"),
    R("Ekspertgruppe for kunstig intelligens i yrkesopplæringen", "M15", "2.1", RAD, "KD",
      "Udir, partene i arbeidslivet, forskere",
      "Gruppen skal innen utgangen av 2039 gi råd om hvordan læreplanene i yrkesfagene bør møte bruken av "
      "kunstig intelligens i arbeidslivet.",
      "", None),
    R("Utredning av en individuell kompetansekonto", "M16", "2.2", FOU, "KD",
      "ASD, Finansdepartementet",
      "Utredningen ser på modeller der den enkelte kan spare opp rettigheter til etter- og videreutdanning "
      "gjennom arbeidslivet, og hva slike ordninger vil koste.",
      "", "FoU"),
    R("Stipend til fagarbeidere som tar fagskoleutdanning", "M53", "2.3", KURS, "KD",
      "Lånekassen",
      "Fra studieåret 2038–2039 kan fagarbeidere over 25 år få et eget stipend når de tar fagskoleutdanning "
      "på deltid ved siden av jobb.",
      "", None),
    R("Kompetanseløftet for grønn omstilling", "M03", "2.4", PROS, "NFD og KD",
      "LO, NHO, Innovasjon Norge, fylkeskommunene",
      "Programmet kobler bedrifter i omstilling med fagskoler og høyskoler som utvikler korte moduler på "
      "bestilling. Første utlysning ga 38 prosjekter.",
      "", "Prosjekt"),
    R("Dokumentasjon av realkompetanse gjennom bransjestandarder, pilot", "M17", "2.5", PROS, "KD",
      "HK-dir, bransjeorganisasjoner",
      "Piloten prøver ut hvordan kompetanse ervervet på jobb kan beskrives i bransjestandarder som "
      "utdanningsinstitusjonene godtar ved opptak.",
      "", None),
    R("Felles digital inngang for godkjenning av utenlandsk utdanning", "M12", "2.6", PROS, "KD",
      "HK-dir, UHR, DSA",
      "Søkere skal kunne søke om alle typer godkjenning på ett sted. Første versjon ble åpnet i oktober 2038.",
      "", None),
    R("Kompletterende utdanning for sykepleiere utdannet utenfor EØS", "M54", "2.6", KURS, "KD og HOD",
      "universiteter og høyskoler",
      "Tilbudet er utvidet til seks studiesteder og har nå plass til 300 studenter i året.",
      "", "Kurs/utdanning"),
    R("Modulstrukturert fagopplæring for voksne som permanent ordning", "M18", "3.1", KURS, "KD",
      "fylkeskommunene, Udir",
      "Etter forsøksperioden er modulstrukturert opplæring gjort til en fast ordning i alle fylker fra "
      "1. august 2038.",
      "", None),
    R("Kompetansepluss arbeid med norskopplæring på arbeidsplassen", "M19", "3.2", KURS, "KD",
      "HK-dir, virksomheter",
      "Ordningen er utvidet slik at tilskudd også kan gis til norskopplæring som foregår i arbeidstiden.",
      "", None),
    R("Evaluering av det toårige yrkesrettede opplæringstiltaket i NAV", "M20", "3.5", FOU, "ASD",
      "Arbeids- og velferdsdirektoratet, Fafo",
      "Evalueringen ser på overgangen til arbeid for deltakerne i de tre første kullene.",
      "", "FoU"),
]

# --- LO: a letter with a numbered list, code in brackets in the text
LO = [
    R("LOs plass i Kompetansebehovsutvalget", "M01", "1.1", RAD, "", "",
      "LO har ett medlem i utvalget og har gitt innspill til kapitlet om fagarbeidere i helse og omsorg.",
      "[dm 1.1]", None),
    R("Notat med LOs merknader til KBUs hovedrapport", "M21", "1.1", FOU, "", "",
      "Notatet oppsummerer hva rapporten betyr for forbundene, og ble sendt ut til alle forbund i september.",
      "[dm 1.1]", "notat"),
    R("Representasjon i Samarbeidsrådet for yrkesopplæring", "M02", "1.4", RAD, "", "",
      "LO har to faste medlemmer og har i 2038 særlig arbeidet med dimensjonering av læreplasser.",
      "[dm 1.4]", None),
    R("Observatørplass i UHR-Teknologi", "M04", "1.4", RAD, "", "",
      "Plassen brukes til å løfte fagarbeidernes erfaringer inn i arbeidet med ingeniørutdanningene.",
      "[dm 1.4]", None),
    R("Kompetanseløftet for grønn omstilling", "M03", "2.4", PROS, "", "NHO, KD, NFD",
      "LO sitter i programstyret og har ansvar for opplæring av tillitsvalgte i de første pilotbedriftene.",
      "[dm 2.4]", "prosjekt"),
    R("Seminar om klyngesamarbeid og fagarbeidernes kompetanse", "M55", "2.4", ARR, "",
      "Fellesforbundet, Industri Energi",
      "Seminaret samlet tillitsvalgte fra elleve industriklynger i Trondheim i mai.",
      "[dm 2.4]", "seminar"),
    R("Læringsløftet i varehandelen", "M07", "3.1", PROS, "", "Virke, Handel og Kontor",
      "Prosjektet gir ansatte uten fagbrev i butikk og på lager et tilbud om fagbrev på jobb, med "
      "opplæring lagt til arbeidstiden.",
      "[dm 3.1]", None),
]

# --- NHO: spreadsheet, several sheets, header low, delmål as numbers and strings
NHO = [
    R("Deltakelse i KBU", "M01", "1.1", RAD, "NHO", "",
      "Sitter i utvalget med én representant; innspill om behov i havbruk og prosessindustri.",
      1.1, "Råd/utvalg"),
    R("Medlemmer oppnevnt til SRY", "M02", "1.4", RAD, "NHO", "LO, KS, Virke, Spekter",
      "NHO oppnevner tre av arbeidsgiversidens medlemmer.",
      "1,4", "Råd/utvalg"),
    R("Arbeidsgiverrepresentanter i de faglige rådene", "M05", "2.3", RAD, "NHO og landsforeningene", "",
      "Representanter fra landsforeningene i alle ti faglige råd.",
      "dm. 2.3", None),
    R("NHOs kompetansebarometer 2038", "M22", "2.2", FOU, "NHO", "NIFU",
      "Årlig spørreundersøkelse om kompetansebehov i medlemsbedriftene; 6 100 svar i 2038.",
      2.2, "Undersøkelse"),
    R("Mentorordning for kvinnelige lærlinger i industrien", "M24", "2.3", PROS, "Norsk Industri",
      "Fellesforbundet",
      "Erfarne fagarbeidere følger opp lærlingene det første året.",
      2.3, "Prosjekt"),
    R("KGO – Kompetanseløftet for grønn omstilling", "M03", "2.4", PROS, "NHO", "LO, KD, NFD",
      "NHO er med i programstyret og rekrutterer pilotbedrifter.",
      2.4, "Program"),
    R("Forprosjekt: KGO fase 2 for havbruk og sjømat", "M23", "2.4", PROS, "NHO Sjømat", "Sjømat Norge",
      "Forprosjekt om å utvide programmet til en ny fase for havbruksnæringen fra 2040.",
      2.4, "Forprosjekt"),
    R("Kompetansebevis for operatører i prosessindustrien", "M25", "2.5", PROS, "Norsk Industri",
      "Industri Energi",
      "Bevis som dokumenterer opplæring tatt i bedriften, til bruk ved senere fagprøve.",
      "2,5", None),
    R("Hurtigspor til fagbrev for flyktninger i reiselivet", "M26", "3.4", PROS, "NHO Reiseliv",
      "NAV, IMDi",
      "Kombinerer norskopplæring og praksis i hotell og restaurant i fem byer.",
      3.4, "Prosjekt"),
]

# --- Unio: memo with a table, delmål in roman notation, title and description in one cell
UNIO = [
    R("Unios representant i Kompetansebehovsutvalget", "M01", "1.1", RAD, "", "",
      "Unio har deltatt på alle utvalgsmøtene og ledet arbeidsgruppen om helse- og velferdsutdanningene.",
      "I.1", "Råd/utvalg"),
    R("Deltakelse i RSA ved universiteter og høyskoler", "M09", "1.4", RAD, "", "Unios forbund",
      "Forbundene i Unio har representanter i rådene ved 14 institusjoner.",
      "I.4", "Råd/utvalg"),
    R("Spørreundersøkelse om RSA-arbeidet blant Unios representanter", "M27", "1.4", FOU, "", "",
      "Undersøkelsen kartla hvordan representantene opplever sin innflytelse i rådene.",
      "I.4", None),
    R("Digital dømmekraft – kurs for tillitsvalgte i helse og skole", "M29", "2.1", KURS, "",
      "Unios forbund",
      "Nettbasert kurs i to moduler, gjennomført av 1 200 tillitsvalgte.",
      "II.1", "Kurs"),
    R("Kompetansekonferansen under Arendalsuka 2038", "M08", "2.2", ARR, "", "Spekter",
      "Felles konferanse om etter- og videreutdanning for ansatte i helse og skole.",
      "II.2", "Arrangement"),
    R("Utredning om permisjonsrettigheter ved videreutdanning", "M28", "2.2", FOU, "", "Oslo Economics",
      "Utredningen sammenligner avtalefestede og lovfestede rettigheter i Norden.",
      "II.2", None),
]

# --- KS: reporting form, one form table per measure. v1 (draft) then v2 (revised: the one that counts)
KS_V2 = [
    R("KS' medlemmer i Samarbeidsrådet for yrkesopplæring", "M02", "1.4", RAD, "KS", "fylkeskommunene",
      "KS har to medlemmer i rådet og koordinerer synspunktene fra fylkeskommunene.",
      "1.4", "Råd/utvalg/nettverk"),
    R("Oppnevning av representanter til faglig råd for helse- og oppvekstfag", "M05", "2.3", RAD, "KS",
      "Fagforbundet, Spekter",
      "KS oppnevner arbeidsgiversidens representanter fra kommunesektoren.",
      "2.3", "Råd/utvalg/nettverk"),
    R("DigiGrunn", "M06", "2.1", KURS, "KS", "KD, VOFO",
      "KS er partner i programmet og har formidlet kurstilbudet til kommunene.",
      "2.1", "Kurs/opplæring"),
    R("Kommunenes kompetansemonitor 2038", "M30", "2.2", FOU, "KS", "Ipsos",
      "Undersøkelse blant kommunalsjefer om kompetansebehov og rekruttering.",
      "2.2", "Analyse/utredning"),
    R("Nettverk for lærlingansvarlige i kommunene", "M31", "2.3", RAD, "KS", "kommunene",
      "Fire regionale samlinger med erfaringsdeling om oppfølging av lærlinger.",
      "2.3", "Nettverk"),
    R("Arbeidsplassbasert norskopplæring i helse og omsorg", "M32", "3.4", KURS, "KS",
      "HK-dir, kommunene",
      "Opplæring for minoritetsspråklige ansatte i 22 kommuner, lagt til arbeidstiden.",
      "3.4", "Opplæring"),
]
KS_V1 = [
    R("KS i SRY", "-", "1.4", RAD, "KS", "", "KS har to medlemmer i rådet.", "1.4", "Råd/utvalg/nettverk"),
    R("Faglig råd for helse- og oppvekstfag", "-", "2.3", RAD, "KS", "", "", "2.3", ""),
    R("DigiGrunn", "-", "2.1", KURS, "KS", "KD", "Kurstilbud formidlet til kommunene.", "2.1", "Kurs"),
    R("Kompetansemonitor", "-", "2.2", FOU, "KS", "", "Undersøkelse i kommunene.", "2.2", ""),
    R("Norskopplæring i helse og omsorg", "-", "3.4", KURS, "KS", "", "", "3.4", ""),
]

# --- YS: a scanned form (image-only PDF)
YS = [
    R("YS-representant i Kompetansebehovsutvalget", "M01", "1.1", RAD, "", "", "", "1,1", "Råd"),
    R("Kurs i digital sikkerhet for tillitsvalgte", "M33", "2.1", KURS, "", "Parat", "", "2,1", "Kurs"),
    R("Forskningsprosjekt: Læring på jobben etter 50", "M11", "2.2", FOU, "", "Akademikerne, Fafo", "",
      "2,2", "FoU"),
    R("Medlemmer i faglige råd via forbundene", "M05", "2.3", RAD, "", "Delta, Parat", "", "2,3", "Råd"),
    R("Informasjonskampanje om fagbrev på jobb", "M34", "3.1", INFO, "", "", "", "3,1", "Info"),
]

# --- Virke: slide deck exported to PDF, one measure per slide
VIRKE = [
    R("Virkes plass i Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "1.4", RAD, "",
      "LO, NHO, KS, Spekter",
      "Virke har ett fast medlem i rådet og har i år prioritert læreplasser i handel og service.",
      "Delmål 1.4", "Råd/utvalg/nettverk"),
    R("Råd for samarbeid med arbeidslivet (RSA)", "M09", "1.4", RAD, "", "",
      "Rådene ved fire høyskoler har medlemmer fra Virkes medlemsvirksomheter, som deltar i arbeidet med "
      "studieprogrammenes relevans.",
      "Delmål 1.4", None),
    R("Virke Læringsuke", "M36", "2.1", ARR, "", "HK-dir",
      "En uke med gratis webinarer om digitale verktøy for ansatte i små virksomheter.",
      "Delmål 2.1", "Arrangement"),
    R("Handelsbarometeret: kompetanse i varehandelen 2038", "M35", "2.2", FOU, "", "Menon Economics",
      "Rapport om kompetansebehov og opplæringsinnsats i varehandelen, lansert i november.",
      "Delmål 2.2", "FoU"),
    R("Veileder for kompetanseplanlegging i små virksomheter", "M37", "2.4", INFO, "", "",
      "Digital veileder med maler for kompetansekartlegging, laget for virksomheter med under 20 ansatte.",
      "Delmål 2.4", None),
    R("Læringsløftet i varehandelen", "M07", "3.1", PROS, "", "LO, Handel og Kontor",
      "Fagbrev på jobb for butikk- og lageransatte, med opplæring i arbeidstiden.",
      "Delmål 3.1", "Prosjekt"),
]

# --- Akademikerne: RTF, bullets under delmål headings, type in brackets at the end
AKAD = [
    R("Kompetansebehovsutvalget", "M01", "1.1", RAD, "", "",
      "Utvalget, der Akademikerne oppnevner ett av medlemmene, har i år prioritert behovet for "
      "høyere utdanning i helse og teknologi.",
      "1.1", None),
    R("Råd for samarbeid med arbeidslivet", "M09", "1.4", RAD, "", "medlemsforeningene",
      "Medlemsforeningene har representanter i rådene ved de fleste universitetene.",
      "1.4", "råd/utvalg"),
    R("Karrierelos", "M10", "1.3", PROS, "", "Vestland fylkeskommune",
      "Akademikerne er med i prosjektet og tilbyr karriereveiledning til medlemmer som står i omstilling.",
      "1.3", "prosjekt"),
    R("Digitalt kurs i prosjektledelse for medlemmer", "M56", "2.1", KURS, "", "Tekna",
      "Åpent kurs på nett, fullført av 2 400 medlemmer.",
      "2.1", "kurs"),
    R("Læring på jobben etter 50", "M11", "2.2", FOU, "", "YS, Fafo",
      "Felles forskningsprosjekt om eldre arbeidstakeres deltakelse i etter- og videreutdanning.",
      "2.2", "FoU"),
    R("EVU-barometer for høyt utdannede", "M38", "2.2", FOU, "", "Opinion",
      "Undersøkelse om hvor mange medlemmer som har tatt etter- og videreutdanning siste år.",
      "2.2", None),
]

# --- Spekter: .doc, table grouped under area rows, no type column
SPEKTER = [
    R("Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "1.4", RAD, "", "",
      "Spekter oppnevner ett medlem og ett varamedlem.", "dm 1.4", None),
    R("Samling for Spekters representanter i SRY og faglige råd", "M39", "1.4", ARR, "",
      "Spekters medlemsvirksomheter",
      "Årlig samling for erfaringsutveksling mellom representantene.", "dm 1.4", None),
    R("UHR-Helse og sosial", "M04", "1.4", RAD, "", "",
      "Spekter har observatørplass i enheten og har bidratt i arbeidet med praksis i helseutdanningene.",
      "dm 1.4", None),
    R("Lederutvikling i helseforetakene – digital omstilling", "M40", "2.1", KURS, "",
      "De regionale helseforetakene",
      "Program for mellomledere om å lede innføring av ny teknologi.", "dm 2.1", None),
    R("Kompetansekonferansen, Arendalsuka", "M08", "2.2", ARR, "", "Unio",
      "Felles konferanse med Unio om etter- og videreutdanning i helse og skole.", "dm 2.2", None),
    R("Lærlingløftet i spesialisthelsetjenesten", "M41", "2.3", PROS, "", "Fagforbundet, Delta",
      "Mål om 20 prosent flere lærlinger i helseforetakene innen 2040.", "dm 2.3", None),
]

# --- VOFO: PDF exported from ODT, sections by delmål, type after a dash
VOFO = [
    R("Regionale læringsnettverk for studieforbund", "M44", "1.2", RAD, "", "fylkeskommunene",
      "Fem nettverk der studieforbund og fylkeskommuner planlegger tilbud sammen.", "Delmål 1.2", "nettverk"),
    R("DigiGrunn", "M06", "2.1", KURS, "", "studieforbundene",
      "Studieforbundene har gjennomført 410 kurs i programmet for digital grunnkompetanse.",
      "Delmål 2.1", "kurs"),
    R("Informasjonsturné om Kompetansepluss frivillighet", "M42", "3.2", INFO, "", "",
      "Besøk i ni fylker for å gjøre ordningen kjent blant frivillige organisasjoner.", "Delmål 3.2",
      "informasjon"),
    R("Følgeforskning på norskkurs i studieforbund", "M43", "3.4", FOU, "", "NIFU",
      "Prosjektet følger 600 deltakere gjennom to kursår.", "Delmål 3.4", "forskning"),
    R("Kampanjen «Lær noe nytt i høst»", "M45", "3.6", INFO, "", "studieforbundene",
      "Felles kampanje i sosiale medier for å rekruttere nye deltakere.", "Delmål 3.6", "kampanje"),
]

# --- UHR: docx table, column order of its own, header repeated
UHR = [
    R("UHRs fagstrategiske enheter", "M04", "1.4", RAD, "UHR", "partene i arbeidslivet",
      "Enhetene for helse og sosial, teknologi, lærerutdanning og økonomisk-administrativ utdanning har "
      "faste plasser for partene.", "1.4", "Råd/utvalg"),
    R("Felles veileder for praksis i profesjonsutdanningene", "M46", "1.4", INFO, "UHR",
      "KS, Spekter",
      "Veilederen gir råd om avtaler mellom utdanningsinstitusjoner og praksissteder.", "1.4", None),
    R("Fleksible videreutdanningsmoduler i kunstig intelligens", "M47", "2.1", KURS, "UHR-Teknologi",
      "NHO, Abelia",
      "Ti korte moduler for yrkesaktive, utviklet av seks institusjoner sammen.", "2.1", "Utdanning"),
    R("Nasjonal kartlegging av etterspørsel etter korte kurs", "M48", "2.2", FOU, "UHR", "HK-dir",
      "Kartleggingen skal gi institusjonene grunnlag for å planlegge etter- og videreutdanningstilbud.",
      "2.2", None),
    R("Felles digital inngang for godkjenning (FDG)", "M12", "2.6", PROS, "UHR", "HK-dir, KD",
      "UHR har bidratt til å samordne institusjonenes godkjenningsrutiner i den nye løsningen.",
      "2.6", "Prosjekt"),
]

# --- Vestland fylkeskommune (Nynorsk): prose with numbered headings, bullets
VESTLAND = [
    R("Regionalt kompetansebehovsutval for Vestland", "M49", "1.2", RAD, "", "",
      "Utvalet har sett saman eit kunnskapsgrunnlag om kompetansebehova i fylket, med vekt på havbruk og "
      "helse.", "1.2", None),
    R("Kompetanseforum Vestland", "M50", "1.2", RAD, "", "NHO Vestland, LO i Vestland, KS Vest, NAV",
      "Forumet møttest fire gonger og la fram ein felles handlingsplan for 2039.", "1.2", None),
    R("Karrierelos – karriererettleiing for tilsette", "M10", "1.3", PROS, "", "Akademikerne, karrieresentra",
      "Prosjektet gjev tilsette i verksemder i omstilling gratis karriererettleiing på arbeidsplassen.",
      "1.3", None),
    R("Kompetanseløftet for grøn omstilling", "M03", "2.4", PROS, "", "",
      "Fylkeskommunen er med i programmet og koordinerer tilbodet til bedrifter i Vestland.",
      "2.4", None),
    R("Fagbrev på jobb for vaksne i Sunnfjord", "M51", "3.1", KURS, "", "kommunane i Sunnfjord",
      "Tilbodet vart oppretta for 40 vaksne som arbeider i helse og industri.", "3.1", None),
    R("Norskopplæring kombinert med praksis i havbruk", "M52", "3.4", KURS, "", "NAV, kommunane",
      "Kurset kombinerer norskopplæring med praksis i havbruksverksemder på Kysten.", "3.4", None),
]

# --- Innlandet fylkeskommune: measures side by side as columns, fields as rows
INNLANDET = [
    R("Kompetanseforum Innlandet", "M57", "1.2", RAD, "Innlandet fylkeskommune",
      "NHO Innlandet, LO Innlandet, KS Innlandet, NAV Innlandet, Høgskolen i Innlandet",
      "Forumet har vedtatt en regional kompetanseplan for 2038–2041 og møttes tre ganger.",
      "1.2", "Forum/nettverk"),
    R("Karriereveiledning for arbeidstakere i omstilling", "M59", "1.3", PROS, "Karriere Innlandet",
      "NAV Innlandet, tillitsvalgte i bedriftene",
      "Karrieresenteret har gitt veiledning på arbeidsplassen i bedrifter med nedbemanning, i alt 340 samtaler.",
      "1.3", "Prosjekt"),
    R("DigiGrunn Innlandet – regional oppfølging i distriktskommunene", "M58", "2.1", KURS,
      "Innlandet fylkeskommune", "14 distriktskommuner",
      "Fylkeskommunen har finansiert egne kurs etter modell av det nasjonale programmet i kommuner som ikke "
      "ble nådd av det.", "2.1", ""),
    R("Grunnleggende ferdigheter for ansatte i industrien", "M60", "3.1", KURS, "Innlandet fylkeskommune",
      "NAV Innlandet, industribedrifter i Gjøvik-regionen",
      "Kurs i lesing, regning og digitale ferdigheter i arbeidstiden, med mulighet for å gå videre til fagbrev.",
      "3.1", "Opplæring"),
]
