"""The tiltak of the government, KS, Unio, Møre og Romsdal, NHO, Sametinget and Nordland as each
report prints them: (code, item) in document order, the code as the report gives its delmål."""

from __future__ import annotations

from .model import Item as I

REGJERINGEN = [
    ("1.1", I("Z01", "Kompetansebehovsutvalget (KBU)", "Råd/utvalg/nettverk", "KD",
              "ASD, KDD, NFD, HOD, hovedorganisasjonene i arbeidslivet",
              "Utvalget la i 2022 fram en temarapport om kompetansebehovene i helse- og omsorgssektoren og "
              "startet arbeidet med neste hovedrapport. HK-dir er utvalgets sekretariat.")),
    ("1.3", I("Z05", "Nasjonalt forum for karriereveiledning", "Råd/utvalg/nettverk", "HK-dir",
              "Partene i arbeidslivet, fylkeskommunene, NAV",
              "Forumet ledes av HK-dir og samler partene i arbeidslivet, fylkeskommunene, NAV og "
              "utdanningssektoren. Temaet i 2022 var karriereveiledning for voksne i arbeid.")),
    ("1.3", I("Z40", "Karriereveiledning på ukrainsk og russisk", "Digital tjeneste", "HK-dir", "IMDi",
              "Den nasjonale nettjenesten for karriereveiledning tilbyr fra oktober 2022 veiledning på chat og "
              "telefon på ukrainsk og russisk for fordrevne fra Ukraina.")),
    ("1.4", I("Z06", "Nasjonalt fagskoleråd", "Råd/utvalg/nettverk", "KD",
              "Partene i arbeidslivet, fagskolene, Organisasjon for norske fagskolestudenter",
              "Rådet har hatt fire møter og gitt råd om oppfølgingen av fagskolemeldingen, blant annet om "
              "finansiering av korte fagskoleemner.")),
    ("1.4", I("Z36", "Evaluering av Nasjonalt fagskoleråd", "FoU", "KD", "NIFU",
              "NIFU vurderer om rådet fungerer etter hensikten og om sammensetningen bør endres. Sluttrapporten "
              "kommer høsten 2023.")),
    ("2.1", I("Z41", "Kompetanseprogram i kunstig intelligens for staten", "Kurs/utdanning", "KDD", "Digdir",
              "Nettbaserte moduler om kunstig intelligens for ledere og saksbehandlere i statlige virksomheter, "
              "utviklet av Digitaliseringsdirektoratet.")),
    ("2.2", I("Z42", "Ny statistikk over voksnes deltakelse i opplæring", "FoU", "KD", "SSB",
              "SSB har for første gang publisert tall for deltakelse i ikke-formell opplæring koblet til "
              "arbeidsforhold og næring.")),
    ("2.4", I("Z47", "Fleksible videreutdanningstilbud i grønn teknologi", "Utdanning", "HK-dir",
              "Fagskolene, bransjene",
              "Tilskudd til 24 nye korte emner ved fagskolene innen fornybar energi, hydrogen og sirkulær "
              "økonomi.")),
    ("2.6", I("Z43", "Forenklet godkjenning av yrkeskvalifikasjoner for fordrevne fra Ukraina", "Regelverk", "KD",
              "NOKUT, HK-dir",
              "Endringer i forskrift gjør det mulig å gi midlertidig godkjenning mens dokumentasjon hentes inn.")),
    ("3.1", I("Z44", "Forsøk med kortere fagbrevløp for voksne med relevant praksis", "Forsøk", "KD",
              "Utdanningsdirektoratet, fylkeskommunene",
              "Seks fylkeskommuner prøver ut en ordning der voksne med lang praksis får kortere opplæringstid "
              "fram til fagprøven.")),
    ("3.2", I("Z46", "Kompetansepluss – tilskuddsåret 2022", "Prosjekt", "HK-dir", "Partene i arbeidslivet, VOFO",
              "Tilskudd til opplæring i lesing, skriving, regning, digitale ferdigheter og muntlig kommunikasjon "
              "i arbeidslivet og i frivillige organisasjoner. Digitale ferdigheter ble prioritert.")),
    ("3.4", I("Z08", "Jobbspor Ukraina", "Prosjekt", "ASD", "IMDi, KS, NHO",
              "Et hurtigspor til arbeid for fordrevne fra Ukraina som kombinerer norskopplæring og "
              "arbeidspraksis fra første måned. IMDi forvalter tilskuddet til kommunene.")),
    ("3.5", I("Z45", "Utvidet adgang til opplæring med dagpenger", "Kurs/utdanning", "ASD", "NAV",
              "Arbeidsledige kan fra 2022 ta fagbrev eller fullføre videregående opplæring og samtidig beholde "
              "dagpengene.")),
]

# KS: columns in its own order and words: Virkemiddel | Vårt bidrag i 2022 | Drives av | Hvem var med | delmål.
KS = [
    ("1.1", I("Z01", "KS har hatt ett av medlemmene i utvalget som vurderer Norges kompetansebehov (KBU), og har "
                     "levert data om rekrutteringen i kommunesektoren", "Utvalgsarbeid", "KS", "")),
    ("1.1", I("Z31", "Podkastserie i fire episoder om hva funnene fra Kompetansebehovsutvalget betyr for "
                     "kommunene", "Podkast", "KS", "")),
    ("1.4", I("Z02", "Kommunesektoren er representert i SRY og i fire faglige råd med medlemmer som KS har pekt ut",
              "Partsarbeid", "KS", "Fylkeskommunene")),
    ("1.4", I("Z03", "Arbeidslivsrådene ved universiteter og høgskoler (RSA): KS deltar ved åtte institusjoner",
              "Nettverk", "KS-regionene", "Kommunene")),
    ("1.4", I("Z04", "KS er arbeidsgiverstemmen i Nasjonalt profesjonsråd for sykepleierutdanning", "Råd", "KS", "")),
    ("2.1", I("Z50", "Kompetanseløft i digital samhandling for helsepersonell i kommunene",
              "Etter- og videreutdanning", "KS", "Universitetet i Agder, OsloMet")),
    ("2.4", I("Z51", "Verktøyet «KOMPAS» for strategisk kompetanseplanlegging i kommunene", "Verktøy", "KS", "")),
    ("2.5", I("Z09", "Praksiskandidatkonferansen 2022 i Trondheim, der kommunene delte erfaringer med fagbrev for "
                     "erfarne assistenter", "Konferanse", "KS", "YS, Unio")),
    ("3.3", I("Z52", "Inkluderingsløft i kommunene: 300 plasser for arbeidstrening med veiledning", "Prosjekt",
              "Kommunene", "NAV")),
    ("3.4", I("Z08", "Jobbspor Ukraina i kommunene: språk og arbeidspraksis for fordrevne fra Ukraina", "Program",
              "Kommunene", "IMDi, NAV")),
]

# Unio: prose, a heading per delmål, one paragraph per tiltak: bold title, description, labels last.
UNIO_HEADINGS = {
    "1.1": "Delmål 1.1 – et utvalg for kompetansebehov",
    "1.4": "Delmål 1.4 – samarbeid mellom utdanningene og arbeidslivet",
    "2.1": "Delmål 2.1 – digital kompetanse",
    "2.2": "Delmål 2.2 – kunnskap om læring i arbeidslivet",
    "2.5": "Delmål 2.5 – dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Delmål 2.6 – godkjenning av utdanning fra utlandet",
}
UNIO = [
    ("1.1", I("Z01", "Plass i Kompetansebehovsutvalget", "utvalg", "Unio", "",
              "Unio har siden 2017 hatt en av arbeidstakerplassene i utvalget. I 2022 la vi vekt på mangelen på "
              "sykepleiere og lærere i distriktene.")),
    ("1.4", I("Z02", "Samarbeidsrådet for yrkesopplæring", "råd", "Unio", "Utdanningsforbundet",
              "Unio er en av arbeidstakerorganisasjonene i SRY og har fulgt opp arbeidet med ny tilbudsstruktur "
              "for helse- og oppvekstfag.")),
    ("1.4", I("Z04", "Utdanningsforbundet i UHR-Lærerutdanning", "nettverk", "Utdanningsforbundet", "",
              "Utdanningsforbundet har en fast representant i UHRs strategiske enhet for lærerutdanning og har "
              "fulgt arbeidet med nye retningslinjer for praksis i barnehagelærerutdanningen.")),
    ("1.4", I("Z03", "Forbundene i rådene for samarbeid med arbeidslivet", "råd", "Unio-forbundene", "",
              "Sykepleierforbundet, Utdanningsforbundet og Fysioterapeutforbundet sitter i RSA ved til sammen "
              "elleve universiteter og høgskoler.")),
    ("1.4", I("Z38", "Opplæring av nye RSA-representanter", "kurs", "Unio", "",
              "Et dagskurs for tillitsvalgte som er nye i rådene, om hvordan de kan påvirke innholdet i "
              "studieprogrammene.")),
    ("2.1", I("Z53", "Kurspakke om kunstig intelligens i klasserommet", "kurs", "Utdanningsforbundet", "",
              "Tre moduler for lærere om bruk av KI-verktøy i undervisningen og om personvern for elevene.")),
    ("2.2", I("Z10", "EVU-barometeret 2022", "FoU", "Unio", "Akademikerne, NIFU",
              "Sammen med Akademikerne har vi fått NIFU til å måle hvor mange høyt utdannede som får etter- og "
              "videreutdanning betalt av arbeidsgiver.")),
    ("2.5", I("Z09", "Praksiskandidatkonferansen 2022", "konferanse", "KS", "Unio, YS",
              "Unio var medarrangør sammen med KS og YS. Konferansen samlet 250 deltakere og handlet om "
              "assistenter i barnehage og skole som vil ta fagbrev.")),
    ("2.6", I("Z54", "Mentorordning for sykepleiere med utdanning fra utlandet", "prosjekt", "NSF", "",
              "Norsk Sykepleierforbund har koblet 40 sykepleiere med utdanning fra utlandet med erfarne kolleger "
              "mens de venter på autorisasjon.")),
]

# Møre og Romsdal: Nynorsk, the delmål cell merged over its rows; the file is an ODT.
MR_DELMAL = {
    "1.2": "1.2 Regionalt folkevalt nivå", "1.3": "1.3 Karriererettleiing",
    "2.4": "2.4 Kople kompetansebehov og tilbydarar", "3.1": "3.1 Fleksibel opplæring for vaksne",
    "3.4": "3.4 Kvalifisering av innvandrarar", "3.6": "3.6 Læring i frivillig sektor",
}
MORE_OG_ROMSDAL = [
    ("1.2", I("Z55", "Kompetanseforum Nordvest – fast samarbeid mellom fylkeskommunen, NAV, partane og fagskulen",
              "Samarbeidsforum", "Møre og Romsdal fylkeskommune",
              "NAV Møre og Romsdal, partane i arbeidslivet, Fagskulen Møre og Romsdal")),
    ("1.3", I("Z05", "Karrieresenteret har plass i Nasjonalt forum for karriererettleiing på vegner av "
                     "fylkeskommunane", "Nettverk", "Karriere Møre og Romsdal", "")),
    ("1.3", I("Z56", "Karriererettleiing for vaksne på biblioteka i Ålesund, Molde og Kristiansund", "Prosjekt",
              "Karriere Møre og Romsdal", "Folkebiblioteka")),
    ("2.4", I("Z57", "Kartlegging av kompetansebehovet i dei maritime klyngene på Sunnmøre", "Utgreiing",
              "Møre og Romsdal fylkeskommune", "NTNU i Ålesund, GCE Blue Maritime")),
    ("2.4", I("Z58", "Fagskuletilbod i hydrogen og ammoniakk som drivstoff for skip", "Studietilbod",
              "Fagskulen Møre og Romsdal", "Maritime verksemder")),
    ("2.4", I("Z59", "Partnarskapsavtale med NHO Møre og Romsdal om etter- og vidareutdanning for tilsette i "
                     "industrien", "Avtale", "Møre og Romsdal fylkeskommune", "NHO Møre og Romsdal")),
    ("3.1", I("Z60", "Fagbrev i helsearbeidarfaget for tilsette i kommunane, med undervisning på kveldstid",
              "Opplæring", "Møre og Romsdal fylkeskommune", "Kommunane")),
    ("3.4", I("Z21", "Jobbspor Ukraina Sunnmøre – regional utgåve for fordrivne i sju sunnmørskommunar",
              "Prosjekt", "Møre og Romsdal fylkeskommune", "IMDi, NAV, kommunane på Sunnmøre")),
    ("3.6", I("Z11", "Digital heime – kurs i digitale ferdigheiter for eldre i regi av studieforbunda", "Prosjekt",
              "Møre og Romsdal fylkeskommune", "VOFO Møre og Romsdal, studieforbunda")),
]

# NHO: a workbook; the delmål typed as numbers, a comment column.
NHO = [
    ("1.1", I("Z01", "NHO har en av arbeidsgiverplassene i Kompetansebehovsutvalget og deltok i utvalgets "
                     "arbeidsgruppe om grønn omstilling", "Utvalg", "NHO", ""), ""),
    ("1.3", I("Z05", "NHO er ett av partsmedlemmene i det nasjonale forumet for karriereveiledning", "Nettverk",
              "NHO", ""), ""),
    ("1.4", I("Z02", "Landsforeningene har plass i samtlige faglige råd og fyller arbeidsgiverplassene i SRY "
                     "sammen med KS, Spekter og Virke", "Råd", "Landsforeningene", ""), ""),
    ("1.4", I("Z03", "NHO-regionene sitter i arbeidslivsrådene (RSA) ved 14 universiteter og høyskoler", "Råd",
              "NHO-regionene", ""), ""),
    ("1.4", I("Z04", "Norsk Industri møter i Nasjonalt råd for teknologisk utdanning (NRT)", "Råd",
              "Norsk Industri", ""), ""),
    ("1.4", I("Z06", "Fagskolerådet: NHO stiller med nestleder og ett medlem", "Råd", "NHO", ""), ""),
    ("2.1", I("Z62", "Kurs i cybersikkerhet for små og mellomstore bedrifter", "Kurs", "NHO", "NorSIS"),
     "Videreføres i 2023"),
    ("2.3", I("Z61", "«Yrkesfag på TikTok» – korte filmer laget av lærlinger i medlemsbedriftene", "Informasjon",
              "NHO", "Opplæringskontorene"), ""),
    ("2.3", I("Z34", "Spørreundersøkelse blant NHOs medlemmer av faglige råd om arbeidet med nye læreplaner",
              "Undersøkelse", "NHO", ""), "Resultater våren 2023"),
    ("2.4", I("Z07", "Batterifag 2025 – opplæringsløp for operatører i battericellefabrikkene, sammen med "
                     "Fellesforbundet", "Prosjekt", "Norsk Industri", "Fellesforbundet, Nordland fylkeskommune"),
     "Pågår"),
    ("3.4", I("Z08", "Jobbspor Ukraina – medlemsbedrifter tar imot fordrevne fra Ukraina på språkpraksis",
              "Prosjekt", "NHO", "IMDi, KS"), "Pågår"),
]

# Sametinget (observer): a letter; each tiltak a numbered paragraph ending "(delmål X, type)".
SAMETINGET = [
    ("1.3", I("Z63", "Samisk karrieredag i Kautokeino for elever i ungdomsskolen og voksne som vil ta utdanning",
              "arrangement")),
    ("1.3", I("Z05", "Sametinget har observatørstatus i Nasjonalt forum for karriereveiledning og har tatt opp "
                     "behovet for veiledning på samisk", "råd/utvalg")),
    ("1.3", I("Z66", "Ny nettside med oversikt over utdanninger som gis på samisk eller med samisk innhold",
              "informasjon")),
    ("2.2", I("Z65", "Utredning av behovet for samiskspråklige lærere og barnehagelærere fram mot 2030", "FoU")),
    ("3.1", I("Z64", "Stipend til voksne som tar samisk språkopplæring ved siden av jobb", "utdanning")),
    ("3.6", I("Z26", "Digitála ruoktu – kurs i digitale ferdigheter for eldre i samiske områder, etter modell av "
                     "Digital heime i Møre og Romsdal", "prosjekt")),
]

# Nordland: a scanned page; no Ansvarlig column.
NORDLAND = [
    ("1.3", I("Z33", "Karriereforum Nordland – regionalt forum etter modell av Nasjonalt forum for "
                     "karriereveiledning", "Forum", "", "Karrieresenteret, NAV, KS")),
    ("1.4", I("Z67", "Nettverk for opplæringskontorene i Lofoten og Vesterålen", "Nettverk", "",
              "Opplæringskontorene")),
    ("2.4", I("Z07", "Batterifag 2025: fylkeskommunens del av opplæringsløpet for operatører i "
                     "battericellefabrikkene", "Prosjekt", "",
              "Norsk Industri, Fellesforbundet")),
    ("2.5", I("Z22", "Praksiskandidatkonferansen Nord i Bodø for kommunene i Nordland", "Konferanse", "",
              "KS Nordland")),
    ("3.1", I("Z68", "Nettbasert videregående opplæring for voksne i Lofoten", "Opplæring", "", "Kommunene")),
    ("3.5", I("Z69", "Grunnleggende digitale ferdigheter for arbeidssøkere på Helgeland", "Kurs", "",
              "NAV Helgeland")),
]
